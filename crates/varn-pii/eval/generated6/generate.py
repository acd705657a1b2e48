#!/usr/bin/env python3
"""Generate test.jsonl and public-org.tsv for the generated6 corpus (standard library only).

Run: python3 generate.py [-v]
"""
import collections, json, os, random, re, sys, unicodedata

import pools as P
import templates as T

SEED = 20261205
HERE = os.path.dirname(os.path.abspath(__file__))
N_DOCS, N_NEG = 2000, 660
rng = random.Random(SEED)
STATS = collections.defaultdict(collections.Counter)

# ---------------------------------------------------------------- helpers
SLOT = re.compile(r"\{([A-Z]+)(?::([A-Za-z]+))?(\+s)?\}")
FOLD = {"ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th",
        "ł": "l", "Ł": "L", "đ": "dj", "Đ": "Dj", "ı": "i", "ß": "ss"}


def fold(s):
    s = "".join(FOLD.get(c, c) for c in s)
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


def lower(s):
    return s.replace("İ", "I").lower()


def luhn(digits):
    s = 0
    for i, ch in enumerate(digits):
        x = int(ch) * (2 if i % 2 == 0 else 1)
        s += x - 9 if x > 9 else x
    return str((10 - s % 10) % 10)


class Rounds:
    """Draw items in shuffled rounds."""
    def __init__(self, items):
        self.items, self.q = list(items), []

    def next(self):
        if not self.q:
            self.q = list(self.items)
            rng.shuffle(self.q)
        return self.q.pop()


def map_digits(s, zero):
    return "".join(chr(zero + int(c)) if c.isdigit() and c.isascii() else c for c in s)


CIRCLED = "⓪①②③④⑤⑥⑦⑧⑨"
SUBSCRIPT = "₀₁₂₃₄₅₆₇₈₉"


def map_table(s, table):
    return "".join(table[int(c)] if c.isdigit() and c.isascii() else c for c in s)


def fullwidth(s, letters=True, digits=True):
    out = []
    for c in s:
        if c.isascii() and ((letters and c.isalpha()) or (digits and c.isdigit())):
            out.append(chr(ord(c) - 0x21 + 0xFF01))
        else:
            out.append(c)
    return "".join(out)


def bold_sans(s):
    out = []
    for c in s:
        if "A" <= c <= "Z":
            out.append(chr(0x1D5D4 + ord(c) - 65))
        elif "a" <= c <= "z":
            out.append(chr(0x1D5EE + ord(c) - 97))
        elif "0" <= c <= "9":
            out.append(chr(0x1D7EC + ord(c) - 48))
        else:
            out.append(c)
    return "".join(out)


SMALLCAPS = dict(zip("abcdefghijklmnoprstuvwyz", "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘʀꜱᴛᴜᴠᴡʏᴢ"))


def small_caps(s):
    out, first = [], True
    for c in s:
        if c.isalpha():
            out.append(c if first else SMALLCAPS.get(c.lower(), c))
            first = False
        else:
            out.append(c)
            first = c in " -"
    return "".join(out)


def insert_between(s, ch, ok=str.isalnum):
    pos = [i for i in range(1, len(s)) if ok(s[i - 1]) and ok(s[i])]
    if not pos:
        return None
    i = rng.choice(pos)
    return s[:i] + ch + s[i:]


# ---------------------------------------------------------------- names
FAM_LIST = list(P.FAMILIES)
FAM_W = [P.WEIGHTS[f] for f in FAM_LIST]


def new_person(taken):
    for _ in range(100):
        fam = rng.choices(FAM_LIST, FAM_W)[0]
        given, sur = P.FAMILIES[fam]
        g, s = rng.choice(given), rng.choice(sur)
        low = {lower(x) for x in taken}
        if lower(g) in low or lower(s) in low:
            continue
        if any(lower(g) in x or x in lower(g) or lower(s) in x or x in lower(s) for x in low):
            continue
        taken.update([g, s])
        return {"fam": fam, "g": g, "s": s, "mail": None}
    raise RuntimeError("no person")


def name_base(p, form):
    if form == "f":
        return p["g"] + " " + p["s"]
    if form == "g":
        return p["g"]
    if form == "s":
        return p["s"]
    if form == "i":
        return p["g"][0] + ". " + p["s"]
    raise ValueError(form)


