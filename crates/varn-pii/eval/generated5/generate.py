#!/usr/bin/env python3
"""Generate test.jsonl (generated5) from templates.py and pools.py. Standard library only.

Usage: python3 generate.py [-v]
"""
import collections, json, os, random, re, sys, unicodedata

import pools as P
from templates import POSITIVE, NEGATIVE, LOWER_WORDS

SEED = 20261204
N_DOCS = 2000
N_NEG = 650
P_DISGUISE = 0.20
P_SECOND = 0.12
P_CONTEXT = 0.25
HERE = os.path.dirname(os.path.abspath(__file__))
VERBOSE = "-v" in sys.argv

ZWSP, ZWJ, SHY, WJ, NBSP = "\u200b", "\u200d", "\u00ad", "\u2060", "\u00a0"
CGJ, INVSEP, LRM, IDSP, NNBSP, FIGSP = "\u034f", "\u2063", "\u200e", "\u3000", "\u202f", "\u2007"
FWHYPHEN = "\uff0d"

STATS = collections.defaultdict(collections.Counter)


class Deck:
    """Draw items in shuffled rounds."""

    def __init__(self, rng, items):
        self.rng, self.items, self.left = rng, list(items), []

    def draw(self):
        if not self.left:
            self.left = list(self.items)
            self.rng.shuffle(self.left)
        return self.left.pop()


# ---------------------------------------------------------------- numbers ---------------

def luhn(digits9):
    s = 0
    for i, ch in enumerate(digits9):
        x = int(ch) * (2 if i % 2 == 0 else 1)
        s += x - 9 if x > 9 else x
    return str((10 - s % 10) % 10)


DAYS_IN = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def make_pnr(rng, coord=False):
    old = rng.random() < 0.04
    year = rng.randint(1920, 1924) if old else rng.randint(1950, 2011)
    month = rng.randint(1, 12)
    dmax = DAYS_IN[month - 1] if month != 2 else (29 if leap(year) else 28)
    day = rng.randint(1, dmax)
    dd = day + 60 if coord else day
    serial = "%03d" % rng.randint(2, 998)
    body = "%02d%02d%02d%s" % (year % 100, month, dd, serial)
    check = luhn(body)
    yy, rest = body[:6], body[6:] + check
    if old:
        return yy + "+" + rest
    r = rng.random()
    if r < 0.55:
        return yy + "-" + rest
    if r < 0.75:
        return yy + rest
    if r < 0.9:
        return str(year)[:2] + yy + "-" + rest
    return str(year)[:2] + yy + rest


PRIVATE_ORG = ["556", "559", "769", "716", "802", "817", "893", "969"]
PUBLIC_ORG = ["2120", "2321", "2021", "2520", "2220"]


def make_org(rng, public=False):
    if public:
        pre = rng.choice(PUBLIC_ORG)
    else:
        pre = rng.choice(PRIVATE_ORG)
    body = pre + "".join(str(rng.randint(0, 9)) for _ in range(9 - len(pre)))
    num = body + luhn(body)
    r = rng.random()
    if r < 0.7:
        out = num[:6] + "-" + num[6:]
    elif r < 0.9 or public:
        out = num
    else:
        out = "16" + num[:6] + "-" + num[6:]
    return out


def make_phone(rng):
    if rng.random() < 0.65:
        pre = rng.choice(P.PHONE_MOBILE)
        x = "%02d" % rng.randint(5, 99)
        a, b, c = "174", "06", x
        fmts = [f"{pre}-{a} {b} {c}", f"{pre} {a} {b} {c}", f"{pre}{a}{b}{c}",
                f"+46 {pre[1:]} {a} {b} {c}", f"+46{pre[1:]}{a}{b}{c}", f"{pre}-{a}{b}{c}",
                f"{pre}/{a} {b} {c}", f"{pre}.{a}.{b}.{c}", f"0046 {pre[1:]}-{a} {b} {c}"]
        w = [30, 18, 10, 12, 6, 8, 5, 4, 3]
    else:
        area, mid = rng.choice(P.PHONE_FIXED)
        x = "%02d" % rng.randint(0, 99)
        flat = (mid + x).replace(" ", "")
        fmts = [f"{area}-{mid} {x}", f"{area}-{flat}", f"({area}) {mid} {x}",
                f"+46 {area[1:]} {mid} {x}", f"{area} {mid} {x}"]
        w = [40, 15, 15, 15, 15]
    return rng.choices(fmts, weights=w)[0]


