package dev.kubeward.secrets.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * Format-valid but synthetic credentials, generated from a seeded random at test time: no real
 * credential exists anywhere in this repository, and no committed file holds a string that a
 * push-protection scanner would take for a live token. Each catalogued pattern has a generator;
 * patterns recognised by a name come with the name that announces them.
 */
public final class SyntheticSecrets {

  /** One test value: the pattern it should be recognised as, the name it is given (may be empty), the value. */
  public record Sample(String pattern, String name, String value) {

    @Override
    public String toString() {
      // Never print a sample whole: a failing test's message names it by pattern and length.
      return pattern + (name.isEmpty() ? "" : " named " + name) + " (" + value.length() + " characters)";
    }
  }

  private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  private static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
  private static final String DIGITS = "0123456789";
  private static final String ALNUM = UPPER + LOWER + DIGITS;
  private static final String URLSAFE = ALNUM + "_-";
  private static final String B64 = ALNUM + "+/";
  private static final String HEX = "0123456789abcdef";
  private static final String BASE32 = UPPER + "234567";
  private static final String BECH32 = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L";
  private static final String PASSWORD = ALNUM + "!%^*_+=~-";

  private final Random random;

  public SyntheticSecrets(long seed) {
    this.random = new Random(seed);
  }

  /** Generators by pattern id: name (empty when the shape is enough) and value. */
  private Map<String, Function<Random, String[]>> generators() {
    Map<String, Function<Random, String[]>> g = new LinkedHashMap<>();
    g.put("aws-access-key-id", r -> v("AKIA" + s(r, BASE32, 16)));
    g.put("aws-secret-access-key", r -> nv("AWS_SECRET_ACCESS_KEY", s(r, B64, 40)));
    g.put("gcp-service-account-key", r -> v("{\"type\": \"service_account\", \"project_id\": \"shop-" + s(r, DIGITS, 6)
        + "\", \"private_key_id\": \"" + s(r, HEX, 40) + "\", \"private_key\": \"-----BEGIN PRIVATE KEY-----\\n"
        + pemBody(r, 1200).replace("\n", "\\n") + "\\n-----END PRIVATE KEY-----\\n\", \"client_email\": \"ci@shop-"
        + s(r, DIGITS, 6) + ".iam.gserviceaccount.com\"}"));
    g.put("gcp-api-key", r -> v("AIza" + s(r, URLSAFE, 35)));
    g.put("gcp-oauth-client-secret", r -> v("GOCSPX-" + s(r, URLSAFE, 28)));
    g.put("azure-storage-account-key", r -> v("DefaultEndpointsProtocol=https;AccountName=shop" + s(r, DIGITS, 4)
        + ";AccountKey=" + s(r, B64, 86) + "==;EndpointSuffix=core.windows.net"));
    g.put("azure-sas-token", r -> v("https://shop.blob.core.windows.net/backups?sv=2022-11-02&ss=b&srt=co&sp=rl"
        + "&se=2031-01-01T00:00:00Z&spr=https&sig=" + s(r, ALNUM, 43) + "%3D"));
    g.put("azure-shared-access-key", r -> v("Endpoint=sb://shop.servicebus.windows.net/;SharedAccessKeyName=send;"
        + "SharedAccessKey=" + s(r, B64, 43) + "="));
    g.put("azure-ad-client-secret", r -> v(s(r, ALNUM, 3) + s(r, DIGITS, 1) + "Q~" + s(r, ALNUM + "_~.-", 34)));
    g.put("digitalocean-token", r -> v("dop_v1_" + s(r, HEX, 64)));
    g.put("github-pat", r -> v("ghp_" + s(r, ALNUM, 36)));
    g.put("github-fine-grained-pat", r -> v("github_pat_" + s(r, ALNUM, 22) + "_" + s(r, ALNUM, 59)));
    g.put("github-oauth-token", r -> v("gho_" + s(r, ALNUM, 36)));
    g.put("github-app-token", r -> v((r.nextBoolean() ? "ghs_" : "ghu_") + s(r, ALNUM, 36)));
    g.put("gitlab-pat", r -> v("glpat-" + s(r, URLSAFE, 20)));
    g.put("gitlab-token", r -> v(r.nextBoolean() ? "glrt-" + s(r, URLSAFE, 20) : "GR1348941" + s(r, URLSAFE, 20)));
    g.put("slack-bot-token", r -> v("xoxb-" + s(r, DIGITS, 12) + "-" + s(r, DIGITS, 13) + "-" + s(r, ALNUM, 24)));
    g.put("slack-user-token", r -> v("xoxp-" + s(r, DIGITS, 12) + "-" + s(r, DIGITS, 12) + "-" + s(r, DIGITS, 13) + "-"
        + s(r, ALNUM, 32)));
    g.put("slack-app-token", r -> v("xapp-1-A" + s(r, UPPER + DIGITS, 10) + "-" + s(r, DIGITS, 13) + "-" + s(r, HEX, 64)));
    g.put("slack-legacy-token", r -> v("xoxs-" + s(r, DIGITS, 10) + "-" + s(r, DIGITS, 12) + "-" + s(r, HEX, 40)));
    g.put("slack-webhook", r -> v("https://hooks.slack.com/services/T" + s(r, UPPER + DIGITS, 10) + "/B"
        + s(r, UPPER + DIGITS, 10) + "/" + s(r, ALNUM, 24)));
    g.put("discord-bot-token", r -> v(Base64.getUrlEncoder().withoutPadding()
        .encodeToString((s(r, "123456789", 1) + s(r, DIGITS, 17)).getBytes(StandardCharsets.US_ASCII))
        + "." + s(r, URLSAFE, 6) + "." + s(r, URLSAFE, 38)));
    g.put("discord-webhook", r -> v("https://discord.com/api/webhooks/" + s(r, DIGITS, 18) + "/" + s(r, URLSAFE, 68)));
    g.put("telegram-bot-token", r -> v(s(r, "123456789", 1) + s(r, DIGITS, 8) + ":AA" + s(r, URLSAFE, 33)));
    g.put("teams-webhook", r -> v("https://shop.webhook.office.com/webhookb2/" + uuid(r) + "@" + uuid(r)
        + "/IncomingWebhook/" + s(r, HEX, 32) + "/" + uuid(r)));
    g.put("stripe-secret-key", r -> v((r.nextBoolean() ? "sk_live_" : "rk_live_") + s(r, ALNUM, 24 + r.nextInt(76))));
    g.put("stripe-webhook-secret", r -> v("whsec_" + s(r, ALNUM, 32)));
    g.put("square-access-token", r -> v(r.nextBoolean() ? "EAAA" + s(r, URLSAFE, 60) : "sq0atp-" + s(r, URLSAFE, 22)));
    g.put("square-oauth-secret", r -> v("sq0csp-" + s(r, URLSAFE, 43)));
    g.put("shopify-token", r -> v("shp" + pick(r, "at", "ca", "pa", "ss") + "_" + s(r, HEX, 32)));
    g.put("braintree-access-token", r -> v("access_token$production$" + s(r, LOWER + DIGITS, 16) + "$" + s(r, HEX, 32)));
    g.put("twilio-api-key", r -> v("SK" + s(r, HEX, 32)));
    g.put("twilio-auth-token", r -> nv("TWILIO_AUTH_TOKEN", s(r, HEX, 32)));
    g.put("sendgrid-api-key", r -> v("SG." + s(r, URLSAFE, 22) + "." + s(r, URLSAFE, 43)));
    g.put("mailgun-api-key", r -> nv("MAILGUN_API_KEY", "key-" + s(r, HEX, 32)));
    g.put("mailchimp-api-key", r -> v(s(r, HEX, 32) + "-us" + (1 + r.nextInt(20))));
    g.put("npm-token", r -> v("npm_" + s(r, ALNUM, 36)));
    g.put("npmrc-auth-token", r -> v("//npm.pkg.example.com/:_authToken=" + s(r, B64, 40)));
    g.put("pypi-token", r -> v("pypi-AgEIcHlwaS5vcmc" + s(r, URLSAFE, 150)));
    g.put("rubygems-api-key", r -> v("rubygems_" + s(r, HEX, 48)));
    g.put("docker-hub-token", r -> v("dckr_pat_" + s(r, URLSAFE, 27)));
    g.put("docker-config-auth", r -> v("{\"auths\":{\"registry.example.com\":{\"auth\":\""
        + Base64.getEncoder().encodeToString(("deploy:" + password(r)).getBytes(StandardCharsets.UTF_8)) + "\"}}}"));
    g.put("heroku-api-key", r -> r.nextBoolean() ? v("HRKU-AA" + s(r, URLSAFE, 58)) : nv("HEROKU_API_KEY", uuid(r)));
    g.put("datadog-api-key", r -> nv("DD_API_KEY", s(r, HEX, 32)));
    g.put("datadog-app-key", r -> nv("DD_APP_KEY", s(r, HEX, 40)));
    g.put("vault-token", r -> r.nextBoolean() ? v("hvs." + s(r, URLSAFE, 90)) : nv("VAULT_TOKEN", "s." + s(r, ALNUM, 24)));
    g.put("terraform-cloud-token", r -> v(s(r, ALNUM, 14) + ".atlasv1." + s(r, URLSAFE, 67)));
    g.put("databricks-token", r -> v("dapi" + s(r, HEX, 32)));
    g.put("grafana-token", r -> v("glsa_" + s(r, ALNUM, 32) + "_" + s(r, HEX, 8)));
    g.put("new-relic-key", r -> v("NRAK-" + s(r, UPPER + DIGITS, 27)));
    g.put("sentry-token", r -> v("sntryu_" + s(r, HEX, 64)));
    g.put("atlassian-api-token", r -> v("ATATT3" + s(r, URLSAFE, 186)));
    g.put("openshift-token", r -> v("sha256~" + s(r, URLSAFE, 43)));
    g.put("age-secret-key", r -> v("AGE-SECRET-KEY-1" + s(r, BECH32, 58)));
    g.put("doppler-token", r -> v("dp.pt." + s(r, ALNUM, 43)));
    g.put("openai-api-key", r -> v(r.nextBoolean()
        ? "sk-proj-" + s(r, URLSAFE, 74) + "T3BlbkFJ" + s(r, URLSAFE, 74)
        : "sk-" + s(r, ALNUM, 20) + "T3BlbkFJ" + s(r, ALNUM, 20)));
    g.put("anthropic-api-key", r -> v("sk-ant-api03-" + s(r, URLSAFE, 93) + "AA"));
    g.put("huggingface-token", r -> v("hf_" + s(r, UPPER + LOWER, 34)));
    g.put("private-key-rsa", r -> v(pem("RSA PRIVATE KEY", pemBody(r, 1600))));
    g.put("private-key-ec", r -> v(pem("EC PRIVATE KEY", pemBody(r, 160))));
    g.put("private-key-dsa", r -> v(pem("DSA PRIVATE KEY", pemBody(r, 880))));
    g.put("private-key-openssh", r -> v(pem("OPENSSH PRIVATE KEY", "b3BlbnNzaC1rZXktdjEAAAAA" + pemBody(r, 380))));
    g.put("private-key-pkcs8", r -> v(pem("PRIVATE KEY", pemBody(r, 1200))));
    g.put("private-key-encrypted", r -> v(pem("ENCRYPTED PRIVATE KEY", pemBody(r, 1300))));
    g.put("pgp-private-key", r -> v("-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + pemBody(r, 2400) + "\n="
        + s(r, B64, 4) + "\n-----END PGP PRIVATE KEY BLOCK-----\n"));
    g.put("putty-private-key", r -> v("PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: deploy\n"
        + "Public-Lines: 2\n" + s(r, B64, 64) + "\n" + s(r, B64, 4) + "\nPrivate-Lines: 1\n" + s(r, B64, 44)
        + "\nPrivate-MAC: " + s(r, HEX, 64) + "\n"));
    g.put("jwt", r -> v(b64url("{\"alg\":\"" + pick(r, "HS256", "RS256", "ES256") + "\",\"typ\":\"JWT\"}") + "."
        + b64url("{\"sub\":\"" + s(r, ALNUM, 12) + "\",\"iat\":" + (1_600_000_000 + r.nextInt(100_000_000)) + "}") + "."
        + s(r, URLSAFE, 43)));
    g.put("postgres-url-password", r -> v("postgresql://app:" + password(r) + "@db.internal:5432/shop?sslmode=require"));
    g.put("mysql-url-password", r -> v("mysql://shop:" + password(r) + "@mysql.db:3306/shop"));
    g.put("mongodb-url-password", r -> v("mongodb+srv://svc:" + password(r) + "@cluster0.x1y2z.mongodb.net/orders"));
    g.put("redis-url-password", r -> v("redis://:" + password(r) + "@redis-master:6379/0"));
    g.put("amqp-url-password", r -> v("amqps://orders:" + password(r) + "@rabbitmq.queue:5671/shop"));
    g.put("jdbc-password", r -> v("jdbc:sqlserver://sql.internal:1433;databaseName=shop;user=app;password=" + password(r)));
    g.put("url-credentials", r -> v("https://deploy:" + password(r) + "@git.example.com/shop/config.git"));
    g.put("authorization-header", r -> v(r.nextBoolean()
        ? "Authorization: Bearer " + s(r, URLSAFE, 40)
        : "Authorization: Basic " + Base64.getEncoder().encodeToString(("ci:" + password(r)).getBytes(StandardCharsets.UTF_8))));
    g.put("generic-password", r -> nv(pick(r, "DB_PASSWORD", "adminPassword", "smtp.password", "REDIS_PASS"), password(r)));
    g.put("generic-api-key", r -> nv(pick(r, "PAYMENT_API_KEY", "apiKey", "SEARCH_ACCESS_KEY"), s(r, ALNUM, 32)));
    g.put("generic-token", r -> nv(pick(r, "SESSION_TOKEN", "authToken", "INTERNAL_AUTH"), s(r, URLSAFE, 40)));
    g.put("generic-secret", r -> nv(pick(r, "CLIENT_SECRET", "jwtSecret", "COOKIE_SECRET"), s(r, ALNUM + "+/", 44)));
    return g;
  }

