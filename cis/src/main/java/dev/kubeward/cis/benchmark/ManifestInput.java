package dev.kubeward.cis.benchmark;

import dev.kubeward.cis.ComponentConfig;
import dev.kubeward.cis.ScanComponents;
import dev.kubeward.core.model.ManifestReader;
import dev.kubeward.core.model.Resource;
import dev.kubeward.core.source.InputProblem;
import dev.kubeward.core.source.SourceFile;
import java.util.ArrayList;
import java.util.List;

/**
 * The components found in manifest files: static pods (and workloads) running a component, and
 * KubeletConfiguration and KubeProxyConfiguration documents. One bad file does not stop the others.
 */
public record ManifestInput(List<ComponentConfig> components, List<InputProblem> problems) {

  public static ManifestInput read(List<SourceFile> files) {
    List<ComponentConfig> components = new ArrayList<>();
    List<InputProblem> problems = new ArrayList<>();
    ManifestReader reader = new ManifestReader();
    for (SourceFile f : files) {
      ManifestReader.FileResult r = reader.read(f);
      problems.addAll(r.problems());
      for (Resource res : r.resources()) {
        components.addAll(ScanComponents.of(res));
      }
    }
    return new ManifestInput(List.copyOf(components), List.copyOf(problems));
  }
}
