#!/usr/bin/env bash
# Floods the public search with anonymous requests (random queries, from many made-up client addresses via
# X-Forwarded-For, which the server trusts from loopback as from a reverse proxy) and meanwhile measures a signed-in
# user's workspace page. Prints the flood's rate and answers, and the signed-in page's p50/p95 latency; the target is
# p50 under 300 ms. Loopback only; stops by itself. Needs wrk (apt-get install -y wrk).
# Usage: scripts/flood.sh [seconds] [connections] [heap]   (defaults: 30 s, 64 connections, 512m)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-30}"
connections="${2:-64}"
heap="${3:-512m}"
port=18291
work="$(mktemp -d)"
trap 'kill "$(cat "$work/pid" 2>/dev/null)" 2>/dev/null || true; rm -rf "$work"' EXIT
command -v wrk >/dev/null || { echo "需要 wrk：apt-get install -y wrk"; exit 2; }
[ -f server/target/gongkai-server.jar ] || ./mvnw -q -B -DskipTests -pl server -am package >/dev/null

(GONGKAI_DATA_DIR="$work/data" GONGKAI_PORT=$port exec java -Xmx"$heap" -jar server/target/gongkai-server.jar \
   >"$work/server.log" 2>&1 & echo $! >"$work/pid")
for _ in $(seq 1 120); do curl -sf "127.0.0.1:$port/" >/dev/null && break; sleep 1; done
password="$(sed -n 's/.*admin \/ \([^ ]*\).*/\1/p' "$work/server.log" | head -1)"
[ -n "$password" ] || { echo "no admin password in the server log"; exit 1; }

# Sign in through the login form, as a browser does.
jar="$work/cookies"
csrf="$(curl -s -c "$jar" "127.0.0.1:$port/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)"
curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "username=admin" --data-urlencode "password=$password" \
  --data-urlencode "_csrf=$csrf" "127.0.0.1:$port/login"
curl -sf -b "$jar" -o /dev/null "127.0.0.1:$port/work" || { echo "signing in failed"; exit 1; }

cat >"$work/flood.lua" <<'LUA'
math.randomseed(os.time())
request = function()
  local address = "10." .. math.random(0, 255) .. "." .. math.random(0, 255) .. "." .. math.random(1, 254)
  return wrk.format("GET", "/search?q=" .. math.random(1, 100000000), {["X-Forwarded-For"] = address})
end
LUA

measure() {
  : >"$work/$1.txt"
  local end=$((SECONDS + $2))
  while [ $SECONDS -lt $end ]; do
    curl -s -b "$jar" -o /dev/null -w '%{time_total}\n' "127.0.0.1:$port/work" >>"$work/$1.txt"
    sleep 0.2
  done
}
report() {
  sort -n "$work/$1.txt" | awk -v name="$1" '{ t[NR] = $1 * 1000 } END {
    printf "%s: %d requests, p50 %.0f ms, p95 %.0f ms\n", name, NR, t[int(NR * 0.5 + 0.5)], t[int(NR * 0.95 + 0.5)] }'
}

measure "signed-in page, quiet" 5
report "signed-in page, quiet"
wrk -t2 -c"$connections" -d"${seconds}s" -s "$work/flood.lua" "http://127.0.0.1:$port" >"$work/wrk.txt" &
flood=$!
sleep 2
measure "signed-in page, under flood" $((seconds - 4))
wait $flood
report "signed-in page, under flood"
echo "flood: $(awk '/Requests\/sec/ {print $2}' "$work/wrk.txt") anonymous requests/s over $connections connections;" \
  "$(awk '/Non-2xx/ {print $NF}' "$work/wrk.txt") of them refused (429/503), the rest answered"
