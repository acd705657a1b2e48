#!/usr/bin/env python3
"""Generate test.jsonl for generated13 (standard library only, fixed seed)."""
import collections, json, os, random, re, sys, unicodedata

import pools, templates

SEED = 20261303
N_DOCS = 2000
N_NEG = 667
HERE = os.path.dirname(os.path.abspath(__file__))
VERBOSE = "-v" in sys.argv
STATS = collections.Counter()

R = random.Random(SEED)

FAMS = sorted(pools.FAMILIES)
FAM_W = [pools.WEIGHTS.get(f, 1) for f in FAMS]
GIVEN = {f: pools.FAMILIES[f][0].split() for f in FAMS}
SUR = {f: pools.FAMILIES[f][1].split() for f in FAMS}
ALL_NAME_TOKENS = set()
for f in FAMS:
    ALL_NAME_TOKENS |= set(GIVEN[f]) | set(SUR[f])

ZW = ["\u200b", "\u200d", "\u00ad", "\u2060"]
ARABIC = "٠١٢٣٤٥٦٧٨٩"
WORDS = "noll ett två tre fyra fem sex sju åtta nio".split()
PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUWXYZ"


# ------------------------------------------------------------------ identifiers
def luhn_digit(nine):
    s = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d - 9 if d > 9 else d
    return str((10 - s % 10) % 10)


def luhn_ok(ten):
    return luhn_digit(ten[:9]) == ten[9]


def mk_pnr(coord=False):
    y = R.randint(1940, 2012)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    dd = d + 60 if coord else d
    ser = "%03d" % R.randint(0, 999)
    nine = "%02d%02d%02d%s" % (y % 100, m, dd, ser)
    ten = nine + luhn_digit(nine)
    c = "19" if y < 2000 else "20"
    f = R.random()
    if f < 0.55:
        return ten[:6] + "-" + ten[6:]
    if f < 0.75:
        return c + ten[:6] + "-" + ten[6:]
    if f < 0.88:
        return ten
    return c + ten


def mk_org():
    first = R.choice("25789")
    nine = first + str(R.randint(0, 9)) + str(R.randint(2, 9)) + "%06d" % R.randint(0, 999999)
    ten = nine + luhn_digit(nine)
    f = R.random()
    if f < 0.7:
        return ten[:6] + "-" + ten[6:]
    if f < 0.9:
        return ten
    return "16" + ten[:6] + "-" + ten[6:]


def mk_phone():
    r = R.random()
    xx = "%02d" % R.randint(10, 99)
    if r < 0.55:  # mobile fiction range 070-174 06 xx
        f = R.randrange(6)
        return ["070-174 06 " + xx, "0701740" + "6" + xx, "070 174 06 " + xx,
                "+46 70 174 06 " + xx, "+46701740" + "6" + xx, "070-1740" + "6" + xx][f]
    area = R.choice([("08", "465 004 ", "46500", "8"), ("031", "390 06 ", "39006", "31"),
                     ("040", "628 04 ", "62804", "40"), ("0980", "31 94 ", "3194", "980")])
    f = R.randrange(4)
    if f == 0:
        return area[0] + "-" + area[1] + xx
    if f == 1:
        return area[0] + "-" + area[2] + xx
    if f == 2:
        return "+46 " + area[3] + " " + area[1] + xx
    return area[0] + " " + area[1] + xx


def mk_postal():
    n = "%d%02d%02d" % (R.randint(1, 9), R.randint(0, 99), R.randint(0, 99))
    f = R.random()
    if f < 0.8:
        return n[:3] + " " + n[3:]
    if f < 0.9:
        return n
    return "SE-" + n[:3] + " " + n[3:]


def mk_plate():
    L = "".join(R.choice(PLATE_LETTERS) for _ in range(3))
    if R.random() < 0.45:
        tail = "%03d" % R.randint(1, 999)
        STATS["plate old"] += 1
    else:
        last = "O" if R.random() < 0.25 else R.choice(PLATE_LETTERS)
        tail = "%02d" % R.randint(0, 99) + last
        STATS["plate new" + (" O" if last == "O" else "")] += 1
    sep = R.choices([" ", "", "-"], [70, 25, 5])[0]
    return L + sep + tail


