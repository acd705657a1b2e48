#!/usr/bin/env python3
"""Generate test.jsonl: the template-generated evaluation corpus generated3 for the Värn PII guard.

Python standard library only, fixed seed, deterministic. Run `python3 generate.py [-v]`.
"""
import collections, json, os, random, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from pools import POOLS          # noqa: E402
from templates import POSITIVE, NEGATIVE  # noqa: E402

SEED = 20261202
NDOCS = 2000
NNEG = 667
DISGUISE_P = 0.20
INVISIBLE = ["\u00a0", "\u200b", "\u200d", "\u00ad", "\u2060", "\ufeff"]

R = random.Random(SEED)


class Rounds:
    """Draw from a list in shuffled rounds, so every element is used evenly."""
    def __init__(self, items):
        self.items = list(items)
        self.queue = []

    def next(self):
        if not self.queue:
            self.queue = list(self.items)
            R.shuffle(self.queue)
        return self.queue.pop()


# ---------------------------------------------------------------- identifiers
def luhn(digits):
    s = 0
    for i, ch in enumerate(digits):
        x = int(ch) * (2 if i % 2 == 0 else 1)
        s += x - 9 if x > 9 else x
    return str((10 - s % 10) % 10)


DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def idnum(coord=False):
    y = R.randint(1946, 2011)
    m = R.randint(1, 12)
    d = R.randint(1, DAYS[m - 1])
    dd = d + 60 if coord else d
    serial = "%03d" % R.randint(2, 998)
    core = "%02d%02d%02d%s" % (y % 100, m, dd, serial)
    full = core + luhn(core)
    cent = str(y // 100)
    f = R.random()
    if f < 0.55:
        return full[:6] + "-" + full[6:]
    if f < 0.70:
        return full
    if f < 0.92:
        return cent + full[:6] + "-" + full[6:]
    return cent + full


def orgnum():
    first = R.choice("25789")
    core = first + str(R.randint(0, 9)) + str(R.randint(2, 9)) + "".join(str(R.randint(0, 9)) for _ in range(6))
    full = core + luhn(core)
    if full == "2120000142":
        return orgnum()
    f = R.random()
    if f < 0.7:
        return full[:6] + "-" + full[6:]
    if f < 0.85:
        return full
    return "16" + full[:6] + "-" + full[6:]


def phone():
    r = R.random()
    if r < 0.55:
        xx = "%02d" % R.randint(5, 99)
        dig = "0701740" + "6" + xx  # 070-174 06 xx
        fmt = R.choice(["{0}-{1} {2} {3}", "{0}-{1}{2}{3}", "{0}{1}{2}{3}", "{0} {1} {2} {3}",
                        "+46 {0n}-{1} {2} {3}", "+46{0n}{1}{2}{3}", "0046 {0n} {1} {2} {3}",
                        "{0}-17 4{2} {3}"])
        g = ("070", "174", "06", xx)
    elif r < 0.72:
        xx = "%02d" % R.randint(0, 99)
        fmt = R.choice(["{0}-{1} {2} {3}", "({0}) {1} {2} {3}", "{0}-{1}{2}{3}", "+46 {0n} {1} {2} {3}"])
        g = ("08", "465", "004", xx)
    elif r < 0.84:
        xx = "%02d" % R.randint(0, 99)
        fmt = R.choice(["{0}-{1} {2} {3}", "{0}-{1}{2}{3}", "{0} {1} {2} {3}"])
        g = ("031", "390", "06", xx)
    elif r < 0.94:
        xx = "%02d" % R.randint(0, 99)
        fmt = R.choice(["{0}-{1} {2} {3}", "{0}-{1}{2}{3}"])
        g = ("040", "628", "04", xx)
    else:
        xx = "%02d" % R.randint(0, 99)
        fmt = R.choice(["{0}-{1} {2} {3}", "{0}-{1}{2}{3}"])
        g = ("0980", "31", "92", xx)
    out = fmt.format(g[0], g[1], g[2], g[3], **{"0n": g[0][1:]}) if "{0n}" in fmt else fmt.format(*g)
    return out


def fold(s):
    s = s.replace("ł", "l").replace("Ł", "L").replace("đ", "dj").replace("Đ", "Dj").replace("ı", "i")
    s = s.replace("ø", "o").replace("æ", "ae")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^A-Za-z]", "", s).lower()


