package dev.kubeward.secrets.testing;

import dev.kubeward.secrets.testing.SyntheticSecrets.Sample;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/**
 * Values that look like secrets and are not: placeholders and references under secret names,
 * vendors' documented examples, hashes and digests, UUIDs, base64 of ordinary text, settings
 * about secrets, public keys and certificates, names of Secrets. A sample's "pattern" is its
 * category. None may give a finding.
 */
public final class LookAlikes {

  private LookAlikes() {}

  private static final List<String> SECRET_NAMES = List.of(
      "DB_PASSWORD", "API_KEY", "AUTH_TOKEN", "CLIENT_SECRET", "password", "apiKey", "smtp.password", "JWT_SECRET");

  private static final List<String> PLACEHOLDERS = List.of(
      "changeme", "CHANGE_ME", "<password>", "<your-api-key>", "${DB_PASSWORD}", "$(API_KEY)", "{{ .password }}",
      "{{ .auth.token | quote }}", "xxxxxxxxxxxx", "************", "REPLACE_ME", "your-api-key-here", "TODO",
      "none", "null", "placeholder", "dummy-token", "example-secret-123", "redacted", "secret", "password", "admin",
      "changeit", "vault:secret/data/shop/db#password", "ref+vault://secret/shop#/db/password",
      "arn:aws:secretsmanager:eu-west-1:123456789012:secret:shop/db-AbC123", "ENC[AES256_GCM,data:Tr9bqQ==,iv:Z2l2ZW4=,tag:dGFn,type:str]",
      "%(db_password)s", "#{dbPassword}", "@@DB_PASSWORD@@", "$DB_PASSWORD", "%DB_PASSWORD%", "op://shop/db/password",
      "mypassword", "supersecret", "guest", "postgres", "minioadmin");

  private static final List<String> VENDOR_EXAMPLES = List.of(
      "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "AKIAXXXXXXXXXXXXXXXX",
      "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx",
      "xoxb-your-bot-token", "glpat-xxxxxxxxxxxxxxxxxxxx",
      // jwt.io's example token and Stripe's documented test key, assembled so that no file holds them whole
      "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9" + ".eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ"
          + ".SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
      "sk_" + "test_" + "4eC39HqLyjWDarjtT1zdp7dc",
      "-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----",
      "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBg...\n-----END PRIVATE KEY-----",
      "postgres://user:password@localhost:5432/db", "postgres://$(DB_USER):$(DB_PASSWORD)@db:5432/shop",
      "redis://redis-master:6379/0", "https://git@github.com/shop/config.git", "amqp://guest:guest@rabbitmq:5672/",
      "mongodb://mongo:27017/orders", "mysql://root:${MYSQL_ROOT_PASSWORD}@mysql:3306/shop",
      "Authorization: Bearer <token>", "Authorization: Bearer ${API_TOKEN}");

  private static final List<String> SETTINGS = List.of(
      "PASSWORD_FILE=/run/secrets/db/password", "TOKEN_URL=https://auth.example.com/oauth/token", "AUTH_MODE=oidc",
      "SECRET_NAME=db-credentials", "existingSecret=db-credentials", "passwordKey=password", "TOKEN_TTL=3600",
      "API_KEY_HEADER=X-Api-Key", "secretName=shop-tls", "credentialName=ingress-cert", "AUTH_ENABLED=true",
      "tokenSecretRef=gitlab-token", "DB_PASSWORD_SECRET_KEY=password", "OAUTH_CLIENT_ID=shop-frontend",
      "SMTP_USER=mailer@example.com", "SECRET_STORE=vault", "TOKENIZER=bert-base-uncased", "MAX_TOKENS=128000",
      "auth-secret=my-basic-auth", "PASSWORD_MIN_LENGTH=12", "REDIS_PASSWORD_ENV=REDIS_PASSWORD",
      "SECRET_MOUNT_PATH=/var/run/secrets", "keySecretName=redis-password-v2", "jwtSecretKeyRef=jwt-signing",
      "PASSWORD_HASH_ALGORITHM=argon2id", "TOKEN_AUDIENCE=https://api.example.com", "API_KEY_PREFIX=shop_",
      "password-policy=strong", "SECRETS_DIR=/etc/secrets", "credentials-provider=aws-irsa");

  private static final List<String> WORDS = List.of(
      "the", "quick", "brown", "fox", "jumps", "over", "lazy", "dog", "welcome", "to", "our", "shop", "orders",
      "ship", "daily", "hello", "world", "kubernetes", "cluster", "maintenance", "window", "starts", "at", "noon");

