#!/usr/bin/env python3
"""Generate test.jsonl for generated11 (standard library only, fixed seed).

python3 generate.py        writes test.jsonl
python3 generate.py -v     also prints counters (voices, families, street shapes, disguises)
"""
import collections, json, os, random, re, sys, unicodedata

import pools as P
import templates as T

SEED = 20261211
N_DOCS = 2000
N_NEG = 750
PREFIX = "gg"
HERE = os.path.dirname(os.path.abspath(__file__))
VERBOSE = "-v" in sys.argv

rng = random.Random(SEED)
STATS = collections.defaultdict(collections.Counter)

ZWSP, ZWNJ, ZWJ, LRM, SHY, WJ, INVSEP, VS16 = "\u200b", "\u200c", "\u200d", "\u200e", "\u00ad", "\u2060", "\u2063", "\ufe0f"
NBSP, ENSP, EMSP, THSP, IDSP = "\u00a0", "\u2002", "\u2003", "\u2009", "\u3000"

# ---------------------------------------------------------------- character maps
def shift_letters(s, up, low, exc=None):
    out = []
    for c in s:
        if "A" <= c <= "Z":
            out.append(chr(up + ord(c) - 65))
        elif "a" <= c <= "z":
            out.append((exc or {}).get(c) or chr(low + ord(c) - 97))
        else:
            out.append(c)
    return "".join(out)

def math_bold(s): return shift_letters(s, 0x1D400, 0x1D41A)
def math_italic(s): return shift_letters(s, 0x1D434, 0x1D44E, {"h": "\u210e"})
def math_sans_bold(s): return shift_letters(s, 0x1D5D4, 0x1D5EE)

def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if ("A" <= c <= "Z" or "a" <= c <= "z" or "0" <= c <= "9") else c for c in s)

SMALLCAPS = dict(zip("abcdefghijklmnopqrstuvwyz", "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡʏᴢ"))
def small_caps(s):  # keeps the first letter of each word, small capitals after it
    out, start = [], True
    for c in s:
        if c.isalpha():
            out.append(c if start else SMALLCAPS.get(c.lower(), c))
            start = False
        else:
            out.append(c)
            start = True
    return "".join(out)

GREEK = {"A": "Α", "B": "Β", "E": "Ε", "H": "Η", "I": "Ι", "K": "Κ", "M": "Μ", "N": "Ν", "O": "Ο",
         "P": "Ρ", "T": "Τ", "X": "Χ", "Y": "Υ", "Z": "Ζ", "o": "ο"}
def greek(s): return "".join(GREEK.get(c, c) for c in s)
def has_greek(s): return any(c in GREEK for c in s)

def circled(s):
    out = []
    for c in s:
        if "A" <= c <= "Z": out.append(chr(0x24B6 + ord(c) - 65))
        elif "a" <= c <= "z": out.append(chr(0x24D0 + ord(c) - 97))
        elif c == "0": out.append("\u24ea")
        elif "1" <= c <= "9": out.append(chr(0x2460 + ord(c) - 49))
        else: out.append(c)
    return "".join(out)

def digits_in(s, base): return "".join(chr(base + ord(c) - 48) if "0" <= c <= "9" else c for c in s)
def devanagari(s): return digits_in(s, 0x0966)
def thai(s): return digits_in(s, 0x0E50)
def bengali(s): return digits_in(s, 0x09E6)
def mbold_digits(s): return digits_in(s, 0x1D7CE)
def dstruck_digits(s): return digits_in(s, 0x1D7D8)
def msans_digits(s): return digits_in(s, 0x1D7E2)
SUP = dict(zip("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹"))
def superscript(s): return "".join(SUP.get(c, c) for c in s)

def insert_inside(s, ch, alnum_pairs=True):
    """Put ch between two letters or two digits, never at an edge."""
    spots = [i for i in range(1, len(s)) if s[i - 1].isalnum() and s[i].isalnum()]
    if not spots:
        return None
    i = rng.choice(spots)
    return s[:i] + ch + s[i:]

SV_DIG = ["noll", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio"]
EN_DIG = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]

# ---------------------------------------------------------------- numbers
def luhn_digit(nine):
    tot = 0
    for i, c in enumerate(nine):
        d = int(c) * (2 if i % 2 == 0 else 1)
        tot += d // 10 + d % 10
    return str((10 - tot % 10) % 10)

def luhn_ok(ten):
    return luhn_digit(ten[:9]) == ten[9]

MDAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
def rand_date(y0, y1):
    y = rng.randint(y0, y1)
    m = rng.randint(1, 12)
    md = MDAYS[m - 1] + (1 if m == 2 and y % 4 == 0 and (y % 100 != 0 or y % 400 == 0) else 0)
    return y, m, rng.randint(1, md)

def make_pnr(coord=False):
    r = rng.random()
    old = (not coord) and r < 0.08
    y, m, d = rand_date(1920, 1925) if old else rand_date(1944, 2012)
    dd = d + 60 if coord else d
    serial = "%03d" % rng.randint(0, 999)
    nine = "%02d%02d%02d%s" % (y % 100, m, dd, serial)
    ten = nine + luhn_digit(nine)
    if old:
        return ten[:6] + "+" + ten[6:], "plus"
    r = rng.random()
    if r < 0.52: return ten[:6] + "-" + ten[6:], "short-dash"
    if r < 0.74: return "%d%s-%s" % (y // 100, ten[:6], ten[6:]), "long-dash"
    if r < 0.88: return ten, "short-plain"
    return "%d%s" % (y // 100, ten), "long-plain"

ORG_PREFIX = ["556", "559", "802", "843", "916", "969", "745", "717"]
def make_org(vat=False):
    nine = rng.choice(ORG_PREFIX) + "%06d" % rng.randint(0, 999999)
    ten = nine + luhn_digit(nine)
    if vat:
        return "SE" + ten + "01", "vat"
    r = rng.random()
    if r < 0.8: return ten[:6] + "-" + ten[6:], "dash"
    if r < 0.9: return ten, "plain"
    return "16" + ten[:6] + "-" + ten[6:], "16-dash"

def make_phone():
    r = rng.random()
    if r < 0.72:
        pre = rng.choice(["70", "72", "73", "76"])
        nn = "%02d" % rng.randint(5, 99)
        d = "0" + pre + "17406" + nn
        f = rng.choices(["dash", "spaces", "plain", "intl-paren", "intl-dash", "intl-compact", "four-two", "dash-plain", "intl-space"],
                        [30, 10, 8, 9, 7, 5, 7, 9, 8])[0]
        a, b = d[:3], d[3:]
        txt = {"dash": f"{a}-{b[:3]} {b[3:5]} {b[5:]}", "spaces": f"{a} {b[:3]} {b[3:5]} {b[5:]}",
               "plain": d, "intl-paren": f"+46 (0){a[1:]}-{b[:3]} {b[3:5]} {b[5:]}",
               "intl-dash": f"+46-{a[1:]}-{b[:3]} {b[3:5]} {b[5:]}", "intl-compact": f"+46{a[1:]}-{b}",
               "four-two": f"{d[:4]}-{d[4:6]} {d[6:8]} {d[8:]}", "dash-plain": f"{a}-{b}",
               "intl-space": f"+46 {a[1:]} {b[:3]} {b[3:5]} {b[5:]}"}[f]
        return txt, "mobile-" + f
    area, body = rng.choice([("08", "465004"), ("031", "39006"), ("040", "62804"), ("0980", "3194")])
    nn = "%02d" % rng.randint(0, 99)
    rest = body + nn
    if area == "08": grp = f"{rest[:3]} {rest[3:6]} {rest[6:]}"
    elif area == "0980": grp = f"{rest[:2]} {rest[2:4]} {rest[4:]}"
    else: grp = f"{rest[:3]} {rest[3:5]} {rest[5:]}"
    f = rng.choices(["dash", "space", "intl-paren", "plain-dash"], [50, 20, 15, 15])[0]
    txt = {"dash": f"{area}-{grp}", "space": f"{area} {grp}", "intl-paren": f"+46 (0){area[1:]}-{grp}",
           "plain-dash": f"{area}-{rest}"}[f]
    return txt, "landline-" + f

PLATE_L = "ABCDEFGHJKLMNOPRSTUWXYZ"
def make_plate(kind):
    letters = "".join(rng.choice(PLATE_L) for _ in range(3))
    if kind == "REGOLD" or (kind == "REG" and rng.random() < 0.4):
        tail, shape = "%03d" % rng.randint(1, 999), "old"
    elif kind == "REGO" or rng.random() < 0.25:
        tail, shape = "%02dO" % rng.randint(0, 99), "new-O"
    else:
        tail, shape = "%02d%s" % (rng.randint(0, 99), rng.choice(PLATE_L.replace("O", ""))), "new"
    r = rng.random()
    sep = " " if r < 0.7 else ("" if r < 0.9 else "-")
    return letters + sep + tail, shape

# ---------------------------------------------------------------- streets
def make_address():
    shape = rng.choices(["apart", "prefix-apart", "adjective", "honour", "joined", "prefix-joined", "abbr"],
                        [38, 20, 8, 7, 15, 6, 6])[0]
    if shape == "apart": street = rng.choice(P.STREET_APART)
    elif shape == "prefix-apart": street = rng.choice(P.STREET_PREFIX) + " " + rng.choice(P.STREET_APART)
    elif shape == "adjective": street = rng.choice(P.STREET_ADJ)
    elif shape == "honour": street = rng.choice(P.STREET_HONOUR)
    elif shape == "joined": street = rng.choice(P.STREET_JOINED)
    elif shape == "prefix-joined": street = rng.choice(P.STREET_PREFIX) + " " + rng.choice(P.STREET_JOINED)
    else: street = rng.choice(P.STREET_ABBR)
    num = str(rng.choice([rng.randint(1, 40), rng.randint(1, 140)]))
    r = rng.random()
    if r < 0.05: num = "nr " + num
    elif r < 0.10: num = f"{num}–{int(num) + 2}"
    r = rng.random()
    if r < 0.15: num += rng.choice("ABCDEF")
    elif r < 0.20: num += " " + rng.choice("abcd")
    tail = ""
    if rng.random() < 0.28:
        tail = rng.choice([" lgh %d%02d" % (rng.randint(10, 14), rng.randint(1, 9)),
                           ", lgh %d%02d" % (rng.randint(10, 16), rng.randint(1, 12)),
                           " lgh. %04d" % rng.choice([1001, 1102, 1203, 902, 1304, 1401]),
                           ", vån. %d" % rng.randint(1, 9), " nb", ", ingång %s" % rng.choice("ABC"),
                           " (lgh %d%02d)" % (rng.randint(10, 13), rng.randint(1, 6))])
    return street, num, tail, shape

def make_postal():
    d = "%d%02d%02d" % (rng.randint(1, 9), rng.randint(0, 99), rng.randint(0, 99))
    r = rng.random()
    if r < 0.75: return d[:3] + " " + d[3:], "space"
    if r < 0.92: return d, "plain"
    return "SE " + d[:3] + " " + d[3:], "SE-space"

# ---------------------------------------------------------------- disguises
def least_used(kind, options):
    """options: list of (name, result or None). Pick the least used that applies."""
    opts = [(n, v) for n, v in options if v]
    if not opts:
        return None, None
    m = min(STATS["dis-" + kind][n] for n, _ in opts)
    n, v = rng.choice([(n, v) for n, v in opts if STATS["dis-" + kind][n] == m])
    STATS["dis-" + kind][n] += 1
    return n, v

def dis_name(s, full):
    opts = [("zwnj", insert_inside(s, ZWNJ)), ("lrm", insert_inside(s, LRM)),
            ("invisible-separator", insert_inside(s, INVSEP)), ("variation-selector", insert_inside(s, VS16)),
            ("greek", greek(s) if has_greek(s) else None), ("math-bold", math_bold(s)),
            ("math-italic", math_italic(s)), ("math-sans-bold", math_sans_bold(s)),
            ("small-caps", small_caps(s) if any(c.lower() in SMALLCAPS for c in s[1:]) else None),
            ("alternating-case", "".join(c.lower() if i % 2 else c.upper() for i, c in enumerate(s))),
            ("spelled-hyphens", "-".join(s) if (" " not in s and "-" not in s and "." not in s and len(s) <= 9) else None),
            ("letter-spaced", " ".join(s) if (" " not in s and "." not in s and len(s) <= 9) else None)]
    if full and " " in s:
        i = s.index(" ")
        for nm, sp in [("en-space", ENSP), ("em-space", EMSP), ("ideographic-space", IDSP), ("thin-space", THSP),
                       ("line-break-between", "\n"), ("two-spaces", "  ")]:
            opts.append((nm, s[:i] + sp + s[i + 1:]))
    return least_used("name", opts)

def dis_idnum(s, kind):
    digits_only = re.sub(r"\D", "", s)
    opts = [("en-dash", s.replace("-", "–") if "-" in s else None),
            ("minus-sign", s.replace("-", "\u2212") if "-" in s else None),
            ("non-breaking-hyphen", s.replace("-", "\u2011") if "-" in s else None),
            ("ideographic-space-for-dash", s.replace("-", IDSP) if "-" in s else None),
            ("devanagari-digits", devanagari(s)), ("thai-digits", thai(s)) if kind != "organisationsnummer" else ("bengali-digits", bengali(s)),
            ("math-bold-digits", mbold_digits(s)), ("double-struck-digits", dstruck_digits(s)),
            ("circled-digits", circled(s)), ("superscript-digits", superscript(s)) if kind != "organisationsnummer" else ("sans-digits", msans_digits(s)),
            ("zwnj", insert_inside(s, ZWNJ)), ("lrm", insert_inside(s, LRM)),
            ("letter-O-for-zero", s.replace("0", "O") if "0" in s else None)]
    if kind != "organisationsnummer" and len(digits_only) == 10 and "+" not in s:
        opts.append(("digit-words", " ".join(SV_DIG[int(c)] for c in digits_only[:6]) + ", " + " ".join(SV_DIG[int(c)] for c in digits_only[6:])))
    return least_used(kind, opts)

def dis_phone(s):
    digs = re.sub(r"\D", "", s) if not s.startswith("+") else None
    opts = [("devanagari-digits", devanagari(s)), ("thai-digits", thai(s)), ("math-bold-digits", mbold_digits(s)),
            ("circled-digits", circled(s)), ("zwnj", insert_inside(s, ZWNJ)), ("lrm", insert_inside(s, LRM)),
            ("soft-hyphen", insert_inside(s, SHY)), ("en-dash", s.replace("-", "–") if "-" in s else None),
            ("ideographic-spaces", s.replace(" ", IDSP) if " " in s else None),
            ("letter-O-for-zero", s.replace("0", "O"))]
    if digs:
        opts += [("english-words", " ".join(EN_DIG[int(c)] for c in digs)),
                 ("hyphenated-words", "-".join(SV_DIG[int(c)] for c in digs)),
                 ("words-then-digits", " ".join(SV_DIG[int(c)] for c in digs[:3]) + " " + s[len(s) - len(s.lstrip("0123456789")) + 1:].lstrip("- ") if "-" in s[:5] else None)]
    return least_used("phone", opts)

def dis_email(s):
    loc, dom = s.split("@")
    parts = dom.rsplit(".", 1)
    opts = [("snabel-a-word", f"{loc} snabel-a {dom}"), ("(snabel-a)", f"{loc}(snabel-a){dom}"),
            ("AT-DOT", f"{loc} AT {dom.replace('.', ' DOT ')}"), ("(a)", f"{loc}(a){dom}"),
            ("hash", f"{loc}#{dom}"), ("html-entity", f"{loc}&#64;{dom}"),
            ("(punkt)", f"{loc}@{dom.replace('.', '(punkt)')}"), ("[dot]", f"{loc}@{dom.replace('.', '[dot]')}"),
            ("middle-dot", f"{loc}@{dom.replace('.', '·')}"), ("zwnj-local", insert_inside(loc, ZWNJ) and f"{insert_inside(loc, ZWNJ)}@{dom}"),
            ("capitals", s.upper()), ("line-break-after-at", f"{loc}@\n{dom}"),
            ("fullwidth-local", f"{fullwidth(loc)}@{dom}"), ("word-joiner-dot", f"{loc}@{parts[0]}{WJ}.{parts[1]}")]
    return least_used("email", opts)

def dis_street(street, num, tail):
    opts = [("fullwidth-street", (fullwidth(street), " ", num)), ("zwsp-street", (insert_inside(street, ZWSP), " ", num) if insert_inside(street, ZWSP) else None),
            ("soft-hyphen-street", (insert_inside(street, SHY), " ", num) if insert_inside(street, SHY) else None),
            ("greek-street", (greek(street), " ", num) if has_greek(street) else None),
            ("nbsp-before-number", (street, NBSP, num)), ("two-spaces-before-number", (street, "  ", num)),
            ("en-space-before-number", (street, ENSP, num)),
            ("devanagari-number", (street, " ", devanagari(num))), ("math-bold-number", (street, " ", mbold_digits(num))),
            ("small-caps-street", (small_caps(street), " ", num))]
    n, v = least_used("address", opts)
    if not v:
        return None, street + " " + num + tail
    return n, v[0] + v[1] + v[2] + tail

def dis_postal(s):
    core = s[3:] if s.startswith("SE ") else s
    pre = s[:3] if s.startswith("SE ") else ""
    sp = " " in core
    opts = [("nbsp", pre + core.replace(" ", NBSP) if sp else None), ("en-space", pre + core.replace(" ", ENSP) if sp else None),
            ("ideographic-space", pre + core.replace(" ", IDSP) if sp else None), ("thin-space", pre + core.replace(" ", THSP) if sp else None),
            ("devanagari-digits", devanagari(s)), ("math-bold-digits", mbold_digits(s)), ("zwsp", pre + insert_inside(core, ZWSP)),
            ("lrm", pre + insert_inside(core, LRM)), ("dot", pre + core.replace(" ", ".") if sp else None),
            ("every-digit-spaced", pre + " ".join(core.replace(" ", "")))]
    return least_used("postal_code", opts)

def dis_plate(s):
    sep_i = 3
    opts = [("greek", greek(s) if has_greek(s[:3]) else None), ("math-bold", mbold_digits(math_bold(s))),
            ("math-sans-bold", msans_digits(math_sans_bold(s))), ("circled", circled(s)),
            ("en-dash", s[:3] + "–" + s[-3:]), ("dot", s[:3] + "." + s[-3:]), ("nbsp", s[:3] + NBSP + s[-3:]),
            ("zwnj", insert_inside(s, ZWNJ)), ("soft-hyphen", insert_inside(s, SHY)), ("lrm", insert_inside(s, LRM))]
    return least_used("plate", opts)

DIS_P = {"name": 0.20, "personnummer": 0.40, "samordningsnummer": 0.40, "organisationsnummer": 0.35,
         "phone": 0.30, "email": 0.32, "address": 0.30, "postal_code": 0.30, "plate": 0.32}

# ---------------------------------------------------------------- persons
FAM_NAMES = list(P.FAMILIES)
FAM_W = [P.FAMILIES[f][0] for f in FAM_NAMES]

def fold_ascii(s):
    s = s.replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("ß", "ss").replace("ł", "l").replace("Ł", "L")
    s = s.replace("ı", "i").replace("đ", "d").replace("'", "").replace("İ", "I")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))

