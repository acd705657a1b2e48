#!/usr/bin/env bash
# Load benchmark (not a test): Värn's signed-in start page and /healthz against a minimal
# axum handler on the same machine, 50 connections each, with wrk. Prints requests per
# second, p50 and p99 latency, and Värn's idle memory. Only loopback addresses are used;
# every run is bounded by DURATION.
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-50}
THREADS=${THREADS:-2}

if ! command -v wrk >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi
cargo build --release -q -p varn --bin varn --example ceiling
work=$(mktemp -d)
cleanup() { kill "${VARN_PID:-}" "${CEIL_PID:-}" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

./target/release/examples/ceiling 127.0.0.1:18091 >/dev/null &
CEIL_PID=$!
VARN_LOG=warn ./target/release/varn --database-url "sqlite://$work/bench.db" serve --demo --listen 127.0.0.1:18090 >"$work/varn.log" 2>&1 &
VARN_PID=$!
for _ in $(seq 1 100); do
  curl -fs http://127.0.0.1:18090/healthz >/dev/null 2>&1 && curl -fs http://127.0.0.1:18091/ >/dev/null 2>&1 && break
  sleep 0.2
done
sleep 2
idle_rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$VARN_PID/status")

# Sign in as the Södermalm coordinator, as a browser would.
jar="$work/cookies"
csrf=$(curl -fs -c "$jar" -b "$jar" http://127.0.0.1:18090/logga-in | sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -fs -o /dev/null -c "$jar" -b "$jar" -X POST http://127.0.0.1:18090/logga-in \
  --data-urlencode "csrf=$csrf" --data-urlencode "email=samordnare.sodermalm@demo.example" \
  --data-urlencode "password=Demo-Varn-2026" --data-urlencode "next=/start"
session=$(awk '$6 == "varn_session" {print $7}' "$jar")
[ -n "$session" ] || { echo "sign-in failed" >&2; exit 1; }
curl -fs -o /dev/null -H "Cookie: varn_session=$session" http://127.0.0.1:18090/start

measure() { # name url [header]
  local name=$1 url=$2 header=${3:-}
  local out
  if [ -n "$header" ]; then
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "$header" "$url")
  else
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$url")
  fi
  local rps p50 p99 errors
  rps=$(awk '/^Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  errors=$(awk '/Non-2xx/ {print $4}' <<<"$out")
  printf '| %-28s | %10s | %8s | %8s | %6s |\n' "$name" "$rps" "$p50" "$p99" "${errors:-0}"
  echo "$rps" >"$work/rps-${name//[^a-z]/_}"
}

echo "Load benchmark, $CONNECTIONS connections, $THREADS wrk threads, $DURATION each, $(nproc) cores"
echo
printf '| %-28s | %10s | %8s | %8s | %6s |\n' "target" "req/s" "p50" "p99" "non-2xx"
printf '|%s|%s|%s|%s|%s|\n' "------------------------------" "------------" "----------" "----------" "--------"
measure "ceiling (minimal axum)" http://127.0.0.1:18091/
measure "varn /healthz" http://127.0.0.1:18090/healthz
measure "varn /start (signed in)" http://127.0.0.1:18090/start "Cookie: varn_session=$session"
loaded_rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$VARN_PID/status")
ceiling=$(cat "$work/rps-ceiling__minimal_axum_")
start=$(cat "$work/rps-varn__start__signed_in_")
echo
awk -v s="$start" -v c="$ceiling" 'BEGIN { printf "start page at %.1f %% of the ceiling (target: at least 30 %%)\n", 100 * s / c }'
echo "idle memory: $((idle_rss_kb / 1024)) MB RSS (target: under 40 MB); after the load: $((loaded_rss_kb / 1024)) MB"
