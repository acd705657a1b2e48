#!/usr/bin/env python3
"""Generate test.jsonl for the generated4 corpus (Python standard library only).

python3 generate.py      writes test.jsonl next to this file (byte-identical on every run)
python3 generate.py -v   also prints statistics
It also writes public-org.tsv: the public bodies' organisation numbers (legal form 2), a
separate, counted group (see README.md).
"""
import collections, json, os, re, sys, unicodedata
import random

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import pools  # noqa: E402
import templates  # noqa: E402

SEED = 20261203
N_DOCS = 2000
N_NEG = 660
PREFIX = "j"
P_DISGUISE = 0.20

rng = random.Random(SEED)
STATS = collections.defaultdict(collections.Counter)


class Deck:
    """Draw items in shuffled rounds so every item is used about equally."""

    def __init__(self, items):
        self.items = list(items)
        self.left = []

    def draw(self):
        if not self.left:
            self.left = list(self.items)
            rng.shuffle(self.left)
        return self.left.pop()


# ----------------------------------------------------------------- numbers
def luhn(digits):
    s = 0
    for i, ch in enumerate(digits):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        s += v - 9 if v > 9 else v
    return str((10 - s % 10) % 10)


def luhn_ok(ten):
    return len(ten) == 10 and luhn(ten[:9]) == ten[9]


def birth():
    y = rng.randint(1948, 2012)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28 if m == 2 else 30)
    return y, m, d


def idnum(coord):
    r = rng.random()
    if r < 0.04 and not coord:
        y = rng.randint(1921, 1925)
        m = rng.randint(1, 12)
        d = rng.randint(1, 28)
    else:
        y, m, d = birth()
    dd = d + 60 if coord else d
    body = f"{y % 100:02d}{m:02d}{dd:02d}{rng.randint(0, 999):03d}"
    ten = body + luhn(body)
    if r < 0.04 and not coord:
        return ten[:6] + "+" + ten[6:], "plus"
    r = rng.random()
    if r < 0.55:
        return ten[:6] + "-" + ten[6:], "short-dash"
    if r < 0.67:
        return ten, "short"
    if r < 0.92:
        return f"{y // 100}" + ten[:6] + "-" + ten[6:], "long-dash"
    return f"{y // 100}" + ten, "long"


ORG_PREFIXES = ["556", "559", "802", "769", "716", "969", "817", "893", "745"]
ORGPUB_PREFIXES = ["2021", "2120", "2321", "2520", "2220"]


def orgnum(public=False):
    if public:
        p = rng.choice(ORGPUB_PREFIXES)
    else:
        p = rng.choice(ORG_PREFIXES)
    body = p + "".join(str(rng.randint(0, 9)) for _ in range(9 - len(p)))
    ten = body + luhn(body)
    r = rng.random()
    if public or r < 0.70:
        return ten[:6] + "-" + ten[6:]
    if r < 0.85:
        return ten
    return "16" + ten[:6] + "-" + ten[6:]


def phone():
    r = rng.random()
    if r < 0.55:
        xx = f"{rng.randint(5, 99):02d}"
        g = ("174", "06", xx)
        return rng.choice([
            f"070-{g[0]} {g[1]} {g[2]}",
            f"070 {g[0]} {g[1]} {g[2]}",
            f"+46 70 {g[0]} {g[1]} {g[2]}",
            f"+46 (0)70-{g[0]} {g[1]} {g[2]}",
            f"070\u2013{g[0]} {g[1]} {g[2]}",
            "07017406" + xx,
            "070-17 40 6" + xx,
            "+467017406" + xx,
            f"0046-70-{g[0]} {g[1]} {g[2]}",
            f"070-{g[0]} {g[1]} {g[2]}",
        ])
    if r < 0.75:
        xx = f"{rng.randint(0, 99):02d}"
        return rng.choice([f"08-465 004 {xx}", f"08-46 500 4{xx}", f"08 465 004 {xx}",
                           f"+46 8-465 004 {xx}", f"(08) 46 500 4{xx}"])
    if r < 0.85:
        xx = f"{rng.randint(0, 99):02d}"
        return rng.choice([f"031-390 06 {xx}", f"031-39006{xx}", f"031 390 06 {xx}"])
    if r < 0.93:
        xx = f"{rng.randint(0, 99):02d}"
        return rng.choice([f"040-628 04 {xx}", f"040-62804{xx}"])
    xx = f"{rng.randint(0, 99):02d}"
    return rng.choice([f"0980-319 2{xx}", f"0980-31 92 {xx}"])


