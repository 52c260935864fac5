#!/usr/bin/env bash
# Runs the JMH benchmarks of the benchmarks module. Arguments go to JMH, e.g.
#   bench/jmh.sh ExtractionBenchmark -f 1 -wi 3 -i 5 -prof gc
# Builds the module (and what it needs, without tests) first unless FACTLINE_BENCH_NOBUILD=1.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${FACTLINE_BENCH_NOBUILD:-0}" != 1 ]; then
  ./mvnw -q -B -pl benchmarks -am package -DskipTests >&2
fi
cp="benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)"
exec java ${FACTLINE_BENCH_JVM_ARGS:-} -cp "$cp" org.openjdk.jmh.Main "$@"
