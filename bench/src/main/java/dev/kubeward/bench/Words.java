package dev.kubeward.bench;

/** The vocabulary generated manifests are written in, taken from what real clusters run. */
final class Words {

  static final String[] APPS = {
    "checkout", "cart", "payments", "ledger", "search", "catalog", "inventory", "recommendations",
    "shipping", "notifications", "auth", "gateway", "orders", "billing", "reports", "analytics",
    "media", "profile", "session", "pricing", "fraud", "mailer", "audit", "tenants", "scheduler",
    "indexer", "crawler", "thumbnails", "geo", "loyalty"
  };

  static final String[] COMPONENTS = {
    "api", "worker", "web", "consumer", "proxy", "cache", "exporter", "agent", "migrator", "grpc", "sync"
  };

  static final String[] NAMESPACES = {
    "shop", "payments", "platform", "data", "observability", "identity", "edge", "batch", "ml", "internal-tools"
  };

  static final String[] TEAMS = {"storefront", "money", "platform", "data-eng", "sre", "identity", "growth", "ml-infra"};

  static final String[] ENVIRONMENTS = {"prod", "staging", "dev", "qa"};

  static final String[] REGISTRIES = {
    "registry.example.com/apps", "ghcr.io/acme", "quay.io/acme", "123456789012.dkr.ecr.eu-west-1.amazonaws.com",
    "europe-docker.pkg.dev/acme-prod/apps", "docker.io/acme"
  };

  static final String[] THIRD_PARTY_IMAGES = {
    "docker.io/library/redis:7.2.4", "docker.io/bitnami/postgresql:16.2.0", "quay.io/prometheus/node-exporter:v1.7.0",
    "docker.io/fluent/fluent-bit:3.0.2", "registry.k8s.io/ingress-nginx/controller:v1.10.0", "docker.io/library/nginx:1.25.4",
    "ghcr.io/open-telemetry/opentelemetry-collector-releases/opentelemetry-collector-contrib:0.97.0",
    "docker.io/envoyproxy/envoy:v1.29.2"
  };

  static final String[] ENV_NAMES = {
    "LOG_LEVEL", "LOG_FORMAT", "HTTP_PORT", "GRPC_PORT", "DATABASE_HOST", "DATABASE_PORT", "DATABASE_NAME",
    "REDIS_URL", "KAFKA_BROKERS", "OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_SERVICE_NAME", "JAVA_TOOL_OPTIONS",
    "AWS_REGION", "S3_BUCKET", "CACHE_TTL_SECONDS", "MAX_CONNECTIONS", "REQUEST_TIMEOUT_MS", "TZ", "GOMAXPROCS",
    "SENTRY_DSN", "FEATURE_FLAGS_URL", "UPSTREAM_URL", "WORKER_CONCURRENCY", "RETRY_BACKOFF_MS"
  };

  static final String[] ENV_VALUES = {
    "info", "json", "8080", "30", "eu-west-1", "true", "false", "Europe/Berlin", "2", "250",
    "kafka-0.kafka.data.svc:9092,kafka-1.kafka.data.svc:9092", "http://otel-collector.observability.svc:4317",
    "-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError", "redis://redis-master.data.svc:6379/0"
  };

  static final String[] FEATURES = {
    "new-checkout", "dark-mode", "one-click", "fast-search", "smart-cache", "async-ledger", "geo-routing",
    "bulk-export", "rate-limit", "shadow-traffic", "audit-trail", "multi-currency"
  };

  static final String[] RESOURCES = {
    "pods", "services", "configmaps", "secrets", "deployments", "statefulsets", "jobs", "cronjobs",
    "ingresses", "events", "endpoints", "leases", "persistentvolumeclaims", "serviceaccounts"
  };

  static final String[] API_GROUPS = {"\"\"", "apps", "batch", "networking.k8s.io", "coordination.k8s.io", "policy"};

  static final String[] READ_VERBS = {"get", "list", "watch"};

  static final String[] DANGEROUS_CAPABILITIES = {"SYS_ADMIN", "NET_ADMIN", "SYS_PTRACE", "NET_RAW", "SYS_MODULE"};

  static final String[] HOST_PATHS = {"/var/run/docker.sock", "/", "/var/log", "/etc", "/proc", "/var/lib/kubelet"};

  private Words() {}
}