def fold(s):
    out = []
    for ch in lower(s):
        out.append(pools.FOLD.get(ch, ch))
    return re.sub(r"[^a-z0-9]", "", "".join(out))


def email(person=None):
    if person is None:
        person = new_person()
    f, s = fold(person["first"]), fold(person["sur"])
    r = rng.randrange(7)
    if r == 0:
        local = f"{f}.{s}"
    elif r == 1:
        local = f"{f[0]}.{s}"
    elif r == 2:
        local = f"{f}{s}"
    elif r == 3:
        local = f"{f}_{s}"
    elif r == 4:
        local = f"{f}{rng.randint(10, 99)}"
    elif r == 5:
        local = f"{s}.{f}"
    else:
        local = f"{f[0]}{s}{rng.randint(1, 9)}"
    return local + "@" + rng.choice(pools.MAIL_DOMAINS)


def house_number():
    n = str(rng.randint(1, 118))
    r = rng.random()
    if r < 0.12:
        n += rng.choice("ABCD")
    elif r < 0.22:
        n += " " + rng.choice("ABC")
    r = rng.random()
    if r < 0.10:
        n += f", lgh {rng.randint(10, 16)}0{rng.randint(1, 4)}"
    elif r < 0.15:
        n += f", {rng.randint(1, 6)} tr"
    elif r < 0.18:
        n += " nb"
    return n


def address(shape=None):
    if shape is None:
        shape = rng.choices(["one", "two", "three", "joined"], [35, 40, 12, 13])[0]
    if shape == "one":
        street = rng.choice(pools.ONE_STEMS) + rng.choice(pools.ONE_SUFFIXES)
    elif shape == "two":
        first = rng.choice(pools.TWO_FIRST)
        suf = rng.choice(pools.TWO_SUFFIXES)
        if first in pools.ADJ_FIRST:
            suf = pools.DEFINITE[suf]
        street = f"{first} {suf}"
        STATS["two-word suffix"][suf] += 1
    elif shape == "three":
        street = (f"{rng.choice(pools.THREE_FIRST)} {rng.choice(pools.THREE_MID)} "
                  f"{rng.choice(pools.THREE_SUFFIXES)}")
    else:
        street = (f"{rng.choice(pools.PREFIX_JOINED)} {rng.choice(pools.JOINED_STEMS)}"
                  f"{rng.choice(['vägen', 'gatan', 'backen', 'gränd'])}")
    STATS["address shape"][shape] += 1
    return f"{street} {house_number()}"


def postal():
    a = rng.randint(100, 984)
    b = rng.randint(10, 99)
    if rng.random() < 0.75:
        return f"{a} {b}"
    return f"{a}{b}"


PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUWXYZ"


def plate(end_o=False):
    letters = "".join(rng.choice(PLATE_LETTERS) for _ in range(3))
    digits = f"{rng.randint(0, 99):02d}"
    if end_o or rng.random() < 0.12:
        last = "O"
    elif rng.random() < 0.3:
        last = rng.choice("ABCDEFGHJKLMNPRSTUWXYZ")
    else:
        last = str(rng.randint(0, 9))
    r = rng.random()
    sep = " " if r < 0.65 else ("" if r < 0.9 else "-")
    return letters + sep + digits + last



