package dev.kubeward.secrets.testing;

import dev.kubeward.secrets.testing.SyntheticSecrets.Sample;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes samples into the places the secrets rules look, one sample a place, in turn: an
 * environment variable, a container argument, a ConfigMap key, a config file inside a ConfigMap,
 * an annotation, a custom resource's field, a Helm values file. Sample {@code i} lives in the
 * resource (or values key) named {@code case-i}, so a finding maps back to its sample.
 */
public final class TestSet {

  /** The places, in the order samples are dealt to them. */
  public enum Place { ENV, ARGS, CONFIGMAP_KEY, CONFIGMAP_FILE, ANNOTATION, CUSTOM_RESOURCE, HELM_VALUES }

  private static final Pattern CASE = Pattern.compile("case-(\\d+)");

  private TestSet() {}

  public static Place place(int index) {
    return Place.values()[index % Place.values().length];
  }

  /** Writes {@code manifests.yaml} and {@code values.yaml} into {@code dir}. */
  public static void write(Path dir, List<Sample> samples) throws IOException {
    StringBuilder manifests = new StringBuilder();
    StringBuilder values = new StringBuilder("# Helm values of the secrets test set\n");
    for (int i = 0; i < samples.size(); i++) {
      Sample s = samples.get(i);
      String name = "case-" + i;
      String key = s.name().isEmpty() ? "config" : s.name();
      String v = q(s.value());
      switch (place(i)) {
        case ENV -> manifests.append("""
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: %s, namespace: testset}
            spec:
              selector: {matchLabels: {app: %s}}
              template:
                metadata: {labels: {app: %s}}
                spec:
                  containers:
                  - name: app
                    image: registry.example/app:1.0
                    env:
                    - name: %s
                      value: %s
            """.formatted(name, name, name, q(s.name().isEmpty() ? "SETTING_" + i : s.name()), v));
        case ARGS -> manifests.append("""
            apiVersion: v1
            kind: Pod
            metadata: {name: %s, namespace: testset}
            spec:
              containers:
              - name: app
                image: registry.example/app:1.0
                args: ["--verbose", %s]
            """.formatted(name, s.name().isEmpty() ? v : q("--" + s.name() + "=" + s.value())));
        case CONFIGMAP_KEY -> manifests.append("""
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: %s, namespace: testset}
            data:
              %s: %s
            """.formatted(name, q(key), v));
        case CONFIGMAP_FILE -> manifests.append("""
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: %s, namespace: testset}
            data:
              app.properties: %s
            """.formatted(name, q("# shop settings\nlog.level=info\n"
                + (s.name().isEmpty() ? s.value() : s.name() + "=" + s.value()) + "\nserver.port=8080\n")));
        case ANNOTATION -> manifests.append("""
            apiVersion: v1
            kind: Service
            metadata:
              name: %s
              namespace: testset
              annotations:
                %s: %s
            spec:
              selector: {app: web}
              ports: [{port: 80}]
            """.formatted(name, q("shop.example.com/" + key), v));
        case CUSTOM_RESOURCE -> manifests.append("""
            apiVersion: shop.example.com/v1
            kind: ShopConfig
            metadata: {name: %s, namespace: testset}
            spec:
              integration:
                %s: %s
            """.formatted(name, q(key), v));
        case HELM_VALUES -> values.append("""
            %s:
              %s: %s
            """.formatted(name, q(key), v));
      }
      manifests.append("---\n");
    }
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("manifests.yaml"), manifests);
    Files.writeString(dir.resolve("values.yaml"), values);
  }

  /** The sample a finding is about, from its resource name or its path. */
  public static OptionalInt sampleOf(String resourceName, String path) {
    for (String s : List.of(resourceName, path)) {
      Matcher m = CASE.matcher(s);
      if (m.find()) {
        return OptionalInt.of(Integer.parseInt(m.group(1)));
      }
    }
    return OptionalInt.empty();
  }

  /** A YAML double-quoted scalar (JSON string escaping is valid YAML). */
  static String q(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\t' -> sb.append("\\t");
        case '\r' -> sb.append("\\r");
        default -> sb.append(c);
      }
    }
    return sb.append('"').toString();
  }
}
