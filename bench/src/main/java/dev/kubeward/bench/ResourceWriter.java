package dev.kubeward.bench;

import dev.kubeward.bench.PodSpecWriter.Posture;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Writes one resource of a given kind as a YAML document of about a target size. */
final class ResourceWriter {

  /** The kinds generated, with how often each appears in a typical repository of manifests. */
  enum Kind {
    DEPLOYMENT(18), STATEFUL_SET(5), DAEMON_SET(3), CRON_JOB(5), JOB(3), POD(3), SERVICE(14), INGRESS(6),
    CONFIG_MAP(12), SECRET(8), SERVICE_ACCOUNT(7), ROLE(5), ROLE_BINDING(5), NETWORK_POLICY(6);

    final int weight;

    Kind(int weight) {
      this.weight = weight;
    }

    static int[] weights() {
      Kind[] kinds = values();
      int[] w = new int[kinds.length];
      for (int i = 0; i < kinds.length; i++) {
        w[i] = kinds[i].weight;
      }
      return w;
    }
  }

  static final int MIN_SIZE = 2 * 1024;
  static final int MAX_SIZE = 10 * 1024;
  private static final int[] KIND_WEIGHTS = Kind.weights();

  private final Rand rand;
  private final String namespace;
  private final String app;
  private final Doc doc = new Doc();

  ResourceWriter(Rand rand, String namespace, String app) {
    this.rand = rand;
    this.namespace = namespace;
    this.app = app;
  }

  Kind pickKind() {
    return Kind.values()[rand.weighted(KIND_WEIGHTS)];
  }

  /** The document for one resource; its size is drawn so that most are small and a few large. */
  String write(Kind kind) {
    int target = (int) Math.min(MAX_SIZE - 512, MIN_SIZE + 100 + rand.exponential(1500));
    String component = rand.pick(Words.COMPONENTS);
    switch (kind) {
      case DEPLOYMENT -> deployment(component);
      case STATEFUL_SET -> statefulSet(component);
      case DAEMON_SET -> daemonSet();
      case CRON_JOB -> cronJob(component);
      case JOB -> job(component);
      case POD -> pod(component);
      case SERVICE -> service(component);
      case INGRESS -> ingress();
      case CONFIG_MAP -> configMap();
      case SECRET -> secret();
      case SERVICE_ACCOUNT -> serviceAccount();
      case ROLE -> role();
      case ROLE_BINDING -> roleBinding();
      case NETWORK_POLICY -> networkPolicy(component);
    }
    return doc.finish(target);
  }

  private Posture posture() {
    return Posture.values()[rand.weighted(new int[] {35, 40, 25})];
  }