# ----------------------------------------------------------------- unmarked filler
MONTHS = ("januari februari mars april maj juni juli augusti september oktober november "
          "december").split()
WEEKDAYS = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]
DNR_PREFIX = ["SDN", "SOF", "UBN", "KS", "KF", "ABN", "IDN", "KUN", "Dnr SDN", "Dnr KS"]
AREAS = ["Husby", "Akalla", "Tensta", "Rinkeby", "Bredäng", "Sätra", "Vårberg", "Bagarmossen",
         "Björkhagen", "Hökarängen", "Kista", "Solberga", "Västertorp", "Hässelby gård",
         "Larsboda", "Högdalen", "Hammarbyhöjden"]
DISTRICTS = ["Skärholmen", "Farsta", "Kungsholmen", "Norrmalm", "Östermalm", "Bromma",
             "Södermalm", "Hägersten-Älvsjö", "Rinkeby-Kista", "Skarpnäck", "Enskede-Årsta-Vantör"]
PLACES = ["Sergels torg", "Kungsträdgården", "Fridhemsplan", "Skanstull", "Slussen", "Odenplan",
          "Gullmarsplan", "Hötorget", "Vällingby torg", "Kista galleria", "Farsta centrum"]
AGEBANDS = ["15-17", "18-20", "21-29", "under 15"]
PERIODS = ["tertial 1", "tertial 2", "första halvåret", "hösten", "perioden"]


def neutral_date():
    y = rng.randint(2023, 2026)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return rng.choice([f"den {d} {MONTHS[m - 1]} {y}", f"{y}-{m:02d}-{d:02d}", f"den {d}/{m}",
                       f"{d:02d}.{m:02d}.{y}", f"den {d} {MONTHS[m - 1]}"])


def neutral(slot):
    if slot == "date":
        return neutral_date()
    if slot == "dnr":
        return f"{rng.choice(DNR_PREFIX)} {rng.randint(2019, 2026)}/{rng.randint(12, 2400)}"
    if slot == "ia":
        return f"IA-{rng.randint(2020, 2026)}-{rng.randint(1000, 19999)}"
    if slot == "area":
        return rng.choice(AREAS)
    if slot == "district":
        return rng.choice(DISTRICTS)
    if slot == "place":
        return rng.choice(PLACES)
    if slot == "month":
        return rng.choice(MONTHS)
    if slot == "weekday":
        return rng.choice(WEEKDAYS)
    if slot == "period":
        return rng.choice(PERIODS)
    if slot == "ageband":
        return rng.choice(AGEBANDS)
    if slot == "grade":
        return str(rng.randint(6, 9))
    if slot == "h1":
        return str(rng.randint(8, 20))
    if slot == "h2":
        return "21"
    if slot == "n1":
        return str(rng.randint(2, 9))
    if slot == "n2":
        return str(rng.randint(10, 40))
    if slot == "pct":
        return rng.choice(["Tio", "Femton", "Tjugo", "Tjugofem", "Trettio", "Fyrtio"])
    if slot == "lvl":
        return str(rng.randint(1, 5))
    if slot == "amount":
        return f"{rng.randint(5, 180)} 000"
    if slot == "hours":
        return str(rng.randint(2, 23))
    if slot == "par":
        return str(rng.randint(2, 12))
    raise SystemExit(f"unknown neutral slot {slot}")


NEUTRAL_SLOT = re.compile(r"\{([a-z]+\d?)\}")


def neutral_fill(sentence):
    return NEUTRAL_SLOT.sub(lambda m: neutral(m.group(1)), sentence)


# ----------------------------------------------------------------- persons
FAMILY_DECK = Deck(pools.FAMILIES.keys())


