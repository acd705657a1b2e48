#!/usr/bin/env python3
"""Generate test.jsonl for generated9 (standard library only, fixed seed)."""
import collections, json, os, re, sys, unicodedata
import random

import pools as P
import templates as T

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261209
N_DOCS = 2000
N_NEG = 750
rng = random.Random(SEED)
VERBOSE = "-v" in sys.argv
STATS = collections.defaultdict(collections.Counter)

# ---------------------------------------------------------------- numbers
def luhn(digits):
    s = 0
    for i, ch in enumerate(digits):
        x = int(ch) * (2 if i % 2 == 0 else 1)
        s += x - 9 if x > 9 else x
    return str((10 - s % 10) % 10)


DAYS_IN = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def birth():
    y = rng.randint(1942, 2012)
    m = rng.randint(1, 12)
    dmax = DAYS_IN[m - 1] + (1 if m == 2 and y % 4 == 0 else 0)
    return y, m, rng.randint(1, dmax)


def idnum(coord=False):
    y, m, d = birth()
    if coord:
        d += 60
    body = f"{y % 100:02d}{m:02d}{d:02d}{rng.randint(0, 999):03d}"
    c = luhn(body)
    r = rng.random()
    if r < 0.55:
        return f"{body[:6]}-{body[6:]}{c}"
    if r < 0.7:
        return f"{body}{c}"
    if r < 0.9:
        return f"{y // 100}{body[:6]}-{body[6:]}{c}"
    return f"{y // 100}{body}{c}"


def orgnum():
    pre = rng.choice(["556", "559", "802", "769", "969", "716", "717"])
    body = pre + "".join(str(rng.randint(0, 9)) for _ in range(6))
    v = body + luhn(body)
    r = rng.random()
    if r < 0.8:
        return f"{v[:6]}-{v[6:]}"
    if r < 0.92:
        return v
    return f"16{v[:6]}-{v[6:]}"


def phone():
    if rng.random() < 0.6:
        pre = rng.choice(["070", "072", "073", "076"])
        xx = f"{rng.randint(5, 99):02d}"
        fmt = rng.choice(["{p}-174 06 {x}", "{p}1740 6{x}".replace("1740 6", "17406"),
                          "{p} 174 06 {x}", "+46 {q} 174 06 {x}", "0046 {q}-174 06 {x}",
                          "{p}-17 40 6{x}", "{p}/174 06 {x}", "({p}) 174 06 {x}"])
        return fmt.format(p=pre, q=pre[1:], x=xx)
    xx = f"{rng.randint(0, 99):02d}"
    area, local = rng.choice([("08", "465 004 {x}"), ("031", "390 06 {x}"), ("040", "628 04 {x}"),
                              ("0980", "31 94 {x}")])
    local = local.format(x=xx)
    fmt = rng.choice(["{a}-{l}", "({a}) {l}", "+46 {b} {l}", "{a}-{c}"])
    return fmt.format(a=area, b=area[1:], l=local, c=local.replace(" ", ""))


def plate(force_o=False):
    letters = "ABCDEFGHJKLMNOPRSTUWXYZ"
    a = "".join(rng.choice(letters) for _ in range(3))
    d = f"{rng.randint(0, 99):02d}"
    r = rng.random()
    last = "O" if force_o or r < 0.2 else (rng.choice("ABCDEFGHJKLMNPRSTUWXYZ") if r < 0.35 else str(rng.randint(0, 9)))
    sep = rng.choices([" ", "", "-"], [70, 20, 10])[0]
    return f"{a}{sep}{d}{last}"


def postal():
    v = f"{rng.randint(1, 9)}{rng.randint(0, 99):02d}{rng.randint(0, 99):02d}"
    return f"{v[:3]} {v[3:]}" if rng.random() < 0.8 else v


