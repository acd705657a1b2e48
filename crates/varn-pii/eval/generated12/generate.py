#!/usr/bin/env python3
"""Generate test.jsonl for generated12 (standard library only, fixed seed)."""
import collections, json, os, random, re, sys, unicodedata

import pools as P
import templates as T

SEED = 20261212
N_DOCS = 2000
N_NEG = 667
HERE = os.path.dirname(os.path.abspath(__file__))
VERBOSE = "-v" in sys.argv
STATS = collections.Counter()

# ---------------------------------------------------------------- helpers
def luhn_digit(s):
    tot = 0
    for i, c in enumerate(s):
        d = int(c) * (2 if i % 2 == 0 else 1)
        tot += d - 9 if d > 9 else d
    return str((10 - tot % 10) % 10)

def luhn_ok(s):
    return luhn_digit(s[:-1]) == s[-1]

CYR = {"A": "\u0410", "B": "\u0412", "C": "\u0421", "E": "\u0415", "H": "\u041d", "K": "\u041a",
       "M": "\u041c", "O": "\u041e", "P": "\u0420", "T": "\u0422", "X": "\u0425", "a": "\u0430",
       "c": "\u0441", "e": "\u0435", "o": "\u043e", "p": "\u0440", "x": "\u0445", "y": "\u0443",
       "i": "\u0456", "j": "\u0458", "s": "\u0455"}
DIGIT_BASES = {"fullwidth": 0xFF10, "arabic-indic": 0x660, "ext-arabic-indic": 0x6F0,
               "gujarati": 0xAE6, "khmer": 0x17E0, "monospace": 0x1D7F6}
DASHES = {"figure dash": "\u2012", "em dash": "\u2014", "fullwidth hyphen": "\uff0d",
          "small hyphen-minus": "\ufe63", "horizontal bar": "\u2015"}
INVIS = {"ZWJ": "\u200d", "CGJ": "\u034f", "RLM": "\u200f", "invisible times": "\u2062"}
SPACES = {"figure space": "\u2007", "narrow no-break space": "\u202f", "hair space": "\u200a"}

def map_digits(s, base):
    return "".join(chr(base + int(c)) if c.isdigit() and c.isascii() else c for c in s)

def mono(s):
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

def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if ("A" <= c <= "Z" or "a" <= c <= "z" or "0" <= c <= "9") else c for c in s)

def insert_invis(rng, s, ch, n=1):
    for _ in range(n):
        pos = [i for i in range(1, len(s)) if s[i - 1].isalnum() and s[i].isalnum()]
        if not pos:
            return None
        i = rng.choice(pos)
        s = s[:i] + ch + s[i:]
    return s

def cyr(rng, s, n=2):
    pos = [i for i, c in enumerate(s) if c in CYR]
    if not pos:
        return None
    for i in rng.sample(pos, min(n, len(pos))):
        s = s[:i] + CYR[s[i]] + s[i + 1:]
    return s

def fold(s):
    s = s.replace("ð", "d").replace("Ð", "D").replace("þ", "th").replace("Þ", "Th").replace("đ", "d")
    s = s.replace("Đ", "D").replace("ı", "i").replace("ł", "l").replace("'", "")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))