def new_person():
    fam = FAMILY_DECK.draw()
    firsts, surs = pools.FAMILIES[fam]
    first = rng.choice(firsts)
    if rng.random() < 0.10:
        other = rng.choice([k for k in pools.FAMILIES if k != fam])
        sur = rng.choice(pools.FAMILIES[other][1])
    else:
        sur = rng.choice(surs)
    if fam == "polish" and first.endswith("a") and sur.endswith(("ski", "cki")):
        sur = sur[:-1] + "a"   # feminine form of -ski / -cki surnames
    STATS["family"][fam] += 1
    return {"first": first, "sur": sur, "family": fam}


# ----------------------------------------------------------------- disguises
ZW = {"zwsp": "\u200b", "zwj": "\u200d", "shy": "\u00ad", "wj": "\u2060", "zwnj": "\u200c",
      "bom": "\ufeff"}
DIGITS = {"fullwidth": 0xFF10, "arabic": 0x660, "persian": 0x6F0, "devanagari": 0x966,
          "mathbold": 0x1D7CE}
WORDS = "noll ett två tre fyra fem sex sju åtta nio".split()


def lower(s):
    """Lower case as a writer types it: Turkish dotted capital I becomes a plain i."""
    return s.replace("\u0130", "i").lower()


def insert_inside(s, ch):
    cands = [i for i in range(1, len(s)) if s[i - 1].isalnum() and s[i].isalnum()]
    i = rng.choice(cands)
    return s[:i] + ch + s[i:]


def fullwidth_letters(s):
    return "".join(chr(ord(c) + 0xFEE0) if ("a" <= c <= "z" or "A" <= c <= "Z") else c for c in s)


def map_digits(s, zero):
    return "".join(chr(zero + int(c)) if "0" <= c <= "9" else c for c in s)


DISGUISES = {
    "name": ["upper", "lower", "fullwidth", "zwsp", "zwj", "shy", "wj", "zwnj", "bom",
             "nbsp-between"],
    "idnum": ["newline", "crlf", "nbsp-dash", "dots", "slash", "spaced", "fullwidth", "arabic",
              "devanagari", "zwsp", "wj", "nnbsp-dash", "thin-dash"],
    "organisationsnummer": ["newline", "nbsp-dash", "spaced", "fullwidth", "arabic", "zwj",
                            "shy", "mathbold"],
    "phone": ["spaced", "words", "words-dashed", "fullwidth", "arabic", "persian", "zwsp", "wj",
              "nbsp-groups", "thin-groups"],
    "email": ["at", "(at)", "[at]", "fullwidth-at", "snabel-a", "AT", "at-punkt", "zwsp",
              "zwj"],
    "address": ["lower", "upper", "zwsp", "fullwidth-number", "shy", "nbsp-number", "wj"],
    "postal_code": ["fullwidth", "arabic", "nbsp", "zwsp", "thin", "persian"],
    "plate": ["lower", "spaced", "fullwidth", "zwsp", "zwj", "nbsp", "wj"],
}
DIS_DECKS = {k: Deck(v) for k, v in DISGUISES.items()}


def disguise(kind, s, chat=False):
    """Return (disguised text, disguise name)."""
    dk = "idnum" if kind in ("personnummer", "samordningsnummer") else kind
    for _ in range(20):
        d = DIS_DECKS[dk].draw()
        out = apply_disguise(kind, d, s, chat)
        if out is not None and out != s:
            return out, d
    return s, None