DOMAINS = ["grannskap.example", "bredband-norr.example", "mejla.example", "skolportal.example",
           "foreningsliv.example", "fritid.example", "elevmail.example", "post-syd.example",
           "webbpost.example", "kvartersnatet.example"]


def email(first, sur):
    f, s = fold(first), fold(sur)
    k = R.randint(0, 5)
    local = [f + "." + s, f[0] + "." + s, f + s + str(R.randint(60, 99)), f + "_" + s,
             s + "." + f, f + str(R.randint(1, 2011))][k]
    return local + "@" + R.choice(DOMAINS)


STEMS = ["Hägg", "Lönn", "Mjölnar", "Smedje", "Tegelbruks", "Lärk", "Spov", "Kopparslagar",
         "Vävar", "Lotsgårds", "Bergsmans", "Korp", "Hassel", "Mård", "Fiskmås", "Ljung", "Tjäder",
         "Gärdes", "Skvaltkvarns", "Rödstens", "Flädermus", "Nyponros", "Bryggar", "Sadelmakar",
         "Kvarnsten", "Ängsull", "Murar", "Stensötas", "Tallbacks", "Kolonist"]
SUFFIXES = ["gatan", "vägen", "gränd", "stigen", "backen", "torget", "plan", "slingan", "gången",
            "allén", "leden", "raden", "höjden", "vägen", "gatan"]
W2_FIRST = ["Gröna", "Långa", "Breda", "Lilla", "Stora", "Norra", "Södra", "Östra", "Västra",
            "Övre", "Nedre", "Kvarnens", "Smedjans", "Prästgårdens", "Lindarnas", "Ekarnas",
            "Björkarnas", "Bruksgårdens", "Skolhusets", "Sätra", "Vårby", "Hägerstens", "Sundby",
            "Tumba", "Ängby", "Blåklints", "Svarta", "Tysta", "Soliga", "Hamnkaptenens"]
W2_SUFFIX = ["allé", "allé", "torg", "torg", "backe", "backe", "strand", "väg", "gata", "stig",
             "gränd", "kaj", "hage", "plan"]
SLOTT = ["Tullgarns", "Ekolsunds", "Steninge", "Görvälns", "Skoklosters", "Sturefors",
         "Rosersbergs", "Ulvsunda", "Åkeshovs", "Näsby"]


def housenum():
    n = str(R.choice([R.randint(1, 20), R.randint(1, 20), R.randint(1, 140)]))
    r = R.random()
    if r < 0.15:
        n += R.choice("ABCDEF")
    elif r < 0.22:
        n += " " + R.choice("ABC")
    elif r < 0.28:
        n += ", lgh " + str(R.choice([1001, 1102, 1203, 1304, 1401, 1502]))
    elif r < 0.32:
        n += ", " + str(R.randint(1, 6)) + " tr"
    return n


def street(kind):
    if kind == 1:
        return R.choice(STEMS) + R.choice(SUFFIXES)
    if R.random() < 0.2:
        return R.choice(SLOTT) + " slottsväg"
    return R.choice(W2_FIRST) + " " + R.choice(W2_SUFFIX)


POSTS = [("1", ["Stockholm", "Spånga", "Bandhagen", "Norsborg", "Järfälla", "Sollentuna", "Solna",
                "Skärholmen", "Farsta", "Hägersten", "Bromma", "Kista"]),
         ("4", ["Göteborg", "Angered", "Västra Frölunda"]), ("2", ["Malmö", "Lund"]),
         ("7", ["Uppsala", "Örebro", "Västerås"]), ("9", ["Kiruna", "Umeå"])]


def postal():
    pre, towns = R.choice(POSTS)
    d = pre + "".join(str(R.randint(0, 9)) for _ in range(4))
    if d[1] == "0":
        d = d[0] + "1" + d[2:]
    code = d[:3] + " " + d[3:] if R.random() < 0.78 else d
    return code, R.choice(towns)


PLATE_L = "ABCDEFGHJKLMNOPRSTUWXYZ"


def plate(o_end=False):
    letters = "".join(R.choice(PLATE_L) for _ in range(3))
    last = "O" if o_end else (R.choice(PLATE_L.replace("O", "")) if R.random() < 0.25 else str(R.randint(0, 9)))
    digits = "%02d" % R.randint(0, 99) + last
    return letters + (" " if R.random() < 0.7 else "") + digits


