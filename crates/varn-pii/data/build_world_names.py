#!/usr/bin/env python3
"""Builds data/world_first_names.txt (see data/README.md).

Run by hand, never by cargo:
    pip download --no-deps gender-guesser==0.4.0      # ships nam_dict.txt unchanged
    unzip gender_guesser-0.4.0-py2.py3-none-any.whl 'gender_guesser/data/nam_dict.txt'
    apt-get install wamerican                         # /usr/share/dict/american-english
    python3 data/build_world_names.py gender_guesser/data/nam_dict.txt \
        /usr/share/dict/american-english > data/world_first_names.txt
    python3 data/build_world_names.py gender_guesser/data/nam_dict.txt --gazetteer \
        | sort -u > data/gazetteer_first_names.txt
    pip download --no-deps wordfreq==3.1.1 && pip install msgpack
    unzip wordfreq-3.1.1-py3-none-any.whl 'wordfreq/data/large_sv.msgpack.gz'
    python3 data/build_world_names.py gender_guesser/data/nam_dict.txt --word-names \
        /usr/share/dict/american-english wordfreq/data/large_sv.msgpack.gz \
        > data/world_word_names.txt
    pip download --no-deps faker==40.63.0
    unzip faker-40.63.0-py3-none-any.whl 'faker/providers/person/*'
    python3 data/build_world_names.py gender_guesser/data/nam_dict.txt --faker \
        faker/providers/person /usr/share/dict/american-english > data/faker_world_names.txt

Keeps every first name that Jörg Michael's dictionary (nam_dict.txt) gives a frequency of
at least 2 (of its scale 1-13) in at least one of its 55 countries and regions, split into
its parts ("Abdul+Rahman", "Jean-Luc"), in lower case, letters only, four letters or more.
A part is dropped when it is a word of data/sv_words.txt (or such a word and an -s), of
the English list (or such a word and an -s), of the gazetteer (data/places.txt,
data/localities.txt), a name of data/first_names.txt, or one of `WORDS_ABROAD`. A name must be a person's wherever a rule
reads a listed name, so a name that is also a word stays out: the guard reads those words
by their position instead.
"""
import os
import sys

DATA = os.path.dirname(os.path.abspath(__file__)) + "/"
MIN_FREQUENCY = 2
MIN_LETTERS = 4
# A Swedish word rarer than this (wordfreq's Zipf scale: 3 is once per million words) is
# read as a name when a list knows it as one: "halvor", "snorre"; "alla", "saken" are not.
MAX_WORD_ZIPF = 3.0
COUNTRIES = 55  # one frequency column each, from column 30 (nam_dict.txt's header)

# Names that are also words of Arabic, Persian, Finnish or Spanish which reports on
# violent extremism and on everyday life use as words: faith words and titles, greetings,
# "hope", "nothing", "luck". Left to the rules that read a name by its position.
WORDS_ABROAD = {
    "iman", "shahid", "salam", "amal", "nada", "onni", "ghazi", "mubarak", "hafiz",
    "malik", "nasim", "hayat", "habibi",
}


def swedish_words():
    words, prev = set(), b""
    for line in open(DATA + "sv_words.txt", "rb"):
        line = line.rstrip(b"\n")
        if line:
            prev = prev[: line[0] - 48] + line[1:]
            words.add(prev.decode())
    return words


def gazetteer():
    out = set()
    for name in ("places.txt", "localities.txt"):
        for line in open(DATA + name, encoding="utf-8"):
            if line.strip() and not line.startswith("#"):
                out.update(line.strip().lower().replace("-", " ").split())
    return out


def first_names(path):
    names = set()
    for line in open(path, encoding="utf-8"):
        # Comments, equivalences, and the second copy of a name with an umlaut (a '+' in
        # column 30, the dictionary's own advice to readers).
        if line.startswith(("#", "=")) or len(line) < 31 or line[29] == "+":
            continue
        freqs = line[30 : 30 + COUNTRIES]
        if max((int(c, 16) for c in freqs if c.strip()), default=0) >= MIN_FREQUENCY:
            names.update(line[3:29].strip().replace("+", " ").replace("-", " ").split())
    return names


def gazetteer_first_names(names):
    """The single words of the gazetteer that the dictionary also knows as first names
    ("Islam", "Salem", "Paris"): data/gazetteer_first_names.txt."""
    known = {n.lower() for n in names}
    for name in ("places.txt", "localities.txt"):
        for line in open(DATA + name, encoding="utf-8"):
            w = line.strip()
            if w and not w.startswith("#") and w.isalpha() and w.lower() in known:
                print(w.lower())


