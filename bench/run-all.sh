#!/usr/bin/env bash
# Re-measures every figure of docs/benchmarks.md in one go (about 20 minutes on 2 cores): the JMH
# benchmarks (bench/jmh.sh), the CLI timings (bench/cli-time.sh) and the network ones (bench/netpol.sh). Writes the results to
# bench/out/results-DATE.md; with --update-docs, also replaces the measured section of
# docs/benchmarks.md (between its "bench:results" markers). Run it after adding checks.
# usage: bench/run-all.sh [--update-docs]
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"
update=0
[ "${1:-}" = --update-docs ] && update=1
build_jar
results="$out/results-$(date -u +%Y%m%d-%H%M).md"
{
  echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') at $(cd "$root" && git rev-parse --short HEAD 2>/dev/null || echo '?')" \
    "$(cd "$root" && git diff --quiet HEAD 2>/dev/null || echo '(with uncommitted changes)')"
  echo "on $(nproc) cores ($(sed -n 's/^model name\s*: //p' /proc/cpuinfo 2>/dev/null | head -n 1)," \
    "$(awk '/MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo 2>/dev/null) RAM), $("$java" -version 2>&1 | head -n 1);" \
    "load average before: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)."
  echo
  echo "Command: \`bench/jmh.sh\`"
  echo
  "$root/bench/jmh.sh" 2>"$out/jmh.err" | sed -n '/^JMH, /,$p'
  echo
  echo "Command: \`bench/cli-time.sh\`"
  echo
  "$root/bench/cli-time.sh" 2>"$out/cli-time.err"
  echo
  echo "Command: \`bench/netpol.sh --no-jmh\` (the Netpol JMH figures are in the table above)"
  echo
  "$root/bench/netpol.sh" --no-jmh 2>"$out/netpol.err"
  echo
  echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)."
} | tee "$results"
echo "bench: wrote $results" >&2
if [ "$update" = 1 ]; then
  doc="$root/docs/benchmarks.md"
  awk -v results="$results" '
    /<!-- bench:results:start -->/ {print; while ((getline line < results) > 0) print line; skip = 1; next}
    /<!-- bench:results:end -->/ {skip = 0}
    !skip {print}' "$doc" >"$doc.new" && mv "$doc.new" "$doc"
  echo "bench: updated $doc" >&2
fi