# ---------------------------------------------------------------- disguises
ZW = {"zwsp": "\u200b", "zwj": "\u200d", "shy": "\u00ad", "wj": "\u2060"}
WORDS = ["noll", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio"]


def fullwidth(s, letters=True):
    out = []
    for c in s:
        if c.isdigit() and c.isascii():
            out.append(chr(0xFF10 + int(c)))
        elif letters and c.isascii() and c.isalpha():
            out.append(chr(ord(c) - 0x41 + 0xFF21) if c.isupper() else chr(ord(c) - 0x61 + 0xFF41))
        else:
            out.append(c)
    return "".join(out)


def digits_to(s, zero):
    return "".join(chr(zero + int(c)) if c.isascii() and c.isdigit() else c for c in s)


def insert_zw(s, ch):
    pos = [i for i in range(1, len(s)) if s[i - 1].isalnum() and s[i].isalnum()]
    if not pos:
        return s
    i = R.choice(pos)
    return s[:i] + ch + s[i:]


def split_nr(s, sep):
    if "-" in s:
        i = s.index("-") + 1
    else:
        i = len(s) - 4
    return s[:i] + sep + s[i:]


def nbsp_dash(s):
    if "-" not in s:
        s = s[:-4] + "-" + s[-4:]
    return s.replace("-", R.choice(["\u00a0-\u00a0", "\u00a0-", "-\u00a0"]))


def dots(s):
    d = s.replace("-", "")
    if len(d) == 12:
        d = d[2:]
    return d[0:2] + "." + d[2:4] + "." + d[4:6] + "-" + d[6:]


def slash(s):
    d = s.replace("-", "")
    return d[:-4] + "/" + d[-4:]


def spaced(s):
    return " ".join(c for c in s if c.isalnum())


def phone_words(s):
    d = [c for c in s if c.isdigit()]
    if s.startswith("+46"):
        d = ["0"] + d[2:]
    elif s.startswith("0046"):
        d = ["0"] + d[4:]
    w = [WORDS[int(c)] for c in d]
    return " ".join(w[:3]) + ", " + " ".join(w[3:])


def email_at(s, style):
    local, dom = s.split("@")
    return local + {"at": " at ", "paren": "(at)", "brack": "[at]", "fw": "\uff20",
                    "paren_sp": " (at) "}[style] + dom


DISGUISES = {
    "name": ["upper", "lower", "fullwidth", "zwsp", "zwj", "shy", "wj", "upper", "lower", "fullwidth"],
    "personnummer": ["nl", "crlf", "nbsp", "dots", "slash", "spaced", "fullwidth", "arabic", "persian", "zwsp", "wj"],
    "samordningsnummer": ["nl", "crlf", "nbsp", "dots", "slash", "spaced", "fullwidth", "arabic", "shy"],
    "organisationsnummer": ["nl", "nbsp", "spaced", "fullwidth", "arabic", "zwj"],
    "phone": ["spaced", "words", "fullwidth", "arabic", "zwsp", "wj"],
    "email": ["at", "paren", "brack", "fw", "paren_sp", "zwsp", "upper"],
    "address": ["lower", "upper", "zwsp", "fwnum", "shy"],
    "postal_code": ["fullwidth", "arabic", "nbsp", "zwsp"],
    "plate": ["lower", "spaced", "fullwidth", "zwsp", "zwj"],
}
DROUNDS = {k: Rounds(v) for k, v in DISGUISES.items()}
DCOUNT = collections.Counter()
OCC = collections.Counter()
DOCC = collections.Counter()


def disguise(kind, s):
    """Return (surface, name of the disguise or None)."""
    if R.random() >= DISGUISE_P:
        return s, None
    d = DROUNDS[kind].next()
    out = apply(kind, d, s)
    return (out, d) if out != s else (s, None)


def apply(kind, d, s):
    if d == "upper":
        return s.upper()
    if d == "lower":
        return s.lower()
    if d in ZW or d == "zwsp":
        return insert_zw(s, ZW[d])
    if d == "fullwidth":
        return fullwidth(s, letters=kind in ("name", "plate"))
    if d == "arabic":
        return digits_to(s, 0x660)
    if d == "persian":
        return digits_to(s, 0x6F0)
    if d == "nl":
        return split_nr(s, "\n")
    if d == "crlf":
        return split_nr(s, "\r\n")
    if d == "nbsp":
        if kind == "postal_code":
            return s.replace(" ", "\u00a0") if " " in s else s[:3] + "\u00a0" + s[3:]
        return nbsp_dash(s)
    if d == "dots":
        return dots(s)
    if d == "slash":
        return slash(s)
    if d == "spaced":
        if kind == "phone" and s.startswith("+"):
            return "+" + spaced(s)
        return spaced(s)
    if d == "words":
        return phone_words(s)
    if d in ("at", "paren", "brack", "fw", "paren_sp"):
        return email_at(s, d)
    if d == "fwnum":
        return re.sub(r"\d", lambda m: chr(0xFF10 + int(m.group())), s)
    raise ValueError(d)


# ---------------------------------------------------------------- persons
FAMILIES = sorted(POOLS)
FAM_ROUNDS = Rounds(FAMILIES)


def new_person():
    fam = FAM_ROUNDS.next()
    first = R.choice(POOLS[fam][0])
    sfam = fam if R.random() > 0.12 else R.choice(FAMILIES)
    sur = R.choice(POOLS[sfam][1])
    return {"first": first, "sur": sur, "fam": fam}


def name_form(p, mode):
    if mode is None:
        r = R.random()
        mode = "full" if r < 0.45 else ("f" if r < 0.82 else "s")
    return {"full": p["first"] + " " + p["sur"], "f": p["first"], "s": p["sur"]}[mode], mode


def genitive(base, surface):
    return "" if base[-1].lower() in "sxz" else "s"


# ---------------------------------------------------------------- negative fillers
DISTRICTS = ["Rinkeby-Kista", "Spånga-Tensta", "Hässelby-Vällingby", "Bromma", "Kungsholmen",
             "Norrmalm", "Östermalm", "Södermalm", "Enskede-Årsta-Vantör", "Skarpnäck", "Farsta",
             "Älvsjö", "Hägersten-Älvsjö", "Skärholmen"]
AREAS = ["Husby", "Akalla", "Hjulsta", "Bredäng", "Vårberg", "Rågsved", "Hagsätra", "Fittja",
         "Alby", "Hallunda", "Tensta", "Rinkeby", "Sätra", "Hökarängen", "Gubbängen", "Årsta"]
AUTHS = ["Polismyndigheten", "Säkerhetspolisen", "Skolverket", "Socialstyrelsen", "Brå",
         "Länsstyrelsen i Stockholms län", "Center mot våldsbejakande extremism", "Migrationsverket",
         "Arbetsförmedlingen", "Försäkringskassan", "Kriminalvården", "Statens institutionsstyrelse",
         "MUCF", "Region Stockholm", "socialtjänsten i Järva"]
PLACES = ["Medborgarplatsen", "Kungsträdgården", "Rinkeby torg", "Tensta centrum", "Hötorget",
          "Slussen", "T-Centralen", "Stadsbiblioteket", "Norra Bantorget", "Järntorget",
          "Mynttorget", "Kista galleria", "Vällingby centrum", "Odenplan"]
MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
          "oktober", "november", "december"]