def swedish_zipf(path):
    """The Zipf frequency (log10 of uses per billion words) of every Swedish word in
    wordfreq's large_sv.msgpack.gz (a header, then buckets of words a centibel apart)."""
    import gzip

    import msgpack

    buckets = msgpack.load(gzip.open(path), raw=False)[1:]
    return {w: (900 - i) / 100 for i, bucket in enumerate(buckets) for w in bucket}


def word_names(names, english, zipf_path):
    """The names left out of the world's list only because they are Swedish words, and
    rare ones (Zipf below MAX_WORD_ZIPF): data/world_word_names.txt."""
    words, places = swedish_words(), gazetteer()
    known = {w.strip().lower() for w in open(DATA + "first_names.txt", encoding="utf-8")}
    zipf = swedish_zipf(zipf_path)

    def eng(n):
        return n in english or n[-1] == "s" and n[:-1] in english

    for n in sorted({n.lower() for n in names}):
        swedish = n in words or n[-1] == "s" and n[:-1] in words
        if (
            len(n) >= MIN_LETTERS
            and n.isalpha()
            and swedish
            and not eng(n)
            and n not in places
            and n not in known
            and zipf.get(n, 0) < MAX_WORD_ZIPF
        ):
            print(n)


# Faker's person providers whose names widen the world's list to the families the form
# meets that nam_dict.txt covers thinly: East Africa (Kenya, with its Somali names, and
# Swahili), Pakistan, West Africa (Hausa, Igbo, Yoruba, Twi, Nigerian English), South
# Africa (Zulu), Uzbek, Azerbaijani, Turkish, Indian English (Tamil among them),
# Indonesian, Vietnamese and Croatian.
FAKER_LOCALES = (
    "en_KE", "sw", "en_PK", "ha_NG", "ig_NG", "yo_NG", "en_NG", "tw_GH", "zu_ZA", "uz_UZ",
    "az_AZ", "tr_TR", "en_IN", "id_ID", "vi_VN", "hr_HR",
)


def faker_names(person_dir):
    """Every first name and surname in Latin letters of the FAKER_LOCALES providers
    (their class attributes named first_names… and last_names…)."""
    import ast

    out = set()
    for loc in FAKER_LOCALES:
        tree = ast.parse(open(f"{person_dir}/{loc}/__init__.py", encoding="utf-8").read())
        for node in ast.walk(tree):
            if not isinstance(node, ast.Assign):
                continue
            targets = [t.id for t in node.targets if isinstance(t, ast.Name)]
            if not any(t.startswith(("first_names", "last_names")) for t in targets):
                continue
            for c in ast.walk(node.value):
                if isinstance(c, ast.Constant) and isinstance(c.value, str):
                    for part in c.value.replace("-", " ").split():
                        if all(ch.isalpha() and ord(ch) < 0x250 for ch in part):
                            out.add(part.lower())
    return out


def faker_world_names(nam_dict_names, person_dir, english):
    """The names of faker_names that the world's list lacks, by the world list's own
    filters: data/faker_world_names.txt."""
    known = {w.strip().lower() for w in open(DATA + "first_names.txt", encoding="utf-8")}
    known |= {w.strip().lower() for w in open(DATA + "surnames.txt", encoding="utf-8")}
    known |= {n.lower() for n in nam_dict_names}
    words, places = swedish_words(), gazetteer()

    def word(n):
        return n in words or n in english or n[-1] == "s" and (n[:-1] in words or n[:-1] in english)

    for n in sorted(faker_names(person_dir)):
        if (
            len(n) >= MIN_LETTERS
            and not word(n)
            and n not in places
            and n not in known
            and n not in WORDS_ABROAD
        ):
            print(n)


def main():
    names = first_names(sys.argv[1])
    if sys.argv[2] == "--faker":
        english = {w.strip() for w in open(sys.argv[4], encoding="utf-8") if w.strip().islower()}
        faker_world_names(names, sys.argv[3], english)
        return
    if sys.argv[2] == "--gazetteer":
        gazetteer_first_names(names)
        return
    if sys.argv[2] == "--word-names":
        english = {w.strip() for w in open(sys.argv[3], encoding="utf-8") if w.strip().islower()}
        word_names(names, english, sys.argv[4])
        return
    known = {w.strip().lower() for w in open(DATA + "first_names.txt", encoding="utf-8")}
    english = {w.strip() for w in open(sys.argv[2], encoding="utf-8") if w.strip().islower()}
    words, places = swedish_words(), gazetteer()

    def word(n):
        return n in words or n in english or n[-1] == "s" and (n[:-1] in words or n[:-1] in english)

    for n in sorted({n.lower() for n in names}):
        if (
            len(n) >= MIN_LETTERS
            and n.isalpha()
            and not word(n)
            and n not in places
            and n not in known
            and n not in WORDS_ABROAD
        ):
            print(n)


main()