class Person:
    def __init__(self, fam, given, sur):
        self.fam, self.given, self.sur = fam, given, sur
        self.full = given + " " + sur
        caps = [c for c in sur if c.isupper()]
        self.initial = given[0] + ". " + sur
        self.gi = given + " " + (caps[0] if caps else sur[0].upper()) + "."
        self.default = rng.choices(["f", "g", "s"], [45, 35, 20])[0]
        self.mail = None

    def form(self, f):
        f = self.default if f in (None, "d") else f
        return {"f": self.full, "g": self.given, "s": self.sur, "i": self.initial, "gi": self.gi}[f], f

    def email(self):
        if self.mail:
            return self.mail
        g, s = fold_ascii(self.given).lower().replace(" ", ""), fold_ascii(self.sur).lower().replace(" ", "")
        if rng.random() < 0.08:
            g2, s2 = self.given.lower().replace(" ", ""), self.sur.lower().replace(" ", "")
            self.mail = f"{g2}.{s2}@{rng.choice(P.IDN_DOMAINS)}"
            STATS["email-form"]["idn"] += 1
            return self.mail
        form = rng.choice(["g.s", "gi.s", "gs+yy", "g_si", "s.g", "g-s", "gis", "g+tag"])
        STATS["email-form"][form] += 1
        loc = {"g.s": f"{g}.{s}", "gi.s": f"{g[0]}.{s}", "gs+yy": f"{g}{s}{rng.randint(60, 99)}",
               "g_si": f"{g}_{s[0]}", "s.g": f"{s}.{g}", "g-s": f"{g}-{s}", "gis": f"{g[0]}{s}",
               "g+tag": f"{g}.{s}+{rng.choice(['forening', 'skola', 'vbe'])}"}[form]
        self.mail = f"{loc}@{rng.choice(P.EMAIL_DOMAINS)}"
        return self.mail

