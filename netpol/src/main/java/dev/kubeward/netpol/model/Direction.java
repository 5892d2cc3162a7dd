package dev.kubeward.netpol.model;

/** The two directions a NetworkPolicy can isolate, named as in {@code policyTypes}. */
public enum Direction {
  INGRESS("Ingress"), EGRESS("Egress");

  private final String text;

  Direction(String text) {
    this.text = text;
  }

  /** As written in {@code policyTypes}. */
  public String text() {
    return text;
  }
}
