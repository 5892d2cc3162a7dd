package dev.kubeward.pss;

import dev.kubeward.core.k8s.PodSpecView;
import dev.kubeward.core.k8s.PodSpecs;
import dev.kubeward.core.testing.Manifests;
import dev.kubeward.pss.checks.PssChecks;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Pod evaluations per second at restricted:latest, on one thread, over four typical pods: a
 * Deployment that passes restricted, one with no security context at all, a web Pod with an init
 * container, sidecar, probes, ports and volumes, and a CronJob that fails several checks.
 * {@code evaluate} is the whole work of a verdict from a parsed document (reading the pod's facts,
 * then running the checks); {@code evaluateFacts} the checks alone. Run with {@link #main}; the
 * command and the figures are in docs/benchmarks.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class EvaluationBenchmark {

  static final List<String> PODS = List.of("""
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: api, namespace: shop}
      spec:
        selector: {matchLabels: {app: api}}
        template:
          metadata: {labels: {app: api}, annotations: {prometheus.io/scrape: "true"}}
          spec:
            serviceAccountName: api
            securityContext: {runAsNonRoot: true, runAsUser: 10001, seccompProfile: {type: RuntimeDefault}}
            containers:
            - name: api
              image: registry.example/api:2.3.1
              ports: [{containerPort: 8080, name: http}]
              env: [{name: LOG_LEVEL, value: info}]
              resources: {requests: {cpu: 100m, memory: 128Mi}, limits: {memory: 256Mi}}
              readinessProbe: {httpGet: {path: /ready, port: http}}
              securityContext:
                allowPrivilegeEscalation: false
                readOnlyRootFilesystem: true
                capabilities: {drop: [ALL]}
      """, """
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: legacy, namespace: shop}
      spec:
        selector: {matchLabels: {app: legacy}}
        template:
          metadata: {labels: {app: legacy}}
          spec:
            containers:
            - name: app
              image: registry.example/legacy:1.0
              ports: [{containerPort: 80}]
              resources: {limits: {cpu: 500m, memory: 512Mi}}
      """, """
      apiVersion: v1
      kind: Pod
      metadata: {name: web, namespace: shop}
      spec:
        securityContext: {runAsNonRoot: true, seccompProfile: {type: RuntimeDefault}, fsGroup: 2000}
        initContainers:
        - name: migrate
          image: registry.example/migrate:5
          securityContext: {allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}}
        containers:
        - name: web
          image: registry.example/web:1.4.2
          ports: [{containerPort: 8443}]
          livenessProbe: {httpGet: {path: /healthz, port: 8443, scheme: HTTPS}}
          volumeMounts: [{name: config, mountPath: /etc/web}, {name: tmp, mountPath: /tmp}]
          securityContext: {allowPrivilegeEscalation: false, capabilities: {drop: [ALL], add: [NET_BIND_SERVICE]}}
        - name: proxy
          image: registry.example/proxy:3
          securityContext: {allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}}
        volumes:
        - {name: config, configMap: {name: web}}
        - {name: tmp, emptyDir: {}}
        - {name: token, projected: {sources: [{serviceAccountToken: {path: token}}]}}
      """, """
      apiVersion: batch/v1
      kind: CronJob
      metadata: {name: backup, namespace: ops}
      spec:
        schedule: "0 3 * * *"
        jobTemplate:
          spec:
            template:
              spec:
                restartPolicy: OnFailure
                securityContext: {runAsUser: 0}
                containers:
                - name: dump
                  image: registry.example/dump:2.1
                  securityContext: {capabilities: {add: [SYS_ADMIN]}}
                volumes:
                - {name: data, hostPath: {path: /var/lib/data}}
      """);

  private final LevelVersion policy = LevelVersion.of(Level.RESTRICTED, Version.LATEST);
  private final Registry registry = PssChecks.registry();
  private PodSpecView[] views;
  private PodFacts[] facts;

  @Setup
  public void read() {
    views = PODS.stream().map(text -> PodSpecs.of(Manifests.read(text).resources().get(0)).orElseThrow())
        .toArray(PodSpecView[]::new);
    facts = java.util.Arrays.stream(views).map(PodFacts::of).toArray(PodFacts[]::new);
  }

  @Benchmark
  @OperationsPerInvocation(4)
  public void evaluate(Blackhole bh) {
    for (PodSpecView v : views) {
      bh.consume(registry.evaluate(v, policy));
    }
  }

  @Benchmark
  @OperationsPerInvocation(4)
  public void evaluateFacts(Blackhole bh) {
    for (PodFacts f : facts) {
      bh.consume(registry.evaluate(f, policy));
    }
  }

  public static void main(String[] args) throws RunnerException {
    new Runner(new OptionsBuilder().include(EvaluationBenchmark.class.getSimpleName()).build()).run();
  }
}
