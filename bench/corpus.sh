#!/usr/bin/env bash
# Real-document benchmark: import + check of every real published disclosure of the corpus fixtures
# (io/src/test/resources/corpus: Shanghai and Jiangsu PDFs, one or two files each) with `gongkai inspect` on 2 threads,
# repeated; prints documents/s of each run (the inspection's own clock, JVM start excluded).
# Usage: bench/corpus.sh [runs] [threads]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
threads="${2:-2}"
./mvnw -q -B -DskipTests -pl cli -am package
corpus="$(mktemp -d)"
trap 'rm -rf "$corpus"' EXIT
find io/src/test/resources/corpus -name '*.pdf' -exec cp {} "$corpus"/ \;
echo "$(ls "$corpus" | wc -l) PDF files, $threads threads"
for run in $(seq 1 "$runs"); do
  java -Dfile.encoding=UTF-8 -jar cli/target/gongkai-cli.jar inspect "$corpus" --threads "$threads" -o "$corpus/report.json" >/dev/null 2>&1
  python3 - "$corpus/report.json" "$run" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))["summary"]
print(f"run {sys.argv[2]}: {s['documents']} documents in {s['millis']} ms = {s['documentsPerSecond']} documents/s")
PY
done
