#!/usr/bin/env bash
# Builds the benchmarks and runs them; extra arguments go to JMH (e.g. -p lines=500,5000).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests -pl bench -am package
exec java -jar bench/target/benchmarks.jar -f 1 -wi 3 -w 2s -i 5 -r 2s "$@"