def mk_street():
    r = R.random()
    if r < 0.35:
        s = R.choice(pools.STREET_FIRST) + " " + R.choice(pools.STREET_SUFFIX_APART)
        STATS["street two-word"] += 1
    elif r < 0.55:
        s = (R.choice(pools.STREET_PREFIX3) + " " + R.choice(pools.STREET_MID3) + " "
             + R.choice(pools.STREET_SUFFIX_APART))
        STATS["street three-word"] += 1
    elif r < 0.85:
        s = R.choice(pools.STREET_JOINED_STEM) + R.choice(pools.STREET_JOINED_SUFFIX)
        STATS["street joined"] += 1
    else:
        s = (R.choice(pools.STREET_PREFIX3) + " " + R.choice(pools.STREET_JOINED_STEM)
             + R.choice(pools.STREET_JOINED_SUFFIX))
        STATS["street prefix+joined"] += 1
    num = str(R.randint(1, 89))
    t = R.random()
    if t < 0.15:
        num += " " + R.choice("ABCD")
    elif t < 0.25:
        num += R.choice("ABC")
    tail = R.random()
    if tail < 0.15:
        num += R.choice([", lgh ", " lgh "]) + "%d%02d" % (R.randint(10, 16), R.randint(1, 9))
        STATS["address lgh"] += 1
    elif tail < 0.27:
        num += R.choice([", %d tr", " %d tr", ", %dtr"]) % R.randint(1, 8)
        STATS["address tr"] += 1
    return s + " " + num