  /** The pattern ids that have a generator. */
  public List<String> patterns() {
    return List.copyOf(generators().keySet());
  }

  /** {@code perPattern} secrets of every catalogued kind. */
  public List<Sample> secrets(int perPattern) {
    List<Sample> out = new ArrayList<>();
    for (Map.Entry<String, Function<Random, String[]>> e : generators().entrySet()) {
      for (int i = 0; i < perPattern; i++) {
        String[] nv = e.getValue().apply(random);
        out.add(new Sample(e.getKey(), nv[0], nv[1]));
      }
    }
    return out;
  }

  /** One value of a pattern, the same on every run (seeded by the pattern id). */
  public static String valueOf(String patternId) {
    Function<Random, String[]> g = new SyntheticSecrets(0).generators().get(patternId);
    if (g == null) {
      throw new IllegalArgumentException("no generator for pattern " + patternId);
    }
    return g.apply(new Random(patternId.hashCode()))[1];
  }

  // ---- building blocks ----

  private static String[] v(String value) {
    return new String[] {"", value};
  }

  private static String[] nv(String name, String value) {
    return new String[] {name, value};
  }

  /** {@code n} characters drawn from {@code alphabet} with {@code r}; shared by the tests that generate text. */
  public static String s(Random r, String alphabet, int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  @SafeVarargs
  private static <T> T pick(Random r, T... options) {
    return options[r.nextInt(options.length)];
  }

  static String uuid(Random r) {
    return s(r, HEX, 8) + "-" + s(r, HEX, 4) + "-4" + s(r, HEX, 3) + "-a" + s(r, HEX, 3) + "-" + s(r, HEX, 12);
  }

  /** 12 to 20 characters with a digit, an upper and a lower case letter, and symbols URLs accept. */
  static String password(Random r) {
    return s(r, UPPER, 1) + s(r, LOWER, 1) + s(r, DIGITS, 1) + s(r, PASSWORD, 9 + r.nextInt(9));
  }

  private static String pemBody(Random r, int chars) {
    String body = s(r, B64, chars);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < body.length(); i += 64) {
      sb.append(body, i, Math.min(body.length(), i + 64)).append('\n');
    }
    return sb.toString().strip();
  }

  private static String pem(String type, String body) {
    return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
  }

  private static String b64url(String json) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }
}
