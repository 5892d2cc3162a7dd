package dev.kubeward.bench;

/**
 * Writes pod specs the way teams write them: a restricted one that passes every pod-security check,
 * one left at the defaults (the common case), or a risky one with one or more of the problems
 * scanners exist for. The first container's env list is the document's filler point.
 */
final class PodSpecWriter {

  /** How carefully a workload was written. */
  enum Posture { RESTRICTED, DEFAULTS, RISKY }

  private final Rand rand;
  private final Doc doc;
  private final String app;
  private final Posture posture;

  PodSpecWriter(Rand rand, Doc doc, String app, Posture posture) {
    this.rand = rand;
    this.doc = doc;
    this.app = app;
    this.posture = posture;
  }

  /** The pod template's metadata, at {@code indent}. */
  void templateMetadata(int indent, String component) {
    doc.key(indent, "metadata");
    doc.key(indent + 2, "labels");
    doc.kv(indent + 4, "app.kubernetes.io/name", app);
    doc.kv(indent + 4, "app.kubernetes.io/component", component);
    if (rand.chance(0.5)) {
      doc.kv(indent + 4, "version", quoted(rand.version()));
    }
    doc.key(indent + 2, "annotations");
    doc.kv(indent + 4, "checksum/config", rand.hex(64));
    if (rand.chance(0.6)) {
      doc.kv(indent + 4, "prometheus.io/scrape", quoted("true"));
      doc.kv(indent + 4, "prometheus.io/port", quoted("9090"));
      doc.kv(indent + 4, "prometheus.io/path", "/metrics");
    }
    if (rand.chance(0.3)) {
      doc.kv(indent + 4, "kubectl.kubernetes.io/restartedAt", quoted("2024-0" + rand.between(1, 9) + "-1"
          + rand.between(0, 9) + "T0" + rand.between(0, 9) + ":1" + rand.between(0, 9) + ":00Z"));
    }
    if (posture == Posture.RESTRICTED && rand.chance(0.3)) {
      doc.kv(indent + 4, "container.apparmor.security.beta.kubernetes.io/" + component, "runtime/default");
    }
  }

  /** The pod spec's fields, at {@code indent}; {@code restartPolicy} is null for long-running pods. */
  void spec(int indent, String component, String restartPolicy) {
    doc.kv(indent, "serviceAccountName", app);
    if (restartPolicy != null) {
      doc.kv(indent, "restartPolicy", restartPolicy);
    }
    doc.kv(indent, "terminationGracePeriodSeconds", rand.pick(new Integer[] {30, 45, 60, 120}));
    podSecurity(indent);
    scheduling(indent, component);
    if (rand.chance(0.4)) {
      doc.key(indent, "imagePullSecrets");
      doc.line(indent, "- name: registry-credentials");
    }
    if (rand.chance(0.25)) {
      doc.key(indent, "initContainers");
      initContainer(indent);
    }
    doc.key(indent, "containers");
    int containers = rand.weighted(new int[] {70, 22, 8}) + 1;
    for (int i = 0; i < containers; i++) {
      container(indent, i == 0 ? component : sidecarName(i), i == 0);
    }
    volumes(indent);
  }

  private static String sidecarName(int i) {
    return i == 1 ? "envoy" : "otel-agent";
  }

  private void podSecurity(int indent) {
    switch (posture) {
      case RESTRICTED -> {
        doc.kv(indent, "automountServiceAccountToken", false);
        doc.key(indent, "securityContext");
        doc.kv(indent + 2, "runAsNonRoot", true);
        doc.kv(indent + 2, "runAsUser", 10001);
        doc.kv(indent + 2, "runAsGroup", 10001);
        doc.kv(indent + 2, "fsGroup", 10001);
        doc.key(indent + 2, "seccompProfile");
        doc.kv(indent + 4, "type", "RuntimeDefault");
      }
      case DEFAULTS -> {
        if (rand.chance(0.3)) {
          doc.key(indent, "securityContext");
          doc.kv(indent + 2, "fsGroup", 2000);
        }
      }
      case RISKY -> {
        if (rand.chance(0.3)) {
          doc.kv(indent, "hostNetwork", true);
          doc.kv(indent, "dnsPolicy", "ClusterFirstWithHostNet");
        }
        if (rand.chance(0.15)) {
          doc.kv(indent, "hostPID", true);
        }
        if (rand.chance(0.1)) {
          doc.kv(indent, "hostIPC", true);
        }
        if (rand.chance(0.3)) {
          doc.key(indent, "securityContext");
          doc.kv(indent + 2, "runAsUser", 0);
        }
      }
    }
  }