def apply_disguise(kind, d, s, chat):
    if d in ZW:
        return insert_inside(s, ZW[d])
    if kind == "name":
        if d == "upper":
            return None if chat else s.upper()
        if d == "lower":
            return None if chat else lower(s)
        if d == "fullwidth":
            return fullwidth_letters(s) if re.search(r"[A-Za-z]", s) else None
        if d == "nbsp-between":
            return s.replace(" ", "\u00a0", 1) if " " in s else None
    if kind in ("personnummer", "samordningsnummer"):
        digits = re.sub(r"\D", "", s)
        sep = "+" if "+" in s else "-"
        if d in ("newline", "crlf"):
            nl = "\n" if d == "newline" else "\r\n"
            if sep in s:
                return s.replace(sep, sep + nl)
            return s[:-4] + nl + s[-4:]
        if d in ("nbsp-dash", "nnbsp-dash", "thin-dash"):
            sp = {"nbsp-dash": "\u00a0", "nnbsp-dash": "\u202f", "thin-dash": "\u2009"}[d]
            if sep in s:
                return s.replace(sep, sp + sep + sp)
            return s[:-4] + sp + "-" + sp + s[-4:]
        ten = digits[-10:]
        if d == "dots":
            return f"{ten[0:2]}.{ten[2:4]}.{ten[4:6]}{sep}{ten[6:]}"
        if d == "slash":
            return f"{ten[:6]}/{ten[6:]}"
        if d == "spaced":
            return " ".join(s)
        if d in DIGITS:
            return map_digits(s, DIGITS[d])
    if kind == "organisationsnummer":
        if d == "newline":
            return s.replace("-", "-\n") if "-" in s else s[:-4] + "\n" + s[-4:]
        if d == "nbsp-dash":
            return s.replace("-", "\u00a0-\u00a0") if "-" in s else None
        if d == "spaced":
            return " ".join(s)
        if d in DIGITS:
            return map_digits(s, DIGITS[d])
    if kind == "phone":
        digits = re.sub(r"\D", "", s)
        if d == "spaced":
            return " ".join(c for c in s if c != " ")
        if d == "words":
            if s.startswith("+") or s.startswith("00"):
                return None
            return " ".join(WORDS[int(c)] for c in digits)
        if d == "words-dashed":
            if s.startswith("+") or s.startswith("00") or " " not in s:
                return None
            parts = re.split(r"[ \-\u2013]", s.replace("(", "").replace(")", ""))
            return " \u2013 ".join(" ".join(WORDS[int(c)] for c in p) for p in parts if p)
        if d in DIGITS:
            return map_digits(s, DIGITS[d])
        if d in ("nbsp-groups", "thin-groups"):
            sp = "\u00a0" if d == "nbsp-groups" else "\u2009"
            return s.replace(" ", sp) if " " in s else None
    if kind == "email":
        local, dom = s.split("@")
        if d == "at":
            return f"{local} at {dom}"
        if d == "(at)":
            return f"{local}(at){dom}"
        if d == "[at]":
            return f"{local} [at] {dom}"
        if d == "fullwidth-at":
            return f"{local}\uff20{dom}"
        if d == "snabel-a":
            return f"{local} snabel-a {dom}"
        if d == "AT":
            return f"{local} AT {dom}"
        if d == "at-punkt":
            return f"{local}(at){dom.replace('.', ' punkt ')}"
    if kind == "address":
        if d == "lower":
            return None if chat else lower(s)
        if d == "upper":
            return s.upper()
        if d == "fullwidth-number":
            return re.sub(r"\d", lambda m: chr(0xFF10 + int(m.group())), s)
        if d == "nbsp-number":
            m = re.search(r" (\d)", s)
            return s[:m.start()] + "\u00a0" + s[m.start() + 1:]
    if kind == "postal_code":
        if d in DIGITS:
            return map_digits(s, DIGITS[d])
        if d in ("nbsp", "thin"):
            sp = "\u00a0" if d == "nbsp" else "\u2009"
            return s.replace(" ", sp) if " " in s else s[:3] + sp + s[3:]
    if kind == "plate":
        if d == "lower":
            return s.lower()
        if d == "spaced":
            return " ".join(c for c in s if c not in " -")
        if d == "fullwidth":
            return fullwidth_letters(map_digits(s, 0xFF10))
        if d == "nbsp":
            return s.replace(" ", "\u00a0") if " " in s else s[:3] + "\u00a0" + s[3:]
    return None


def undisguise_digits(s):
    out = []
    for c in s:
        if c.isdigit():
            out.append(str(unicodedata.digit(c)))
    return "".join(out)