def make_persons(n):
    out, used = [], set()
    while len(out) < n:
        fam = rng.choices(FAM_NAMES, FAM_W)[0]
        _, gs, ss = P.FAMILIES[fam]
        g, s = rng.choice(gs), rng.choice(ss)
        toks = set(g.replace("-", " ").split()) | set(s.replace("-", " ").split())
        if toks & used:
            continue
        used |= toks
        out.append(Person(fam, g, s))
    return out

# ---------------------------------------------------------------- fillers
def filler(name, used):
    base = name.rstrip("2")
    def pick(lst):
        for _ in range(20):
            v = rng.choice(lst)
            if v not in used.get(base, set()):
                break
        used.setdefault(base, set()).add(v)
        return v
    if base == "dist": return pick(P.DISTRICTS)
    if base == "place": return pick(P.PLACES)
    if base == "bldg": return pick(P.BUILDINGS)
    if base == "auth": return pick(P.AUTHORITIES)
    if base == "unit": return pick(P.UNITS)
    if base == "brand": return pick(P.BRANDS)
    if base == "route": return pick(P.ROUTES)
    if base == "room": return pick(P.ROOMS)
    if base == "code": return pick(P.CODES)
    if base == "shop": return pick(P.SHOPS)
    if base == "dnr": return pick(P.DNRS)
    if base == "ia": return pick(P.IAS)
    if base == "law": return pick(P.LAWS)
    if base == "town": return pick(P.TOWNS)
    if base == "pub": return pick(P.PUBLIC_NUMBERS[:5])
    if base == "mon": return pick(P.MONTHS)
    if base == "wd": return pick(P.WEEKDAYS)
    if base == "n": return str(rng.randint(2, 48))
    if base == "age": return str(rng.randint(13, 19))
    if base == "time": return "%02d%s%02d" % (rng.randint(15, 23), rng.choice([".", ":"]), rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50]))
    if base == "date":
        y, m, d = rand_date(2025, 2026)
        if y == 2026 and m == 12:
            m, d = 11, min(d, 30)
        return rng.choice([f"{d} {P.MONTHS[m - 1]}", f"{y}-{m:02d}-{d:02d}", f"den {d}/{m}", f"{d}:e {P.MONTHS[m - 1]}"])
    raise KeyError(name)