  /** apiVersion, kind and metadata; about one resource in ten looks exported from a cluster. */
  private void header(String apiVersion, String kind, String name, boolean namespaced, String... annotations) {
    boolean exported = rand.chance(0.1);
    doc.kv(0, "apiVersion", apiVersion);
    doc.kv(0, "kind", kind);
    doc.key(0, "metadata");
    doc.kv(2, "name", name);
    if (namespaced) {
      doc.kv(2, "namespace", namespace);
    }
    if (exported) {
      doc.kv(2, "uid", rand.hex(8) + "-" + rand.hex(4) + "-" + rand.hex(4) + "-" + rand.hex(4) + "-" + rand.hex(12));
      doc.kv(2, "resourceVersion", PodSpecWriter.quoted(Integer.toString(rand.between(1000, 99_999_999))));
      doc.kv(2, "creationTimestamp", PodSpecWriter.quoted("2024-03-1" + rand.between(0, 9) + "T12:00:00Z"));
    }
    doc.key(2, "labels");
    doc.kv(4, "app.kubernetes.io/name", app);
    doc.kv(4, "app.kubernetes.io/instance", app + "-" + rand.pick(Words.ENVIRONMENTS));
    doc.kv(4, "app.kubernetes.io/version", PodSpecWriter.quoted(rand.version()));
    doc.kv(4, "app.kubernetes.io/part-of", rand.pick(Words.NAMESPACES));
    doc.kv(4, "app.kubernetes.io/managed-by", rand.chance(0.7) ? "Helm" : "kustomize");
    doc.kv(4, "helm.sh/chart", app + "-" + rand.version());
    doc.kv(4, "team", rand.pick(Words.TEAMS));
    doc.key(2, "annotations");
    doc.kv(4, "meta.helm.sh/release-name", app);
    doc.kv(4, "meta.helm.sh/release-namespace", namespace);
    for (String a : annotations) {
      doc.line(4, a);
    }
    if (rand.chance(0.4)) {
      doc.kv(4, "argocd.argoproj.io/sync-wave", PodSpecWriter.quoted(Integer.toString(rand.between(-2, 5))));
    }
    if (rand.chance(0.3)) {
      doc.kv(4, "kubernetes.io/description", PodSpecWriter.quoted("Owned by " + rand.pick(Words.TEAMS)
          + "; runbook at https://runbooks.example.com/" + app + "/" + kind.toLowerCase(java.util.Locale.ROOT)
          + "; page the on-call for incidents touching " + rand.pick(Words.FEATURES)));
    }
    if (exported) {
      doc.kv(4, "kubectl.kubernetes.io/last-applied-configuration", "|");
      doc.line(6, "{\"apiVersion\":\"" + apiVersion + "\",\"kind\":\"" + kind + "\",\"metadata\":{\"annotations\":{},"
          + "\"labels\":{\"app.kubernetes.io/name\":\"" + app + "\"},\"name\":\"" + name + "\",\"namespace\":\""
          + namespace + "\"},\"spec\":{\"checksum\":\"" + rand.hex(64) + "\"}}");
      doc.key(2, "managedFields");
      doc.line(2, "- apiVersion: " + apiVersion);
      doc.kv(4, "fieldsType", "FieldsV1");
      doc.line(4, "fieldsV1: {\"f:metadata\": {\"f:labels\": {\".\": {}, \"f:app.kubernetes.io/name\": {}}}, \"f:spec\": {}}");
      doc.kv(4, "manager", "kubectl-client-side-apply");
      doc.kv(4, "operation", "Update");
      doc.kv(4, "time", PodSpecWriter.quoted("2024-03-12T12:00:00Z"));
    }
  }

  private String name(String component) {
    return app + "-" + component;
  }

  private void selector(int indent, String component) {
    doc.key(indent, "selector");
    doc.key(indent + 2, "matchLabels");
    doc.kv(indent + 4, "app.kubernetes.io/name", app);
    doc.kv(indent + 4, "app.kubernetes.io/component", component);
  }

  private void deployment(String component) {
    Posture posture = posture();
    header("apps/v1", "Deployment", name(component), true);
    doc.key(0, "spec");
    doc.kv(2, "replicas", rand.between(1, 6));
    doc.kv(2, "revisionHistoryLimit", 5);
    selector(2, component);
    doc.key(2, "strategy");
    doc.kv(4, "type", "RollingUpdate");
    doc.line(4, "rollingUpdate: {maxSurge: 25%, maxUnavailable: 0}");
    template(4, component, posture, null);
    workloadStatus();
  }

  private void statefulSet(String component) {
    Posture posture = posture();
    header("apps/v1", "StatefulSet", name(component), true);
    doc.key(0, "spec");
    doc.kv(2, "serviceName", name(component));
    doc.kv(2, "replicas", 3);
    doc.kv(2, "podManagementPolicy", "Parallel");
    selector(2, component);
    template(4, component, posture, null);
    doc.key(2, "volumeClaimTemplates");
    doc.line(2, "- metadata:");
    doc.kv(6, "name", "data");
    doc.key(4, "spec");
    doc.line(6, "accessModes: [\"ReadWriteOnce\"]");
    doc.kv(6, "storageClassName", "gp3");
    doc.key(6, "resources");
    doc.line(8, "requests: {storage: " + rand.between(1, 100) + "Gi}");
  }

