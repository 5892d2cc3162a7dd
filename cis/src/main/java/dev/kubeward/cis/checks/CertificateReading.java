package dev.kubeward.cis.checks;

import dev.kubeward.core.model.Field;
import dev.kubeward.core.model.Resource;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.function.Predicate;

/**
 * The certificates of the resource being checked, decoded and parsed once for all the module's
 * certificate rules: the engine hands every rule the same resource in turn, on the thread that
 * checks it.
 */
final class CertificateReading {

  /** The certificates one data entry holds (a bundle holds several). */
  record Found(Field.Entry entry, List<X509Certificate> certificates) {}

  private record Last(Resource resource, List<Found> found) {}

  private final ThreadLocal<Last> last = new ThreadLocal<>();

  /** Whether the resource keeps a certificate: the gate of every rule sharing this reading. */
  final Predicate<Resource> holdsCertificates = r -> !of(r).isEmpty();

  List<Found> of(Resource r) {
    Last l = last.get();
    if (l == null || l.resource() != r) {
      l = new Last(r, CertificateCheck.read(r));
      last.set(l);
    }
    return l.found();
  }
}
