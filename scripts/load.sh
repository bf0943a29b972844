#!/usr/bin/env bash
# Load test of the department page: the server (page cache warm) against nginx serving the very same HTML as a
# static file, in one run, with wrk on loopback. Prints requests/s and p99 latency of both and their ratio.
# Needs wrk and nginx (apt-get install -y wrk nginx-light). Usage: scripts/load.sh [seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-15}"
connections="${2:-64}"
page="/d/430/2023"
work="$(mktemp -d)"
port=18282
nginx_port=18283
trap 'kill -9 $(cat "$work/pid" 2>/dev/null) 2>/dev/null || true; [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null; rm -rf "$work"' EXIT
for tool in wrk nginx; do
  command -v "$tool" >/dev/null || [ -x "/usr/sbin/$tool" ] || { echo "需要 $tool：apt-get install -y wrk nginx-light"; exit 2; }
done
./mvnw -q -B -DskipTests -pl server -am package >/dev/null

# wrk is one client on loopback: lift the anonymous rate and share limits, which would otherwise refuse most of it.
(GONGKAI_DATA_DIR="$work/data" GONGKAI_PORT=$port java -jar server/target/gongkai-server.jar \
   --gongkai.limits.anonymous-per-second=1000000 --gongkai.limits.anonymous-burst=1000000 --gongkai.limits.anonymous-at-once=1000 \
   >"$work/server.log" 2>&1 &
 echo $! >"$work/pid")
for _ in $(seq 1 90); do curl -sf "localhost:$port/" >/dev/null && break; sleep 1; done
mkdir -p "$work/www/d/430"
curl -sf "localhost:$port$page" >"$work/page.html"
cp "$work/page.html" "$work/www$page"
# nginx workers run as an unprivileged user: let them read the page.
chmod -R a+rX "$work/www" && chmod a+x "$work"
echo "page: $page, $(wc -c <"$work/page.html") bytes; $connections connections, ${seconds}s each, wrk with 2 threads"

cat >"$work/nginx.conf" <<CONF
worker_processes 2;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  default_type "text/html; charset=utf-8";
  server {
    listen 127.0.0.1:$nginx_port;
    root $work/www;
  }
}
CONF
"$(command -v nginx || echo /usr/sbin/nginx)" -c "$work/nginx.conf" -p "$work"
sleep 1
cmp -s <(curl -s "localhost:$nginx_port$page") "$work/page.html" || { echo "nginx does not serve the page"; cat "$work/nginx-error.log"; exit 1; }

measure() {
  # Warm up, then measure.
  wrk -t2 -c"$connections" -d3s "$1" >/dev/null
  wrk -t2 -c"$connections" -d"${seconds}s" --latency "$1" >"$work/wrk.txt"
  rps=$(awk '/Requests\/sec/ {print $2}' "$work/wrk.txt")
  p99=$(awk '$1 == "99%" {print $2}' "$work/wrk.txt")
  errors=$(awk '/Non-2xx|Socket errors/ {print}' "$work/wrk.txt")
  echo "$2: $rps requests/s, p99 $p99${errors:+ ($errors)}"
}
measure "http://127.0.0.1:$nginx_port$page" "nginx (static file)"
nginx_rps=$rps
# The cached answer (sent with sendfile) must be the very page.
curl -s "localhost:$port$page" >/dev/null
cmp -s <(curl -s "localhost:$port$page") "$work/page.html" || { echo "the cached page differs from the rendered one"; exit 1; }
measure "http://127.0.0.1:$port$page" "Gongkai"
gongkai_rps=$rps
gongkai_p99=$p99
ratio=$(awk -v g="$gongkai_rps" -v n="$nginx_rps" 'BEGIN {printf "%.2f", g / n}')
p99_ms=$(awk -v p="$gongkai_p99" 'BEGIN { if (p ~ /us$/) {sub(/us$/, "", p); printf "%.2f", p / 1000} else if (p ~ /ms$/) {sub(/ms$/, "", p); printf "%.2f", p} else {sub(/s$/, "", p); printf "%.2f", p * 1000} }')
echo "ratio Gongkai / nginx: $ratio (goal ≥ 0.5); Gongkai p99: ${p99_ms} ms (goal < 50 ms)"