def street():
    shapes = list(P.STREET_WEIGHTS)
    shape = rng.choices(shapes, [P.STREET_WEIGHTS[s] for s in shapes])[0]
    name = rng.choice(P.STREETS[shape])
    n = rng.randint(1, 160)
    r = rng.random()
    if r < 0.15:
        num = f"{n}{rng.choice('ABCD')}"
    elif r < 0.22:
        num = f"{n} {rng.choice('abc')}"
    elif r < 0.28:
        num = f"{n}-{n + 2}"
    else:
        num = str(n)
    tail = rng.choice(P.ADDRESS_TAILS) if rng.random() < 0.2 else ""
    STATS["street shape"][shape] += 1
    return f"{name} {num}{tail}"


FOLD = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e", "ü": "u", "ç": "c", "ş": "s", "ğ": "g",
                      "ı": "i", "č": "c", "ć": "c", "ž": "z", "š": "s", "đ": "dj", "ê": "e", "î": "i",
                      "ð": "d", "þ": "th", "á": "a", "ó": "o", "ú": "u", "í": "i", "ė": "e", "ū": "u",
                      "ț": "t", "ő": "o", "'": ""})


def ascii_fold(s):
    s = s.lower().translate(FOLD)
    return re.sub(r"[^a-z0-9]", "", s)


def email(person):
    g, s = ascii_fold(person["g"]), ascii_fold(person["s"])
    fmt = rng.choice(["{g}.{s}", "{g0}.{s}", "{s}.{g}", "{g}{yy}", "{g}_{s}", "{g0}{s}", "{g}-{s}"])
    local = fmt.format(g=g, s=s, g0=g[0], yy=rng.randint(70, 99))
    return f"{local}@{rng.choice(P.MAIL_DOMAINS)}"


# ---------------------------------------------------------------- number words
ONES = "noll ett två tre fyra fem sex sju åtta nio".split()
TEENS = "tio elva tolv tretton fjorton femton sexton sjutton arton nitton".split()
TENS = ["", "", "tjugo", "trettio", "fyrtio", "femtio", "sextio", "sjuttio", "åttio", "nittio"]


def num_words(n):
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + (ONES[n % 10] if n % 10 else "")
    h = ("ett" if n // 100 == 1 else ONES[n // 100]) + "hundra"
    return h + (num_words(n % 100) if n % 100 else "")


# ---------------------------------------------------------------- disguises
ZWS, ZWJ, SHY, WJ, BOM, CGJ, NNBSP, NBSP = "\u200b", "\u200d", "\u00ad", "\u2060", "\ufeff", "\u034f", "\u202f", "\u00a0"
CYR = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "A": "А", "B": "В", "E": "Е",
       "K": "К", "M": "М", "H": "Н", "O": "О", "P": "Р", "C": "С", "T": "Т", "X": "Х"}


def insert_between(s, ch, letters=True):
    idx = [i for i in range(1, len(s)) if (s[i - 1].isalpha() and s[i].isalpha()) or
           (s[i - 1].isdigit() and s[i].isdigit())]
    if not idx:
        return None
    i = rng.choice(idx)
    return s[:i] + ch + s[i:]


def fullwidth(s):
    return "".join(chr(ord(c) - 0x21 + 0xFF01) if "!" <= c <= "~" else c for c in s)


def monospace(s):
    out = []
    for c in s:
        if "A" <= c <= "Z":
            out.append(chr(0x1D670 + ord(c) - 65))
        elif "a" <= c <= "z":
            out.append(chr(0x1D68A + ord(c) - 97))
        elif "0" <= c <= "9":
            out.append(chr(0x1D7F6 + ord(c) - 48))
        else:
            out.append(c)
    return "".join(out)


def circled(s):
    out = []
    for c in s:
        if "A" <= c <= "Z":
            out.append(chr(0x24B6 + ord(c) - 65))
        elif "a" <= c <= "z":
            out.append(chr(0x24D0 + ord(c) - 97))
        else:
            out.append(c)
    return "".join(out)


def digits_to(s, zero):
    return "".join(chr(zero + ord(c) - 48) if "0" <= c <= "9" else c for c in s)


def cyrillic(s):
    idx = [i for i, c in enumerate(s) if c in CYR]
    if not idx:
        return None
    for i in rng.sample(idx, min(len(idx), rng.choice([1, 2]))):
        s = s[:i] + CYR[s[i]] + s[i + 1:]
    return s