def make_plate(rng, force_o=False):
    L = P.PLATE_LETTERS.replace("O", "") if not force_o else P.PLATE_LETTERS
    letters = "".join(rng.choice(P.PLATE_LETTERS) for _ in range(3))
    digits = "%02d" % rng.randint(0, 99)
    if force_o or rng.random() < 0.10:
        last = "O"
    elif rng.random() < 0.3:
        last = rng.choice(L)
    else:
        last = str(rng.randint(0, 9))
    r = rng.random()
    sep = " " if r < 0.7 else ("" if r < 0.92 else "-")
    return letters + sep + digits + last


def house_number(rng):
    n = str(rng.choice([rng.randint(1, 40), rng.randint(1, 140)]))
    r = rng.random()
    if r < 0.12:
        n += rng.choice(["A", "B", "C"])
    elif r < 0.2:
        n += " " + rng.choice(["A", "B"])
    r = rng.random()
    if r < 0.08:
        n += ", lgh %d" % rng.choice([1001, 1102, 1203, 1304, 1401, 1502])
    elif r < 0.13:
        n += ", %d tr" % rng.randint(1, 6)
    elif r < 0.16:
        n += " bv"
    return n


def make_street(rng, shape):
    if shape == 1:
        return rng.choice(P.JOINED), "one"
    if shape == 2:
        r = rng.random()
        if r < 0.72:
            return rng.choice(P.STEMS) + " " + rng.choice(P.APART_WORDS), "two-apart"
        if r < 0.88:
            return rng.choice(P.ADJ_FIRST) + " " + rng.choice(P.DEF_WORDS), "two-adjective"
        return rng.choice(P.PREFIX_JOINED) + " " + rng.choice(P.JOINED), "two-prefix-joined"
    return (rng.choice(P.PREFIX3) + " " + rng.choice(P.STEMS) + " " + rng.choice(P.APART_WORDS),
            "three")


def make_postal(rng):
    n = "%05d" % rng.randint(10005, 98799)
    return n[:3] + " " + n[3:] if rng.random() < 0.75 else n


# ---------------------------------------------------------------- persons ---------------

FOLD = {"ø": "o", "æ": "ae", "ł": "l", "đ": "d", "ı": "i", "ß": "ss", "ŋ": "n", "þ": "th",
        "Ł": "L", "Đ": "D", "İ": "I", "Ŋ": "N", "ð": "d"}


def ascii_fold(s):
    s = "".join(FOLD.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii())


def lower_name(s):
    return s.replace("İ", "I").lower()


class Person:
    def __init__(self, given, sur, family, female):
        self.given, self.sur, self.family, self.female = given, sur, family, female

    def form(self, f):
        return {"f": self.given + " " + self.sur, "g": self.given, "s": self.sur}[f]


def make_person(rng, fam_deck):
    fam = fam_deck.draw()
    fem, mal, sur = P.FAMILIES[fam]
    female = rng.random() < 0.5
    given = rng.choice(fem if female else mal)
    sfam = fam
    if rng.random() < 0.10:
        sfam = rng.choice(sorted(P.FAMILIES))
    s = rng.choice(P.FAMILIES[sfam][2])
    if female and sfam == "Polish":
        for a, b in (("ski", "ska"), ("cki", "cka")):
            if s.endswith(a):
                s = s[:-3] + b
    return Person(given, s, fam, female)


def make_email(rng, person, chat):
    g = ascii_fold(person.given).lower().replace("-", "")
    s = ascii_fold(person.sur).lower().replace("-", "")
    styles = ["gs", "g.s", "g_s", "s.g", "is", "gs9", "i.s"]
    st = rng.choice(["is", "i.s", "s9"] if chat else styles)
    d = str(rng.randint(1, 99))
    local = {"gs": g + s, "g.s": g + "." + s, "g_s": g + "_" + s, "s.g": s + "." + g,
             "is": g[0] + s, "gs9": g + s + d, "i.s": g[0] + "." + s, "s9": s + d}[st]
    return local + "@" + rng.choice(P.EMAIL_DOMAINS)