  /** Every look-alike, generated from the seed where random (hashes, UUIDs, sentences). */
  public static List<Sample> all(long seed) {
    Random r = new Random(seed);
    List<Sample> out = new ArrayList<>();
    for (int i = 0; i < PLACEHOLDERS.size(); i++) {
      out.add(new Sample("placeholder", SECRET_NAMES.get(i % SECRET_NAMES.size()), PLACEHOLDERS.get(i)));
    }
    for (String v : VENDOR_EXAMPLES) {
      out.add(new Sample("vendor-example", "", v));
    }
    for (String s : SETTINGS) {
      int eq = s.indexOf('=');
      out.add(new Sample("setting", s.substring(0, eq), s.substring(eq + 1)));
    }
    List<String> hashNames = List.of("checksum/config", "GIT_COMMIT", "digest", "etag", "configHash", "revision",
        "BUILD_SHA", "contentSha256", "integrity", "fingerprint");
    for (int i = 0; i < 40; i++) {
      String algorithm = List.of("MD5", "SHA-1", "SHA-256", "SHA-512").get(i % 4);
      String hash = hash(algorithm, "build-" + r.nextLong());
      String value = i % 5 == 4 ? "sha256:" + hash(algorithm.equals("SHA-256") ? algorithm : "SHA-256", "img-" + i) : hash;
      out.add(new Sample("hash", i % 3 == 0 ? "" : hashNames.get(i % hashNames.size()), value));
    }
    List<String> hashedPasswords = List.of(
        "$2a$10$" + SyntheticSecrets.s(r, "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 53),
        "$2y$12$" + SyntheticSecrets.s(r, "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 53),
        "$argon2id$v=19$m=65536,t=3,p=4$" + SyntheticSecrets.s(r, "ABCDEFGHabcdefgh0123456789+/", 22) + "$"
            + SyntheticSecrets.s(r, "ABCDEFGHabcdefgh0123456789+/", 43),
        "{SSHA}" + Base64.getEncoder().encodeToString(hash("SHA-1", "salted").getBytes(StandardCharsets.US_ASCII)),
        "$6$rounds=5000$" + SyntheticSecrets.s(r, "abcdefgh01234567", 16) + "$"
            + SyntheticSecrets.s(r, "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 86));
    for (int i = 0; i < hashedPasswords.size(); i++) {
      out.add(new Sample("hashed-password", List.of("admin.password", "PASSWORD_HASH", "userPassword", "htpasswd",
          "ADMIN_PASSWORD_BCRYPT").get(i), hashedPasswords.get(i)));
    }
    List<String> idNames = List.of("CLIENT_ID", "TENANT_ID", "SUBSCRIPTION_ID", "requestId", "uid", "instance-id",
        "trace-id", "correlationId", "", "APP_ID");
    for (int i = 0; i < 30; i++) {
      out.add(new Sample("uuid", idNames.get(i % idNames.size()), SyntheticSecrets.uuid(r)));
    }
    List<String> textNames = List.of("banner", "message", "greeting", "motd", "description", "", "note", "welcome.txt");
    for (int i = 0; i < 30; i++) {
      StringBuilder sentence = new StringBuilder();
      int words = 2 + r.nextInt(7);
      for (int w = 0; w < words; w++) {
        sentence.append(w == 0 ? "" : " ").append(WORDS.get(r.nextInt(WORDS.size())));
      }
      String encoded = Base64.getEncoder().encodeToString(sentence.toString().getBytes(StandardCharsets.UTF_8));
      // Some sit under secret-sounding names: base64 of words is still no secret.
      out.add(new Sample("base64-text", i % 4 == 3 ? "AUTH_TOKEN" : textNames.get(i % textNames.size()), encoded));
    }
    for (int i = 0; i < 10; i++) {
      out.add(new Sample("public-material", i % 2 == 0 ? "ca.crt" : "",
          i % 3 == 0 ? "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + SyntheticSecrets.s(r, "ABCDEFabcdef0123456789+/", 43) + " ci@shop"
              : "-----BEGIN " + (i % 3 == 1 ? "CERTIFICATE" : "PUBLIC KEY") + "-----\n"
                  + SyntheticSecrets.s(r, "ABCDEFGHabcdefgh0123456789+/", 64) + "\n"
                  + SyntheticSecrets.s(r, "ABCDEFGHabcdefgh0123456789+/", 64) + "\n-----END "
                  + (i % 3 == 1 ? "CERTIFICATE" : "PUBLIC KEY") + "-----\n"));
    }
    List<String> misc = List.of(
        "registry.example.com/shop/web@sha256:" + hash("SHA-256", "web"),
        "20260101-" + SyntheticSecrets.s(r, "0123456789abcdef", 7),
        "projects/shop-prod/locations/global/keyRings/ring/cryptoKeys/key",
        "arn:aws:iam::123456789012:role/shop-irsa", "kubernetes.io/service-account-token", "Opaque",
        "smtp.example.com:587", "shop-prod.iam.gserviceaccount.com", "/var/run/secrets/kubernetes.io/serviceaccount",
        "https://vault.example.com:8200/v1/auth/kubernetes/login", "s3://shop-backups/db/2026-01-01.sql.gz",
        "eyJjb250ZXh0Ijoic2hvcCJ9", "AQAB", "RS256", "HS256", "x-api-key", "Bearer", "Basic realm=\"shop\"",
        "0.0.0.0/0", "10.0.0.0/8", "v1.30.2", "1.2.3-rc.1+build.5", "512Mi", "250m");
    for (int i = 0; i < misc.size(); i++) {
      out.add(new Sample("ordinary", i % 2 == 0 ? "" : List.of("value", "ref", "ENDPOINT", "ALGORITHM").get(i % 4), misc.get(i)));
    }
    return out;
  }

  private static String hash(String algorithm, String input) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(input.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
