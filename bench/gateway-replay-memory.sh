#!/usr/bin/env bash
# Heap of the gateway while it streams GET /api/v1/events for a store of 100,000 events.
# Starts the embedded infrastructure and api-gateway only (`FACTLINE_SERVICES=api-gateway ./factline up`,
# throw-away FACTLINE_HOME, gateway heap capped with -Xmx, default 64m) and, on claims-service's port,
# a stand-in for its /internal/v1/events feed serving EVENTS commits of one fact.FactVersioned.v1 each
# (about 400 bytes per NDJSON line). Samples the gateway's used heap from /q/metrics every 0.2 s while
# curl reads the whole NDJSON stream, and prints lines, bytes, and heap before / peak / after.
# Usage: bench/gateway-replay-memory.sh [EVENTS=100000] [XMX=64m]    Needs curl and python3.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
EVENTS="${1:-100000}"; XMX="${2:-64m}"
PORT="${FACTLINE_GATEWAY_PORT:-8080}"; CLAIMS_PORT="${FACTLINE_CLAIMS_PORT:-8083}"
GW="http://127.0.0.1:$PORT"
export FACTLINE_HOME; FACTLINE_HOME="$(mktemp -d)"
export FACTLINE_ADMIN_KEY; FACTLINE_ADMIN_KEY="bench-$(date +%s%N)"
AUTH=(-H "Authorization: Bearer $FACTLINE_ADMIN_KEY")

# shellcheck source=bench/factline-run.sh
source "$ROOT/bench/factline-run.sh"
cleanup() {
  [[ -f "$FACTLINE_HOME/standin.pid" ]] && kill "$(cat "$FACTLINE_HOME/standin.pid")" 2>/dev/null || true
  factline_down
  rm -rf "$FACTLINE_HOME"
}
trap cleanup EXIT

python3 - "$CLAIMS_PORT" "$EVENTS" >"$FACTLINE_HOME/standin.log" 2>&1 <<'PY' &
import json, sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlparse, parse_qs
port, total = int(sys.argv[1]), int(sys.argv[2])
class Feed(BaseHTTPRequestHandler):
    def do_GET(self):
        u = urlparse(self.path)
        if u.path != "/internal/v1/events":
            self.send_response(404); self.end_headers(); return
        q = parse_qs(u.query)
        start, limit = int(q.get("from", ["0"])[0]), int(q.get("limit", ["100"])[0])
        page = []
        for p in range(start + 1, min(total, start + limit) + 1):
            t = "2025-11-%02dT%02d:%02d:%02dZ" % (1 + p // 86400, p // 3600 % 24, p // 60 % 60, p % 60)
            page.append({"position": p, "factKey": "count:ship", "streamVersion": p, "recordedAt": t, "events": [{
                "specversion": "1.0", "id": "fact-count:ship-s%d-0" % p, "type": "fact.FactVersioned.v1",
                "source": "factline/claims-service", "time": t, "subject": "count:ship", "datacontenttype": "application/json",
                "data": {"factKey": "count:ship", "version": p, "change": "CORROBORATED", "note": "x" * 120}}]})
        body = json.dumps(page).encode()
        self.send_response(200); self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body))); self.end_headers(); self.wfile.write(body)
    def log_message(self, *a): pass
ThreadingHTTPServer(("127.0.0.1", port), Feed).serve_forever()
PY
echo $! >"$FACTLINE_HOME/standin.pid"

FACTLINE_SERVICES=api-gateway FACTLINE_SERVICE_JVM_OPTS="-Xmx$XMX -XX:+UseSerialGC" factline_up

heap() {  # used heap in bytes, summed over the heap pools
  curl -sf "$GW/q/metrics" | awk '/^jvm_memory_used_bytes\{/ && /area="heap"/ {s += $NF} END {printf "%d\n", s}'
}
mib() { awk -v b="$1" 'BEGIN {printf "%.1f MiB", b / 1048576}'; }
curl -sf "${AUTH[@]}" -o /dev/null "$GW/api/v1/events?from=$((EVENTS - 10))"   # warm the path once
before=$(heap)
( while :; do heap >>"$FACTLINE_HOME/heap.samples"; sleep 0.2; done ) &
SAMPLER=$!
t0=$(date +%s%3N)
curl -sfN "${AUTH[@]}" "$GW/api/v1/events" -o "$FACTLINE_HOME/events.ndjson"
t1=$(date +%s%3N)
kill "$SAMPLER"; wait "$SAMPLER" 2>/dev/null || true
after=$(heap)
peak=$(sort -n "$FACTLINE_HOME/heap.samples" | tail -1)
lines=$(wc -l <"$FACTLINE_HOME/events.ndjson"); bytes=$(wc -c <"$FACTLINE_HOME/events.ndjson")
echo "streamed $lines NDJSON lines, $(mib "$bytes") in $((t1 - t0)) ms, gateway -Xmx$XMX, $(wc -l <"$FACTLINE_HOME/heap.samples") heap samples"
echo "used heap: before $(mib "$before"), peak during the stream $(mib "$peak"), after $(mib "$after")"
