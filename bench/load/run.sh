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

# The follow-up page of an administration's plan with 200 activities (issue 4's target:
# under 50 ms server time). The plan is made through the API; the time is curl's time to
# the first byte on loopback, over 100 sequential requests after 5 to warm up.
token=$(./target/release/varn --database-url "sqlite://$work/bench.db" token create \
  --email samordnare.sodermalm@demo.example --label bench)
api() { curl -fs -H "Authorization: Bearer $token" -H 'content-type: application/json' "$@"; }
sod=$(api http://127.0.0.1:18090/api/v1/administrations |
  node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>{const a=JSON.parse(s);console.log((a.administrations||a).find(x=>x.code==='SOD').id)})")
plan=$(api -X POST "http://127.0.0.1:18090/api/v1/administrations/$sod/plans" \
  -d '{"title":"Plan med 200 aktiviteter","period_start":"2090-01-01","period_end":"2090-12-31"}' |
  node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>console.log(JSON.parse(s).id))")
areas=(preventive preventing grants_premises competence collaboration other)
for i in $(seq 1 200); do
  api -o /dev/null -X POST "http://127.0.0.1:18090/api/v1/plans/$plan/activities" \
    -d "{\"area\":\"${areas[$((i % 6))]}\",\"text\":\"Aktivitet $i: samtal med personalgrupper om rutinen vid oro\",\"responsible\":\"Enhetschef\",\"schedule\":\"4 ggr/år\",\"follow_up\":{\"points\":[\"T1\",\"T2\",\"VB\"]}}"
done
api -o /dev/null -X POST "http://127.0.0.1:18090/api/v1/plans/$plan/decide" -d '{"decided_on":"2090-01-15","reference":"§ 1"}'
count=$(api "http://127.0.0.1:18090/api/v1/plans/$plan" |
  node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>{const p=JSON.parse(s);console.log(p.status+' '+p.activities.length)})")
[ "$count" = "decided 200" ] || { echo "the 200-activity plan was not made: $count" >&2; exit 1; }
page="http://127.0.0.1:18090/planer/$plan/uppfoljning?punkt=T1"
curl -fs -o /dev/null -H "Cookie: varn_session=$session" "$page" || { echo "the follow-up page did not answer 200" >&2; exit 1; }
for _ in 1 2 3 4 5; do curl -fs -o /dev/null -H "Cookie: varn_session=$session" "$page"; done
for _ in $(seq 1 100); do
  curl -fs -o /dev/null -w '%{time_starttransfer}\n' -H "Cookie: varn_session=$session" "$page"
done | sort -n | awk '{ t[NR] = $1 * 1000 } END {
  printf "follow-up page, 200 activities: median %.1f ms, p95 %.1f ms, max %.1f ms (target: under 50 ms)\n", t[int(NR / 2)], t[int(NR * 0.95)], t[NR] }'

# The inbox with 10,000 forms (issue 9's target: under 100 ms server time). The forms are
# sent through the API by an employee, 50 at a time; the first page of the inbox (50 forms,
# the count and the page links) is then timed for the coordinator, page and API, over 100
# sequential requests after 5 to warm up.
employee=$(./target/release/varn --database-url "sqlite://$work/bench.db" token create \
  --email medarbetare.sodermalm@demo.example --label bench)
SOD=$sod TOKEN=$employee node - <<'JS'
const base = 'http://127.0.0.1:18090/api/v1/reports';
const form = (i) => ({ administration_id: Number(process.env.SOD), occurred_from: '2026-03-01',
  concerns: 'none', description: `Klistermärken vid hållplatsen, ärende ${i}.`, submission_key: `bench-inbox-key-${i}-long` });
let next = 0, failed = 0;
async function worker() {
  while (next < 10000) {
    const i = next++;
    const r = await fetch(base, { method: 'POST', headers: { authorization: `Bearer ${process.env.TOKEN}`,
      'content-type': 'application/json' }, body: JSON.stringify(form(i)) });
    if (r.status !== 201) failed++;
  }
}
await Promise.all(Array.from({ length: 50 }, worker));
if (failed) { console.error(`${failed} forms were not stored`); process.exit(1); }
JS
time_it() { # label url header
  for _ in 1 2 3 4 5; do curl -fs -o /dev/null -H "$3" "$2"; done
  for _ in $(seq 1 100); do curl -fs -o /dev/null -w '%{time_starttransfer}\n' -H "$3" "$2"; done |
    sort -n | awk -v label="$1" '{ t[NR] = $1 * 1000 } END {
      printf "%s: median %.1f ms, p95 %.1f ms, max %.1f ms (target: under 100 ms)\n", label, t[int(NR / 2)], t[int(NR * 0.95)], t[NR] }'
}
time_it "inbox page, 10,000 forms" "http://127.0.0.1:18090/inkorg" "Cookie: varn_session=$session"
time_it "inbox API, 10,000 forms" "http://127.0.0.1:18090/api/v1/reports" "Authorization: Bearer $token"
