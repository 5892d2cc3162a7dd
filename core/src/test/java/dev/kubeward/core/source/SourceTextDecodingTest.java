package dev.kubeward.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Decoding takes a fast path for valid UTF-8; it must read exactly what the strict decoder reads. */
class SourceTextDecodingTest {

  private static SourceText.Result decode(byte[] bytes) {
    return SourceText.decode("f.yaml", bytes);
  }

  @Test
  void asciiAndMultiByteUtf8ReadAsWritten() {
    String yaml = "kind: ConfigMap\ndata:\n  greeting: \"grüß dich, 世界 \uD83D\uDE80\"\n";
    assertThat(decode(yaml.getBytes(StandardCharsets.UTF_8))).isEqualTo(new SourceText.Text(yaml));
  }

  @Test
  void aWrittenReplacementCharacterIsText() {
    String yaml = "note: \"\uFFFD stands for an unknown character\"\n";
    assertThat(decode(yaml.getBytes(StandardCharsets.UTF_8))).isEqualTo(new SourceText.Text(yaml));
  }

  @Test
  void malformedUtf8IsReportedWhereItIs() {
    byte[] bytes = "a: 1\nb: x\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(decode(bytes)).isInstanceOfSatisfying(SourceText.Unreadable.class, u -> {
      assertThat(u.problem().line()).isEqualTo(2);
      assertThat(u.problem().message()).contains("not valid UTF-8");
    });
  }

  @Test
  void malformedUtf8BesideAWrittenReplacementCharacterIsStillReported() {
    byte[] text = "a: \uFFFD\nb: ".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = java.util.Arrays.copyOf(text, text.length + 1);
    bytes[text.length] = (byte) 0xC3;
    assertThat(decode(bytes)).isInstanceOf(SourceText.Unreadable.class);
  }

  @Test
  void byteOrderMarksStillChooseTheCharset() {
    byte[] utf8 = "\uFEFFa: 1\n".getBytes(StandardCharsets.UTF_8);
    assertThat(decode(utf8)).isEqualTo(new SourceText.Text("a: 1\n"));
    byte[] utf16 = "\uFEFFa: 1\n".getBytes(StandardCharsets.UTF_16BE);
    assertThat(decode(utf16)).isEqualTo(new SourceText.Text("a: 1\n"));
  }
}