ASCII_FOLD = {"ı": "i", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ß": "ss", "ø": "o", "æ": "ae"}


def fold(s):
    s = "".join(ASCII_FOLD.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]", "", s.lower())


def mk_email(p):
    g, s = fold(p["g"]), fold(p["s"])
    dom = R.choice(["post.example", "skola.example", "forening.example", "mejl.example",
                    "kommun.example", "bolag.example", "fastighet.example", "natet.example"])
    f = R.randrange(6)
    local = [g + "." + s, g[0] + "." + s, g + "_" + s, g + s + str(R.randint(1, 99)),
             s + "." + g, g + str(R.randint(60, 99))][f]
    return local + "@" + dom


# ------------------------------------------------------------------ disguises
def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" and c.isalnum() else c for c in s)


def arabic_digits(s):
    return "".join(ARABIC[int(c)] if c.isdigit() else c for c in s)


def insert_zw(s):
    idx = [i for i in range(1, len(s)) if s[i - 1].isalnum() and s[i].isalnum()]
    if not idx:
        return s
    i = R.choice(idx)
    return s[:i] + R.choice(ZW) + s[i:]


def spaced_digits(s):
    return " ".join(c for c in s if c.isdigit() or c in "+")


def disguise(kind, t):
    if kind == "name":
        opts = ["fullwidth", "zw"] + (["nbsp"] if " " in t else [])
    elif kind in ("personnummer", "samordningsnummer"):
        opts = ["newline", "crlf", "nbspdash", "dots", "slash", "spaced", "zw", "fullwidth", "arabic"]
    elif kind == "organisationsnummer":
        opts = ["zw", "fullwidth", "arabic", "spaced"]
    elif kind == "phone":
        opts = ["spaced", "words", "zw", "fullwidth", "arabic"]
    elif kind == "email":
        opts = ["at", "(at)", "[at]", "fwat", "zw"]
    elif kind == "address":
        opts = ["lower", "upper", "zw"]
    elif kind == "postal_code":
        opts = ["fullwidth", "arabic", "zw"]
    else:  # plate
        opts = ["zw", "fullwidth", "lower"]
    d = R.choice(opts)
    STATS["disguise %s %s" % (kind, d)] += 1
    if d == "fullwidth":
        return fullwidth(t)
    if d == "zw":
        return insert_zw(t)
    if d == "nbsp":
        return t.replace(" ", "\u00a0", 1)
    if d == "arabic":
        return arabic_digits(t)
    if d == "lower":
        return t.lower()
    if d == "upper":
        return t.upper()
    if d == "spaced":
        return spaced_digits(t)
    if d == "words":
        return " ".join(WORDS[int(c)] if c.isdigit() else "plus" for c in t if c.isdigit() or c == "+")
    digits = re.sub(r"\D", "", t)
    if kind in ("personnummer", "samordningsnummer"):
        short = digits[-10:]
        if d == "newline":
            return t.replace("-", "-\n") if "-" in t else t[:-4] + "\n" + t[-4:]
        if d == "crlf":
            return t.replace("-", "\r\n-") if "-" in t else t[:-4] + "\r\n" + t[-4:]
        if d == "nbspdash":
            return short[:6] + "\u00a0-\u00a0" + short[6:]
        if d == "dots":
            return short[0:2] + "." + short[2:4] + "." + short[4:6] + "-" + short[6:]
        if d == "slash":
            return short[:6] + "/" + short[6:]
    if kind == "email":
        loc, dom = t.split("@")
        if d == "at":
            return loc + " at " + dom
        if d == "(at)":
            return loc + "(at)" + dom
        if d == "[at]":
            return loc + "[at]" + dom
        if d == "fwat":
            return loc + "＠" + dom
    raise ValueError(d)


# ------------------------------------------------------------------ persons
def mk_person(used_tokens):
    for _ in range(100):
        fam = R.choices(FAMS, FAM_W)[0]
        g = R.choice(GIVEN[fam])
        sfam = fam if R.random() < 0.85 else R.choices(FAMS, FAM_W)[0]
        s = R.choice(SUR[sfam])
        toks = set(g.lower().split()) | set(s.lower().split())
        if toks & used_tokens or g == s:
            continue
        used_tokens |= toks
        STATS["family " + fam] += 1
        return {"g": g, "s": s, "fam": fam}
    raise RuntimeError("persons")


def name_form(p, form):
    g, s = p["g"], p["s"]
    if form == "x":
        form = R.choices(["f", "g", "s", "i"], [40, 35, 12, 13])[0]
    STATS["name form " + form] += 1
    if form == "f":
        return g + " " + s
    if form == "g":
        return g
    if form == "s":
        return s
    if form == "i":
        return g + " " + s[0] + "."
    if form == "r":
        return s + ", " + g
    raise ValueError(form)


def genitive(name):
    return "" if name[-1] in "sxzSXZ" else "s"


# ------------------------------------------------------------------ fillers (unmarked)
def filler(key):
    if key == "TOWN":
        return R.choice(pools.TOWNS)
    if key == "DIST":
        return R.choice(pools.DISTRICTS)
    if key == "DATE":
        y, m, d = R.randint(2021, 2026), R.randint(1, 12), R.randint(1, 28)
        return R.choice(["%d %s %d" % (d, pools.MONTHS[m - 1], y), "%d-%02d-%02d" % (y, m, d),
                         "%d/%d" % (d, m), "%d %s" % (d, pools.MONTHS[m - 1])])
    if key == "DNR":
        return "%s %d/%d" % (R.choice(["SOF", "UBF", "KS", "SDF", "KUF", "AMF", "SBN"]),
                             R.randint(2019, 2026), R.randint(11, 2999))
    if key == "NUM":
        return str(R.randint(2, 9))
    if key == "AGE":
        return str(R.randint(13, 19))
    if key == "TIME":
        while True:
            t = "%02d%s%02d" % (R.randint(7, 22), R.choice([":", "."]), R.choice([0, 15, 20, 30, 45]))
            if t not in ("09.00", "11.30"):  # times shown in generated12's README
                return t
    if key == "UNIT":
        return R.choice(pools.UNITS)
    if key == "PLACE":
        return R.choice(pools.PUBLIC_PLACES)
    if key == "AUTH":
        return R.choice(pools.AUTHORITIES)
    if key == "BRAND":
        return R.choice(pools.BRANDS)
    if key == "MONTH":
        return R.choice(pools.MONTHS)
    if key == "WDAY":
        return R.choice(pools.WEEKDAYS)
    if key == "LAW":
        return R.choice(pools.LAWS)
    if key == "PUBTEL":
        return R.choice(pools.PUBLIC_PHONES)
    if key == "IA":
        return "IA-%d-%04d" % (R.randint(2022, 2026), R.randint(1, 9999))
    if key == "YEAR":
        return str(R.randint(1971, 2008)) if R.random() < 0.5 else str(R.randint(2016, 2026))
    if key == "NYEAR":
        return str(R.randint(2016, 2026))
    if key == "ORDER":
        return "B%d-%03d" % (R.randint(2023, 2026), R.randint(1, 999))
    raise KeyError(key)


SLOT = re.compile(r"\{([A-Z]+[0-9]?)(?:\.([a-z]+))?\}")
KIND_OF = {"PNR": "personnummer", "SAM": "samordningsnummer", "ORG": "organisationsnummer",
           "TEL": "phone", "TEL2": "phone", "MAIL": "email", "MAILB": "email", "ADR": "address",
           "ADR2": "address", "POST": "postal_code", "PLATE": "plate", "PLATE2": "plate"}


class Doc:
    def __init__(self, voice):
        self.voice = voice
        self.persons = {}
        self.tokens = set()
        self.items = []  # (kind, text)
        self.fixed = {}  # identifier slots keep one value per document
        self.lower_names = voice == "chat" and R.random() < 0.5

    def person(self, key):
        if key not in self.persons:
            self.persons[key] = mk_person(self.tokens)
        return self.persons[key]

    def mark(self, kind, text):
        self.items.append((kind, text))
        return text

    def name(self, key, form):
        p = self.person(key)
        gen = form.endswith("s") and len(form) == 2
        base = form[0] if gen else form
        n = name_form(p, base)
        c = R.random()
        if self.lower_names:
            n = n.lower()
            STATS["name case lower (chat)"] += 1
        elif c < 0.1:
            n = n.upper()
            STATS["name case upper"] += 1
        elif c < 0.2:
            n = n.lower()
            STATS["name case lower"] += 1
        if R.random() < 0.08:
            n = disguise("name", n)
        return self.mark("name", n) + (genitive(n) if gen else "")

    def ident(self, key):
        if key in self.fixed:
            return self.fixed[key]
        kind = KIND_OF[key]
        if kind == "personnummer":
            t = mk_pnr()
        elif kind == "samordningsnummer":
            t = mk_pnr(coord=True)
        elif kind == "organisationsnummer":
            t = mk_org()
        elif kind == "phone":
            t = mk_phone()
        elif kind == "email":
            t = mk_email(self.person("B" if key == "MAILB" else "A"))
        elif kind == "address":
            t = mk_street()
            if self.voice == "chat":
                t = t.lower()
        elif kind == "postal_code":
            t = mk_postal()
        else:
            t = mk_plate()
            if self.voice == "chat" and R.random() < 0.5:
                t = t.lower()
        if R.random() < 0.08:
            t = disguise(kind, t)
        self.fixed[key] = t
        return self.mark(kind, t)

    def fill(self, tpl):
        def rep(m):
            key, form = m.group(1), m.group(2)
            if key in ("A", "B", "C", "D"):
                return self.name(key, form or "x")
            if key in KIND_OF:
                return self.ident(key)
            return filler(key)
        return SLOT.sub(rep, tpl)


# ------------------------------------------------------------------ validation
def spans_of(text, items):
    out = []
    for k, t in items:
        i = text.find(t)
        while i >= 0:
            out.append((i, i + len(t), k, t))
            i = text.find(t, i + 1)
    return out


def luhn_runs(text):
    for m in re.finditer(r"(?<![\d])(\d{6}|\d{8})[-+]?(\d{4})(?![\d])", text):
        digits = (m.group(1) + m.group(2))[-10:]
        if luhn_ok(digits):
            yield m.start(), m.end()


def valid(text, items, negative=False):
    seen = set()
    for k, t in items:
        if (k, t) in seen:
            continue
        seen.add((k, t))
        if text.find(t) < 0:
            return "not substring"
    spans = spans_of(text, list(seen))
    for a, b, k, t in spans:
        before = text[a - 1] if a > 0 else " "
        after = text[b:b + 2]
        if before.isalnum() or (after[:1].isalnum() and not (
                k == "name" and after[:1] == "s" and not after[1:2].isalpha())):
            return "inside token"
    for i in range(len(spans)):
        for j in range(i + 1, len(spans)):
            a1, b1, k1, t1 = spans[i]
            a2, b2, k2, t2 = spans[j]
            if (k1, t1) == (k2, t2):
                continue
            if a1 < b2 and a2 < b1:
                if k1 == k2 == "name" and ((a1 <= a2 and b2 <= b1) or (a2 <= a1 and b1 <= b2)):
                    continue
                return "overlap"

    def covered(a, b):
        return any(x <= a and b <= y for x, y, _, _ in spans)
    # no unmarked pool name token (capitalised, or any case for the names of this document)
    low = text.lower()
    for m in re.finditer(r"\w+(?:-\w+)?", text):
        w = m.group(0)
        if w in ALL_NAME_TOKENS and not covered(m.start(), m.end()):
            if negative and w in pools.NAME_WORDS:
                continue
            return "unmarked name token " + w
    for k, t in seen:
        if k != "name":
            continue
        for w in re.findall(r"\w+", t.lower()):
            if len(w) < 2:
                continue
            for m in re.finditer(r"(?<!\w)" + re.escape(w) + r"(?!\w)", low):
                if not covered(m.start(), m.end()):
                    return "unmarked part " + w
    # as check.py: a part of a listed full name standing alone must itself be listed
    names = {t for k, t in seen if k == "name"}
    for t in names:
        if " " not in t:
            continue
        for w in t.split():
            if len(w) > 2 and w not in names:
                for m in re.finditer(r"(?<!\w)" + re.escape(w) + r"(?!\w)", text):
                    if not any(a <= m.start() and m.end() <= b for a, b, kk, _ in spans if kk == "name"):
                        return "unlisted part " + w
    for a, b in luhn_runs(text):
        if not covered(a, b):
            return "luhn run"
    return None


# ------------------------------------------------------------------ documents
def case_doc(text, items, how):
    f = str.upper if how == "upper" else str.lower
    return f(text), [(k, f(t)) for k, t in items]


PROSE = {"form", "inbox", "consult", "minutes", "survey", "grants", "training", "police"}
CONTEXT = [t for v, t in templates.NEGATIVE if "\n" not in t] + templates.NAME_WORD_SENTENCES


def positive_doc(voice, tpl):
    for attempt in range(200):
        d = Doc(voice)
        text = d.fill(tpl)
        if voice in PROSE and R.random() < 0.12:
            text += " " + d.fill(R.choice(templates.CONTINUATION))
            STATS["continuation"] += 1
        nameword = False
        if voice in PROSE and R.random() < 0.15:
            c = R.choice(CONTEXT)
            nameword = c in templates.NAME_WORD_SENTENCES
            ctx = d.fill(c)
            text = ctx + " " + text if R.random() < 0.5 else text + " " + ctx
            STATS["context sentence"] += 1
        items = d.items
        r = R.random()
        if voice in PROSE and r < 0.05:
            # no capitals for a document holding a name-word sentence: "EN BJÖRN" is ambiguous
            text, items = case_doc(text, items, "lower" if r < 0.03 or nameword else "upper")
            STATS["whole document case"] += 1
        why = valid(text, items)
        if why is None:
            out = []
            uniq = list(dict.fromkeys(items))
            order = sorted(uniq, key=lambda kt: (text.find(kt[1]), -len(kt[1]), kt[0], kt[1]))
            for k, t in order:
                out.append({"kind": k, "text": t})
            return text, out
        STATS["redraw " + why.split()[0] + " " + (why.split()[1] if len(why.split()) > 1 else "")] += 1
    raise RuntimeError("cannot fill " + tpl)


def negative_doc():
    for attempt in range(200):
        n = R.choices([1, 2, 3], [45, 35, 20])[0]
        parts = []
        used_tpl = []
        for _ in range(n):
            if R.random() < 0.25:
                s = R.choice(templates.NAME_WORD_SENTENCES)
                if s in parts:
                    continue
                parts.append(s)
                STATS["negative name-word sentence"] += 1
            else:
                v, t = R.choice(templates.NEGATIVE)
                if t in used_tpl or ("\n" in t and parts) or any("\n" in u for u in used_tpl):
                    continue
                used_tpl.append(t)
                parts.append(Doc(v).fill(t))
        text = " ".join(parts) if all("\n" not in p for p in parts) else "\n".join(parts)
        r = R.random()
        nameword = any(p in templates.NAME_WORD_SENTENCES for p in parts)
        if r < 0.1:
            text = text.lower() if r < 0.06 or nameword else text.upper()
            STATS["negative document case"] += 1
        why = valid(text, [], negative=True)
        if why is None:
            return text
        STATS["negative redraw " + why] += 1
    raise RuntimeError("negative")


ESC_CATS = {"Cf", "Zs", "Zl", "Zp", "Cc", "Mn"}


def dump(obj):
    s = json.dumps(obj, ensure_ascii=False)
    return "".join("\\u%04x" % ord(c) if ord(c) > 0x7F and unicodedata.category(c) in ESC_CATS
                   else c for c in s)


def main():
    docs = []
    texts = set()
    n_pos = N_DOCS - N_NEG
    order = []
    while len(order) < n_pos:
        rnd = list(range(len(templates.POSITIVE)))
        R.shuffle(rnd)
        order.extend(rnd)
    order = order[:n_pos]
    for ti in order:
        voice, tpl = templates.POSITIVE[ti]
        while True:
            text, pii = positive_doc(voice, tpl)
            if text not in texts:
                break
            STATS["redraw duplicate"] += 1
        texts.add(text)
        STATS["voice " + voice] += 1
        docs.append((text, pii))
    for _ in range(N_NEG):
        while True:
            text = negative_doc()
            if text not in texts:
                break
            STATS["negative redraw duplicate"] += 1
        texts.add(text)
        docs.append((text, []))
    R.shuffle(docs)
    with open(os.path.join(HERE, "test.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, (text, pii) in enumerate(docs, 1):
            f.write(dump({"id": "gi%04d" % i, "text": text, "pii": pii}) + "\n")
    if VERBOSE:
        for k in sorted(STATS):
            print("%-45s %d" % (k, STATS[k]))


if __name__ == "__main__":
    main()
