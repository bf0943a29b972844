#!/usr/bin/env bash
# Kills the server with SIGKILL during an import and right after a publish, restarts it on the same data
# directory, and shows that every committed disclosure is intact (and nothing half-written appeared).
set -euo pipefail
cd "$(dirname "$0")/.."
data="$(mktemp -d)"
port=18181
log="$data/server.log"
trap 'kill -9 $(cat "$data/pid" 2>/dev/null) 2>/dev/null || true; cp "$log" /tmp/durability.log 2>/dev/null; rm -rf "$data"' EXIT
./mvnw -q -B -DskipTests -pl server -am package >/dev/null

start() {
  GONGKAI_DATA_DIR="$data" GONGKAI_PORT=$port java -jar server/target/gongkai-server.jar >>"$log" 2>&1 &
  echo $! >"$data/pid"
  for _ in $(seq 1 60); do curl -sf "localhost:$port/api/public/disclosures" >/dev/null && return; sleep 1; done
  echo "server did not start"; exit 1
}
api() { curl -s -u "dept430:$password" "$@"; }
published() { curl -s "localhost:$port/api/public/disclosures" | grep -c '"status" : "PUBLISHED"' || true; }
count() { curl -s -u "admin:$admin" "localhost:$port/api/disclosures" | grep -c '"id"' || true; }

start
for _ in $(seq 1 30); do grep -q '^dept430 / ' "$log" && break; sleep 1; done
password="$(grep '^dept430 / ' "$log" | awk '{print $3}')"
admin="$(grep '^admin / ' "$log" | awk '{print $3}')"
reviewer="$(grep '^reviewer / ' "$log" | awk '{print $3}')"
echo "started: $(published) published disclosures"

# A correction of the 2023 sample, published, then SIGKILL right after the publish answered.
id=$(api -X POST "localhost:$port/api/disclosures/1/correct?reason=durability" | grep -m1 '"id"' | grep -o '[0-9]*')
lock() { curl -s -u "admin:$admin" "localhost:$port/api/disclosures/$id" | grep -m1 '"lockVersion"' | grep -o '[0-9]*'; }
# The sample's own mistakes fixed in the correction, so it can go through review and be published.
curl -s "localhost:$port/api/public/disclosures/1" | sed -e 's/≥308 万元/≤308 万元/' -e 's/≥24 小时/≤24 小时/' -e 's/8320.77/8900.03/' >"$data/fixed.json"
api -X PUT -H 'Content-Type: application/json' --data-binary @"$data/fixed.json" "localhost:$port/api/disclosures/$id/model?lockVersion=$(lock)" >/dev/null
api -X POST "localhost:$port/api/disclosures/$id/submit?lockVersion=$(lock)" | grep -m1 '"status"'
curl -s -u "reviewer:$reviewer" -X POST "localhost:$port/api/disclosures/$id/approve?lockVersion=$(lock)" | grep -m1 '"status"'
api -X POST "localhost:$port/api/disclosures/$id/publish?lockVersion=$(lock)" | grep -m1 '"status"'
before=$(count)
kill -9 "$(cat "$data/pid")"; sleep 1
start
after=$(count)
echo "after SIGKILL right after a publish: $after disclosures (before: $before), $(published) published"
[ "$before" = "$after" ] || { echo "disclosures lost or duplicated"; exit 1; }
curl -sf "localhost:$port/api/public/disclosures/$id" >/dev/null || { echo "the publication was lost"; exit 1; }
curl -s "localhost:$port/api/public/disclosures" | grep -q '"superseded" : true' || { echo "the corrected version is not marked superseded"; exit 1; }
echo "the correction stayed published and the first version is marked superseded"

# SIGKILL in the middle of an upload being imported.
api -F "file=@samples/qhd-etdz-affairs-2023/input.txt" "localhost:$port/api/disclosures/upload" >/dev/null &
sleep 0.3; kill -9 "$(cat "$data/pid")"; sleep 1
start
final=$(count)
echo "after SIGKILL during an import: $final disclosures (either the import committed whole or not at all)"
[ "$final" -ge "$after" ] && [ "$final" -le $((after + 1)) ] || { echo "unexpected count"; exit 1; }
curl -sf "localhost:$port/api/public/disclosures/1" | grep -q '"8900.03"\|8900.03' && echo "the published 2023 sample is intact"