def nfd(s):
    d = unicodedata.normalize("NFD", s)
    return d if d != s else None


def name_disguises(chat):
    inv = {"zero-width space": lambda s: insert_between(s, ZWS),
           "zero-width joiner": lambda s: insert_between(s, ZWJ),
           "soft hyphen": lambda s: insert_between(s, SHY),
           "word joiner": lambda s: insert_between(s, WJ),
           "byte-order mark inside": lambda s: insert_between(s, BOM),
           "combining grapheme joiner": lambda s: insert_between(s, CGJ),
           "decomposed diacritics (NFD)": nfd}
    if chat:
        return inv
    d = {"capitals": str.upper, "lower case": str.lower, "full-width letters": fullwidth,
         "Cyrillic look-alikes": cyrillic, "mathematical monospace": monospace,
         "circled letters": circled,
         "narrow no-break space between names": lambda s: s.replace(" ", NNBSP) if " " in s else None}
    d.update(inv)
    return d


def idnum_disguises():
    def split_date(s):
        m = re.match(r"^(\d{6,8})([-+]?)(\d{4})$", s)
        return m.groups() if m else None

    def dots(s):
        g = split_date(s)
        if not g or len(g[0]) != 6 or g[1] != "-":
            return None
        return f"{g[0][:2]}.{g[0][2:4]}.{g[0][4:]}-{g[2]}"

    def sep(new):
        def f(s):
            g = split_date(s)
            if not g or g[1] != "-":
                return None
            return g[0] + new + g[2]
        return f

    def pairs(s):
        g = split_date(s)
        if not g or len(g[0]) != 6 or g[1] != "-":
            return None
        d = g[0]
        return f"{d[:2]} {d[2:4]} {d[4:]}-{g[2][:2]} {g[2][2:]}"

    return {"newline after the dash": sep("-\n"), "CRLF before the dash": sep("\r\n-"),
            "no-break spaces around the dash": sep(NBSP + "-" + NBSP),
            "dots in the date": dots, "slash": sep("/"),
            "every digit spaced": lambda s: " ".join(s),
            "zero-width space": lambda s: insert_between(s, ZWS),
            "full-width digits": lambda s: digits_to(s, 0xFF10),
            "Arabic-Indic digits": lambda s: digits_to(s, 0x660),
            "Persian (extended Arabic-Indic) digits": lambda s: digits_to(s, 0x6F0),
            "mathematical monospace digits": lambda s: digits_to(s, 0x1D7F6),
            "digit pairs spaced": pairs, "space for the dash": sep(" "),
            "spaced dash": sep(" - "), "figure dash U+2012": sep("\u2012"),
            "small hyphen-minus U+FE63": sep("\ufe63"), "full-width hyphen": sep("\uff0d"),
            "byte-order mark inside": lambda s: insert_between(s, BOM)}


def phone_disguises():
    def groups(s):
        s2 = re.sub(r"^\+46 ?\(?", "0", s).replace("0046 ", "0")
        return [g for g in re.split(r"[^0-9]+", s2) if g]

    def words_grouped(s):
        out = []
        for g in groups(s):
            if g.startswith("0") or len(g) > 3:
                out.append(" ".join(ONES[int(c)] for c in g))
            else:
                out.append(num_words(int(g)))
        return ", ".join(out)

    return {"every digit spaced": lambda s: " ".join(c for c in s if c != " "),
            "digit words": lambda s: " ".join(ONES[int(c)] for c in "".join(groups(s))),
            "group words (sjuttiofyra)": words_grouped,
            "dots between groups": lambda s: ".".join(groups(s)),
            "Persian digits": lambda s: digits_to(s, 0x6F0),
            "mathematical monospace digits": lambda s: digits_to(s, 0x1D7F6),
            "zero-width joiner": lambda s: insert_between(s, ZWJ),
            "full-width digits": lambda s: digits_to(s, 0xFF10),
            "narrow no-break spaces": lambda s: s.replace(" ", NNBSP) if " " in s else None}


