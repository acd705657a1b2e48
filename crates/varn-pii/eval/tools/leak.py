#!/usr/bin/env python3
"""Checks that no marked identifier of an evaluation corpus went into the guard's rules.

Usage: python3 leak.py BASE [REPO]

Every marked identifier of four characters or more in every `eval/*/test.jsonl` is looked
for, as a whole token and in any case, in the lines added since BASE (outside `eval/` and
Markdown files) and in the commit messages since BASE. A hit is printed with its line; a
hit on an ordinary word that some author also marked as a name (`else`, `mark`) is for a
person to judge. Rounds of rules run it before every commit, so that no corpus's names,
streets, numbers or plates are tuned into a list, a test or a message.
"""
import glob
import json
import re
import subprocess
import sys

base = sys.argv[1]
repo = sys.argv[2] if len(sys.argv) > 2 else "."
ids = set()
for f in glob.glob(f"{repo}/crates/varn-pii/eval/*/test.jsonl"):
    for line in open(f, encoding="utf-8"):
        if line.strip():
            for p in json.loads(line).get("pii", []):
                t = p["text"].strip()
                if len(t) >= 4:
                    ids.add(t.lower())
diff = subprocess.run(
    # Against the working tree, not HEAD: lines not yet committed are read too (a check
    # run before `git commit` saw nothing of what it was about to commit).
    ["git", "-C", repo, "diff", base, "--", ".", ":!crates/varn-pii/eval", ":!*.md"],
    capture_output=True, text=True, check=True).stdout
added = "\n".join(l[1:] for l in diff.splitlines() if l.startswith("+") and not l.startswith("+++"))
messages = subprocess.run(["git", "-C", repo, "log", "--format=%H %B", f"{base}..HEAD"],
                          capture_output=True, text=True, check=True).stdout
hits = 0
for where, text in (("added lines", added), ("messages", messages)):
    low = text.lower()
    for i in sorted(ids):
        for m in re.finditer(re.escape(i), low):
            a, b = m.start(), m.end()
            if (a > 0 and low[a - 1].isalnum()) or (b < len(low) and low[b].isalnum()):
                continue
            start = low.rfind("\n", 0, a) + 1
            end = low.find("\n", b)
            print(f"{where}: {i!r}: {low[start:end if end >= 0 else len(low)].strip()[:160]}")
            hits += 1
            break
print(f"{len(ids)} identifiers checked, {hits} hits")