def dz_name(kind, s, ctx):
    """Apply one named name disguise; return None when it does not fit."""
    if kind == "capitals":
        return None if ctx["chat"] else s.replace("ı", "I").upper()
    if kind == "lower case":
        return None if ctx["chat"] else lower(s)
    if kind == "full-width letters":
        r = fullwidth(s, True, False)
        return r if r != s else None
    if kind in ZW:
        return insert_between(s, ZW[kind], str.isalpha)
    if kind == "spaced letters":
        if ctx["gen"] or len(s) > 24:
            return None
        return "  ".join(" ".join(c for c in w if c.isalpha()) for w in s.split(" ")) if "." not in s and "-" not in s else None
    if kind == "dots between letters":
        if ctx["gen"] or "." in s or "-" in s:
            return None
        return " ".join(".".join(w) for w in s.split(" "))
    if kind == "alternating case":
        out, up = [], False
        for c in s:
            if c.isalpha():
                out.append(c.upper() if up else c.lower())
                up = not up
            else:
                out.append(c)
        r = "".join(out).replace("i̇", "i")
        return r if r != s else None
    if kind == "diacritics stripped":
        r = fold(s)
        return r if r != s else None
    if kind == "decomposed (NFD)":
        r = unicodedata.normalize("NFD", s)
        return r if r != s else None
    if kind == "mathematical bold sans-serif":
        r = bold_sans(s)
        return r if r != s else None
    if kind == "small capitals":
        r = small_caps(s)
        return r if r != s else None
    if kind == "line break between the names":
        return s.replace(" ", "\n", 1) if " " in s and "." not in s else None
    if kind == "en space between the names":
        return s.replace(" ", "\u2002") if " " in s else None
    if kind == "combining underline":
        if ctx["gen"]:
            return None
        return "".join(c + "\u0332" if c.isalpha() else c for c in s)
    raise ValueError(kind)


ZW = {"ZWSP": "\u200b", "ZWJ": "\u200d", "soft hyphen": "\u00ad", "word joiner": "\u2060"}
NAME_DZ = ["capitals", "lower case", "full-width letters", "ZWSP", "ZWJ", "soft hyphen",
           "word joiner", "spaced letters", "dots between letters", "alternating case",
           "diacritics stripped", "decomposed (NFD)", "mathematical bold sans-serif",
           "small capitals", "line break between the names", "en space between the names",
           "combining underline"]

# ---------------------------------------------------------------- numbers
def rand_date(lo, hi):
    y = rng.randint(lo, hi)
    m = rng.randint(1, 12)
    d = rng.randint(1, [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1])
    return y, m, d


