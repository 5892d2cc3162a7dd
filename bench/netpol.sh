#!/usr/bin/env bash
# Network analysis figures for docs/benchmarks.md ("Network"): generates two clusters with
# bench/src/.../ClusterGenerator (kept in bench/out/), times whole CLI runs of
#   ./kubeward netpol connlist DIR -o txt=/dev/null
# (wall, CPU user+sys and peak RSS by /usr/bin/time, RUNS runs each, median and spread), then runs
# the NetpolBenchmark JMH benchmarks unless --no-jmh. Prints markdown.
#   5k     5,000 pods (1,672 workloads, 102 namespaces) and 13,000 NetworkPolicies; target: wall <= 10 s, RSS <= 2 GB
#   100k   100,000 pods (10,006 workloads, 592 namespaces) and 13,000 NetworkPolicies
# usage: bench/netpol.sh [--no-jmh]       env: RUNS (default 3)
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"
build_jar
launcher="$root/kubeward"
runs="${RUNS:-3}"

cluster() { # cluster PODS WORKLOADS DIR
  [ -f "$3/policies.yaml" ] || "$java" -XX:+UseParallelGC -cp "$jar" dev.kubeward.bench.ClusterGenerator \
    --pods "$1" --workloads "$2" --policies 13000 --out "$3" >&2
}
cluster 5000 1666 "$out/netpol-5000"
cluster 100000 10000 "$out/netpol-100000"
# The launcher builds its jar and class-data cache on first use: not in the timed runs.
"$launcher" netpol connlist "$out/netpol-5000" -o txt=/dev/null >/dev/null 2>&1 || true

echo "| case | command | wall | CPU (user+sys) | peak RSS | lines | target |"
echo "|---|---|---|---|---|---|---|"
for c in 5000 100000; do
  dir="$out/netpol-$c"
  walls=() cpus=() rsss=()
  for ((i = 0; i < runs; i++)); do
    /usr/bin/time -f "%e %U %S %M" -o "$out/netpol.time" "$launcher" netpol connlist "$dir" -o txt="$out/netpol-$c.txt" >/dev/null 2>"$out/netpol.err"
    read -r e u s m < <(tail -n 1 "$out/netpol.time")
    walls+=("$e"); cpus+=("$(awk -v u="$u" -v s="$s" 'BEGIN {printf "%.2f", u + s}')"); rsss+=("$((m / 1024))")
  done
  target="-"
  [ "$c" = 5000 ] && target="wall <= 10 s, RSS <= 2,048 MB"
  echo "| $c pods, 13,000 policies | \`./kubeward netpol connlist bench/out/netpol-$c -o txt=FILE\` ($runs runs) | $(spread <<<"${walls[*]}") s | $(spread <<<"${cpus[*]}") s | $(spread <<<"${rsss[*]}") MB | $(wc -l <"$out/netpol-$c.txt") | $target |"
done
echo
echo "Load average after the CLI runs: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null) on $(nproc) cores."
if [ "${1:-}" != --no-jmh ]; then
  echo
  echo "Command: \`bench/jmh.sh Netpol\`"
  echo
  "$root/bench/jmh.sh" Netpol 2>"$out/jmh-netpol.err" | sed -n '/^JMH, /,$p' | grep -E '^JMH|^\|(---| benchmark| NetpolBenchmark)|^$'
fi