# ---------------------------------------------------------------- disguises -------------

FW = {c: chr(ord(c) - 0x21 + 0xFF01) for c in map(chr, range(0x21, 0x7F))}
SWE_DIGITS = ["noll", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio"]


def digits_in(s, zero):
    return "".join(chr(zero + int(c)) if c.isdigit() and c.isascii() else c for c in s)


def insert_inside(rng, s, ch, alnum_only=True):
    pos = [i for i in range(1, len(s)) if s[i - 1].isalnum() and s[i].isalnum()]
    if not pos:
        return None
    i = rng.choice(pos)
    return s[:i] + ch + s[i:]


def dis_name(rng, s, d, chat):
    if d == "upper":
        return s.upper() if not chat else None
    if d == "lower":
        return lower_name(s) if not chat and lower_name(s) != s else None
    if d == "fullwidth":
        t = "".join(FW.get(c, c) if c.isascii() and c.isalpha() else c for c in s)
        return t if t != s else None
    if d in ("ideosp", "nnbsp"):
        if " " not in s:
            return None
        return s.replace(" ", IDSP if d == "ideosp" else NNBSP, 1)
    ch = {"zwsp": ZWSP, "zwj": ZWJ, "shy": SHY, "wj": WJ, "cgj": CGJ, "invsep": INVSEP,
          "lrm": LRM}[d]
    return insert_inside(rng, s, ch)


def split_id(s):
    """(head, sep, tail) of an identity or organisation number."""
    for sep in ("-", "+"):
        if sep in s:
            a, b = s.rsplit(sep, 1)
            return a, sep, b
    return s[:-4], "", s[-4:]


def dis_number(rng, s, d):
    head, sep, tail = split_id(s)
    if d == "nl":
        return head + sep + "\n" + tail
    if d == "crlf":
        return head + sep + "\r\n" + tail
    dash = sep or "-"          # a writer who splits the number also adds the dash
    if d in ("nbsp_dash", "figsp_dash"):
        sp = NBSP if d == "nbsp_dash" else FIGSP
        return head + sp + dash + sp + tail
    if d == "fwhyphen":
        return head + FWHYPHEN + tail if sep != "+" else None
    if d == "dots":
        if head.startswith("16") and len(head) == 8:
            return None
        h = head[-6:]
        pre = head[:-6]
        return pre + h[:2] + "." + h[2:4] + "." + h[4:] + dash + tail
    if d == "slash":
        return head + "/" + tail if sep != "+" else None
    if d == "spaced":
        return " ".join(c for c in s)
    if d == "spaced_groups":
        if sep != "-" or len(head) != 6:
            return None
        return head[:2] + " " + head[2:4] + " " + head[4:] + "-" + tail
    zeros = {"fullwidth": 0xFF10, "arabic": 0x660, "persian": 0x6F0, "bengali": 0x9E6,
             "mono": 0x1D7F6}
    if d in zeros:
        return digits_in(s, zeros[d])
    ch = {"zwsp": ZWSP, "wj": WJ, "shy": SHY, "zwj": ZWJ}[d]
    return insert_inside(rng, s, ch)


def dis_phone(rng, s, d):
    digs = [c for c in s if c.isdigit()]
    if d == "spaced":
        return " ".join(digs) if not s.startswith("+") else "+" + " ".join(digs)
    if d in ("words", "words_comma", "words_hyphen"):
        if s.startswith("+") or s.startswith("00"):
            return None
        groups = re.findall(r"\d+", s)
        if d == "words":
            return " ".join(SWE_DIGITS[int(c)] for c in digs)
        if d == "words_hyphen":
            return "-".join(SWE_DIGITS[int(c)] for c in digs)
        return ", ".join(" ".join(SWE_DIGITS[int(c)] for c in g) for g in groups)
    if d == "figsp":
        return s.replace(" ", FIGSP) if " " in s else None
    zeros = {"fullwidth": 0xFF10, "arabic": 0x660, "bengali": 0x9E6, "mono": 0x1D7F6}
    if d in zeros:
        return digits_in(s, zeros[d])
    ch = {"zwsp": ZWSP, "wj": WJ, "shy": SHY}[d]
    return insert_inside(rng, s, ch)


def dis_email(rng, s, d):
    local, dom = s.split("@")
    if d == "at":
        return local + " at " + dom
    if d == "paren":
        return local + "(at)" + dom
    if d == "bracket":
        return local + "[at]" + dom
    if d == "fwat":
        return local + "\uff20" + dom
    if d == "zwsp":
        return insert_inside(rng, local, ZWSP) + "@" + dom if insert_inside(rng, local, ZWSP) else None
    if d == "spaced_at":
        return local + " @ " + dom
    if d == "brace":
        return local + "{at}" + dom
    if d == "at_dot":
        return local.replace(".", " dot ") + " at " + dom.replace(".", " dot ")
    if d == "bracket_dot":
        return local + "[at]" + dom.replace(".", "[dot]")
    if d == "paren_punkt":
        return local + " (at) " + dom.replace(".", " (punkt) ")
    if d == "upper":
        return s.upper()
    if d == "fullwidth":
        return "".join(FW.get(c, c) for c in s)
    if d == "shy":
        t = insert_inside(rng, local, SHY)
        return t + "@" + dom if t else None


def dis_address(rng, s, d):
    if d == "lower":
        return s.lower()
    if d == "upper":
        return s.upper()
    if d == "fullwidth_num":
        return "".join(FW.get(c, c) if c.isdigit() else c for c in s)
    if d == "fullwidth":
        return "".join(FW.get(c, c) if c.isascii() and c.isalnum() else c for c in s)
    if d == "nbsp_words":
        words = s.split(" ")
        if len(words) < 3:
            return None
        i = rng.randrange(len(words) - 1)
        return " ".join(words[:i]) + (" " if i else "") + words[i] + NBSP + " ".join(words[i + 1:])
    ch = {"zwsp": ZWSP, "wj": WJ, "shy": SHY}[d]
    return insert_inside(rng, s, ch)


def dis_postal(rng, s, d):
    if d in ("nbsp", "nnbsp", "figsp"):
        if " " not in s:
            return None
        return s.replace(" ", {"nbsp": NBSP, "nnbsp": NNBSP, "figsp": FIGSP}[d])
    zeros = {"fullwidth": 0xFF10, "arabic": 0x660, "persian": 0x6F0, "mono": 0x1D7F6}
    if d in zeros:
        return digits_in(s, zeros[d])
    ch = {"zwsp": ZWSP, "wj": WJ}[d]
    return insert_inside(rng, s, ch)


def dis_plate(rng, s, d):
    if d == "lower":
        return s.lower()
    if d == "spaced":
        return " ".join(c for c in s if c not in " -")
    if d == "fullwidth":
        return "".join(FW.get(c, c) for c in s)
    if d == "nnbsp":
        return s.replace(" ", NNBSP) if " " in s else None
    ch = {"zwsp": ZWSP, "shy": SHY, "cgj": CGJ, "wj": WJ}[d]
    return insert_inside(rng, s, ch)


DISGUISES = {
    "name": (dis_name, ["upper", "lower", "fullwidth", "zwsp", "zwj", "shy", "wj", "cgj",
                        "invsep", "lrm", "ideosp", "nnbsp"]),
    "personnummer": (dis_number, ["nl", "crlf", "nbsp_dash", "dots", "slash", "spaced",
                                  "fullwidth", "arabic", "zwsp", "wj", "figsp_dash",
                                  "fwhyphen", "persian", "bengali", "mono", "spaced_groups",
                                  "shy"]),
    "samordningsnummer": (dis_number, ["nl", "nbsp_dash", "dots", "slash", "spaced",
                                       "fullwidth", "arabic", "zwsp", "fwhyphen", "mono"]),
    "organisationsnummer": (dis_number, ["nl", "crlf", "nbsp_dash", "spaced", "fullwidth",
                                         "arabic", "zwj", "wj", "fwhyphen", "bengali"]),
    "phone": (dis_phone, ["spaced", "words", "words_comma", "words_hyphen", "fullwidth",
                          "arabic", "zwsp", "wj", "figsp", "bengali", "mono", "shy"]),
    "email": (dis_email, ["at", "paren", "bracket", "fwat", "zwsp", "spaced_at", "brace",
                          "at_dot", "bracket_dot", "paren_punkt", "upper", "fullwidth",
                          "shy"]),
    "address": (dis_address, ["lower", "upper", "zwsp", "fullwidth_num", "fullwidth",
                              "nbsp_words", "wj", "shy"]),
    "postal_code": (dis_postal, ["fullwidth", "arabic", "nbsp", "zwsp", "nnbsp", "figsp",
                                 "persian", "mono", "wj"]),
    "plate": (dis_plate, ["lower", "spaced", "fullwidth", "zwsp", "nnbsp", "shy", "cgj",
                          "wj"]),
}


# ---------------------------------------------------------------- fillers ---------------

def filler(rng, name):
    if name == "DATE":
        d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2024, 2025, 2026])
        return rng.choice([f"den {d} {P.MONTHS[m - 1]} {y}", f"{y}-{m:02d}-{d:02d}",
                           f"den {d}/{m}", f"den {d} {P.MONTHS[m - 1]}"])
    if name == "DAY":
        return rng.choice(P.WEEKDAYS)
    if name == "TIME":
        h, mi = rng.randint(0, 23), rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50, 55])
        return rng.choice([f"kl. {h:02d}.{mi:02d}", f"{h:02d}:{mi:02d}"])
    if name == "AREA":
        return rng.choice(P.AREAS)
    if name == "DIST":
        return rng.choice(P.DISTRICTS)
    if name == "PLACE":
        return rng.choice(P.PLACES)
    if name == "DNR":
        return rng.choice(["", "Dnr "]) + f"{rng.choice(P.DNR_PREFIX)} {rng.choice([2024, 2025, 2026])}/{rng.randint(12, 2999)}"
    if name == "IA":
        return f"IA-{rng.choice([2024, 2025, 2026])}-{rng.randint(100, 99999):05d}"
    if name == "TOWN":
        return rng.choice(P.TOWNS)
    if name == "NUM":
        return str(rng.randint(2, 45))
    if name == "AGE":
        return rng.choice(P.AGES)
    if name == "MONTH":
        return rng.choice(P.MONTHS)
    if name == "UNIT":
        return rng.choice(P.UNITS)
    if name == "ROLE":
        return rng.choice(P.ROLES)
    if name == "WEEK":
        return f"vecka {rng.randint(1, 52)}"
    if name == "SUM":
        return f"{rng.randint(5, 250)} 000"
    if name == "AUTH":
        return rng.choice(P.AUTHORITIES)
    raise KeyError(name)


