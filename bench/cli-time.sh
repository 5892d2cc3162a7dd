#!/usr/bin/env bash
# Times whole CLI runs, JVM start to exit, through the ./kubeward launcher:
#   ./kubeward scan --no-progress -o json=/dev/null INPUT
# Wall time by hyperfine when installed (one warm-up run, then RUNS runs), else by /usr/bin/time;
# CPU time (user+sys) and peak RSS by /usr/bin/time over RSS_RUNS runs. Prints a markdown table of
# medians with the spread (min-max) beside each target. On a shared machine wall time varies with
# the neighbours' load; CPU time varies less.
#
# usage: bench/cli-time.sh [CASE...]       CASE: small 10k 100k bigfile realworld (default: all)
# env:   RUNS (default 10 for small, 5 for 10k and realworld, 3 for 100k and bigfile), RSS_RUNS (default 3),
#        KUBEWARD_JAVA_OPTS (extra JVM flags, passed on by the launcher)
# Generated inputs are kept in bench/out/ and reused.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"
build_jar
cases=("$@")
[ ${#cases[@]} -gt 0 ] || cases=(small 10k 100k bigfile realworld)
launcher="$root/kubeward"

# The launcher builds the CLI jar when stale and trains its class-data cache on the first run; do
# both now, outside the timed runs.
"$launcher" scan --no-progress -o json=/dev/null "$root/examples/insecure-shop" >/dev/null 2>&1 || true

input_size() {
  find "$@" -type f \( -name '*.yaml' -o -name '*.yml' -o -name '*.json' \) -printf '%s\n' |
    awk '{s += $1; n++} END {printf "%d file%s, ", n, n == 1 ? "" : "s"; if (s < 1e6) printf "%.0f KB", s / 1e3; else printf "%.1f MB", s / 1e6}'
}

# measure NAME TARGET RUNS PATH...: prints one table row.
measure() {
  local name="$1" target="$2" runs="$3"; shift 3
  local cmd=("$launcher" scan --no-progress -o json=/dev/null "$@")
  local timed_runs="${RSS_RUNS:-3}" walls=() cpus=() rsss=() i rc worst=0 wall how
  command -v hyperfine >/dev/null 2>&1 || timed_runs="$runs"
  local log; log="$(mktemp)"
  for ((i = 0; i < timed_runs; i++)); do
    rc=0
    /usr/bin/time -f "%e %U %S %M" -o "$log" "${cmd[@]}" >/dev/null 2>"$log.err" || rc=$?
    [ "$rc" -le "$worst" ] || { worst="$rc"; cp "$log.err" "$log.worst"; }
    # time(1) puts "Command exited with non-zero status N" first: the figures are on the last line.
    read -r e u s m < <(tail -n 1 "$log")
    walls+=("$e"); cpus+=("$(awk -v u="$u" -v s="$s" 'BEGIN {printf "%.2f", u + s}')"); rsss+=("$((m / 1024))")
  done
  if [ "$worst" -gt 1 ]; then
    echo "bench: $name: kubeward exited $worst (2: the input has errors, which the scan reports and goes on; 3+: see $(head -c 200 "$log.worst"))" >&2
  fi
  if command -v hyperfine >/dev/null 2>&1; then
    hyperfine -N -i --warmup 1 --runs "$runs" --export-csv "$log.csv" "${cmd[*]}" >/dev/null 2>&1
    # command,mean,stddev,median,user,system,min,max
    IFS=, read -r _ _ _ wall_median _ _ wall_min wall_max < <(tail -n 1 "$log.csv")
    wall="$(printf '%.2f s (%.2f-%.2f)' "$wall_median" "$wall_min" "$wall_max")"
    how="hyperfine $runs runs; CPU, RSS: time(1) $timed_runs runs"
  else
    wall="$(echo "${walls[*]}" | spread | sed 's/ / s /')"
    how="time(1), $timed_runs runs"
  fi
  printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$name" "$(input_size "$@")" "$wall" \
    "$(echo "${cpus[*]}" | spread | sed 's/ / s /')" "$(echo "${rsss[*]}" | spread | sed 's/ / MB /')" "$target" "$how"
  rm -f "$log" "$log.err" "$log.worst" "$log.csv"
}

echo "kubeward CLI, JVM start to exit: $(nproc) cores, $("$java" -version 2>&1 | head -n 1)${KUBEWARD_JAVA_OPTS:+, KUBEWARD_JAVA_OPTS=$KUBEWARD_JAVA_OPTS}"
echo "command: ./kubeward scan --no-progress -o json=/dev/null INPUT; each figure is the median (min-max)"
echo
echo "| case | input | wall time | CPU (user+sys) | peak RSS | target | measured with |"
echo "|---|---|---|---|---|---|---|"
for c in "${cases[@]}"; do
  case "$c" in
    small)
      generate 5 "$out/gen-5" >&2
      measure "one small file (5 resources)" "wall <= 0.6 s" "${RUNS:-10}" "$out/gen-5"/*/*.yaml ;;
    10k)
      generate 10000 "$out/gen-10000" >&2
      measure "10,000 resources" "wall <= 3 s" "${RUNS:-5}" "$out/gen-10000" ;;
    100k)
      generate 100000 "$out/gen-100000" >&2
      measure "100,000 resources" "peak RSS <= 1024 MB" "${RUNS:-3}" "$out/gen-100000" ;;
    bigfile)
      generate 12500 "$out/gen-bigfile" --per-file 12500 >&2
      measure "one 50 MB file (12,500 resources)" "none (one file parses on one thread)" "${RUNS:-3}" "$out/gen-bigfile" ;;
    realworld)
      corpus="$root/../shared/corpora/realworld"
      if [ -d "$corpus" ]; then
        measure "realworld corpus (~600 resources)" "none (reported)" "${RUNS:-5}" "$(cd "$corpus" && pwd)"
      else
        echo "bench: $corpus is absent (it ships with CI, not with a clone); skipping the realworld case" >&2
      fi ;;
    *) echo "bench: unknown case $c (small 10k 100k bigfile realworld)" >&2; exit 2 ;;
  esac
done
