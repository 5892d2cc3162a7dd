package dev.kubeward.pss.workloads;

import dev.kubeward.core.model.ResourceRef;
import dev.kubeward.pss.PodFacts;
import java.util.Optional;

/**
 * A workload read from the input, kept as what the standards read of its pod rather than its
 * document tree, so that every file can be read before any workload is judged.
 *
 * @param line where the resource starts
 * @param runtimeClassName its pods' runtime class, which a PodSecurityConfiguration may exempt
 */
public record Workload(String file, int line, ResourceRef ref, PodFacts pod, Optional<String> runtimeClassName) {}
