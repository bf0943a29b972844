#!/usr/bin/env bash
# Scale benchmark (issue 17): loads N published disclosures the way the server stores them (server/scale/ScaleLoad:
# the samples published through the server's own code, copied to departments 「规模测试部门i」, about 100 a region),
# starts the server on them and prints: start → first page, heap in use after a full GC, one publication (a correction
# through the workflow) → visible and the longest a reader waited meanwhile, p99 and requests/s of the home, region and
# department pages, random searches and the open-data list, and each page's size.
# Usage: bench/scale.sh N [seconds per load test]. Needs wrk and curl (apt-get install -y wrk curl), python3.
# The loaded database is kept in $GONGKAI_SCALE_DIR/N (default /tmp/gongkai-scale/N) and reused by later runs.
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:?用法：bench/scale.sh N [每项压测秒数]}"
seconds="${2:-10}"
port="${GONGKAI_SCALE_PORT:-18391}"
dir="${GONGKAI_SCALE_DIR:-/tmp/gongkai-scale}/$n"
heap="${GONGKAI_SCALE_HEAP:-2g}"
jar=server/target/gongkai-server.jar
base="http://localhost:$port"
for tool in wrk curl python3; do command -v "$tool" >/dev/null || { echo "需要 $tool：apt-get install -y $tool"; exit 2; }; done
if [ ! -f "$jar" ] || [ -n "$(find core/src io/src server/src -newer "$jar" -type f -print -quit)" ]; then
  ./mvnw -q -B -DskipTests -pl server -am package
fi
server_pid=""
trap '[ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; wait 2>/dev/null || true' EXIT

if [ ! -f "$dir/loaded" ]; then
  rm -rf "$dir" && mkdir -p "$dir"
  echo "载入 $n 个公开版本…"
  GONGKAI_DATA_DIR="$dir/data" GONGKAI_PORT=$port java -Xmx1g -jar "$jar" --gongkai.scale.load="$n" >"$dir/load.log" 2>&1
  grep -a -o 'SCALE-LOADED.*' "$dir/load.log"
  touch "$dir/loaded"
fi
password() { grep -a "^$1 / " "$dir/load.log" | head -1 | sed 's/.* \/ //'; }

# One client on loopback: lift the anonymous rate limits, which would otherwise refuse most of the load.
started=$(date +%s.%N)
GONGKAI_DATA_DIR="$dir/data" GONGKAI_PORT=$port java -Xmx"$heap" -jar "$jar" \
  --gongkai.limits.anonymous-per-second=1000000 --gongkai.limits.anonymous-burst=1000000 --gongkai.limits.anonymous-at-once=1000 \
  >"$dir/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 600); do curl -sf -o /dev/null "$base/" && break; sleep 0.1; done
ready=$(date +%s.%N)
printf '%-34s %8.1f s\n' "启动 → 首页" "$(echo "$ready - $started" | bc)"

year=$(curl -sf "$base/api/public/portal" | python3 -c 'import json,sys; print(json.load(sys.stdin)["year"])')
region=990001
department=100001

jcmd "$server_pid" GC.run >/dev/null
used=$(jcmd "$server_pid" GC.heap_info | grep -o 'used [0-9]*K' | head -1 | grep -o '[0-9]*')
printf '%-34s %8d MB\n' "完全 GC 后堆内存" "$((used / 1024))"