# ---------------------------------------------------------------- filling
SLOT = re.compile(r"\{([A-Za-z]+[0-9]?)(?:\.([A-Za-z]+))?(?::([a-z]+))?\}")
ID_KIND = {"PNR": "personnummer", "SAM": "samordningsnummer", "ORG": "organisationsnummer", "VAT": "organisationsnummer",
           "TEL": "phone", "TEL2": "phone", "MAIL": "email", "ADR": "address", "ADR2": "address", "POST": "postal_code",
           "REG": "plate", "REGO": "plate", "REGOLD": "plate"}

class Doc:
    def __init__(self, persons, chat):
        self.persons = {k: p for k, p in zip("ABCD", persons)}
        self.chat = chat
        self.text = ""
        self.spans = []  # (start, end, kind, text)
        self.used = {}
        self.ids = {}
        self.namecache = {}

    def add_mark(self, kind, s):
        a = len(self.text)
        self.text += s
        self.spans.append((a, len(self.text), kind, s))

    def name_slot(self, key, form, suffix):
        p = self.persons[key]
        if self.chat and form is None and key not in self.namecache:
            self.namecache[key] = rng.choices(["g", "f", "s"], [70, 20, 10])[0]
        if self.chat and form is None:
            form = self.namecache[key]
        s, f = p.form(form)
        STATS["name-form"][f] += 1
        STATS["family"][p.fam] += 1
        if self.chat:
            s = s.lower()
            if rng.random() < 0.08:
                n, v = least_used("name-chat", [("zwnj", insert_inside(s, ZWNJ)), ("lrm", insert_inside(s, LRM))])
                s = v or s
        elif rng.random() < DIS_P["name"]:
            n, v = dis_name(s, f == "f")
            s = v or s
        self.add_mark("name", s)
        if suffix == "gen":
            base = unicodedata.normalize("NFKC", s).rstrip()
            if not base[-1:].lower() in ("s", "x", "z"):
                self.text += "s"
        elif suffix == "col":
            self.text += ":s"

    def id_slot(self, key, sub):
        kind = ID_KIND[key]
        dis = None
        if key in ("PNR", "SAM"):
            s, f = make_pnr(key == "SAM")
        elif key in ("ORG", "VAT"):
            s, f = make_org(key == "VAT")
        elif key in ("TEL", "TEL2"):
            s, f = make_phone()
        elif key == "MAIL":
            s, f = self.persons[sub or "A"].email(), "person"
        elif key in ("REG", "REGO", "REGOLD"):
            s, f = make_plate(key)
        elif key == "POST":
            s, f = make_postal()
        elif key in ("ADR", "ADR2"):
            street, num, tail, f = make_address()
            STATS["street-shape"][f] += 1
            if self.chat:
                s = (street + " " + num + tail).lower()
            elif rng.random() < DIS_P["address"]:
                dis, s = dis_street(street, num, tail)
            else:
                s = street + " " + num + tail
            self.add_mark(kind, s)
            return
        STATS["format-" + kind][f] += 1
        if self.chat:
            s = s.lower() if kind in ("plate", "email") else s
        elif rng.random() < DIS_P[kind] and f != "vat":
            if kind in ("personnummer", "samordningsnummer", "organisationsnummer"):
                dis, v = dis_idnum(s, kind)
            elif kind == "phone": dis, v = dis_phone(s)
            elif kind == "email": dis, v = dis_email(s)
            elif kind == "postal_code": dis, v = dis_postal(s)
            else: dis, v = dis_plate(s)
            s = v or s
        self.add_mark(kind, s)

    def fill(self, tpl):
        pos = 0
        for m in SLOT.finditer(tpl):
            self.text += tpl[pos:m.start()]
            pos = m.end()
            key, sub, suf = m.group(1), m.group(2), m.group(3)
            if key in "ABCD" and len(key) == 1:
                self.name_slot(key, sub, suf)
            elif key in ID_KIND:
                self.id_slot(key, sub)
                if suf:
                    raise ValueError(tpl)
            else:
                self.text += filler(key, self.used)
        self.text += tpl[pos:]

