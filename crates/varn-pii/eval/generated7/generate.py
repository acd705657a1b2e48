#!/usr/bin/env python3
"""Generate test.jsonl and public-org.tsv for generated7 (standard library only, fixed seed)."""
import collections, json, os, random, re, sys, unicodedata

from pools import (FAMILIES, DOMAINS, PLACE_STEMS, GEN_STEMS, ADJ, DIRS, ORDINALS, SAINTS, HYPH_PLACES,
                   APART_WORDS, DEF_WORDS, JOINED, TAILS, TOWNS, DISTRICTS, PLACES, AUTHORITIES, BRANDS,
                   PRODUCTS, CHARACTERS, SHIPS, MONTHS, WEEKDAYS, PUBLIC_PHONES, DNR_PREFIX, LAWS, AGE_BANDS)
from templates import POSITIVE, CHAT, NEGATIVE

SEED = 20261206
HERE = os.path.dirname(os.path.abspath(__file__))
N_DOCS = 2000
N_NEG = 667
VERBOSE = "-v" in sys.argv

rng = random.Random(SEED)
STATS = collections.defaultdict(collections.Counter)   # per attempt
TOTAL = collections.defaultdict(collections.Counter)   # accepted documents

# ---------------------------------------------------------------- helpers

def luhn_digit(nine):
    s = 0
    for i, ch in enumerate(nine):
        x = int(ch) * (2 if i % 2 == 0 else 1)
        s += x - 9 if x > 9 else x
    return str((10 - s % 10) % 10)


def lower(s):
    return s.replace("İ", "i").lower()


SUP = {"0": "\u2070", "1": "\u00b9", "2": "\u00b2", "3": "\u00b3", "4": "\u2074", "5": "\u2075",
       "6": "\u2076", "7": "\u2077", "8": "\u2078", "9": "\u2079"}


def digits_map(s, zero=None, table=None, every=1):
    out, k = [], 0
    for ch in s:
        if ch.isascii() and ch.isdigit():
            if k % every == 0:
                ch = table[ch] if table else chr(zero + int(ch))
            k += 1
        out.append(ch)
    return "".join(out)


CYR = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441", "x": "\u0445", "y": "\u0443",
       "A": "\u0410", "B": "\u0412", "E": "\u0415", "H": "\u041d", "K": "\u041a", "M": "\u041c", "O": "\u041e",
       "P": "\u0420", "C": "\u0421", "T": "\u0422", "X": "\u0425"}


def cyrillic(s, n=2):
    idx = [i for i, ch in enumerate(s) if ch in CYR]
    if not idx:
        return None
    chosen = sorted(rng.sample(idx, min(n, len(idx))))
    chars = list(s)
    for i in chosen:
        chars[i] = CYR[chars[i]]
    return "".join(chars)


def insert_between(s, ch, digits=False):
    ok = (lambda c: c.isdigit()) if digits else (lambda c: c.isalpha())
    idx = [i for i in range(1, len(s)) if ok(s[i - 1]) and ok(s[i])]
    if not idx:
        return None
    i = rng.choice(idx)
    return s[:i] + ch + s[i:]


def letter_map(s, up0, lo0, special=None):
    out = []
    for ch in s:
        if special and ch in special:
            out.append(special[ch])
        elif "A" <= ch <= "Z":
            out.append(chr(up0 + ord(ch) - 65))
        elif "a" <= ch <= "z":
            out.append(chr(lo0 + ord(ch) - 97))
        else:
            out.append(ch)
    return "".join(out)


DS_SPECIAL = {"C": "\u2102", "H": "\u210d", "N": "\u2115", "P": "\u2119", "Q": "\u211a", "R": "\u211d", "Z": "\u2124"}

# ---------------------------------------------------------------- disguises

