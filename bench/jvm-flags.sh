#!/usr/bin/env bash
# Compares JVM flag sets on one input: runs the CLI jar directly (not through the launcher, so its
# own flag choice stays out) with each set in turn, RUNS rounds interleaved so that a change in
# the machine's load hits every set alike, and prints wall time, CPU time (user+sys) and peak RSS
# as median (min-max). Used to choose the launcher's flags; see docs/benchmarks.md.
# usage: bench/jvm-flags.sh RUNS INPUT 'LABEL|FLAGS' ...
#   bench/jvm-flags.sh 5 bench/out/gen-10000 'c1|-XX:TieredStopAtLevel=1' 'full|'
# Every set also gets -Xss4m and the launcher's AOT cache when there is one (JDK 25+); pass
# -XX:+UseParallelGC or another collector in FLAGS.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"
if [ $# -lt 3 ]; then
  sed -n '2,10p' "${BASH_SOURCE[0]}" >&2
  exit 2
fi
runs="$1" input="$2"; shift 2
"$root/kubeward" scan --no-progress -o json=/dev/null "$input" >/dev/null 2>&1 || true # builds the jar, trains the cache
cli_jar="$root/cli/target/kubeward.jar" aot="$root/cli/target/kubeward.aot" common=(-Xss4m)
[ -f "$aot" ] && [ "$aot" -nt "$cli_jar" ] && common+=(-XX:AOTCache="$aot" -Xlog:aot=off -Xlog:cds=off)
declare -A walls cpus rsss
log="$(mktemp)"
for ((i = 0; i < runs; i++)); do
  for set in "$@"; do
    label="${set%%|*}" flags="${set#*|}"
    # shellcheck disable=SC2086 # FLAGS is a list of words
    /usr/bin/time -f "%e %U %S %M" -o "$log" "$java" "${common[@]}" $flags -jar "$cli_jar" \
      scan --no-progress -o json=/dev/null "$input" >/dev/null 2>&1 || true
    read -r e u s m < <(tail -n 1 "$log")
    walls[$label]+="$e " cpus[$label]+="$(awk -v u="$u" -v s="$s" 'BEGIN {printf "%.2f", u + s}') " rsss[$label]+="$((m / 1024)) "
  done
done
rm -f "$log"
echo "| flags | wall s | CPU s | peak RSS MB |"
echo "|---|---|---|---|"
for set in "$@"; do
  label="${set%%|*}"
  echo "| $label: \`${set#*|}\` | $(echo "${walls[$label]}" | spread) | $(echo "${cpus[$label]}" | spread) | $(echo "${rsss[$label]}" | spread) |"
done
