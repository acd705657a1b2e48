#!/usr/bin/env python3
"""Training benchmark data (not a test; issue 13).

  city.py sqlite DB        makes the demo city a city of 50,000 employees (headcounts scaled
                           up) and adds 200,000 completion rows over 10 years (2016-2025),
                           spread over every administration's units and the basic web course,
                           then counts the tallies again from all rows (migration 0069)
  city.py xlsx N FILE UNITS writes an XLSX export of N rows (one person each) in Moodle's
                           shape, the units taken from the comma-separated UNITS codes

The XLSX is written by hand (inline strings in one sheet) so that no package is needed.
"""
import hashlib
import os
import sqlite3
import sys
import zipfile

FILL = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "crates", "varn",
                    "migrations", "sqlite", "0069_training_tallies_fill.sql")


def scale(db):
    con = sqlite3.connect(db)
    cur = con.cursor()
    (total,) = cur.execute("SELECT SUM(headcount) FROM units WHERE valid_to IS NULL").fetchone()
    factor = max(1, round(50000 / max(total, 1)))
    cur.execute("UPDATE units SET headcount = headcount * ?", (factor,))
    (course,) = cur.execute("SELECT id FROM training_courses WHERE code = 'WEBB-BAS'").fetchone()
    units = cur.execute(
        "SELECT d.administration_id, u.id, u.headcount FROM units u JOIN departments d ON d.id = u.department_id "
        "WHERE u.valid_to IS NULL ORDER BY u.id"
    ).fetchall()
    weights = [u[2] for u in units]
    total = sum(weights)
    rows = []
    n = 0
    for admin, unit, headcount in units:
        share = round(200000 * headcount / total)
        for i in range(share):
            person = hashlib.sha256(f"bench-{unit}-{i % max(headcount, 1)}".encode()).hexdigest()
            year = 2016 + (n % 10)
            date = f"{year}-{1 + n % 12:02d}-{1 + n % 28:02d}"
            status = "completed" if n % 3 else "in_progress"
            key = hashlib.sha256(f"bench-{n}".encode()).hexdigest()[:32]
            rows.append((admin, key, person, course, unit, status, date, 0, "bench", "2026-01-01T00:00:00Z"))
            n += 1
    cur.executemany(
        "INSERT INTO training_completions (administration_id, row_key, person_hash, course_id, unit_id, status, on_date, manual, created_by, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
        rows,
    )
    con.commit()
    # The rows went in directly: the tallies are counted from all of them again, with the
    # statement of migration 0069 that filled them from the rows already there.
    with open(FILL, encoding="utf-8") as f:
        fill = f.read()
    cur.execute("DELETE FROM training_tallies")
    cur.execute(fill)
    con.commit()
    (employees,) = cur.execute("SELECT SUM(headcount) FROM units WHERE valid_to IS NULL").fetchone()
    print(f"employees={employees} rows={len(rows)}")


def esc(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def xlsx(n, path, units):
    units = units.split(",")
    head = ["E-postadress", "Kurs", "Avdelning", "Status", "Datum"]
    statuses = ["Slutförd", "Pågående", "Slutförd"]

    def row(r, cells):
        return f'<row r="{r}">' + "".join(
            f'<c t="inlineStr"><is><t>{esc(c)}</t></is></c>' for c in cells
        ) + "</row>"

    parts = [row(1, head)]
    for i in range(n):
        year = 2016 + i % 10
        parts.append(row(i + 2, [
            f"person{i:06d}@stad.example",
            "WEBB-BAS",
            units[i % len(units)],
            statuses[i % 3],
            f"{year}-{1 + i % 12:02d}-{1 + i % 28:02d}",
        ]))
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
             + "".join(parts) + "</sheetData></worksheet>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            '</Types>')
        z.writestr("_rels/.rels",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
        z.writestr("xl/workbook.xml",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<sheets><sheet name="Rapport" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
            '</Relationships>')
        z.writestr("xl/worksheets/sheet1.xml", sheet)


if __name__ == "__main__":
    if sys.argv[1] == "sqlite":
        scale(sys.argv[2])
    elif sys.argv[1] == "xlsx":
        xlsx(int(sys.argv[2]), sys.argv[3], sys.argv[4])
