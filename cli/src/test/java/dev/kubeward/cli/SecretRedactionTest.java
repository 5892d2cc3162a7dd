package dev.kubeward.cli;

import static dev.kubeward.cli.Cli.cli;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.cli.Cli.Result;
import dev.kubeward.core.check.Catalog;
import dev.kubeward.secrets.Detection;
import dev.kubeward.secrets.SecretDetector;
import dev.kubeward.secrets.testing.SyntheticSecrets;
import dev.kubeward.secrets.testing.SyntheticSecrets.Sample;
import dev.kubeward.secrets.testing.TestSet;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No secret value, nor any long piece of one, appears in any output format. The whole catalogue
 * scans the synthetic secrets of the test set (every catalogued kind, in every place the rules
 * look) and writes table (plain and verbose), JSON, SARIF and JUnit; every 8-character window of
 * every secret (past its vendor's public prefix) is then looked for in each output.
 */
class SecretRedactionTest {

  private static final int WINDOW = 8;

  @Test
  void noOutputFormatShowsASecret(@TempDir Path tmp) throws IOException {
    List<Sample> secrets = new SyntheticSecrets(7L).secrets(2);
    Path input = tmp.resolve("input");
    TestSet.write(input, secrets);

    Result r = cli().catalog(Catalog.load()).run("scan", "--no-progress",
        "-o", "table=" + tmp.resolve("out.txt"), "-o", "json=" + tmp.resolve("out.json"),
        "-o", "sarif=" + tmp.resolve("out.sarif"), "-o", "junit=" + tmp.resolve("out.xml"), input);
    Result verbose = cli().catalog(Catalog.load()).run("scan", "--no-progress", "--verbose", input);

    Map<String, String> outputs = new TreeMap<>();
    for (String name : List.of("out.txt", "out.json", "out.sarif", "out.xml")) {
      outputs.put(name, Cli.read(tmp.resolve(name)));
    }
    outputs.put("table --verbose (stdout and stderr)", verbose.all());
    outputs.put("stdout and stderr", r.all());
    assertThat(outputs.get("out.json")).as("the scan reported the secrets").contains("KW-0054", "KW-0501", "KW-0503");

    // The rules' own texts (SARIF and JUnit carry them) are fixed prose, not taken from any input:
    // a window of a secret's armour ("Encryption: none" in a PuTTY key) found there is no leak.
    Set<String> prose = new HashSet<>();
    for (var rule : Catalog.load().rules()) {
      prose.addAll(windows(rule.summary() + "\n" + rule.remediation() + "\n" + rule.description().orElse("")));
    }
    List<String> leaks = new ArrayList<>();
    for (Map.Entry<String, String> output : outputs.entrySet()) {
      Set<String> windows = windows(withoutChance(output.getValue(), tmp));
      windows.removeAll(prose);
      for (int i = 0; i < secrets.size(); i++) {
        for (String piece : secretWindows(secrets.get(i))) {
          if (windows.contains(piece)) {
            // The samples are synthetic: the text around the leak tells where it comes from.
            int at = output.getValue().indexOf(piece);
            leaks.add(output.getKey() + " shows part of case-" + i + " " + secrets.get(i) + " in: "
                + output.getValue().substring(Math.max(0, at - 200), Math.min(output.getValue().length(), at + 60)));
            break;
          }
        }
      }
    }
    assertThat(leaks).isEmpty();
  }

  @Test
  void onlyTheRunsChanceIsLeftOutOfTheOutputs(@TempDir Path tmp) {
    String digest = "\"" + "0123456789abcdef".repeat(4) + "\"";
    String output = "uri: file://" + tmp + "/values.yaml, fingerprint: " + digest + ", message: key-0123456789ab";
    assertThat(withoutChance(output, tmp))
        .isEqualTo("uri: file://TMP/values.yaml, fingerprint: \"FINGERPRINT\", message: key-0123456789ab");
  }

  /** The secret parts the detector finds in a sample, past each pattern's public prefix, in windows. */
  private static List<String> secretWindows(Sample s) {
    List<String> out = new ArrayList<>();
    List<Detection> found = SecretDetector.standard().scan(s.name(), s.value());
    assertThat(found).as("the detector finds %s", s).isNotEmpty();
    for (Detection d : found) {
      String secret = s.value().substring(d.start(), d.end());
      int shown = d.redacted().contains("****") ? d.redacted().indexOf("****") : 0;
      for (int i = shown; i + WINDOW <= secret.length(); i++) {
        String w = secret.substring(i, i + WINDOW);
        // PEM armour lines and line breaks are not secret.
        if (!w.contains("-----") && w.chars().noneMatch(Character::isWhitespace) && !w.contains("\\n")) {
          out.add(w);
        }
      }
    }
    return out;
  }

  /**
   * The output without the text that changes from run to run and is not taken from any secret: the
   * temporary directory's random name and the SARIF fingerprints (SHA-256 digests, some of a
   * resource named by its file's path). Each run draws them afresh, and about one run in 3,500
   * drew an 8-digit window that some secret's hex digits also hold.
   */
  static String withoutChance(String output, Path tmp) {
    return FINGERPRINT.matcher(output.replace(tmp.toString(), "TMP")).replaceAll("\"FINGERPRINT\"");
  }

  private static final Pattern FINGERPRINT = Pattern.compile("\"[0-9a-f]{64}\"");

  private static Set<String> windows(String text) {
    Set<String> out = new HashSet<>();
    for (int i = 0; i + WINDOW <= text.length(); i++) {
      out.add(text.substring(i, i + WINDOW));
    }
    return out;
  }
}
