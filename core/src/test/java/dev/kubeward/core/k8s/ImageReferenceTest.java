package dev.kubeward.core.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ImageReferenceTest {

  private static final String SHA = "sha256:" + "0123456789abcdef".repeat(4);

  private static ImageReference parse(String text) {
    return ImageReference.parse(text).orElseThrow(() -> new AssertionError("no image reference: " + text));
  }

  @ParameterizedTest
  @CsvSource(nullValues = "-", value = {
    "nginx,                               docker.io,          library/nginx,       -",
    "nginx:1.25,                          docker.io,          library/nginx,       1.25",
    "library/nginx:latest,                docker.io,          library/nginx,       latest",
    "bitnami/redis:7.2,                   docker.io,          bitnami/redis,       7.2",
    "docker.io/nginx,                     docker.io,          library/nginx,       -",
    "index.docker.io/nginx:1,             docker.io,          library/nginx,       1",
    "docker.io/org/app,                   docker.io,          org/app,             -",
    "registry.example.com/team/app:v2,    registry.example.com, team/app,          v2",
    "registry.example.com:5000/app:v2,    registry.example.com:5000, app,          v2",
    "registry:5000/app,                   registry:5000,      app,                 -",
    "localhost/app:dev,                   localhost,          app,                 dev",
    "localhost:5000/a/b/c:1,              localhost:5000,     a/b/c,               1",
    "Registry.IO/app,                     Registry.IO,        app,                 -",
    "MyHost/app,                          MyHost,             app,                 -",
    "[::1]:5000/app:1,                    [::1]:5000,         app,                 1",
    "ghcr.io/o/my_app__x-y.z:1.0-rc_1,    ghcr.io,            o/my_app__x-y.z,     1.0-rc_1",
    "gcr.io/proj/app--x:T_AG,             gcr.io,             proj/app--x,         T_AG",
  })
  void parsesRegistryRepositoryAndTag(String text, String registry, String repository, String tag) {
    ImageReference ref = parse(text);

    assertThat(ref.registry()).isEqualTo(registry);
    assertThat(ref.repository()).isEqualTo(repository);
    assertThat(ref.tag()).isEqualTo(Optional.ofNullable(tag));
    assertThat(ref.digest()).isEmpty();
  }

  @Test
  void aDigestPinsTheImage() {
    ImageReference ref = parse("quay.io/org/app@" + SHA);

    assertThat(ref.digest()).contains(SHA);
    assertThat(ref.tag()).isEmpty();
    assertThat(ref.hasMutableTag()).isFalse();
    assertThat(ref.isLatest()).isFalse();
  }

  @Test
  void aTagAndADigestKeepBoth() {
    ImageReference ref = parse("localhost:5000/app:1.2@" + SHA);

    assertThat(ref.registry()).isEqualTo("localhost:5000");
    assertThat(ref.tag()).contains("1.2");
    assertThat(ref.digest()).contains(SHA);
    assertThat(ref.hasMutableTag()).isFalse();
  }

  @Test
  void sha512DigestsAreAccepted() {
    assertThat(parse("app@sha512:" + "ab".repeat(64)).digest()).isPresent();
  }

  @Test
  void noTagMeansLatest() {
    assertThat(parse("nginx").isLatest()).isTrue();
    assertThat(parse("nginx:latest").isLatest()).isTrue();
    assertThat(parse("nginx:1").isLatest()).isFalse();
    assertThat(parse("nginx:1").hasMutableTag()).isTrue();
  }

  static List<String> invalid() {
    return List.of(
        "", " ", "nginx latest", ":tag", "nginx:", "nginx@", "@" + SHA, "UPPER", "library/UPPER",
        "nginx@sha256:abc", "nginx@sha256:" + "0123456789ABCDEF".repeat(4),
        "nginx@md5:0123456789abcdef0123456789abcdef", "nginx:-bad", "nginx:" + "t".repeat(129),
        "repo//app", "repo/app/", "-app", "app-", "my..reg/app", "reg_istry.io/app", "reg.io:port/app",
        "a@b@" + SHA, "example.com/", "ex ample.com/app");
  }

  @ParameterizedTest
  @MethodSource("invalid")
  void refusesInvalidReferences(String text) {
    assertThat(ImageReference.parse(text)).as("'%s'", text).isEmpty();
  }

  /** The grammars as regular expressions, which the hand-written matchers must agree with. */
  private static final java.util.regex.Pattern DIGEST =
      java.util.regex.Pattern.compile("sha256:[a-f0-9]{64}|sha384:[a-f0-9]{96}|sha512:[a-f0-9]{128}");
  private static final java.util.regex.Pattern TAG = java.util.regex.Pattern.compile("[\\w][\\w.-]{0,127}");
  private static final String COMPONENT = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
  private static final java.util.regex.Pattern REPOSITORY =
      java.util.regex.Pattern.compile(COMPONENT + "(?:/" + COMPONENT + ")*");
  private static final String HOST_LABEL = "[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?";
  private static final java.util.regex.Pattern REGISTRY =
      java.util.regex.Pattern.compile("(?:" + HOST_LABEL + "(?:\\." + HOST_LABEL + ")*|\\[[0-9a-fA-F:.]+])(?::[0-9]+)?");

  @Test
  void handWrittenRegistryMatcherAgreesWithTheGrammarOnGeneratedText() {
    java.util.Random random = new java.util.Random(20261123);
    String alphabet = "aZ09fF-.:[]x/_";
    int accepted = 0;
    for (int n = 0; n < 200_000; n++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(10);
      for (int i = 0; i < length; i++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = sb.toString();
      boolean expected = REGISTRY.matcher(text).matches();
      assertThat(ImageReference.isRegistry(text)).as("registry '%s'", text).isEqualTo(expected);
      accepted += expected ? 1 : 0;
    }
    assertThat(accepted).as("generated text the registry grammar accepts").isGreaterThan(1_000);
    for (String host : List.of("ghcr.io", "registry.example.com:5000", "localhost:5000", "[::1]:5000", "[fe80::1]",
        "a-b.c", "-a.io", "a-.io", "a..io", "a.io:", "[]", "[::1", "A.IO")) {
      assertThat(ImageReference.isRegistry(host)).as(host).isEqualTo(REGISTRY.matcher(host).matches());
    }
  }

  @Test
  void handWrittenMatchersAgreeWithTheGrammarsOnGeneratedText() {
    java.util.Random random = new java.util.Random(20261122);
    String alphabet = "abz09AZ._-/:@_-";
    int accepted = 0;
    for (int n = 0; n < 200_000; n++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(12);
      for (int i = 0; i < length; i++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = sb.toString();
      assertThat(ImageReference.isRepository(text)).as("repository '%s'", text).isEqualTo(REPOSITORY.matcher(text).matches());
      assertThat(ImageReference.isTag(text)).as("tag '%s'", text).isEqualTo(TAG.matcher(text).matches());
      accepted += REPOSITORY.matcher(text).matches() ? 1 : 0;
    }
    assertThat(accepted).as("generated text the repository grammar accepts").isGreaterThan(1_000);
    String hex = "0123456789abcdef";
    for (String algorithm : List.of("sha256", "sha384", "sha512", "sha1", "SHA256")) {
      for (int length : new int[] {0, 63, 64, 95, 96, 127, 128, 129}) {
        StringBuilder sb = new StringBuilder(algorithm).append(':');
        for (int i = 0; i < length; i++) {
          sb.append(hex.charAt(random.nextInt(hex.length())));
        }
        String digest = sb.toString();
        assertThat(ImageReference.isDigest(digest)).as(digest).isEqualTo(DIGEST.matcher(digest).matches());
        String upper = digest.replace('a', 'A');
        assertThat(ImageReference.isDigest(upper)).as(upper).isEqualTo(DIGEST.matcher(upper).matches());
      }
    }
    assertThat(ImageReference.isTag("t".repeat(128))).isTrue();
    assertThat(ImageReference.isTag("t".repeat(129))).isFalse();
  }
}
