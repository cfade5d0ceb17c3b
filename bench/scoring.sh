#!/usr/bin/env bash
# Benchmark (issue 6): the results of a period for 130 units x 100 leaves, with JMH (ResultCalculatorBenchmark).
# Target: under 200 ms. Usage: bench/scoring.sh [extra JMH options, such as -prof gc]
# BUILD_LOCK=/path/to/lockfile runs the Maven steps under flock (for a working tree shared by several builds).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn() { if [ -n "${BUILD_LOCK:-}" ]; then flock "$BUILD_LOCK" ./mvnw "$@"; else ./mvnw "$@"; fi; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mvn -q -B test-compile
if [ ! -f target/test-classes/META-INF/BenchmarkList ]; then
  echo "target/test-classes/META-INF/BenchmarkList is missing: the JMH annotation processor" \
    "(jmh-generator-annprocess, test scope) did not run during test-compile" >&2
  exit 1
fi
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/classpath" > /dev/null
# Run from a copy of the classes, so that another build in the same tree cannot change them mid-run.
cp -r target/classes target/test-classes "$WORK"/
java -cp "$WORK/test-classes:$WORK/classes:$(cat "$WORK/classpath")" org.openjdk.jmh.Main ResultCalculatorBenchmark \
  -f 1 -wi 3 -i 5 "$@"
