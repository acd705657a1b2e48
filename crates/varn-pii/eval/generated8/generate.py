#!/usr/bin/env python3
"""Generate test.jsonl (and public-org.tsv) for generated8. Standard library only.

Run: python3 generate.py [-v]
"""
import collections, json, os, random, re, sys, unicodedata

import pools as P
import templates as T

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261208
NDOCS = 2000
NNEG = 667
PREFIX = "gd"

ZWSP, ZWJ, SHY, WJ, NBSP = "\u200b", "\u200d", "\u00ad", "\u2060", "\u00a0"

# ------------------------------------------------------------------ helpers
def luhn(digits):
    s = 0
    for i, ch in enumerate(digits):
        x = int(ch) * (2 if i % 2 == 0 else 1)
        s += x - 9 if x > 9 else x
    return str((10 - s % 10) % 10)


def norm_digits(t):
    """NFKC, drop format characters, read every Unicode digit as its value."""
    t = unicodedata.normalize("NFKC", t)
    out = []
    for c in t:
        if unicodedata.category(c) == "Cf":
            continue
        d = unicodedata.digit(c, None)
        out.append(str(d) if d is not None else c)
    return "".join(out)


def digit_map(t, zero):
    return "".join(chr(zero + int(c)) if c.isascii() and c.isdigit() else c for c in t)


def fold_ascii(s):
    s = s.replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L")
    s = s.replace("ı", "i").replace("đ", "d").replace("æ", "ae")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def genitive(name):
    base = unicodedata.normalize("NFKC", name)
    base = "".join(c for c in base if unicodedata.category(c) != "Cf")
    return "" if base[-1:].lower() in ("s", "x", "z") else "s"


def inside(word, ch, rng):
    """insert ch between two letters/digits of word, never at an edge."""
    idx = [i for i in range(1, len(word)) if word[i - 1].isalnum() and word[i].isalnum()]
    if not idx:
        return None
    i = rng.choice(idx)
    return word[:i] + ch + word[i:]


