# Sourced by the gateway benchmarks: starts `./factline up` in the background with the caller's
# environment (FACTLINE_HOME must be set) and stops it again.
# factline_up: waits until every service is ready (at most 180 s); factline_down: stops it and waits.
factline_up() {
  setsid "$ROOT/factline" up >"$FACTLINE_HOME/up.log" 2>&1 &
  echo $! >"$FACTLINE_HOME/up.pid"
  for _ in $(seq 1 1800); do
    grep -q "Factline is up" "$FACTLINE_HOME/up.log" && return 0
    grep -q "^factline:" "$FACTLINE_HOME/up.log" && { cat "$FACTLINE_HOME/up.log" >&2; return 1; }
    sleep 0.1
  done
  echo "Factline did not come up in 180 s; log: $FACTLINE_HOME/up.log" >&2
  return 1
}

factline_down() {
  [[ -f "$FACTLINE_HOME/up.pid" ]] || return 0
  local pid; pid=$(cat "$FACTLINE_HOME/up.pid")
  kill -TERM "$pid" 2>/dev/null || true
  while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
}