# ----------------------------------------------------------------- documents
SLOT = re.compile(r"\{([A-Za-z]+)(\d?)(?::([a-z]+))?\}")
NAME_FORM = ["full"] * 45 + ["first"] * 35 + ["sur"] * 20


class Doc:
    def __init__(self, voice):
        self.voice = voice
        self.persons = {}
        self.parts = []      # text pieces
        self.spans = []      # (start, end, kind, text)
        self.items = []      # (kind, text) in order
        self.len = 0
        self.disguised = []  # (kind, disguise)
        self.group = collections.Counter()

    def add(self, s):
        self.parts.append(s)
        self.len += len(s)

    def mark(self, kind, s):
        self.spans.append((self.len, self.len + len(s), kind, s))
        if (kind, s) not in self.items:
            self.items.append((kind, s))
        self.add(s)

    def person(self, n):
        if n not in self.persons:
            self.persons[n] = new_person()
        return self.persons[n]

    def text(self):
        return "".join(self.parts)


def maybe_disguise(doc, kind, s):
    chat = doc.voice == "chat"
    if rng.random() < P_DISGUISE:
        out, d = disguise(kind, s, chat)
        if d:
            doc.disguised.append((kind, d))
            STATS["disguise " + kind][d] += 1
            return out
    return s


def genitive(s):
    return "" if s[-1].lower() in "sxz" else "s"


def fill(doc, template):
    chat = doc.voice == "chat"
    pos = 0
    for m in SLOT.finditer(template):
        doc.add(template[pos:m.start()])
        pos = m.end()
        slot, num, mod = m.group(1), m.group(2), m.group(3)
        if slot in ("P", "N", "F", "S"):
            p = doc.person(num or "1")
            form = {"P": None, "N": "full", "F": "first", "S": "sur"}[slot]
            if form is None:
                form = rng.choice(NAME_FORM)
            STATS["name form"][form] += 1
            name = {"full": f"{p['first']} {p['sur']}", "first": p["first"],
                    "sur": p["sur"]}[form]
            if chat:
                name = lower(name)
            shown = maybe_disguise(doc, "name", name)
            doc.mark("name", shown)
            if mod == "g":
                doc.add(genitive(name))
                STATS["name position"]["genitive"] += 1
        elif slot in ("pnr", "sam"):
            kind = "personnummer" if slot == "pnr" else "samordningsnummer"
            s, shape = idnum(slot == "sam")
            STATS["idnum shape"][shape] += 1
            doc.mark(kind, maybe_disguise(doc, kind, s))
        elif slot in ("org", "orgpub"):
            s = orgnum(public=(slot == "orgpub"))
            shown = maybe_disguise(doc, "organisationsnummer", s)
            if slot == "orgpub":
                doc.group["public-org"] += 1
                doc.public_orgs = getattr(doc, "public_orgs", []) + [shown]
            doc.mark("organisationsnummer", shown)
        elif slot == "tel":
            doc.mark("phone", maybe_disguise(doc, "phone", phone()))
        elif slot == "mail":
            p = doc.person(num) if num else None
            doc.mark("email", maybe_disguise(doc, "email", email(p)))
        elif slot == "addr":
            shape = {"": None, "1": "one", "2": "two", "3": "three"}[num]
            s = address(shape)
            if chat and rng.random() < 0.5:
                s = lower(s)
            doc.mark("address", maybe_disguise(doc, "address", s))
        elif slot == "post":
            s = postal()
            if rng.random() < 0.06:
                doc.add("SE-")
            doc.mark("postal_code", maybe_disguise(doc, "postal_code", s))
        elif slot in ("reg", "regO"):
            s = plate(end_o=(slot == "regO"))
            if s.endswith("O"):
                STATS["plate"]["ends in O"] += 1
            STATS["plate"]["all"] += 1
            doc.mark("plate", maybe_disguise(doc, "plate", s))
        elif slot == "town":
            doc.add(rng.choice(pools.TOWNS))
        else:
            raise SystemExit(f"unknown slot {m.group(0)} in {template!r}")
    doc.add(template[pos:])


