#!/usr/bin/env bash
# Batch inspection benchmark: 1,000 documents (the samples' texts and generated XLSX/DOCX/PDF/JSON packages, a few
# broken files) inspected in parallel; prints documents/s and peak memory. The corpus is generated once under
# bench/target/. Usage: bench/inspect.sh [documents] [threads]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests -pl bench -am package
exec java ${JAVA_OPTS:-} -Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory -cp bench/target/benchmarks.jar org.gongkai.bench.InspectionBenchmark "${1:-1000}" "${2:-$(nproc)}"
