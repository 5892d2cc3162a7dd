package dev.kubeward.core.check;

import java.util.Locale;

/** The layer of Kubernetes security a check is about. */
public enum Category {
  POD_SECURITY("Pod security"),
  HOST_ISOLATION("Host isolation"),
  RESOURCE_MANAGEMENT("Resource management"),
  RELIABILITY("Reliability"),
  SUPPLY_CHAIN("Supply chain"),
  IDENTITY("Identity and access"),
  NETWORK_EXPOSURE("Network exposure"),
  SECRETS("Secrets"),
  API_LIFECYCLE("API lifecycle"),
  NAMESPACE_HYGIENE("Namespace hygiene"),
  DATA_PROTECTION("Data protection"),
  AUDIT_LOGGING("Audit logging");

  private final String title;

  Category(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
