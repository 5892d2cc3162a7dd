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
        int[] at = position(bytes, offset, nul);
        return new Unreadable(
            InputProblem.error(
                name,
                at[0],
                at[1],
                "binary content (a NUL byte), not YAML or JSON; remove the file or exclude it"));
      }
    }
    Optional<String> decoded = decodeStrictly(bytes, offset, charset);
    if (decoded.isEmpty()) {
      return new Unreadable(badEncoding(name, bytes, offset, charset));
    }
    String text = decoded.get();
    Optional<InputProblem> helm = helm(name, HelmTemplates.findHelmOnly(text));
    return helm.isPresent() ? new Unreadable(helm.get()) : new Text(text);
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

  /** The line and column of byte {@code at}, counting UTF-8 sequences as one column each. */
  private static int[] position(byte[] bytes, int from, int at) {
    int line = 1;
    int column = 1;
    for (int i = from; i < at; i++) {
      if (bytes[i] == '\n') {
        line++;
        column = 1;
      } else if ((bytes[i] & 0xC0) != 0x80 && bytes[i] != '\r') {
        column++;
      }
    }
    return new int[] {line, column};
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

  /**
   * For a file that failed to parse: the Helm directive that explains it, if there is one. Helm's
   * own words ({@code .Values}, {@code include}) are caught before parsing; a bare directive where
   * YAML structure stands only here, so that strings holding Go templates stay ordinary data.
   */
  public static Optional<InputProblem> helmDirective(String name, String text) {
    return helm(name, HelmTemplates.find(text));
  }

  private static Optional<InputProblem> helm(String name, Optional<HelmTemplates.Position> at) {
    return at.map(p -> InputProblem.error(name, p.line(), p.column(),
        "Helm template: render it first (helm template RELEASE CHART | kubeward scan -)"));
  }
}
