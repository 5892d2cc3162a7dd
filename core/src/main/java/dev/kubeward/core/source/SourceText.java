package dev.kubeward.core.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns a file's bytes into text, or says clearly why it cannot: binary content, an encoding
 * that is not UTF-8 or UTF-16 with a byte-order mark, a Helm template that must be rendered
 * first. A UTF-8 byte-order mark is dropped; CRLF line ends need nothing (YAML accepts them).
 */
public final class SourceText {

  /** A file's text or the reason it has none. */
  public sealed interface Result {}

  public record Text(String text) implements Result {}

  public record Unreadable(InputProblem problem) implements Result {}

  // A Helm directive stands where YAML structure does: alone on a line, or as a whole value.
  // Templating inside a string (PrometheusRule annotations, say) is ordinary data.
  private static final Pattern HELM =
      Pattern.compile("(?m)^\\s*(?:-\\s+)?(?:[^#\\s'\"][^:#'\"]*:\\s+)?\\{\\{-?\\s*[-.$a-zA-Z(\"/]");

  private SourceText() {}

  public static Result read(SourceFile file) {
    byte[] bytes;
    try {
      if (file.path().isEmpty()) {
        bytes = readAll(System.in);
      } else {
        bytes = Files.readAllBytes(file.path().get());
      }
    } catch (NoSuchFileException e) {
      return new Unreadable(InputProblem.error(file.name(), "no such file; check the path"));
    } catch (AccessDeniedException e) {
      return new Unreadable(
          InputProblem.error(file.name(), "permission denied; make the file readable or skip it"));
    } catch (IOException e) {
      return new Unreadable(InputProblem.error(file.name(), "cannot read: " + e.getMessage()));
    } catch (OutOfMemoryError e) {
      return new Unreadable(
          InputProblem.error(file.name(), "too large to read in this JVM's memory; split it"));
    }
    return decode(file.name(), bytes);
  }

  private static byte[] readAll(InputStream in) throws IOException {
    return in.readAllBytes();
  }

  public static Result decode(String name, byte[] bytes) {
    Charset charset = StandardCharsets.UTF_8;
    int offset = 0;
    if (bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      offset = 3;
    } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      charset = StandardCharsets.UTF_16BE;
      offset = 2;
    } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      charset = StandardCharsets.UTF_16LE;
      offset = 2;
    }
    if (charset == StandardCharsets.UTF_8) {
      int nul = indexOfNul(bytes, offset);
      if (nul >= 0) {
        return new Unreadable(
            InputProblem.error(
                name,
                "binary content (a NUL byte at offset "
                    + nul
                    + "), not YAML or JSON; remove the file or exclude it"));
      }
    }
    Optional<String> decoded = decodeStrictly(bytes, offset, charset);
    if (decoded.isEmpty()) {
      return new Unreadable(badEncoding(name, bytes, offset, charset));
    }
    String text = decoded.get();
    if (text.indexOf("{{") >= 0 && HELM.matcher(text).find()) {
      int at = firstHelmLine(text);
      return new Unreadable(
          InputProblem.error(
              name,
              at,
              1,
              "Helm template: render it first (helm template RELEASE CHART | kubeward scan -)"));
    }
    return new Text(text);
  }

  private static int firstHelmLine(String text) {
    var m = HELM.matcher(text);
    if (!m.find()) {
      return 1;
    }
    int line = 1;
    for (int i = 0; i < m.end(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  /**
   * The text, or empty if the bytes are not valid in the charset. Valid UTF-8 (nearly every file)
   * goes through the String constructor, several times faster than a decoder and without its
   * UTF-16 buffer; that constructor replaces malformed input with U+FFFD, so a text that contains
   * U+FFFD is decoded again strictly, to tell a real U+FFFD from a malformed byte.
   */
  private static Optional<String> decodeStrictly(byte[] bytes, int offset, Charset charset) {
    if (charset == StandardCharsets.UTF_8) {
      String text = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
      if (text.indexOf('\uFFFD') < 0) {
        return Optional.of(text);
      }
    }
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return Optional.of(decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static int indexOfNul(byte[] bytes, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return i;
      }
    }
    return -1;
  }

  /** Finds the line and column of the first byte that is not valid in the charset. */
  private static InputProblem badEncoding(String name, byte[] bytes, int offset, Charset cs) {
    CharsetDecoder decoder =
        cs.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    decoder.decode(in, out, true);
    out.flip();
    int line = 1;
    int column = 1;
    while (out.hasRemaining()) {
      char c = out.get();
      if (c == '\n') {
        line++;
        column = 1;
      } else if (!Character.isLowSurrogate(c)) {
        column++;
      }
    }
    return InputProblem.error(
        name,
        line,
        column,
        "not valid " + cs.name() + " text; save the file as UTF-8");
  }
}