def email_disguises():
    def at(new):
        return lambda s: s.replace("@", new)
    return {" at ": at(" at "), "(at)": at("(at)"), "[at]": at("[at]"), "full-width ＠": at("＠"),
            "zero-width space": lambda s: insert_between(s.split("@")[0], ZWS) and
            insert_between(s.split("@")[0], ZWS) + "@" + s.split("@")[1],
            "{at}": at("{at}"), "%40": at("%40"), "small commercial at ﹫": at("\ufe6b"),
            "spaced @": at(" @ "), "<at> and <punkt>": lambda s: s.replace("@", " <at> ").replace(".", " <punkt> "),
            "[snabel-a]": at(" [snabel-a] ")}


def address_disguises():
    def nospace(s):
        m = re.match(r"^(.*\D) (\d.*)$", s)
        return m.group(1) + m.group(2) if m else None

    def titlecase(s):
        parts = s.split(" ")
        out = [p[:1].upper() + p[1:] if p[:1].islower() and not p[0].isdigit() else p for p in parts]
        r = " ".join(out)
        return r if r != s else None

    def linebreak(s):
        m = re.match(r"^(.*\D) (\d.*)$", s)
        return m.group(1) + "\n" + m.group(2) if m else None

    def num_digits(zero):
        def f(s):
            m = re.match(r"^(.*\D )(\d+)(.*)$", s)
            return m.group(1) + digits_to(m.group(2), zero) + m.group(3) if m else None
        return f

    return {"lower case": str.lower, "capitals": str.upper, "no space before the number": nospace,
            "street word capitalised": titlecase, "line break before the number": linebreak,
            "decomposed diacritics (NFD)": nfd, "zero-width joiner in the street": lambda s: insert_between(s, ZWJ),
            "Persian house number": num_digits(0x6F0), "tab before the number": lambda s: (linebreak(s) or "").replace("\n", "\t") or None}


def postal_disguises():
    return {"S- prefix": lambda s: "S-" + s, "SE- prefix": lambda s: "SE-" + s,
            "Persian digits": lambda s: digits_to(s, 0x6F0),
            "narrow no-break space": lambda s: s.replace(" ", NNBSP) if " " in s else None,
            "zero-width joiner": lambda s: insert_between(s, ZWJ),
            "hyphen for the space": lambda s: s.replace(" ", "-") if " " in s else None,
            "full-width digits": lambda s: digits_to(s, 0xFF10)}


def plate_disguises():
    return {"Cyrillic look-alikes": cyrillic, "mathematical monospace": monospace,
            "every character spaced": lambda s: " ".join(c for c in s if c not in " -"),
            "zero-width joiner": lambda s: insert_between(s, ZWJ), "full-width": fullwidth,
            "narrow no-break space": lambda s: s.replace(" ", NNBSP) if " " in s else None,
            "lower case": str.lower, "byte-order mark inside": lambda s: insert_between(s, BOM)}


DISG_PROB = {"name": 0.2, "personnummer": 0.4, "samordningsnummer": 0.4, "organisationsnummer": 0.35,
             "phone": 0.3, "email": 0.32, "address": 0.3, "postal_code": 0.3, "plate": 0.32}
USED = collections.defaultdict(collections.Counter)


def disguise(kind, value, chat=False):
    if rng.random() >= DISG_PROB[kind]:
        return value
    if kind == "name":
        table = name_disguises(chat)
    elif chat:
        return value
    elif kind in ("personnummer", "samordningsnummer"):
        table = idnum_disguises()
    elif kind == "organisationsnummer":
        t = idnum_disguises()
        table = {k: t[k] for k in ("every digit spaced", "zero-width space", "full-width digits",
                                    "Persian (extended Arabic-Indic) digits", "space for the dash",
                                    "small hyphen-minus U+FE63", "mathematical monospace digits")}
    elif kind == "phone":
        table = phone_disguises()
    elif kind == "email":
        table = email_disguises()
    elif kind == "address":
        table = address_disguises()
    elif kind == "postal_code":
        table = postal_disguises()
    else:
        table = plate_disguises()
    cands = []
    for name, fn in table.items():
        v = fn(value)
        if v and v != value:
            cands.append((USED[kind][name], rng.random(), name, v))
    if not cands:
        return value
    cands.sort()
    _, _, name, v = cands[0]
    USED[kind][name] += 1
    return v