# Publications: corrections of department 430's 2023 budget through the workflow (department, then reviewer), while
# two readers keep asking for the home and the region page; the longest of their waits meanwhile is reported. The
# first after start includes the JIT's warm-up of the rules, table generators and JSON readers; the second does not.
dept=(-u "dept430:$(password dept430)")
reviewer=(-u "reviewer:$(password reviewer)")
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
publish_once() {
  local label="$1" current draft lockVersion version t0 tp t1 wait_readers
  current=$(curl -sf "${dept[@]}" "$base/api/disclosures" | json '[x["id"] for x in d if x["departmentCode"]=="430" and x["year"]==2023 and x["status"]=="PUBLISHED" and not x["superseded"]][0]')
  draft=$(curl -sf "${dept[@]}" -X POST "$base/api/disclosures/$current/correct?reason=%E8%A7%84%E6%A8%A1%E6%B5%8B%E8%AF%95" | json 'd["id"]')
  lock() { curl -sf "${reviewer[@]}" "$base/api/disclosures/$draft" | json 'd["disclosure"]["lockVersion"]'; }
  # The samples are real documents with real errors, which block submission: the correction carries a valid model.
  curl -sf -o /dev/null "${dept[@]}" -X PUT -H 'Content-Type: application/json' --data-binary @bench/publication-model.json \
    "$base/api/disclosures/$draft/model?lockVersion=$(lock)"
  curl -sf -o /dev/null "${dept[@]}" -X POST "$base/api/disclosures/$draft/submit?lockVersion=$(lock)"
  curl -sf -o /dev/null "${reviewer[@]}" -X POST "$base/api/disclosures/$draft/approve?lockVersion=$(lock)"
  version=$(curl -sf "$base/api/public/departments/430/2023" | json 'len(d["versions"])')
  rm -f "$dir/readers.txt" "$dir/stop"
  for page in "/" "/region/$region"; do
    (while [ ! -f "$dir/stop" ]; do curl -s -o /dev/null -w '%{time_total}\n' "$base$page" >>"$dir/readers.txt"; done) &
  done
  sleep 1
  lockVersion=$(lock)
  t0=$(date +%s.%N)
  curl -sf -o /dev/null "${reviewer[@]}" -X POST "$base/api/disclosures/$draft/publish?lockVersion=$lockVersion"
  tp=$(date +%s.%N)
  until [ "$(curl -sf "$base/api/public/departments/430/2023" | json 'len(d["versions"])')" -gt "$version" ]; do sleep 0.01; done
  t1=$(date +%s.%N)
  sleep 1; touch "$dir/stop"; wait_readers=$(sort -g "$dir/readers.txt" | tail -1)
  printf '%-34s %8.0f ms（公开请求 %.0f ms；其间读者最长等待 %.0f ms）\n' "$label" "$(echo "($t1 - $t0) * 1000" | bc)" \
    "$(echo "($tp - $t0) * 1000" | bc)" "$(echo "$wait_readers * 1000" | bc)"
}
publish_once "一次公开 → 可见（启动后第一次）"
publish_once "一次公开 → 可见（第二次）"

# Throughput: wrk, 2 threads, 32 connections; random searches draw from names and codes that exist.
cat >"$dir/search.lua" <<'LUA'
local words = {"事业运行", "2010350", "招商引资", "2080505", "事业单位离退休", "住房公积金", "2210201", "规模测试部门1", "部门7",
  "30201", "办公费", "离退休", "养老保险", "一般行政管理事务", "医疗", "机关服务", "行政运行", "规模测试部门23", "维修", "差旅费"}
request = function()
  local q = words[math.random(#words)] .. (math.random(2) == 1 and "" or tostring(math.random(999)))
  return wrk.format("GET", "/search?q=" .. q:gsub("[^%w]", function(c) return string.format("%%%02X", string.byte(c)) end))
end
LUA
measure() {
  local label="$1" path="$2" extra=()
  [ -n "${3:-}" ] && extra=(-s "$3")
  wrk -t2 -c32 -d3s "${extra[@]}" "$base$path" >/dev/null 2>&1  # warm-up: JIT and the first render of each page
  local out
  out=$(wrk -t2 -c32 -d"${seconds}s" --latency "${extra[@]}" "$base$path" 2>&1)
  local rps p99
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p99=$(echo "$out" | awk '$1=="99%" {print $2}')
  printf '%-34s %10s req/s   p99 %8s\n' "$label" "$rps" "$p99"
}
measure "首页 /" "/"
measure "区域 /region/$region" "/region/$region?year=$year"
measure "部门 /d/$department/$year" "/d/$department/$year"
measure "随机搜索 /search?q=…" "/search" "$dir/search.lua"
measure "开放数据列表 /api/public/portal" "/api/public/portal?year=$year&page=2"

for page in "/" "/?year=$year&sort=three-public&page=3" "/region/$region?year=$year" "/d/$department/$year" "/search?q=%E8%A1%8C%E6%94%BF%E8%BF%90%E8%A1%8C" \
            "/api/public/portal?year=$year" "/compare"; do
  printf '%-34s %8d KB\n' "大小 ${page:0:28}" "$(( $(curl -s -o /dev/null -w '%{size_download}' "$base$page") / 1024 ))"
done
