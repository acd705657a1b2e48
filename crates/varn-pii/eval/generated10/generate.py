#!/usr/bin/env python3
"""Generate test.jsonl for corpus generated10 (standard library only, fixed seed)."""
import collections, json, os, random, re, sys, unicodedata
import pools as P
import templates as T

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261210
R = random.Random(SEED)
VERBOSE = "-v" in sys.argv
STATS = collections.Counter()

SLOT = re.compile(r"\{([A-Z][A-Z0-9]*)(?:\.([a-z]+))?\}")

# ---------------------------------------------------------------- numbers
def luhn(digits):
    s = 0
    for i, ch in enumerate(digits):
        x = int(ch) * (2 if i % 2 == 0 else 1)
        s += x - 9 if x > 9 else x
    return str((10 - s % 10) % 10)

def valid_date(y, m, d):
    import datetime
    try:
        datetime.date(y, m, d)
        return True
    except ValueError:
        return False

def pnr(coord=False):
    while True:
        y, m, d = R.randint(1944, 2012), R.randint(1, 12), R.randint(1, 28 if R.random() < .8 else 31)
        if valid_date(y, m, d):
            break
    dd = d + 60 if coord else d
    body = f"{y % 100:02d}{m:02d}{dd:02d}{R.randint(0, 999):03d}"
    full = body + luhn(body)
    f = R.random()
    if f < .55:
        return full[:6] + "-" + full[6:]
    if f < .7:
        return full
    if f < .9:
        return f"{y // 100}{full[:6]}-{full[6:]}"
    return f"{y // 100}{full}"

def orgnr():
    while True:
        first = R.choice("25789")
        body = first + str(R.randint(0, 9)) + str(R.randint(2, 9)) + "".join(str(R.randint(0, 9)) for _ in range(6))
        if not body.startswith("212000"):
            break
    full = body + luhn(body)
    return full[:6] + "-" + full[6:] if R.random() < .85 else full

def phone():
    k = R.random()
    xx = R.randint(10, 99)
    if k < .6:
        pre = R.choice(["070", "072", "073", "076"])
        f = R.randrange(5)
        return [f"{pre}-174 06 {xx}", f"{pre}1740 6{xx}".replace(" ", ""), f"{pre} 174 06 {xx}",
                f"+46 {pre[1:]} 174 06 {xx}", f"{pre}-174 06{xx}"][f]
    return R.choice([f"08-465 004 {xx}", f"031-390 06 {xx}", f"040-628 04 {xx}", f"0980-31 94 {xx}"])

PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUWXYZ"
def plate(end_o=False):
    l = "".join(R.choice(PLATE_LETTERS) for _ in range(3))
    d = f"{R.randint(0, 99):02d}"
    last = "O" if end_o or R.random() < .25 else str(R.randint(0, 9))
    sep = R.choice([" ", " ", " ", "", "-"])
    return l + sep + d + last

def postcode():
    c = f"{R.randint(100, 989)} {R.randint(0, 99):02d}"
    return c if R.random() < .8 else c.replace(" ", "")

def street():
    k = R.random()
    if k < .35:
        s, shape = R.choice(P.STREET_APART_FIRST) + " " + R.choice(P.STREET_APART_WORD), "two words apart"
    elif k < .55:
        s, shape = R.choice(P.STREET_PERSON) + " " + R.choice(P.STREET_PERSON_WORD), "three words, person's genitive"
    elif k < .7:
        s, shape = R.choice(P.STREET_PREFIX) + " " + R.choice(P.STREET_APART_FIRST) + " " + R.choice(P.STREET_APART_WORD), "prefix + two words"
    else:
        s, shape = R.choice(P.STREET_JOINED_STEM) + R.choice(P.STREET_JOINED_END), "one joined word"
    STATS["street shape: " + shape] += 1
    return s

def address():
    num = str(R.randint(1, 140))
    if R.random() < .2:
        num += R.choice("ABCDabcd")
    return street(), num, R.choice(P.ADDR_TAILS)