# ---------------------------------------------------------------- persons and fillers
FAMS = list(P.FAMILIES)


def draw_persons(n=4):
    out, gs, ss = [], set(), set()
    while len(out) < n:
        fam = rng.choices(FAMS, [P.FAMILIES[f][0] for f in FAMS])[0]
        g = rng.choice(P.FAMILIES[fam][1])
        s = rng.choice(P.FAMILIES[fam][2])
        if g in gs or s in ss or g in s or s in g:
            continue
        gs.add(g)
        ss.add(s)
        out.append({"fam": fam, "g": g, "s": s})
    return out


def name_form(p, form):
    if form == "f":
        return p["g"] + " " + p["s"]
    if form == "g":
        return p["g"]
    if form == "s":
        return p["s"][0].upper() + p["s"][1:] if p["s"][0].islower() and False else p["s"]
    if form == "i":
        return p["g"][0] + ". " + p["s"]
    raise ValueError(form)


def filler(key):
    r = rng
    if key == "TOWN":
        return r.choice(P.POSTAL_TOWNS)
    if key == "DATE":
        return f"{r.randint(1, 28)} {r.choice(P.MONTHS)}"
    if key == "ISO":
        return f"{r.randint(2023, 2026)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"
    if key == "TIME":
        return f"{r.randint(7, 23):02d}.{r.choice(['00', '15', '30', '45', '05', '50'])}"
    if key == "DNR":
        return f"Dnr {r.choice(P.DNR_PREFIX)} {r.randint(2022, 2026)}/{r.randint(10, 2999)}"
    if key == "LAW":
        return r.choice(P.LAWS)
    if key == "DIST":
        return r.choice(P.DISTRICTS)
    if key == "PLACE":
        return r.choice(P.PLACES)
    if key == "UNIT":
        return r.choice(P.UNITS)
    if key == "AUTH":
        return r.choice(P.AUTHORITIES)
    if key == "BRAND":
        return r.choice(P.BRANDS)
    if key == "PUBTEL":
        return r.choice(P.PUBLIC_PHONES)
    if key == "IA":
        return f"IA-{r.randint(2023, 2026)}-{r.randint(1000, 99999)}"
    if key == "N":
        return str(r.randint(2, 60))
    if key == "MONTH":
        return r.choice(P.MONTHS)
    if key == "WDAY":
        return r.choice(P.WEEKDAYS)
    if key == "AGE":
        return r.choice(P.AGE_BANDS)
    if key == "MONEY":
        return f"{r.randint(2, 95)} {r.randint(0, 9)}00 kr"
    if key == "LOOK":
        return r.choice(P.PLATE_LOOKALIKES)
    raise KeyError(key)


SLOT = re.compile(r"\{([A-Z]+)(?:\.([A-Za-z]+))?(~)?\}")
IDKIND = {"PNR": "personnummer", "SAM": "samordningsnummer", "ORG": "organisationsnummer",
          "TEL": "phone", "MAIL": "email", "ADR": "address", "POST": "postal_code",
          "REG": "plate", "REGO": "plate"}