SLOT = re.compile(r"\{([A-Z][A-Z0-9]*)(?:\.([a-zA-Z]+))?(\+s)?\}")
PERSON_SLOTS = {"A", "B", "C", "D"}
ID_KIND = {"PNR": "personnummer", "SAM": "samordningsnummer", "ORG": "organisationsnummer",
           "ORGP": "organisationsnummer", "TEL": "phone", "MAIL": "email", "ADR": "address",
           "ADR1": "address", "ADR2": "address", "ADR3": "address", "POST": "postal_code",
           "REG": "plate", "REGO": "plate"}


class Ctx:
    def __init__(self, rng, decks, chat):
        self.rng, self.decks, self.chat = rng, decks, chat
        self.persons = {}
        self.meta = []          # (kind, text, info) per marked occurrence

    def person(self, k):
        if k not in self.persons:
            self.persons[k] = make_person(self.rng, self.decks["family"])
        return self.persons[k]


def maybe_disguise(ctx, kind, plain):
    rng = ctx.rng
    if rng.random() >= P_DISGUISE:
        return plain, None
    fn, names = DISGUISES[kind]
    deck = ctx.decks["dis_" + kind]
    for _ in range(6):
        d = deck.draw()
        out = fn(rng, plain, d, ctx.chat) if kind == "name" else fn(rng, plain, d)
        if out and out != plain:
            return out, d
    return plain, None