def fold(s):
    s = unicodedata.normalize("NFKD", s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O").replace("æ", "ae"))
    return "".join(c for c in s if c.isascii() and (c.isalnum() or c in "-")).lower().replace("-", "")

def email(person=None):
    if person:
        g, s = fold(person["g"]), fold(person["s"])
        loc = R.choice([f"{g}.{s}", f"{g[0]}.{s}", f"{g}{s}{R.randint(1, 99)}", f"{s}_{g}", f"{g}-{s[:3]}"])
    else:
        loc = R.choice(["tipsaren", "mamma.till.tre", "kvallspasset", "granne71", "helgjour", "anon.ung"]) + str(R.randint(1, 999))
    return loc + "@" + R.choice(P.MAIL_DOMAINS)

# ---------------------------------------------------------------- disguises
def spread(s, ch):
    idx = [i for i in range(1, len(s)) if s[i - 1].isalnum() and s[i].isalnum()]
    if not idx:
        return None
    i = R.choice(idx)
    return s[:i] + ch + s[i:]

def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)

def mathmap(s, up, low, dig):
    out = []
    for c in s:
        if "A" <= c <= "Z" and up:
            out.append(chr(up + ord(c) - 65))
        elif "a" <= c <= "z" and low:
            out.append(chr(low + ord(c) - 97))
        elif "0" <= c <= "9" and dig:
            out.append(chr(dig + ord(c) - 48))
        else:
            out.append(c)
    return "".join(out)

GREEK = {"A": "Α", "B": "Β", "E": "Ε", "H": "Η", "I": "Ι", "K": "Κ", "M": "Μ", "N": "Ν", "O": "Ο", "P": "Ρ", "T": "Τ", "X": "Χ", "Y": "Υ", "Z": "Ζ"}
def greek(s):
    t = "".join(GREEK.get(c, c) for c in s)
    return t if t != s else None

def digits_script(s, zero):
    return "".join(chr(zero + int(c)) if c.isdigit() and c.isascii() else c for c in s)

def hyphen_break(s):
    w = s.split(" ")[0]
    if len(w) < 6 or not w.isalpha():
        return None
    k = len(w) // 2
    return w[:k] + "-\n" + w[k:] + s[len(w):]

NAME_DIS = {
    "capitals": lambda s: s.upper(),
    "lower case": lambda s: s.lower(),
    "full-width letters": fullwidth,
    "zero-width space": lambda s: spread(s, "\u200b"),
    "soft hyphen": lambda s: spread(s, "\u00ad"),
    "word joiner": lambda s: spread(s, "\u2060"),
    "zero-width non-joiner": lambda s: spread(s, "\u200c"),
    "left-to-right mark": lambda s: spread(s, "\u200e"),
    "invisible separator U+2063": lambda s: spread(s, "\u2063"),
    "mathematical bold": lambda s: mathmap(s, 0x1D400, 0x1D41A, 0),
    "mathematical sans-serif bold": lambda s: mathmap(s, 0x1D5D4, 0x1D5EE, 0),
    "Greek look-alike capitals": greek,
    "inverted case": lambda s: s.swapcase() if s.swapcase() != s.upper() else None,
    "letters spaced": lambda s: " ".join(s) if " " not in s and len(s) <= 9 else None,
    "hyphenated across a line break": hyphen_break,
    "em space between names": lambda s: s.replace(" ", "\u2003", 1) if " " in s else None,
    "combining low line": lambda s: "".join(c + "\u0332" if c.isalpha() else c for c in s) if len(s) <= 8 else None,
}
CHAT_NAME_DIS = ["zero-width space", "soft hyphen", "zero-width non-joiner", "word joiner"]

def swap_dash(s, new):
    return s.replace("-", new, 1) if "-" in s else None

def pnr_ymd(s):
    d = s.replace("-", "")
    if len(d) == 12:
        return f"{d[:4]}-{d[4:6]}-{d[6:8]}-{d[8:]}"
    return f"{d[:2]}-{d[2:4]}-{d[4:6]} {d[6:]}"

