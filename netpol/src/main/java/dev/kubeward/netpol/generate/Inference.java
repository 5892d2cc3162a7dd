package dev.kubeward.netpol.generate;

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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Infers which workload talks to which from manifests: a workload is a client of a Service when
 * one of its containers' env values, or a value of a ConfigMap it reads (envFrom, env
 * configMapKeyRef, configMap volume), names the Service: its DNS name ({@code backend},
 * {@code backend.shop}, {@code backend.shop.svc}, {@code backend.shop.svc.cluster.local}, a bare
 * name only in the Service's own namespace, as a URL's host, with a port, or as the whole value of
 * a key naming a host, URL, address, endpoint or server) or its
 * {@code BACKEND_SERVICE_HOST} variable ({@code $(BACKEND_SERVICE_HOST)}). The server is every
 * workload the Service selects; the ports are the Service's target ports (only the one named
 * when the reference carries {@code :port}).
 */
public final class Inference {

  /** A Service port: what clients connect to ({@code port}) and what the pod receives ({@code target}, a number or a name). */
  public record ServicePort(String protocol, int port, String target) {}

  public record Service(String namespace, String name, Map<String, String> selector, List<ServicePort> ports) {}

  /** A client reaching the server's pods on {@code ports} (protocol and target port), found through {@code via}. */
  public record Edge(Workload client, Workload server, String via, List<ServicePort> ports) {}

  /** The workloads of the input with their pods' labels, and the edges between them. */
  public record Result(Map<Workload, Pod> workloads, List<Edge> edges) {

    /** The same workloads with more edges (observed ones), merged per client and server. */
    public Result with(List<Edge> more) {
      Set<Edge> all = new LinkedHashSet<>(edges);
      all.addAll(more);
      return new Result(workloads, merge(all));
    }
  }

  private static final Pattern HOST = Pattern.compile(
      "(?<pre>^|://|@|[^a-z0-9.\\-])(?<host>[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*)(:(?<port>[0-9]{1,5}))?");
  /** A bare value names a host only under a key that says so: {@code REDIS_HOST}, {@code api_url}, {@code BROKER_ADDR}. */
  private static final Pattern HOST_KEY = Pattern.compile("(?i)(host|addr|url|uri|endpoint|server|service)");
  private static final Pattern SERVICE_HOST = Pattern.compile("([A-Z0-9_]+)_SERVICE_HOST");

  private Inference() {}

  private record Client(Workload workload, Pod pod, List<Map.Entry<String, String>> values, Set<String> configMaps) {}

  public static Result infer(List<SourceFile> files) {
    List<Service> services = new ArrayList<>();
    Map<String, List<Map.Entry<String, String>>> configMaps = new LinkedHashMap<>();
    List<Client> clients = new ArrayList<>();
    Map<Workload, Pod> workloads = new LinkedHashMap<>();
    for (SourceFile f : files) {
      new ManifestReader().read(f, r -> {
        String ns = r.namespace().orElse("default");
        if (r.kind().equals("Service") && r.group().isEmpty()) {
          services.add(service(r, ns));
        } else if (r.kind().equals("ConfigMap") && r.group().isEmpty()) {
          List<Map.Entry<String, String>> values = new ArrayList<>();
          r.root().get("data").map(Field::entries).orElse(List.of())
              .forEach(e -> e.value().text().ifPresent(v -> values.add(Map.entry(e.key(), v))));
          configMaps.put(ns + "/" + r.name(), values);
        } else {
          ResourceReader.pod(r).ifPresent(p -> {
            workloads.putIfAbsent(p.workload(), p);
            PodSpecs.of(r).ifPresent(spec -> clients.add(client(p, spec)));
          });
        }
      });
    }
    Set<Edge> edges = new LinkedHashSet<>();
    for (Client c : clients) {
      List<Map.Entry<String, String>> values = new ArrayList<>(c.values());
      c.configMaps().forEach(cm -> values.addAll(configMaps.getOrDefault(c.workload().namespace() + "/" + cm, List.of())));
      for (Map.Entry<String, String> value : values) {
        for (Service s : services) {
          referencedPorts(value.getKey(), value.getValue(), s, c.workload().namespace()).ifPresent(ports -> {
            for (Pod server : workloads.values()) {
              if (server.namespace().equals(s.namespace()) && !s.selector().isEmpty() && !server.workload().equals(c.workload())
                  && s.selector().entrySet().stream().allMatch(e -> e.getValue().equals(server.labels().get(e.getKey())))) {
                edges.add(new Edge(c.workload(), server.workload(), s.namespace() + "/" + s.name(), ports));
              }
            }
          });
        }
      }
    }
    return new Result(workloads, merge(edges));
  }