def render(template, ctx, segs):
    """Append (text, kind, info) segments for one template to segs."""
    rng = ctx.rng
    pos = 0
    for m in SLOT.finditer(template):
        if m.start() > pos:
            segs.append((template[pos:m.start()], None, None))
        pos = m.end()
        key, mod, gen = m.group(1), m.group(2), m.group(3)
        if key in PERSON_SLOTS:
            p = ctx.person(key)
            f = mod or rng.choices("fgs", weights=[45, 35, 20])[0]
            text = p.form(f)
            if ctx.chat:
                text = lower_name(text)
            text, d = maybe_disguise(ctx, "name", text)
            segs.append((text, "name", {"form": f, "family": p.family, "dis": d,
                                        "gen": bool(gen)}))
            if gen:
                base = p.form(f)
                if not base.endswith(("s", "x", "z")):
                    segs.append(("s", None, None))
            continue
        if key in ID_KIND:
            kind = ID_KIND[key]
            info = {}
            if key == "PNR":
                plain = make_pnr(rng)
            elif key == "SAM":
                plain = make_pnr(rng, coord=True)
            elif key in ("ORG", "ORGP"):
                plain = make_org(rng, public=(key == "ORGP"))
                info["public"] = key == "ORGP"
            elif key == "TEL":
                plain = make_phone(rng)
            elif key == "MAIL":
                p = ctx.person(mod) if mod else make_person(rng, ctx.decks["family"])
                plain = make_email(rng, p, ctx.chat)
            elif key.startswith("ADR"):
                shape = {"ADR1": 1, "ADR2": 2, "ADR3": 3}.get(key) or rng.choices([1, 2, 3], [25, 60, 15])[0]
                street, sh = make_street(rng, shape)
                plain = street + " " + house_number(rng)
                info["shape"] = sh
                info["word"] = street.split(" ")[-1] if " " in street else ""
                if ctx.chat and rng.random() < 0.5:
                    plain = plain.lower()
            elif key == "POST":
                plain = make_postal(rng)
            elif key in ("REG", "REGO"):
                plain = make_plate(rng, force_o=(key == "REGO"))
            info["plain"] = plain
            text, d = maybe_disguise(ctx, kind, plain)
            info["dis"] = d
            segs.append((text, kind, info))
            continue
        segs.append((filler(rng, key), None, None))
    if pos < len(template):
        segs.append((template[pos:], None, None))


