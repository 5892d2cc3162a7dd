package dev.kubeward.rbac.abac;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubeward.core.source.InputProblem;
import dev.kubeward.rbac.ServiceAccounts;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads an ABAC policy file as kube-apiserver's {@code --authorization-policy-file}: one JSON
 * object a line; blank lines and lines starting with {@code #} skipped; a versioned line is an
 * {@code abac.authorization.kubernetes.io/v1beta1} {@code Policy} with a {@code spec}; a line
 * without apiVersion or kind, or with ones the server does not know, is an unversioned (v0)
 * policy with its fields at the top level. Field names are case-sensitive, unknown fields are
 * ignored, a value of the wrong type is an error (the server refuses to start) reported with
 * its line and column, and the file's other lines are still read.
 */
public final class AbacPolicyFile {

  public static final String API_VERSION = "abac.authorization.kubernetes.io/v1beta1";
  private static final JsonFactory JSON = JsonFactory.builder().build();

  /** The policies read and the problems met. */
  public record Read(List<AbacPolicy> policies, List<InputProblem> problems) {}

  private AbacPolicyFile() {}

  public static Read parse(String file, String text) {
    List<AbacPolicy> policies = new ArrayList<>();
    List<InputProblem> problems = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      String trimmed = line.strip();
      if (i == 0 && trimmed.startsWith("\uFEFF")) {
        trimmed = trimmed.substring(1).strip();
        line = line.replaceFirst("\uFEFF", " ");
      }
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      try {
        new LineReader(file, i + 1, line, problems).read().ifPresent(policies::add);
      } catch (JsonParseException e) {
        JsonLocation at = e.getLocation();
        problems.add(InputProblem.error(file, i + 1, at == null ? 1 : Math.max(1, at.getColumnNr()),
            "not a JSON policy object: " + e.getOriginalMessage() + " (an ABAC policy file holds one JSON object a line)"));
      } catch (IOException e) {
        problems.add(InputProblem.error(file, i + 1, 1, "cannot read this line: " + e.getMessage()));
      }
    }
    return new Read(List.copyOf(policies), List.copyOf(problems));
  }

  /** The fields of one line, before conversion. */
  private static final class Fields {
    String apiVersion;
    String kind;
    boolean hasSpec;
    String user = "";
    String group = "";
    boolean readonly;
    String apiGroup = "";
    String resource = "";
    String namespace = "";
    String nonResourcePath = "";
    // v0 fields, at the top level
    String v0User = "";
    String v0Group = "";
    boolean v0Readonly;
    String v0Resource = "";
    String v0Namespace = "";
  }

  private static final class LineReader {
    private final String file;
    private final int line;
    private final String text;
    private final List<InputProblem> problems;
    private boolean failed;

    LineReader(String file, int line, String text, List<InputProblem> problems) {
      this.file = file;
      this.line = line;
      this.text = text;
      this.problems = problems;
    }

    Optional<AbacPolicy> read() throws IOException {
      Fields f = new Fields();
      try (JsonParser p = JSON.createParser(text)) {
        if (p.nextToken() != JsonToken.START_OBJECT) {
          error(p, "a policy must be a JSON object");
          return Optional.empty();
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          p.nextToken();
          switch (name) {
            case "apiVersion" -> f.apiVersion = string(p, name);
            case "kind" -> f.kind = string(p, name);
            case "spec" -> {
              f.hasSpec = true;
              spec(p, f);
            }
            case "user" -> f.v0User = string(p, name);
            case "group" -> f.v0Group = string(p, name);
            case "readonly" -> f.v0Readonly = bool(p, name);
            case "resource" -> f.v0Resource = string(p, name);
            case "namespace" -> f.v0Namespace = string(p, name);
            default -> p.skipChildren();
          }
        }
        if (p.nextToken() != null) {
          error(p, "one policy object a line: this line goes on after its object");
        }
      }
      if (failed) {
        return Optional.empty();
      }
      boolean versioned = f.apiVersion != null && !f.apiVersion.isEmpty() && f.kind != null && !f.kind.isEmpty();
      if (versioned && f.apiVersion.equals(API_VERSION) && f.kind.equals("Policy")) {
        return Optional.of(v1beta1(f));
      }
      if (versioned && !f.apiVersion.equals("abac.authorization.kubernetes.io/v0")) {
        problems.add(InputProblem.warning(file, line, 1, "apiVersion " + f.apiVersion + " kind " + f.kind
            + " is not an ABAC policy version; read as an unversioned (v0) policy, as the API server does"
            + " (write apiVersion " + API_VERSION + ", kind Policy)"));
      }
      return Optional.of(v0(f));
    }

    private AbacPolicy v1beta1(Fields f) {
      String user = f.user;
      String group = f.group;
      if (user.equals("*") || group.equals("*")) {
        group = ServiceAccounts.AUTHENTICATED;
        user = "";
      }
      if (user.isEmpty() && group.isEmpty()) {
        problems.add(InputProblem.warning(file, line, 1, "this policy names neither a user nor a group, so it matches nobody"));
      }
      return new AbacPolicy(user, group, f.readonly, f.apiGroup, f.resource, f.namespace, f.nonResourcePath, file, line);
    }

    private AbacPolicy v0(Fields f) {
      String user = f.v0User;
      String group = f.v0Group;
      if (user.isEmpty() && group.isEmpty()) {
        group = ServiceAccounts.AUTHENTICATED;
      }
      if (f.v0User.equals("*") || f.v0Group.equals("*")) {
        group = ServiceAccounts.AUTHENTICATED;
        user = "";
      }
      String namespace = f.v0Namespace.isEmpty() ? "*" : f.v0Namespace;
      String resource = f.v0Resource.isEmpty() ? "*" : f.v0Resource;
      String path = f.v0Namespace.isEmpty() && f.v0Resource.isEmpty() ? "*" : "";
      return new AbacPolicy(user, group, f.v0Readonly, "*", resource, namespace, path, file, line);
    }

    private void spec(JsonParser p, Fields f) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        return;
      }
      if (p.currentToken() != JsonToken.START_OBJECT) {
        error(p, "spec must be an object");
        p.skipChildren();
        return;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        switch (name) {
          case "user" -> f.user = string(p, "spec.user");
          case "group" -> f.group = string(p, "spec.group");
          case "readonly" -> f.readonly = bool(p, "spec.readonly");
          case "apiGroup" -> f.apiGroup = string(p, "spec.apiGroup");
          case "resource" -> f.resource = string(p, "spec.resource");
          case "namespace" -> f.namespace = string(p, "spec.namespace");
          case "nonResourcePath" -> f.nonResourcePath = string(p, "spec.nonResourcePath");
          default -> p.skipChildren();
        }
      }
    }

    private String string(JsonParser p, String name) throws IOException {
      return switch (p.currentToken()) {
        case VALUE_STRING -> p.getText();
        case VALUE_NULL -> "";
        default -> {
          error(p, name + " must be a string, found " + shape(p));
          p.skipChildren();
          yield "";
        }
      };
    }

    private boolean bool(JsonParser p, String name) throws IOException {
      return switch (p.currentToken()) {
        case VALUE_TRUE -> true;
        case VALUE_FALSE, VALUE_NULL -> false;
        default -> {
          error(p, name + " must be true or false, found " + shape(p));
          p.skipChildren();
          yield false;
        }
      };
    }

    private static String shape(JsonParser p) throws IOException {
      return switch (p.currentToken()) {
        case VALUE_STRING -> "the string \"" + p.getText() + "\"";
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + p.getText();
        case VALUE_TRUE, VALUE_FALSE -> "a boolean";
        case START_OBJECT -> "an object";
        case START_ARRAY -> "an array";
        default -> p.currentToken().toString();
      };
    }

    private void error(JsonParser p, String message) {
      failed = true;
      JsonLocation at = p.currentTokenLocation();
      problems.add(InputProblem.error(file, line, Math.max(1, at.getColumnNr()),
          message + "; the API server refuses to start with this policy file"));
    }
  }
}
