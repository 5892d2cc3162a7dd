package dev.kubeward.rbac.paths;

import dev.kubeward.rbac.Grant;
import java.util.Optional;

/**
 * One edge of the graph: from a node to the next, why (a sentence), and the grant it rests on
 * when it rests on one.
 */
public record Step(Node from, Node to, String reason, Optional<Grant> via) {}