# ---------------------------------------------------------------- checks
def norm_digits(s):
    s = unicodedata.normalize("NFKC", s)
    out = []
    for c in s:
        if unicodedata.category(c) == "Cf":
            continue
        if c.isdigit():
            try:
                out.append(str(unicodedata.digit(c)))
                continue
            except ValueError:
                pass
        out.append(c)
    s = "".join(out)
    for i, w in enumerate(SV_DIG):
        s = re.sub(r"\b%s\b" % w, str(i), s)
    return s

def id_ok(kind, s):
    t = norm_digits(s).replace("O", "0")
    d = re.sub(r"\D", "", t)
    if kind == "organisationsnummer":
        ten = d[:10] if t.startswith("SE") else d[-10:]
        return len(d) in (10, 12, 14) and int(ten[2]) >= 2 and luhn_ok(ten)
    ten = d[-10:]
    if len(d) not in (10, 12) or not luhn_ok(ten):
        return False
    m, day = int(ten[2:4]), int(ten[4:6])
    if kind == "samordningsnummer":
        day -= 60
    return 1 <= m <= 12 and 1 <= day <= 31

def token_ok(text, a, b, kind):
    before = text[a - 1] if a > 0 else " "
    after = text[b:b + 2]
    if before.isalnum():
        return False
    if after[:1].isalnum() and not (kind == "name" and after[:1] == "s" and not after[1:2].isalpha()):
        return False
    return True

