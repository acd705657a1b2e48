"""A synthetic large city for the situational picture's benchmark (not a test).

  python3 city.py sqlite FILE        fills Värn's SQLite database FILE
  python3 city.py csv FILE OUT.csv   writes its ia_incidents rows as CSV (for DuckDB)
  python3 city.py duckdb OUT.csv     times the main grouped query in DuckDB on that CSV
  python3 city.py time-sqlite FILE   times the main grouped query in SQLite, on the rows and
                                     on the counts kept with them (ia_counts, migration 0070)

1,000,000 IA rows over 20 administrations and 10 years (2016-2025): a third flagged, and of
those a third assessed as VBE with an environment. The PostgreSQL side is filled by run.sh
with generate_series, the same rows by the same arithmetic.
"""
import csv
import sqlite3
import sys
import time

ROWS = 1_000_000
EVENTS = ["Klotter", "Hot", "Propaganda", "Skadegörelse", "Våld"]
PLACES = ["Skola", "Fritidsgård", "Allmän plats", "Bibliotek"]
AREAS = [f"Område {i}" for i in range(12)]

# The main grouped query: VBE-assessed IA rows per administration, environment and year.
QUERY = (
    "SELECT administration_id, environment_id, CAST(SUBSTR(occurred_on, 1, 4) AS BIGINT) AS y, COUNT(*) "
    "FROM ia_incidents WHERE assessment = 'vbe' GROUP BY administration_id, environment_id, y"
)
# The same figures from the counts Värn keeps with the rows (situation::counts).
COUNTS_QUERY = (
    "SELECT administration_id, environment_id, year, SUM(n) FROM ia_counts "
    "WHERE assessment = 'vbe' GROUP BY administration_id, environment_id, year"
)
YEAR = "CAST(SUBSTR(occurred_on, 1, 4) AS BIGINT)"
MONTH = "CAST(SUBSTR(occurred_on, 6, 2) AS BIGINT)"
# What Värn's import runs in its transaction (situation::counts::import_statements), with
# the import's id for ?; run.sh runs the same on PostgreSQL.
COUNT_IMPORT = [
    "INSERT INTO ia_counts (administration_id, year, month, vbe_flag, assessment, environment_id, n) "
    f"SELECT * FROM (SELECT administration_id, {YEAR}, {MONTH}, vbe_flag, COALESCE(assessment, ''), COALESCE(environment_id, 0), COUNT(*) "
    "FROM ia_incidents WHERE import_id = ? GROUP BY 1, 2, 3, 4, 5, 6) WHERE true "
    "ON CONFLICT (administration_id, year, month, vbe_flag, assessment, environment_id) DO UPDATE SET n = ia_counts.n + excluded.n",
] + [
    "INSERT INTO ia_counts_by (administration_id, dimension, year, value, n) "
    f"SELECT * FROM (SELECT administration_id, '{d}', {YEAR}, {d}, COUNT(*) FROM ia_incidents "
    "WHERE import_id = ? AND assessment = 'vbe' GROUP BY 1, 3, 4) WHERE true "
    "ON CONFLICT (administration_id, dimension, year, value) DO UPDATE SET n = ia_counts_by.n + excluded.n"
    for d in ("event_type", "place_type", "area")
]


def row(n, admins, envs, imp):
    flagged = n % 3 == 0
    vbe = flagged and n % 9 == 0
    year = 2016 + n % 10
    return (
        admins[n % len(admins)],
        f"B-{n}",
        f"{year}-{1 + n % 12:02d}-{1 + n % 28:02d}",
        EVENTS[n % 5],
        PLACES[n % 4],
        AREAS[n % 12],
        1 if flagged else 0,
        "vbe" if vbe else ("not_vbe" if flagged and n % 2 == 0 else None),
        envs[n % len(envs)] if vbe else None,
        imp,
    )


def fill_sqlite(path):
    db = sqlite3.connect(path)
    admins = [r[0] for r in db.execute("SELECT id FROM administrations ORDER BY id LIMIT 20")]
    envs = [r[0] for r in db.execute("SELECT id FROM taxonomy_terms WHERE vocabulary = 'environment' AND retired_version IS NULL")]
    db.execute(
        "INSERT INTO source_imports (administration_id, source, file_name, rows_read, rows_new, imported_by, imported_at) "
        "VALUES (?, 'ia', 'syntetisk.csv', ?, ?, 'bench', '2026-01-01T00:00:00Z')",
        (admins[0], ROWS, ROWS),
    )
    imp = db.execute("SELECT MAX(id) FROM source_imports").fetchone()[0]
    db.executemany(
        "INSERT INTO ia_incidents (administration_id, row_key, occurred_on, event_type, place_type, area, vbe_flag, "
        "assessment, environment_id, import_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (row(n, admins, envs, imp) for n in range(ROWS)),
    )
    t = time.perf_counter()
    for sql in COUNT_IMPORT:
        db.execute(sql, (imp,))
    counted = (time.perf_counter() - t) * 1000
    db.commit()
    db.execute("ANALYZE")
    print(f"SQLite: {ROWS} IA rows over {len(admins)} administrations, counted in {counted:.0f} ms")


def to_csv(path, out):
    db = sqlite3.connect(path)
    with open(out, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["administration_id", "occurred_on", "assessment", "environment_id"])
        w.writerows(db.execute("SELECT administration_id, occurred_on, assessment, environment_id FROM ia_incidents"))


def best_of(run, times=5):
    best = None
    for _ in range(times):
        t = time.perf_counter()
        run()
        ms = (time.perf_counter() - t) * 1000
        best = ms if best is None else min(best, ms)
    return best


def time_sqlite(path):
    db = sqlite3.connect(path)
    rows = best_of(lambda: db.execute(QUERY).fetchall())
    counts = best_of(lambda: db.execute(COUNTS_QUERY).fetchall())
    same = sorted(db.execute(QUERY).fetchall()) == sorted(db.execute(COUNTS_QUERY).fetchall())
    print(f"sqlite_rows_ms={rows:.1f} sqlite_counts_ms={counts:.3f} same={same}")


def time_duckdb(csv_path):
    import duckdb

    con = duckdb.connect()
    con.execute(f"CREATE TABLE ia_incidents AS SELECT * FROM read_csv_auto('{csv_path}', all_varchar=false)")
    con.execute("ALTER TABLE ia_incidents ALTER occurred_on TYPE VARCHAR")
    print(f"duckdb_ms={best_of(lambda: con.execute(QUERY).fetchall()):.1f}")


if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "sqlite":
        fill_sqlite(sys.argv[2])
    elif cmd == "csv":
        to_csv(sys.argv[2], sys.argv[3])
    elif cmd == "duckdb":
        time_duckdb(sys.argv[2])
    elif cmd == "time-sqlite":
        time_sqlite(sys.argv[2])
