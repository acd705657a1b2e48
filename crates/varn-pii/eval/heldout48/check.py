#!/usr/bin/env python3
"""Validate test.jsonl and print counts."""
import collections, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"personnummer", "samordningsnummer", "organisationsnummer", "phone", "email",
         "address", "postal_code", "plate", "name"}
INVIS = "\u00a0\u200b\u200d\u00ad\u2060\ufeff\n"


def occurrences(text, sub):
    out, i = [], text.find(sub)
    while i >= 0:
        out.append((i, i + len(sub)))
        i = text.find(sub, i + 1)
    return out


def disguised(item):
    t, k = item["text"], item["kind"]
    if any(c in t for c in INVIS):
        return True
    if any(ord(c) > 0x2000 and (c.isdigit() or 0xFF00 <= ord(c) <= 0xFFEF) for c in t):
        return True
    if any(0x660 <= ord(c) <= 0x6F9 for c in t):
        return True
    low = t.lower()
    if k == "email" and ("@" not in t or " " in t):
        return True
    if k in ("phone", "personnummer", "samordningsnummer", "organisationsnummer"):
        if re.search(r"[a-zåäö]{3,}", low) or re.search(r"\d \d \d", t) or "/" in t or "." in t or "O" in t:
            return True
    if k == "plate" and (re.search(r"\w \w \w", t) or t != t.upper()):
        return True
    return False


def main():
    errors, warns = [], []
    ids = set()
    counts = collections.Counter()
    with_pii = without = 0
    ndis = 0
    path = os.path.join(HERE, "test.jsonl")
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            try:
                d = json.loads(line)
            except Exception as e:
                errors.append(f"line {ln}: bad JSON {e}")
                continue
            did = d.get("id")
            if not isinstance(did, str) or did in ids:
                errors.append(f"line {ln}: missing or duplicate id {did!r}")
            ids.add(did)
            text = d.get("text")
            if not isinstance(text, str) or not text.strip():
                errors.append(f"{did}: empty text")
                continue
            pii = d.get("pii")
            if not isinstance(pii, list):
                errors.append(f"{did}: pii not a list")
                continue
            seen = set()
            spans = []
            for it in pii:
                k, t = it.get("kind"), it.get("text")
                if k not in KINDS:
                    errors.append(f"{did}: unknown kind {k!r}")
                if not t or not t.strip():
                    errors.append(f"{did}: empty pii text")
                    continue
                if (k, t) in seen:
                    errors.append(f"{did}: listed twice {k}:{t!r}")
                seen.add((k, t))
                occ = occurrences(text, t)
                if not occ:
                    errors.append(f"{did}: not a substring {k}:{t!r}")
                for a, b in occ:
                    spans.append((a, b, k, t))
                    before = text[a - 1] if a > 0 else " "
                    after = text[b:b + 2]
                    if before.isalnum() or (after[:1].isalnum() and not (k == "name" and after[:1] == "s" and not after[1:2].isalpha())):
                        warns.append(f"{did}: {k}:{t!r} occurs inside a longer token at {a}")
                counts[k] += 1
                if disguised(it):
                    ndis += 1
            listed = {t for (k, t) in seen if k == "name"}
            for (k, t) in seen:
                if k != "name" or " " not in t:
                    continue
                for w in t.split():
                    if len(w) > 2 and w not in listed:
                        for m in re.finditer(r"(?<!\w)" + re.escape(w) + r"(?!\w)", text):
                            if not any(a <= m.start() and m.end() <= b for a, b, kk, tt in spans if kk == "name"):
                                warns.append(f"{did}: part {w!r} of name {t!r} occurs alone but is not listed")
            for i in range(len(spans)):
                for j in range(i + 1, len(spans)):
                    a1, b1, k1, t1 = spans[i]
                    a2, b2, k2, t2 = spans[j]
                    if (k1, t1) == (k2, t2):
                        continue
                    if a1 < b2 and a2 < b1:
                        if k1 == k2 == "name" and ((a1 <= a2 and b2 <= b1) or (a2 <= a1 and b1 <= b2)):
                            continue
                        errors.append(f"{did}: overlap {k1}:{t1!r} / {k2}:{t2!r}")
            if pii:
                with_pii += 1
            else:
                without += 1
    for w in warns:
        print("WARN", w)
    for e in errors:
        print("ERROR", e)
    total = with_pii + without
    print(f"documents: {total}  with identifiers: {with_pii}  without: {without}"
          f" ({100.0 * without / max(total, 1):.1f} %)")
    for k in sorted(KINDS):
        print(f"  {k:20s} {counts[k]}")
    print(f"  {'total items':20s} {sum(counts.values())}")
    print(f"  disguised (rough)    {ndis}")
    if errors:
        print(f"{len(errors)} errors")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
