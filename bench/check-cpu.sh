#!/usr/bin/env bash
# The check pass's CPU time per resource on one thread (bench/.../CheckCpu.java): a figure that
# other processes on the machine move little, for comparing builds side by side.
#   bench/check-cpu.sh [default|all|per-resource] [warm-up runs] [measured runs]
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"
build_jar
exec "$java" -XX:+UseParallelGC -Xss4m -cp "$jar" dev.kubeward.bench.CheckCpu "$@"
