#!/usr/bin/env python3
"""The evaluation at a glance: every corpus's first (blind) run beside its figures now.

Usage: python3 glance.py NOW-DIR [--blind NAME,NAME,...]

NOW-DIR holds what `examples/heldout` printed for each corpus now, one file per corpus
named `NAME.txt` (NAME is the folder under `eval/`). Each corpus's first run is read from
`eval/NAME/first-run.txt`. `--blind` names the corpora no rule has been tuned on yet.
Prints a Markdown table (recall / names / precision / whole, first run and now), the
hand-written authors' first runs pooled six at a time in the order they wrote (the trend),
and all first runs pooled: what the guard caught of text it had never seen.
"""
import os
import re
import sys

EVAL = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


KINDS = ["personnummer", "samordningsnummer", "organisationsnummer", "phone", "email",
         "address", "postal_code", "plate", "name"]


def kinds(path):
    """{kind: (planted, caught)} from the scorer's table (the first, where a file holds
    two: a first run with the session's start after it)."""
    out = {}
    for line in open(path, encoding="utf-8"):
        m = re.match(r"^(\w+)\s+(\d+)\s+(\d+)\s+[\d.]+$", line)
        if m and m.group(1) != "kind" and m.group(1) not in out:
            out[m.group(1)] = (int(m.group(2)), int(m.group(3)))
    return out


def read(path):
    """(planted, caught, names planted, names caught, true, findings, whole, docs)."""
    planted = caught = np_ = nc = 0
    tail = None
    for kind, (p, c) in kinds(path).items():
        planted, caught = planted + p, caught + c
        if kind == "name":
            np_, nc = p, c
    for line in open(path, encoding="utf-8"):
        if line.startswith("precision"):
            tail = re.search(r"\((\d+) of (\d+) findings\).*\((\d+) of (\d+)\)", line)
            break
    if tail is None or planted == 0:
        sys.exit(f"{path}: no scorer table")
    t, f, w, d = (int(tail.group(i)) for i in range(1, 5))
    return planted, caught, np_, nc, t, f, w, d


def figures(r):
    planted, caught, np_, nc, t, f, w, d = r
    return f"{caught / planted:.3f} / {nc / np_:.3f} / {t / f:.3f} / {w / d:.3f}"


def order(name):
    m = re.match(r"([a-z]+?)(\d*)$", name)
    return (m.group(1) != "heldout", int(m.group(2) or 1))


def main():
    now_dir = sys.argv[1]
    blind = set()
    if "--blind" in sys.argv:
        blind = set(sys.argv[sys.argv.index("--blind") + 1].split(","))
    names = sorted(
        (n for n in os.listdir(EVAL) if os.path.exists(os.path.join(EVAL, n, "test.jsonl"))),
        key=order,
    )
    print("| corpus | identifiers | first run (blind) | now | now as |")
    print("|---|---|---|---|---|")
    pooled = {"heldout": [0, 0, 0, 0], "generated": [0, 0, 0, 0]}
    for n in names:
        first_path = os.path.join(EVAL, n, "first-run.txt")
        now_path = os.path.join(now_dir, f"{n}.txt")
        first = read(first_path) if os.path.exists(first_path) else None
        now = read(now_path) if os.path.exists(now_path) else None
        ref = first or now
        if ref is None:
            continue
        if first is not None:
            p = pooled["heldout" if n.startswith("heldout") else "generated"]
            p[0], p[1], p[2], p[3] = p[0] + first[0], p[1] + first[1], p[2] + first[2], p[3] + first[3]
        role = "blind" if n in blind else "development"
        print(
            f"| {n} | {ref[0]} | {figures(first) if first else '–'} | "
            f"{figures(now) if now else '–'} | {role} |"
        )
    print()
    # The trend: hand-written authors in the order they wrote, pooled six at a time.
    hand = [n for n in names if n.startswith("heldout")
            and os.path.exists(os.path.join(EVAL, n, "first-run.txt"))]
    for i in range(0, len(hand), 6):
        block = hand[i:i + 6]
        rs = [read(os.path.join(EVAL, n, "first-run.txt")) for n in block]
        planted, caught = sum(r[0] for r in rs), sum(r[1] for r in rs)
        print(f"First runs pooled, {block[0]} to {block[-1]}: recall {caught / planted:.3f} "
              f"({caught} of {planted}).")
    print()
    # Recall per kind: the first runs pooled, and now over the development corpora.
    cols = {"hand": {}, "template": {}, "dev": {}}
    for n in names:
        first_path = os.path.join(EVAL, n, "first-run.txt")
        now_path = os.path.join(now_dir, f"{n}.txt")
        parts = []
        if os.path.exists(first_path):
            parts.append(("hand" if n.startswith("heldout") else "template", first_path))
        if n not in blind and os.path.exists(now_path):
            parts.append(("dev", now_path))
        for col, path in parts:
            for kind, (p, c) in kinds(path).items():
                a = cols[col].get(kind, (0, 0))
                cols[col][kind] = (a[0] + p, a[1] + c)

    def cell(col, kind):
        p, c = cols[col].get(kind, (0, 0))
        return f"{c / p:.3f} ({c}/{p})" if p else "–"

    print("| kind | first runs, hand-written | first runs, templates | now, development corpora |")
    print("|---|---|---|---|")
    for kind in KINDS:
        print(f"| {kind} | {cell('hand', kind)} | {cell('template', kind)} | {cell('dev', kind)} |")
    print()
    for kind, label in (("heldout", "hand-written"), ("generated", "template")):
        planted, caught, np_, nc = pooled[kind]
        if planted:
            print(
                f"First runs pooled, {label} corpora: recall {caught / planted:.3f} "
                f"({caught} of {planted}), names {nc / np_:.3f} ({nc} of {np_})."
            )


main()