NUM_DIS = {
    "line break after the dash": lambda s: swap_dash(s, "-\n"),
    "CRLF inside": lambda s: swap_dash(s, "\r\n-"),
    "no-break spaces around the dash": lambda s: swap_dash(s, "\u00a0-\u00a0"),
    "dots in the date": lambda s: (s[:-11] + s[-11:-9] + "." + s[-9:-7] + "." + s[-7:]) if re.fullmatch(r"(\d\d)?\d{6}-\d{4}", s) else None,
    "slash for the dash": lambda s: swap_dash(s, "/"),
    "every digit spaced": lambda s: " ".join(c for c in s if c != " "),
    "zero-width space": lambda s: spread(s, "\u200b"),
    "full-width digits": fullwidth,
    "Arabic-Indic digits": lambda s: digits_script(s, 0x660),
    "en dash": lambda s: swap_dash(s, "–"),
    "minus sign U+2212": lambda s: swap_dash(s, "\u2212"),
    "non-breaking hyphen U+2011": lambda s: swap_dash(s, "\u2011"),
    "Unicode hyphen U+2010": lambda s: swap_dash(s, "\u2010"),
    "letter O for zero": lambda s: s.replace("0", "O") if "0" in s else None,
    "Devanagari digits": lambda s: digits_script(s, 0x966),
    "Bengali digits": lambda s: digits_script(s, 0x9E6),
    "mathematical bold digits": lambda s: mathmap(s, 0, 0, 0x1D7CE),
    "double-struck digits": lambda s: mathmap(s, 0, 0, 0x1D7D8),
    "soft hyphen inside": lambda s: spread(s, "\u00ad"),
    "zero-width non-joiner": lambda s: spread(s, "\u200c"),
    "hyphens in the date": lambda s: pnr_ymd(s) if re.fullmatch(r"(\d\d)?\d{6}-?\d{4}", s) else None,
}
ORG_DIS = ["every digit spaced", "full-width digits", "en dash", "non-breaking hyphen U+2011", "Devanagari digits",
           "mathematical bold digits", "zero-width non-joiner", "soft hyphen inside", "letter O for zero"]

