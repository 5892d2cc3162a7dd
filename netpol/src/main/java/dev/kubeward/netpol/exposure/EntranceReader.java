package dev.kubeward.netpol.exposure;

import dev.kubeward.core.k8s.ContainerView;
import dev.kubeward.core.k8s.PodSpecView;
import dev.kubeward.core.k8s.PodSpecs;
import dev.kubeward.core.model.Field;
import dev.kubeward.core.model.ManifestReader;
import dev.kubeward.core.model.Resource;
import dev.kubeward.core.source.SourceFile;
import dev.kubeward.netpol.model.Pod;
import dev.kubeward.netpol.model.Workload;
import dev.kubeward.netpol.read.ResourceReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the {@link Entrances} of manifests: Services, Ingresses ({@code networking.k8s.io/v1}
 * backends {@code service.name}, and the older {@code serviceName}) and the host networking of
 * every workload-like object. Input problems are the netpol reader's to report; what does not
 * parse here is left out.
 */
public final class EntranceReader {

  private EntranceReader() {}

  public static Entrances read(List<SourceFile> files) {
    List<Entrances.Service> services = new ArrayList<>();
    List<Entrances.Ingress> ingresses = new ArrayList<>();
    Map<Workload, Entrances.Host> hosts = new LinkedHashMap<>();
    for (SourceFile f : files) {
      new ManifestReader().read(f, r -> {
        if (r.kind().equals("Service") && r.group().isEmpty()) {
          services.add(service(r));
        } else if (r.kind().equals("Ingress") && (r.group().equals("networking.k8s.io") || r.group().equals("extensions"))) {
          ingresses.add(ingress(r));
        } else {
          ResourceReader.pod(r).ifPresent(p -> host(r, p).ifPresent(h -> hosts.merge(p.workload(), h,
              (a, b) -> new Entrances.Host(a.hostNetwork() || b.hostNetwork(), union(a.hostPorts(), b.hostPorts())))));
        }
      });
    }
    return new Entrances(services, ingresses, hosts);
  }

  private static List<String> union(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    b.stream().filter(x -> !out.contains(x)).forEach(out::add);
    return out;
  }

  private static String namespace(Resource r) {
    return r.namespace().orElse("default");
  }

  private static String text(Optional<Field> f) {
    return f.flatMap(x -> x.text().or(() -> x.integer().isPresent() ? Optional.of(String.valueOf(x.integer().getAsLong())) : Optional.empty()))
        .orElse("");
  }

  private static Entrances.Service service(Resource r) {
    Optional<Field> spec = r.root().get("spec");
    String type = spec.flatMap(s -> s.get("type")).flatMap(Field::text).orElse("ClusterIP");
    Map<String, String> selector = Field.stringMap(spec.flatMap(s -> s.get("selector")));
    List<String> ports = new ArrayList<>();
    List<String> nodePorts = new ArrayList<>();
    for (Field p : spec.flatMap(s -> s.get("ports")).map(Field::items).orElse(List.of())) {
      String proto = p.get("protocol").flatMap(Field::text).orElse("TCP");
      String port = text(p.get("port"));
      String target = text(p.get("targetPort"));
      ports.add(proto + " " + port + "->" + (target.isEmpty() ? port : target));
      String nodePort = text(p.get("nodePort"));
      if (type.equals("NodePort") || type.equals("LoadBalancer")) {
        nodePorts.add(proto + " " + (nodePort.isEmpty() ? "(allocated)" : nodePort));
      }
    }
    List<String> ranges = spec.flatMap(s -> s.get("loadBalancerSourceRanges")).map(Field::items).orElse(List.of())
        .stream().map(f -> f.text().orElse("")).filter(t -> !t.isEmpty()).toList();
    return new Entrances.Service(namespace(r), r.name(), type, selector, ports, nodePorts, ranges);
  }

  private static Entrances.Ingress ingress(Resource r) {
    List<String> hosts = new ArrayList<>();
    List<String> names = new ArrayList<>();
    Optional<Field> spec = r.root().get("spec");
    spec.flatMap(s -> s.get("defaultBackend").or(() -> s.get("backend"))).ifPresent(b -> backend(b, names));
    for (Field rule : spec.flatMap(s -> s.get("rules")).map(Field::items).orElse(List.of())) {
      rule.get("host").flatMap(Field::text).filter(h -> !hosts.contains(h)).ifPresent(hosts::add);
      for (Field path : rule.at("http", "paths").map(Field::items).orElse(List.of())) {
        path.get("backend").ifPresent(b -> backend(b, names));
      }
    }
    return new Entrances.Ingress(namespace(r), r.name(), hosts, names);
  }

  private static void backend(Field b, List<String> names) {
    b.at("service", "name").or(() -> b.get("serviceName")).flatMap(Field::text)
        .filter(n -> !names.contains(n)).ifPresent(names::add);
  }

  private static Optional<Entrances.Host> host(Resource r, Pod pod) {
    Optional<PodSpecView> spec = PodSpecs.of(r);
    if (spec.isEmpty()) {
      return Optional.empty();
    }
    boolean hostNetwork = spec.get().get("hostNetwork").flatMap(Field::bool).orElse(false);
    List<String> hostPorts = new ArrayList<>();
    for (ContainerView c : spec.get().allContainers()) {
      for (Field p : c.get("ports").map(Field::items).orElse(List.of())) {
        String hp = text(p.get("hostPort"));
        if (!hp.isEmpty() && !hp.equals("0")) {
          hostPorts.add(p.get("protocol").flatMap(Field::text).orElse("TCP") + " " + hp);
        }
      }
    }
    return hostNetwork || !hostPorts.isEmpty() ? Optional.of(new Entrances.Host(hostNetwork, hostPorts)) : Optional.empty();
  }
}
