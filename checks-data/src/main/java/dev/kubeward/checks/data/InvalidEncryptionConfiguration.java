package dev.kubeward.checks.data;

import dev.kubeward.core.check.Category;
import dev.kubeward.core.check.CheckInfo;
import dev.kubeward.core.check.Findings;
import dev.kubeward.core.check.Severity;
import dev.kubeward.core.model.Field;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What kube-apiserver refuses when it loads the file, so that it does not start: its validation
 * of the configuration (entries, resource names, overlaps, one provider type per item, key
 * lengths, KMS settings) and its masking rule (a resource listed after a {@code *.group} or
 * {@code *.*} that already covers it). A broken file often ends with encryption switched off to
 * bring the cluster back, so it is reported before it is deployed. Key values are never printed.
 */
@CheckInfo(
    id = "KW-0556",
    summary = "Encryption configuration that kube-apiserver refuses to load",
    severity = Severity.HIGH,
    category = Category.DATA_PROTECTION,
    remediation = "Fix the configuration as the message says; kube-apiserver does not start with an invalid encryption configuration.",
    references = {"cis:1.2.28", "k8s:docs/tasks/administer-cluster/encrypt-data/"})
public final class InvalidEncryptionConfiguration extends EncryptionCheck {

  private static final Set<String> NOT_REST = Set.of("apiserveripinfo", "serviceipallocations", "servicenodeportallocations");

  @Override
  void check(EncryptionConfig config, Findings findings) {
    Field root = config.resource().root();
    if (config.legacy()) {
      findings.at(root.get("kind").orElse(root)).report(
          "kind EncryptionConfig is the format before Kubernetes 1.13, which kube-apiserver no longer reads: use apiVersion apiserver.config.k8s.io/v1 and kind EncryptionConfiguration");
    } else if (!config.resource().apiVersion().equals("apiserver.config.k8s.io/v1")) {
      findings.at(root.get("apiVersion").orElse(root)).report(
          "apiVersion %s is not served for EncryptionConfiguration: use apiserver.config.k8s.io/v1", config.resource().apiVersion());
    }
    if (config.entries().isEmpty()) {
      findings.at(root.get("resources").orElse(root)).report("the configuration has no resources entry: at least one is required");
      return;
    }
    Set<String> kmsNames = new HashSet<>();
    Set<EncryptionConfig.GroupResource> seen = new HashSet<>();
    for (EncryptionConfig.Entry e : config.entries()) {
      if (e.resourceFields().isEmpty()) {
        findings.at(e.field()).report("%s lists no resources: at least one is required", e.label());
      }
      if (e.providers().isEmpty()) {
        findings.at(e.field()).report("%s has no providers: at least one is required", e.label());
      }
      resourceNames(e, findings);
      overlaps(e, findings);
      masking(e, seen, findings);
      for (EncryptionConfig.Provider p : e.providers()) {
        provider(e, p, kmsNames, findings);
      }
    }
  }

  private static void resourceNames(EncryptionConfig.Entry e, Findings findings) {
    for (Field f : e.resourceFields()) {
      String name = f.text().orElse("");
      var gr = EncryptionConfig.GroupResource.parse(name);
      String problem = !name.toLowerCase(Locale.ROOT).equals(name) ? "must not contain capital letters"
          : name.equals("*") ? "is not accepted: use *. for every core resource or *.* for all"
          : NOT_REST.contains(name) ? "has no REST API and cannot be encrypted"
          : gr.group().equals("events.k8s.io") ? "is stored under the group events: write events instead"
          : gr.group().equals("extensions") ? "names the removed extensions group"
          : gr.group().equals("*") && !gr.isWildcard() ? "names one resource across groups, which is not supported"
          : null;
      if (problem != null) {
        findings.at(f).report("resource %s in %s %s", name, e.label(), problem);
      }
    }
  }

  /** Upstream's check within one list: a duplicate, or a wildcard beside a resource it covers. */
  private static void overlaps(EncryptionConfig.Entry e, Findings findings) {
    List<EncryptionConfig.GroupResource> grs = e.resourceNames().stream().map(EncryptionConfig.GroupResource::parse).toList();
    boolean duplicate = false;
    boolean overlap = false;
    for (int i = 0; i < grs.size(); i++) {
      for (int j = 0; j < grs.size(); j++) {
        if (i == j) {
          continue;
        }
        var a = grs.get(i);
        var b = grs.get(j);
        duplicate |= a.equals(b);
        overlap |= !a.equals(b) && (a.equals(EncryptionConfig.ANY)
            || (a.group().equals(b.group()) && (a.isWildcard() || b.isWildcard())));
      }
    }
    if (duplicate) {
      findings.at(e.field().get("resources").orElse(e.field())).report("%s lists the same resource twice", e.label());
    }
    if (overlap) {
      findings.at(e.field().get("resources").orElse(e.field())).report(
          "%s lists a wildcard beside a resource it already covers, which is not allowed", e.label());
    }
  }