WORDS = ["noll", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio"]
def phone_words(s):
    return " ".join(WORDS[int(c)] for c in s if c.isdigit()) if not s.startswith("+") else None
def phone_mixed(s):
    m = re.match(r"(0\d{1,3})[- ](.*)", s)
    return " ".join(WORDS[int(c)] for c in m.group(1)) + ", " + m.group(2) if m else None
PHONE_DIS = {
    "every digit spaced": lambda s: " ".join(c for c in s if c not in " -"),
    "digits in words": phone_words,
    "area code in words, rest in digits": phone_mixed,
    "+46(0) prefix": lambda s: "+46(0)" + s[1:].replace("-", " ", 1) if s.startswith("0") else None,
    "tel: URI": lambda s: "tel:+46" + re.sub(r"\D", "", s)[1:] if s.startswith("0") else None,
    "en dash": lambda s: swap_dash(s, " – "),
    "digit pairs": lambda s: " ".join(re.findall(r"\d\d?", re.sub(r"\D", "", s))) if s.startswith("0") else None,
    "Devanagari digits": lambda s: digits_script(s, 0x966),
    "double-struck digits": lambda s: mathmap(s, 0, 0, 0x1D7D8),
    "soft hyphen inside": lambda s: spread(s, "\u00ad"),
    "zero-width non-joiner": lambda s: spread(s, "\u200c"),
    "letter O for zero": lambda s: s.replace("0", "O"),
    "full-width digits": fullwidth,
    "Arabic-Indic digits": lambda s: digits_script(s, 0x660),
}
def mail_at(new):
    return lambda s: s.replace("@", new)
EMAIL_DIS = {
    "' at '": mail_at(" at "), "(at)": mail_at("(at)"), "[at]": mail_at("[at]"), "full-width ＠": mail_at("＠"),
    "zero-width space": lambda s: s.replace("@", "\u200b@"),
    "' AT ' and ' DOT '": lambda s: s.replace("@", " AT ").replace(".example", " DOT example"),
    "(snabel-a)": mail_at(" (snabel-a) "),
    "[@]": mail_at("[@]"), "(@)": mail_at("(@)"),
    "' snabel-a ' and ' punkt '": lambda s: s.replace("@", " snabel-a ").replace(".", " punkt "),
    "&#64;": mail_at("&#64;"),
    "full-width ＠ and ．": lambda s: s.replace("@", "＠").replace(".", "．"),
    "capitals": lambda s: s.upper(),
    "soft hyphen in the local part": lambda s: spread(s.split("@")[0], "\u00ad") + "@" + s.split("@")[1] if len(s.split("@")[0]) > 2 else None,
    "'#at#'": mail_at("#at#"),
}
ADDR_DIS = {
    "lower case": lambda s: s.lower(),
    "capitals": lambda s: s.upper(),
    "abbreviated street word": lambda s: re.sub(r"(vägen|gatan)\b", lambda m: m.group(1)[0] + ".", s, 1) if re.search(r"(vägen|gatan)\b", s) else None,
    "'nr' before the number": lambda s: re.sub(r" (\d)", r" nr \1", s, 1),
    "no-break space before the number": lambda s: re.sub(r" (\d)", "\u00a0\\1", s, 1),
    "full-width house number": lambda s: re.sub(r"\d+", lambda m: fullwidth(m.group(0)), s, 1),
    "soft hyphen in the street": lambda s: spread(s.split(" ")[0], "\u00ad") + s[len(s.split(" ")[0]):] if len(s.split(" ")[0]) > 3 else None,
    "double space": lambda s: s.replace(" ", "  ", 1),
    "zero-width non-joiner": lambda s: spread(s, "\u200c"),
}
POST_DIS = {
    "no-break space": lambda s: s.replace(" ", "\u00a0") if " " in s else None,
    "thin space": lambda s: s.replace(" ", "\u2009") if " " in s else None,
    "dot for the space": lambda s: s.replace(" ", ".") if " " in s else None,
    "wrong grouping 12 345": lambda s: (lambda d: d[:2] + " " + d[2:])(s.replace(" ", "")),
    "Devanagari digits": lambda s: digits_script(s, 0x966),
    "every digit spaced": lambda s: " ".join(c for c in s if c != " "),
}
PLATE_DIS = {
    "Greek look-alikes": greek,
    "dot for the space": lambda s: s.replace(" ", ".") if " " in s else None,
    "last O in lower case": lambda s: s[:-1] + "o" if s.endswith("O") else None,
    "em space": lambda s: s.replace(" ", "\u2003") if " " in s else None,
    "mathematical bold": lambda s: mathmap(s, 0x1D400, 0x1D41A, 0x1D7CE),
    "full-width": fullwidth,
    "every character spaced": lambda s: " ".join(c for c in s if c not in " -"),
    "space before the last character": lambda s: s[:-1] + " " + s[-1],
    "zero-width non-joiner": lambda s: spread(s, "\u200c"),
    "soft hyphen": lambda s: spread(s, "\u00ad"),
    "lower case": lambda s: s.lower(),
}

USE = collections.Counter()
def disguise(kind, s, table, p, allowed=None):
    if R.random() >= p:
        return s
    names = allowed or list(table)
    R.shuffle(names)
    names.sort(key=lambda n: USE[(kind, n)])
    for n in names:
        t = table[n](s)
        if t and t != s:
            USE[(kind, n)] += 1
            STATS[f"disguise {kind}: {n}"] += 1
            return t
    return s

# ---------------------------------------------------------------- persons
FAM = list(P.FAMILIES)
FAMW = [P.FAMILIES[f][0] for f in FAM]

def person(used):
    while True:
        fam = R.choices(FAM, FAMW)[0]
        g = R.choice(P.FAMILIES[fam][1])
        s = R.choice(P.FAMILIES[fam][2])
        if g not in used and s not in used:
            used.update([g, s])
            f = R.random()
            form = "f" if f < .45 else ("g" if f < .8 else "s")
            return {"fam": fam, "g": g, "s": s, "form": form, "dis": {}}

def name_text(p, form, chat):
    g, s = p["g"], p["s"]
    base = {"f": f"{g} {s}", "g": g, "s": s, "i": f"{g[0]}. {s}"}[form]
    if chat:
        base = base.lower()
    if form not in p["dis"]:
        if chat:
            p["dis"][form] = disguise("name", base, NAME_DIS, .12, list(CHAT_NAME_DIS))
        else:
            p["dis"][form] = disguise("name", base, NAME_DIS, .2)
    STATS[f"family: {p['fam']}"] += 1
    STATS[f"name form: {form}"] += 1
    return p["dis"][form]

def genitive(t):
    plain = unicodedata.normalize("NFKC", t).strip()
    return "" if plain[-1:].lower() in "sxz" else "s"

# ---------------------------------------------------------------- fillers
def dnr():
    return f"Dnr {R.choice(P.DNR_PREFIX)} {R.randint(2019, 2026)}/{R.randint(10, 2999)}"

def date():
    return R.choice([f"{R.randint(1, 28)} {R.choice(P.MONTHS)}", f"2026-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}"])

def bad_luhn_number():
    while True:
        n = "".join(str(R.randint(0, 9)) for _ in range(10))
        if luhn(n[:9]) != n[9]:
            return n

def case_no():
    while True:
        n = f"2025{R.randint(1, 12):02d}{R.randint(1, 28):02d}-{R.randint(0, 9999):04d}"
        d = n.replace("-", "")[2:]
        if luhn(d[:9]) != d[9]:
            return n

FILL = {
    "DIST": lambda: R.choice(P.DISTRICTS), "PLACE": lambda: R.choice(P.PLACES), "UNIT": lambda: R.choice(P.UNITS),
    "AUTH": lambda: R.choice(P.AUTHS), "LAW": lambda: R.choice(P.LAWS), "DNR": dnr, "DATE": date,
    "WD": lambda: R.choice(P.WEEKDAYS), "MON": lambda: R.choice(P.MONTHS), "N": lambda: str(R.randint(5, 240)),
    "PUB": lambda: R.choice(P.PUBLIC_NUMBERS[:6]), "LOOK": lambda: R.choice(P.PLATE_LOOKALIKES),
    "BRAND": lambda: R.choice(P.BRANDS), "BRAND2": lambda: R.choice(P.BRANDS),
    "IA": lambda: f"IA-{R.randint(2024, 2026)}-{R.randint(10000, 99999)}",
    "TIME": lambda: f"{R.randint(7, 23):02d}.{R.choice(['00', '15', '30', '45', '05', '50'])}",
    "TIME2": lambda: f"{R.randint(7, 23):02d}.{R.choice(['00', '20', '40'])}",
    "NW": lambda: R.choice(P.NAME_WORDS), "INV": bad_luhn_number, "YEAR": lambda: str(R.randint(2019, 2027)),
    "MONEY": lambda: f"{R.randint(10, 99)} {R.randint(0, 999):03d}", "CASENO": case_no,
}

# ---------------------------------------------------------------- rendering
def render(tpl, persons, used, chat):
    out, spans = [], []
    pos = 0
    length = 0
    def add(t, kind=None):
        nonlocal length
        if kind:
            spans.append((length, length + len(t), kind, t))
        out.append(t)
        length += len(t)
    for m in SLOT.finditer(tpl):
        add(tpl[pos:m.start()])
        pos = m.end()
        key, mod = m.group(1), m.group(2)
        if key in ("A", "B", "C"):
            if key not in persons:
                persons[key] = person(used)
            p = persons[key]
            form = mod if mod in ("f", "g", "s", "i") else p["form"]
            t = name_text(p, form, chat)
            add(t, "name")
            if mod == "gen":
                add(genitive(t))
            elif mod == "cgen":
                add(":s")
        elif key == "PNR":
            add(disguise("personnummer", pnr(), NUM_DIS, .4), "personnummer")
        elif key == "SAM":
            add(disguise("samordningsnummer", pnr(True), NUM_DIS, .4), "samordningsnummer")
        elif key == "ORG":
            add(disguise("organisationsnummer", orgnr(), NUM_DIS, .35, list(ORG_DIS)), "organisationsnummer")
        elif key == "TEL":
            v = phone()
            add(v if chat else disguise("phone", v, PHONE_DIS, .32), "phone")
        elif key in ("MAIL", "MAILA"):
            v = email(persons.get("A") if key == "MAILA" else (R.choice(list(persons.values())) if persons and R.random() < .6 else None))
            add(v if chat else disguise("email", v, EMAIL_DIS, .32), "email")
        elif key == "ADDR":
            st, num, tail = address()
            v = f"{st} {num}{tail}"
            v = v.lower() if chat else disguise("address", v, ADDR_DIS, .3)
            add(v, "address")
        elif key == "POST":
            add(disguise("postal_code", postcode(), POST_DIS, .3), "postal_code")
            add(" " + R.choice(P.TOWNS))
        elif key in ("PLATE", "PLATEO"):
            v = plate(key == "PLATEO")
            v = v.lower() if chat else disguise("plate", v, PLATE_DIS, .32)
            add(v, "plate")
        else:
            add(FILL[key]())
    add(tpl[pos:])
    text = "".join(out)
    return text, spans

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
    for k, t in items:
        for a, b in occurrences(text, t):
            if not any(sa <= a and b <= sb and sk == k for sa, sb, sk, st in spans):
                return None, "listed text outside its slot"
            before = text[a - 1] if a > 0 else " "
            after = text[b:b + 2]
            if before.isalnum() or (after[:1].isalnum() and not (k == "name" and after[:1] == "s" and not after[1:2].isalpha())):
                return None, "inside a longer token"
    # overlaps between different kinds
    for i in range(len(spans)):
        for j in range(i + 1, len(spans)):
            a1, b1, k1, _ = spans[i]
            a2, b2, k2, _ = spans[j]
            if k1 != k2 and a1 < b2 and a2 < b1:
                return None, "overlap"
    listed = {t for k, t in items if k == "name"}
    namespans = [(a, b) for a, b, k, t in spans if k == "name"]
    for k, t in items:
        if k == "name" and " " in t:
            for w in t.split():
                if len(w) > 2 and w not in listed:
                    for m in re.finditer(r"(?<!\w)" + re.escape(w) + r"(?!\w)", text):
                        if not any(a <= m.start() and m.end() <= b for a, b in namespans):
                            return None, "name part alone"
    return [{"kind": k, "text": t} for k, t in items], None

ESCAPE_CATS = {"Cf", "Zs", "Zl", "Zp", "Cc", "Mn"}
def dump(d):
    s = json.dumps(d, ensure_ascii=False)
    return "".join("\\u%04x" % ord(c) if ord(c) > 0x7F and ord(c) <= 0xFFFF and unicodedata.category(c) in ESCAPE_CATS else c for c in s)

VOICES = list(T.POSITIVE)
POS_TPL = [(v, t) for v in VOICES for t in T.POSITIVE[v]] + [("chat", t) for t in T.CHAT]
SECOND_JOIN = {"export": "\n", "chat": "\n", "signature": "\n", "minutes": "\n", "alarm": "\n"}

def positive_doc(order):
    voice, tpl = order
    chat = voice == "chat"
    parts = [tpl]
    if R.random() < .14:
        same = T.CHAT if chat else T.POSITIVE[voice]
        parts.append(R.choice([t for t in same if t != tpl] or [tpl]))
        STATS["second template"] += 1
    joiner = SECOND_JOIN.get(voice, " ")
    if not chat and voice in ("form", "coordinator", "minutes", "survey", "grants", "consultation") and R.random() < .15:
        ctx = R.choice(T.NEGATIVE)
        parts = [ctx] + parts if R.random() < .5 else parts + [ctx]
        STATS["context sentence"] += 1
    tplfull = joiner.join(parts)
    persons, used = {}, set()
    text, spans = render(tplfull, persons, used, chat)
    STATS[f"voice: {voice}"] += 1
    return text, spans

def negative_doc():
    n = R.choice([1, 1, 2, 2, 3])
    parts = R.sample(T.NEGATIVE, n)
    text, spans = render(" ".join(parts), {}, set(), False)
    return text, spans

def main():
    docs, seen = [], set()
    n_total, n_neg = 2000, 750
    kinds = ["neg"] * n_neg + ["pos"] * (n_total - n_neg)
    R.shuffle(kinds)
    queue = []
    redraws = collections.Counter()
    for k in kinds:
        for attempt in range(200):
            if k == "pos":
                if not queue:
                    queue = POS_TPL[:]
                    R.shuffle(queue)
                order = queue[-1]
                text, spans = positive_doc(order)
            else:
                text, spans = negative_doc()
            if text in seen:
                redraws["duplicate " + k] += 1
                continue
            pii, why = validate(text, spans)
            if pii is None:
                redraws[why] += 1
                continue
            if k == "pos" and not pii:
                redraws["no identifier"] += 1
                continue
            if k == "pos":
                queue.pop()
            seen.add(text)
            docs.append({"id": f"gf{len(docs) + 1:04d}", "text": text, "pii": pii})
            break
        else:
            sys.exit("could not draw a document")
    with open(os.path.join(HERE, "test.jsonl"), "w", encoding="utf-8") as f:
        for d in docs:
            f.write(dump(d) + "\n")
    print(f"wrote {len(docs)} documents")
    if VERBOSE:
        for k, v in sorted(redraws.items()):
            print(f"redraw {k}: {v}")
        for k, v in sorted(STATS.items()):
            print(f"{k}: {v}")

if __name__ == "__main__":
    main()