WDAYS = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]


def neg_fill(key):
    if key == "date":
        y, m = R.randint(2019, 2026), R.randint(1, 12)
        d = R.randint(1, DAYS[m - 1])
        return R.choice(["%d-%02d-%02d" % (y, m, d), "%d %s %d" % (d, MONTHS[m - 1], y),
                         "%d/%d" % (d, m), "%02d.%02d.%d" % (d, m, y)])
    if key == "dnr":
        return R.choice(["KS", "SOF", "UBN", "Dnr SDN", "Dnr KS", "KF"]) + " %d/%d" % (R.randint(2019, 2026), R.randint(1, 2400))
    if key == "ia":
        return "IA-%d-%05d" % (R.randint(2020, 2026), R.randint(1, 99999))
    if key == "time":
        return "%02d.%02d" % (R.randint(7, 21), R.choice([0, 15, 30, 45]))
    if key == "wd":
        return R.choice(WDAYS)
    if key == "mon":
        return R.choice(MONTHS)
    if key == "amount":
        return R.choice(["%d 000 kronor" % R.randint(5, 950), "%d,%d miljoner kronor" % (R.randint(1, 9), R.randint(1, 9)),
                         "%d kr" % R.randint(100, 9999)])
    if key == "n":
        return str(R.randint(2, 180))
    if key == "district":
        return R.choice(DISTRICTS)
    if key == "area":
        return R.choice(AREAS)
    if key == "auth":
        return R.choice(AUTHS)
    if key == "place":
        return R.choice(PLACES)
    if key == "sfs":
        return R.choice(["SFS 2018:218", "SFS 2001:453", "SFS 2009:400", "lag (2018:1937)", "SFS 2010:800"])
    if key == "kap":
        return R.choice(["5 kap. 2 §", "14 kap. 1 § SoL", "26 kap. 1 § OSL", "10 kap. 2 § OSL", "3 kap. 6 §"])
    raise KeyError(key)


