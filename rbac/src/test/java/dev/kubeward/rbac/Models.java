package dev.kubeward.rbac;

import dev.kubeward.core.model.ManifestReader;
import dev.kubeward.core.source.SourceFile;
import java.util.Optional;

/** Models of YAML text in tests. */
final class Models {

  private Models() {}

  static RbacModel of(String yaml) {
    return builder(yaml).build();
  }

  static RbacModel withDefaults(String yaml) {
    RbacModelBuilder b = RbacModel.builder().addAll(BootstrapPolicy.resources());
    ManifestReader.FileResult read = new ManifestReader().parse(new SourceFile("test.yaml", Optional.empty()), yaml);
    read.problems().forEach(b::problem);
    return b.addAll(read.resources()).build();
  }

  static RbacModelBuilder builder(String yaml) {
    ManifestReader.FileResult read = new ManifestReader().parse(new SourceFile("test.yaml", Optional.empty()), yaml);
    RbacModelBuilder b = RbacModel.builder();
    read.problems().forEach(b::problem);
    return b.addAll(read.resources());
  }

  static java.util.List<dev.kubeward.core.model.Resource> resources(String yaml) {
    return new ManifestReader().parse(new SourceFile("test.yaml", Optional.empty()), yaml).resources();
  }

  static Request.ResourceRequest req(String verb, String group, String resource, String subresource, String name, String ns) {
    return new Request.ResourceRequest(verb, group, resource, subresource, name, ns);
  }

  static Request.ResourceRequest req(String verb, String resource, String ns) {
    return new Request.ResourceRequest(verb, "", resource, "", "", ns);
  }
}