  private void scheduling(int indent, String component) {
    doc.key(indent, "nodeSelector");
    doc.kv(indent + 2, "kubernetes.io/os", "linux");
    if (rand.chance(0.5)) {
      doc.kv(indent + 2, "node.kubernetes.io/pool", rand.pick(new String[] {"general", "memory", "compute", "spot"}));
    }
    if (rand.chance(0.5)) {
      doc.key(indent, "tolerations");
      doc.line(indent, "- key: dedicated");
      doc.kv(indent + 2, "operator", "Equal");
      doc.kv(indent + 2, "value", rand.pick(Words.TEAMS));
      doc.kv(indent + 2, "effect", "NoSchedule");
    }
    if (rand.chance(0.5)) {
      doc.key(indent, "affinity");
      doc.key(indent + 2, "podAntiAffinity");
      doc.key(indent + 4, "preferredDuringSchedulingIgnoredDuringExecution");
      doc.line(indent + 4, "- weight: 100");
      doc.key(indent + 6, "podAffinityTerm");
      doc.kv(indent + 8, "topologyKey", "kubernetes.io/hostname");
      doc.key(indent + 8, "labelSelector");
      doc.key(indent + 10, "matchLabels");
      doc.kv(indent + 12, "app.kubernetes.io/name", app);
      doc.kv(indent + 12, "app.kubernetes.io/component", component);
    }
    if (rand.chance(0.3)) {
      doc.key(indent, "topologySpreadConstraints");
      doc.line(indent, "- maxSkew: 1");
      doc.kv(indent + 2, "topologyKey", "topology.kubernetes.io/zone");
      doc.kv(indent + 2, "whenUnsatisfiable", "ScheduleAnyway");
      doc.line(indent + 2, "labelSelector: {matchLabels: {app.kubernetes.io/name: " + app + "}}");
    }
  }

  private void initContainer(int indent) {
    doc.line(indent, "- name: migrate");
    doc.kv(indent + 2, "image", image());
    doc.line(indent + 2, "command: [\"/app/migrate\", \"--to=latest\", \"--timeout=300s\"]");
    doc.key(indent + 2, "envFrom");
    doc.line(indent + 2, "- secretRef:");
    doc.kv(indent + 6, "name", app + "-database");
    containerSecurity(indent + 2);
  }

  private void container(int indent, String name, boolean main) {
    doc.line(indent, "- name: " + name);
    doc.kv(indent + 2, "image", main ? image() : rand.pick(Words.THIRD_PARTY_IMAGES));
    doc.kv(indent + 2, "imagePullPolicy", rand.chance(0.7) ? "IfNotPresent" : "Always");
    if (rand.chance(0.5)) {
      doc.line(indent + 2, "args: [\"--port=8080\", \"--metrics-port=9090\", \"--log-level=info\"]");
    } else {
      doc.key(indent + 2, "args");
      doc.line(indent + 2, "- serve");
      doc.line(indent + 2, "- --config=/etc/" + app + "/config.yaml");
    }
    doc.key(indent + 2, "ports");
    doc.line(indent + 2, "- name: http");
    doc.kv(indent + 4, "containerPort", 8080);
    doc.kv(indent + 4, "protocol", "TCP");
    doc.line(indent + 2, "- {name: metrics, containerPort: 9090, protocol: TCP}");
    doc.key(indent + 2, "env");
    int fixedEnv = rand.between(2, 6);
    for (int i = 0; i < fixedEnv; i++) {
      doc.raw(env(indent + 2, i));
    }
    if (main) {
      doc.fillHere(i -> env(indent + 2, fixedEnv + i));
    }
    if (rand.chance(0.4)) {
      doc.key(indent + 2, "envFrom");
      doc.line(indent + 2, "- configMapRef:");
      doc.kv(indent + 6, "name", app + "-config");
    }
    resources(indent + 2);
    probes(indent + 2);
    doc.key(indent + 2, "volumeMounts");
    doc.line(indent + 2, "- name: config");
    doc.kv(indent + 4, "mountPath", "/etc/" + app);
    doc.kv(indent + 4, "readOnly", true);
    doc.line(indent + 2, "- {name: tmp, mountPath: /tmp}");
    containerSecurity(indent + 2);
  }