# ---------------------------------------------------------------- validation ------------

def occurrences(text, sub):
    out, i = [], text.find(sub)
    while i >= 0:
        out.append((i, i + len(sub)))
        i = text.find(sub, i + 1)
    return out


def undisguise_digits(s):
    t = unicodedata.normalize("NFKC", s)
    out = []
    for c in t:
        if c.isdigit():
            out.append(str(unicodedata.digit(c)))
        elif c == "+":
            out.append("+")
    return "".join(out)


def valid_number(kind, s):
    d = undisguise_digits(s)
    plus = "+" in d
    d = d.replace("+", "")
    if kind == "organisationsnummer":
        if len(d) == 12 and d.startswith("16"):
            d = d[2:]
        return len(d) == 10 and int(d[2]) >= 2 and luhn(d[:9]) == d[9]
    if len(d) == 12:
        century = int(d[:2])
        d = d[2:]
        year = century * 100 + int(d[:2])
    elif len(d) == 10:
        year = (1900 if plus else 2000) + int(d[:2])
        if not plus and year > 2026:
            year -= 100
    else:
        return False
    month, day = int(d[2:4]), int(d[4:6])
    if kind == "samordningsnummer":
        day -= 60
    if not 1 <= month <= 12:
        return False
    dmax = DAYS_IN[month - 1] if month != 2 else (29 if leap(year) else 28)
    return 1 <= day <= dmax and luhn(d[:9]) == d[9]


def build_doc(segs):
    text, spans, items = "", [], []
    seen = set()
    for t, kind, info in segs:
        a = len(text)
        text += t
        if kind:
            spans.append((a, len(text), kind, t, info))
            if (kind, t) not in seen:
                seen.add((kind, t))
                items.append({"kind": kind, "text": t})
    return text, spans, items


