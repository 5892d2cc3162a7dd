package dev.kubeward.secrets;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
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
    return urlSafe(compact) ? Base64.getUrlDecoder() : Base64.getDecoder();
  }

  /** Whether base64 is the URL-safe kind: it holds a character only that alphabet has. */
  private static boolean urlSafe(String encoded) {
    return encoded.indexOf('-') >= 0 || encoded.indexOf('_') >= 0;
  }

  private static String withoutWhitespace(String s) {
    int i = 0;
    while (i < s.length() && !Values.isWhitespace(s.charAt(i))) {
      i++;
    }
    if (i == s.length()) {
      return s;
    }
    StringBuilder compact = new StringBuilder(s.length()).append(s, 0, i);
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Values.isWhitespace(c)) {
        compact.append(c);
      }
    }
    return compact.toString();
  }

  /** Characters of base64 whose bytes {@link #binaryStart} reads at most. */
  private static final int START = 64;

  /** The value of each character of standard base64, and of URL-safe base64; -1 for the others. */
  private static final byte[] STANDARD = alphabet("+/");
  private static final byte[] URL_SAFE = alphabet("-_");

  private static byte[] alphabet(String last) {
    byte[] values = new byte[128];
    java.util.Arrays.fill(values, (byte) -1);
    String chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789" + last;
    for (int i = 0; i < chars.length(); i++) {
      values[chars.charAt(i)] = (byte) i;
    }
    return values;
  }

  /**
   * Whether the bytes of the base64 groups at the start of {@code encoded} (up to {@value #START}
   * characters, whole groups of four without whitespace or padding) already hold a control byte:
   * then the whole is binary (its bytes begin with those) or not base64 at all, and neither is
   * text, without decoding kilobytes of a random value. Random bytes hold one within a few groups.
   * The groups are decoded here by table, a group at a time, with the alphabet {@link #decoder}
   * picks for the whole; a character outside it, whitespace or padding ends the test undecided
   * (false), and the full decoding judges.
   */
  private static boolean binaryStart(String encoded) {
    byte[] values = urlSafe(encoded) ? URL_SAFE : STANDARD;
    int end = Math.min(START, encoded.length() & ~3);
    for (int i = 0; i < end; i += 4) {
      int a = value(values, encoded.charAt(i));
      int b = value(values, encoded.charAt(i + 1));
      int c = value(values, encoded.charAt(i + 2));
      int d = value(values, encoded.charAt(i + 3));
      if ((a | b | c | d) < 0) {
        return false;
      }
      int bits = a << 18 | b << 12 | c << 6 | d;
      if (control((byte) (bits >> 16)) || control((byte) (bits >> 8)) || control((byte) bits)) {
        return true;
      }
    }
    return false;
  }

  private static int value(byte[] values, char c) {
    return c < values.length ? values[c] : -1;
  }

  private static boolean control(byte b) {
    return b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r';
  }

  private static boolean hasControlByte(byte[] bytes) {
    for (byte b : bytes) {
      if (control(b)) {
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
    // Decoded into a buffer, with the result read rather than thrown: values that are not UTF-8 (binary keys, keystores) are
    // common, and a thrown exception would cost a stack trace each. UTF-8 never decodes to more characters than bytes.
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    if (decoder.decode(ByteBuffer.wrap(bytes), out, true).isError() || decoder.flush(out).isError()) {
      return Optional.empty();
    }
    return Optional.of(out.flip().toString());
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
