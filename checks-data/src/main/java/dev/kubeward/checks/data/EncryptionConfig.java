package dev.kubeward.checks.data;

import dev.kubeward.core.model.Field;
import dev.kubeward.core.model.Resource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An API server encryption configuration read as kube-apiserver reads it: entries in order, each
 * with its resources and its providers. Which provider writes a resource follows upstream's
 * lookup: the first entry that names the resource itself, else the first {@code *.group}
 * wildcard of its group, else {@code *.*}; a resource no entry covers is stored as plain text.
 */
record EncryptionConfig(Resource resource, List<Entry> entries) {

  /** The provider types kube-apiserver knows, in the order its validation names them. */
  static final List<String> TYPES = List.of("kms", "aesgcm", "aescbc", "secretbox", "identity");

  /** A group and resource as {@code schema.ParseGroupResource} splits them: at the first dot. */
  record GroupResource(String group, String resource) {
    static GroupResource parse(String text) {
      int dot = text.indexOf('.');
      return dot < 0 ? new GroupResource("", text) : new GroupResource(text.substring(dot + 1), text.substring(0, dot));
    }

    boolean isWildcard() {
      return resource.equals("*");
    }
  }

  /** One provider item; {@code types} lists every provider type it sets (exactly one when valid). */
  record Provider(Field field, List<String> types) {
    Optional<String> type() {
      return types.size() == 1 ? Optional.of(types.get(0)) : Optional.empty();
    }

    boolean is(String type) {
      return type().filter(type::equals).isPresent();
    }

    /** The provider's own settings ({@code aescbc: {keys: ...}}); empty for a malformed item. */
    Optional<Field> body() {
      return type().flatMap(field::get);
    }
  }

  /** One {@code resources} item: what it covers and the providers, first one writing. */
  record Entry(Field field, int index, List<Field> resourceFields, List<Provider> providers) {
    List<String> resourceNames() {
      return resourceFields.stream().flatMap(f -> f.text().stream()).toList();
    }

    Optional<Provider> writer() {
      return providers.isEmpty() ? Optional.empty() : Optional.of(providers.get(0));
    }

    /** Whether this entry is where Secrets are written (named, {@code *.} or {@code *.*}). */
    boolean namesSecrets() {
      return resourceNames().stream().map(GroupResource::parse)
          .anyMatch(gr -> gr.equals(SECRETS) || gr.equals(CORE_ANY) || gr.equals(ANY));
    }

    String label() {
      return "resources[" + index + "]";
    }
  }

  static final GroupResource SECRETS = new GroupResource("", "secrets");
  static final GroupResource CORE_ANY = new GroupResource("", "*");
  static final GroupResource ANY = new GroupResource("*", "*");

  /** Both the current format and the pre-1.13 {@code EncryptionConfig} one, whose shape is the same. */
  static Optional<EncryptionConfig> of(Resource r) {
    boolean current = r.kind().equals("EncryptionConfiguration") && r.group().equals("apiserver.config.k8s.io");
    boolean legacy = r.kind().equals("EncryptionConfig");
    if (!current && !legacy) {
      return Optional.empty();
    }
    List<Entry> entries = new ArrayList<>();
    List<Field> items = Fields.items(r.root().get("resources"));
    for (int i = 0; i < items.size(); i++) {
      Field item = items.get(i);
      List<Provider> providers = new ArrayList<>();
      for (Field p : Fields.items(item.get("providers"))) {
        providers.add(new Provider(p, TYPES.stream().filter(t -> p.get(t).isPresent() || isExplicitEmpty(p, t)).toList()));
      }
      entries.add(new Entry(item, i, Fields.items(item.get("resources")), List.copyOf(providers)));
    }
    return Optional.of(new EncryptionConfig(r, List.copyOf(entries)));
  }

  /** {@code identity:} with no value is still an identity provider (a null field reads as absent). */
  private static boolean isExplicitEmpty(Field provider, String type) {
    return provider.entries().stream().anyMatch(e -> e.key().equals(type));
  }

  boolean legacy() {
    return resource.kind().equals("EncryptionConfig");
  }

  /** The entry whose first provider writes {@code gr}, by upstream's lookup order. */
  Optional<Entry> writerOf(GroupResource gr) {
    Map<GroupResource, Entry> first = firstEntries();
    for (GroupResource key : List.of(gr, new GroupResource(gr.group(), "*"), ANY)) {
      Entry e = first.get(key);
      if (e != null) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** For each group-resource named, the first entry naming it (later ones only add decryptors). */
  private Map<GroupResource, Entry> firstEntries() {
    Map<GroupResource, Entry> first = new HashMap<>();
    for (Entry e : entries) {
      for (String name : e.resourceNames()) {
        first.putIfAbsent(GroupResource.parse(name), e);
      }
    }
    return first;
  }

  /** Every key of an aescbc, aesgcm or secretbox provider, wherever it stands. */
  List<Key> keys() {
    List<Key> out = new ArrayList<>();
    for (Entry e : entries) {
      for (Provider p : e.providers()) {
        if (p.type().filter(LOCAL_KEY_TYPES::contains).isPresent()) {
          for (Field k : Fields.items(p.body().flatMap(b -> b.get("keys")))) {
            out.add(new Key(e, p.type().get(), k));
          }
        }
      }
    }
    return out;
  }

  static final Set<String> LOCAL_KEY_TYPES = Set.of("aescbc", "aesgcm", "secretbox");

  /** A key of a local-key provider; its secret is never to be printed. */
  record Key(Entry entry, String type, Field field) {
    String name() {
      return Fields.text(field, "name").orElse("(unnamed)");
    }

    Optional<Field> secret() {
      return field.get("secret");
    }

    /** The decoded key length, when the secret is standard base64. */
    Optional<Integer> length() {
      return secret().flatMap(Field::text).flatMap(EncryptionConfig::decodedLength);
    }
  }

  /**
   * Whether a key's value is a placeholder that a deployment step fills in ({@code ${KEY}},
   * {@code $KEY}, {@code <BASE 64 ENCODED SECRET>}, {@code {{ .Values.key }}}) rather than a key.
   */
  static boolean placeholder(String text) {
    String t = text.strip();
    return t.matches("\\$\\{.*}|\\$[A-Za-z_][A-Za-z0-9_]*|<.*>|\\{\\{.*}}");
  }

  /** Length of standard (padded) base64 as Go's {@code base64.StdEncoding} decodes it; empty if invalid. */
  static Optional<Integer> decodedLength(String text) {
    String compact = text.replace("\r", "").replace("\n", "");
    if (compact.length() % 4 != 0) {
      return Optional.empty(); // Go's StdEncoding requires padding; Java's decoder would not
    }
    try {
      return Optional.of(java.util.Base64.getDecoder().decode(compact).length);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
