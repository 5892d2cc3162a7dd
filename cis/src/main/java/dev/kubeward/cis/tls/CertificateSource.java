package dev.kubeward.cis.tls;

import java.nio.file.Path;
import java.util.List;

/** A certificate file to analyse: where it is on this machine, how reports name it, who uses it. */
public record CertificateSource(Path local, String name, List<String> usedBy) {}
