#!/usr/bin/env bash
# The RBAC benchmarks: a synthetic cluster of 10,000 RBAC objects, 10,000 pods, 2,000 service
# accounts (bench/out/rbac-10k, generated once by RbacGenerator), then
#   1. RbacTimes: each phase of the analysis in CPU time of its thread (robust to a shared machine's load);
#   2. JMH RbacBenchmark: model, full analysis, blast radius (ms/op), who-can and can-i (us/op);
#   3. whole CLI runs through ./kubeward (wall, CPU, peak RSS): who-can, paths, blast-radius.
# usage: bench/rbac.sh [times|jmh|cli]...   (default: all three)
# env:   JMH_SETTINGS (default: 2 forks, 3 warm-up and 5 measured iterations of 2 s)
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"
build_jar
steps=("$@")
[ ${#steps[@]} -gt 0 ] || steps=(times jmh cli)
input="$out/rbac-10k"
if [ ! -f "$input/clusterrolebindings-000.yaml" ]; then
  "$java" -cp "$jar" dev.kubeward.bench.RbacGenerator --out "$input"
fi
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) (shared with other builds)"
for step in "${steps[@]}"; do
  case "$step" in
    times)
      echo; echo "## CPU time per phase: java -cp bench/target/benchmarks.jar dev.kubeward.bench.RbacTimes"; echo
      "$java" $warm_flags -cp "$jar" dev.kubeward.bench.RbacTimes ;;
    jmh)
      echo; echo "## JMH: bench/jmh.sh RbacBenchmark"; echo
      "$java" -cp "$jar" dev.kubeward.bench.Benchmarks ${JMH_SETTINGS:--f 2 -wi 3 -w 2s -i 5 -r 2s} -foe true \
        -jvmArgsAppend "$warm_flags" -rf json -rff "$out/jmh-rbac.json" RbacBenchmark | sed -n '/^JMH, /,$p' ;;
    cli)
      echo; echo "## CLI, wall / CPU / peak RSS (/usr/bin/time), input $(du -sh "$input" | cut -f1)"; echo
      echo "| command | wall | CPU (user+sys) | peak RSS |"; echo "|---|---|---|---|"
      "$root/kubeward" rbac who-can get pods "$input" >/dev/null 2>&1 || true
      for cmd in "who-can get secrets -n ns-005" "can-i sa:ns-005/sa-1 create pods -n ns-005" "paths" "blast-radius"; do
        # shellcheck disable=SC2086
        /usr/bin/time -f "%e %U %S %M" -o "$out/rbac-time.txt" "$root/kubeward" rbac $cmd -o json=/dev/null "$input" >/dev/null 2>&1 || true
        read -r e u s m < <(tail -n 1 "$out/rbac-time.txt")
        printf '| `kubeward rbac %s` | %s s | %.2f s | %d MB |\n' "$cmd" "$e" "$(echo "$u + $s" | bc)" "$((m / 1024))"
      done ;;
    *) echo "bench/rbac.sh: unknown step $step (times, jmh, cli)" >&2; exit 2 ;;
  esac
done