def gen_pnr(coord=False):
    old = rng.random() < 0.05 and not coord
    y, m, d = rand_date(1920, 1924) if old else rand_date(1950, 2011)
    if coord:
        d += 60
    nine = f"{y % 100:02d}{m:02d}{d:02d}{rng.randint(0, 999):03d}"
    ten = nine + luhn(nine)
    if old:
        return ten[:6] + "+" + ten[6:]
    r = rng.random()
    if r < 0.55:
        return ten[:6] + "-" + ten[6:]
    if r < 0.70:
        return ten
    cent = str(y // 100)
    if r < 0.87:
        return cent + ten[:6] + "-" + ten[6:]
    return cent + ten


PUBLIC_SERIES = ["2120", "2321", "2021", "2520", "2220"]
PRIVATE_SERIES = ["556", "559", "769", "716", "802", "817", "845", "893", "969", "916", "717"]


def gen_org(public):
    if public:
        nine = rng.choice(PUBLIC_SERIES) + f"{rng.randint(0, 99999):05d}"
    else:
        nine = rng.choice(PRIVATE_SERIES) + f"{rng.randint(0, 999999):06d}"
    ten = nine + luhn(nine)
    if public:
        return ten[:6] + "-" + ten[6:] if rng.random() < 0.7 else ten
    r = rng.random()
    if r < 0.1:
        return "16" + ten[:6] + "-" + ten[6:]
    if r < 0.75:
        return ten[:6] + "-" + ten[6:]
    return ten


def dz_number(kind, s, ctx):
    has_dash = "-" in s
    if kind == "line break":
        return s.replace("-", "-\n") if has_dash else s[:-4] + "\n" + s[-4:]
    if kind == "CRLF":
        return s.replace("-", "-\r\n") if has_dash else s[:-4] + "\r\n" + s[-4:]
    if kind == "NBSP around the dash":
        return s.replace("-", "\u00a0-\u00a0") if has_dash else None
    if kind == "dots in the date":
        if ctx["org"] or not has_dash or len(s) != 11:
            return None
        return s[0:2] + "." + s[2:4] + "." + s[4:]
    if kind == "slash":
        return s.replace("-", "/") if has_dash else None
    if kind == "spaced digits":
        return " ".join(c for c in s if c.isdigit() or c in "+-")
    if kind in ZW:
        return insert_between(s, ZW[kind], str.isdigit)
    if kind == "full-width digits":
        return fullwidth(s, False, True)
    if kind == "Arabic-Indic digits":
        return map_digits(s, 0x660)
    if kind == "en dash":
        return s.replace("-", "\u2013") if has_dash else None
    if kind == "spaces around the dash":
        return s.replace("-", " - ") if has_dash else None
    if kind == "dashes in the date":
        if ctx["org"] or not has_dash:
            return None
        body, tail = s.split("-")
        if len(body) == 8:
            return body[:4] + "-" + body[4:6] + "-" + body[6:] + "-" + tail
        return body[:2] + "-" + body[2:4] + "-" + body[4:] + "-" + tail
    if kind == "underscore":
        return s.replace("-", "_") if has_dash else None
    if kind == "circled digits":
        return map_table(s, CIRCLED)
    if kind == "subscript digits":
        return map_table(s, SUBSCRIPT)
    raise ValueError(kind)


NUM_DZ = ["line break", "CRLF", "NBSP around the dash", "dots in the date", "slash", "spaced digits",
          "ZWSP", "ZWJ", "soft hyphen", "word joiner", "full-width digits", "Arabic-Indic digits",
          "en dash", "spaces around the dash", "dashes in the date", "underscore",
          "circled digits", "subscript digits"]


def ascii_digits(s):
    s = unicodedata.normalize("NFKC", s)
    out = []
    for c in s:
        try:
            out.append(str(unicodedata.decimal(c)))
        except (TypeError, ValueError):
            pass
    return "".join(out)


def valid_number(kind, text):
    d = ascii_digits(text)
    if kind == "organisationsnummer":
        if len(d) == 12:
            if not d.startswith("16"):
                return False
            d = d[2:]
        return len(d) == 10 and int(d[2]) >= 2 and luhn(d[:9]) == d[9]
    if len(d) == 12:
        d = d[2:]
    if len(d) != 10 or luhn(d[:9]) != d[9]:
        return False
    m, day = int(d[2:4]), int(d[4:6])
    if kind == "samordningsnummer":
        day -= 60
    return 1 <= m <= 12 and 1 <= day <= 31


# ---------------------------------------------------------------- phones
SV_DIG = ["noll", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio"]
EN_DIG = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
FI_DIG = ["nolla", "yksi", "kaksi", "kolme", "neljä", "viisi", "kuusi", "seitsemän",
          "kahdeksan", "yhdeksän"]
SV_TENS = {1: "tio", 2: "tjugo", 3: "trettio", 4: "fyrtio", 5: "femtio", 6: "sextio", 7: "sjuttio",
           8: "åttio", 9: "nittio"}
SV_TEEN = ["tio", "elva", "tolv", "tretton", "fjorton", "femton", "sexton", "sjutton", "arton",
           "nitton"]


def sv_pair(two):
    a, b = int(two[0]), int(two[1])
    if a == 0:
        return "noll " + SV_DIG[b]
    if a == 1:
        return SV_TEEN[b]
    return SV_TENS[a] + ("" if b == 0 else SV_DIG[b].replace("ett", "ett"))


def gen_phone():
    r = rng.random()
    if r < 0.6:
        pre = rng.choice(["070", "072", "073", "076"])
        groups = [pre, "174", "06", f"{rng.randint(5, 99):02d}"]
    elif r < 0.75:
        groups = ["08", "465", "004", f"{rng.randint(0, 99):02d}"]
    elif r < 0.85:
        groups = ["031", "390", "06", f"{rng.randint(0, 99):02d}"]
    elif r < 0.95:
        groups = ["040", "628", "04", f"{rng.randint(0, 99):02d}"]
    else:
        groups = ["0980", "31", "94", f"{rng.randint(0, 99):02d}"]
    a, rest = groups[0], groups[1:]
    f = rng.random()
    if f < 0.40:
        return a + "-" + " ".join(rest)
    if f < 0.52:
        return a + " " + " ".join(rest)
    if f < 0.62:
        return a + "".join(rest)
    if f < 0.72:
        return "+46 " + a[1:] + " " + " ".join(rest)
    if f < 0.82:
        return "+46 (0)" + a[1:] + "-" + " ".join(rest)
    if f < 0.90:
        return "+46" + a[1:] + "".join(rest)
    allr = "".join(rest)
    return a + "-" + allr[:2] + " " + allr[2:4] + " " + allr[4:]


def phone_words(s, table):
    d = ascii_digits(s)
    if s.startswith("+46"):
        d = "0" + d[2:]
    return " ".join(table[int(c)] for c in d)


def dz_phone(kind, s, ctx):
    if kind == "spaced digits":
        return " ".join(c for c in s if c.isdigit() or c == "+")
    if kind == "Swedish digit words":
        return phone_words(s, SV_DIG)
    if kind == "English digit words":
        return phone_words(s, EN_DIG)
    if kind == "Finnish digit words":
        return phone_words(s, FI_DIG)
    if kind == "Swedish pair words":
        if s.startswith("+") or "-" not in s or " " not in s:
            return None
        a, rest = s.split("-", 1)
        parts = [" ".join(SV_DIG[int(c)] for c in a)]
        for g in rest.split(" "):
            if len(g) == 2:
                parts.append(sv_pair(g))
            elif len(g) == 3:
                parts.append(SV_DIG[int(g[0])] + " " + sv_pair(g[1:]))
            else:
                return None
        return ", ".join(parts)
    if kind in ZW:
        return insert_between(s, ZW[kind], str.isdigit)
    if kind == "full-width digits":
        return fullwidth(s, False, True)
    if kind == "Arabic-Indic digits":
        return map_digits(s, 0x660)
    if kind == "en dash":
        return s.replace("-", "\u2013") if "-" in s else None
    if kind == "circled digits":
        return map_table(s, CIRCLED)
    if kind == "subscript digits":
        return map_table(s, SUBSCRIPT)
    raise ValueError(kind)


PHONE_DZ = ["spaced digits", "Swedish digit words", "ZWSP", "word joiner", "full-width digits",
            "Arabic-Indic digits", "en dash", "English digit words", "Finnish digit words",
            "Swedish pair words", "circled digits", "subscript digits"]

# ---------------------------------------------------------------- e-mail
def gen_mail(p, chat):
    g = re.sub(r"[^a-z]", "", lower(fold(p["g"])))
    s = re.sub(r"[^a-z]", "", lower(fold(p["s"])))
    n = rng.randint(2, 99)
    if chat:
        local = rng.choice([f"{g[0]}{s}{n}", f"{s}.{n}", f"{g[0]}_{s}"])
    else:
        local = rng.choice([f"{g}.{s}", f"{g[0]}{s}", f"{s}{n}", f"{g}_{s[0]}", f"{g}{s[:3]}",
                            f"{g[0]}.{s}"])
    return local + "@" + rng.choice(P.DOMAINS)


def dz_mail(kind, s, ctx):
    local, dom = s.split("@")
    if kind == "' at '":
        return local + " at " + dom
    if kind == "(at)":
        return local + "(at)" + dom
    if kind == "[at]":
        return local + "[at]" + dom
    if kind == "full-width ＠":
        return local + "＠" + dom
    if kind == "ZWSP":
        r = insert_between(local, "\u200b", str.isalpha)
        return None if r is None else r + "@" + dom
    if kind == "' snabel-a ' and ' punkt '":
        return local + " snabel-a " + dom.replace(".", " punkt ")
    if kind == "(snabel-a)":
        return local + "(snabel-a)" + dom
    if kind == "<at>":
        return local + "<at>" + dom
    if kind == "(a)":
        return local + "(a)" + dom
    if kind == "' AT ' and ' DOT '":
        return local + " AT " + dom.replace(".", " DOT ")
    if kind == "line break after @":
        return local + "@\n" + dom
    if kind == "# for @":
        return local + "#" + dom
    raise ValueError(kind)


MAIL_DZ = ["' at '", "(at)", "[at]", "full-width ＠", "ZWSP", "' snabel-a ' and ' punkt '",
           "(snabel-a)", "<at>", "(a)", "' AT ' and ' DOT '", "line break after @", "# for @"]

# ---------------------------------------------------------------- addresses
def house_number():
    n = str(rng.choice([rng.randint(1, 40), rng.randint(1, 150)]))
    r = rng.random()
    if r < 0.12:
        n += rng.choice("ABC")
    elif r < 0.17:
        n += " " + rng.choice("ABC")
    elif r < 0.21:
        n += "\u2013" + str(int(n) + 2)
    return n


def gen_address():
    r = rng.random()
    word = None
    if r < 0.30:
        shape, word = "genitive + street word apart", rng.choice(P.APART)
        street = rng.choice(P.GEN_STEMS) + " " + word
    elif r < 0.50:
        shape, word = "place name + street word apart", rng.choice(P.APART)
        street = rng.choice(P.PLACE_STEMS) + " " + word
    elif r < 0.60:
        shape, word = "adjective + definite street word", rng.choice(P.DEFINITE)
        street = rng.choice(P.ADJ) + " " + word
    elif r < 0.68:
        shape, word = "title + person's genitive + street word (three words)", rng.choice(["väg", "gata", "gränd", "backe", "torg", "stig"])
        street = rng.choice(P.TITLES) + " " + rng.choice(P.STREET_PERSONS) + " " + word
    elif r < 0.80:
        shape, word = "direction + stem + street word (three words)", rng.choice(P.APART)
        street = rng.choice(P.DIRS) + " " + rng.choice(P.GEN_STEMS + P.PLACE_STEMS) + " " + word
    elif r < 0.87:
        shape = "direction + joined street (two words)"
        street = rng.choice(P.DIRS) + " " + rng.choice(P.JOINED)
    else:
        shape = "one joined word"
        street = rng.choice(P.JOINED)
    STATS["address shape"][shape] += 1
    if word:
        STATS["street word"][word] += 1
    num = house_number()
    t = rng.random()
    if t < 0.04:
        adr = street + " nr " + num
    else:
        adr = street + " " + num
    t = rng.random()
    if "\u2013" not in num and t < 0.22:
        adr += rng.choice([", lgh 1203", ", lgh 1001", ", vån 3", " 1 tr", ", ingång B", " nb", ", 4 tr"])
    return adr, word


def dz_address(kind, s, ctx):
    if kind == "lower case":
        return lower(s)
    if kind == "capitals":
        return s.upper()
    if kind == "diacritics stripped":
        r = fold(s)
        return r if r != s else None
    if kind == "decomposed (NFD)":
        r = unicodedata.normalize("NFD", s)
        return r if r != s else None
    if kind == "en space between words":
        return s.replace(" ", "\u2002", 1)
    if kind == "abbreviated street word":
        w = ctx.get("word")
        if w not in P.ABBREV or (" " + w + " ") not in s:
            return None
        return s.replace(" " + w + " ", " " + P.ABBREV[w] + " ", 1)
    if kind in ZW:
        return insert_between(s, ZW[kind], str.isalpha)
    raise ValueError(kind)


ADR_DZ = ["lower case", "capitals", "diacritics stripped", "decomposed (NFD)",
          "en space between words", "abbreviated street word", "ZWSP", "word joiner"]

# ---------------------------------------------------------------- postal codes, plates
def gen_postal():
    c = f"{rng.randint(1, 9)}{rng.randint(0, 99):02d}{rng.randint(0, 99):02d}"
    return c[:3] + " " + c[3:] if rng.random() < 0.75 else c


def dz_postal(kind, s, ctx):
    if kind == "full-width digits":
        return fullwidth(s, False, True)
    if kind == "Arabic-Indic digits":
        return map_digits(s, 0x660)
    if kind == "ZWSP":
        return insert_between(s, "\u200b", str.isdigit)
    if kind == "en space":
        return s.replace(" ", "\u2002") if " " in s else None
    if kind == "punctuation space":
        return s.replace(" ", "\u2008") if " " in s else None
    if kind == "circled digits":
        return map_table(s, CIRCLED)
    if kind == "subscript digits":
        return map_table(s, SUBSCRIPT)
    raise ValueError(kind)


POSTAL_DZ = ["full-width digits", "Arabic-Indic digits", "ZWSP", "en space", "punctuation space",
             "circled digits", "subscript digits"]
PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUWXYZ"


def gen_plate(force_o):
    a = "".join(rng.choice(PLATE_LETTERS) for _ in range(3))
    b = f"{rng.randint(0, 99):02d}"
    if force_o or rng.random() < 0.10:
        c = "O"
    else:
        c = str(rng.randint(0, 9)) if rng.random() < 0.8 else rng.choice(PLATE_LETTERS)
    r = rng.random()
    sep = " " if r < 0.70 else ("" if r < 0.92 else "-")
    return a + sep + b + c


def dz_plate(kind, s, ctx):
    if kind == "lower case":
        return None if ctx["chat"] else s.lower()
    if kind == "full-width":
        return fullwidth(s)
    if kind == "ZWSP":
        return insert_between(s, "\u200b")
    if kind == "en dash":
        return s.replace(" ", "\u2013").replace("-", "\u2013") if (" " in s or "-" in s) else s[:3] + "\u2013" + s[3:]
    if kind == "dot":
        return s.replace(" ", ".").replace("-", ".") if (" " in s or "-" in s) else s[:3] + "." + s[3:]
    if kind == "underscore":
        return s.replace(" ", "_").replace("-", "_") if (" " in s or "-" in s) else s[:3] + "_" + s[3:]
    if kind == "mathematical bold sans-serif":
        return bold_sans(s)
    if kind == "alternating case":
        out, up = [], False
        for c in s:
            if c.isalpha():
                out.append(c.upper() if up else c.lower())
                up = not up
            else:
                out.append(c)
        return "".join(out)
    raise ValueError(kind)


PLATE_DZ = ["lower case", "full-width", "ZWSP", "en dash", "dot", "underscore",
            "mathematical bold sans-serif", "alternating case"]

DZ = {"name": (NAME_DZ, dz_name), "personnummer": (NUM_DZ, dz_number),
      "samordningsnummer": (NUM_DZ, dz_number), "organisationsnummer": (NUM_DZ, dz_number),
      "phone": (PHONE_DZ, dz_phone), "email": (MAIL_DZ, dz_mail),
      "address": (ADR_DZ, dz_address), "postal_code": (POSTAL_DZ, dz_postal),
      "plate": (PLATE_DZ, dz_plate)}
DZ_ROUNDS = {k: Rounds(v[0]) for k, v in DZ.items()}


RATE = {"name": 0.20, "address": 0.22, "personnummer": 0.35, "samordningsnummer": 0.35,
        "organisationsnummer": 0.30, "phone": 0.30, "email": 0.30, "postal_code": 0.25,
        "plate": 0.25}


def maybe_disguise(kind, s, ctx):
    if rng.random() >= RATE[kind]:
        return s, None
    names, fn = DZ[kind]
    rounds = DZ_ROUNDS[kind]
    for _ in range(2):
        if not rounds.q:
            rounds.q = list(rounds.items)
            rng.shuffle(rounds.q)
        # take the next disguise in the round that fits this value; others wait their turn
        for i in range(len(rounds.q) - 1, -1, -1):
            d = rounds.q[i]
            r = fn(d, s, ctx)
            if r is not None and r != s:
                del rounds.q[i]
                return r, d
        rounds.q = []
    return s, None


# ---------------------------------------------------------------- fillers (unmarked)
def filler(key):
    if key == "DATE":
        y, m, d = rand_date(2024, 2026)
        return rng.choice([f"{d} {P.MONTHS[m - 1]} {y}", f"{y}-{m:02d}-{d:02d}", f"{d}/{m}",
                           f"{d} {P.MONTHS[m - 1]}"])
    if key == "DNR":
        return rng.choice(["Dnr ", "dnr ", ""]) + f"{rng.choice(P.DNR_PREFIX)} {rng.randint(2023, 2026)}/{rng.randint(10, 2400)}"
    if key == "IA":
        return f"IA-{rng.randint(2024, 2026)}-{rng.randint(10000, 99999)}"
    if key == "DIST":
        return rng.choice(P.DISTRICTS)
    if key == "PLACE":
        return rng.choice(P.PLACES)
    if key == "AUTH":
        return rng.choice(P.AUTHS)
    if key == "LAW":
        return rng.choice(P.LAWS)
    if key == "MONTH":
        return rng.choice(P.MONTHS)
    if key == "WDAY":
        return rng.choice(P.WDAYS)
    if key == "PUB":
        return rng.choice(P.PUBLIC_TEL)
    if key == "TIME":
        return f"{rng.randint(6, 23):02d}.{rng.choice(['00', '15', '30', '45', '05', '50'])}"
    if key == "NUM":
        return str(rng.randint(4, 160))
    if key == "AGE":
        return rng.choice(["15-17", "18-20", "21-29", "under 15", "30+"])
    if key == "TOWN":
        return rng.choice(P.TOWNS)
    if key == "BRAND":
        return rng.choice(P.BRANDS)
    if key == "CHAR":
        return rng.choice(P.CHARACTERS)
    if key == "SHIP":
        return rng.choice(P.SHIPS)
    raise KeyError(key)


# ---------------------------------------------------------------- rendering
class Doc:
    def __init__(self, chat=False):
        self.parts, self.spans, self.len = [], [], 0
        self.persons, self.taken = {}, set()
        self.chat = chat
        self.slot_log = []   # (kind, disguise, extra)

    def add(self, s, kind=None):
        if kind:
            self.spans.append((self.len, self.len + len(s), kind))
        self.parts.append(s)
        self.len += len(s)

    def person(self, key):
        if key not in self.persons:
            self.persons[key] = new_person(self.taken)
        return self.persons[key]

    def text(self):
        return "".join(self.parts)


def render(doc, tpl, chat):
    pos = 0
    for m in SLOT.finditer(tpl):
        doc.add(tpl[pos:m.start()])
        pos = m.end()
        key, arg, gen = m.group(1), m.group(2), bool(m.group(3))
        ctx = {"chat": chat, "gen": gen, "org": False}
        if len(key) == 1:  # a person
            p = doc.person(key)
            form = arg or rng.choices(["f", "g", "s"], [45, 35, 20])[0]
            base = name_base(p, form)
            if chat:
                base = lower(base)
            s, d = maybe_disguise("name", base, ctx)
            doc.add(s, "name")
            STATS["name form"][{"f": "full name", "g": "given name", "s": "surname",
                                "i": "initial + surname"}[form] + (" (genitive)" if gen else "")] += 1
            STATS["name family"][p["fam"]] += 1
            doc.slot_log.append(("name", d, s))
            if gen:
                doc.add("" if s[-1:].lower() in "sxz" else "s")
            continue
        if gen:
            raise ValueError(tpl)
        if key == "MAIL":
            p = doc.person(arg)
            if p["mail"] is None:
                base = gen_mail(p, chat)
                s, d = maybe_disguise("email", base, ctx)
                p["mail"] = s
                doc.slot_log.append(("email", d, s))
            doc.add(p["mail"], "email")
            continue
        if key in ("PNR", "SAM", "ORG", "ORGP"):
            kind = {"PNR": "personnummer", "SAM": "samordningsnummer"}.get(key, "organisationsnummer")
            base = gen_org(key == "ORGP") if kind == "organisationsnummer" else gen_pnr(key == "SAM")
            ctx["org"] = kind == "organisationsnummer"
            s, d = maybe_disguise(kind, base, ctx)
            doc.add(s, kind)
            doc.slot_log.append((kind, d, s))
            if key == "ORGP":
                doc.public_org = getattr(doc, "public_org", []) + [s]
            continue
        if key == "TEL":
            base = gen_phone()
            s, d = maybe_disguise("phone", base, ctx)
            doc.add(s, "phone")
            doc.slot_log.append(("phone", d, s))
            continue
        if key == "ADR":
            base, word = gen_address()
            if chat and rng.random() < 0.5:
                base = lower(base)
            ctx["word"] = word
            s, d = maybe_disguise("address", base, ctx)
            doc.add(s, "address")
            doc.slot_log.append(("address", d, s))
            continue
        if key == "POST":
            s, d = maybe_disguise("postal_code", gen_postal(), ctx)
            doc.add(s, "postal_code")
            doc.slot_log.append(("postal_code", d, s))
            continue
        if key in ("PLATE", "PLATEO"):
            base = gen_plate(key == "PLATEO")
            if chat and rng.random() < 0.5:
                base = base.lower()
            s, d = maybe_disguise("plate", base, ctx)
            doc.add(s, "plate")
            doc.slot_log.append(("plate", d, s))
            continue
        doc.add(filler(key))
    doc.add(tpl[pos:])


# ---------------------------------------------------------------- validation
def occurrences(text, sub):
    out, i = [], text.find(sub)
    while i >= 0:
        out.append((i, i + len(sub)))
        i = text.find(sub, i + 1)
    return out


def items_of(doc):
    text = doc.text()
    items, seen = [], set()
    for a, b, k in sorted(doc.spans):
        key = (k, text[a:b])
        if key not in seen:
            seen.add(key)
            items.append({"kind": k, "text": text[a:b]})
    return items


def validate(doc):
    text = doc.text()
    if SLOT.search(text) or "{" in text or "}" in text:
        return "unfilled slot"
    items = items_of(doc)
    spans = []
    for it in items:
        k, t = it["kind"], it["text"]
        if not t.strip() or t != t.strip():
            return "empty or padded item"
        for a, b in occurrences(text, t):
            if not any(sa <= a and b <= sb and sk == k for sa, sb, sk in doc.spans):
                return f"stray occurrence {k}:{t!r}"
            before = text[a - 1] if a > 0 else " "
            after = text[b:b + 2]
            if before.isalnum() or (after[:1].isalnum() and not (k == "name" and after[:1] == "s" and not after[1:2].isalpha())):
                return f"inside token {k}:{t!r}"
            spans.append((a, b, k, t))
        if k in ("personnummer", "samordningsnummer", "organisationsnummer") and not valid_number(k, t):
            return f"invalid number {t!r}"
    listed = {it["text"] for it in items if it["kind"] == "name"}
    for t in listed:
        if " " not in t:
            continue
        for w in t.split():
            if len(w) > 2 and w not in listed:
                for m in re.finditer(r"(?<!\w)" + re.escape(w) + r"(?!\w)", text):
                    if not any(a <= m.start() and m.end() <= b for a, b, kk, tt in spans if kk == "name"):
                        return "name part alone"
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
    return None


# ---------------------------------------------------------------- assembly
CONTEXT_VOICES = {"form", "note", "minutes", "survey", "grant"}
POS = [(v, t) for v, t in T.POSITIVE] + [("chat", t) for t in T.CHAT]
BY_VOICE = collections.defaultdict(list)
for v, t in POS:
    BY_VOICE[v].append(t)


def make_positive(first):
    voice, tpl = first
    chat = voice == "chat"
    doc = Doc(chat)
    used = [tpl]
    neg_ctx = None
    parts = [tpl]
    if voice != "mail" and rng.random() < 0.12:
        second = rng.choice([t for t in BY_VOICE[voice] if t != tpl])
        parts.append(second)
        used.append(second)
    if voice in CONTEXT_VOICES and rng.random() < 0.25:
        neg_ctx = rng.choice(T.NEGATIVE)
        if rng.random() < 0.5:
            parts.insert(0, neg_ctx)
        else:
            parts.append(neg_ctx)
    for i, tp in enumerate(parts):
        if i:
            doc.add("\n" if chat or "\n" in tp or "\n" in parts[i - 1] else " ")
        render(doc, tp, chat)
    return doc, used, neg_ctx is not None


def make_negative():
    doc = Doc()
    n = rng.choice([1, 2, 2, 3])
    tpls = rng.sample(T.NEGATIVE, n)
    for i, tp in enumerate(tpls):
        if i:
            doc.add(" ")
        render(doc, tp, False)
    return doc, tpls


def escape(s):
    out = []
    for c in s:
        if ord(c) > 0x7F and unicodedata.category(c) in ("Cf", "Zs", "Zl", "Zp", "Cc", "Mn"):
            out.append("\\u%04x" % ord(c))
        else:
            out.append(c)
    return "".join(out)


def main():
    verbose = "-v" in sys.argv
    rounds = Rounds(POS)
    pos_docs, neg_docs = [], []
    texts = set()
    tpl_use = collections.Counter()
    redraw = collections.Counter()
    n_second = n_ctx = 0
    kept_logs = []
    while len(pos_docs) < N_DOCS - N_NEG:
        first = rounds.next()
        for attempt in range(200):
            saved = {k: dict(v) for k, v in STATS.items()}
            doc, used, ctx = make_positive(first)
            err = validate(doc)
            if err is None and doc.text() not in texts:
                break
            STATS.clear()
            STATS.update({k: collections.Counter(v) for k, v in saved.items()})
            redraw[err or "duplicate"] += 1
        else:
            raise RuntimeError(f"cannot fill {first}")
        texts.add(doc.text())
        tpl_use[first[1]] += 1
        n_second += len(used) > 1
        n_ctx += ctx
        kept_logs.extend(doc.slot_log)
        pos_docs.append((doc, first[0]))
    while len(neg_docs) < N_NEG:
        doc, tpls = make_negative()
        if doc.text() in texts or validate(doc) or items_of(doc):
            redraw["negative duplicate"] += 1
            continue
        texts.add(doc.text())
        neg_docs.append((doc, "negative"))
    alld = pos_docs + neg_docs
    rng.shuffle(alld)
    lines, pub = [], []
    for i, (doc, voice) in enumerate(alld, 1):
        did = f"gb{i:04d}"
        items = items_of(doc)
        rec = {"id": did, "text": doc.text(), "pii": items}
        lines.append(escape(json.dumps(rec, ensure_ascii=False)))
        for t in getattr(doc, "public_org", []):
            pub.append(f"{did}\t{escape(json.dumps(t, ensure_ascii=False))[1:-1]}")
    with open(os.path.join(HERE, "test.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    with open(os.path.join(HERE, "public-org.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("id\torganisationsnummer\n" + "\n".join(pub) + "\n")
    print(f"wrote {len(alld)} documents ({len(pos_docs)} with identifiers, {len(neg_docs)} without),"
          f" {len(pub)} public organisation numbers")
    if verbose:
        print(f"second template: {n_second}; negative context sentence: {n_ctx}")
        print("redraws:", dict(sorted(redraw.items())))
        vc = collections.Counter(v for _, v in pos_docs)
        print("documents per voice:", dict(sorted(vc.items())))
        slots = collections.Counter(k for k, d, s in kept_logs)
        dis = collections.defaultdict(collections.Counter)
        for k, d, s in kept_logs:
            if d:
                dis[k][d] += 1
        for k in sorted(slots):
            print(f"slots {k}: {slots[k]}, disguised {sum(dis[k].values())}: {dict(sorted(dis[k].items()))}")
        print("plates ending in O:", sum(1 for k, d, s in kept_logs if k == "plate" and s[-1:] in "Oo𝗢𝗼Ｏ"))
        for name, c in sorted(STATS.items()):
            print(name + ":", dict(sorted(c.items(), key=lambda x: -x[1])))
        print("templates:", len(T.POSITIVE), "positive +", len(T.CHAT), "chat,", len(T.NEGATIVE), "negative")
        print("template use (min/max):", min(tpl_use.values()), max(tpl_use.values()))


if __name__ == "__main__":
    main()
