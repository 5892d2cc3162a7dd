package dev.kubeward.pss;

/** A level at a version, written {@code restricted:v1.30} as upstream does. */
public record LevelVersion(Level level, Version version) {

  public static LevelVersion of(Level level, Version version) {
    return new LevelVersion(level, version);
  }

  @Override
  public String toString() {
    return level.label() + ":" + version;
  }
}