  /** Node agents: the kind most often given host access, legitimately or not. */
  private void daemonSet() {
    Posture posture = rand.chance(0.5) ? Posture.RISKY : posture();
    header("apps/v1", "DaemonSet", name("agent"), true);
    doc.key(0, "spec");
    selector(2, "agent");
    doc.key(2, "updateStrategy");
    doc.kv(4, "type", "RollingUpdate");
    doc.line(4, "rollingUpdate: {maxUnavailable: 1}");
    template(4, "agent", posture, null);
  }

  private void cronJob(String component) {
    Posture posture = posture();
    header("batch/v1", "CronJob", name(component), true);
    doc.key(0, "spec");
    doc.kv(2, "schedule", PodSpecWriter.quoted(rand.between(0, 59) + " " + rand.between(0, 23) + " * * *"));
    doc.kv(2, "concurrencyPolicy", "Forbid");
    doc.kv(2, "successfulJobsHistoryLimit", 3);
    doc.kv(2, "failedJobsHistoryLimit", 1);
    doc.key(2, "jobTemplate");
    doc.key(4, "spec");
    doc.kv(6, "backoffLimit", 2);
    doc.kv(6, "activeDeadlineSeconds", 3600);
    template(8, component, posture, "OnFailure");
  }

  private void job(String component) {
    Posture posture = posture();
    header("batch/v1", "Job", name(component) + "-" + rand.hex(5), true);
    doc.key(0, "spec");
    doc.kv(2, "backoffLimit", 4);
    doc.kv(2, "ttlSecondsAfterFinished", 86400);
    template(4, component, posture, "Never");
  }

  private void pod(String component) {
    Posture posture = posture();
    header("v1", "Pod", name(component) + "-" + rand.hex(5), true);
    doc.key(0, "spec");
    new PodSpecWriter(rand, doc, app, posture).spec(2, component, rand.chance(0.5) ? "Always" : null);
  }

  /** {@code spec.template} whose own keys sit at {@code indent}. */
  private void template(int indent, String component, Posture posture, String restartPolicy) {
    PodSpecWriter pod = new PodSpecWriter(rand, doc, app, posture);
    doc.key(indent - 2, "template");
    pod.templateMetadata(indent, component);
    doc.key(indent, "spec");
    pod.spec(indent + 2, component, restartPolicy);
  }

  private void workloadStatus() {
    if (rand.chance(0.1)) {
      doc.key(0, "status");
      doc.kv(2, "observedGeneration", rand.between(1, 40));
      doc.kv(2, "replicas", 3);
      doc.kv(2, "readyReplicas", 3);
      doc.key(2, "conditions");
      doc.line(2, "- type: Available");
      doc.kv(4, "status", PodSpecWriter.quoted("True"));
      doc.kv(4, "reason", "MinimumReplicasAvailable");
      doc.kv(4, "lastTransitionTime", PodSpecWriter.quoted("2024-03-12T12:00:00Z"));
    }
  }

  private void service(String component) {
    String type = new String[] {"ClusterIP", "ClusterIP", "ClusterIP", "NodePort", "LoadBalancer"}[rand.between(0, 4)];
    String[] cloud = type.equals("LoadBalancer")
        ? new String[] {"service.beta.kubernetes.io/aws-load-balancer-type: nlb",
            "service.beta.kubernetes.io/aws-load-balancer-scheme: " + (rand.chance(0.5) ? "internet-facing" : "internal"),
            "external-dns.alpha.kubernetes.io/hostname: " + app + ".example.com"}
        : new String[0];
    header("v1", "Service", name(component), true, cloud);
    doc.key(0, "spec");
    doc.kv(2, "type", type);
    if (type.equals("LoadBalancer")) {
      doc.kv(2, "externalTrafficPolicy", "Local");
      if (rand.chance(0.5)) {
        doc.key(2, "loadBalancerSourceRanges");
        doc.line(2, "- 10.0.0.0/8");
        doc.line(2, "- 192.168.0.0/16");
      }
    }
    doc.key(2, "selector");
    doc.kv(4, "app.kubernetes.io/name", app);
    doc.kv(4, "app.kubernetes.io/component", component);
    doc.key(2, "ports");
    doc.raw(servicePort(type, 0));
    doc.fillHere(i -> servicePort(type, i + 1));
  }