def fill(tpl, persons, chat, cache):
    """Return a list of segments (text, kind or None)."""
    segs, pos = [], 0
    for m in SLOT.finditer(tpl):
        segs.append((tpl[pos:m.start()], None))
        pos = m.end()
        key, form, gen = m.group(1), m.group(2), m.group(3)
        if key in "ABCD" and len(key) == 1:
            p = persons["ABCD".index(key)]
            forms = {"f", "g", "s", "i", "rev"}
            if form is None:
                form = cache.setdefault(("free", key), rng.choices("fgs", [45, 35, 20])[0])
            assert form in forms, tpl
            if form == "rev":
                vals = [p["s"], p["g"]]
                for j, v in enumerate(vals):
                    v = v.lower() if chat else v
                    ck = ("name", key, "rs"[j] if False else ("s" if j == 0 else "g"))
                    if ck not in cache:
                        cache[ck] = disguise("name", v, chat)
                        STATS["name form"]["rev " + ("surname" if j == 0 else "given")] += 1
                    segs.append((cache[ck], "name"))
                    if j == 0:
                        segs.append((", ", None))
                continue
            v = name_form(p, form)
            if chat:
                v = v.lower()
            ck = ("name", key, form)
            if ck not in cache or rng.random() < 0.3:
                cache[ck] = disguise("name", v, chat)
            v = cache[ck]
            STATS["name form"][{"f": "full", "g": "given", "s": "surname", "i": "initial + surname"}[form]
                               + (" genitive" if gen else "")] += 1
            STATS["family"][p["fam"]] += 1
            segs.append((v, "name"))
            if gen:
                base = unicodedata.normalize("NFKC", v)
                if not base.rstrip()[-1:].lower() in ("s", "x", "z"):
                    segs.append(("s", None))
            continue
        if key in IDKIND:
            kind = IDKIND[key]
            if key == "PNR":
                v = idnum()
            elif key == "SAM":
                v = idnum(True)
            elif key == "ORG":
                v = orgnum()
            elif key == "TEL":
                v = phone()
            elif key == "MAIL":
                p = persons["ABCD".index(form)] if form else persons[0]
                v = email(p)
            elif key == "ADR":
                v = street()
            elif key == "POST":
                v = postal()
            else:
                v = plate(key == "REGO")
            if chat and kind in ("plate", "address"):
                v = v.lower()
            v = disguise(kind, v, chat)
            segs.append((v, kind))
            continue
        segs.append((filler(key), None))
    segs.append((tpl[pos:], None))
    return segs


# ---------------------------------------------------------------- checks (as check.py, and stricter)
def occurrences(text, sub):
    out, i = [], text.find(sub)
    while i >= 0:
        out.append((i, i + len(sub)))
        i = text.find(sub, i + 1)
    return out


def check_doc(text, segs):
    pii, seen, slots, pos = [], set(), [], 0
    for t, k in segs:
        if k:
            slots.append((pos, pos + len(t), k))
            if (k, t) not in seen:
                seen.add((k, t))
                pii.append({"kind": k, "text": t})
        pos += len(t)
    spans = []
    for it in pii:
        k, t = it["kind"], it["text"]
        if not t.strip():
            return None, "empty"
        for a, b in occurrences(text, t):
            if not any(sa <= a and b <= sb and sk == k for sa, sb, sk in slots):
                return None, "outside slot"
            before = text[a - 1] if a > 0 else " "
            after = text[b:b + 2]
            if before.isalnum() or (after[:1].isalnum() and not (k == "name" and after[:1] == "s" and not after[1:2].isalpha())):
                return None, "inside token"
            spans.append((a, b, k))
    listed = {t for (k, t) in seen if k == "name"}
    for (k, t) in seen:
        if k != "name" or " " not in t:
            continue
        for w in t.split():
            if len(w) > 2 and w not in listed:
                for m in re.finditer(r"(?<!\w)" + re.escape(w) + r"(?!\w)", text):
                    if not any(a <= m.start() and m.end() <= b for a, b, kk in spans if kk == "name"):
                        return None, "name part alone"
    for i in range(len(spans)):
        for j in range(i + 1, len(spans)):
            a1, b1, k1 = spans[i]
            a2, b2, k2 = spans[j]
            if a1 < b2 and a2 < b1 and k1 != k2:
                return None, "overlap"
    return pii, None


def norm_digits(s):
    s = unicodedata.normalize("NFKC", s)
    out = []
    for c in s:
        if unicodedata.category(c) == "Cf":
            continue
        try:
            out.append(str(unicodedata.digit(c)))
        except (TypeError, ValueError):
            pass
    return "".join(out)


