# Sourced by the bench scripts: the project root, a JDK of version 21 or later (found the way
# ./test finds one), and the benchmarks jar, rebuilt when the sources are newer than it.
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/bench/out"
jar="$root/bench/target/benchmarks.jar"

find_jdk() {
  local best="" best_v=0 d v
  for d in ${KUBEWARD_JAVA:+$(dirname "$(dirname "$KUBEWARD_JAVA")")} ${JAVA_HOME:-} /usr/lib/jvm/* /opt/java/* "$HOME"/.sdkman/candidates/java/*; do
    [ -n "$d" ] && [ -f "$d/release" ] && [ -x "$d/bin/java" ] || continue
    v="$(sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$d/release" | head -n 1)"
    if [ -n "$v" ] && [ "$v" -ge 21 ] && [ "$v" -gt "$best_v" ]; then best="$d"; best_v="$v"; fi
  done
  if [ -z "$best" ]; then
    echo "bench: no JDK 21 or later found; install one or set JAVA_HOME" >&2
    exit 2
  fi
  export JAVA_HOME="$best"
  java="$best/bin/java"
  # The measuring JVMs run as ./kubeward runs a scan: its collector and stack size, and compact
  # object headers where the JDK has them (25 and later), which the launcher turns on too.
  warm_flags="-XX:+UseParallelGC -Xss4m"
  if [ "$best_v" -ge 25 ]; then warm_flags="$warm_flags -XX:+UseCompactObjectHeaders"; fi
}

build_jar() {
  if [ -f "$jar" ] && [ -z "$(find "$root"/pom.xml "$root"/*/pom.xml "$root"/*/src/main -newer "$jar" -print -quit 2>/dev/null)" ]; then
    return 0
  fi
  echo "bench: building bench/target/benchmarks.jar..." >&2
  if ! (cd "$root" && mvn -B -q ${KUBEWARD_MVN_OPTS:-} -DskipTests -pl bench -am package) >"$out/build.log" 2>&1; then
    echo "bench: the build failed; see $out/build.log" >&2
    exit 2
  fi
}

# generate N DIR: the generated set, made once and kept (the generator leaves a set it made alone).
generate() {
  "$java" -XX:+UseParallelGC -cp "$jar" dev.kubeward.bench.ManifestGenerator --count "$1" --out "$2" "${@:3}"
}

# median, minmax: of numbers read one a line; spread: "median (min-max)" of numbers separated by spaces.
median() { sort -g | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
minmax() { sort -g | awk 'NR == 1 {min = $1} {max = $1} END {printf "%s-%s", min, max}'; }
spread() { local v; v="$(tr ' ' '\n' | grep -v '^$')"; echo "$(median <<<"$v") ($(minmax <<<"$v"))"; }

mkdir -p "$out"
find_jdk
