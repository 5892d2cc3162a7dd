#!/usr/bin/env bash
# Runs the JMH benchmarks, then prints a markdown table: for each figure the median and spread
# (min-max) of the measured iterations over all forks, beside its target.
#   default settings: 2 forks, each 8 warm-up iterations of 4 s (a shorter warm-up measures code
#   C2 has not finished compiling: after 5 the check pass on 2 threads still rose from one
#   iteration to the next) and 4 measured iterations of 3 s
#   (JMH_SETTINGS replaces them); arguments go to JMH: a regex selects benchmarks (bench/jmh.sh Check), -h lists
#   JMH's options. JMH's own results also go to bench/out/jmh.json.
#   ParseBenchmark   MB/s of YAML text and resources/s, one thread, text in memory
#   CheckBenchmark   resources/s through every check once parsed, one thread and all cores
#   ScanBenchmark    ms to scan 10,000 generated resources (~40 MB) from disk, all cores, warm JVM
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"
build_jar
# The forks run with the CLI's collector, stack size and object headers (common.sh: warm_flags), and full JIT
# (they measure warm code).
exec "$java" -cp "$jar" dev.kubeward.bench.Benchmarks ${JMH_SETTINGS:--f 2 -wi 8 -w 4s -i 4 -r 3s} -foe true \
  -jvmArgsAppend "$warm_flags" -rf json -rff "$out/jmh.json" "$@"
