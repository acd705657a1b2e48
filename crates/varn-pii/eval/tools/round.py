#!/usr/bin/env python3
"""A round of rules measured: the scorer over every development corpus, and two runs compared.

Usage:
  python3 round.py run OUT-DIR [--bin PATH] [--blind NAME,NAME,...]
  python3 round.py total OUT-DIR
  python3 round.py diff BEFORE-DIR AFTER-DIR [--corpus NAME]

`run` writes what `examples/heldout` prints for each corpus `eval/NAME/test.jsonl` to
`OUT-DIR/NAME.txt` (the names `glance.py` reads), misses and false findings included. A
corpus named in `--blind` is not run at all: no rule may be read from its misses. The
scorer is `target/release/examples/heldout` unless `--bin` names another build (an older
commit's, for a before-and-after).

`total` sums the planted and caught identifiers, the misses and the false findings of a
run. `diff` lists the misses and false findings one run has and the other has not (`-` for
gone, `+` for new), with counts: a round claims only what `diff` shows, and reports every
`+`.
"""
import os
import re
import subprocess
import sys
from collections import Counter

EVAL = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CRATE = os.path.dirname(EVAL)
ROW = re.compile(r"^(\w+)\s+(\d+)\s+(\d+)\s+[\d.]+$")


def corpora():
    return sorted(
        n for n in os.listdir(EVAL) if os.path.exists(os.path.join(EVAL, n, "test.jsonl"))
    )


def option(args, name, default=None):
    if name in args:
        i = args.index(name)
        if i + 1 >= len(args):
            sys.exit(f"{name} needs a value")
        value = args[i + 1]
        del args[i : i + 2]
        return value
    return default


def run(out, binary, blind):
    os.makedirs(out, exist_ok=True)
    for n in corpora():
        if n in blind:
            continue
        done = subprocess.run(
            [binary, os.path.join(EVAL, n, "test.jsonl")],
            cwd=CRATE,
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:
            sys.exit(f"{n}: the scorer failed:\n{done.stderr}")
        with open(os.path.join(out, f"{n}.txt"), "w", encoding="utf-8") as f:
            f.write(done.stdout)


def findings(path):
    """The MISS and FALSE lines of one output, each with how often it stands."""
    with open(path, encoding="utf-8") as f:
        return Counter(line.rstrip("\n") for line in f if line.startswith(("MISS ", "FALSE ")))


def total(out):
    planted = caught = misses = false = 0
    for name in sorted(os.listdir(out)):
        with open(os.path.join(out, name), encoding="utf-8") as f:
            for line in f:
                if line.startswith("MISS "):
                    misses += 1
                elif line.startswith("FALSE "):
                    false += 1
                else:
                    m = ROW.match(line)
                    if m and m.group(1) != "kind":
                        planted += int(m.group(2))
                        caught += int(m.group(3))
    if planted == 0:
        sys.exit(f"{out}: no scorer output")
    print(
        f"{caught} of {planted} caught (recall {caught / planted:.4f}), "
        f"{misses} misses, {false} false findings"
    )


def diff(before, after, only):
    """Counts by document: a false finding whose span changed in a document that keeps as
    many false findings is shown (`~`) but counted neither fewer nor more."""
    counts = {"MISS -": 0, "MISS +": 0, "FALSE -": 0, "FALSE +": 0}
    for name in sorted(os.listdir(before)):
        if only and name != f"{only}.txt":
            continue
        other = os.path.join(after, name)
        if not os.path.exists(other):
            print(f"! {name}: not in {after}")
            continue
        a, b = findings(os.path.join(before, name)), findings(other)
        gone, new = a - b, b - a
        # Net change per (MISS or FALSE, document id).
        net = Counter()
        for lines, sign in ((gone, -1), (new, 1)):
            for line, k in lines.items():
                net[tuple(line.split(" ", 2)[:2])] += sign * k
        for lines, sign in ((gone, "-"), (new, "+")):
            for line in sorted(lines.elements()):
                key = tuple(line.split(" ", 2)[:2])
                print(f"{sign if net[key] else '~'} {name[:-4]}: {line}")
        for (what, _), k in net.items():
            if k:
                counts[f"{what} {'+' if k > 0 else '-'}"] += abs(k)
    print(
        f"misses {counts['MISS -']} fewer, {counts['MISS +']} more; "
        f"false findings {counts['FALSE -']} fewer, {counts['FALSE +']} more "
        "(by document; `~` marks a changed span)"
    )


def main():
    args = sys.argv[1:]
    binary = option(args, "--bin", os.path.join(CRATE, "..", "..", "target", "release", "examples", "heldout"))
    blind = set(filter(None, option(args, "--blind", "").split(",")))
    only = option(args, "--corpus")
    if len(args) == 2 and args[0] == "run":
        run(args[1], os.path.abspath(binary), blind)
    elif len(args) == 2 and args[0] == "total":
        total(args[1])
    elif len(args) == 3 and args[0] == "diff":
        diff(args[1], args[2], only)
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
