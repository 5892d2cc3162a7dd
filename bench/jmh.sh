#!/usr/bin/env bash
# Runs the JMH benchmarks with short settings (one fork, 3 warm-up and 5 measured iterations of 2 s;
# JMH_SETTINGS replaces them) and prints JMH's table; the results also go to bench/out/jmh.csv.
# Arguments go to JMH: a regex selects benchmarks (e.g. bench/jmh.sh Check), -h lists its options.
#   ParseBenchmark.*     resources/s on one thread; the :megabytes rows are MB/s of YAML text
#   CheckBenchmark.checks resources/s through every check on one thread, once parsed
#   ScanBenchmark.scan    ms to scan 10,000 generated resources (~40 MB) from disk, all cores
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"
build_jar
exec "$java" -jar "$jar" ${JMH_SETTINGS:--f 1 -wi 3 -w 2s -i 5 -r 2s} -foe true \
  -jvmArgsAppend "-XX:+UseParallelGC -Xss4m" -rf csv -rff "$out/jmh.csv" "$@"
