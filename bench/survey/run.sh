#!/usr/bin/env bash
# The survey's benchmark (not a test; issue 12): a city round with 1,000 units and 400
# partners answering, on SQLite. See bench.py and README.md. Loopback only.
set -euo pipefail
cd "$(dirname "$0")/../.."
PROFILE=${PROFILE:-release}
TARGET=${CARGO_TARGET_DIR:-target}
if [ "$PROFILE" = release ]; then cargo build --release -q -p varn --bin varn; else cargo build -q -p varn --bin varn; PROFILE=debug; fi
bin=$TARGET/$PROFILE/varn
work=$(mktemp -d)
cleanup() { kill "${VARN_PID:-}" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
"$bin" --database-url "sqlite://$work/city.db" demo >/dev/null
VARN_LOG=warn "$bin" --database-url "sqlite://$work/city.db" serve --listen 127.0.0.1:18191 >"$work/varn.log" 2>&1 &
VARN_PID=$!
for _ in $(seq 1 100); do curl -fs http://127.0.0.1:18191/healthz >/dev/null 2>&1 && break; sleep 0.2; done
echo "Survey: 1,000 units and 400 partners, $(nproc) cores ($PROFILE), SQLite"
python3 bench/survey/bench.py http://127.0.0.1:18191 "$work/city.db"
