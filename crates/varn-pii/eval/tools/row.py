#!/usr/bin/env python3
"""Turns the scorer's output into a row of the evaluation table in `eval/HISTORY.md`.

Usage: python3 row.py LABEL SCORER-OUTPUT [--bold]

SCORER-OUTPUT is what `examples/heldout` printed for one corpus (its table at the end).
The row has recall per kind (caught/planted, or the count when all were caught), overall
recall, precision and the share of documents caught whole; `--bold` marks a first run.
"""
import re
import sys

label, path = sys.argv[1], sys.argv[2]
bold = "--bold" in sys.argv
order = ["personnummer", "samordningsnummer", "organisationsnummer", "phone", "email",
         "address", "postal_code", "plate", "name"]
rows, planted, caught, tail = {}, 0, 0, None
for line in open(path, encoding="utf-8"):
    m = re.match(r"^(\w+)\s+(\d+)\s+(\d+)\s+[\d.]+$", line)
    if m and m.group(1) != "kind":
        p, c = int(m.group(2)), int(m.group(3))
        rows[m.group(1)] = (p, c)
        planted, caught = planted + p, caught + c
    if line.startswith("precision"):
        tail = re.search(r"\((\d+) of (\d+) findings\).*\((\d+) of (\d+)\)", line)
if tail is None:
    sys.exit(f"{path}: no scorer table")


def cell(p, c):
    return f"{c / p:.3f} ({p})" if p == c else f"{c / p:.3f} ({c}/{p})"


def ratio(a, b):
    return f"{a / b:.3f} ({a}/{b})"


last = [ratio(caught, planted), ratio(int(tail.group(1)), int(tail.group(2))),
        ratio(int(tail.group(3)), int(tail.group(4)))]
if bold:
    label, last = f"**{label}**", [f"**{x}**" for x in last]
print("| " + " | ".join([label] + [cell(*rows[k]) for k in order] + last) + " |")