# ----------------------------------------------------------------- validation
NUMKINDS = ("personnummer", "samordningsnummer", "organisationsnummer")


def occurrences(text, sub):
    out, i = [], text.find(sub)
    while i >= 0:
        out.append((i, i + len(sub)))
        i = text.find(sub, i + 1)
    return out


def validate(doc):
    text = doc.text()
    if not text.strip():
        return "empty"
    allspans = []
    for kind, t in doc.items:
        occ = occurrences(text, t)
        if not occ:
            return f"missing {t!r}"
        for a, b in occ:
            if not any(sa <= a and b <= sb and sk == kind for sa, sb, sk, st in doc.spans):
                return f"{kind} {t!r} occurs outside a slot"
            before = text[a - 1] if a > 0 else " "
            after = text[b:b + 2]
            if before.isalnum() or (after[:1].isalnum() and not (
                    kind == "name" and after[:1] == "s" and not after[1:2].isalpha())):
                return f"{kind} {t!r} inside a longer token"
            allspans.append((a, b, kind, t))
        if kind in NUMKINDS:
            digits = undisguise_digits(t)
            ten = digits[-10:]
            if not luhn_ok(ten):
                return f"bad check digit {t!r}"
            if kind == "organisationsnummer":
                if len(digits) == 12 and not digits.startswith("16"):
                    return f"bad org prefix {t!r}"
                if int(ten[2]) < 2:
                    return f"bad org third digit {t!r}"
            else:
                mm, dd = int(ten[2:4]), int(ten[4:6])
                if kind == "samordningsnummer":
                    dd -= 60
                if not (1 <= mm <= 12 and 1 <= dd <= 31):
                    return f"bad date {t!r}"
    listed = {t for k, t in doc.items if k == "name"}
    for k, t in doc.items:
        if k != "name" or " " not in t:
            continue
        for w in t.split():
            if len(w) > 2 and w not in listed:
                for m in re.finditer(r"(?<!\w)" + re.escape(w) + r"(?!\w)", text):
                    if not any(a <= m.start() and m.end() <= b for a, b, kk, tt in allspans
                               if kk == "name"):
                        return f"part {w!r} of {t!r} alone"
    for i in range(len(allspans)):
        for j in range(i + 1, len(allspans)):
            a1, b1, k1, t1 = allspans[i]
            a2, b2, k2, t2 = allspans[j]
            if (k1, t1) == (k2, t2):
                continue
            if a1 < b2 and a2 < b1:
                if k1 == k2 == "name" and ((a1 <= a2 and b2 <= b1) or (a2 <= a1 and b1 <= b2)):
                    continue
                return f"overlap {t1!r} / {t2!r}"
    return None


# ----------------------------------------------------------------- corpus
CONTEXT_VOICES = {"form", "note", "minutes", "survey", "grant"}
POS_DECK = Deck(range(len(templates.POSITIVE)))
BY_VOICE = collections.defaultdict(list)
for i, (v, t) in enumerate(templates.POSITIVE):
    BY_VOICE[v].append(i)
CTX_DECK = Deck(templates.NEGATIVE)


def positive_doc():
    ti = POS_DECK.draw()
    for attempt in range(50):
        voice, t = templates.POSITIVE[ti]
        doc = Doc(voice)
        used = [ti]
        ctx_before = ctx_after = None
        if voice in CONTEXT_VOICES and rng.random() < 0.28:
            c = neutral_fill(CTX_DECK.draw())
            if rng.random() < 0.5:
                ctx_before = c
            else:
                ctx_after = c
        if ctx_before:
            doc.add(ctx_before + " ")
        fill(doc, t)
        if voice not in ("greet",) and rng.random() < 0.12:
            tj = rng.choice([i for i in BY_VOICE[voice] if i != ti])
            used.append(tj)
            doc.add("\n" if voice in ("minutes", "alarm") else " ")
            fill(doc, templates.POSITIVE[tj][1])
        if ctx_after:
            doc.add(" " + ctx_after)
        err = validate(doc)
        if err is None:
            for u in used:
                STATS["template use"][u] += 1
            STATS["voice docs"][voice] += 1
            return doc
        STATS["redraw reason"][err.split()[0]] += 1
    raise SystemExit(f"could not fill template {ti}: {err}")