def validate(text, spans, items):
    """Return None if fine, or a reason."""
    if SLOT.search(text):
        return "unfilled slot"
    for it in items:
        k, t = it["kind"], it["text"]
        for a, b in occurrences(text, t):
            inside = [s for s in spans if s[0] <= a and b <= s[1] and
                      (s[2] == k if k != "name" else s[2] == "name")]
            if not inside:
                return f"{k}:{t!r} occurs outside its slots"
            if k != "name" and not any(s[0] == a and s[1] == b for s in inside):
                return f"{k}:{t!r} occurs inside a longer {k}"
            before = text[a - 1] if a > 0 else " "
            after = text[b:b + 2]
            if before.isalnum() or (after[:1].isalnum() and not (
                    k == "name" and after[:1] == "s" and not after[1:2].isalpha())):
                return f"{k}:{t!r} inside a longer token"
    listed = {it["text"] for it in items if it["kind"] == "name"}
    name_spans = [(s[0], s[1]) for s in spans if s[2] == "name"]
    for it in items:
        if it["kind"] != "name" or " " not in it["text"]:
            continue
        for w in it["text"].split():
            if len(w) > 2 and w not in listed:
                for m in re.finditer(r"(?<!\w)" + re.escape(w) + r"(?!\w)", text):
                    if not any(a <= m.start() and m.end() <= b for a, b in name_spans):
                        return f"part {w!r} alone"
    for s in spans:
        if s[2] in ("personnummer", "samordningsnummer", "organisationsnummer"):
            if not valid_number(s[2], s[3]):
                return f"bad number {s[3]!r}"
        if s[2] == "phone":
            if s[4]["dis"] is None and not re.search(r"\d", s[3]):
                return "phone without digits"
        if s[2] == "email" and s[4]["dis"] is None and not s[3].endswith(".example"):
            return "bad domain"
    return None


# ---------------------------------------------------------------- escaping --------------

def escape_line(s):
    out = []
    for c in s:
        if ord(c) > 0x7F and unicodedata.category(c) in ("Cf", "Zs", "Zl", "Zp", "Cc", "Mn"):
            if ord(c) > 0xFFFF:
                v = ord(c) - 0x10000
                out.append("\\u%04x\\u%04x" % (0xD800 + (v >> 10), 0xDC00 + (v & 0x3FF)))
            else:
                out.append("\\u%04x" % ord(c))
        else:
            out.append(c)
    return "".join(out)


# ---------------------------------------------------------------- main ------------------

