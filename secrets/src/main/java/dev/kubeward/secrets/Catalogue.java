package dev.kubeward.secrets;

import dev.kubeward.secrets.SecretPattern.Family;
import dev.kubeward.secrets.SecretPattern.Named;
import dev.kubeward.secrets.SecretPattern.OfGroup;
import dev.kubeward.secrets.SecretPattern.Resolver;
import dev.kubeward.secrets.SecretPattern.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The credential patterns, most specific first: where two patterns match the same characters,
 * the earlier one names the finding. Formats are facts about each vendor's tokens (prefixes,
 * lengths, alphabets), written here from those facts. Every quantifier is bounded and every
 * token pattern starts with a fixed marker or a narrow class, so matching stays linear in the
 * text: no nested repetition, no unbounded backtracking.
 */
public final class Catalogue {

  private Catalogue() {}

  /** Not preceded by a character that could continue a token. */
  private static final String B = "(?<![A-Za-z0-9_])";
  /** Not followed by a character of an alphanumeric body. */
  private static final String E = "(?![A-Za-z0-9])";
  /** Not followed by a character of a body that also uses - and _. */
  private static final String E2 = "(?![A-Za-z0-9_-])";

  /**
   * [A-Za-z0-9+/] with its characters listed one by one: the same class, but Pattern keeps listed
   * characters in one table, one lookup a character, where it tests ranges one after another. For
   * the long base64 runs of a Docker config's auth values.
   */
  static final String BASE64 = "[ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/]";

  private static final List<SecretPattern> PATTERNS = build();

  /** Every pattern, in priority order. */
  public static List<SecretPattern> patterns() {
    return PATTERNS;
  }