  private String servicePort(String type, int i) {
    Doc p = new Doc();
    p.line(2, "- name: " + (i == 0 ? "http" : "port-" + i));
    p.kv(4, "port", i == 0 ? 80 : 8000 + i);
    p.kv(4, "targetPort", i == 0 ? "http" : Integer.toString(8000 + i));
    p.kv(4, "protocol", rand.chance(0.9) ? "TCP" : "UDP");
    if (type.equals("NodePort")) {
      p.kv(4, "nodePort", 30000 + rand.between(0, 2767));
    }
    if (rand.chance(0.3)) {
      p.kv(4, "appProtocol", rand.chance(0.5) ? "http" : "grpc");
    }
    return p.finish(0);
  }

  private void ingress() {
    header("networking.k8s.io/v1", "Ingress", app, true);
    doc.key(0, "spec");
    doc.kv(2, "ingressClassName", "nginx");
    if (rand.chance(0.7)) {
      doc.key(2, "tls");
      doc.line(2, "- hosts:");
      doc.line(6, "- " + app + ".example.com");
      doc.kv(4, "secretName", app + "-tls");
    }
    doc.key(2, "rules");
    doc.raw(ingressRule(0));
    doc.fillHere(i -> ingressRule(i + 1));
  }

  private String ingressRule(int i) {
    Doc r = new Doc();
    r.line(2, "- host: " + (i == 0 ? "" : rand.pick(Words.COMPONENTS) + i + ".") + app + ".example.com");
    r.key(4, "http");
    r.key(6, "paths");
    int paths = rand.between(1, 3);
    for (int p = 0; p < paths; p++) {
      r.line(6, "- path: /" + rand.pick(Words.COMPONENTS) + (p == 0 ? "" : "/v" + p));
      r.kv(8, "pathType", "Prefix");
      r.key(8, "backend");
      r.key(10, "service");
      r.kv(12, "name", app + "-" + rand.pick(Words.COMPONENTS));
      r.line(12, "port: {number: 80}");
    }
    return r.finish(0);
  }

  /** Configuration as applications really ship it: a few keys and a config file in a block scalar. */
  private void configMap() {
    header("v1", "ConfigMap", app + "-config", true);
    doc.key(0, "data");
    doc.kv(2, "LOG_LEVEL", rand.pick(new String[] {"info", "debug", "warn"}));
    doc.kv(2, "CACHE_TTL_SECONDS", PodSpecWriter.quoted(Integer.toString(rand.between(10, 3600))));
    doc.kv(2, "config.yaml", "|");
    doc.line(4, "server:");
    doc.line(6, "port: 8080");
    doc.line(6, "shutdownTimeout: 30s");
    doc.line(4, "upstreams:");
    doc.line(6, "- name: " + rand.pick(Words.APPS));
    doc.line(8, "url: http://" + rand.pick(Words.APPS) + "." + rand.pick(Words.NAMESPACES) + ".svc:8080");
    doc.kv(2, "application.properties", "|");
    doc.fillHere(i -> "    " + rand.pick(Words.FEATURES) + "." + i + ".enabled=" + rand.chance(0.5)
        + "\n    " + rand.pick(Words.FEATURES) + "." + i + ".rollout-percent=" + rand.between(0, 100) + "\n");
  }

