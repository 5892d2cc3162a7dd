package dev.kubeward.pss;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VersionTest {

  @Test
  void parsesAsTheApiServerParsesLabels() {
    assertThat(Version.parse("latest")).contains(Version.LATEST);
    assertThat(Version.parse("v1.0")).contains(Version.of(0));
    assertThat(Version.parse("v1.37")).contains(Version.of(37));
    assertThat(Version.parse("v1.120")).contains(Version.of(120));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1.30", "v1.030", "v2.1", "v1.", "v1.3.1", "Latest", " v1.30", "v1.30 "})
  void refusesWhatTheApiServerRefuses(String text) {
    assertThat(Version.parse(text)).isEmpty();
  }

  @Test
  void latestIsNewerThanEveryNumberedVersion() {
    assertThat(Version.of(1000).olderThan(Version.LATEST)).isTrue();
    assertThat(Version.LATEST.olderThan(Version.of(1000))).isFalse();
    assertThat(Version.of(24).olderThan(Version.of(25))).isTrue();
    assertThat(Version.LATEST.toString()).isEqualTo("latest");
    assertThat(Version.of(25).toString()).isEqualTo("v1.25");
  }

  @Test
  void levelsParseExactly() {
    assertThat(Level.parse("restricted")).contains(Level.RESTRICTED);
    assertThat(Level.parse("Restricted")).isEmpty();
    assertThat(LevelVersion.of(Level.BASELINE, Version.of(30))).hasToString("baseline:v1.30");
  }
}