  /** A resource after an earlier {@code *.group} or {@code *.*} (this entry's or an earlier one's) is masked. */
  private static void masking(EncryptionConfig.Entry e, Set<EncryptionConfig.GroupResource> seen, Findings findings) {
    for (Field f : e.resourceFields()) {
      String name = f.text().orElse("");
      var gr = EncryptionConfig.GroupResource.parse(name);
      var groupWildcard = new EncryptionConfig.GroupResource(gr.group(), "*");
      if (seen.contains(groupWildcard) || seen.contains(EncryptionConfig.ANY)) {
        findings.at(f).report("resource %s in %s is masked by an earlier %s: kube-apiserver refuses this",
            name, e.label(), seen.contains(groupWildcard) ? "*." + gr.group() : "*.*");
      }
      seen.add(gr);
    }
  }

  private static void provider(EncryptionConfig.Entry e, EncryptionConfig.Provider p, Set<String> kmsNames, Findings findings) {
    if (p.types().isEmpty()) {
      findings.at(p.field()).report("a provider of %s names none of kms, aesgcm, aescbc, secretbox, identity", e.label());
      return;
    }
    if (p.types().size() > 1) {
      findings.at(p.field()).report("a provider item of %s sets %s: one provider per list item", e.label(), String.join(" and ", p.types()));
      return;
    }
    String type = p.type().orElseThrow();
    if (EncryptionConfig.LOCAL_KEY_TYPES.contains(type)) {
      keys(e, p, type, findings);
    } else if (type.equals("kms")) {
      kms(e, p, kmsNames, findings);
    }
  }

  private static void keys(EncryptionConfig.Entry e, EncryptionConfig.Provider p, String type, Findings findings) {
    List<Field> keys = Fields.items(p.body().flatMap(b -> b.get("keys")));
    if (keys.isEmpty()) {
      findings.at(p.field()).report("%s provider of %s has no keys: at least one is required", type, e.label());
    }
    List<Integer> sizes = type.equals("secretbox") ? List.of(32) : List.of(16, 24, 32);
    for (Field k : keys) {
      var key = new EncryptionConfig.Key(e, type, k);
      if (Fields.text(k, "name").isEmpty()) {
        findings.at(k).report("a %s key of %s has no name", type, e.label());
      }
      Optional<Field> secret = key.secret();
      if (secret.flatMap(Field::text).filter(s -> !s.isEmpty()).isEmpty()) {
        findings.at(secret.orElse(k)).report("%s key %s of %s has no secret", type, key.name(), e.label());
      } else if (EncryptionConfig.placeholder(secret.get().text().orElseThrow())) {
        continue; // filled in when deployed
      } else if (key.length().isEmpty()) {
        findings.at(secret.get()).report("%s key %s of %s is not standard base64 (value redacted)", type, key.name(), e.label());
      } else if (!sizes.contains(key.length().get())) {
        findings.at(secret.get()).report("%s key %s of %s decodes to %d bytes; %s needs %s (value redacted)",
            type, key.name(), e.label(), key.length().get(), type, type.equals("secretbox") ? "32" : "16, 24 or 32");
      }
    }
  }

  private static void kms(EncryptionConfig.Entry e, EncryptionConfig.Provider p, Set<String> kmsNames, Findings findings) {
    Field kms = p.body().orElse(p.field());
    String version = Fields.text(kms, "apiVersion").orElse("v1");
    String name = Fields.text(kms, "name").orElse("");
    if (name.isEmpty()) {
      findings.at(kms).report("a kms provider of %s has no name", e.label());
    } else if (!version.equals("v1") && name.contains(":")) {
      findings.at(kms.get("name").orElseThrow()).report("kms provider name %s must not contain ':'", name);
    }
    if (!name.isEmpty() && !version.equals("v1") && !kmsNames.add(name)) {
      findings.at(kms.get("name").orElseThrow()).report("kms provider name %s is used twice: names must be unique", name);
    }
    kmsNames.add(name);
    if (!version.equals("v1") && !version.equals("v2")) {
      findings.at(kms.get("apiVersion").orElse(kms)).report("kms apiVersion %s is not supported: use v2", version);
    }
    Optional<String> endpoint = Fields.text(kms, "endpoint");
    if (endpoint.isEmpty()) {
      findings.at(kms).report("kms provider %s of %s has no endpoint", name, e.label());
    } else if (!endpoint.get().toLowerCase(Locale.ROOT).startsWith("unix:")) {
      findings.at(kms.get("endpoint").orElseThrow()).report("kms endpoint %s: only unix sockets (unix:///...) are supported", endpoint.get());
    }
    kms.get("cachesize").ifPresent(c -> {
      if (!version.equals("v1")) {
        findings.at(c).report("cachesize is not supported by KMS v2");
      } else if (c.integer().isPresent() && c.integer().getAsLong() == 0) {
        findings.at(c).report("cachesize 0 is invalid: use a positive size, or a negative one to disable the cache");
      }
    });
  }
}
