package dev.kubeward.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Helm templates are refused with a pointer to the directive; Go templating in strings is data. */
class HelmTemplatesTest {

  private static SourceText.Result decode(String text) {
    return SourceText.decode("chart.yaml", text.getBytes(StandardCharsets.UTF_8));
  }

  /** The problems a user sees: Helm's own words before parsing, a bare directive once parsing fails. */
  private static java.util.List<InputProblem> problems(String text) {
    SourceText.Result r = decode(text);
    if (r instanceof SourceText.Unreadable u) {
      return java.util.List.of(u.problem());
    }
    return new dev.kubeward.core.model.ManifestReader()
        .parse(new SourceFile("chart.yaml", java.util.Optional.empty()), text).problems();
  }

  private static InputProblem refused(String text) {
    var found = problems(text);
    assertThat(found).as("a Helm template").hasSize(1);
    InputProblem p = found.get(0);
    assertThat(p.message()).startsWith("Helm template: render it first");
    assertThat(p.error()).isTrue();
    return p;
  }

  @Test
  void aValuesReferenceAsAValueIsHelmAtItsPosition() {
    InputProblem p = refused("""
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          replicas: {{ .Values.replicas }}
        """);

    assertThat(p.line()).isEqualTo(6);
    assertThat(p.column()).isEqualTo(13);
  }

  @Test
  void aControlLineIsHelm() {
    InputProblem p = refused("""
        {{- if .Values.enabled }}
        apiVersion: v1
        kind: ConfigMap
        {{- end }}
        """);

    assertThat(p.line()).isEqualTo(1);
    assertThat(p.column()).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "{{- define \"core\" }}\n- name: x\n{{- end }}\n",
    "{{- if ((.Values.base.tags.default).revision) }}\napiVersion: v1\nkind: Service\n",
    "metadata:\n  labels:\n    {{- include \"chart.labels\" . | nindent 4 }}\n",
    "metadata:\n  name: {{ include \"chart.fullname\" . }}\n",
    "spec:\n  containers:\n  - name: {{ .Chart.Name }}\n",
    "{{/* a comment */}}\napiVersion: v1\n",
    "data:\n  {{ .Values.key }}: value\n",
    "items:\n  - {{ $.Values.x }}\n",
    "spec:\n  template:\n    spec:\n      {{- toYaml .Values.podSpec | nindent 6 }}\n",
  })
  void helmDirectivesWhereStructureStandsAreHelm(String text) {
    refused(text);
  }

  @Test
  void helmObjectsInsideABlockScalarAreHelm() {
    InputProblem p = refused("""
        apiVersion: v1
        kind: ConfigMap
        data:
          app.conf: |
            url = "{{ .Values.url }}"
        """);

    assertThat(p.line()).isEqualTo(5);
    assertThat(p.column()).isEqualTo(12);
  }

  @Test
  void aLineBackAtTheBlockIndentEndsTheBlockScalar() {
    InputProblem p = refused("""
        data:
          script: |
            echo {{ $value }}
          other: {{ .Values.other }}
        """);

    assertThat(p.line()).isEqualTo(4);
  }

  @Test
  void prometheusTemplatesInStringsAreData() {
    String rule = """
        apiVersion: monitoring.coreos.com/v1
        kind: PrometheusRule
        metadata:
          name: node
        spec:
          groups:
          - name: node
            rules:
            - alert: InstanceDown
              expr: up{job="node"} == 0
              labels:
                severity: page
              annotations:
                summary: "Instance {{ $labels.instance }} down"
                title: '{{ $labels.job }}: {{ $value }}'
                inline: Instance {{ $labels.instance }} of {{ $labels.job }}
                description: |
                  {{ $labels.instance }} of job {{ $labels.job }} has been down
                  for more than 5 minutes. {{ if gt $value 1.0 }}Many{{ end }}

                  {{ range .Alerts }}{{ .Labels.alertname }}{{ end }}
                folded: >-
                  {{ printf "%.2f" $value }} errors
            - alert: Other
              annotations:
                - |
                  {{ $labels.pod }}
        """;

    assertThat(decode(rule)).isInstanceOf(SourceText.Text.class);
  }

  @Test
  void blockScalarsWithIndicatorsAnchorsAndCommentsAreRecognised() {
    String text = """
        a: |-
          {{ $x }}
        b: >+2
            {{ $y }}
        c: &anchor | # note
          {{ $z }}
        d: !!str |
          {{ $w }}
        """;

    assertThat(decode(text)).isInstanceOf(SourceText.Text.class);
  }

  @Test
  void crlfLineEndsDoNotHideHelm() {
    InputProblem p = refused("apiVersion: v1\r\nkind: ConfigMap\r\nmetadata:\r\n  name: {{ .Release.Name }}\r\n");

    assertThat(p.line()).isEqualTo(4);
    assertThat(p.column()).isEqualTo(9);
  }

  @Test
  void helmObjectsInQuotedStringsAreHelm() {
    InputProblem p = refused("""
        apiVersion: v1
        kind: Pod
        spec:
          containers:
          - image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
        """);

    assertThat(p.line()).isEqualTo(5);
    assertThat(p.column()).isEqualTo(13);
  }

  @Test
  void bracesInCommentsOrOrdinaryStringsAreData() {
    String text = """
        # {{ .Values.commented }}
        apiVersion: v1
        kind: ConfigMap
        data:
          argo: "{{workflow.parameters.message}}"
          json: '{"a": {"b": 1}}'
        """;

    assertThat(decode(text)).isInstanceOf(SourceText.Text.class);
  }

  @Test
  void aGoTemplateOnTheContinuationLineOfALongStringIsData() {
    // Grafana dashboards in ConfigMaps wrap legends such as {{ pod }} : {{ code }} across lines.
    String text = """
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: dashboards}
        data:
          d.json: "{\\"legendFormat\\":\\"{{
            source_workload }}.{{ source_workload_namespace }} : {{ response_code }}\\"}"
        """;
    assertThat(problems(text)).isEmpty();
  }
}
