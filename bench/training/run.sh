#!/usr/bin/env bash
# Training benchmark (not a test; issue 13): the demo city scaled to 50,000 employees with
# 200,000 completion rows over 10 years (city.py), on SQLite. Times the per-unit figures page
# of an administration (Södermalm, as its coordinator), its API, and the city page (as the
# central coordinator): curl's time to first byte, median of 20; and the import of a
# 50,000-row XLSX export through the page, from upload to answer (the import is synchronous).
# Loopback only. PROFILE=release for a release build (it takes the shared target's lock for
# minutes); the default is the debug build.
set -euo pipefail
cd "$(dirname "$0")/../.."
PROFILE=${PROFILE:-debug}
TARGET=${CARGO_TARGET_DIR:-target}
if [ "$PROFILE" = release ]; then
  cargo build --release -q -p varn --bin varn
else
  cargo build -q -p varn --bin varn
fi
bin=$TARGET/$PROFILE/varn
work=$(mktemp -d)
cleanup() { kill "${VARN_PID:-}" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
here=bench/training
base=http://127.0.0.1:18191

median() { sort -n | awk '{ t[NR] = $1 * 1000 } END { printf "%.1f", t[int((NR + 1) / 2)] }'; }

sign_in() { # email jar
  local csrf
  rm -f "$2"
  csrf=$(curl -fs -c "$2" -b "$2" "$base/logga-in" | sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p' | head -1)
  curl -fs -o /dev/null -c "$2" -b "$2" -X POST "$base/logga-in" \
    --data-urlencode "csrf=$csrf" --data-urlencode "email=$1" \
    --data-urlencode "password=Demo-Varn-2026" --data-urlencode "next=/start"
  awk '$6 == "varn_session" {print $7}' "$2"
}

time_page() { # session path label
  curl -fs -o /dev/null -H "Cookie: varn_session=$1" "$base$2"
  local ms
  ms=$(for _ in $(seq 1 20); do
    curl -fs -o /dev/null -w '%{time_starttransfer}\n' -H "Cookie: varn_session=$1" "$base$2"
  done | median)
  printf '| %-62s | %9s ms |\n' "$3" "$ms"
}

"$bin" --database-url "sqlite://$work/city.db" demo >/dev/null
made=$(python3 "$here/city.py" sqlite "$work/city.db")
sod_units=$(sqlite3 "$work/city.db" "SELECT group_concat(u.code) FROM units u JOIN departments d ON d.id = u.department_id JOIN administrations a ON a.id = d.administration_id WHERE a.code = 'SOD' AND u.valid_to IS NULL")
python3 "$here/city.py" xlsx 50000 "$work/export.xlsx" "$sod_units"

VARN_LOG=warn "$bin" --database-url "sqlite://$work/city.db" serve --listen 127.0.0.1:18191 >"$work/varn.log" 2>&1 &
VARN_PID=$!
for _ in $(seq 1 100); do curl -fs "$base/healthz" >/dev/null 2>&1 && break; sleep 0.2; done

echo "Training, SQLite, $made, $(nproc) cores ($PROFILE)"
echo
printf '| %-62s | %12s |\n' "page (median of 20, time to first byte)" time
printf '|%s|%s|\n' ---------------------------------------------------------------- --------------
coordinator=$(sign_in samordnare.sodermalm@demo.example "$work/jar1")
sod=$(curl -fs -H "Cookie: varn_session=$coordinator" "$base/utbildning" | grep -o '/utbildning/forvaltningar/[0-9]*' | head -1 | grep -o '[0-9]*$')
time_page "$coordinator" "/utbildning/forvaltningar/$sod" "administration's figures per unit, today (page, with trend)"
time_page "$coordinator" "/utbildning/forvaltningar/$sod?datum=2020-12-31" "administration's figures at the end of 2020 (page)"
time_page "$coordinator" "/api/v1/administrations/$sod/training/figures" "administration's figures (API)"
central=$(sign_in central@demo.example "$work/jar2")
time_page "$central" "/utbildning/stad" "the city, per administration, suppressed (page)"
time_page "$central" "/utbildning/stad?datum=2020-12-31" "the city at the end of 2020 (page)"
time_page "$central" "/utbildning/stad?datum=2020-06-30" "the city on 2020-06-30, from the tallies and one year's rows (page)"

# The import of a 50,000-row XLSX export through the page, as a coordinator uploads it.
csrf=$(curl -fs -H "Cookie: varn_session=$coordinator" "$base/utbildning/forvaltningar/$sod/hantera" | sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p' | head -1)
start=$(date +%s.%N)
location=$(curl -fs -o /dev/null -w '%{redirect_url}' -H "Cookie: varn_session=$coordinator" \
  -F "file=@$work/export.xlsx" "$base/utbildning/forvaltningar/$sod/import?csrf=$csrf")
elapsed=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.2f", e - s }')
printf '| %-62s | %10s s |  %s\n' "import of a 50,000-row XLSX export (upload to answer)" "$elapsed" "${location##*\?}"
time_page "$coordinator" "/utbildning/forvaltningar/$sod" "administration's figures after the import (page)"