def negative_docs(n):
    sents = templates.NEGATIVE
    seen = set()
    out = []
    lw = Deck(templates.LOWER_WORDS)
    while len(out) < n:
        k = rng.choices([1, 2, 3], [30, 45, 25])[0]
        picks = [neutral_fill(p) for p in rng.sample(sents, k)]
        if rng.random() < 0.18:
            picks[rng.randrange(k)] = lw.draw()
        text = " ".join(picks)
        if text in seen:
            continue
        seen.add(text)
        d = Doc("negative")
        d.add(text)
        out.append(d)
    return out


INVISIBLE_CATS = {"Cf", "Zs", "Zl", "Zp", "Cc", "Mn"}


def escape_invisible(s):
    out = []
    for ch in s:
        if ch != " " and ord(ch) > 0x7F and unicodedata.category(ch) in INVISIBLE_CATS:
            out.append("\\u%04x" % ord(ch) if ord(ch) <= 0xFFFF else ch)
        else:
            out.append(ch)
    return "".join(out)


def main():
    verbose = "-v" in sys.argv
    kinds = ["P"] * (N_DOCS - N_NEG) + ["N"] * N_NEG
    rng.shuffle(kinds)
    pos_docs = [positive_doc() for _ in range(N_DOCS - N_NEG)]
    neg_docs = negative_docs(N_NEG)
    pi = ni = 0
    lines = []
    public = []
    occ = collections.Counter()
    for i, k in enumerate(kinds, 1):
        if k == "P":
            doc = pos_docs[pi]
            pi += 1
        else:
            doc = neg_docs[ni]
            ni += 1
        did = f"{PREFIX}{i:04d}"
        text = doc.text()
        pii = [{"kind": kk, "text": t} for kk, t in doc.items]
        for kk, t in doc.items:
            occ[kk] += len(occurrences(text, t))
        for t in getattr(doc, "public_orgs", []):
            public.append((did, t))
        s = json.dumps({"id": did, "text": text, "pii": pii}, ensure_ascii=False)
        lines.append(escape_invisible(s))
        assert json.loads(lines[-1]) == {"id": did, "text": text, "pii": pii}
    with open(os.path.join(HERE, "test.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    with open(os.path.join(HERE, "public-org.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("id\torganisationsnummer (legal form 2, public body; JSON-escaped)\n")
        for did, t in public:
            f.write(f"{did}\t{escape_invisible(json.dumps(t, ensure_ascii=False))}\n")
    print(f"wrote {len(lines)} documents ({N_DOCS - N_NEG} with identifiers, {N_NEG} without)")
    if verbose:
        print("occurrences per kind:", dict(sorted(occ.items())), "total", sum(occ.values()))
        tot_dis = sum(sum(v.values()) for k, v in STATS.items() if k.startswith("disguise "))
        print("disguised occurrences:", tot_dis)
        print("public-body org numbers (separate group):", len(public))
        for key in sorted(STATS):
            if key == "template use":
                vals = STATS[key]
                print(f"template use: min {min(vals.values())} max {max(vals.values())} "
                      f"templates used {len(vals)} of {len(templates.POSITIVE)}")
                continue
            print(f"{key}: {dict(sorted(STATS[key].items(), key=lambda kv: str(kv[0])))}")
        for fam, (fs, ss) in pools.FAMILIES.items():
            print(f"pool {fam}: {len(set(fs))} first, {len(set(ss))} surnames")


if __name__ == "__main__":
    main()
