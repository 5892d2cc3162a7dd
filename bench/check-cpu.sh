#!/usr/bin/env bash
# The check pass timed directly (bench/.../CheckCpu.java): wall time per resource, and the process CPU time per resource, a figure that
# other processes on the machine move little, for comparing builds side by side.
#   bench/check-cpu.sh [default|all|per-resource] [1|cores] [warm-up calls] [measured calls]
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"
build_jar
exec "$java" $warm_flags -cp "$jar" dev.kubeward.bench.CheckCpu "$@"
