#!/usr/bin/env python3
"""Builds data/sv_words.txt from Debian's hunspell-sv (see data/README.md).

Run by hand, never by cargo:
    apt-get download hunspell-sv hunspell-tools  # or apt-get install hunspell-tools
    dpkg-deb -x hunspell-sv_*.deb x
    unmunch x/usr/share/hunspell/sv_SE.dic x/usr/share/hunspell/sv_SE.aff > full.txt
    python3 data/build_words.py full.txt > data/sv_words.txt

Keeps the lower-case word forms (common words; capitalised entries are proper nouns),
letters only, two letters or more, sorted by bytes and deduplicated, front-coded: each line
is one character ('0' + n) for the n bytes shared with the previous word, then the rest.
Every 32nd line shares nothing, so a reader can binary-search those lines and decode at
most 31 more.
"""
import sys

words = set()
for line in open(sys.argv[1], encoding="utf-8"):
    w = line.strip().split("/")[0]
    if len(w) >= 2 and w.isalpha() and w == w.lower():
        words.add(w)
prev = b""
out = sys.stdout.buffer
for i, w in enumerate(sorted(words, key=lambda x: x.encode())):
    b = w.encode()
    n = 0
    if i % 32:
        while n < min(len(prev), len(b), 60) and prev[n] == b[n]:
            n += 1
        while n > 0 and (b[n] & 0xC0) == 0x80:  # keep the rest valid UTF-8
            n -= 1
    out.write(bytes([48 + n]) + b[n:] + b"\n")
    prev = b