ONES = ["noll", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio"]
TEENS = ["tio", "elva", "tolv", "tretton", "fjorton", "femton", "sexton", "sjutton", "arton", "nitton"]
TENS = ["", "", "tjugo", "trettio", "fyrtio", "femtio", "sextio", "sjuttio", "åttio", "nittio"]

def num_word(n):
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS[n - 10]
    return TENS[n // 10] + (ONES[n % 10] if n % 10 else "")

# ---------------------------------------------------------------- disguises
class Disguiser:
    def __init__(self, rng):
        self.rng = rng
        self.used = collections.Counter()

    def pick(self, kind, cands):
        cands = [(n, v) for n, v in cands if v is not None]
        if not cands:
            return None
        m = min(self.used[(kind, n)] for n, _ in cands)
        best = [(n, v) for n, v in cands if self.used[(kind, n)] == m]
        n, v = self.rng.choice(best)
        self.used[(kind, n)] += 1
        STATS["disguise " + kind + ": " + n] += 1
        return v

    def digits_common(self, s):
        rng = self.rng
        c = []
        for name, base in DIGIT_BASES.items():
            c.append((name + " digits", map_digits(s, base)))
        if "-" in s:
            for name, d in DASHES.items():
                c.append((name, s.replace("-", d)))
        for name, ch in INVIS.items():
            c.append((name + " inside", insert_invis(rng, s, ch)))
        if "0" in s:
            c.append(("o for zero", s.replace("0", "o")))
        return c

    def name(self, s, chat=False):
        rng = self.rng
        if chat:
            c = [("ZWJ inside", insert_invis(rng, s, "\u200d")), ("RLM inside", insert_invis(rng, s, "\u200f"))]
            return self.pick("name", c)
        c = [("Cyrillic look-alikes", cyr(rng, s)),
             ("ZWJ inside", insert_invis(rng, s, "\u200d")),
             ("CGJ inside", insert_invis(rng, s, "\u034f")),
             ("RLM inside", insert_invis(rng, s, "\u200f")),
             ("monospace letters", mono(s) if s.isascii() or rng.random() < 0.5 else None),
             ("circled letters", circled(s) if any(ch.isascii() and ch.isalpha() for ch in s) else None),
             ("dots between letters", " ".join(".".join(w) for w in s.split(" ")) if len(s) < 14 else None)]
        nfd = unicodedata.normalize("NFD", s)
        if nfd != s:
            c.append(("NFD decomposed", nfd))
        if s.count(" ") == 1:
            for nm, sep in [("underscore", "_"), ("tab", "\t"), ("CRLF", "\r\n"),
                            ("narrow no-break space", "\u202f"), ("hair space", "\u200a")]:
                c.append((nm + " between names", s.replace(" ", sep)))
        return self.pick("name", c)

    def pnr(self, s, kind):
        return self.pick(kind, self.digits_common(s))

    def org(self, s):
        c = self.digits_common(s)
        if "-" in s:
            c.append(("space for dash", s.replace("-", " ")))
        return self.pick("organisationsnummer", c)

    def phone(self, s, parts):
        c = self.digits_common(s)
        if " " in s:
            for name, ch in SPACES.items():
                c.append((name + "s", s.replace(" ", ch)))
        if parts and parts[0].startswith("07"):
            area, xx = parts[0], int(parts[1])
            w = "noll " + num_word(int(area[1:])) + ", hundrasjuttiofyra, noll sex, " + (
                "noll " + ONES[xx] if xx < 10 else num_word(xx))
            c.append(("Swedish number words", w))
        return self.pick("phone", c)

    def email(self, s):
        rng = self.rng
        loc, dom = s.split("@")
        c = [("[snabel-a]", loc + " [snabel-a] " + dom), ("{at}", loc + " {at} " + dom),
             ("spaces around @", loc + " @ " + dom), ("%40", loc + "%40" + dom),
             ("&#x40;", loc + "&#x40;" + dom), ("small commercial at", loc + "\ufe6b" + dom),
             (" punkt ", loc + "@" + dom.replace(".", " punkt ")), ("{dot}", loc + "@" + dom.replace(".", "{dot}")),
             ("fullwidth full stop", loc + "@" + dom.replace(".", "\uff0e")),
             ("ZWJ in local part", (insert_invis(rng, loc, "\u200d") or "") + "@" + dom if insert_invis(rng, loc, "\u200d") else None),
             ("CRLF before @", loc + "\r\n@" + dom), ("monospace local part", mono(loc) + "@" + dom)]
        return self.pick("email", c)

    def address(self, street, num):
        rng = self.rng
        c = [("Cyrillic look-alikes in street", (cyr(rng, street) or "") + " " + num if cyr(rng, street) else None),
             ("all capitals", (street + " " + num).upper()),
             ("lower case", (street + " " + num).lower()),
             ("ZWJ in street", (insert_invis(rng, street, "\u200d") or "X") + " " + num),
             ("CGJ in street", (insert_invis(rng, street, "\u034f") or "X") + " " + num),
             ("narrow no-break space before number", street + "\u202f" + num),
             ("figure space before number", street + "\u2007" + num),
             ("fullwidth house number", street + " " + fullwidth(num)),
             ("Arabic-Indic house number", street + " " + map_digits(num, 0x660))]
        nfd = unicodedata.normalize("NFD", street)
        if nfd != street:
            c.append(("NFD street", nfd + " " + num))
        return self.pick("address", c)

    def postal(self, s):
        rng = self.rng
        c = [("fullwidth digits", fullwidth(s)), ("Arabic-Indic digits", map_digits(s, 0x660)),
             ("extended Arabic-Indic digits", map_digits(s, 0x6F0)),
             ("ZWJ inside", insert_invis(rng, s, "\u200d")), ("CGJ inside", insert_invis(rng, s, "\u034f"))]
        if " " in s:
            for name, ch in SPACES.items():
                c.append((name, s.replace(" ", ch)))
        return self.pick("postal_code", c)

    def plate(self, s):
        rng = self.rng
        c = [("Cyrillic look-alikes", cyr(rng, s, 3)), ("fullwidth", fullwidth(s)), ("monospace", mono(s)),
             ("lower case", s.lower()), ("ZWJ inside", insert_invis(rng, s, "\u200d"))]
        plain = s.replace(" ", "").replace("-", "")
        c.append(("every character spaced", " ".join(plain)))
        if " " in s:
            for name, ch in [("figure space", "\u2007"), ("narrow no-break space", "\u202f"), ("underscore", "_"), ("slash", "/")]:
                c.append((name, s.replace(" ", ch)))
        return self.pick("plate", c)

# ---------------------------------------------------------------- identifiers
PHONE_AVOID = {("07", "05"), ("07", "52"), ("07", "61"), ("08", "12")}

class Gen:
    def __init__(self, rng, readme_digits):
        self.rng = rng
        self.D = Disguiser(rng)
        self.readme_digits = readme_digits
        fams = []
        for f, (w, g, s) in P.FAMILIES.items():
            fams += [f] * w
        self.fams = fams

    def fresh(self, digits):
        return digits not in self.readme_digits

    def person(self, avoid_tokens):
        rng = self.rng
        while True:
            fam = rng.choice(self.fams)
            _, gl, sl = P.FAMILIES[fam]
            g, s = rng.choice(gl), rng.choice(sl)
            toks = {t.lower() for t in (g + " " + s).replace("-", " ").split()}
            if toks & avoid_tokens:
                continue
            avoid_tokens |= toks
            STATS["family " + fam] += 1
            return {"g": g, "s": s, "fam": fam, "toks": toks}

    def pnr(self, sam=False):
        rng = self.rng
        while True:
            y = rng.randint(1938, 2013)
            m = rng.randint(1, 12)
            d = rng.randint(1, 28)
            dd = d + 60 if sam else d
            ser = "%03d" % rng.randint(0, 999)
            base = "%02d%02d%02d%s" % (y % 100, m, dd, ser)
            full = base + luhn_digit(base)
            if not self.fresh(full):
                continue
            r = rng.random()
            if r < 0.5:
                v = full[:6] + "-" + full[6:]; f = "YYMMDD-NNNN"
            elif r < 0.7:
                v = str(y)[:2] + full[:6] + "-" + full[6:]; f = "YYYYMMDD-NNNN"
            elif r < 0.8:
                v = full; f = "YYMMDDNNNN"
            elif r < 0.9:
                v = str(y)[:2] + full; f = "YYYYMMDDNNNN"
            else:
                v = full[:6] + " - " + full[6:]; f = "YYMMDD - NNNN"
            STATS[("samordningsnummer" if sam else "personnummer") + " format " + f] += 1
            kind = "samordningsnummer" if sam else "personnummer"
            if rng.random() < 0.35:
                v = self.D.pnr(v, kind) or v
            return v, full

    def org(self):
        rng = self.rng
        while True:
            pre = rng.choice(["556", "559", "802", "835", "964", "717", "769"])
            base = pre + "%06d" % rng.randint(0, 999999)
            full = base + luhn_digit(base)
            if not self.fresh(full):
                continue
            r = rng.random()
            v = full[:6] + "-" + full[6:] if r < 0.8 else (full if r < 0.9 else "16" + full[:6] + "-" + full[6:])
            if rng.random() < 0.35:
                v = self.D.org(v) or v
            return v, full

    def phone(self):
        rng = self.rng
        while True:
            r = rng.random()
            xx = "%02d" % rng.randint(0, 99)
            if r < 0.7:
                area = rng.choice(["070", "072", "073", "076"])
                if ("07", xx) in PHONE_AVOID:
                    continue
                fmt = rng.choice(["{a}-174 06 {x}", "{a} 174 06 {x}", "({a}) 174 06 {x}", "0046 {a1} 174 06 {x}",
                                  "+46 {a1}-174 06 {x}", "{a}.174.06.{x}", "{a}/174 06 {x}", "{a}-174 06 {x}"])
                v = fmt.format(a=area, a1=area[1:], x=xx)
                parts = (area, xx)
            else:
                area, mid = rng.choice([("08", "465 004"), ("031", "390 06"), ("040", "628 04"), ("0980", "31 94")])
                if (area, xx) in PHONE_AVOID:
                    continue
                fmt = rng.choice(["{a}-{m} {x}", "({a}) {m} {x}", "0046 {a1} {m} {x}", "{a}/{m} {x}"])
                v = fmt.format(a=area, a1=area[1:], m=mid, x=xx)
                parts = None
            digits = re.sub(r"\D", "", v)
            if not self.fresh(digits):
                continue
            if rng.random() < 0.3:
                v = self.D.phone(v, parts) or v
            return v

    def email(self, p=None):
        rng = self.rng
        if p is None:
            p = {"g": rng.choice(["kontakt", "info", "styrelsen", "tips", "kansliet"]), "s": None}
        g = re.sub(r"[^a-z\-]", "", fold(p["g"]).lower().replace(" ", ""))
        if p["s"] is None:
            loc = g + str(rng.randint(1, 99))
        else:
            s = re.sub(r"[^a-z\-]", "", fold(p["s"]).lower().replace(" ", ""))
            loc = rng.choice([g + "." + s, g[0] + "_" + s, s + "." + g[0], g + s + str(rng.randint(60, 99)),
                              s + "-" + g, g + "." + s[0], g + "_" + s])
        v = loc + "@" + rng.choice(P.EMAIL_DOMAINS)
        if rng.random() < 0.3:
            v = self.D.email(v) or v
        return v

    def address(self):
        rng = self.rng
        r = rng.random()
        if r < 0.35:
            w, sw = rng.choice(P.STREET_APART); street = w + " " + sw; sh = "word + street word apart"
        elif r < 0.45:
            street = rng.choice(P.STREET_STORA) + " " + rng.choice(P.STREET_JOINED); sh = "Stora/Gamla + joined"
        elif r < 0.62:
            street = rng.choice(P.STREET_JOINED); sh = "joined"
        elif r < 0.7:
            street = rng.choice(P.STREET_STRAKET); sh = "-stråket"
        elif r < 0.8:
            street = rng.choice(P.STREET_NUMBERED); sh = "ordinal + street"
        elif r < 0.9:
            street = rng.choice(P.STREET_HYPHEN); sh = "hyphenated person name + street word"
        else:
            street = rng.choice(P.STREET_DEF_ADJ); sh = "adjective + definite street word"
        STATS["street shape " + sh] += 1
        n = rng.randint(2, 96)
        num = rng.choice([str(n), str(n), "%d %s" % (n, rng.choice("ABCD")), "%d%s" % (n, rng.choice("abc")),
                          "%d–%d" % (n, n + 2), "%d, 3 tr" % n, "%d A, 1 tr" % n, "%d bv" % n,
                          "%d, port 2" % n, "%d, hus 4" % n])
        v = street + " " + num
        if rng.random() < 0.3:
            v = self.D.address(street, num) or v
        return v

    def postal(self):
        rng = self.rng
        while True:
            d = "%d%04d" % (rng.randint(1, 9), rng.randint(0, 9999))
            if self.fresh(d):
                break
        r = rng.random()
        v = d[:3] + " " + d[3:] if r < 0.7 else (d if r < 0.8 else ("S-" if r < 0.9 else "SE-") + d[:3] + " " + d[3:])
        if rng.random() < 0.3:
            v = self.D.postal(v) or v
        return v

    def plate(self, chat=False):
        rng = self.rng
        L = "ABCDEFGHJKLMNOPRSTUWXYZ"
        while True:
            let = "".join(rng.choice(L) for _ in range(3))
            if let in ("KKK", "SEX", "FAN", "NSM", "SSS", "WTF"):
                continue
            if rng.random() < 0.5:
                tail = "%03d" % rng.randint(10, 999)
            else:
                tail = "%02d%s" % (rng.randint(0, 99), "O" if rng.random() < 0.3 else rng.choice(L))
            if self.fresh(re.sub(r"\D", "", tail) + let):
                break
        r = rng.random()
        v = let + " " + tail if r < 0.7 else (let + tail if r < 0.9 else let + "-" + tail)
        if chat:
            return v.lower()
        if rng.random() < 0.3:
            v = self.D.plate(v) or v
        return v

# ---------------------------------------------------------------- fillers
def filler(rng, key):
    base = key.rstrip("23")
    if base == "DIST": return rng.choice(P.DISTRICTS)
    if base == "PLACE": return rng.choice(P.PLACES)
    if base == "UNIT": return rng.choice(P.UNITS)
    if base == "AUTH": return rng.choice(P.AUTHORITIES)
    if base == "PLAT": return rng.choice(P.PLATFORMS)
    if base == "SHOP": return rng.choice(P.SHOPS)
    if base == "TOWN": return rng.choice(P.TOWNS)
    if base == "ROLE": return rng.choice(P.ROLES)
    if base == "MONTH": return rng.choice(P.MONTHS)
    if base == "DAY": return rng.choice(P.WEEKDAYS)
    if base == "DATE": return rng.choice(["2026-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28)),
                                          "%d %s" % (rng.randint(1, 28), rng.choice(P.MONTHS)),
                                          "den %d/%d" % (rng.randint(1, 28), rng.randint(1, 12))])
    if base == "TIME": return rng.choice(["%02d:%02d", "%02d.%02d"]) % (rng.randint(7, 23), rng.choice([0, 10, 15, 25, 30, 45, 50]))
    if key == "N3": return str(rng.randint(161, 320))
    if key == "N2": return str(rng.randint(1, 40))
    if base == "N": return str(rng.randint(41, 160))
    if base == "DD": return "%02d" % rng.randint(1, 28)
    if base == "WEEK": return str(rng.randint(1, 52))
    if base == "YEAR": return str(rng.randint(2017, 2026))
    if base == "MONEY": return rng.choice(["4 200", "12 750", "38 000", "950", "1 480"])
    if base == "INVOICE": return "F-%d-%03d" % (rng.randint(2025, 2026), rng.randint(1, 999))
    if base == "ORDER": return "%d-%d" % (rng.randint(1000, 9999), rng.randint(10, 999))
    if base == "IA": return "IA %d:%d" % (rng.randint(2025, 2026), rng.randint(100, 9999))
    if base == "DNR": return rng.choice(["Dnr SDN %d/%d" % (rng.randint(2024, 2026), rng.randint(10, 999)),
                                         "dnr %d-%03d-KS" % (rng.randint(2024, 2026), rng.randint(1, 999)),
                                         "diarienr SOC/%d:%d" % (rng.randint(2024, 2026), rng.randint(1, 99)),
                                         "ärendenr %d.%d.%d" % (rng.randint(1, 9), rng.randint(1, 9), rng.randint(1, 300))])
    if base == "LAW": return rng.choice(["10 kap. 2 § OSL", "14 kap. 1 c § SoL", "lag (2018:1937)", "2 kap. 10 § skollagen",
                                         "12 kap. 10 § SoL", "artikel 6.1 e GDPR", "4 kap. 5 § BrB", "SFS 2001:453"])
    raise KeyError(key)

# ---------------------------------------------------------------- rendering
SLOT = re.compile(r"\{([A-Z0-9]+)(?:\.([a-z]+))?(?:\.([a-z]+))?\}")
MARKED = {"PNR": "personnummer", "SAM": "samordningsnummer", "ORG": "organisationsnummer", "PHONE": "phone",
          "EMAIL": "email", "ADDR": "address", "POST": "postal_code", "PLATE": "plate", "PLATE2": "plate"}

def render(g, rng, tmpls, chat):
    """Render templates (list) into one text. Returns text, slots [(a,b,kind,val)], persons."""
    avoid = set()
    persons = {}
    cache = {}
    out, slots, pos = [], [], 0
    for tmpl in tmpls:
        if out:
            out.append(" " if "\n" not in tmpl and "\n" not in "".join(out) else "\n\n")
            pos += len(out[-1])
        last = 0
        for m in SLOT.finditer(tmpl):
            lit = tmpl[last:m.start()]
            out.append(lit); pos += len(lit); last = m.end()
            key, form, mod = m.group(1), m.group(2), m.group(3)
            kind, val = None, None
            if key in "ABCD" and len(key) == 1:
                if key not in persons:
                    persons[key] = g.person(avoid)
                p = persons[key]
                ck = (key, form, mod)
                if ck in cache:
                    kind, val = cache[ck]
                elif form == "e":
                    kind, val = "email", g.email(p)
                elif form == "p":
                    kind, val = "phone", g.phone()
                else:
                    kind = "name"
                    f = form or "full"
                    if f == "full": val = p["g"] + " " + p["s"]
                    elif f == "g": val = p["g"]
                    elif f == "s": val = p["s"]
                    elif f == "gi": val = p["g"] + " " + fold(p["s"])[0].upper() + "."
                    elif f == "sg": val = p["s"] + ", " + p["g"]
                    elif f == "uc": val = (p["g"] + " " + p["s"]).upper()
                    elif f == "lc": val = (p["g"] + " " + p["s"]).lower()
                    if mod == "lc" or chat:
                        val = val.lower()
                    STATS["name form " + f + (" lc" if (mod == "lc" or chat) else "")] += 1
                    if f not in ("uc", "lc") and mod != "lc" and not chat:
                        r = rng.random()
                        if r < 0.06:
                            val = val.upper(); STATS["name case capitals"] += 1
                        elif r < 0.12:
                            val = val.lower(); STATS["name case lower"] += 1
                    if f != "sg" and rng.random() < 0.18:
                        val = g.D.name(val, chat) or val
                    elif f == "sg" and rng.random() < 0.1:
                        val = g.D.name(val, chat) or val
                if ck not in cache:
                    cache[ck] = (kind, val)
            elif key in MARKED:
                kind = MARKED[key]
                ck = (key, None, mod)
                if ck in cache:
                    kind, val = cache[ck]
                else:
                    if key == "PNR": val = g.pnr()[0]
                    elif key == "SAM": val = g.pnr(True)[0]
                    elif key == "ORG": val = g.org()[0]
                    elif key == "PHONE": val = g.phone()
                    elif key == "EMAIL": val = g.email()
                    elif key == "ADDR": val = g.address()
                    elif key == "POST": val = g.postal()
                    elif key.startswith("PLATE"): val = g.plate(chat=(mod == "lc" or chat))
                    if chat and key == "ADDR": val = val.lower()
                    cache[ck] = (kind, val)
            else:
                val = filler(rng, key)
                before = ("".join(out)).rstrip(" ")
                if not before or before[-1] in ".!?\n":
                    val = val[:1].upper() + val[1:]
            if kind:
                slots.append((pos, pos + len(val), kind, val))
            out.append(val); pos += len(val)
        lit = tmpl[last:]
        out.append(lit); pos += len(lit)
    return "".join(out), slots, persons

# ---------------------------------------------------------------- checks
def ok_doc(text, slots, persons, negative):
    if negative:
        names_used = set()
    # 1. every occurrence of a listed text lies in a slot of its kind
    items = []
    for a, b, k, v in slots:
        if (k, v) not in items:
            items.append((k, v))
    for k, v in items:
        i = text.find(v)
        while i >= 0:
            if not any(a <= i and i + len(v) <= b and kk == k for a, b, kk, vv in slots):
                STATS["redraw: listed text outside its slot"] += 1
                return None
            i = text.find(v, i + 1)
    # 2. no name token outside slots (any case)
    low = text.lower()
    for p in persons.values():
        for t in p["toks"]:
            for m in re.finditer(r"(?<!\w)" + re.escape(t) + r"(?!\w)", low):
                if not any(a <= m.start() and m.end() <= b for a, b, kk, vv in slots):
                    STATS["redraw: name token outside slot"] += 1
                    return None
    # 3. no Luhn-valid 10/12 digit run outside slots
    masked = list(unicodedata.normalize("NFC", text))
    t2 = "".join(" " if any(a <= i < b for a, b, k, v in slots) else c for i, c in enumerate(text))
    for m in re.finditer(r"\d[\d\- ]{8,14}\d", t2):
        d = re.sub(r"\D", "", m.group())
        if len(d) in (10, 12) and luhn_ok(d[-10:]) and d != "2120000142":
            STATS["redraw: Luhn run"] += 1
            return None
    # 4. as check.py: every word of a listed full name that occurs alone is inside a name slot
    for k, v in items:
        if k != "name" or " " not in v:
            continue
        for w in v.split():
            if len(w) > 2 and ("name", w) not in items:
                for m in re.finditer(r"(?<!\w)" + re.escape(w) + r"(?!\w)", text):
                    if not any(a <= m.start() and m.end() <= b and kk == "name" for a, b, kk, vv in slots):
                        STATS["redraw: name part alone"] += 1
                        return None
    # 5. overlaps between different kinds
    for i in range(len(slots)):
        for j in range(i + 1, len(slots)):
            a1, b1, k1, _ = slots[i]; a2, b2, k2, _ = slots[j]
            if a1 < b2 and a2 < b1:
                return None
    return [{"kind": k, "text": v} for k, v in items]

def escape(line):
    out = []
    for c in line:
        if ord(c) > 0x7F and unicodedata.category(c) in ("Cf", "Zs", "Zl", "Zp", "Cc", "Mn"):
            out.append("\\u%04x" % ord(c))
        else:
            out.append(c)
    return "".join(out)

def readme_digits():
    path = "/tmp/g11readme.txt"
    s = set()
    if os.path.exists(path):
        txt = open(path, encoding="utf-8").read()
        for m in re.finditer(r"[0-9][0-9 \-+()]*[0-9]", txt):
            d = re.sub(r"\D", "", m.group())
            if len(d) >= 4:
                s.add(d)
    return s

def main():
    rng = random.Random(SEED)
    g = Gen(rng, readme_digits())
    positives = [(v, t) for v, ts in T.POSITIVE.items() for t in ts]
    kinds = ["neg"] * N_NEG + ["pos"] * (N_DOCS - N_NEG)
    rng.shuffle(kinds)
    seen_texts = set()
    docs = []
    queue = []
    negq = []
    for idx, kd in enumerate(kinds, 1):
        while True:
            if kd == "pos":
                if not queue:
                    queue = positives[:]
                    rng.shuffle(queue)
                voice, t = queue[-1]
                chat = voice == "teamschat" and ("lc" in t or rng.random() < 0.5)
                tmpls = [t]
                prose = voice in ("form", "consultation", "survey", "police", "transport")
                if prose and rng.random() < 0.12:
                    tmpls.append(rng.choice(T.SECOND["*"]))
                if prose and rng.random() < 0.15:
                    ctx = rng.choice(T.NEGATIVE)
                    tmpls = [ctx] + tmpls if rng.random() < 0.5 else tmpls + [ctx]
                text, slots, persons = render(g, rng, tmpls, chat)
                pii = ok_doc(text, slots, persons, False)
                if pii is None or not pii:
                    continue
            else:
                n = rng.choice([1, 1, 2, 2, 3])
                tm = []
                for _ in range(n):
                    if rng.random() < 0.12:
                        tm.append(rng.choice(P.NAMEWORD_SENTENCES))
                    else:
                        if not negq:
                            negq = T.NEGATIVE[:]
                            rng.shuffle(negq)
                        tm.append(negq.pop())
                text, slots, persons = render(g, rng, tm, False)
                pii = []
                if ok_doc(text, slots, persons, True) is None:
                    continue
            if text in seen_texts:
                STATS["redraw: duplicate text"] += 1
                continue
            seen_texts.add(text)
            if kd == "pos":
                queue.pop()
                STATS["voice " + voice] += 1
            break
        docs.append({"id": "gh%04d" % idx, "text": text, "pii": pii})
    with open(os.path.join(HERE, "test.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for d in docs:
            f.write(escape(json.dumps(d, ensure_ascii=False)) + "\n")
    if VERBOSE:
        for k in sorted(STATS):
            print(f"{STATS[k]:6d}  {k}")

if __name__ == "__main__":
    main()