def d_name(s, chat, genitive):
    words = s.split(" ")
    cands = {
        "Cyrillic look-alike letters": lambda: cyrillic(s),
        "leetspeak digits": lambda: (lambda t: t if t != s else None)(
            "".join({"a": "4", "e": "3", "i": "1", "o": "0", "A": "4", "E": "3", "I": "1", "O": "0"}.get(c, c) for c in s)),
        "circled letters": lambda: letter_map(s, 0x24B6, 0x24D0) if re.search("[A-Za-z]", s) else None,
        "mathematical monospace": lambda: letter_map(s, 0x1D670, 0x1D68A) if re.search("[A-Za-z]", s) else None,
        "mathematical double-struck": lambda: letter_map(s, 0x1D538, 0x1D552, DS_SPECIAL) if re.search("[A-Za-z]", s) else None,
        "zero-width non-joiner": lambda: insert_between(s, "\u200c"),
        "one vowel starred per word": lambda: star(s),
    }
    if not genitive and "." not in s:
        cands["reversed words"] = lambda: " ".join(rev_word(w) for w in words)
        cands["combining overline"] = lambda: "".join(c + ("\u0305" if c.isalpha() else "") for c in s)
    if len(words) > 1:
        cands["narrow no-break space between names"] = lambda: "\u202f".join(words)
        cands["tab between names"] = lambda: "\t".join(words)
        if not chat:
            cands["surname in capitals"] = lambda: words[0] + " " + " ".join(w.upper().replace("İ", "I") for w in words[1:])
    return cands


def rev_word(w):
    r = w[::-1]
    return r[:1].upper() + lower(r[1:]) if w[:1].isupper() else r


def star(s):
    out = []
    for w in s.split(" "):
        idx = [i for i, c in enumerate(w) if i > 0 and c.lower() in "aeiouyåäö"]
        if not idx:
            return None
        i = rng.choice(idx)
        out.append(w[:i] + "*" + w[i + 1:])
    return " ".join(out)


def d_number(s, kind):
    c = {
        "superscript digits": lambda: digits_map(s, table=SUP),
        "Persian digits": lambda: digits_map(s, zero=0x6F0),
        "full-width and ASCII digits mixed": lambda: digits_map(s, zero=0xFF10, every=2),
        "zero-width non-joiner": lambda: insert_between(s, "\u200c", digits=True),
        "pairs of digits": lambda: None if "+" in s else " ".join(
            re.sub(r"\D", "", s)[i:i + 2] for i in range(0, len(re.sub(r"\D", "", s)), 2)),
    }
    if "-" in s:
        c["em dash"] = lambda: s.replace("-", "\u2014")
        c["space for the dash"] = lambda: s.replace("-", " ")
        c["line separator after the dash"] = lambda: s.replace("-", "-\u2028")
        if kind != "organisationsnummer" and len(s) == 11:
            c["century in brackets"] = lambda: None
    return c


