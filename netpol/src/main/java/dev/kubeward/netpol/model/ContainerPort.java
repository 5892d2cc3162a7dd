package dev.kubeward.netpol.model;

import dev.kubeward.netpol.conn.Protocol;
import java.util.Optional;

/** A port a container declares; a policy can name it. */
public record ContainerPort(Optional<String> name, int port, Protocol protocol) {}