  private String image() {
    String repository = rand.pick(Words.REGISTRIES) + "/" + app;
    if (posture == Posture.RISKY && rand.chance(0.4)) {
      return rand.chance(0.5) ? repository + ":latest" : repository;
    }
    if (rand.chance(0.3)) {
      return repository + "@sha256:" + rand.hex(64);
    }
    return repository + ":" + rand.version();
  }

  /** One env entry, with the kinds of value real workloads have; risky ones hold a secret in plain text. */
  private String env(int indent, int i) {
    Doc e = new Doc();
    String name = Words.ENV_NAMES[i % Words.ENV_NAMES.length]
        + (i < Words.ENV_NAMES.length ? "" : "_" + (i / Words.ENV_NAMES.length));
    e.line(indent, "- name: " + name);
    switch (rand.weighted(new int[] {60, 15, 10, 10, 5})) {
      case 0 -> e.kv(indent + 2, "value", quoted(rand.pick(Words.ENV_VALUES)));
      case 1 -> {
        e.key(indent + 2, "valueFrom");
        e.key(indent + 4, "secretKeyRef");
        e.kv(indent + 6, "name", app + "-secrets");
        e.kv(indent + 6, "key", name.toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
      }
      case 2 -> {
        e.key(indent + 2, "valueFrom");
        e.key(indent + 4, "configMapKeyRef");
        e.kv(indent + 6, "name", app + "-config");
        e.kv(indent + 6, "key", name);
        e.kv(indent + 6, "optional", true);
      }
      case 3 -> e.line(indent + 2, "valueFrom: {fieldRef: {fieldPath: metadata.namespace}}");
      default -> e.kv(indent + 2, "value", posture == Posture.RISKY
          ? quoted("postgres://admin:" + rand.base64(12) + "@db:5432/" + app)
          : quoted("http://" + app + "-upstream." + rand.pick(Words.NAMESPACES) + ".svc:8080"));
    }
    return e.finish(0);
  }

  private void resources(int indent) {
    if (posture == Posture.RISKY && rand.chance(0.5) || posture == Posture.DEFAULTS && rand.chance(0.3)) {
      return;
    }
    doc.key(indent, "resources");
    doc.key(indent + 2, "requests");
    doc.kv(indent + 4, "cpu", rand.pick(new String[] {"50m", "100m", "250m", "500m", "1"}));
    doc.kv(indent + 4, "memory", rand.pick(new String[] {"64Mi", "128Mi", "256Mi", "512Mi", "1Gi"}));
    if (posture != Posture.DEFAULTS || rand.chance(0.5)) {
      doc.key(indent + 2, "limits");
      doc.kv(indent + 4, "memory", rand.pick(new String[] {"128Mi", "256Mi", "512Mi", "1Gi", "2Gi"}));
      if (rand.chance(0.4)) {
        doc.kv(indent + 4, "cpu", rand.pick(new String[] {"500m", "1", "2"}));
      }
    }
  }

  private void probes(int indent) {
    if (posture == Posture.RISKY && rand.chance(0.5)) {
      return;
    }
    doc.key(indent, "livenessProbe");
    doc.key(indent + 2, "httpGet");
    doc.kv(indent + 4, "path", "/healthz");
    doc.kv(indent + 4, "port", "http");
    doc.kv(indent + 2, "initialDelaySeconds", rand.between(5, 30));
    doc.kv(indent + 2, "periodSeconds", 10);
    doc.kv(indent + 2, "failureThreshold", 3);
    doc.key(indent, "readinessProbe");
    if (rand.chance(0.7)) {
      doc.key(indent + 2, "httpGet");
      doc.kv(indent + 4, "path", "/ready");
      doc.kv(indent + 4, "port", 8080);
    } else {
      doc.line(indent + 2, "tcpSocket: {port: 8080}");
    }
    doc.kv(indent + 2, "periodSeconds", 5);
    if (rand.chance(0.3)) {
      doc.key(indent, "startupProbe");
      doc.key(indent + 2, "exec");
      doc.key(indent + 4, "command");
      doc.line(indent + 4, "- /bin/sh");
      doc.line(indent + 4, "- -c");
      doc.line(indent + 4, "- test -f /tmp/started");
      doc.kv(indent + 2, "failureThreshold", 30);
    }
    if (rand.chance(0.3)) {
      doc.key(indent, "lifecycle");
      doc.key(indent + 2, "preStop");
      doc.line(indent + 4, "exec: {command: [\"sleep\", \"5\"]}");
    }
  }

  private void containerSecurity(int indent) {
    switch (posture) {
      case RESTRICTED -> {
        doc.key(indent, "securityContext");
        doc.kv(indent + 2, "allowPrivilegeEscalation", false);
        doc.kv(indent + 2, "readOnlyRootFilesystem", true);
        doc.kv(indent + 2, "runAsNonRoot", true);
        doc.key(indent + 2, "capabilities");
        doc.line(indent + 4, "drop: [\"ALL\"]");
      }
      case DEFAULTS -> {
        if (rand.chance(0.4)) {
          doc.key(indent, "securityContext");
          doc.kv(indent + 2, "readOnlyRootFilesystem", rand.chance(0.5));
        }
      }
      case RISKY -> {
        doc.key(indent, "securityContext");
        switch (rand.between(0, 4)) {
          case 0 -> doc.kv(indent + 2, "privileged", true);
          case 1 -> doc.kv(indent + 2, "allowPrivilegeEscalation", true);
          case 2 -> doc.kv(indent + 2, "runAsUser", 0);
          case 3 -> {
            doc.key(indent + 2, "capabilities");
            doc.line(indent + 4, "add: [\"" + rand.pick(Words.DANGEROUS_CAPABILITIES) + "\"]");
          }
          default -> {
            doc.kv(indent + 2, "privileged", true);
            doc.kv(indent + 2, "allowPrivilegeEscalation", true);
            doc.kv(indent + 2, "readOnlyRootFilesystem", false);
          }
        }
      }
    }
  }

  private void volumes(int indent) {
    doc.key(indent, "volumes");
    doc.line(indent, "- name: config");
    doc.key(indent + 2, "configMap");
    doc.kv(indent + 4, "name", app + "-config");
    doc.kv(indent + 4, "defaultMode", "0444");
    doc.line(indent, "- name: tmp");
    doc.line(indent + 2, "emptyDir: {sizeLimit: 256Mi}");
    if (rand.chance(0.3)) {
      doc.line(indent, "- name: tls");
      doc.key(indent + 2, "secret");
      doc.kv(indent + 4, "secretName", app + "-tls");
    }
    if (posture == Posture.RISKY && rand.chance(0.4)) {
      doc.line(indent, "- name: host");
      doc.key(indent + 2, "hostPath");
      doc.kv(indent + 4, "path", rand.pick(Words.HOST_PATHS));
    }
  }

  static String quoted(String s) {
    return '"' + s + '"';
  }
}