def d_phone(ph):
    digs = ph["digits"]
    area, rest = ph["area"], ph["rest"]
    s = ph["text"]
    words_no = ["null", "en", "to", "tre", "fire", "fem", "seks", "sju", "åtte", "ni"]
    words_sv = ["noll", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio"]
    return {
        "dots between groups": lambda: area + "." + ".".join(rest),
        "0046 prefix": lambda: "0046 " + area[1:] + " " + " ".join(rest),
        "slash after the area code": lambda: area + "/" + " ".join(rest),
        "area code in brackets": lambda: "(" + area + ") " + " ".join(rest),
        "superscript digits": lambda: digits_map(s, table=SUP),
        "Persian digits": lambda: digits_map(s, zero=0x6F0),
        "em dash": lambda: s.replace("-", "\u2014") if "-" in s else None,
        "Norwegian digit words": lambda: " ".join(words_no[int(d)] for d in digs),
        "Swedish digit words joined by hyphens": lambda: "-".join(words_sv[int(d)] for d in digs),
        "zero-width non-joiner": lambda: insert_between(s, "\u200c", digits=True),
    }


def d_email(s):
    local, dom = s.split("@")
    head, _, tld = dom.rpartition(".")
    return {
        "{at}": lambda: local + "{at}" + dom,
        "spaced @": lambda: local + " @ " + dom,
        "_at_": lambda: local + "_at_" + dom,
        "(at) and (dot)": lambda: local + "(at)" + head + "(dot)" + tld,
        "capitals": lambda: s.upper(),
        "Cyrillic look-alike letters": lambda: cyrillic(local, 1) and cyrillic(local, 1) + "@" + dom,
        "full-width full stop": lambda: local + "@" + head + "\uff0e" + tld,
    }


def d_address(a):
    s, street, num = a["text"], a["street"], a["num"]
    tail = s[len(street) + 1 + len(num):]
    return {
        "street words in title case": lambda: (lambda t: None if t == street else t + " " + num + tail)(
            " ".join(w[:1].upper() + w[1:] for w in street.split(" "))),
        "no space before the number": lambda: street + num + tail,
        "double space between words": lambda: street.replace(" ", "  ") + " " + num + tail if " " in street else None,
        "full-width house number": lambda: street + " " + digits_map(num, zero=0xFF10) + tail,
        "\"nummer\" before the number": lambda: street + " nummer " + num + tail,
        "Cyrillic look-alike letter": lambda: (lambda t: t and t + " " + num + tail)(cyrillic(street, 1)),
        "superscript house number": lambda: street + " " + digits_map(num, table=SUP) + tail,
        "zero-width non-joiner": lambda: (lambda t: t and t + " " + num + tail)(insert_between(street, "\u200c")),
    }


def d_postal(s):
    d = s.replace(" ", "")
    return {
        "SE- prefix": lambda: "SE-" + s,
        "S- prefix": lambda: "S-" + s,
        "hyphen inside": lambda: d[:3] + "-" + d[3:],
        "superscript digits": lambda: digits_map(s, table=SUP),
        "Persian digits": lambda: digits_map(s, zero=0x6F0),
        "mathematical double-struck digits": lambda: digits_map(s, zero=0x1D7D8),
        "zero-width non-joiner": lambda: insert_between(s, "\u200c", digits=True),
    }


def d_plate(p):
    s, bare = p["text"], p["bare"]
    return {
        "Cyrillic look-alike letters": lambda: cyrillic(s, 2),
        "circled letters": lambda: letter_map(s, 0x24B6, 0x24D0),
        "superscript digits": lambda: digits_map(s, table=SUP),
        "em dash": lambda: bare[:3] + "\u2014" + bare[3:],
        "slash": lambda: bare[:3] + "/" + bare[3:],
        "spaced characters": lambda: " ".join(bare),
        "lower case, no space": lambda: bare.lower(),
        "zero-width non-joiner": lambda: bare[:4] + "\u200c" + bare[4:],
    }


USE = collections.Counter()


def pick_disguise(cands, group):
    """Least-used disguise of the kind first (ties broken at random), so every disguise is drawn."""
    names = list(cands)
    rng.shuffle(names)
    names.sort(key=lambda n: USE[group, n])
    for n in names:
        v = cands[n]()
        if v:
            USE[group, n] += 1
            return n, v
    return None, None

# ---------------------------------------------------------------- identifiers

def pnr(coord=False):
    while True:
        old = rng.random() < 0.05
        y = rng.randint(1920, 1924) if old else rng.randint(1950, 2011)
        m = rng.randint(1, 12)
        mdays = [31, 29 if y % 4 == 0 and (y % 100 or y % 400 == 0) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
        d = rng.randint(1, mdays)
        if coord:
            d += 60
        serial = "%03d" % rng.randint(0, 999)
        nine = "%02d%02d%02d%s" % (y % 100, m, d, serial)
        ten = nine + luhn_digit(nine)
        if old:
            return ten[:6] + "+" + ten[6:], y
        r = rng.random()
        if r < 0.55:
            return ten[:6] + "-" + ten[6:], y
        if r < 0.70:
            return ten, y
        if r < 0.90:
            return str(y // 100) + ten[:6] + "-" + ten[6:], y
        return str(y // 100) + ten, y


PRIV_ORG = ["556", "559", "802", "769", "969", "717", "857"]
PUB_ORG = ["2120", "2321", "2021", "2520", "2220"]


def org(public=False):
    if public:
        nine = rng.choice(PUB_ORG) + "%05d" % rng.randint(0, 99999)
    else:
        nine = rng.choice(PRIV_ORG) + "%06d" % rng.randint(0, 999999)
    ten = nine + luhn_digit(nine)
    if not public and rng.random() < 0.1:
        return "16" + ten[:6] + "-" + ten[6:]
    return ten[:6] + "-" + ten[6:] if rng.random() < 0.85 else ten


def phone():
    r = rng.random()
    if r < 0.6:
        area = rng.choice(["070", "072", "073", "076"])
        rest = ["174", "06", "%02d" % rng.randint(5, 99)]
    elif r < 0.72:
        area, rest = "08", ["465", "004", "%02d" % rng.randint(0, 99)]
    elif r < 0.82:
        area, rest = "031", ["390", "06", "%02d" % rng.randint(0, 99)]
    elif r < 0.92:
        area, rest = "040", ["628", "04", "%02d" % rng.randint(0, 99)]
    else:
        area, rest = "0980", ["31", "94", "%02d" % rng.randint(0, 99)]
    digits = area + "".join(rest)
    f = rng.random()
    if f < 0.5:
        text = area + "-" + " ".join(rest)
    elif f < 0.65:
        text = area + " " + " ".join(rest)
    elif f < 0.77:
        text = digits
    elif f < 0.92:
        text = "+46 " + area[1:] + " " + " ".join(rest)
    else:
        text = "+46" + digits[1:]
    return {"text": text, "area": area, "rest": rest, "digits": digits}


def fold(s):
    s = s.replace("ı", "i").replace("ø", "o").replace("đ", "d").replace("Đ", "D").replace("ł", "l")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum() or c in "-")).lower()


def email(person):
    g, s = fold(person["given"]).replace("-", ""), fold(person["surname"]).replace("-", "")
    r = rng.randint(0, 4)
    local = [g + "." + s, g[0] + s, s + str(rng.randint(10, 99)), g + "_" + s[0], g + s[:3]][r]
    return local + "@" + rng.choice(DOMAINS)


def postal():
    d = "%d%04d" % (rng.randint(1, 9), rng.randint(0, 9999))
    return d[:3] + " " + d[3:] if rng.random() < 0.75 else d


PL = "ABCDEFGHJKLMNOPRSTUWXYZ"


def plate(force_o):
    letters = "".join(rng.choice(PL) for _ in range(3))
    last = "O" if force_o or rng.random() < 0.1 else (rng.choice(PL.replace("O", "")) if rng.random() < 0.4 else str(rng.randint(0, 9)))
    bare = letters + "%02d" % rng.randint(0, 99) + last
    r = rng.random()
    text = bare[:3] + " " + bare[3:] if r < 0.7 else (bare if r < 0.9 else bare[:3] + "-" + bare[3:])
    return {"text": text, "bare": bare, "o": last == "O"}


def address(with_tail):
    shape = rng.choice(["genitive + word apart", "place + word apart", "adjective + definite word",
                        "direction + genitive + word apart", "ordinal + word apart", "saint + word apart",
                        "hyphenated place + word apart", "adjective + place + word apart", "joined word",
                        "direction + joined word"])
    w = None
    if shape == "genitive + word apart":
        w = rng.choice(APART_WORDS); street = rng.choice(GEN_STEMS) + " " + w
    elif shape == "place + word apart":
        w = rng.choice(APART_WORDS); street = rng.choice(PLACE_STEMS) + " " + w
    elif shape == "adjective + definite word":
        w = rng.choice(DEF_WORDS); street = rng.choice(ADJ) + " " + w
    elif shape == "direction + genitive + word apart":
        w = rng.choice(APART_WORDS); street = rng.choice(DIRS) + " " + rng.choice(GEN_STEMS) + " " + w
    elif shape == "ordinal + word apart":
        w = rng.choice(["tvärgata", "tvärväg", "slinga", "stråk", "gränd"]); street = rng.choice(ORDINALS) + " " + w
    elif shape == "saint + word apart":
        w = rng.choice(APART_WORDS); street = rng.choice(SAINTS) + " " + w
    elif shape == "hyphenated place + word apart":
        w = rng.choice(APART_WORDS); street = rng.choice(HYPH_PLACES) + " " + w
    elif shape == "adjective + place + word apart":
        w = rng.choice(APART_WORDS); street = rng.choice(["Nya", "Gamla", "Lilla", "Stora"]) + " " + rng.choice(PLACE_STEMS) + " " + w
    elif shape == "joined word":
        street = rng.choice(JOINED)
    else:
        street = rng.choice(DIRS) + " " + rng.choice(JOINED)
    num = str(rng.randint(1, 160))
    r = rng.random()
    if r < 0.15:
        num += rng.choice("ABCD")
    elif r < 0.22:
        num += rng.choice("abc")
    tail = rng.choice(TAILS) if with_tail else ""
    return {"text": street + " " + num + tail, "street": street, "num": num, "shape": shape, "word": w}

# ---------------------------------------------------------------- persons

FAM_NAMES = list(FAMILIES)
FAM_W = [FAMILIES[f][0] for f in FAM_NAMES]


def new_person(used):
    for _ in range(100):
        fam = rng.choices(FAM_NAMES, FAM_W)[0]
        g = rng.choice(FAMILIES[fam][1])
        s = rng.choice(FAMILIES[fam][2])
        toks = set(g.split(" ")) | set(s.split(" "))
        if toks & used:
            continue
        used |= toks
        return {"family": fam, "given": g, "surname": s}
    raise SystemExit("no person")

# ---------------------------------------------------------------- filling

SLOT = re.compile(r"\{([A-Z]+[0-9]?)(?::([a-z]+))?\}")
P_NAME = 0.20
P_OTHER = 0.30
P_NUMBER = 0.40


def neg_fill(key):
    if key == "DATE":
        return "%d %s" % (rng.randint(1, 28), rng.choice(MONTHS))
    if key == "ISO":
        return "%d-%02d-%02d" % (rng.randint(2024, 2027), rng.randint(1, 12), rng.randint(1, 28))
    if key == "DNR":
        return "%s %d/%d" % (rng.choice(["Dnr " + p for p in DNR_PREFIX] + ["dnr " + p for p in DNR_PREFIX]),
                             rng.randint(2023, 2026), rng.randint(10, 2999))
    if key == "IA":
        return "IA-%d-%05d" % (rng.randint(2024, 2026), rng.randint(100, 99999))
    if key == "TIME":
        return "%02d.%02d" % (rng.randint(7, 23), rng.choice([0, 5, 15, 20, 30, 40, 45, 50]))
    if key in ("NUM", "NUM2"):
        return str(rng.randint(2019, 2026)) if key == "NUM" else str(rng.randint(12, 480))
    table = {"LAW": LAWS, "DIST": DISTRICTS, "PLACE": PLACES, "AUTH": AUTHORITIES, "BRAND": BRANDS,
             "PROD": PRODUCTS, "CHAR": CHARACTERS, "SHIP": SHIPS, "MONTH": MONTHS, "WDAY": WEEKDAYS,
             "PUB": PUBLIC_PHONES, "AGE": AGE_BANDS, "TOWN": TOWNS}
    return rng.choice(table[key])


def name_piece(person, mod, chat, voice):
    """Return list of (text, kind) for one person slot."""
    g, s = person["given"], person["surname"]
    form = mod
    gen = None
    if mod in ("gen", None, ""):
        form = rng.choices(["f", "g", "s"], [45, 35, 20])[0]
        gen = "s" if mod == "gen" else None
    elif mod == "gg":
        form, gen = "g", "s"
    elif mod == "sg":
        form, gen = "s", "s"
    elif mod == "ap":
        form, gen = "g", "'s"
    elif mod == "cg":
        form, gen = "g", ":s"
    if form == "rev":
        STATS["name form"]["surname, given"] += 1
        a, b = (lower(s), lower(g)) if chat else (s, g)
        return [(a, "name"), (", ", None), (b, "name")], person
    base = {"f": g + " " + s, "g": g, "s": s, "i": g[0] + ". " + s}[form]
    if chat:
        base = lower(base)
    STATS["name form"][{"f": "full", "g": "given", "s": "surname", "i": "initial + surname"}[form] + (" + genitive" if gen else "")] += 1
    STATS["family"][person["family"]] += 1
    text = base
    if rng.random() < P_NAME:
        dn, dv = pick_disguise(d_name(base, chat, bool(gen)), "name")
        if dn:
            text = dv
            STATS["disguise name"][dn] += 1
    out = [(text, "name")]
    if gen:
        if gen == "s" and re.sub(r"\W", "", unicodedata.normalize("NFKC", text))[-1:].lower() in ("s", "x", "z"):
            pass
        else:
            out.append((gen, None))
    return out, person


def fill(template, persons, used, chat, voice, doc):
    pieces = []
    pos = 0
    for m in SLOT.finditer(template):
        pieces.append((template[pos:m.start()].replace("{{", "{").replace("}}", "}"), None))
        pos = m.end()
        key, mod = m.group(1), m.group(2)
        if key.startswith("P") and key[1:].isdigit():
            if key not in persons:
                persons[key] = new_person(used)
            res, _ = name_piece(persons[key], mod, chat, voice)
            pieces.extend(res)
            STATS["slots"]["name"] += 1
            continue
        kind, text, dname, extra = None, None, None, None
        if key in ("PNR", "SAM"):
            kind = "personnummer" if key == "PNR" else "samordningsnummer"
            text, year = pnr(key == "SAM")
            if rng.random() < P_NUMBER:
                c = d_number(text, kind)
                if "century in brackets" in c:
                    c["century in brackets"] = lambda t=text, y=year: "(" + str(y // 100) + ")" + t
                dname, dv = pick_disguise(c, kind)
                text = dv if dname else text
        elif key in ("ORG", "ORGP"):
            kind = "organisationsnummer"
            text = org(key == "ORGP")
            if rng.random() < P_NUMBER:
                dname, dv = pick_disguise(d_number(text, kind), kind)
                text = dv if dname else text
            if key == "ORGP":
                doc["public_org"].append(text)
        elif key == "TEL":
            kind = "phone"
            ph = phone()
            text = ph["text"]
            if chat:
                pass
            if rng.random() < P_OTHER:
                dname, dv = pick_disguise(d_phone(ph), "phone")
                text = dv if dname else text
        elif key == "MAIL":
            kind = "email"
            p = persons.get("P1") or new_person(used)
            text = email(p)
            if rng.random() < P_OTHER:
                dname, dv = pick_disguise(d_email(text), "email")
                text = dv if dname else text
        elif key in ("ADDR", "ADDRT"):
            kind = "address"
            a = address(key == "ADDRT" or rng.random() < 0.1)
            if chat:
                a = {**a, "text": lower(a["text"]), "street": lower(a["street"])}
            STATS["address shape"][a["shape"]] += 1
            if a["word"]:
                STATS["street word"][a["word"]] += 1
            text = a["text"]
            if rng.random() < P_OTHER:
                dname, dv = pick_disguise(d_address(a), "address")
                text = dv if dname else text
        elif key == "POST":
            kind = "postal_code"
            text = postal()
            if rng.random() < P_OTHER:
                dname, dv = pick_disguise(d_postal(text), "postal")
                text = dv if dname else text
        elif key in ("PLATE", "PLATEO"):
            kind = "plate"
            p = plate(key == "PLATEO")
            if chat:
                p = {**p, "text": p["text"].lower(), "bare": p["bare"].lower()}
            text = p["text"]
            STATS["plates"]["ending in O" if p["o"] else "other"] += 1
            if rng.random() < P_OTHER:
                dname, dv = pick_disguise(d_plate(p), "plate")
                text = dv if dname else text
        else:
            pieces.append((neg_fill(key), None))
            continue
        STATS["slots"][kind] += 1
        if dname:
            STATS["disguise " + kind][dname] += 1
        pieces.append((text, kind))
    pieces.append((template[pos:].replace("{{", "{").replace("}}", "}"), None))
    return pieces

# ---------------------------------------------------------------- validation (check.py's rules and more)

def occurrences(text, sub):
    out, i = [], text.find(sub)
    while i >= 0:
        out.append((i, i + len(sub)))
        i = text.find(sub, i + 1)
    return out


def validate(text, spans):
    items = []
    for a, b, k, t in spans:
        if (k, t) not in items:
            items.append((k, t))
    occ = []
    for k, t in items:
        if not t.strip():
            return None, "empty"
        for a, b in occurrences(text, t):
            if not any(sa <= a and b <= sb for sa, sb, sk, st in spans if sk == k):
                return None, "stray occurrence"
            before = text[a - 1] if a > 0 else " "
            after = text[b:b + 2]
            if before.isalnum() or (after[:1].isalnum() and not (k == "name" and after[:1] == "s" and not after[1:2].isalpha())):
                return None, "inside token"
            occ.append((a, b, k, t))
    listed = {t for k, t in items if k == "name"}
    for k, t in items:
        if k != "name" or " " not in t:
            continue
        for w in t.split():
            if len(w) > 2 and w not in listed:
                for m in re.finditer(r"(?<!\w)" + re.escape(w) + r"(?!\w)", text):
                    if not any(a <= m.start() and m.end() <= b for a, b, kk, tt in occ if kk == "name"):
                        return None, "part alone"
    for i in range(len(occ)):
        for j in range(i + 1, len(occ)):
            a1, b1, k1, t1 = occ[i]
            a2, b2, k2, t2 = occ[j]
            if (k1, t1) == (k2, t2):
                continue
            if a1 < b2 and a2 < b1:
                if k1 == k2 == "name" and ((a1 <= a2 and b2 <= b1) or (a2 <= a1 and b1 <= b2)):
                    continue
                return None, "overlap"
    # digits of identity-like numbers must still be valid
    for k, t in items:
        if k in ("personnummer", "samordningsnummer", "organisationsnummer"):
            d = "".join(str(unicodedata.digit(c)) for c in unicodedata.normalize("NFKC", t) if unicodedata.digit(c, None) is not None)
            d = d[-10:]
            if len(d) != 10 or luhn_digit(d[:9]) != d[9]:
                return None, "bad number"
            if k == "organisationsnummer" and int(d[2]) < 2:
                return None, "bad org"
    return items, None

# ---------------------------------------------------------------- documents

def assemble(parts):
    text, spans = "", []
    for s, k in parts:
        if k:
            spans.append((len(text), len(text) + len(s), k, s))
        text += s
    return text, spans


def make_positive(voice, tpl):
    persons, used = {}, set()
    doc = {"public_org": []}
    chat = voice == "chat"
    parts = fill(tpl, persons, used, chat, voice, doc)
    extra = []
    if voice != "greeting" and rng.random() < 0.12:
        pool = CHAT if chat else POSITIVE[voice]
        t2 = rng.choice([t for t in pool if t != tpl])
        sep = "\n" if chat or "\n" in tpl or "\n" in t2 else " "
        extra.append(("second template", sep, fill(t2, persons, used, chat, voice, doc)))
    if voice in ("form", "inbox", "minutes", "survey", "grants") and rng.random() < 0.15:
        neg = fill(rng.choice(NEGATIVE), persons, used, False, voice, doc)
        extra.append(("negative context", "\n" if "\n" in tpl else " ", neg))
    for what, sep, p in extra:
        if what == "negative context" and rng.random() < 0.5:
            parts = p + [(sep, None)] + parts
        else:
            parts = parts + [(sep, None)] + p
        STATS["composition"][what] += 1
    return parts, doc


def escape_line(s):
    out = []
    for ch in s:
        o = ord(ch)
        if o > 0x7F and unicodedata.category(ch) in ("Cf", "Zs", "Zl", "Zp", "Cc", "Mn"):
            if o > 0xFFFF:
                o -= 0x10000
                out.append("\\u%04x\\u%04x" % (0xD800 + (o >> 10), 0xDC00 + (o & 0x3FF)))
            else:
                out.append("\\u%04x" % o)
        else:
            out.append(ch)
    return "".join(out)


def main():
    pos_templates = [(v, t) for v in POSITIVE for t in POSITIVE[v]] + [("chat", t) for t in CHAT]
    n_pos = N_DOCS - N_NEG
    order = []
    while len(order) < n_pos:
        r = pos_templates[:]
        rng.shuffle(r)
        order.extend(r)
    order = order[:n_pos]
    kinds = ["pos"] * n_pos + ["neg"] * N_NEG
    rng.shuffle(kinds)
    seen_texts = set()
    docs, public = [], []
    it = iter(order)
    redraw = collections.Counter()
    for idx, kind in enumerate(kinds, 1):
        did = "gc%04d" % idx
        if kind == "pos":
            voice, tpl = next(it)
            TOTAL["voice"][voice] += 1
        for attempt in range(200):
            STATS.clear()
            if kind == "pos":
                parts, doc = make_positive(voice, tpl)
            else:
                n = rng.choice([1, 1, 2, 2, 3])
                parts, doc = [], {"public_org": []}
                for j in range(n):
                    if j:
                        parts.append((" ", None))
                    parts.extend(fill(rng.choice(NEGATIVE), {}, set(), False, "neg", doc))
            text, spans = assemble(parts)
            if text in seen_texts:
                redraw["duplicate " + kind] += 1
                continue
            items, err = validate(text, spans)
            if err:
                redraw[err] += 1
                continue
            break
        else:
            raise SystemExit("could not draw " + did)
        seen_texts.add(text)
        for a in STATS:
            TOTAL[a].update(STATS[a])
        pii = [{"kind": k, "text": t} for k, t in items]
        docs.append({"id": did, "text": text, "pii": pii})
        for t in doc["public_org"]:
            if ("organisationsnummer", t) in items and (did, t) not in public:
                public.append((did, t))
    with open(os.path.join(HERE, "test.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for d in docs:
            f.write(escape_line(json.dumps(d, ensure_ascii=False)) + "\n")
    with open(os.path.join(HERE, "public-org.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("id\torganisationsnummer\n")
        for did, t in public:
            f.write(did + "\t" + escape_line(json.dumps(t, ensure_ascii=False)[1:-1]) + "\n")
    print("wrote %d documents, %d public organisation numbers" % (len(docs), len(public)))
    if VERBOSE:
        print("redraws:", dict(sorted(redraw.items())))
        for k in sorted(TOTAL):
            print("==", k, sum(TOTAL[k].values()))
            for a, b in TOTAL[k].most_common():
                print("   %-45s %d" % (a, b))
        print("templates: positive %d, chat %d, negative %d" % (
            sum(len(v) for v in POSITIVE.values()), len(CHAT), len(NEGATIVE)))
        print("characters:", sum(len(d["text"]) for d in docs))
        lc = sum(1 for d in docs for p in d["pii"] if p["kind"] == "name" and p["text"] == p["text"].lower())
        print("wholly lower-case name items:", lc)
        po = sum(1 for d in docs for p in d["pii"] if p["kind"] == "plate" and p["text"][-1:] in "Oo")
        print("plate items ending in O/o:", po)


if __name__ == "__main__":
    main()