PUBLIC_DIGITS = {re.sub(r"\D", "", n) for _, n in P.PUBLIC_ORGS}
# numbers shown in generated9's README are not reused (compared on their digits, plates on letters+digits)
README9_DIGITS = {"0701740652", "0731740652", "0761740605", "0846500412", "8112289874", "12345"}
README9_PLATES = {"KLM52O"}

def reused_from_readme(kind, s):
    t = norm_digits(s)
    if kind == "plate":
        return re.sub(r"[^A-Z0-9]", "", unicodedata.normalize("NFKC", s).upper()) in README9_PLATES
    d = re.sub(r"\D", "", t)
    return any(d.endswith(x) for x in README9_DIGITS if kind == "postal_code" or len(x) > 5)

def validate(doc):
    text, spans = doc.text, doc.spans
    listed = []
    for a, b, k, s in spans:
        if (k, s) not in listed:
            listed.append((k, s))
    for k, s in listed:
        i = text.find(s)
        while i >= 0:
            j = i + len(s)
            if not any(a <= i and j <= b and (kk == k or (k == "name" and kk == "name")) for a, b, kk, _ in spans):
                return "outside-slot"
            if not token_ok(text, i, j, k):
                return "token"
            for a, b, kk, _ in spans:
                if kk != k and a < j and i < b:
                    return "overlap"
            i = text.find(s, i + 1)
        if k in ("personnummer", "samordningsnummer", "organisationsnummer") and not id_ok(k, s):
            return "bad-number"
        if k != "name" and k != "email" and k != "address" and reused_from_readme(k, s):
            return "readme-number"
    names = {s for k, s in listed if k == "name"}
    for s in names:
        for w in s.split():
            if len(w) > 2 and w not in names:
                for m in re.finditer(r"(?<!\w)" + re.escape(w) + r"(?!\w)", text):
                    if not any(a <= m.start() and m.end() <= b for a, b, kk, _ in spans if kk == "name"):
                        return "name-part-alone"
    # a listed name must not occur case-insensitively in unmarked text either (e.g. "Sol" / "sol")
    masked = list(text)
    for a, b, _, _ in spans:
        for x in range(a, b):
            masked[x] = " "
    rest = "".join(masked)
    low = rest.lower()
    for s in names:
        w = unicodedata.normalize("NFKC", s).lower()
        if len(w) > 2 and re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", low):
            return "name-as-word"
    # no unmarked Luhn-valid identity-like number except public bodies
    nd = norm_digits(rest)
    for m in re.finditer(r"(?<!\d)(\d{6}|\d{8})[-+ ]?(\d{4})(?!\d)", nd):
        dd = m.group(1) + m.group(2)
        if luhn_ok(dd[-10:]) and dd not in PUBLIC_DIGITS:
            return "unmarked-number"
    return None

