package dev.kubeward.netpol.analysis;

import dev.kubeward.netpol.conn.ConnectionSet;

/** Connections allowed from one endpoint to another. */
public record Connection(Endpoint source, Endpoint destination, ConnectionSet allowed) {

  /** np-guard's netpol-analyzer line: {@code default/a[Deployment] => default/b[Deployment] : TCP 8080}. */
  public String line() {
    return source.display() + " => " + destination.display() + " : " + allowed;
  }

  @Override
  public String toString() {
    return line();
  }
}
