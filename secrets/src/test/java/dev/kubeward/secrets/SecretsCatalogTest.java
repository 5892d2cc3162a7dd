package dev.kubeward.secrets;

import dev.kubeward.core.check.CheckProvider;
import dev.kubeward.core.testing.CheckModuleContract;
import dev.kubeward.secrets.checks.SecretChecks;
import dev.kubeward.secrets.testing.SyntheticSecrets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The secrets rules: well formed, registered in id order, described, and proven by their
 * fixtures. Vendor tokens are not committed: a fixture writes {@code @synthetic:<pattern-id>@}
 * (or {@code @synthetic:<pattern-id>:base64@}) where one goes, and the fixtures are scanned from a
 * copy under target/ with a format-valid synthetic value (the same on every run) filled in.
 */
class SecretsCatalogTest extends CheckModuleContract {

  /** {@code @synthetic:<pattern-id>@}, or {@code @synthetic:<pattern-id>:base64@} for its base64 (a Secret's data). */
  private static final Pattern SYNTHETIC = Pattern.compile("@synthetic:([a-z0-9-]+)(:base64)?@");

  @Override
  protected CheckProvider provider() {
    return new SecretChecks();
  }

  @Override
  protected Path fixtureRoot() throws IOException {
    Path source = Path.of("src/test/resources/fixtures");
    Path expanded = Path.of("target/expanded-fixtures");
    try (Stream<Path> files = Files.walk(source)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Path out = expanded.resolve(source.relativize(f).toString());
        Files.createDirectories(out.getParent());
        Files.writeString(out, expand(Files.readString(f)));
      }
    }
    return expanded;
  }

  static String expand(String text) {
    Matcher m = SYNTHETIC.matcher(text);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String value = SyntheticSecrets.valueOf(m.group(1));
      if (m.group(2) != null) {
        value = java.util.Base64.getEncoder().encodeToString(value.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
      m.appendReplacement(sb, Matcher.quoteReplacement(value));
    }
    return m.appendTail(sb).toString();
  }
}