  /** One edge per client and server, ports unioned in first-seen order. */
  private static List<Edge> merge(Set<Edge> edges) {
    Map<List<Workload>, Edge> out = new LinkedHashMap<>();
    for (Edge e : edges) {
      out.merge(List.of(e.client(), e.server()), e, (a, b) -> {
        List<ServicePort> ports = new ArrayList<>(a.ports());
        b.ports().stream().filter(p -> !ports.contains(p)).forEach(ports::add);
        return new Edge(a.client(), a.server(), a.via(), ports);
      });
    }
    return List.copyOf(out.values());
  }

  /** The Service ports {@code value} refers to, if it names the Service as seen from {@code clientNamespace}. */
  static Optional<List<ServicePort>> referencedPorts(String key, String value, Service s, String clientNamespace) {
    Matcher env = SERVICE_HOST.matcher(value);
    while (env.find()) {
      if (s.namespace().equals(clientNamespace) && env.group(1).equals(s.name().toUpperCase(Locale.ROOT).replace('-', '_'))) {
        return Optional.of(s.ports());
      }
    }
    Matcher m = HOST.matcher(value.toLowerCase(Locale.ROOT));
    while (m.find()) {
      String host = m.group("host");
      String[] parts = host.split("\\.", 3);
      String pre = m.group("pre");
      boolean urlish = value.equalsIgnoreCase(host) && HOST_KEY.matcher(key).find() || pre.equals("://") || pre.equals("@") || m.group("port") != null;
      boolean names = parts[0].equals(s.name()) && (parts.length == 1
          ? s.namespace().equals(clientNamespace) && urlish
          : parts[1].equals(s.namespace()) && (parts.length == 2 || parts[2].equals("svc") || parts[2].startsWith("svc.")));
      if (names) {
        if (m.group("port") != null) {
          int port = Integer.parseInt(m.group("port"));
          List<ServicePort> one = s.ports().stream().filter(p -> p.port() == port).toList();
          return Optional.of(one.isEmpty() ? s.ports() : one);
        }
        return Optional.of(s.ports());
      }
    }
    return Optional.empty();
  }

  private static Service service(Resource r, String ns) {
    Map<String, String> selector = Field.stringMap(r.root().at("spec", "selector"));
    List<ServicePort> ports = new ArrayList<>();
    for (Field p : r.root().at("spec", "ports").map(Field::items).orElse(List.of())) {
      int port = (int) p.get("port").map(Field::integer).filter(i -> i.isPresent()).map(i -> i.getAsLong()).orElse(0L).longValue();
      String target = p.get("targetPort").map(t -> t.integer().isPresent() ? String.valueOf(t.integer().getAsLong()) : t.text().orElse(""))
          .filter(t -> !t.isEmpty()).orElse(String.valueOf(port));
      ports.add(new ServicePort(p.get("protocol").flatMap(Field::text).orElse("TCP"), port, target));
    }
    return new Service(ns, r.name(), selector, ports);
  }

  private static Client client(Pod pod, PodSpecView spec) {
    List<Map.Entry<String, String>> values = new ArrayList<>();
    Set<String> configMaps = new LinkedHashSet<>();
    for (ContainerView c : spec.allContainers()) {
      for (Field e : c.get("env").map(Field::items).orElse(List.of())) {
        String name = e.get("name").flatMap(Field::text).orElse("");
        e.get("value").flatMap(Field::text).ifPresent(v -> values.add(Map.entry(name, v)));
        e.at("valueFrom", "configMapKeyRef", "name").flatMap(Field::text).ifPresent(configMaps::add);
      }
      for (Field e : c.get("envFrom").map(Field::items).orElse(List.of())) {
        e.at("configMapRef", "name").flatMap(Field::text).ifPresent(configMaps::add);
      }
    }
    for (Field v : spec.volumes()) {
      v.at("configMap", "name").flatMap(Field::text).ifPresent(configMaps::add);
    }
    return new Client(pod.workload(), pod, values, configMaps);
  }
}
