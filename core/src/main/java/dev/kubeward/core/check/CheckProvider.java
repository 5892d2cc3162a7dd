package dev.kubeward.core.check;

import java.util.List;

/**
 * A module's checks, found through {@link java.util.ServiceLoader}: a capability module plugs in
 * by listing its provider in {@code META-INF/services/dev.kubeward.core.check.CheckProvider}.
 */
public interface CheckProvider {

  List<Check> checks();
}
