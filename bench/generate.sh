#!/usr/bin/env bash
# Generates N synthetic Kubernetes resources (about 4 KB each, 5 to a file) into DIR.
# usage: bench/generate.sh N DIR [--seed S] [--per-file K]
# The same N, seed and per-file leave an existing set as it is; DIR must be new, empty, or a set
# generated before.
set -euo pipefail
if [ $# -lt 2 ]; then
  echo "usage: bench/generate.sh N DIR [--seed S] [--per-file K]" >&2
  exit 2
fi
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"
build_jar
generate "$@"
