package dev.kubeward.core.check;

import dev.kubeward.core.index.ResourceIndex;
import dev.kubeward.core.model.Anchor;
import dev.kubeward.core.model.Field;
import java.util.function.Predicate;

/** Where a check reports; bound by the engine to the rule, the resource and the container. */
public interface Findings {

  /** Reports at {@code field}: its path and the line of its key. */
  Reporter at(Field field);

  /** Reports at a place a {@link dev.kubeward.core.index.Digest} kept, for a resource whose tree is gone. */
  Reporter at(Anchor anchor);

  /** The options the configuration gives this check ({@code checks.<slug>} in .kubeward.yaml). */
  CheckOptions options();

  /** Says what is wrong at a place. */
  interface Reporter {
    /**
     * Reports a finding whose message is {@code format} with {@code args} (see
     * {@link dev.kubeward.core.finding.Finding#of}). The arguments may be read after this call: an
     * array passed as them must not be changed afterwards.
     */
    void report(String format, Object... args);

    /**
     * Makes the finding conditional on other resources: it stands only if, once every file is
     * read, {@code cleared} is false for the index. A pod that leaves a setting to its
     * ServiceAccount, say, is judged by the ServiceAccount when the input has it. Kinds the
     * condition reads whole must be named in {@link Check#retains()}.
     */
    Reporter unless(Predicate<ResourceIndex> cleared);
  }
}
