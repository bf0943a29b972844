#!/usr/bin/env bash
# Kills the server — the JVM and every PostgreSQL process, as one process group — with SIGKILL at random moments
# over many rounds of publish / correct / import, restarts it on the same data directory and checks that every write
# that was answered is still there and that nothing half-written appeared (scripts/durability.py says how).
# Usage: scripts/durability.sh [rounds]   (default 50; loopback only, stops by itself)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-50}"
./mvnw -q -B -DskipTests -pl server -am package >/dev/null
exec python3 scripts/durability.py "$rounds"
