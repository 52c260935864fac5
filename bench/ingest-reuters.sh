#!/usr/bin/env bash
# Batch-ingest throughput on the Reuters-21578 corpus (21,578 articles), through the real system:
# starts `./factline up` on a throw-away FACTLINE_HOME, runs `./factline ingest` on the corpus,
# then waits until ingest-service's outbox is drained (every accepted article acknowledged by
# Kafka). Prints accepted/duplicate/rejected, wall time, articles/s, and the CLI's peak memory.
# Usage: bench/ingest-reuters.sh [CORPUS]   (default ../shared/corpus/reuters21578.jsonl.gz). Loopback only.
# FACTLINE_SERVICES=ingest-service measures ingest alone; the default runs the whole pipeline,
# so extraction and claims compete for the same cores while ingest runs.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
CORPUS="${1:-$ROOT/../shared/corpus/reuters21578.jsonl.gz}"
[[ -f "$CORPUS" ]] || { echo "bench/ingest-reuters.sh: corpus not found: $CORPUS (the shared corpus is absent)" >&2; exit 2; }
export FACTLINE_HOME; FACTLINE_HOME="$(mktemp -d)"
INGEST="http://127.0.0.1:${FACTLINE_INGEST_PORT:-8081}"
now_ms() { date +%s%3N; }

setsid "$ROOT/factline" up >"$FACTLINE_HOME/up.log" 2>&1 &
UP=$!
trap 'kill -TERM $UP 2>/dev/null; while kill -0 $UP 2>/dev/null; do sleep 0.2; done; rm -rf "$FACTLINE_HOME"' EXIT
until grep -q "Factline is up" "$FACTLINE_HOME/up.log"; do
  grep -q "^factline:" "$FACTLINE_HOME/up.log" && { cat "$FACTLINE_HOME/up.log" >&2; exit 1; }
  sleep 0.2
done

t0=$(now_ms)
/usr/bin/time -f "cli peak RSS: %M KiB" "$ROOT/factline" ingest "$CORPUS" 2>"$FACTLINE_HOME/ingest.err" | tee "$FACTLINE_HOME/ingest.out" || true
t1=$(now_ms)
grep "cli peak RSS" "$FACTLINE_HOME/ingest.err"
until [[ "$(curl -sf "$INGEST/q/metrics" | awk '/^factline_ingest_relay_pending /{print $2}')" == "0.0" ]]; do sleep 0.2; done
t2=$(now_ms)
accepted=$(grep -oE "accepted=[0-9]+" "$FACTLINE_HOME/ingest.out" | head -1 | cut -d= -f2)
total=$(grep -oE "ingested [0-9]+" "$FACTLINE_HOME/ingest.out" | cut -d' ' -f2)
echo "ingest (stored, answered): $total articles in $(( t1 - t0 )) ms = $(( total * 1000 / (t1 - t0) )) articles/s"
echo "published (outbox drained): $accepted accepted articles acknowledged by Kafka after $(( t2 - t0 )) ms = $(( accepted * 1000 / (t2 - t0) )) articles/s"
echo "ingest-service RSS: $(ps -o rss= -p "$(pgrep -f 'quarkus.http.port=8081' | head -1)") KiB"
