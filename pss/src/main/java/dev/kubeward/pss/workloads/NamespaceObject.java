package dev.kubeward.pss.workloads;

import java.util.Map;

/** A Namespace of the input, with its labels, where it is. */
public record NamespaceObject(String name, Map<String, String> labels, String file, int line) {}
