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
    StringBuilder compact = new StringBuilder(encoded.length());
    for (int i = 0; i < encoded.length(); i++) {
      char c = encoded.charAt(i);
      if (!Character.isWhitespace(c)) {
        compact.append(c);
      }
    }
    if (compact.isEmpty()) {
      return Optional.empty();
    }
    String s = compact.toString();
    try {
      return Optional.of(s.indexOf('-') >= 0 || s.indexOf('_') >= 0
          ? Base64.getUrlDecoder().decode(s) : Base64.getDecoder().decode(s));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The bytes as UTF-8 text, if they are text: valid UTF-8 without NULs or other control bytes but tab and line ends. */
  public static Optional<String> text(byte[] bytes) {
    for (byte b : bytes) {
      if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r') {
        return Optional.empty();
      }
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

  /** The decoded text of base64 that encodes text. */
  public static Optional<String> decodeText(String encoded) {
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
