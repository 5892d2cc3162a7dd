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
}
