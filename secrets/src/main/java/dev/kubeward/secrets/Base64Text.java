package dev.kubeward.secrets;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Base64 as Kubernetes writes it (a Secret's {@code data}, a ConfigMap's {@code binaryData}, a
 * Docker config's {@code auth}): decoded strictly, and read as text only when it is text.
 */
public final class Base64Text {

  private Base64Text() {}

  /** The bytes of standard (or URL-safe) base64, line breaks allowed; empty if it is not base64. */
  public static Optional<byte[]> decode(String encoded) {
    String s = withoutWhitespace(encoded);
    if (s.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(decoder(s).decode(s));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Base64.Decoder decoder(String compact) {
    return compact.indexOf('-') >= 0 || compact.indexOf('_') >= 0 ? Base64.getUrlDecoder() : Base64.getDecoder();
  }

  private static String withoutWhitespace(String s) {
    int i = 0;
    while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    if (i == s.length()) {
      return s;
    }
    StringBuilder compact = new StringBuilder(s.length()).append(s, 0, i);
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isWhitespace(c)) {
        compact.append(c);
      }
    }
    return compact.toString();
  }

  /** Characters of base64 whose bytes {@link #binaryStart} reads. */
  private static final int START = 64;

  /**
   * Whether the bytes of base64 that starts with {@value #START} characters without whitespace or
   * padding already hold a control byte: then the whole is binary (its bytes begin with those) or
   * not base64 at all, and neither is text, without decoding kilobytes of a random value.
   */
  private static boolean binaryStart(String encoded) {
    if (encoded.length() <= START) {
      return false;
    }
    String start = encoded.substring(0, START);
    for (int i = 0; i < START; i++) {
      char c = start.charAt(i);
      if (c == '=' || Character.isWhitespace(c)) {
        return false;
      }
    }
    try {
      return hasControlByte(decoder(encoded).decode(start));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static boolean hasControlByte(byte[] bytes) {
    for (byte b : bytes) {
      if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r') {
        return true;
      }
    }
    return false;
  }

  /** The bytes as UTF-8 text, if they are text: valid UTF-8 without NULs or other control bytes but tab and line ends. */
  public static Optional<String> text(byte[] bytes) {
    if (hasControlByte(bytes)) {
      return Optional.empty();
    }
    if (isAscii(bytes)) {
      // ASCII is valid UTF-8 and decodes to the same characters, without a decoder and its buffers.
      return Optional.of(new String(bytes, StandardCharsets.US_ASCII));
    }
    try {
      return Optional.of(StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static boolean isAscii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return false;
      }
    }
    return true;
  }

  /** The decoded text of base64 that encodes text. */
  public static Optional<String> decodeText(String encoded) {
    if (binaryStart(encoded)) {
      return Optional.empty();
    }
    return decode(encoded).flatMap(Base64Text::text);
  }

  /**
   * Whether text reads as ordinary prose or a label rather than a random secret: words separated
   * by spaces, mostly letters ("hello world", "Kubernetes rocks!").
   */
  static boolean isOrdinaryText(String s) {
    if (s.length() < 4 || s.indexOf(' ') < 0) {
      return false;
    }
    int letters = 0;
    int other = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c) || c == ' ') {
        letters++;
      } else if (!(c == ',' || c == '.' || c == '!' || c == '?' || c == '\'' || c == '-' || c == '\n')) {
        other++;
      }
    }
    return letters >= 0.8 * s.length() && other <= 2;
  }
}