def negative_sentence(tpl):
    s = re.sub(r"\{(\w+)\}", lambda m: neg_fill(m.group(1)), tpl)
    return s[0].upper() + s[1:]


LOWERNAME_NEG = {i for i, t in enumerate(NEGATIVE)
                 if any(w in t for w in (" sten ", " ros ", "björk", "liv i", "bror", "iris", "hed "))}

# ---------------------------------------------------------------- filling
SLOT = re.compile(r"\{(p\d)(?:\.(full|f|s))?(\.g)?\}|\{(pnr|sam|org|tel|mail|adr|adr1|adr2|post|reg|regO)\}")


def add(parts, kind, value):
    surf, d = disguise(kind, value)
    parts.append((surf, kind, {"d": d}))


def fill(tpl, persons, parts):
    """Append (text, kind) parts for a template; kind None for literal text."""
    pos = 0
    for m in SLOT.finditer(tpl):
        parts.append((tpl[pos:m.start()], None, None))
        pos = m.end()
        if m.group(1):
            pid = m.group(1)
            if pid not in persons:
                persons[pid] = new_person()
            base, mode = name_form(persons[pid], m.group(2))
            surf, d = disguise("name", base)
            parts.append((surf, "name", {"d": d, "mode": mode}))
            if m.group(3):
                parts.append((genitive(base, surf), None, None))
            continue
        k = m.group(4)
        if k == "pnr":
            add(parts, "personnummer", idnum())
        elif k == "sam":
            add(parts, "samordningsnummer", idnum(True))
        elif k == "org":
            add(parts, "organisationsnummer", orgnum())
        elif k == "tel":
            add(parts, "phone", phone())
        elif k == "mail":
            p = new_person()
            add(parts, "email", email(p["first"], p["sur"]))
        elif k in ("adr", "adr1", "adr2"):
            kind = 1 if k == "adr1" else 2 if k == "adr2" else (1 if R.random() < 0.45 else 2)
            st = street(kind)
            shape = "one-word" if kind == 1 else ("slottsväg" if st.endswith("slottsväg") else "two-word " + st.split()[-1])
            surf, d = disguise("address", st + " " + housenum())
            parts.append((surf, "address", {"d": d, "shape": shape}))
        elif k == "post":
            code, town = postal()
            add(parts, "postal_code", code)
            parts.append((" " + town, None, None))
        elif k in ("reg", "regO"):
            o = k == "regO" or R.random() < 0.15
            surf, d = disguise("plate", plate(o))
            parts.append((surf, "plate", {"d": d, "o": o}))
    parts.append((tpl[pos:], None, None))


ADDR_SHAPE = collections.Counter()
NAME_MODE = collections.Counter()
PLATE_O = [0]


def occurrences(text, sub):
    out, i = [], text.find(sub)
    while i >= 0:
        out.append((i, i + len(sub)))
        i = text.find(sub, i + 1)
    return out


def validate(text, slots, items):
    """True when every occurrence of every listed text lies in a slot of its kind, never
    inside a longer token, and check.py would print no warning for it."""
    for k, t in items:
        for a, b in occurrences(text, t):
            if not any(sa <= a and b <= sb and sk == k for sa, sb, sk in slots):
                return False
            before = text[a - 1] if a > 0 else " "
            after = text[b:b + 2]
            if before.isalnum() or (after[:1].isalnum() and not (k == "name" and after[:1] == "s" and not after[1:2].isalpha())):
                return False
    listed = {t for k, t in items if k == "name"}
    for k, t in items:
        if k != "name" or " " not in t:
            continue
        for w in t.split():
            if len(w) > 2 and w not in listed:
                for m in re.finditer(r"(?<!\w)" + re.escape(w) + r"(?!\w)", text):
                    if not any(a <= m.start() and m.end() <= b for a, b, kk in slots if kk == "name"):
                        return False
    # different kinds never overlap
    for i, (a1, b1, k1) in enumerate(slots):
        for a2, b2, k2 in slots[i + 1:]:
            if a1 < b2 and a2 < b1 and k1 != k2:
                return False
    return True