# ---------------------------------------------------------------- documents
MULTI = {"nightwalk", "ticket", "export", "letter", "sms", "chat", "notes"}
PROSE = {"form", "voicemail", "tipline", "grants", "training", "notes"}

def negative_text(n):
    sents, used = [], {}
    pool = [("neg", t) for t in T.NEGATIVE]
    for _ in range(n):
        src, t = rng.choice(pool) if rng.random() < 0.8 else ("nameword", rng.choice(P.NAMEWORD_NEG))
        STATS["negative-source"][src] += 1
        d = Doc([], False)
        d.used = used
        d.fill(t)
        sents.append(d.text)
    return " ".join(sents)

def positive_doc(voice, tpl):
    persons = make_persons(4)
    chat = voice == "chat"
    doc = Doc(persons, chat)
    ctx_before = ctx_after = None
    if voice in PROSE and rng.random() < 0.15:
        src = rng.choice(T.NEGATIVE + P.NAMEWORD_NEG)
        if rng.random() < 0.5: ctx_before = src
        else: ctx_after = src
    sep = "\n" if voice in MULTI else " "
    if ctx_before:
        doc.fill(ctx_before); doc.text += sep
    doc.fill(tpl)
    if rng.random() < 0.12:
        tpl2 = rng.choice([t for t in T.VOICES[voice] if t != tpl])
        STATS["second-template"][voice] += 1
        doc.text += sep
        doc.fill(tpl2)
    if ctx_after:
        doc.text += sep; doc.fill(ctx_after)
    return doc

def escape_json(obj):
    s = json.dumps(obj, ensure_ascii=False)
    out = []
    for c in s:
        if ord(c) > 0x7F and unicodedata.category(c) in ("Cf", "Zs", "Zl", "Zp", "Cc", "Mn"):
            out.append("\\u%04x" % ord(c))
        else:
            out.append(c)
    return "".join(out)

def main():
    all_tpls = [(v, t) for v, ts in T.VOICES.items() for t in ts]
    n_pos = N_DOCS - N_NEG
    order = []
    while len(order) < n_pos:
        r = all_tpls[:]
        rng.shuffle(r)
        order += r
    order = order[:n_pos]
    kinds = ["pos"] * n_pos + ["neg"] * N_NEG
    rng.shuffle(kinds)
    seen, docs = set(), []
    pi = 0
    redraw = collections.Counter()
    for k in kinds:
        while True:
            if k == "neg":
                text = negative_text(rng.choice([1, 1, 2, 2, 3]))
                pii = []
                if text in seen:
                    redraw["neg-duplicate"] += 1
                    continue
                STATS["voice"]["negative"] += 1
            else:
                voice, tpl = order[pi]
                doc = positive_doc(voice, tpl)
                why = validate(doc)
                if why is None and doc.text in seen:
                    why = "duplicate"
                if why:
                    redraw[why] += 1
                    continue
                text = doc.text
                pii = []
                for a, b, kk, s in doc.spans:
                    item = {"kind": kk, "text": s}
                    if item not in pii:
                        pii.append(item)
                STATS["voice"][voice] += 1
                pi += 1
            seen.add(text)
            docs.append((text, pii))
            break
    with open(os.path.join(HERE, "test.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, (text, pii) in enumerate(docs, 1):
            f.write(escape_json({"id": "%s%04d" % (PREFIX, i), "text": text, "pii": pii}) + "\n")
    if VERBOSE:
        print("redraws:", dict(redraw))
        for key in sorted(STATS):
            print(key, dict(sorted(STATS[key].items(), key=lambda x: -x[1])))
    print(f"wrote {len(docs)} documents")

if __name__ == "__main__":
    main()