  /** The pattern with this id. */
  public static Optional<SecretPattern> find(String id) {
    return PATTERNS.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  private static List<SecretPattern> build() {
    List<SecretPattern> p = new ArrayList<>();

    // Cloud providers
    p.add(token("aws-access-key-id", "an AWS access key id", Family.CLOUD,
        "(?<![A-Z0-9])((?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z2-7]{16})(?![A-Z0-9])", 4,
        "akia", "asia", "abia", "acca", "a3t"));
    p.add(named("aws-secret-access-key", "an AWS secret access key", Family.CLOUD,
        name("_AWS_(?:[A-Z]+_){0,4}SECRET|^_SECRET_ACCESS_KEY_$|_AWS_SECRET_", "AWS", "SECRET_ACCESS_KEY"), value("[A-Za-z0-9/+]{40}")));
    p.add(lead(18, token("gcp-service-account-key", "a GCP service account key (JSON with its private key)", Family.CLOUD,
        "\"type\"\\s{0,5}:\\s{0,5}\"service_account\"", 0, Catalogue::serviceAccount, "service_account")));
    p.add(token("gcp-api-key", "a Google API key", Family.CLOUD,
        "(?<![A-Za-z0-9_-])(AIza[0-9A-Za-z_-]{35})" + E2, 4, "aiza"));
    p.add(token("gcp-oauth-client-secret", "a Google OAuth client secret", Family.CLOUD,
        "(?<![A-Za-z0-9_-])(GOCSPX-[0-9A-Za-z_-]{28})" + E2, 7, "gocspx-"));
    p.add(both("azure-storage-account-key", "an Azure storage account key", Family.CLOUD,
        new Token(Pattern.compile("(?i:AccountKey)\\s{0,3}=\\s{0,3}([A-Za-z0-9+/]{86}==)"), List.of("accountkey"), 0,
            plain(0)),
        new Named(name("_(?:AZURE|STORAGE)_(?:[A-Z]+_){0,4}KEY_", "AZURE", "STORAGE"), value("[A-Za-z0-9+/]{86}=="))));
    p.add(token("azure-sas-token", "an Azure shared access signature", Family.CLOUD,
        "(?<![A-Za-z0-9])sig=([A-Za-z0-9%+/]{40,120})", 0, ofGroup(Catalogue::sharedAccessSignature), "sig="));
    p.add(token("azure-shared-access-key", "an Azure Service Bus, Event Hubs or IoT Hub shared access key",
        Family.CLOUD, "(?i:SharedAccessKey)\\s{0,3}=\\s{0,3}([A-Za-z0-9+/]{42,44}=)", 0, "sharedaccesskey"));
    p.add(lead(4, token("azure-ad-client-secret", "an Azure AD (Entra ID) client secret", Family.CLOUD,
        "(?<![A-Za-z0-9_~.-])([A-Za-z0-9_~.]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])", 0, "q~")));
    p.add(lead(3, token("digitalocean-token", "a DigitalOcean token", Family.CLOUD,
        B + "(do[opr]_v1_[a-f0-9]{64})" + E, 7, "_v1_")));

    // Source hosting and CI
    p.add(token("github-pat", "a GitHub personal access token", Family.CODE,
        B + "(ghp_[A-Za-z0-9]{36})" + E, 4, "ghp_"));
    p.add(token("github-fine-grained-pat", "a GitHub fine-grained personal access token", Family.CODE,
        B + "(github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})" + E, 11, "github_pat_"));
    p.add(token("github-oauth-token", "a GitHub OAuth access token", Family.CODE,
        B + "(gho_[A-Za-z0-9]{36})" + E, 4, "gho_"));
    p.add(token("github-app-token", "a GitHub App token", Family.CODE,
        B + "(gh[usr]_[A-Za-z0-9]{36})" + E, 4, "ghu_", "ghs_", "ghr_"));
    p.add(token("gitlab-pat", "a GitLab personal access token", Family.CODE,
        B + "(glpat-[0-9A-Za-z_-]{20}(?:[0-9A-Za-z_-]{7,280}\\.[0-9a-z]{9})?)" + E2, 6, "glpat-"));
    p.add(token("gitlab-token", "a GitLab runner, deploy, trigger or other token", Family.CODE,
        B + "((?:glrt|gldt|glptt|glft|glsoat|glimt|glagent|gloas|glcbt|glffct)-[0-9A-Za-z_-]{20,300}|GR1348941[0-9A-Za-z_-]{20})"
            + E2, 0, "glrt-", "gldt-", "glptt-", "glft-", "glsoat-", "glimt-", "glagent-", "gloas-", "glcbt-", "glffct-",
        "gr1348941"));

    // Chat and webhooks
    p.add(token("slack-bot-token", "a Slack bot token", Family.CHAT,
        B + "(xoxb-[0-9]{8,14}-(?:[0-9]{8,14}-)?[A-Za-z0-9]{18,34})" + E, 5, "xoxb-"));
    p.add(token("slack-user-token", "a Slack user token", Family.CHAT,
        B + "(xox[pe](?:-[0-9]{8,14}){3}-[A-Za-z0-9]{28,34})" + E, 5, "xoxp-", "xoxe-"));
    p.add(token("slack-app-token", "a Slack app-level token", Family.CHAT,
        B + "(xapp-[0-9]-[A-Z0-9]{8,14}-[0-9]{8,16}-[A-Za-z0-9]{30,70})" + E, 5, "xapp-"));
    p.add(token("slack-legacy-token", "a Slack legacy or workspace token", Family.CHAT,
        B + "(xox[aors]-(?:[0-9]-)?[0-9A-Za-z]{8,48}(?:-[0-9A-Za-z]{1,48}){0,4})" + E2, 5, "xoxa-", "xoxo-", "xoxr-", "xoxs-"));
    p.add(token("slack-webhook", "a Slack webhook URL", Family.CHAT,
        "hooks\\.slack\\.com/(?:services|workflows|triggers)/([A-Za-z0-9+/_-]{40,100})", 0, "hooks.slack.com"));
    p.add(gated("discord-bot-token", "a Discord bot token", Family.CHAT,
        "(?<![A-Za-z0-9_.-])([MNO][A-Za-z0-9_-]{23,25}\\.[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{27,38})(?![A-Za-z0-9_.-])",
        Catalogue::dotsSevenApart, ofGroup(Catalogue::discordBot)));
    p.add(token("discord-webhook", "a Discord webhook URL", Family.CHAT,
        "discord(?:app)?\\.com/api/webhooks/[0-9]{17,20}/([A-Za-z0-9_-]{60,68})" + E2, 0, "discord"));
    p.add(lead(10, token("telegram-bot-token", "a Telegram bot token", Family.CHAT,
        "(?<![0-9])([0-9]{8,10}:AA[A-Za-z0-9_-]{33})" + E2, 0, ":aa")));
    p.add(lead(20, token("teams-webhook", "a Microsoft Teams incoming webhook URL", Family.CHAT,
        "\\.webhook\\.office\\.com/webhookb2/([A-Za-z0-9@/-]{60,300})", 0, "webhookb2")));

    // Payments and commerce
    p.add(token("stripe-secret-key", "a Stripe secret or restricted key", Family.PAYMENTS,
        B + "((?:sk|rk)_(?:live|test|prod)_[A-Za-z0-9]{24,99})" + E, 8,
        "sk_live_", "sk_test_", "sk_prod_", "rk_live_", "rk_test_", "rk_prod_"));
    p.add(token("stripe-webhook-secret", "a Stripe webhook signing secret", Family.PAYMENTS,
        B + "(whsec_[A-Za-z0-9]{32,64})" + E, 6, "whsec_"));
    p.add(token("square-access-token", "a Square access token", Family.PAYMENTS,
        "(?<![A-Za-z0-9_-])(EAAA[A-Za-z0-9_-]{60}|sq0atp-[A-Za-z0-9_-]{22})" + E2, 0, "eaaa", "sq0atp-"));
    p.add(token("square-oauth-secret", "a Square OAuth application secret", Family.PAYMENTS,
        "(?<![A-Za-z0-9_-])(sq0csp-[A-Za-z0-9_-]{43})" + E2, 7, "sq0csp-"));
    p.add(token("shopify-token", "a Shopify access token or shared secret", Family.PAYMENTS,
        B + "(shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32})" + E, 6, "shpat_", "shpca_", "shppa_", "shpss_"));
    p.add(token("braintree-access-token", "a Braintree (PayPal) access token", Family.PAYMENTS,
        "(access_token\\$(?:production|sandbox)\\$[0-9a-z]{16}\\$[0-9a-f]{32})", 0, "access_token$"));

    // E-mail and messaging
    p.add(token("twilio-api-key", "a Twilio API key", Family.MESSAGING,
        "(?<![A-Za-z0-9])(SK[0-9a-f]{32})" + E, 2, "sk"));
    p.add(named("twilio-auth-token", "a Twilio auth token", Family.MESSAGING,
        name("_TWILIO_(?:[A-Z]+_){0,3}(?:TOKEN|AUTH|SECRET)", "TWILIO"), value("[0-9a-f]{32}")));
    p.add(token("sendgrid-api-key", "a SendGrid API key", Family.MESSAGING,
        B + "(SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43})" + E2, 3, "sg."));
    p.add(both("mailgun-api-key", "a Mailgun API key", Family.MESSAGING,
        new Token(Pattern.compile("(?<![A-Za-z0-9])(key-[0-9a-f]{32})" + E), List.of("key-"), 4, near("mailgun")),
        new Named(name("_MAILGUN_", "MAILGUN"), value("key-[0-9a-f]{32}|[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8}"))));
    p.add(lead(32, token("mailchimp-api-key", "a Mailchimp API key", Family.MESSAGING,
        "(?<![A-Za-z0-9])([0-9a-f]{32}-us[0-9]{1,2})" + E, 0, "-us")));

    // Package and image registries
    p.add(token("npm-token", "an npm access token", Family.REGISTRIES,
        B + "(npm_[A-Za-z0-9]{36})" + E, 4, "npm_"));
    p.add(token("npmrc-auth-token", "a registry auth token in an .npmrc", Family.REGISTRIES,
        "_(?:authToken|auth|password)\\s{0,3}=\\s{0,3}([^\\s\"']{10,400})", 0, "_authtoken", "_auth", "_password"));
    p.add(token("pypi-token", "a PyPI upload token", Family.REGISTRIES,
        "(pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,1000})" + E2, 5, "pypi-ageichlwas5vcmc"));
    p.add(token("rubygems-api-key", "a RubyGems API key", Family.REGISTRIES,
        B + "(rubygems_[a-f0-9]{48})" + E, 9, "rubygems_"));
    p.add(token("docker-hub-token", "a Docker Hub access token", Family.REGISTRIES,
        B + "(dckr_(?:pat|oat)_[A-Za-z0-9_-]{27,80})" + E2, 9, "dckr_pat_", "dckr_oat_"));
    p.add(token("docker-config-auth", "a registry password in a Docker config (auth)", Family.REGISTRIES,
        "\"auth\"\\s{0,5}:\\s{0,5}\"(" + BASE64 + "{8,800}={0,2})\"", 0, ofGroup(Catalogue::dockerAuth), "\"auth\""));

    // Platforms, infrastructure and observability
    p.add(both("heroku-api-key", "a Heroku API key", Family.PLATFORMS,
        new Token(Pattern.compile(B + "(HRKU-AA[0-9A-Za-z_-]{58})" + E2), List.of("hrku-aa"), 7, plain(7)),
        new Named(name("_HEROKU_(?:[A-Z]+_){0,3}(?:KEY|TOKEN|APIKEY)_", "HEROKU"),
            value("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"))));
    p.add(named("datadog-api-key", "a Datadog API key", Family.PLATFORMS,
        name("_(?:DD|DATADOG)_(?:[A-Z]+_){0,3}API_?KEY_|_DATADOG_KEY_", "DD", "DATADOG"), value("[0-9a-f]{32}")));
    p.add(named("datadog-app-key", "a Datadog application key", Family.PLATFORMS,
        name("_(?:DD|DATADOG)_(?:[A-Z]+_){0,3}APP(?:LICATION)?_?KEY_", "DD", "DATADOG"), value("[0-9a-f]{40}")));
    p.add(both("vault-token", "a HashiCorp Vault token", Family.PLATFORMS,
        new Token(Pattern.compile(B + "(hv[sb]\\.[A-Za-z0-9_-]{24,300})" + E2), List.of("hvs.", "hvb."), 4, plain(4)),
        new Named(name("_VAULT_(?:[A-Z]+_){0,3}TOKEN_", "VAULT"), value("s\\.[A-Za-z0-9]{24}"))));
    p.add(lead(14, token("terraform-cloud-token", "a Terraform Cloud / HCP Terraform API token", Family.PLATFORMS,
        "(?<![A-Za-z0-9])([A-Za-z0-9]{14}\\.atlasv1\\.[A-Za-z0-9_=-]{60,70})" + E2, 0, ".atlasv1.")));
    p.add(token("databricks-token", "a Databricks access token", Family.PLATFORMS,
        B + "(dapi[a-f0-9]{32}(?:-[0-9])?)" + E, 4, "dapi"));
    p.add(token("grafana-token", "a Grafana service account or cloud token", Family.PLATFORMS,
        B + "(glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}|glc_[A-Za-z0-9+/]{32,400}={0,2}|eyJrIjoi[A-Za-z0-9]{70,400}={0,2})"
            + "(?![A-Za-z0-9+/=])", 0, "glsa_", "glc_", "eyjrijoi"));
    p.add(token("new-relic-key", "a New Relic API or license key", Family.PLATFORMS,
        B + "(NR(?:AK|II|JS)-[A-Za-z0-9]{19,32})" + E, 5, "nrak-", "nrii-", "nrjs-"));
    p.add(token("sentry-token", "a Sentry auth token", Family.PLATFORMS,
        B + "(sntry[us]_[A-Za-z0-9+/=_]{40,400})(?![A-Za-z0-9+/=_])", 7, "sntryu_", "sntrys_"));
    p.add(token("atlassian-api-token", "an Atlassian API token", Family.PLATFORMS,
        B + "(ATATT3[A-Za-z0-9_=-]{180,190})" + E2, 6, "atatt3"));
    p.add(token("openshift-token", "an OpenShift user or service account token", Family.PLATFORMS,
        B + "(sha256~[A-Za-z0-9_-]{43})" + E2, 7, "sha256~"));
    p.add(token("age-secret-key", "an age secret key (SOPS)", Family.PLATFORMS,
        "(AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})" + E, 16, "age-secret-key-1"));
    p.add(token("doppler-token", "a Doppler token", Family.PLATFORMS,
        B + "(dp\\.(?:pt|st|sa|ct|scim|audit)\\.[A-Za-z0-9]{40,44})" + E, 6,
        "dp.pt.", "dp.st.", "dp.sa.", "dp.ct.", "dp.scim.", "dp.audit."));

    // AI services
    p.add(lead(171, token("openai-api-key", "an OpenAI API key", Family.AI,
        B + "(sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,160}T3BlbkFJ[A-Za-z0-9_-]{20,160}|sk-proj-[A-Za-z0-9_-]{100,200})"
            + E2, 3, "t3blbkfj", "sk-proj-")));
    p.add(token("anthropic-api-key", "an Anthropic API key", Family.AI,
        B + "(sk-ant-(?:api03|admin01)-[A-Za-z0-9_-]{93}AA)" + E2, 14, "sk-ant-"));
    p.add(token("huggingface-token", "a Hugging Face access token", Family.AI,
        B + "(hf_[A-Za-z]{34})" + E, 3, "hf_"));

    // Private keys and signed tokens
    p.add(pemKey("private-key-rsa", "an RSA private key (PEM)", "RSA PRIVATE KEY"));
    p.add(pemKey("private-key-ec", "an EC private key (PEM)", "EC PRIVATE KEY"));
    p.add(pemKey("private-key-dsa", "a DSA private key (PEM)", "DSA PRIVATE KEY"));
    p.add(pemKey("private-key-openssh", "an OpenSSH private key", "OPENSSH PRIVATE KEY"));
    p.add(pemKey("private-key-pkcs8", "a PKCS#8 private key (PEM)", "PRIVATE KEY"));
    p.add(pemKey("private-key-encrypted", "an encrypted PKCS#8 private key (PEM)", "ENCRYPTED PRIVATE KEY"));
    p.add(pemKey("pgp-private-key", "a PGP private key block", "PGP PRIVATE KEY BLOCK"));
    p.add(token("putty-private-key", "a PuTTY private key", Family.KEYS,
        "PuTTY-User-Key-File-[23]: [a-z0-9-]{3,30}", 0, Catalogue::putty, "putty-user-key-file-"));
    p.add(token("jwt", "a JSON Web Token", Family.KEYS,
        "(?<![A-Za-z0-9_-])(eyJ[A-Za-z0-9_-]{10,2000}\\.eyJ[A-Za-z0-9_-]{2,8000}\\.[A-Za-z0-9_-]{16,2000})" + E2, 0,
        ofGroup(Catalogue::jwt), "eyj"));

    // Connection strings, URLs and headers
    p.add(gated("postgres-url-password", "a PostgreSQL connection URL with a password", Family.CONNECTIONS,
        url("postgres(?:ql)?(?:\\+[a-z0-9]{1,20})?"), Catalogue::hasAt, ofGroup(Catalogue::urlPassword), "postgres"));
    p.add(gated("mysql-url-password", "a MySQL or MariaDB connection URL with a password", Family.CONNECTIONS,
        url("(?:mysql|mariadb)(?:\\+[a-z0-9]{1,20})?"), Catalogue::hasAt, ofGroup(Catalogue::urlPassword), "mysql", "mariadb"));
    p.add(gated("mongodb-url-password", "a MongoDB connection URL with a password", Family.CONNECTIONS,
        url("mongodb(?:\\+srv)?"), Catalogue::hasAt, ofGroup(Catalogue::urlPassword), "mongodb"));
    p.add(gated("redis-url-password", "a Redis connection URL with a password", Family.CONNECTIONS,
        url("rediss?"), Catalogue::hasAt, ofGroup(Catalogue::urlPassword), "redis"));
    p.add(gated("amqp-url-password", "an AMQP (RabbitMQ) connection URL with a password", Family.CONNECTIONS,
        url("amqps?"), Catalogue::hasAt, ofGroup(Catalogue::urlPassword), "amqp"));
    p.add(token("jdbc-password", "a JDBC connection string with a password", Family.CONNECTIONS,
        "jdbc:[a-z0-9]{2,20}:[^\\s\"']{0,300}?[;?&:](?i:password)=([^;&\\s\"']{1,200})", 0, ofGroup(Catalogue::urlPassword),
        "jdbc:"));
    p.add(lead(21, gated("url-credentials", "a URL with a user name and password", Family.CONNECTIONS,
        url("[a-z][a-z0-9+.-]{1,20}"), Catalogue::hasAt, ofGroup(Catalogue::urlPassword), "://")));
    p.add(token("authorization-header", "an HTTP Authorization header with credentials", Family.CONNECTIONS,
        "(?i:authorization)[\"']?\\s{0,3}[:=]\\s{0,3}[\"']?((?i:basic|bearer|token)\\s{1,3}[A-Za-z0-9._~+/=-]{16,2000})",
        0, Catalogue::authorization, "authorization"));

    // Generic assignments: a name that says "secret" and a value strong enough to be one (passwords
    // from 6 characters; keys, tokens and secrets, which machines make, from 8)
    p.add(named("generic-password", "a password", Family.GENERIC,
        n -> n.kind() == SecretNames.Kind.PASSWORD, v -> Values.strongEnough(v, 6)));
    p.add(named("generic-api-key", "an API key", Family.GENERIC,
        n -> n.kind() == SecretNames.Kind.API_KEY, v -> Values.strongEnough(v, 8)));
    p.add(named("generic-token", "a token", Family.GENERIC,
        n -> n.kind() == SecretNames.Kind.TOKEN, v -> Values.strongEnough(v, 8)));
    p.add(named("generic-secret", "a secret", Family.GENERIC,
        n -> n.kind() == SecretNames.Kind.SECRET, v -> Values.strongEnough(v, 8)));
    return List.copyOf(p);
  }

  // ---- builders ----

  /**
   * A token pattern whose keyword may come up to {@code chars} characters into a match (after a
   * scheme, a random part or a PEM's dashes) rather than at its start: where the detector tries it.
   */
  private static SecretPattern lead(int chars, SecretPattern pattern) {
    return pattern.lead(chars);
  }

  /** A PEM block that holds a private key: its BEGIN line, found by the line's words. */
  private static SecretPattern pemKey(String id, String description, String label) {
    return lead(5, token(id, description, Family.KEYS, "-----BEGIN " + label + "-----", 0, Catalogue::pem,
        "begin " + label.toLowerCase(java.util.Locale.ROOT)));
  }

  private static SecretPattern token(String id, String label, Family family, String regex, int prefix, String... keywords) {
    return token(id, label, family, regex, prefix, plain(prefix), keywords);
  }

  private static SecretPattern token(
      String id, String label, Family family, String regex, int prefix, Resolver resolver, String... keywords) {
    return new SecretPattern(id, label, family,
        Optional.of(new Token(Pattern.compile(regex), List.of(keywords), prefix, resolver)), Optional.empty());
  }

  /** A token pattern whose expression runs only on texts that pass {@code gate}. */
  private static SecretPattern gated(String id, String label, Family family, String regex, Predicate<String> gate,
      Resolver resolver, String... keywords) {
    return new SecretPattern(id, label, family,
        Optional.of(new Token(Pattern.compile(regex), List.of(keywords), 0, resolver, gate)), Optional.empty());
  }

  /** A URL's user information ends with @: no @, no password. */
  private static boolean hasAt(String text) {
    return text.indexOf('@') >= 0;
  }

  /**
   * Two dots seven characters apart after 23 token characters, as between a Discord bot token's
   * parts, with room for the 27 characters its last part has at least. The gate runs on every value
   * and config files are full of dots: after a dot that fails, the next that can pass is 24 further
   * on, since the 23 characters before it must be token characters and a dot is none.
   */
  static boolean dotsSevenApart(String text) {
    // The first dot has 23 characters before it and DISCORD_AFTER_FIRST_DOT from it: shorter values need no search.
    if (text.length() < 23 + DISCORD_AFTER_FIRST_DOT) {
      return false;
    }
    for (int i = text.indexOf('.', 23); i >= 0 && i + DISCORD_AFTER_FIRST_DOT <= text.length();
        i = text.indexOf('.', i + 24)) {
      if (text.charAt(i + 7) == '.' && tokenChars(text, i - 23, i) && tokenChars(text, i + 1, i + 7)) {
        return true;
      }
    }
    return false;
  }

  /** A Discord bot token's first dot, the six characters and the dot after it, and the 27 characters its last part has at least. */
  private static final int DISCORD_AFTER_FIRST_DOT = 1 + 6 + 1 + 27;

  private static boolean tokenChars(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-')) {
        return false;
      }
    }
    return true;
  }

  private static SecretPattern named(
      String id, String label, Family family, Predicate<SecretPattern.Name> name, Predicate<String> value) {
    return new SecretPattern(id, label, family, Optional.empty(), Optional.of(new Named(name, value)));
  }

  private static SecretPattern both(String id, String label, Family family, Token token, Named named) {
    return new SecretPattern(id, label, family, Optional.of(token), Optional.of(named));
  }

  /** A scheme's URL with user information: the password is group 1 (no / ? # @ in it, as RFC 3986 requires). */
  private static String url(String scheme) {
    return "(?<![A-Za-z0-9+.-])(?i:" + scheme + ")://[^\\s:/?#@\"']{0,100}:([^\\s/?#@\"']{1,200})@";
  }

  /**
   * Tests a name by its words joined with {@code _} and framed by {@code _}: {@code dd-api-key}
   * and {@code ddApiKey} both read {@code _DD_API_KEY_}. Every match of {@code regex} holds one of
   * the sequences of {@code words} as whole words ({@code _AWS_}), which a plain search finds
   * first: most names hold none, and then the expression need not run.
   */
  static NameTest name(String regex, String... words) {
    return new NameTest(Pattern.compile(regex), java.util.Arrays.stream(words).map(w -> "_" + w + "_").toList());
  }

  /** A name's expression, run only when its framed words hold one of {@code framedWords}. */
  record NameTest(Pattern regex, List<String> framedWords) implements Predicate<SecretPattern.Name> {
    @Override
    public boolean test(SecretPattern.Name n) {
      String framed = n.framed();
      for (int i = 0; i < framedWords.size(); i++) {
        if (framed.contains(framedWords.get(i))) {
          return regex.matcher(framed).find();
        }
      }
      return false;
    }
  }

  /** A whole value of this shape, random enough, and no placeholder. */
  private static Predicate<String> value(String regex) {
    Pattern p = Pattern.compile(regex);
    return v -> p.matcher(v).matches() && Values.entropyAtLeast(v, Values.TOKEN_ENTROPY) && !Values.isTokenPlaceholder(v);
  }

  // ---- resolvers: is this match a secret, and where is it ----

  /** The token (group 1 if any): random past its prefix, not a placeholder nor a vendor's example. */
  private static Resolver plain(int prefix) {
    return new OfGroup((text, m) -> {
      int g = OfGroup.group(m);
      String secret = m.group(g);
      String body = secret.substring(Math.min(prefix, secret.length()));
      if (Values.isTokenPlaceholder(secret) || Values.hasRun(body, 6)
          || (body.length() >= 16 && !Values.entropyAtLeast(body, Values.TOKEN_ENTROPY))) {
        return Optional.empty();
      }
      return Optional.of(new int[] {m.start(g), m.end(g)});
    });
  }

  /** A plain token, only where the text names its vendor (a Mailgun key-... next to "mailgun"). */
  private static Resolver near(String word) {
    Resolver plain = plain(0);
    return new OfGroup((text, m) -> text.toLowerCase(Locale.ROOT).contains(word) ? plain.resolve(text, m) : Optional.empty());
  }

  /**
   * A resolver that finds the secret, when the match is one, at the match's group 1 (all of these
   * expressions have one, and it always takes part).
   */
  private static Resolver ofGroup(Resolver judge) {
    return new OfGroup(judge);
  }

  /**
   * A service account key file, when it carries its private key: the secret is that key's value
   * (the rest of the JSON names the account). Its PEM body is not reported again as a PEM key.
   */
  private static Optional<int[]> serviceAccount(String text, Matcher m) {
    Matcher key = PRIVATE_KEY_FIELD.matcher(text);
    if (!key.find()) {
      return Optional.empty();
    }
    int start = key.end();
    int end = start;
    while (end < text.length() && text.charAt(end) != '"') {
      end += text.charAt(end) == '\\' ? 2 : 1;
    }
    end = Math.min(end, text.length());
    return text.substring(start, end).contains("PRIVATE KEY") ? Optional.of(new int[] {start, end}) : Optional.empty();
  }

  /** Where the value of "private_key" starts, past its opening quote. */
  private static final Pattern PRIVATE_KEY_FIELD = Pattern.compile("\"private_key\"\\s{0,5}:\\s{0,5}\"");

  /** sig= is a SAS only with the other SAS parameters beside it (sv= and se= or sp=). */
  private static Optional<int[]> sharedAccessSignature(String text, Matcher m) {
    String around = text.substring(Math.max(0, m.start() - 600), Math.min(text.length(), m.end() + 600));
    if (!around.contains("sv=") || !(around.contains("se=") || around.contains("sp="))) {
      return Optional.empty();
    }
    return plain(0).resolve(text, m);
  }

  /** A Discord bot token's first part is the bot's numeric user id in base64. */
  private static Optional<int[]> discordBot(String text, Matcher m) {
    String first = m.group(1).substring(0, m.group(1).indexOf('.'));
    return Base64Text.decodeText(padded(first)).filter(id -> id.matches("[0-9]{15,21}")).isPresent()
        ? plain(0).resolve(text, m) : Optional.empty();
  }

  /** A Docker config's auth is base64 of user:password; a real password makes it a finding. */
  private static Optional<int[]> dockerAuth(String text, Matcher m) {
    return Base64Text.decodeText(m.group(1))
        .filter(up -> up.indexOf(':') > 0 && realPassword(up.substring(up.indexOf(':') + 1)))
        .map(up -> new int[] {m.start(1), m.end(1)});
  }

  /** Basic credentials must decode to user:password with a real password; a bearer token must be random. */
  private static Optional<int[]> authorization(String text, Matcher m) {
    String value = m.group(1);
    int space = 0;
    while (!Character.isWhitespace(value.charAt(space))) {
      space++;
    }
    String scheme = value.substring(0, space).toLowerCase(Locale.ROOT);
    String credentials = value.substring(space).strip();
    int start = m.end(1) - credentials.length();
    if (scheme.equals("basic")) {
      return Base64Text.decodeText(credentials)
          .filter(up -> up.indexOf(':') > 0 && realPassword(up.substring(up.indexOf(':') + 1)))
          .map(up -> new int[] {start, m.end(1)});
    }
    if (Values.isTokenPlaceholder(credentials) || !Values.entropyAtLeast(credentials, Values.TOKEN_ENTROPY)) {
      return Optional.empty();
    }
    return Optional.of(new int[] {start, m.end(1)});
  }

  /** The password of a URL or connection string (group 1), unless a placeholder or reference. */
  private static Optional<int[]> urlPassword(String text, Matcher m) {
    return realPassword(m.group(1)) ? Optional.of(new int[] {m.start(1), m.end(1)}) : Optional.empty();
  }

  private static boolean realPassword(String password) {
    String p = password.strip();
    if (p.length() < 3 || Values.isPlaceholder(p)) {
      return false;
    }
    String decoded = decodePercent(p);
    return decoded.equals(p) || !Values.isPlaceholder(decoded);
  }

  private static String decodePercent(String s) {
    try {
      return java.net.URLDecoder.decode(s, java.nio.charset.StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }

  /** A JWT's header is a JSON object naming its algorithm (or type). */
  private static Optional<int[]> jwt(String text, Matcher m) {
    String token = m.group(1);
    String header = token.substring(0, token.indexOf('.'));
    boolean json = Base64Text.decodeText(padded(header))
        .filter(h -> h.strip().startsWith("{") && (h.contains("\"alg\"") || h.contains("\"typ\"")))
        .isPresent();
    return json && !Values.isVendorExample(token) ? Optional.of(new int[] {m.start(1), m.end(1)}) : Optional.empty();
  }

  /**
   * A PEM private key: its header, and a body of at least 64 base64 characters before its END
   * line (a header with "..." or a few characters is documentation). The secret runs to the END
   * line, or the body's end when the text was cut.
   */
  private static Optional<int[]> pem(String text, Matcher m) {
    int bodyStart = m.end();
    int endLine = text.indexOf("-----END", bodyStart);
    int stop = endLine < 0 ? Math.min(text.length(), bodyStart + 20_000) : endLine;
    int base64 = 0;
    for (int i = bodyStart; i < stop; i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < stop && text.charAt(i + 1) == 'n') {
        i++;
      } else if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/') {
        base64++;
      }
    }
    if (base64 < 64 || text.substring(bodyStart, stop).contains("...")) {
      return Optional.empty();
    }
    int end = stop;
    if (endLine >= 0) {
      int close = text.indexOf("-----", endLine + 8);
      end = close < 0 ? stop : close + 5;
    }
    return Optional.of(new int[] {m.start(), end});
  }

  /** A PuTTY key file holds its private part after Private-Lines. */
  private static Optional<int[]> putty(String text, Matcher m) {
    int priv = text.indexOf("Private-Lines:", m.end());
    if (priv < 0) {
      return Optional.empty();
    }
    int end = text.indexOf("Private-MAC:", priv);
    return Optional.of(new int[] {m.start(), end < 0 ? text.length() : end});
  }

  private static String padded(String base64url) {
    int pad = (4 - base64url.length() % 4) % 4;
    return base64url + "=".repeat(pad);
  }
}
