#!/usr/bin/env python3
"""Build test.jsonl from src/*.txt (held-out PII corpus for the Värn guard)."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"p": "personnummer", "s": "samordningsnummer", "o": "organisationsnummer",
         "t": "phone", "e": "email", "a": "address", "z": "postal_code",
         "r": "plate", "n": "name"}
ESC = {"{nl}": "\n", "{nbsp}": "\u00a0", "{zw}": "\u200b", "{zwj}": "\u200d",
       "{shy}": "\u00ad", "{wj}": "\u2060", "{cr}": "\r",
       "{rlo}": "\u202e", "{pdf}": "\u202c", "{lrm}": "\u200e", "{cgj}": "\u034f",
       "{isep}": "\u2063", "{hfil}": "\u3164", "{tag}": "\U000e0020",
       "{zwnj}": "\u200c", "{nnbsp}": "\u202f", "{figsp}": "\u2007", "{thsp}": "\u2009",
       "{idsp}": "\u3000", "{itimes}": "\u2062", "{mvs}": "\u180e", "{brblank}": "\u2800",
       "{hhf}": "\uffa0", "{lri}": "\u2066", "{pdi}": "\u2069",
       "{tab}": "\t", "{ls}": "\u2028", "{hsp}": "\u200a", "{emsp}": "\u2003",
       "{ogham}": "\u1680", "{alm}": "\u061c", "{vs16}": "\ufe0f", "{iplus}": "\u2064",
       "{fapp}": "\u2061", "{khinv}": "\u17b4", "{bom}": "\ufeff", "{nbhy}": "\u2011",
       "{minus}": "\u2212", "{kc}": "\u20e3", "{strk}": "\u0336",
       "{cdia}": "\u0308", "{cring}": "\u030a", "{fdash}": "\u2012",
       "{sep4}": "\u205f", "{hy}": "\u2010", "{smat}": "\ufe6b", "{wdot}": "\u2027"}
INVISIBLE = ["\u00a0", "\u200b", "\u200d", "\u00ad", "\u2060", "\ufeff",
             "\u202e", "\u202c", "\u200e", "\u034f", "\u2063", "\u3164",
             "\u200c", "\u202f", "\u2007", "\u2009", "\u3000", "\u2062", "\u180e",
             "\u2800", "\uffa0", "\u2066", "\u2069",
             "\t", "\u2028", "\u200a", "\u2003", "\u1680", "\u061c", "\ufe0f", "\u2064",
             "\u2061", "\u17b4", "\u2011", "\u2212", "\u20e3", "\u0336",
             "\u0308", "\u030a", "\u2012", "\u205f", "\u2010", "\u2027"]
# digit scripts: (zero code point)
SCRIPTS = [0x30, 0xFF10, 0x660, 0x6F0, 0x966, 0x9E6, 0x1D7CE, 0x1D7D8, 0x1D7F6,
           0xE50, 0x17E0, 0x1040, 0x7C0, 0xBE6, 0xED0, 0x1810, 0xF20, 0xAE6, 0x1D7E2, 0x1D7EC,
           0x104A0, 0x1E950, 0x1C50, 0xABF0, 0x1B50, 0xA9D0, 0x1BB0, 0x1D7CE,
           0x1FBF0, 0x1A90, 0xCE6, 0xA8D0, 0x19D0]
MARK = re.compile(r"\[\[([a-z]):(.*?)\]\]")


def digit_info(ch):
    o = ord(ch)
    for z in SCRIPTS:
        if z <= o <= z + 9:
            return o - z, z
    return None


def luhn9(vals):
    s = 0
    for i, v in enumerate(vals):
        x = v * (2 if i % 2 == 0 else 1)
        s += x - 9 if x > 9 else x
    return (10 - s % 10) % 10


def fill_check(body, where):
    out = []
    i = 0
    while i < len(body):
        for tok, wrong in (("{L}", 0), ("{X}", 1)):
            if body.startswith(tok, i):
                digs = [digit_info(c) for c in out]
                digs = [d for d in digs if d]
                if len(digs) < 9:
                    sys.exit(f"{where}: fewer than nine digits before {tok} in {body!r}")
                last9 = digs[-9:]
                c = (luhn9([d[0] for d in last9]) + wrong) % 10
                out.append(chr(last9[-1][1] + c))
                i += 3
                break
        else:
            out.append(body[i])
            i += 1
    return "".join(out)


def unesc(s):
    for k, v in ESC.items():
        s = s.replace(k, v)
    return s


def build():
    docs = []
    n = 0
    for fn in sorted(os.listdir(os.path.join(HERE, "src"))):
        if not fn.endswith(".txt"):
            continue
        with open(os.path.join(HERE, "src", fn), encoding="utf-8") as f:
            for lineno, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if not line.strip() or line.lstrip().startswith("#"):
                    continue
                where = f"src/{fn}:{lineno}"
                pii = []
                seen = set()
                parts = []
                pos = 0
                for m in MARK.finditer(line):
                    parts.append(unesc(line[pos:m.start()]))
                    k, body = m.group(1), m.group(2)
                    if k not in KINDS:
                        sys.exit(f"{where}: unknown kind {k!r}")
                    val = fill_check(unesc(body), where)
                    parts.append(val)
                    key = (KINDS[k], val)
                    if key not in seen:
                        seen.add(key)
                        pii.append({"kind": KINDS[k], "text": val})
                    pos = m.end()
                parts.append(unesc(line[pos:]))
                text = "".join(parts)
                if "[[" in text or "]]" in text or "{L}" in text or "{X}" in text:
                    sys.exit(f"{where}: unparsed mark left in text")
                if re.search(r"\{(nl|cr|nbsp|zw|zwj|shy|wj|rlo|pdf|lrm|cgj|isep|hfil|tag|zwnj|nnbsp|figsp|thsp|idsp|itimes|mvs|brblank|hhf|lri|pdi|tab|ls|hsp|emsp|ogham|alm|vs16|iplus|fapp|khinv|bom|nbhy|minus|kc|strk|cdia|cring|fdash|sep4|hy|smat|wdot)\}", text):
                    sys.exit(f"{where}: escape left")
                n += 1
                docs.append({"id": f"hy{n:03d}", "text": text, "pii": pii, "_src": where})
    with open(os.path.join(HERE, "test.jsonl"), "w", encoding="utf-8") as f:
        for d in docs:
            d.pop("_src")
            s = json.dumps(d, ensure_ascii=False)
            for ch in INVISIBLE:
                s = s.replace(ch, "\\u%04x" % ord(ch))
            f.write(s + "\n")
    print(f"wrote {len(docs)} documents to test.jsonl")


if __name__ == "__main__":
    build()
