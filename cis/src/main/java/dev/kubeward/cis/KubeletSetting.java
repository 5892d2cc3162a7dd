package dev.kubeward.cis;

import java.util.Optional;

/**
 * The kubelet settings the benchmark reads, each with its flag, its KubeletConfiguration field,
 * and its two defaults: the configuration file's ({@code kubelet.config.k8s.io/v1beta1}
 * defaulting) and, for a kubelet started without {@code --config}, the flags' legacy defaults,
 * which differ for four of them (anonymous authentication on, webhook authentication off,
 * authorization AlwaysAllow, read-only port 10255).
 */
public enum KubeletSetting {
  ANONYMOUS_AUTH("anonymous-auth", "authentication.anonymous.enabled", "false", "true"),
  WEBHOOK_AUTHENTICATION("authentication-token-webhook", "authentication.webhook.enabled", "true", "false"),
  CLIENT_CA_FILE("client-ca-file", "authentication.x509.clientCAFile", null, null),
  AUTHORIZATION_MODE("authorization-mode", "authorization.mode", "Webhook", "AlwaysAllow"),
  READ_ONLY_PORT("read-only-port", "readOnlyPort", "0", "10255"),
  ADDRESS("address", "address", "0.0.0.0", "0.0.0.0"),
  STREAMING_CONNECTION_IDLE_TIMEOUT("streaming-connection-idle-timeout", "streamingConnectionIdleTimeout", "4h0m0s", "4h0m0s"),
  MAKE_IPTABLES_UTIL_CHAINS("make-iptables-util-chains", "makeIPTablesUtilChains", "true", "true"),
  PROTECT_KERNEL_DEFAULTS("protect-kernel-defaults", "protectKernelDefaults", "false", "false"),
  EVENT_QPS("event-qps", "eventRecordQPS", "50", "50"),
  TLS_CERT_FILE("tls-cert-file", "tlsCertFile", null, null),
  TLS_PRIVATE_KEY_FILE("tls-private-key-file", "tlsPrivateKeyFile", null, null),
  TLS_CIPHER_SUITES("tls-cipher-suites", "tlsCipherSuites", null, null),
  TLS_MIN_VERSION("tls-min-version", "tlsMinVersion", null, null),
  ROTATE_CERTIFICATES("rotate-certificates", "rotateCertificates", "false", "false"),
  SERVER_TLS_BOOTSTRAP(null, "serverTLSBootstrap", "false", "false"),
  POD_PIDS_LIMIT("pod-max-pids", "podPidsLimit", "-1", "-1"),
  STATIC_POD_PATH("pod-manifest-path", "staticPodPath", null, null);

  private final String flag;
  private final String field;
  private final String configDefault;
  private final String flagsDefault;

  KubeletSetting(String flag, String field, String configDefault, String flagsDefault) {
    this.flag = flag;
    this.field = field;
    this.configDefault = configDefault;
    this.flagsDefault = flagsDefault;
  }

  /** The command-line flag; empty for settings only the configuration file has. */
  public Optional<String> flag() {
    return Optional.ofNullable(flag);
  }

  /** The KubeletConfiguration field, as a dotted path. */
  public String field() {
    return field;
  }

  public Optional<String> defaultValue(boolean configFile) {
    return Optional.ofNullable(configFile ? configDefault : flagsDefault);
  }
}