def assemble(parts):
    text, slots, items = "", [], []
    for s, k, meta in parts:
        if k:
            slots.append((len(text), len(text) + len(s), k))
            if (k, s) not in items:
                items.append((k, s))
        text += s
    return text, slots, items


POS_ROUNDS = Rounds(range(len(POSITIVE)))
NEG_ROUNDS = Rounds(range(len(NEGATIVE)))
CTX = [i for i in range(len(NEGATIVE)) if i not in LOWERNAME_NEG]
BYVOICE = collections.defaultdict(list)
for i, (v, _) in enumerate(POSITIVE):
    BYVOICE[v].append(i)
TPL_USE = collections.Counter()


def positive_doc():
    ti = POS_ROUNDS.next()
    while True:
        voice, tpl = POSITIVE[ti]
        persons, parts = {}, []
        fill(tpl, persons, parts)
        used = [ti]
        if voice in ("form", "note", "minutes", "survey") and R.random() < 0.12:
            tj = R.choice([j for j in BYVOICE[voice] if j != ti])
            parts.append((" ", None, None))
            fill(POSITIVE[tj][1], persons, parts)
            used.append(tj)
        if voice != "chat" and voice != "sign" and R.random() < 0.30:
            ctx = negative_sentence(NEGATIVE[R.choice(CTX)])
            if R.random() < 0.5:
                parts.insert(0, (ctx + " ", None, None))
            else:
                parts.append((" " + ctx, None, None))
        text, slots, items = assemble(parts)
        if items and validate(text, slots, items):
            for u in used:
                TPL_USE[u] += 1
            for surf, k, meta in parts:
                if k:
                    OCC[k] += 1
                    if meta["d"]:
                        DOCC[k] += 1
                        DCOUNT[(k, meta["d"])] += 1
                    if "shape" in meta:
                        ADDR_SHAPE[meta["shape"]] += 1
                    if meta.get("o"):
                        PLATE_O[0] += 1
                    if "mode" in meta:
                        NAME_MODE[meta["mode"]] += 1
            return text, items


def negative_doc(seen):
    first = NEG_ROUNDS.next()
    while True:
        idx = [first] + R.sample([i for i in range(len(NEGATIVE)) if i != first], R.choice([0, 0, 1, 1, 2]))
        text = " ".join(negative_sentence(NEGATIVE[i]) for i in idx)
        if text not in seen:
            seen.add(text)
            return text


def main():
    verbose = "-v" in sys.argv
    kinds = ["neg"] * NNEG + ["pos"] * (NDOCS - NNEG)
    R.shuffle(kinds)
    seen = set()
    docs = []
    for n, kd in enumerate(kinds, 1):
        if kd == "pos":
            text, items = positive_doc()
        else:
            text, items = negative_doc(seen), []
        docs.append({"id": "f%04d" % n, "text": text,
                     "pii": [{"kind": k, "text": t} for k, t in items]})
    with open(os.path.join(HERE, "test.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for d in docs:
            s = json.dumps(d, ensure_ascii=False)
            for ch in INVISIBLE:
                s = s.replace(ch, "\\u%04x" % ord(ch))
            f.write(s + "\n")
    print("wrote %d documents to test.jsonl" % len(docs))
    if verbose:
        for k in DISGUISES:
            used = {d: DCOUNT[(k, d)] for d in dict.fromkeys(DISGUISES[k])}
            print("%-20s occ %5d disguised %4d (%.1f %%) %s" % (k, OCC[k], DOCC[k],
                  100.0 * DOCC[k] / max(OCC[k], 1), used))
        print("address shapes:", dict(sorted(ADDR_SHAPE.items())))
        print("name slot forms:", dict(NAME_MODE))
        print("plates ending in O:", PLATE_O[0])
        print("template uses min/max:", min(TPL_USE.values()), max(TPL_USE.values()),
              "templates used:", len(TPL_USE), "/", len(POSITIVE))
        for fam in FAMILIES:
            print(fam, len(set(POOLS[fam][0])), len(set(POOLS[fam][1])))


if __name__ == "__main__":
    main()
