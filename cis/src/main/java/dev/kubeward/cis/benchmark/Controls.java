package dev.kubeward.cis.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The benchmark's sections and controls, read once from {@code cis-1.10.tsv} beside this class. */
public final class Controls {

  /** A section: its id and title. */
  public record Section(String id, String title) {}

  public static final String VERSION = "cis-1.10";

  private static final Controls CIS_1_10 = load("cis-1.10.tsv");

  private final List<Section> sections;
  private final Map<String, Control> controls;

  private Controls(List<Section> sections, Map<String, Control> controls) {
    this.sections = List.copyOf(sections);
    this.controls = java.util.Collections.unmodifiableMap(controls);
  }

  public static Controls cis110() {
    return CIS_1_10;
  }

  public List<Section> sections() {
    return sections;
  }

  /** Every control, in the benchmark's order. */
  public List<Control> controls() {
    return List.copyOf(controls.values());
  }

  public Optional<Control> control(String id) {
    return Optional.ofNullable(controls.get(id));
  }

  private static Controls load(String name) {
    List<Section> sections = new ArrayList<>();
    Map<String, Control> controls = new LinkedHashMap<>();
    try (InputStream in = Controls.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the class path");
      }
      String section = "";
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String[] cols = line.split("\t");
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        if (cols[0].equals("section")) {
          section = cols[1];
          sections.add(new Section(cols[1], cols[2]));
        } else {
          Control.Scoring scoring = Control.Scoring.valueOf(cols[2].toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
          controls.put(cols[1], new Control(cols[1], section, cols[3], scoring));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Controls(sections, controls);
  }
}
