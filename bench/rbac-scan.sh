#!/usr/bin/env bash
# Times `kubeward scan` over N RBAC objects (default 10,000: a quarter each of Roles, RoleBindings,
# ClusterRoles and ClusterRoleBindings in 50 namespaces, a tenth of the roles risky, some
# ClusterRoles aggregated into view), through the launcher as a user runs it: once with the RBAC
# rules (KW-0200..KW-0243), once with one workload rule (the cost of reading the input alone).
# Prints wall time, CPU time (user+sys) and peak RSS, the median of RUNS runs (default 3).
#
# usage: bench/rbac-scan.sh [N]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-10000}"
runs="${RUNS:-3}"
dir="$root/bench/out/rbac-$n"
if [ ! -f "$dir/rbac.yaml" ]; then
  mkdir -p "$dir"
  awk -v n="$n" 'BEGIN {
    q = int(n / 4)
    for (i = 0; i < q; i++) {
      ns = "ns" (i % 50)
      verbs = (i % 10 == 0) ? "[get, list, watch]" : "[get, list]"
      res = (i % 10 == 0) ? "[secrets, configmaps]" : "[configmaps, services]"
      printf "apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata: {name: role-%d, namespace: %s}\nrules:\n- apiGroups: [\"\"]\n  resources: %s\n  verbs: %s\n- apiGroups: [apps]\n  resources: [deployments]\n  verbs: [get, list, watch]\n---\n", i, ns, res, verbs
      printf "apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata: {name: rb-%d, namespace: %s}\nroleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: role-%d}\nsubjects:\n- {kind: ServiceAccount, name: sa-%d, namespace: %s}\n- {kind: Group, name: team-%d, apiGroup: rbac.authorization.k8s.io}\n---\n", i, ns, i, i, ns, i % 100
      label = (i % 20 == 0) ? "\n  labels: {rbac.authorization.k8s.io/aggregate-to-view: \"true\"}" : ""
      cres = (i % 10 == 5) ? "[pods/exec, pods]" : "[pods, pods/log]"
      cverbs = (i % 10 == 5) ? "[create, get]" : "[get, list]"
      printf "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: cr-%d%s\nrules:\n- apiGroups: [\"\"]\n  resources: %s\n  verbs: %s\n---\n", i, label, cres, cverbs
      printf "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata: {name: crb-%d}\nroleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cr-%d}\nsubjects:\n- {kind: User, name: user-%d, apiGroup: rbac.authorization.k8s.io}\n---\n", i, (i * 7) % q, i
    }
  }' > "$dir/rbac.yaml"
fi
rules="$("$root/kubeward" rules | grep -o 'KW-02[0-9][0-9]' | sort -u | paste -sd, -)"
"$root/kubeward" scan --no-progress -o json=/dev/null --enable KW-0001 "$dir" >/dev/null 2>&1 || true
measure() {
  local label="$1"; shift
  local log; log="$(mktemp)"
  for ((i = 0; i < runs; i++)); do
    /usr/bin/time -f "%e %U %S %M" -o "$log" "$root/kubeward" scan --no-progress -o json=/dev/null "$@" "$dir" >/dev/null 2>&1 || true
    tail -n 1 "$log"
  done | sort -g | awk -v label="$label" '{w[NR] = $1; c[NR] = $2 + $3; r[NR] = $4} END {m = int((NR + 1) / 2); printf "| %s | %.2f s | %.2f s | %d MB |\n", label, w[m], c[m], r[m] / 1024}'
  rm -f "$log"
}
echo "| $n RBAC objects, $(du -h "$dir/rbac.yaml" | cut -f1) | wall | CPU | peak RSS |"
echo "|---|---|---|---|"
measure "RBAC rules (KW-0200..KW-0243)" --enable "$rules"
measure "one workload rule (reading alone)" --enable KW-0001
