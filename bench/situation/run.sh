#!/usr/bin/env bash
# Situational-picture benchmark (not a test; issue 5): a synthetic large city of 20
# administrations, 10 years and 1,000,000 IA rows, on SQLite and on PostgreSQL. Times each
# statistics page (curl's time to first byte, median of 20, signed in as the Södermalm
# coordinator), the main grouped query in the database and in DuckDB (a columnar engine:
# the ceiling), and the page import of a 100,000-row XLSX file. Loopback only.
set -euo pipefail
cd "$(dirname "$0")/../.."
PROFILE=${PROFILE:-release}
PG=${PG:-postgres://postgres@127.0.0.1:5432}
python3 -c "import duckdb" 2>/dev/null || pip install -q duckdb
if [ "$PROFILE" = release ]; then
  cargo build --release -q -p varn --bin varn --example ia_xlsx
else
  cargo build -q -p varn --bin varn --example ia_xlsx
  PROFILE=debug
fi
target=${CARGO_TARGET_DIR:-target}
bin=$target/$PROFILE/varn
work=$(mktemp -d)
cleanup() { kill "${VARN_PID:-}" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
here=bench/situation
"$target/$PROFILE/examples/ia_xlsx" 100000 "$work/ia.xlsx" >/dev/null

median() { sort -n | awk '{ t[NR] = $1 * 1000 } END { printf "%.1f", t[int((NR + 1) / 2)] }'; }

login() { # base email: prints the session
  local jar="$work/jar" csrf
  rm -f "$jar"
  csrf=$(curl -fs -c "$jar" -b "$jar" "$1/logga-in" | sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p' | head -1)
  curl -fs -o /dev/null -c "$jar" -b "$jar" -X POST "$1/logga-in" \
    --data-urlencode "csrf=$csrf" --data-urlencode "email=$2" \
    --data-urlencode "password=Demo-Varn-2026" --data-urlencode "next=/start"
  awk '$6 == "varn_session" {print $7}' "$jar"
}

time_pages() { # base session label page…
  local base=$1 session=$2 label=$3 page ms
  shift 3
  for page in "$@"; do
    curl -fs -o /dev/null -H "Cookie: varn_session=$session" "$base$page"
    ms=$(for _ in $(seq 1 20); do
      curl -fs -o /dev/null -w '%{time_starttransfer}\n' -H "Cookie: varn_session=$session" "$base$page"
    done | median)
    printf '| %-8s | %-48s | %8s ms |\n' "$label" "$page" "$ms"
  done
}

serve_and_time() { # url label
  local url=$1 label=$2 base=http://127.0.0.1:18190
  VARN_LOG=${BENCH_LOG:-warn} "$bin" --database-url "$url" serve --listen 127.0.0.1:18190 >"$work/varn.log" 2>&1 &
  VARN_PID=$!
  for _ in $(seq 1 100); do curl -fs "$base/healthz" >/dev/null 2>&1 && break; sleep 0.2; done
  local csrf session sod ms page
  session=$(login "$base" samordnare.sodermalm@demo.example)
  sod=$(curl -fs -H "Cookie: varn_session=$session" "$base/lagesbild" | grep -o '/lagesbild/forvaltningar/[0-9]*' | head -1 | grep -o '[0-9]*$')
  time_pages "$base" "$session" "$label" "/lagesbild/forvaltningar/$sod/kallor" "/lagesbild/forvaltningar/$sod" \
    "/lagesbild/stad" "/api/v1/administrations/$sod/situation/sources"
  # The city's pages as the central coordinator reads them.
  local central
  central=$(login "$base" central@demo.example)
  time_pages "$base" "$central" "$label" "/stad" "/api/v1/situation/city" "/api/v1/city/desk"
  # The year's follow-up for the executive board, as documents (median of 5, whole answer).
  for page in /stad/uppfoljning.docx /stad/uppfoljning.pdf; do
    ms=$(for _ in 1 2 3 4 5; do
      curl -fs -o /dev/null -w '%{time_total}\n' -H "Cookie: varn_session=$central" "$base$page"
    done | median)
    printf '| %-8s | %-48s | %8s ms |\n' "$label" "$page (median of 5)" "$ms"
  done
  # The import of a 100,000-row XLSX file through the page, as a coordinator uploads it.
  csrf=$(curl -fs -H "Cookie: varn_session=$session" "$base/lagesbild/forvaltningar/$sod/kallor" | sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p' | head -1)
  local start location done="" elapsed
  start=$(date +%s.%N)
  location=$(curl -fs -o /dev/null -w '%{redirect_url}' -H "Cookie: varn_session=$session" \
    -F "file=@$work/ia.xlsx" "$base/lagesbild/forvaltningar/$sod/kallor/ia?csrf=$csrf")
  # The rows are written in the background; the progress page says when they are.
  for _ in $(seq 1 1200); do
    done=$(curl -fs -H "Cookie: varn_session=$session" "$location" | grep -o 'Inläsningen är klar. [^<]*' || true)
    [ -n "$done" ] && break
    sleep 0.05
  done
  elapsed=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.2f", e - s }')
  printf '| %-8s | %-48s | %8s s |  %s\n' "$label" "import of 100,000 XLSX rows (to done)" "$elapsed" "${done:-not done}"
  kill "$VARN_PID"; wait "$VARN_PID" 2>/dev/null || true
  # BENCH_LOG=warn,varn::web::capability=debug: how long each capability's city part took.
  if [ -n "${BENCH_LOG:-}" ]; then grep 'city part' "$work/varn.log" | tail -n 12 || true; fi
}

echo "Situational picture, 1,000,000 IA rows, 20 administrations, 10 years, 10 years of plans with 200 activities each (plans.sql), $(nproc) cores ($PROFILE)"
echo
printf '| %-8s | %-48s | %11s |\n' backend "page (median of 20, time to first byte)" time
printf '|%s|%s|%s|\n' ---------- -------------------------------------------------- -------------

# SQLite
"$bin" --database-url "sqlite://$work/city.db" demo >/dev/null
python3 "$here/city.py" sqlite "$work/city.db" >/dev/null
sqlite3 "$work/city.db" <"$here/plans.sql"
serve_and_time "sqlite://$work/city.db" sqlite

# PostgreSQL: the same rows by the same arithmetic, with generate_series.
psql -q "$PG/postgres" -c "DROP DATABASE IF EXISTS varn_bench" -c "CREATE DATABASE varn_bench" >/dev/null
"$bin" --database-url "$PG/varn_bench" demo >/dev/null
psql -q "$PG/varn_bench" >/dev/null <<'SQL'
INSERT INTO source_imports (administration_id, source, file_name, rows_read, rows_new, imported_by, imported_at)
  SELECT MIN(id), 'ia', 'syntetisk.csv', 1000000, 1000000, 'bench', '2026-01-01T00:00:00Z' FROM administrations;
WITH a AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS k FROM administrations ORDER BY id LIMIT 20),
     e AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS k FROM taxonomy_terms WHERE vocabulary = 'environment' AND retired_version IS NULL),
     ne AS (SELECT COUNT(*) AS c FROM e)
INSERT INTO ia_incidents (administration_id, row_key, occurred_on, event_type, place_type, area, vbe_flag, assessment, environment_id, import_id)
SELECT a.id, 'B-' || n, (2016 + n % 10) || '-' || lpad((1 + n % 12)::text, 2, '0') || '-' || lpad((1 + n % 28)::text, 2, '0'),
       (ARRAY['Klotter','Hot','Propaganda','Skadegörelse','Våld'])[1 + n % 5], (ARRAY['Skola','Fritidsgård','Allmän plats','Bibliotek'])[1 + n % 4],
       'Område ' || (n % 12), CASE WHEN n % 3 = 0 THEN 1 ELSE 0 END,
       CASE WHEN n % 9 = 0 THEN 'vbe' WHEN n % 3 = 0 AND n % 2 = 0 THEN 'not_vbe' END,
       CASE WHEN n % 9 = 0 THEN (SELECT e.id FROM e, ne WHERE e.k = n % ne.c) END,
       (SELECT MAX(id) FROM source_imports)
FROM generate_series(0, 999999) AS n JOIN a ON a.k = n % 20;
-- Counted as Värn's import counts its rows (situation::counts::import_statements).
INSERT INTO ia_counts (administration_id, year, month, vbe_flag, assessment, environment_id, n)
  SELECT administration_id, CAST(SUBSTR(occurred_on, 1, 4) AS BIGINT), CAST(SUBSTR(occurred_on, 6, 2) AS BIGINT),
         vbe_flag, COALESCE(assessment, ''), COALESCE(environment_id, 0), COUNT(*)
  FROM ia_incidents WHERE import_id = (SELECT MAX(id) FROM source_imports) GROUP BY 1, 2, 3, 4, 5, 6
  ON CONFLICT (administration_id, year, month, vbe_flag, assessment, environment_id) DO UPDATE SET n = ia_counts.n + excluded.n;
INSERT INTO ia_counts_by (administration_id, dimension, year, value, n)
  SELECT administration_id, d.dim, CAST(SUBSTR(occurred_on, 1, 4) AS BIGINT),
         CASE d.dim WHEN 'event_type' THEN event_type WHEN 'place_type' THEN place_type ELSE area END, COUNT(*)
  FROM ia_incidents, (VALUES ('event_type'), ('place_type'), ('area')) AS d (dim)
  WHERE import_id = (SELECT MAX(id) FROM source_imports) AND assessment = 'vbe' GROUP BY 1, 2, 3, 4
  ON CONFLICT (administration_id, dimension, year, value) DO UPDATE SET n = ia_counts_by.n + excluded.n;
ANALYZE;
SQL
psql -q -v ON_ERROR_STOP=1 "$PG/varn_bench" -f "$here/plans.sql" >/dev/null
psql -q "$PG/varn_bench" -c 'ANALYZE' >/dev/null
serve_and_time "$PG/varn_bench" postgres

# The main grouped query in each engine, best of 5.
echo
sqlite_out=$(python3 "$here/city.py" time-sqlite "$work/city.db")
sqlite_ms=$(echo "$sqlite_out" | sed 's/.*sqlite_rows_ms=\([0-9.]*\).*/\1/')
sqlite_counts_ms=$(echo "$sqlite_out" | sed 's/.*sqlite_counts_ms=\([0-9.]*\).*/\1/')
best_pg() { # query
  for _ in 1 2 3 4 5; do
    psql -qAt "$PG/varn_bench" -c '\timing on' -c "$1" | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p'
  done | sort -n | head -1
}
pg_ms=$(best_pg "SELECT administration_id, environment_id, CAST(SUBSTR(occurred_on, 1, 4) AS BIGINT) AS y, COUNT(*) FROM ia_incidents WHERE assessment = 'vbe' GROUP BY administration_id, environment_id, y")
pg_counts_ms=$(best_pg "SELECT administration_id, environment_id, year, SUM(n) FROM ia_counts WHERE assessment = 'vbe' GROUP BY administration_id, environment_id, year")
python3 "$here/city.py" csv "$work/city.db" "$work/ia.csv"
duck_ms=$(python3 "$here/city.py" duckdb "$work/ia.csv" | sed 's/.*=//')
echo "Main grouped query (VBE-assessed IA rows per administration, environment and year), best of 5:"
awk -v s="$sqlite_ms" -v p="$pg_ms" -v d="$duck_ms" -v sc="$sqlite_counts_ms" -v pc="$pg_counts_ms" 'BEGIN {
  printf "  on the 1,000,000 rows: SQLite %.1f ms (%.1f× DuckDB), PostgreSQL %.1f ms (%.1f× DuckDB), DuckDB %.1f ms\n", s, s / d, p, p / d, d
  printf "  on the kept counts:    SQLite %.2f ms (%.2f× DuckDB on the rows), PostgreSQL %.2f ms (%.2f× DuckDB on the rows)\n", sc, sc / d, pc, pc / d }'
echo "  (SQLite: the counts give the same figures as the rows: $(echo "$sqlite_out" | sed 's/.*same=//'))"
psql -q "$PG/postgres" -c "DROP DATABASE IF EXISTS varn_bench" >/dev/null
