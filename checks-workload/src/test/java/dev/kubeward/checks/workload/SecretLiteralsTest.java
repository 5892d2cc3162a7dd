package dev.kubeward.checks.workload;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.core.check.Catalog;
import dev.kubeward.core.finding.ReportedFinding;
import dev.kubeward.core.testing.FixtureSuite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretLiteralsTest {

  @ParameterizedTest
  @ValueSource(strings = {"DB_PASSWORD", "db_passwd", "apiKey", "API_KEY", "AWS_SECRET_ACCESS_KEY", "GITHUB_TOKEN",
      "REFRESH_TOKEN", "SMTP_PASS", "DB_PWD", "BASIC_AUTH", "ServiceCredentials", "PRIVATE_KEY", "TOKEN_SECRET",
      "REDIS_AUTH", "AUTH_KEY", "SECURE_AUTH_KEY", "HTTP_AUTHORIZATION", "DB_CREDENTIALS", "SSH_PASSPHRASE", "DJANGO_SECRET_KEY",
      "PASSWORD1", "GITHUB_TOKEN2", "DB_PASS2"})
  void secretNames(String name) {
    assertThat(SecretLiterals.secretName(name)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"PASSWORD_FILE", "TOKEN_URL", "SECRET_NAME", "AUTH_MODE", "TOKEN_TTL", "OAUTH_CLIENT_ID",
      "GIT_AUTHOR_EMAIL", "PWD", "LOG_LEVEL", "PASSIVE_MODE", "API_KEY_HEADER", "AUTHOR", "GF_AUTH_ANONYMOUS_ORG_ROLE",
      "AUTH_SERVER", "TOKENIZER", "MAX_TOKENS", "SECRETARY"})
  void settingsAboutSecrets(String name) {
    assertThat(SecretLiterals.secretName(name)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"$(DB_PASSWORD)", "${DB_PASSWORD}", "{{ .Values.password }}", "<password>", "changeme",
      "CHANGE_ME", "true", "3600", "/run/secrets/db", "****", "xxxxxx", "", "  "})
  void notLiterals(String value) {
    assertThat(SecretLiterals.literal(value)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"hunter2", "s3cr3t-Passw0rd", "12345678", "Bearer abc.def"})
  void literals(String value) {
    assertThat(SecretLiterals.literal(value)).isTrue();
  }

  @Test
  void credentialShapes() {
    assertThat(SecretLiterals.credentialKind("AKIAQ3EGRTWYZKX7M2PD")).contains("an AWS access key id");
    assertThat(SecretLiterals.credentialKind("-----BEGIN RSA PRIVATE KEY-----\nMIIE")).contains("a PEM private key");
    assertThat(SecretLiterals.credentialKind("-----BEGIN CERTIFICATE-----")).isEmpty();
    assertThat(SecretLiterals.credentialKind("github_pat_11ABCDEFG0123456789abcdefghij")).contains("a GitHub token");
    assertThat(SecretLiterals.credentialKind("xoxp-1234-5678-abcdefghij")).contains("a Slack token");
    assertThat(SecretLiterals.credentialKind("eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.")).contains("a JSON Web Token");
    assertThat(SecretLiterals.credentialKind("an ordinary sentence")).isEmpty();
  }

  /** The one rule about secrets: no finding repeats a value it found, in its message or its path. */
  @Test
  void findingsNeverRepeatTheValue() throws IOException {
    Catalog catalog = Catalog.load();
    Path fixture = Path.of("src/test/resources/fixtures/secret-in-env-value/fail-literals.yaml");
    List<ReportedFinding> findings = FixtureSuite.scanWithOnly(catalog, catalog.find("secret-in-env-value").orElseThrow(), fixture).findings();
    assertThat(findings).isNotEmpty();
    Matcher values = Pattern.compile("(?m)^\\s+value: \"?([^\"|\\n]+)\"?$").matcher(Files.readString(fixture));
    while (values.find()) {
      String value = values.group(1).strip();
      assertThat(findings).allSatisfy(f -> {
        assertThat(f.finding().message()).doesNotContain(value);
        assertThat(f.finding().path()).doesNotContain(value);
      });
    }
  }
}