  private void secret() {
    String type = rand.pick(new String[] {"Opaque", "Opaque", "kubernetes.io/tls", "kubernetes.io/dockerconfigjson"});
    header("v1", "Secret", app + (type.equals("Opaque") ? "-secrets" : type.endsWith("tls") ? "-tls" : "-registry"), true);
    doc.kv(0, "type", type);
    doc.key(0, "data");
    switch (type) {
      case "kubernetes.io/tls" -> {
        doc.kv(2, "tls.crt", rand.base64(rand.between(900, 1600)));
        doc.kv(2, "tls.key", rand.base64(rand.between(600, 1200)));
        doc.kv(2, "ca.crt", rand.base64(rand.between(900, 1400)));
      }
      case "kubernetes.io/dockerconfigjson" -> {
        StringBuilder json = new StringBuilder("{\"auths\":{");
        int registries = rand.between(4, 9);
        for (int i = 0; i < registries; i++) {
          json.append(i == 0 ? "" : ",").append('"').append(Words.REGISTRIES[i % Words.REGISTRIES.length])
              .append(i).append("\":{\"username\":\"ci\",\"password\":\"").append(rand.base64(96))
              .append("\",\"auth\":\"").append(rand.base64(108)).append("\"}");
        }
        json.append("}}");
        doc.kv(2, ".dockerconfigjson",
            Base64.getEncoder().encodeToString(json.toString().getBytes(StandardCharsets.UTF_8)));
      }
      default -> doc.fillHere(i -> "  " + Words.ENV_NAMES[i % Words.ENV_NAMES.length].toLowerCase(java.util.Locale.ROOT)
          .replace('_', '-') + (i < Words.ENV_NAMES.length ? "" : "-" + i) + ": " + rand.base64(rand.between(16, 180)) + "\n");
    }
  }

  private void serviceAccount() {
    header("v1", "ServiceAccount", app, true);
    doc.kv(0, "automountServiceAccountToken", rand.chance(0.5));
    doc.key(0, "imagePullSecrets");
    doc.line(0, "- name: registry-credentials");
    doc.key(0, "secrets");
    doc.line(0, "- name: " + app + "-token-" + rand.hex(5));
    doc.fillHere(i -> "- name: " + app + "-token-" + rand.hex(5) + "\n");
  }

  /** A Role or ClusterRole; a risky one grants wildcards, secrets or exec. */
  private void role() {
    boolean cluster = rand.chance(0.2);
    header("rbac.authorization.k8s.io/v1", cluster ? "ClusterRole" : "Role", app + (cluster ? "-reader" : ""), !cluster);
    doc.key(0, "rules");
    if (rand.chance(0.25)) {
      switch (rand.between(0, 3)) {
        case 0 -> doc.line(0, "- {apiGroups: [\"*\"], resources: [\"*\"], verbs: [\"*\"]}");
        case 1 -> doc.line(0, "- {apiGroups: [\"\"], resources: [\"secrets\"], verbs: [\"get\", \"list\", \"watch\"]}");
        case 2 -> doc.line(0, "- {apiGroups: [\"\"], resources: [\"pods/exec\"], verbs: [\"create\"]}");
        default -> doc.line(0, "- {apiGroups: [\"rbac.authorization.k8s.io\"], resources: [\"clusterroles\"], verbs: [\"bind\", \"escalate\"]}");
      }
    }
    doc.raw(rule(0));
    doc.fillHere(i -> rule(i + 1));
  }