def main():
    rng = random.Random(SEED)
    decks = {"family": Deck(rng, sorted(P.FAMILIES))}
    for k, (_, names) in DISGUISES.items():
        decks["dis_" + k] = Deck(rng, names)
    by_voice = collections.defaultdict(list)
    for i, (v, t) in enumerate(POSITIVE):
        by_voice[v].append(i)
    tdeck = Deck(rng, range(len(POSITIVE)))
    ctx_neg = [t for t in NEGATIVE]

    docs = []   # (text, items, spans, first_template, voice)
    failures = collections.Counter()
    texts_pos = set()
    n_pos = N_DOCS - N_NEG
    while len(docs) < n_pos:
        ti = tdeck.draw()
        voice, tmpl = POSITIVE[ti]
        second = None
        if voice != "greet" and rng.random() < P_SECOND:
            second = rng.choice([j for j in by_voice[voice] if j != ti])
        context = None
        if voice in ("form", "note", "minutes", "survey", "grant") and rng.random() < P_CONTEXT:
            context = (rng.choice(ctx_neg), rng.random() < 0.5)
        for attempt in range(60):
            ctx = Ctx(rng, decks, voice == "chat")
            segs = []
            if context and context[1]:
                render(context[0], ctx, segs)
                segs.append((" ", None, None))
            render(tmpl, ctx, segs)
            if second is not None:
                segs.append(("\n" if voice in ("minutes", "alarm") else " ", None, None))
                render(POSITIVE[second][1], ctx, segs)
            if context and not context[1]:
                segs.append((" ", None, None))
                render(context[0], ctx, segs)
            text, spans, items = build_doc(segs)
            why = validate(text, spans, items)
            if why is None and text not in texts_pos:
                break
            failures[why or "duplicate"] += 1
        else:
            sys.exit(f"template {ti} failed 60 times: {why}")
        texts_pos.add(text)
        STATS["composition"]["second template"] += second is not None
        STATS["composition"]["context sentence"] += context is not None
        docs.append((text, items, spans, ti, voice, second))

    negs = []
    neg_texts = set()
    while len(negs) < N_NEG:
        ctx = Ctx(rng, decks, False)
        n = rng.choices([1, 2, 3], [45, 40, 15])[0]
        chosen = rng.sample(NEGATIVE, n)
        segs = []
        for j, t in enumerate(chosen):
            if j:
                segs.append((" ", None, None))
            render(t, ctx, segs)
        if rng.random() < 0.18:
            STATS["composition"]["negatives with a LOWER_WORDS sentence"] += 1
            w = rng.choice(LOWER_WORDS)
            segs.append((" ", None, None))
            sub = []
            render(w, ctx, sub)
            sub[0] = (sub[0][0][:1].upper() + sub[0][0][1:],) + sub[0][1:]
            segs.extend(sub)
        text, spans, items = build_doc(segs)
        assert not items
        if text in neg_texts:
            failures["negative duplicate"] += 1
            continue
        neg_texts.add(text)
        negs.append((text, [], [], None, "negative", None))

    alld = docs + negs
    order = list(range(len(alld)))
    rng.shuffle(order)
    out_lines, pub = [], []
    for n, idx in enumerate(order, 1):
        text, items, spans, ti, voice, second = alld[idx]
        did = "ga%04d" % n
        for s in spans:
            if s[2] == "organisationsnummer" and s[4].get("public"):
                pub.append((did, s[3]))
        line = json.dumps({"id": did, "text": text, "pii": items}, ensure_ascii=False)
        out_lines.append(escape_line(line))
        # statistics
        STATS["voice"][voice] += 1
        if ti is not None:
            STATS["template"][ti] += 1
        for s in spans:
            STATS["occ"][s[2]] += 1
            if s[4].get("dis"):
                STATS["dis_occ"][s[2]] += 1
                STATS["dis_" + s[2]][s[4]["dis"]] += 1
            if s[2] == "name":
                STATS["name_form"][s[4]["form"]] += 1
                STATS["family"][s[4]["family"]] += 1
                if s[4]["gen"]:
                    STATS["name_form"]["genitive"] += 1
            if s[2] == "address":
                STATS["address_shape"][s[4]["shape"]] += 1
                if s[4]["word"]:
                    STATS["street_word"][s[4]["word"]] += 1
            if s[2] == "plate" and s[4]["plain"].endswith("O"):
                STATS["plate"]["ends in O"] += 1
        for it in items:
            STATS["items"][it["kind"]] += 1
            if it["kind"] == "name":
                STATS["name_items"]["full" if " " in it["text"] or "\u3000" in it["text"] or "\u202f" in it["text"] else "single"] += 1
                if it["text"] == it["text"].lower():
                    STATS["name_items"]["lower case"] += 1
    data = "".join(l + "\n" for l in out_lines).encode("utf-8")
    with open(os.path.join(HERE, "test.jsonl"), "wb") as f:
        f.write(data)
    with open(os.path.join(HERE, "public-org.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("id\torganisationsnummer (public body, legal form 2)\n")
        for did, t in pub:
            f.write(f"{did}\t{escape_line(json.dumps(t, ensure_ascii=False))[1:-1]}\n")
    print(f"wrote {len(out_lines)} documents ({len(docs)} with identifiers, {len(negs)} without)"
          f"; {len(pub)} public-body organisation numbers")
    if VERBOSE:
        print("redraws:", dict(failures))
        for key in ("composition", "voice", "items", "occ", "dis_occ", "name_form", "name_items", "family",
                    "address_shape", "street_word", "plate"):
            print(key, dict(sorted(STATS[key].items())))
        for k in DISGUISES:
            print("disguises", k, dict(sorted(STATS["dis_" + k].items())))
        tc = STATS["template"]
        print("template use (first template): min", min(tc.values()), "max", max(tc.values()),
              "templates", len(tc))
        print("pools:", {f: tuple(len(x) for x in v) for f, v in P.FAMILIES.items()})
        print("positive templates", len(POSITIVE), "negative", len(NEGATIVE), "lower",
              len(LOWER_WORDS), "per voice",
              dict(collections.Counter(v for v, _ in POSITIVE)))


if __name__ == "__main__":
    main()
