package dev.kubeward.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeward.secrets.testing.SyntheticSecrets;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The detector's parts: names, placeholders, strength, keyword prefilter, and its patterns' own tests. */
class DetectorTest {

  private final SecretDetector detector = SecretDetector.standard();

  private List<String> ids(String name, String value) {
    return detector.scan(name, value).stream().map(d -> d.pattern().id()).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"DB_PASSWORD", "db_passwd", "apiKey", "API_KEY", "AWS_SECRET_ACCESS_KEY", "GITHUB_TOKEN",
      "REFRESH_TOKEN", "SMTP_PASS", "DB_PWD", "BASIC_AUTH", "ServiceCredentials", "PRIVATE_KEY", "TOKEN_SECRET",
      "REDIS_AUTH", "AUTH_KEY", "SECURE_AUTH_KEY", "HTTP_AUTHORIZATION", "DB_CREDENTIALS", "SSH_PASSPHRASE",
      "DJANGO_SECRET_KEY", "PASSWORD1", "GITHUB_TOKEN2", "DB_PASS2", "spring.datasource.password", "--auth-token",
      "clientSecret", "x-api-key"})
  void namesThatHoldASecret(String name) {
    assertThat(SecretNames.isSecret(name)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"PASSWORD_FILE", "TOKEN_URL", "SECRET_NAME", "AUTH_MODE", "TOKEN_TTL", "OAUTH_CLIENT_ID",
      "GIT_AUTHOR_EMAIL", "PWD", "LOG_LEVEL", "PASSIVE_MODE", "API_KEY_HEADER", "AUTHOR", "GF_AUTH_ANONYMOUS_ORG_ROLE",
      "AUTH_SERVER", "TOKENIZER", "MAX_TOKENS", "SECRETARY", "existingSecret", "passwordKey", "secretName",
      "tokenSecretRef", "checksum/config", "imagePullSecrets", "PASSWORD_HASH", "routingKey"})
  void namesAboutASecret(String name) {
    assertThat(SecretNames.isSecret(name)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"$(DB_PASSWORD)", "${DB_PASSWORD}", "{{ .Values.password }}", "<password>", "changeme",
      "CHANGE_ME", "****", "xxxxxx", "", "  ", "your-api-key-here", "ENC[AES256_GCM,data:abc,type:str]",
      "vault:secret/data/db#password", "ref+vault://secret/db#/pw", "password", "admin", "supersecret",
      "AKIAIOSFODNN7EXAMPLE", "op://vault/item/field", "$PASSWORD", "%(password)s"})
  void placeholders(String value) {
    assertThat(Values.isPlaceholder(value)).isTrue();
    assertThat(detector.scan("DB_PASSWORD", value)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"hunter2hunter2", "s3cr3t-Passw0rd", "k9Fz2LqP0wXr", "Tr0ub4dor&3", "q8Zp2vLx9mWt4kRj7nBs"})
  void strongLiteralsUnderSecretNames(String value) {
    assertThat(ids("DB_PASSWORD", value)).containsExactly("generic-password");
  }

  @ParameterizedTest
  @ValueSource(strings = {"true", "3600", "/run/secrets/db", "https://auth.example.com/token", "db-credentials",
      "mailer@example.com", "smtp.example.com", "aGVsbG8gd29ybGQgZnJvbSB0aGUgc2hvcA==",
      "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy", "sha256:9f86d081884c7d659a2feaa0c55ad015",
      "short12"})
  void ordinaryValuesUnderSecretNamesAreNotSecrets(String value) {
    assertThat(detector.scan("API_TOKEN", value)).isEmpty();
  }

  @Test
  void aPemHeaderWithoutAKeyBodyIsDocumentation() {
    assertThat(detector.scan("-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----")).isEmpty();
    assertThat(detector.scan("-----BEGIN CERTIFICATE-----\n" + "MIIB".repeat(40) + "\n-----END CERTIFICATE-----")).isEmpty();
    String key = SyntheticSecrets.valueOf("private-key-rsa");
    List<Detection> found = detector.scan("note", "before\n" + key + "after");
    assertThat(found).extracting(d -> d.pattern().id()).containsExactly("private-key-rsa");
    assertThat(found.getFirst().line()).as("the key starts on line 2 of the value").isEqualTo(2);
  }

  @Test
  void aJwtNeedsAJsonHeaderAndASignature() {
    String header = b64url("{\"alg\":\"HS256\"}");
    String payload = b64url("{\"sub\":\"shop-api\",\"iat\":1700000000}");
    assertThat(ids("", header + "." + payload + ".c2lnbmF0dXJlLXNpZ25hdHVyZQ")).containsExactly("jwt");
    assertThat(ids("", header + "." + payload + ".")).as("unsigned").isEmpty();
    assertThat(ids("", "eyJub3RqdXN0YmFzZTY0." + payload + ".c2lnbmF0dXJlLXNpZ25hdHVyZQ")).isEmpty();
  }

  @Test
  void urlsNeedARealPassword() {
    assertThat(ids("", "postgres://shop:Tr0ub4dor-3@db:5432/shop")).containsExactly("postgres-url-password");
    assertThat(ids("", "postgres://shop:$(DB_PASSWORD)@db:5432/shop")).isEmpty();
    assertThat(ids("", "postgres://db:5432/shop?user=a@b")).isEmpty();
    assertThat(ids("", "amqp://guest:guest@rabbitmq:5672/")).as("the image's published default").isEmpty();
    assertThat(ids("", "https://deploy:Zq9-vX2p-Lm4@git.example.com/x.git")).containsExactly("url-credentials");
  }

  @Test
  void aDockerConfigAuthMustDecodeToAUserAndARealPassword() {
    String real = Base64.getEncoder().encodeToString("ci:Zq9-vX2p-Lm4".getBytes(StandardCharsets.UTF_8));
    String placeholder = Base64.getEncoder().encodeToString("ci:changeme".getBytes(StandardCharsets.UTF_8));
    assertThat(ids(".dockerconfigjson", "{\"auths\":{\"r.example\":{\"auth\":\"" + real + "\"}}}"))
        .containsExactly("docker-config-auth");
    assertThat(ids(".dockerconfigjson", "{\"auths\":{\"r.example\":{\"auth\":\"" + placeholder + "\"}}}")).isEmpty();
  }

  @Test
  void vendorTokensOfPlaceholderCharactersAreNotSecrets() {
    assertThat(detector.scan("ghp_" + "x".repeat(36))).isEmpty();
    assertThat(detector.scan("ghp_" + "0".repeat(36))).isEmpty();
    assertThat(detector.scan("AKIA" + "X".repeat(16))).isEmpty();
  }

  @Test
  void redactionShowsAtMostThePublicPrefixAndTheLength() {
    String token = SyntheticSecrets.valueOf("github-pat");
    Detection d = detector.scan("", token).getFirst();
    assertThat(d.redacted()).isEqualTo("ghp_****, 40 characters").doesNotContain(token.substring(4, 8));
    assertThat(d.toString()).doesNotContain(token.substring(4));
    Detection generic = detector.scan("DB_PASSWORD", "hunter2hunter2").getFirst();
    assertThat(generic.redacted()).isEqualTo("14 characters");
  }

  @Test
  void assignmentsInTextAreJudgedByTheirKey() {
    String config = """
        server.port=8080
        spring.datasource.password=Zx9!vB7-nM3qP
        spring.datasource.password-file=/run/secrets/db
        oauth.token-url=https://auth.example.com/token
        """;
    List<Detection> found = detector.scan("application.properties", config);
    assertThat(found).extracting(d -> d.pattern().id()).containsExactly("generic-password");
    assertThat(found.getFirst().line()).isEqualTo(2);
  }

  @Test
  void keywordsAreFoundCaseInsensitivelyInOnePass() {
    Keywords k = new Keywords(List.of(List.of("ghp_"), List.of("akia", "asia"), List.of("hp_x")));
    assertThat(k.scan("token GHP_xyz")).containsExactly(true, false, true);
    assertThat(k.scan("ASIAé")).containsExactly(false, true, false);
    assertThat(k.scan("nothing here")).containsExactly(false, false, false);
  }

  private static String b64url(String s) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }
}
