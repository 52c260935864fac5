#!/usr/bin/env bash
# Measures the foundation slice on this machine: `./factline up` start-up time, then the time from
# posting a seed article to its fact being readable at the gateway, then a restart and a re-check.
# Usage: bench/slice.sh [SEED_FILE]   (default ../shared/corpus/seeds/001_e6bf3fbdcd1bfe9d.txt)
# Uses a throw-away FACTLINE_HOME, so your own .factline data is untouched. Loopback only.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SEED="${1:-$ROOT/../shared/corpus/seeds/001_e6bf3fbdcd1bfe9d.txt}"
[[ -f "$SEED" ]] || { echo "bench/slice.sh: seed file not found: $SEED (the shared corpus is absent)" >&2; exit 2; }
export FACTLINE_HOME; FACTLINE_HOME="$(mktemp -d)"
export FACTLINE_ADMIN_KEY; FACTLINE_ADMIN_KEY="bench-$(date +%s%N)"   # the gateway's first admin key for this run
AUTH=(-H "Authorization: Bearer $FACTLINE_ADMIN_KEY")
now_ms() { date +%s%3N; }

start_up() {
  local log=$1 t0; t0=$(now_ms)
  setsid "$ROOT/factline" up >"$log" 2>&1 &
  echo $! >"$FACTLINE_HOME/up.pid"
  for _ in $(seq 1 600); do
    grep -q "Factline is up" "$log" && break
    grep -q "^factline:" "$log" && { cat "$log" >&2; exit 1; }
    sleep 0.1
  done
  echo $(( $(now_ms) - t0 ))
}
stop() {
  local pid; pid=$(cat "$FACTLINE_HOME/up.pid")
  kill -TERM "$pid"
  while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
}

"$ROOT/factline" help >/dev/null
first=$(start_up "$FACTLINE_HOME/up1.log")
echo "up (cold data dir): ${first} ms"
t0=$(now_ms)
"$ROOT/factline" ingest "$SEED" >/dev/null 2>&1
until curl -sf "${AUTH[@]}" localhost:"${FACTLINE_GATEWAY_PORT:-8080}"/api/v1/facts/deaths:person | grep -q '"low":83'; do
  (( $(now_ms) - t0 > 60000 )) && { echo "fact not visible after 60 s" >&2; stop; exit 1; }
  sleep 0.05
done
echo "post seed -> fact readable at gateway: $(( $(now_ms) - t0 )) ms"
stop
second=$(start_up "$FACTLINE_HOME/up2.log")
echo "up (restart, existing data): ${second} ms"
curl -sf "${AUTH[@]}" localhost:"${FACTLINE_GATEWAY_PORT:-8080}"/api/v1/facts/deaths:person | grep -q '"low":83' \
  && echo "fact still there after restart: yes" || { echo "fact still there after restart: NO"; stop; exit 1; }
stop
rm -rf "$FACTLINE_HOME"
