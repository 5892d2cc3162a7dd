package dev.kubeward.core.engine;

import dev.kubeward.core.finding.Finding;
import dev.kubeward.core.index.ResourceIndex;
import java.util.Optional;
import java.util.function.Predicate;

/** A finding as a check reported it, with the condition that may clear it once the index exists. */
record RawFinding(Finding finding, Optional<Predicate<ResourceIndex>> cleared) {}