  private String rule(int i) {
    Doc r = new Doc();
    r.line(0, "- apiGroups:");
    r.line(2, "- " + rand.pick(Words.API_GROUPS));
    r.key(2, "resources");
    r.line(2, "- " + Words.RESOURCES[i % Words.RESOURCES.length]);
    if (rand.chance(0.3)) {
      r.line(2, "- " + rand.pick(Words.RESOURCES));
    }
    r.line(2, "verbs: [\"" + String.join("\", \"", Words.READ_VERBS) + "\"" + (rand.chance(0.3) ? ", \"update\", \"patch\"" : "") + "]");
    if (rand.chance(0.2)) {
      r.line(2, "resourceNames: [\"" + app + "-" + rand.pick(Words.COMPONENTS) + "\"]");
    }
    return r.finish(0);
  }

  private void roleBinding() {
    boolean cluster = rand.chance(0.2);
    header("rbac.authorization.k8s.io/v1", cluster ? "ClusterRoleBinding" : "RoleBinding", app + "-binding", !cluster);
    doc.key(0, "roleRef");
    doc.kv(2, "apiGroup", "rbac.authorization.k8s.io");
    doc.kv(2, "kind", cluster ? "ClusterRole" : "Role");
    doc.kv(2, "name", cluster && rand.chance(0.3) ? "cluster-admin" : app);
    doc.key(0, "subjects");
    doc.raw(subject(0));
    doc.fillHere(i -> subject(i + 1));
  }

  private String subject(int i) {
    Doc s = new Doc();
    switch (i % 3) {
      case 0 -> {
        s.line(0, "- kind: ServiceAccount");
        s.kv(2, "name", i == 0 ? app : app + "-" + rand.pick(Words.COMPONENTS));
        s.kv(2, "namespace", rand.chance(0.8) ? namespace : rand.pick(Words.NAMESPACES));
      }
      case 1 -> {
        s.line(0, "- kind: Group");
        s.kv(2, "apiGroup", "rbac.authorization.k8s.io");
        s.kv(2, "name", "team-" + rand.pick(Words.TEAMS));
      }
      default -> {
        s.line(0, "- kind: User");
        s.kv(2, "apiGroup", "rbac.authorization.k8s.io");
        s.kv(2, "name", rand.pick(Words.TEAMS) + "-" + rand.hex(4) + "@example.com");
      }
    }
    return s.finish(0);
  }

  private void networkPolicy(String component) {
    header("networking.k8s.io/v1", "NetworkPolicy", name(component), true);
    doc.key(0, "spec");
    doc.key(2, "podSelector");
    doc.key(4, "matchLabels");
    doc.kv(6, "app.kubernetes.io/name", app);
    doc.line(2, "policyTypes: [\"Ingress\", \"Egress\"]");
    doc.key(2, "egress");
    doc.line(2, "- to:");
    doc.line(6, "- namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: kube-system}}");
    doc.line(8, "podSelector: {matchLabels: {k8s-app: kube-dns}}");
    doc.line(4, "ports: [{port: 53, protocol: UDP}, {port: 53, protocol: TCP}]");
    doc.key(2, "ingress");
    if (rand.chance(0.1)) {
      doc.line(2, "- {}");
    }
    doc.raw(ingressPeer(0));
    doc.fillHere(i -> ingressPeer(i + 1));
  }

  private String ingressPeer(int i) {
    Doc p = new Doc();
    p.line(2, "- from:");
    if (rand.chance(0.2)) {
      p.line(6, "- ipBlock: {cidr: 10." + rand.between(0, 255) + ".0.0/16, except: [\"10." + rand.between(0, 255) + ".1.0/24\"]}");
    } else {
      p.line(6, "- namespaceSelector:");
      p.key(10, "matchLabels");
      p.kv(12, "kubernetes.io/metadata.name", rand.pick(Words.NAMESPACES));
      p.line(8, "podSelector:");
      p.key(10, "matchLabels");
      p.kv(12, "app.kubernetes.io/name", rand.pick(Words.APPS) + (i == 0 ? "" : "-" + Integer.toString(i, 36)));
    }
    p.key(4, "ports");
    p.line(4, "- port: " + (8000 + i));
    p.kv(6, "protocol", "TCP");
    return p.finish(0);
  }
}