# ------------------------------------------------------------------ identifiers
def rand_date(rng, y0, y1):
    y = rng.randint(y0, y1)
    m = rng.randint(1, 12)
    dim = [31, 29 if y % 4 == 0 and (y % 100 or y % 400 == 0) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return y, m, rng.randint(1, dim)


def gen_pnr(rng, samord=False):
    old = rng.random() < 0.05
    y, m, d = rand_date(rng, 1915, 1925) if old else rand_date(rng, 1942, 2011)
    if samord:
        d += 60
    body = f"{y % 100:02d}{m:02d}{d:02d}{rng.randint(0, 999):03d}"
    c = luhn(body)
    yymmdd, nnnn = body[:6], body[6:] + c
    if old:
        return f"{yymmdd}+{nnnn}"
    r = rng.random()
    if r < 0.50:
        return f"{yymmdd}-{nnnn}"
    if r < 0.65:
        return f"{yymmdd}{nnnn}"
    if r < 0.88:
        return f"{y // 100}{yymmdd}-{nnnn}"
    return f"{y // 100}{yymmdd}{nnnn}"


def gen_org(rng, public=False):
    if public:
        pre = rng.choice(["2120", "2321", "2021", "2220", "2520"])
        body = pre + f"{rng.randint(0, 99999):05d}"
    else:
        pre = rng.choice(["556", "559", "802", "769", "969", "717", "843"])
        body = pre + f"{rng.randint(0, 999999):06d}"
    num = body + luhn(body)
    r = rng.random()
    if r < 0.8:
        return f"{num[:6]}-{num[6:]}"
    if r < 0.93:
        return num
    return f"16{num[:6]}-{num[6:]}"


def gen_phone(rng):
    xx = rng.randint(5, 99)
    r = rng.random()
    if r < 0.72:
        pre = rng.choice(["070", "072", "073", "076"])
        f = rng.random()
        if f < 0.45:
            return f"{pre}-174 06 {xx:02d}"
        if f < 0.60:
            return f"{pre}-17406{xx:02d}"
        if f < 0.75:
            return f"{pre} 174 06 {xx:02d}"
        if f < 0.85:
            return f"+46 {pre[1:]} 174 06 {xx:02d}"
        if f < 0.90:
            return f"+46 (0){pre[1:]}-174 06 {xx:02d}"
        return f"{pre}17406{xx:02d}"
    return rng.choice([f"08-465 004 {xx:02d}", f"031-390 06 {xx:02d}", f"040-628 04 {xx:02d}",
                       f"0980-31 94 {xx:02d}"])


def gen_postal(rng):
    n = f"{rng.randint(1, 9)}{rng.randint(0, 9999):04d}"
    return f"{n[:3]} {n[3:]}" if rng.random() < 0.8 else n


PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUWXYZ"


def gen_plate(rng, force_o=False):
    letters = "".join(rng.choice(PLATE_LETTERS) for _ in range(3))
    digits = f"{rng.randint(0, 99):02d}"
    if force_o or rng.random() < 0.15:
        last = "O"
    elif rng.random() < 0.7:
        last = str(rng.randint(0, 9))
    else:
        last = rng.choice("ABCDEFGHJKLMNPRSTUWXYZ")
    r = rng.random()
    if r < 0.7:
        return f"{letters} {digits}{last}"
    if r < 0.9:
        return f"{letters}{digits}{last}"
    return f"{letters}-{digits}{last}"


def gen_address(rng, stats):
    r = rng.random()
    if r < 0.40:
        shape, street = "word + street word apart", f"{rng.choice(P.STREET_FIRST)} {rng.choice(P.STREET_APART)}"
    elif r < 0.52:
        shape, street = "prefix + word + street word apart", f"{rng.choice(P.STREET_PREFIX)} {rng.choice(P.STREET_FIRST)} {rng.choice(P.STREET_APART)}"
    elif r < 0.64:
        shape, street = "person's name + street word", f"{rng.choice(P.STREET_PERSON)} {rng.choice(P.STREET_PERSON_WORD)}"
    elif r < 0.76:
        shape, street = "title + genitive + street word", f"{rng.choice(P.STREET_TITLE)} {rng.choice(P.STREET_TITLE_WORD)}"
    else:
        shape, street = "one joined word", rng.choice(P.JOINED_A) + rng.choice(P.JOINED_B)
    n = rng.randint(1, 160)
    f = rng.random()
    if f < 0.12:
        num = f"{n}{rng.choice('ABCD')}"
    elif f < 0.17:
        num = f"{n} {rng.choice('ABC')}"
    elif f < 0.22:
        num = f"{n}\u2013{n + 2}"
    else:
        num = str(n)
    tail = rng.choice(P.ADDRESS_TAILS) if rng.random() < 0.2 else ""
    stats["address shape"][shape] += 1
    w = street.split()[-1]
    if " " in street:
        stats["street word apart"][w] += 1
    return street, num, tail


def gen_mail(rng, person):
    g = fold_ascii(person["g"]).lower().replace(" ", "")
    s = fold_ascii(person["s"]).lower().replace(" ", "").replace("-", "")
    f = rng.random()
    if f < 0.35:
        local = f"{g}.{s}"
    elif f < 0.55:
        local = f"{g[0]}.{s}"
    elif f < 0.70:
        local = f"{g}{s}"
    elif f < 0.85:
        local = f"{g}_{s[:3]}"
    else:
        local = f"{g}{rng.randint(10, 99)}"
    return local, rng.choice(P.MAIL_DOMAINS)


# ------------------------------------------------------------------ disguises
FW = lambda c: chr(ord(c) - 0x21 + 0xFF01) if "!" <= c <= "~" else c


def mathmap(t, A, a):
    out = []
    for c in t:
        if "A" <= c <= "Z":
            out.append(chr(A + ord(c) - 65))
        elif "a" <= c <= "z":
            out.append(chr(a + ord(c) - 97))
        else:
            out.append(c)
    return "".join(out)


GREEK = {"A": "\u0391", "B": "\u0392", "E": "\u0395", "H": "\u0397", "I": "\u0399", "K": "\u039a",
         "M": "\u039c", "N": "\u039d", "O": "\u039f", "P": "\u03a1", "T": "\u03a4", "X": "\u03a7",
         "Y": "\u03a5", "Z": "\u0396", "o": "\u03bf"}


def greek(t, rng, most=2):
    idx = [i for i, c in enumerate(t) if c in GREEK]
    if not idx:
        return None
    pick = sorted(rng.sample(idx, min(len(idx), rng.randint(1, most))))
    l = list(t)
    for i in pick:
        l[i] = GREEK[l[i]]
    return "".join(l)


def in_a_word(t, ch, rng):
    words = t.split(" ")
    cand = [i for i, w in enumerate(words) if len(w) >= 3]
    if not cand:
        return None
    i = rng.choice(cand)
    w = inside(words[i], ch, rng)
    if w is None:
        return None
    words[i] = w
    return " ".join(words)


def name_disguise(kind, t, rng, full):
    if kind == "capitals":
        return t.upper()
    if kind == "lower case":
        return t.lower()
    if kind == "alternating case":
        out, up = [], False
        for c in t:
            if c.isalpha():
                out.append(c.upper() if up else c.lower())
                up = not up
            else:
                out.append(c)
        return "".join(out)
    if kind == "full-width letters":
        return "".join(FW(c) if c.isascii() and c.isalpha() else c for c in t) if re.search("[A-Za-z]", t) else None
    if kind == "mathematical bold":
        return mathmap(t, 0x1D400, 0x1D41A) if re.search("[A-Za-z]", t) else None
    if kind == "mathematical sans-serif":
        return mathmap(t, 0x1D5A0, 0x1D5BA) if re.search("[A-Za-z]", t) else None
    if kind == "Greek look-alike letters":
        return greek(t, rng)
    if kind == "zero-width space":
        return in_a_word(t, ZWSP, rng)
    if kind == "zero-width joiner":
        return in_a_word(t, ZWJ, rng)
    if kind == "soft hyphen":
        return in_a_word(t, SHY, rng)
    if kind == "word joiner":
        return in_a_word(t, WJ, rng)
    if kind == "no-break space between names":
        return t.replace(" ", NBSP) if full and " " in t else None
    if kind == "underscore between names":
        return t.replace(" ", "_") if full and " " in t and "." not in t else None
    if kind == "hyphenated across a line":
        words = t.split(" ")
        cand = [i for i, w in enumerate(words) if len(w) >= 6 and w.isalpha()]
        if not cand:
            return None
        i = rng.choice(cand)
        w = words[i]
        k = len(w) // 2
        words[i] = w[:k] + "-\n" + w[k:]
        return " ".join(words)
    raise KeyError(kind)


NAME_DIS = ["capitals", "lower case", "alternating case", "full-width letters", "mathematical bold",
            "mathematical sans-serif", "Greek look-alike letters", "zero-width space",
            "zero-width joiner", "soft hyphen", "word joiner", "no-break space between names",
            "underscore between names", "hyphenated across a line"]
CHAT_NAME_DIS = ["zero-width space", "zero-width joiner", "soft hyphen", "word joiner"]

PNR_DIS = ["newline after the dash", "CRLF inside", "no-break spaces around the dash", "dots in the date",
           "slash for the dash", "every digit spaced", "zero-width space", "soft hyphen", "word joiner",
           "full-width digits", "Arabic-Indic digits", "en dash", "minus sign", "non-breaking hyphen"]
ORG_DIS = ["every digit spaced", "no-break spaces around the dash", "zero-width space", "full-width digits",
           "Arabic-Indic digits", "en dash", "VAT number", "word joiner"]


def number_disguise(kind, t, rng):
    dash = "-" in t
    plus = "+" in t
    sep = "+" if plus else "-"
    if kind == "newline after the dash":
        return t.replace(sep, sep + "\n", 1) if (dash or plus) else None
    if kind == "CRLF inside":
        if dash or plus:
            return t.replace(sep, "\r\n" + sep, 1)
        return t[:-4] + "\r\n" + t[-4:]
    if kind == "no-break spaces around the dash":
        return t.replace("-", NBSP + "-" + NBSP, 1) if dash else None
    if kind == "dots in the date":
        m = re.fullmatch(r"(\d\d)?(\d\d)(\d\d)(\d\d)([-+]?)(\d{4})", t)
        if not m:
            return None
        return f"{m.group(1) or ''}{m.group(2)}.{m.group(3)}.{m.group(4)}{m.group(5) or '-'}{m.group(6)}"
    if kind == "slash for the dash":
        return t.replace("-", "/") if dash else t[:-4] + "/" + t[-4:]
    if kind == "every digit spaced":
        return " ".join(c for c in t if c != " ")
    if kind in ("zero-width space", "soft hyphen", "word joiner"):
        ch = {"zero-width space": ZWSP, "soft hyphen": SHY, "word joiner": WJ}[kind]
        return inside(t, ch, rng)
    if kind == "full-width digits":
        return digit_map(t, 0xFF10)
    if kind == "Arabic-Indic digits":
        return digit_map(t, 0x660)
    if kind == "en dash":
        return t.replace("-", "\u2013") if dash else None
    if kind == "minus sign":
        return t.replace("-", "\u2212") if dash else None
    if kind == "non-breaking hyphen":
        return t.replace("-", "\u2011") if dash else None
    if kind == "VAT number":
        d = re.sub(r"\D", "", t)[-10:]
        return f"SE{d}01"
    raise KeyError(kind)


WORDS = ["noll", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio"]
PHONE_DIS = ["every digit spaced", "Swedish digit words", "area code in words", "zero-width space",
             "full-width digits", "Arabic-Indic digits", "no-break spaces", "dashes between groups",
             "word joiner"]


def phone_disguise(kind, t, rng):
    nat = t
    if t.startswith("+46"):
        nat = "0" + re.sub(r"\(0\)", "", t[3:]).strip()
    digits = re.sub(r"\D", "", nat)
    if kind == "every digit spaced":
        return " ".join(digits)
    if kind == "Swedish digit words":
        return " ".join(WORDS[int(c)] for c in digits)
    if kind == "area code in words":
        m = re.match(r"(0\d+)[- ](.*)$", nat)
        if not m:
            return None
        return " ".join(WORDS[int(c)] for c in m.group(1)) + ", " + m.group(2)
    if kind in ("zero-width space", "word joiner"):
        return inside(t, ZWSP if kind == "zero-width space" else WJ, rng)
    if kind == "full-width digits":
        return digit_map(t, 0xFF10)
    if kind == "Arabic-Indic digits":
        return digit_map(t, 0x660)
    if kind == "no-break spaces":
        return t.replace(" ", NBSP) if " " in t else None
    if kind == "dashes between groups":
        m = re.match(r"(0\d+)-(\d+) (\d\d) (\d\d)$", nat)
        if m:
            return "-".join(m.groups())
        m = re.match(r"(0\d+)-(\d\d\d) (\d\d\d) (\d\d)$", nat)
        if m:
            return "-".join(m.groups())
        return None
    raise KeyError(kind)


MAIL_DIS = ["' at ' and ' dot '", "' at '", "(at)", "[at]", "full-width at sign", "zero-width space",
            "' snabel-a '", "(at) and (punkt)", "capital ' AT '"]


def mail_disguise(kind, local, dom, rng):
    if kind == "' at ' and ' dot '":
        return f"{local} at {dom.replace('.', ' dot ')}"
    if kind == "' at '":
        return f"{local} at {dom}"
    if kind == "(at)":
        return f"{local}(at){dom}"
    if kind == "[at]":
        return f"{local} [at] {dom}"
    if kind == "full-width at sign":
        return f"{local}\uff20{dom}"
    if kind == "zero-width space":
        l2 = inside(local, ZWSP, rng)
        return f"{l2}@{dom}" if l2 else None
    if kind == "' snabel-a '":
        return f"{local} snabel-a {dom}"
    if kind == "(at) and (punkt)":
        return f"{local}(at){dom.replace('.', '(punkt)')}"
    if kind == "capital ' AT '":
        return f"{local} AT {dom}"
    raise KeyError(kind)


ADDR_DIS = ["lower case", "capitals", "zero-width space in the street", "soft hyphen in the street",
            "full-width house number", "no-break space before the number", "Arabic-Indic house number",
            "'nr' before the number"]


def addr_disguise(kind, street, num, tail, rng):
    if kind == "lower case":
        return f"{street} {num}{tail}".lower()
    if kind == "capitals":
        return f"{street} {num}{tail}".upper()
    if kind in ("zero-width space in the street", "soft hyphen in the street"):
        s2 = in_a_word(street, ZWSP if "zero" in kind else SHY, rng)
        return f"{s2} {num}{tail}" if s2 else None
    if kind == "full-width house number":
        return f"{street} {digit_map(num, 0xFF10)}{tail}"
    if kind == "no-break space before the number":
        return f"{street}{NBSP}{num}{tail}"
    if kind == "Arabic-Indic house number":
        return f"{street} {digit_map(num, 0x660)}{tail}"
    if kind == "'nr' before the number":
        return f"{street} nr {num}{tail}"
    raise KeyError(kind)


POST_DIS = ["full-width digits", "Arabic-Indic digits", "no-break space inside", "every digit spaced",
            "'SE' and a space before", "zero-width space"]


def post_disguise(kind, t, rng):
    if kind == "full-width digits":
        return digit_map(t, 0xFF10)
    if kind == "Arabic-Indic digits":
        return digit_map(t, 0x660)
    if kind == "no-break space inside":
        return t.replace(" ", NBSP) if " " in t else None
    if kind == "every digit spaced":
        return " ".join(c for c in t if c != " ")
    if kind == "'SE' and a space before":
        return "SE " + t
    if kind == "zero-width space":
        return inside(t, ZWSP, rng)
    raise KeyError(kind)


PLATE_DIS = ["zero-width space", "lower case", "full-width characters", "dot for the space",
             "no-break space", "Greek look-alike letters", "soft hyphen"]


def plate_disguise(kind, t, rng):
    if kind == "zero-width space":
        return inside(t, ZWSP, rng)
    if kind == "soft hyphen":
        return inside(t, SHY, rng)
    if kind == "lower case":
        return t.lower()
    if kind == "full-width characters":
        return "".join(FW(c) if c.isascii() and c.isalnum() else c for c in t)
    if kind == "dot for the space":
        return t.replace(" ", ".") if " " in t else None
    if kind == "no-break space":
        return t.replace(" ", NBSP) if " " in t else None
    if kind == "Greek look-alike letters":
        g = greek(t[:3], rng)
        return g + t[3:] if g else None
    raise KeyError(kind)


DIS_P = {"name": 0.18, "personnummer": 0.38, "samordningsnummer": 0.38, "organisationsnummer": 0.38,
         "phone": 0.32, "email": 0.32, "address": 0.30, "postal_code": 0.30, "plate": 0.32}


# ------------------------------------------------------------------ generator
class Gen:
    def __init__(self):
        self.rng = random.Random(SEED)
        self.dis_count = collections.defaultdict(collections.Counter)
        self.stats = collections.defaultdict(collections.Counter)

    def pick_dis(self, kind, options, fn, pending):
        """least used disguise (committed + this document) that fits; None if none fits."""
        rng = self.rng
        order = sorted(options, key=lambda o: (self.dis_count[kind][o] + pending[kind][o], rng.random()))
        for o in order:
            v = fn(o)
            if v is not None:
                pending[kind][o] += 1
                return o, v
        return None, None

    def person(self, used):
        rng = self.rng
        fams = list(P.FAMILIES)
        weights = [P.FAMILIES[f][0] for f in fams]
        for _ in range(100):
            fam = rng.choices(fams, weights)[0]
            _, gs, ss = P.FAMILIES[fam]
            g, s = rng.choice(gs), rng.choice(ss)
            if g in used or s in used:
                continue
            used.update([g, s])
            return {"fam": fam, "g": g, "s": s}
        raise RuntimeError("no person")

    def filler(self, key):
        rng = self.rng
        if key == "DATE":
            return f"{rng.randint(1, 28)} {rng.choice(P.MONTHS)}"
        if key == "ISO":
            return f"{rng.randint(2023, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        if key == "DNR":
            return f"{rng.choice(P.DNR_PREFIX)} {rng.randint(2019, 2026)}/{rng.randint(10, 3999)}"
        if key == "LAW":
            return rng.choice(P.LAWS)
        if key == "DIST":
            return rng.choice(P.DISTRICTS)
        if key == "PLACE":
            return rng.choice(P.PUBLIC_PLACES)
        if key == "AUTH":
            return rng.choice(P.AUTHORITIES)
        if key == "UNIT":
            return rng.choice(P.UNITS)
        if key == "BRAND":
            return rng.choice(P.BRANDS)
        if key == "PUB":
            return rng.choice(P.PUBLIC_PHONES)
        if key == "N":
            return str(rng.randint(2, 48))
        if key == "TIME":
            return f"{rng.randint(7, 23)}.{rng.choice(['00', '05', '15', '20', '30', '40', '45', '55'])}"
        if key == "DAY":
            return rng.choice(P.WEEKDAYS)
        if key == "MON":
            return rng.choice(P.MONTHS)
        if key == "AGE":
            return rng.choice(P.AGE_BANDS)
        if key == "IA":
            return f"IA-{rng.randint(2023, 2026)}-{rng.randint(10000, 99999)}"
        if key == "KR":
            return f"{rng.randint(2, 95)} {rng.randint(0, 9)}00"
        if key == "YEAR":
            return str(rng.randint(2015, 2026))
        if key == "TOWN":
            return rng.choice(P.TOWNS)
        if key == "PLIKE":
            return rng.choice(P.PLATE_LIKE)
        raise KeyError(key)

    # --- slot renderers: return (text, kind or None, disguise name or None, extra)
    def name_slot(self, person, form, chat, pending):
        rng = self.rng
        gen = form in ("G", "gG", "sG", "fG")
        base = {"G": None, "gG": "g", "sG": "s", "fG": "f"}.get(form, form)
        if base is None:
            r = rng.random()
            base = "f" if r < 0.45 else ("g" if r < 0.80 else "s")
        if base == "f":
            t, full, label = f"{person['g']} {person['s']}", True, "full name"
        elif base == "g":
            t, full, label = person["g"], False, "given name"
        elif base == "s":
            t, full, label = person["s"], False, "surname"
        elif base == "i":
            t, full, label = f"{person['g'][0]}. {person['s']}", False, "initial + surname"
        else:
            raise KeyError(form)
        if gen:
            label += " in the genitive"
        if chat:
            t = t.lower()
        dis = None
        if rng.random() < DIS_P["name"]:
            opts = CHAT_NAME_DIS if chat else NAME_DIS
            if gen:
                opts = [o for o in opts if o not in ("hyphenated across a line",)]
            dis, v = self.pick_dis("name", opts, lambda o: (lambda r: None if r == t else r)(name_disguise(o, t, rng, full)), pending)
            if dis:
                t = v
        self.cur_stats["name form"][label] += 1
        self.cur_stats["family"][person["fam"]] += 1
        suffix = genitive(t) if gen else ""
        return t, suffix, dis

    def render(self, tpl, persons, chat, pending, slots_out, parts):
        rng = self.rng
        pos = 0
        for m in re.finditer(r"\{([A-Z]+)([0-9]?)(?::([a-zA-Z]+))?\}", tpl):
            parts.append((tpl[pos:m.start()], None, None))
            key, idx, form = m.group(1), m.group(2), m.group(3)
            pos = m.end()
            if key == "P":
                person = persons[int(idx) - 1]
                t, suf, dis = self.name_slot(person, form, chat, pending)
                parts.append((t, "name", dis))
                if suf:
                    parts.append((suf, None, None))
                continue
            kind, t, dis = None, None, None
            if key in ("PNR", "SAM"):
                kind = "personnummer" if key == "PNR" else "samordningsnummer"
                t = gen_pnr(rng, key == "SAM")
                plain = t
                if rng.random() < DIS_P[kind]:
                    dis, v = self.pick_dis(kind, PNR_DIS, lambda o: number_disguise(o, plain, rng), pending)
                    t = v or t
                self.cur_checks.append((kind, t))
            elif key in ("ORG", "ORGP"):
                kind = "organisationsnummer"
                t = gen_org(rng, key == "ORGP")
                plain = t
                if rng.random() < DIS_P[kind]:
                    dis, v = self.pick_dis(kind, ORG_DIS, lambda o: number_disguise(o, plain, rng), pending)
                    t = v or t
                self.cur_checks.append((kind, t))
                if key == "ORGP":
                    self.cur_public.append(t)
            elif key == "TEL":
                kind = "phone"
                t = gen_phone(rng)
                plain = t
                if rng.random() < DIS_P[kind]:
                    dis, v = self.pick_dis(kind, PHONE_DIS, lambda o: phone_disguise(o, plain, rng), pending)
                    t = v or t
            elif key == "MAIL":
                kind = "email"
                person = persons[int(idx) - 1] if idx else persons[0]
                local, dom = gen_mail(rng, person)
                t = f"{local}@{dom}"
                if rng.random() < DIS_P[kind]:
                    dis, v = self.pick_dis(kind, MAIL_DIS, lambda o: mail_disguise(o, local, dom, rng), pending)
                    t = v or t
            elif key == "ADR":
                kind = "address"
                street, num, tail = gen_address(rng, self.cur_stats)
                t = f"{street} {num}{tail}"
                if chat:
                    t = t.lower()
                elif rng.random() < DIS_P[kind]:
                    dis, v = self.pick_dis(kind, ADDR_DIS, lambda o: addr_disguise(o, street, num, tail, rng), pending)
                    t = v or t
            elif key == "POST":
                kind = "postal_code"
                t = gen_postal(rng)
                plain = t
                if rng.random() < DIS_P[kind]:
                    dis, v = self.pick_dis(kind, POST_DIS, lambda o: post_disguise(o, plain, rng), pending)
                    t = v or t
            elif key in ("PLATE", "PLATEO"):
                kind = "plate"
                t = gen_plate(rng, key == "PLATEO")
                plain = t
                if chat:
                    t = t.lower()
                elif rng.random() < DIS_P[kind]:
                    dis, v = self.pick_dis(kind, PLATE_DIS, lambda o: plate_disguise(o, plain, rng), pending)
                    t = v or t
            else:
                parts.append((self.filler(key), None, None))
                continue
            parts.append((t, kind, dis))
        parts.append((tpl[pos:], None, None))

    def make_positive(self, voice, tpl, chat):
        rng = self.rng
        used = set()
        persons = [self.person(used) for _ in range(4)]
        pending = collections.defaultdict(collections.Counter)
        self.cur_stats = collections.defaultdict(collections.Counter)
        self.cur_checks, self.cur_public = [], []
        parts = []
        tpls = [tpl]
        second = None
        if rng.random() < 0.12 and voice != "sign":
            pool = T.CHAT if chat else [t for v, t in T.POSITIVE if v == voice and t != tpl]
            second = rng.choice(pool)
            tpls.append(second)
        neg = None
        if not chat and voice in ("form", "coord", "minutes", "survey", "grants") and rng.random() < 0.12:
            neg = (rng.choice(T.NEGATIVE), rng.random() < 0.5)
        seq = []
        if neg and neg[1]:
            seq.append(("neg", neg[0]))
        for t in tpls:
            seq.append(("pos", t))
        if neg and not neg[1]:
            seq.append(("neg", neg[0]))
        for i, (what, t) in enumerate(seq):
            if i:
                prev = seq[i - 1][1]
                parts.append(("\n" if chat or "\n" in prev or "\n" in t else " ", None, None))
            self.render(t, persons, chat, pending, None, parts)
        text = "".join(p[0] for p in parts)
        if chat:
            pass
        spans, off = [], 0
        for t, kind, dis in parts:
            if kind:
                spans.append((off, off + len(t), kind, t, dis))
            off += len(t)
        return text, spans, pending, {"second": second is not None, "neg": neg is not None}

    def make_negative(self):
        rng = self.rng
        k = rng.choice([1, 1, 2, 2, 2, 3])
        sents = rng.sample(T.NEGATIVE, k)
        self.cur_stats = collections.defaultdict(collections.Counter)
        self.cur_checks, self.cur_public = [], []
        parts = []
        for i, s in enumerate(sents):
            if i:
                parts.append((" ", None, None))
            self.render(s, [], False, collections.defaultdict(collections.Counter), None, parts)
        return "".join(p[0] for p in parts)

    # --- validation
    def validate(self, text, spans):
        items = []
        seen = set()
        for a, b, k, t, dis in spans:
            if (k, t) not in seen:
                seen.add((k, t))
                items.append({"kind": k, "text": t})
        for it in items:
            k, t = it["kind"], it["text"]
            i = text.find(t)
            while i >= 0:
                e = i + len(t)
                if not any(a <= i and e <= b and kk == k for a, b, kk, tt, d in spans):
                    return None, f"occurrence outside a {k} slot: {t!r}"
                before = text[i - 1] if i > 0 else " "
                after = text[e:e + 2]
                if before.isalnum() or (after[:1].isalnum() and not (k == "name" and after[:1] == "s" and not after[1:2].isalpha())):
                    return None, f"inside a longer token: {t!r}"
                i = text.find(t, i + 1)
        for x in range(len(spans)):
            for y in range(x + 1, len(spans)):
                a1, b1, k1, t1, _ = spans[x]
                a2, b2, k2, t2, _ = spans[y]
                if a1 < b2 and a2 < b1 and k1 != k2:
                    return None, "overlap"
        listed = {t for k, t in seen if k == "name"}
        for k, t in seen:
            if k == "name" and " " in t:
                for w in t.split():
                    if len(w) > 2 and w not in listed:
                        for m in re.finditer(r"(?<!\w)" + re.escape(w) + r"(?!\w)", text):
                            if not any(a <= m.start() and m.end() <= b for a, b, kk, tt, d in spans if kk == "name"):
                                return None, "name part alone"
        for kind, t in self.cur_checks:
            if kind != "organisationsnummer" or not t.startswith("SE"):
                d = re.sub(r"\D", "", norm_digits(t))
            else:
                d = t[2:12]
            if len(d) == 12:
                d = d[2:]
            if len(d) != 10 or luhn(d[:9]) != d[9]:
                # digits written in words are not checked
                if not re.search("[a-zåäö]{3}", t):
                    raise RuntimeError(f"bad number {t!r}")
            if kind == "organisationsnummer" and int(d[2]) < 2:
                raise RuntimeError(f"bad org {t!r}")
        # phones must come from the fiction ranges
        for a, b, k, t, dis in spans:
            if k == "phone" and not dis:
                d = re.sub(r"\D", "", t.replace("(0)", ""))
                if d.startswith("46"):
                    d = "0" + d[2:]
                if not re.fullmatch(r"07[0236]17406\d\d|0846500\d\d\d|03139006\d\d|04062804\d\d|0980319\d\d\d", d):
                    raise RuntimeError(f"phone {t!r}")
            if k == "email" and ".example" not in t and " dot example" not in t and "(punkt)example" not in t:
                raise RuntimeError(f"mail {t!r}")
        return items, None

    def run(self, verbose=False):
        rng = self.rng
        kinds = ["neg"] * NNEG + ["pos"] * (NDOCS - NNEG)
        rng.shuffle(kinds)
        firsts = [(v, t, False) for v, t in T.POSITIVE] + [("chat", t, True) for t in T.CHAT]
        queue = []
        docs, texts, public = [], set(), []
        redraw = collections.Counter()
        for n, what in enumerate(kinds, 1):
            did = f"{PREFIX}{n:04d}"
            if what == "neg":
                for _ in range(200):
                    text = self.make_negative()
                    if text not in texts:
                        break
                    redraw["negative duplicate"] += 1
                texts.add(text)
                docs.append({"id": did, "text": text, "pii": []})
                self.stats["voice"]["without identifiers"] += 1
                continue
            if not queue:
                queue = firsts[:]
                rng.shuffle(queue)
            voice, tpl, chat = queue.pop()
            for attempt in range(200):
                text, spans, pending, info = self.make_positive(voice, tpl, chat)
                items, why = self.validate(text, spans)
                if items is None:
                    redraw[why.split(":")[0]] += 1
                    continue
                if text in texts:
                    redraw["duplicate"] += 1
                    continue
                break
            else:
                raise RuntimeError(f"{did}: no valid draw for {tpl!r}")
            texts.add(text)
            for k, c in pending.items():
                self.dis_count[k].update(c)
            for k, c in self.cur_stats.items():
                self.stats[k].update(c)
            self.stats["voice"][voice] += 1
            self.stats["first template"][tpl] += 1
            if info["second"]:
                self.stats["composition"]["second template"] += 1
            if info["neg"]:
                self.stats["composition"]["negative sentence added"] += 1
            for a, b, k, t, dis in spans:
                self.stats["slots"][k] += 1
                if dis:
                    self.stats["disguised slots"][k] += 1
            for it in items:
                if it["kind"] == "plate":
                    self.stats["plates"]["items"] += 1
                    if t_end_o(it["text"]):
                        self.stats["plates"]["ending in O/o"] += 1
            for t in self.cur_public:
                if any(it["text"] == t and it["kind"] == "organisationsnummer" for it in items):
                    public.append((did, t))
            docs.append({"id": did, "text": text, "pii": items})
        public = list(dict.fromkeys(public))
        self.redraw = redraw
        return docs, public


def t_end_o(t):
    t = unicodedata.normalize("NFKC", t)
    t = "".join(c for c in t if unicodedata.category(c) != "Cf")
    return t[-1:] in ("O", "o", "\u039f")


def esc(s):
    out = []
    for c in s:
        if ord(c) > 0x7F and unicodedata.category(c) in ("Cf", "Zs", "Zl", "Zp", "Cc", "Mn"):
            out.append("\\u%04x" % ord(c))
        else:
            out.append(c)
    return "".join(out)


def main():
    verbose = "-v" in sys.argv
    g = Gen()
    docs, public = g.run(verbose)
    with open(os.path.join(HERE, "test.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for d in docs:
            f.write(esc(json.dumps(d, ensure_ascii=False)) + "\n")
    with open(os.path.join(HERE, "public-org.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("id\torganisationsnummer\n")
        for did, t in public:
            f.write(f"{did}\t{esc(t)}\n")
    npos = sum(1 for d in docs if d["pii"])
    print(f"wrote {len(docs)} documents ({npos} with identifiers) to test.jsonl, "
          f"{len(public)} public organisation numbers to public-org.tsv")
    if verbose:
        print("redraws:", dict(g.redraw))
        for k in ["composition", "voice", "slots", "disguised slots", "plates", "name form", "family",
                  "address shape", "street word apart"]:
            print(f"{k}:")
            for kk, v in g.stats[k].most_common():
                print(f"  {kk}: {v}")
        print("disguises:")
        for k, c in g.dis_count.items():
            print(f"  {k}: " + ", ".join(f"{o} {n}" for o, n in c.most_common()))
        print("first-template uses: min", min(g.stats["first template"].values()),
              "max", max(g.stats["first template"].values()),
              "templates", len(g.stats["first template"]))


if __name__ == "__main__":
    main()
