#!/usr/bin/env python3
"""Builds data/localities.txt from Debian's hunspell-sv (see data/README.md).

Run by hand, never by cargo:
    apt-get download hunspell-sv
    dpkg -x hunspell-sv_*.deb hs
    python3 data/build_localities.py hs/usr/share/hunspell/sv_SE.dic > data/localities.txt

Keeps the capitalised entries of sv_SE.dic whose affix flags hold `e` (the inhabitant's
-bo: "Järnabo") or `v` (the first part of a compound with -s: "Häggviks-"): in this
dictionary those are places. Person names carry A, E, F, L but neither e nor v. Dropped:
entries with G or H (inflected common nouns such as "PIN-kod"), F or J (a surname's
inflection: "Renström"), anything but letters and inner hyphens, and, failing closed,
every entry that is also in first_names.txt or surnames.txt ("Nora") or already in
places.txt. An entry with `e` or `d` (the inhabitant's -bo, -sbo) is a place; one with `v`
alone may be a person or a firm named after one ("Swedenborg", "Hasselblad"), so it is
kept only when it ends in a place ending that is no surname's (-vik, -torp, -hult …).
Sorted by bytes, one a line.
"""
import os
import re
import sys

here = os.path.dirname(os.path.abspath(__file__))


def lower_set(name):
    with open(os.path.join(here, name), encoding="utf-8") as f:
        return {
            l.strip().lower() for l in f if l.strip() and not l.startswith("#")
        }


PLACE_ENDINGS = (
    "torp", "vik", "hult", "sund", "stad", "arp", "ryd", "hamn", "red", "bruk", "röd",
    "rup", "köping", "träsk", "skär", "kärr", "hög", "hov", "slätt", "ånger", "vad",
    "brunn", "tull",
)
names = lower_set("first_names.txt") | lower_set("surnames.txt")
known = lower_set("places.txt")
shape = re.compile(r"[A-ZÅÄÖ][a-zåäöéèáóü]+(-[A-ZÅÄÖa-zåäö][a-zåäöéèáóü]+)*")
out = set()
with open(sys.argv[1], encoding="utf-8") as f:
    next(f)
    for line in f:
        word, _, flags = line.strip().partition("/")
        if not shape.fullmatch(word) or not ("e" in flags or "v" in flags):
            continue
        if any(c in flags for c in "GHFJ"):
            continue
        if not ("e" in flags or "d" in flags) and not word.lower().endswith(PLACE_ENDINGS):
            continue
        if word.lower() in names or word.lower() in known:
            continue
        out.add(word)
sys.stdout.write(
    "# Swedish localities and other places from hunspell-sv (LGPL-3); built by\n"
    "# data/build_localities.py, see data/README.md. One name a line.\n"
)
for w in sorted(out, key=lambda x: x.encode()):
    sys.stdout.write(w + "\n")
