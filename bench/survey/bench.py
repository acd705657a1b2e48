"""The survey's benchmark (not a test; issue 12): a city round with 1,000 units and 400
partners answering.

  python3 bench.py BASE DBFILE

Expects Värn serving BASE on the SQLite database DBFILE with the demo loaded. Adds 1,000
units to Södermalm's departments (in the file, before the round), opens a round through the
API for every department of Södermalm and 400 partner addresses (no mail server: every link
comes back to pass on), sends 1,400 answers at 50 connections at once, checks that none was
lost, and times the round page, the results page and the results API (time to first byte,
median of 20, signed in as the Södermalm coordinator).
"""
import concurrent.futures
import http.cookiejar
import json
import re
import sqlite3
import statistics
import sys
import time
import urllib.parse
import urllib.request

BASE, DB = sys.argv[1], sys.argv[2]
COORD = "samordnare.sodermalm@demo.example"
PASSWORD = "Demo-Varn-2026"


def add_units(path, n):
    con = sqlite3.connect(path)
    deps = [r[0] for r in con.execute(
        "SELECT d.id FROM departments d JOIN administrations a ON a.id = d.administration_id "
        "WHERE a.code = 'SOD' ORDER BY d.id")]
    now = "2026-01-01T00:00:00Z"
    con.executemany(
        "INSERT INTO units (department_id, code, name, valid_from, created_at, updated_at) "
        "VALUES (?, ?, ?, '2020-01-01', ?, ?)",
        [(deps[i % len(deps)], f"SOD-B-{i:04d}", f"Bänkenhet {i}", now, now) for i in range(n)])
    con.commit()
    con.close()
    return deps


def session():
    """Signs in with curl (as bench/situation does) and sends its session cookie by hand."""
    import os
    import subprocess
    import tempfile
    jar = os.path.join(tempfile.mkdtemp(), "jar")
    html = subprocess.run(["curl", "-fs", "-c", jar, "-b", jar, f"{BASE}/logga-in"],
                          capture_output=True, text=True, check=True).stdout
    csrf = re.search(r'name="csrf" value="([^"]*)"', html).group(1)
    subprocess.run(["curl", "-fs", "-o", "/dev/null", "-c", jar, "-b", jar, "-X", "POST", f"{BASE}/logga-in",
                    "--data-urlencode", f"csrf={csrf}", "--data-urlencode", f"email={COORD}",
                    "--data-urlencode", f"password={PASSWORD}", "--data-urlencode", "next=/start"], check=True)
    cookie = next(line.split("\t")[6].strip() for line in open(jar)
                  if "\tvarn_session\t" in line)
    opener = urllib.request.build_opener()
    opener.addheaders = [("Cookie", f"varn_session={cookie}")]
    return opener


def timed(opener, path, n=20):
    opener.open(f"{BASE}{path}").read()
    times = []
    for _ in range(n):
        t = time.perf_counter()
        r = opener.open(f"{BASE}{path}")
        r.read(1)
        times.append((time.perf_counter() - t) * 1000)
        r.read()
    return statistics.median(times), max(times)


def main():
    deps = add_units(DB, 1000)
    opener = session()
    admin = int(re.search(r"/enkat/forvaltningar/(\d+)/ny", opener.open(f"{BASE}/enkat").read().decode()).group(1))
    html = opener.open(f"{BASE}/enkat/forvaltningar/{admin}/ny").read().decode()
    csrf = re.search(r'name="csrf" value="([^"]*)"', html).group(1)
    fields = [("csrf", csrf), ("title", "Bänkomgång"), ("period", "2031"), ("closes_on", "2099-12-31")]
    fields += [("department", str(d)) for d in deps]
    fields.append(("partners", "\n".join(f"partner{i:03d}@bank.example" for i in range(400))))
    t = time.perf_counter()
    page = opener.open(f"{BASE}/enkat/forvaltningar/{admin}/ny", urllib.parse.urlencode(fields).encode()).read().decode()
    opened = time.perf_counter() - t
    tokens = re.findall(r'/enkat/svar/([A-Za-z0-9_-]+)"', page)
    round_id = int(re.search(r"/enkat/omgangar/(\d+)/resultat", page).group(1))
    con = sqlite3.connect(DB)
    questions = {k: i for i, k in con.execute(
        "SELECT id, key FROM survey_questions WHERE template_id = "
        "(SELECT template_id FROM survey_rounds WHERE id = ?)", (round_id,))}
    con.close()

    def answer(i_token):
        i, tok = i_token
        body = json.dumps({"answers": {
            str(questions["knowledge_level"]): [str(1 + i % 5)],
            str(questions["events_any"]): [str(i % 3)],
            str(questions["managers_know"]): ["0", "2"],
            str(questions["web_training"]): [str(i % 101)],
        }}).encode()
        req = urllib.request.Request(f"{BASE}/api/v1/survey/answer/{tok}", body,
                                     {"content-type": "application/json"}, method="POST")
        try:
            return urllib.request.urlopen(req).status
        except urllib.error.HTTPError as e:
            return e.code

    t = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(50) as pool:
        statuses = list(pool.map(answer, enumerate(tokens)))
    sent = time.perf_counter() - t
    con = sqlite3.connect(DB)
    stored = con.execute("SELECT COUNT(*) FROM survey_responses WHERE round_id = ?", (round_id,)).fetchone()[0]
    flagged = con.execute("SELECT SUM(answered) FROM survey_recipients WHERE round_id = ?", (round_id,)).fetchone()[0]
    con.close()
    print(f"recipients: {len(tokens)} links; round opened in {opened:.2f} s")
    print(f"answers: {statuses.count(201)} of {len(tokens)} taken (201) in {sent:.2f} s at 50 connections, "
          f"{len(tokens) / sent:.0f}/s; stored {stored}, recipients marked {flagged}; "
          f"other statuses {sorted(set(s for s in statuses if s != 201))}")
    for label, path in [("round page (response rates)", f"/enkat/omgangar/{round_id}"),
                        ("results page", f"/enkat/omgangar/{round_id}/resultat"),
                        ("results API", f"/api/v1/survey/rounds/{round_id}/results")]:
        med, top = timed(opener, path)
        print(f"| {label:<30} | {med:8.1f} ms | {top:8.1f} ms |")


main()