def valid_number(kind, t):
    d = norm_digits(t)
    if len(d) not in (10, 12):
        return False
    ten = d[-10:]
    if luhn(ten[:9]) != ten[9]:
        return False
    if kind == "organisationsnummer":
        return int(ten[2]) >= 2
    mm, dd = int(ten[2:4]), int(ten[4:6])
    if kind == "samordningsnummer":
        dd -= 60
    return 1 <= mm <= 12 and 1 <= dd <= DAYS_IN[mm - 1] + (1 if mm == 2 else 0)


# ---------------------------------------------------------------- documents
VOICE_JOIN = {"export": "\n", "sign": "\n"}


def positive_doc(voice, tpl):
    persons = draw_persons()
    cache = {}
    chat = voice == "chat"
    segs = fill(tpl, persons, chat, cache)
    if voice not in ("sign",) and rng.random() < 0.12:
        pool = T.CHAT if chat else T.POSITIVE[voice]
        t2 = rng.choice([t for t in pool if t != tpl])
        joiner = "\n" if chat or "\n" in tpl or "\n" in t2 else " "
        segs += [(joiner, None)] + fill(t2, persons, chat, cache)
        STATS["doc"]["second template"] += 1
    if voice in ("form", "coord", "minutes", "survey", "grant") and rng.random() < 0.12:
        neg = fill(rng.choice(T.NEGATIVE), persons, False, {})
        segs = (neg + [(" ", None)] + segs) if rng.random() < 0.5 else (segs + [(" ", None)] + neg)
        STATS["doc"]["negative context sentence"] += 1
    return segs


def negative_doc():
    segs = []
    for i in range(rng.choice([1, 1, 2, 2, 3])):
        if i:
            segs.append((" ", None))
        segs += fill(rng.choice(T.NEGATIVE), [], False, {})
    return segs


def main():
    pos_tpls = [(v, t) for v, ts in T.POSITIVE.items() for t in ts] + [("chat", t) for t in T.CHAT]
    n_pos = N_DOCS - N_NEG
    order = []
    while len(order) < n_pos:
        r = pos_tpls[:]
        rng.shuffle(r)
        order += r
    order = order[:n_pos]
    kinds = ["P"] * n_pos + ["N"] * N_NEG
    rng.shuffle(kinds)
    docs, texts, redraw = [], set(), collections.Counter()
    pi = 0
    for k in kinds:
        while True:
            if k == "P":
                voice, tpl = order[pi]
                segs = positive_doc(voice, tpl)
            else:
                voice, tpl = "negative", None
                segs = negative_doc()
            text = "".join(t for t, _ in segs)
            pii, err = check_doc(text, segs)
            if err is None and text in texts:
                err = "duplicate"
            if err is None:
                for it in pii:
                    if it["kind"] in ("personnummer", "samordningsnummer", "organisationsnummer") and not valid_number(it["kind"], it["text"]):
                        err = "invalid number"
            if err is None and k == "P" and not pii:
                err = "no identifier"
            if err is None:
                break
            redraw[(k, err)] += 1
        if k == "P":
            pi += 1
            STATS["voice"][voice] += 1
            STATS["first template"][tpl] += 1
        texts.add(text)
        docs.append({"text": text, "pii": pii})
    with open(os.path.join(HERE, "test.jsonl"), "w", encoding="utf-8") as f:
        for i, d in enumerate(docs, 1):
            s = json.dumps({"id": f"ge{i:04d}", "text": d["text"], "pii": d["pii"]}, ensure_ascii=False)
            s = "".join("\\u%04x" % ord(c) if ord(c) > 0x7F and unicodedata.category(c) in
                        ("Cf", "Zs", "Zl", "Zp", "Cc", "Mn") else c for c in s)
            f.write(s + "\n")
    print(f"wrote {len(docs)} documents to test.jsonl")
    if VERBOSE:
        print("redraws:", dict(redraw))
        for k in ("voice", "doc", "name form", "family", "street shape"):
            print(k, dict(STATS[k].most_common()))
        for k in sorted(USED):
            print("disguises", k, sum(USED[k].values()), dict(USED[k].most_common()))
        fl = STATS["first template"]
        print("first-template uses: min", min(fl.values()), "max", max(fl.values()), "templates", len(fl))


if __name__ == "__main__":
    main()
