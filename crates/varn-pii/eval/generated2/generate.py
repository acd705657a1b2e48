#!/usr/bin/env python3
"""Generate test.jsonl: a blind, template-generated evaluation corpus for the Värn PII guard.

Deterministic (fixed seed), Python standard library only. Templates and name pools are this
author's own; nothing is taken from the guard or its generators.

Output format: heldout20's. One JSON object per line,
  {"id": "g0001", "text": "...", "pii": [{"kind": "name", "text": "..."}]}
Each (kind, text) pair is listed once and every occurrence of that text in the document
counts. There are no offsets: spans are found by substring search (as heldout20's check.py
does). Invisible characters are written as \\u escapes, as heldout20's build.py does.
"""
import collections, json, os, random, re, sys, unicodedata

SEED = 20261201
N_DOCS = 2000
NEG_SHARE = 1 / 3
DISGUISE_RATE = 0.20
HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------------------
# Name pools (written for this corpus). family -> (first names, surnames)
# ---------------------------------------------------------------------------------------
POOLS = {
    "somali": (
        "Abdirahman Abdullahi Ayaan Bashiir Cabdi Cali Deeqa Faadumo Farxiyo Fartuun Geedi "
        "Hodan Hibaaq Ilhaan Istarliin Jamaal Khadar Khadra Liibaan Maxamed Muno Mustafe "
        "Nasteexo Nimco Qorane Raxmo Sagal Saciid Shukri Sucaad Ubax Xaliimo Xamse Yaasiin "
        "Yusra Zamzam Idil Caasha Filsan Hamdi Ruun Sahra".split(),
        "Warsame Cabdulle Xuseen Jaamac Faarax Maxamuud Cismaan Aadan Barre Samatar Yuusuf "
        "Guuleed Dualeh Egal Elmi Hirsi Ismaaciil Jibriil Kaahiye Mahamud Nuur Cumar Qaasim "
        "Rooble Shire Siyaad Tahliil Ugaas Waberi Xirsi Yabarow Daahir Abtidoon Bulxan "
        "Carraale Diiriye Farah Xasan Ciise Gacal Muuse".split()),
    "persian": (
        "Alireza Arezoo Azadeh Babak Bahareh Dariush Farhad Farzaneh Ghazal Golnar Hamid "
        "Hossein Jamshid Kamran Kaveh Laleh Leila Mahsa Maryam Mehdi Mina Mojgan Navid Negar "
        "Nilufar Omid Parisa Parviz Reza Roya Sahar Shabnam Shirin Siavash Soraya Taraneh "
        "Yasaman Zohreh Wahid Zarghona Habibullah Fawad Nazanin Fereshteh".split(),
        "Ahmadi Azizi Bahrami Daneshvar Ebrahimi Farahani Ghorbani Hashemi Hosseini Jafari "
        "Karimi Kazemi Mahmoudi Mohammadi Moradi Mousavi Najafi Nazari Rahimi Rezaei Sadeghi "
        "Safavi Shahidi Sharifi Soltani Tehrani Yazdani Zamani Amiri Bakhtiari Rostami "
        "Khorasani Popal Sultani Wardak Haidari Samadi Noorzai Stanekzai Jalali Qaderi".split()),
    "arabic": (
        "Abdullah Ahmed Amal Amira Ammar Aya Bilal Dalia Fatima Faisal Ghada Hamza Hanan Hiba "
        "Ibrahim Jamila Karim Khalid Layla Lina Mahmoud Malak Mariam Mohammed Mustafa Nadia "
        "Nour Omar Rania Rashid Samir Tariq Wael Yasmin Yousef Zainab Zakaria Haitham Rasha "
        "Salma Osama Hadil Munir".split(),
        "Abbas Al-Ahmad Al-Hassan Al-Khatib Al-Masri Al-Najjar Al-Rashid Al-Sayed Aziz Bakr "
        "Darwish El-Amin Fadel Ghanem Haddad Hamdan Hijazi Issa Jaber Kassem Khalil Mansour "
        "Nasser Obeid Qasim Rahman Saleh Salem Shammari Suleiman Taha Yassin Zaher Awad "
        "Barakat Habib Farouk Hussein Sabbagh Tamimi Zoubi".split()),
    "bcs": (
        "Adnan Amela Amir Aida Belma Dragan Dženana Đorđe Edin Elma Emir Goran Haris Ivana "
        "Ivica Jasmina Kemal Lejla Marija Marko Milica Mirza Nedžad Nikola Nataša Senad "
        "Snežana Tarik Tijana Vesna Zlatan Željko Živana Zoran Darko Slađana Dejan Jelena "
        "Stjepan Bojan Ćamil Šefik Mirela Đula".split(),
        "Begić Hadžić Kovačević Jovanović Petrović Horvat Babić Marić Šarić Delić Hodžić "
        "Mehmedović Čolić Đurić Ilić Jurić Knežević Lukić Mujić Nikolić Omerović Pavlović "
        "Radić Salihović Šehić Tomić Vuković Zečević Žunić Ćosić Bašić Čaušević Dedić "
        "Filipović Grgić Husić Imamović Đorđević Spahić Mašić Kurtović Šabanović".split()),
    "kurdish": (
        "Aram Avin Azad Baran Berfin Berivan Bêrîtan Botan Delal Dilan Dilşad Diyar Evîn "
        "Hêvî Hejar Jiyan Kawa Lorîn Mizgîn Nechirvan Newroz Rebin Ronahî Rojda Rojhat "
        "Rêbwar Serhat Sherzad Shilan Sîpan Soran Şêro Zana Zerya Zilan Hawre Shwan Bijar "
        "Hêlîn Nîştiman Avesta Kejal".split(),
        "Amedî Baban Bapîr Berwarî Botanî Dosky Hawramî Jaf Kakayî Mergasorî Mukriyanî Qadir "
        "Salih Sindî Zebarî Zaxoyî Şemzînî Heyder Welat Serhildan Zagros Kobanî Hakkarî "
        "Soranî Xelîl Ehmed Mahmûd Osmanî Rûstem Seyda Biradost Goyî Herkî Mizûrî Rojbeyanî "
        "Surçî Bradostî Mîran Doskî Hewlêrî Xoşnaw".split()),
    "turkish": (
        "Ahmet Ayşe Ayten Burak Büşra Can Cem Deniz Ebru Elif Emre Esra Fatih Gül Gökhan "
        "Hakan Hülya İbrahim Leyla Mehmet Melek Murat Nazlı Oğuz Özlem Pınar Selin Serkan "
        "Sevgi Tuğba Tolga Ufuk Umut Yasemin Yusuf Zeynep Çağla Şule Kübra Barış Erdem "
        "İlknur Gülşen".split(),
        "Aksoy Arslan Aydın Bayram Çelik Demir Doğan Ekinci Güneş Güler Kaya Kılıç Koç "
        "Korkmaz Kurt Öztürk Özdemir Polat Şahin Tekin Tunç Uçar Yavuz Yıldız Yıldırım Yılmaz "
        "Yücel Acar Bulut Çetin Duman Gündoğdu Karaca Keskin Özkan Sarı Ünal Vural Altun Aslan "
        "Coşkun Kahraman Erbaş".split()),
    "nordic": (
        "Agnes Alma Anders Astrid Björn Ebba Elsa Erik Gunnar Göran Hanna Hjalmar Ingrid "
        "Johan Karin Lars Linnéa Maja Märta Nils Olle Pär Ragnar Sigrid Stig Sten Sölve "
        "Torbjörn Ulla Åsa Åke Örjan Östen Vilgot Tove Sune Kjell Britt-Marie Øystein Søren "
        "Mette Sindre Gösta Ylva".split(),
        "Andersson Berg Björk Dahl Eklund Forsberg Gustafsson Hedlund Holm Jönsson Karlsson "
        "Lindqvist Ljungberg Lundström Nyström Näslund Öberg Östlund Åkesson Sjöberg "
        "Sandström Strömberg Söderlund Wallin Wikström Bäckman Hägglund Pålsson Ångström "
        "Löfgren Blomqvist Engström Fjällström Grönlund Håkansson Mårtensson Nordin Rosén "
        "Sundqvist Ekström Lövgren Thörnqvist".split()),
    "finnish": (
        "Aino Antti Eija Eino Elina Hannele Heikki Ilkka Jaana Juha Jukka Kaarina Kalevi Kari "
        "Kirsi Lauri Leena Mikko Minna Niina Olli Paavo Päivi Pekka Pirjo Raili Riikka Sami "
        "Sanna Satu Seppo Sirpa Taisto Tapio Tuula Tuomas Veikko Ville Väinö Jyrki Marjatta "
        "Outi Esko".split(),
        "Heikkinen Hämäläinen Järvinen Karjalainen Koskinen Korhonen Laine Lehtonen Lehtinen "
        "Mäkinen Mäkelä Nieminen Niemi Pitkänen Rantanen Salminen Saarinen Tuominen Virtanen "
        "Väisänen Ahonen Hiltunen Jokinen Kettunen Kinnunen Lahtinen Lindroos Manninen "
        "Miettinen Nurmi Peltonen Räsänen Savolainen Toivonen Turunen Vainio Huttunen "
        "Leinonen Halonen Rautio Ylönen Kärkkäinen".split()),
    "tigrinya": (
        "Abraham Aklilu Almaz Amanuel Berhane Bereket Biniam Dawit Fiori Filmon Freweyni "
        "Hagos Haben Kidane Lemlem Luwam Mebrahtu Meron Mussie Nahom Rahwa Saba Selam Semhar "
        "Senait Tesfay Tekle Tsega Winta Yonas Yordanos Yohannes Zewdi Mehari Hiwet Ariam "
        "Eyob Feven Robel Selamawit Temesghen".split(),
        "Abraha Asmerom Berhe Gebremichael Ghirmay Habte Haile Kahsay Kiflom Measho Mengstab "
        "Negash Okbay Russom Sium Tedla Teklehaimanot Tesfamariam Tewolde Weldemariam Woldu "
        "Yemane Zerai Andemariam Bahta Debesai Estifanos Fessehaye Gebru Iyasu Tekeste "
        "Zemichael Ogbazghi Mebrahtom Netsereab Ghebrehiwet Kibrom Tsegai Araya Hailu".split()),
    "polish": (
        "Agnieszka Aleksandra Andrzej Bartosz Beata Dorota Ewa Grzegorz Jacek Jakub Joanna "
        "Kamil Katarzyna Krzysztof Łukasz Magdalena Małgorzata Marcin Michał Monika Paweł "
        "Piotr Renata Sebastian Szymon Tomasz Urszula Wojciech Zbigniew Zofia Żaneta Bożena "
        "Jadwiga Stanisław Wiesław Mirosław Dariusz Halina Mateusz Krystyna Jarosław".split(),
        "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański "
        "Woźniak Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Krawczyk Piotrowski "
        "Grabowski Nowakowski Pawłowski Michalski Adamczyk Dudek Zając Wieczorek Jabłoński "
        "Król Majewski Olszewski Jaworski Wróbel Malinowski Pawlak Witkowski Walczak Stępień "
        "Górski Rutkowski Sikora Chmielewska Kowalska Wiśniewska".split()),
}
FAMILIES = sorted(POOLS)
for fam, (fs, ss) in POOLS.items():
    assert len(set(fs)) >= 40 and len(set(ss)) >= 40, (fam, len(set(fs)), len(set(ss)))

# ---------------------------------------------------------------------------------------
# Context pools (never marked)
# ---------------------------------------------------------------------------------------
AREAS = ["Tensta", "Husby", "Rinkeby", "Akalla", "Hjulsta", "Bredäng", "Sätra", "Vårberg",
         "Hökarängen", "Rågsved", "Hagsätra", "Högdalen", "Bagarmossen", "Vällingby",
         "Hässelby", "Kista", "Solberga", "Årsta", "Gubbängen", "Östberga", "Fruängen",
         "Västertorp", "Aspudden", "Hammarbyhöjden", "Fittja", "Alby", "Hallunda", "Norsborg",
         "Farsta strand", "Skärholmen"]
DISTRICTS = ["Rinkeby-Kista", "Spånga-Tensta", "Hässelby-Vällingby", "Bromma", "Kungsholmen",
             "Norrmalm", "Östermalm", "Södermalm", "Enskede-Årsta-Vantör", "Skarpnäck",
             "Farsta", "Älvsjö", "Hägersten-Liljeholmen", "Skärholmen"]
PLACES = ["Medborgarplatsen", "Sergels torg", "Kista galleria", "Tensta centrum",
          "tunnelbanestationen i Rinkeby", "Stadsbiblioteket", "fritidsgården", "idrottsplatsen",
          "Kungsträdgården", "Slussen", "Vällingby centrum", "Farsta centrum", "Skärholmens gård",
          "Husby torg", "Järvafältet", "Hötorget", "Fridhemsplan", "Globen", "Mälarhöjdsbadet",
          "Rinkeby folkets hus", "Vårby gård", "Stadshuset"]
AUTHS = ["Polisen", "Säkerhetspolisen", "Länsstyrelsen i Stockholms län", "Skolverket",
         "Migrationsverket", "Arbetsförmedlingen", "Försäkringskassan",
         "Center mot våldsbejakande extremism", "Brottsförebyggande rådet",
         "Myndigheten för ungdoms- och civilsamhällesfrågor", "Socialstyrelsen", "Kriminalvården",
         "Stadsledningskontoret", "socialförvaltningen", "utbildningsförvaltningen",
         "Socialjouren", "Fältgruppen Södermalm", "Region Stockholm", "Sveriges Kommuner och Regioner"]
LAWS = ["14 kap. 1 § SoL", "SFS 2018:218", "5 kap. 2 §", "26 kap. 1 § OSL", "10 kap. 2 § OSL",
        "SFS 2001:453", "lag (2018:1937)", "3 kap. 5 § skollagen", "29 kap. 13 § skollagen",
        "SFS 2010:800", "6 kap. 10 § skollagen", "2 kap. 1 § brottsbalken", "SFS 2009:400",
        "25 kap. 1 § OSL"]
DNR_PREFIX = ["KS", "SOF", "UTN", "SLK", "KF", "SDN", "ÄN", "KUN", "IDN"]
MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
          "september", "oktober", "november", "december"]
DAYS = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]
AGEBANDS = ["under 15", "15-17", "18-20", "21-29", "30+"]
PLACETYPES = ["skola", "förskola", "fritidsgård", "offentlig miljö", "kollektivtrafik",
              "bostad", "arbetsplats", "religiös lokal", "nätet", "övrigt"]
ENVS = ["våldsbejakande högerextremism", "våldsbejakande vänsterextremism",
        "våldsbejakande islamistisk extremism", "ensamagerande", "oklart"]
ROOMS = ["konferensrummet på plan 4", "stora sammanträdesrummet", "Teams", "matsalen",
         "biblioteket", "personalrummet"]
TOWNS = ["Stockholm", "Spånga", "Kista", "Hägersten", "Farsta", "Bandhagen", "Johanneshov",
         "Skärholmen", "Vällingby", "Bromma", "Älvsjö", "Enskede", "Årsta", "Tumba", "Huddinge",
         "Solna", "Sundbyberg", "Hässelby", "Skarpnäck", "Sköndal"]

# ---------------------------------------------------------------------------------------
# Identifier generators
# ---------------------------------------------------------------------------------------
PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUWXYZ"
STREET_STEM = ["Kvarn", "Skol", "Smedje", "Tall", "Lönn", "Björkhags", "Hagel", "Ängs", "Bruks",
               "Kyrk", "Sjö", "Mosse", "Åker", "Gran", "Tegel", "Hamn", "Slåtter", "Vinkel",
               "Korp", "Trast", "Lärk", "Murar", "Snickar", "Vävar", "Brunns", "Källar",
               "Ljung", "Ros", "Fyrverkar", "Tuvull", "Hästhovs", "Mjölnar", "Klockar",
               "Bagar", "Skeppar", "Timmer", "Varvs", "Kol", "Tjär", "Gärdes", "Stens",
               "Vitsippe", "Blåbärs", "Rönnbärs", "Solrosen"]
STREET_SUFFIX = ["vägen", "gatan", "stigen", "gränd", "backen", "plan", "allén", "torget",
                 "slingan", "leden", "gången", "bron"]
TWO_WORD_FIRST = ["Gamla", "Norra", "Södra", "Västra", "Östra", "Lilla", "Stora", "Nya",
                  "Kvarnens", "Skolans", "Parkens", "Ekens", "Tullens", "Smedjans", "Sjöhagens",
                  "Ulriksdals", "Tyresö", "Drottningholms", "Hagalunds", "Solbergs", "Mölna",
                  "Bergshamra", "Kronobergs", "Ängby", "Bruksgårdens", "Lindarnas", "Kyrkans",
                  "Hamnens", "Prästgårdens", "Sockerbruks", "Tegelbruks", "Värmdö", "Mälar",
                  "Gärdets", "Björkängs", "Lugna", "Gröna", "Breda", "Branta", "Långa"]
TWO_WORD_SECOND = ["allé", "slottsväg", "torg", "backe", "strandväg", "gränd", "park", "brink",
                   "kaj", "väg", "gata", "stig", "terrass", "plan", "hage", "gård"]
TWO_WORD_MAIN = ["allé", "slottsväg", "torg", "backe"]
MAIL_DOMAINS = ["skola.example", "mail.example", "forening.example", "stad.example",
                "post.example", "webbpost.example", "ungdom.example", "natet.example"]
PHONE_RANGES = [("070", "174 06", 5, 99), ("08", "465 004", 0, 99), ("031", "390 06", 0, 99),
                ("040", "628 04", 0, 99), ("0980", "31 92", 0, 99)]

SV_DIGITS = ["noll", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio"]
ZW = ["\u200b", "\u200d", "\u00ad", "\u2060"]
ZW_NAME = {"\u200b": "ZWSP", "\u200d": "ZWJ", "\u00ad": "SHY", "\u2060": "WJ"}
NBSP = "\u00a0"


def luhn(digits):
    s = 0
    for i, ch in enumerate(digits):
        x = int(ch) * (2 if i % 2 == 0 else 1)
        s += x - 9 if x > 9 else x
    return str((10 - s % 10) % 10)


def days_in(y, m):
    return [31, 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28, 31, 30, 31,
            30, 31, 31, 30, 31, 30, 31][m - 1]


def gen_idnum(rng, coord=False):
    y = rng.randint(1944, 2012)
    m = rng.randint(1, 12)
    d = rng.randint(1, days_in(y, m))
    dd = d + 60 if coord else d
    serial = "%03d" % rng.randint(1, 999)
    core = "%02d%02d%02d%s" % (y % 100, m, dd, serial)
    ten = core + luhn(core)
    long = rng.random() < 0.3
    dash = rng.random() < 0.8
    head = ("%04d" % y + ten[2:6]) if long else ten[:6]
    return head + ("-" if dash else "") + ten[6:]


def gen_org(rng):
    while True:
        first = rng.choice("5789")
        second = str(rng.randint(0, 9))
        third = str(rng.randint(2, 9))
        rest = "".join(str(rng.randint(0, 9)) for _ in range(6))
        core = first + second + third + rest
        ten = core + luhn(core)
        if ten.startswith("212000"):
            continue
        out = ten[:6] + "-" + ten[6:]
        if rng.random() < 0.1:
            out = "16" + out
        return out


def gen_phone(rng):
    area, mid, lo, hi = rng.choices(PHONE_RANGES, weights=[6, 2, 1, 1, 1])[0]
    last = "%02d" % rng.randint(lo, hi)
    digits = area + mid.replace(" ", "") + last
    style = rng.randint(0, 5)
    if style == 0:
        return "%s-%s %s" % (area, mid, last)
    if style == 1:
        return "%s-%s" % (area, digits[len(area):])
    if style == 2:
        return digits
    if style == 3:
        return "%s %s %s" % (area, mid, last)
    if style == 4:
        return "+46 %s %s %s" % (area[1:], mid, last)
    return "+46" + digits[1:]


def fold(s):
    s = s.replace("đ", "d").replace("Đ", "D").replace("ł", "l").replace("Ł", "L")
    s = s.replace("ı", "i").replace("ø", "o").replace("Ø", "O").replace("ß", "ss")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def gen_mail(rng):
    fam = rng.choice(FAMILIES)
    f = fold(rng.choice(POOLS[fam][0])).lower().replace("-", "")
    s = fold(rng.choice(POOLS[fam][1])).lower().replace("-", "")
    style = rng.randint(0, 4)
    local = [f + "." + s, f + s + str(rng.randint(70, 99)), f[0] + "." + s, f + "_" + s[:3],
             s + "." + f][style]
    return local + "@" + rng.choice(MAIL_DOMAINS)


def house_number(rng):
    n = str(rng.choices([rng.randint(1, 9), rng.randint(10, 60), rng.randint(61, 140)],
                        weights=[4, 4, 1])[0])
    r = rng.random()
    if r < 0.2:
        n += rng.choice("ABCDEF")
    elif r < 0.28:
        n += " " + rng.choice("ABC")
    elif r < 0.34:
        n += ", lgh %d" % rng.randint(1001, 1504)
    elif r < 0.38:
        n += ", %d tr" % rng.randint(1, 6)
    return n


def gen_addr(rng):
    return rng.choice(STREET_STEM) + rng.choice(STREET_SUFFIX) + " " + house_number(rng)


def gen_addr2(rng):
    second = rng.choice(TWO_WORD_MAIN) if rng.random() < 0.65 else rng.choice(TWO_WORD_SECOND)
    return rng.choice(TWO_WORD_FIRST) + " " + second + " " + house_number(rng)


def gen_postal(rng):
    code = "1%02d%02d" % (rng.randint(0, 99), rng.randint(10, 99))
    return code if rng.random() < 0.25 else code[:3] + " " + code[3:]


def gen_plate(rng, end_o=False):
    letters = "".join(rng.choice(PLATE_LETTERS) for _ in range(3))
    if end_o:
        tail = "%02dO" % rng.randint(0, 99)
    elif rng.random() < 0.3:
        tail = "%02d%s" % (rng.randint(0, 99), rng.choice(PLATE_LETTERS))
    else:
        tail = "%03d" % rng.randint(0, 999)
    return letters + ("" if rng.random() < 0.2 else " ") + tail


# ---------------------------------------------------------------------------------------
# Disguises
# ---------------------------------------------------------------------------------------
def fw_letters(s):
    return "".join(chr(ord(c) + 0xFEE0) if ("A" <= c <= "Z" or "a" <= c <= "z") else c for c in s)


def map_digits(s, zero):
    return "".join(chr(zero + int(c)) if "0" <= c <= "9" else c for c in s)


def insert_zw(rng, s, kind=None):
    cands = [i for i in range(1, len(s)) if s[i - 1].isalnum() and s[i].isalnum()]
    if not cands:
        return None, None
    i = rng.choice(cands)
    z = "\u200b" if kind == "email" else rng.choice(ZW)
    return s[:i] + z + s[i:], "zero-width " + ZW_NAME[z]


def spaced_digits(s):
    return " ".join(c for c in s if c != " ")


_ROUNDS = {}


def take_disguise(rng, kind, opts):
    if not _ROUNDS.get(kind):
        r = list(opts)
        rng.shuffle(r)
        _ROUNDS[kind] = r
    return _ROUNDS[kind].pop()


def disguise(rng, kind, s):
    """Return (new text, disguise label) or (s, None) when none applies."""
    opts = []
    if kind == "name":
        opts = ["upper", "lower", "fullwidth", "zw"]
    elif kind in ("personnummer", "samordningsnummer"):
        opts = ["newline", "crlf", "nbsp", "dots", "slash", "spaced", "fullwidth", "arabic",
                "persian", "zw"]
    elif kind == "organisationsnummer":
        opts = ["nbsp", "spaced", "fullwidth", "arabic", "zw", "newline"]
    elif kind == "phone":
        opts = ["spaced", "words", "fullwidth", "arabic", "zw"]
    elif kind == "email":
        opts = ["at", "(at)", "[at]", "fwat", "zw", "upper"]
    elif kind == "address":
        opts = ["lower", "upper", "zw", "fullwidth"]
    elif kind == "postal_code":
        opts = ["fullwidth", "arabic", "zw", "nbsp"]
    elif kind == "plate":
        opts = ["lower", "spaced", "fullwidth", "zw"]
    # cycle through the kind's disguises in shuffled rounds, so that each appears
    d = take_disguise(rng, kind, opts)
    if d == "upper":
        return s.upper(), "capitals"
    if d == "lower":
        return s.lower(), "lower case"
    if d == "fullwidth":
        if kind == "name":
            out = fw_letters(s)
        elif kind == "plate":
            out = map_digits(fw_letters(s), 0xFF10)
        else:
            out = map_digits(s, 0xFF10)
        return (out, "full-width") if out != s else (s, None)
    if d == "arabic":
        return map_digits(s, 0x660), "Arabic-Indic digits"
    if d == "persian":
        return map_digits(s, 0x6F0), "Extended Arabic-Indic digits"
    if d == "zw":
        out, lab = insert_zw(rng, s, kind)
        return (out, lab) if out else (s, None)
    if d in ("newline", "crlf"):
        br = "\n" if d == "newline" else "\r\n"
        if "-" in s:
            i = s.index("-")
            out = rng.choice([s[:i + 1] + br + s[i + 1:], s[:i] + br + s[i:]])
        else:
            i = len(s) - 4
            out = s[:i] + br + s[i:]
        return out, ("split by newline" if d == "newline" else "split by CRLF")
    if d == "nbsp":
        if kind == "postal_code":
            if " " in s:
                return s.replace(" ", NBSP), "no-break space"
            return s[:3] + NBSP + s[3:], "no-break space"
        if "-" in s:
            return s.replace("-", NBSP + "-" + NBSP), "no-break space around dash"
        return s[:-4] + NBSP + "-" + NBSP + s[-4:], "no-break space around dash"
    if d == "dots":
        digits = s.replace("-", "")
        head, tail = digits[:-4], digits[-4:]
        if len(head) == 8:
            h = head[:4] + "." + head[4:6] + "." + head[6:]
        else:
            h = head[:2] + "." + head[2:4] + "." + head[4:]
        return h + "-" + tail, "dots"
    if d == "slash":
        digits = s.replace("-", "")
        return digits[:-4] + "/" + digits[-4:], "slash"
    if d == "spaced":
        if kind == "plate":
            return " ".join(c for c in s if c != " "), "spaced characters"
        if kind in ("personnummer", "samordningsnummer", "organisationsnummer") and "-" in s:
            a, b = s.split("-")
            return spaced_digits(a) + " - " + spaced_digits(b), "spaced digits"
        return spaced_digits(s.replace("-", "")), "spaced digits"
    if d == "words":
        ds = [c for c in s if c.isdigit()]
        if s.startswith("+46"):
            ds = ["0"] + ds[2:]
        return " ".join(SV_DIGITS[int(c)] for c in ds), "Swedish number words"
    if d in ("at", "(at)", "[at]", "fwat"):
        rep = {"at": " at ", "(at)": "(at)", "[at]": "[at]", "fwat": "\uff20"}[d]
        return s.replace("@", rep), {"at": "' at '", "(at)": "(at)", "[at]": "[at]",
                                     "fwat": "full-width ＠"}[d]
    return s, None


# ---------------------------------------------------------------------------------------
# Templates. Person slots {A}..{F}: generic form (full name, first name alone or surname
# alone); .F full, .f first, .s surname; a trailing g makes the genitive (-s outside the mark).
# Identifier slots: PNR SAM ORG TEL MAIL ADDR ADDR2 POST PLATE PLATEO. Everything else is
# unmarked context.
# ---------------------------------------------------------------------------------------
POSITIVE = [
    # --- worried employees' forms ---
    ("form", "{A} har vid flera tillfällen visat bilder på vapen för klasskamraterna under rasten. Jag har pratat med min chef."),
    ("form", "Enligt läraren har {A} delat propaganda i klassens gruppchatt sedan {MONTH}."),
    ("form", "Fritidsledaren såg {A} sätta upp klistermärken med symboler vid ingången till fritidsgården i {AREA}."),
    ("form", "Jag hörde {A} säga att demokratin måste störtas med våld. Det hände vid {PLACE} en {DAY}eftermiddag."),
    ("form", "Eleven umgås med {A} från grannskapet, som enligt andra elever lockar yngre till en grupp på nätet."),
    ("form", "{A} och {B} har setts dela ut flygblad utanför skolan i {AREA}. Båda verkar vara {AGEBAND} år."),
    ("form", "Mentorn {A} berättade att eleven fått meddelanden från {B} med hot mot en lärare."),
    ("form", "Under lektionen visades en video med en skjutning på {A.fg} telefon. Jag tog det vidare till rektor {B}."),
    ("form", "Jag är orolig för en pojke som bor på {ADDR} och som har slutat komma till skolan sedan {MONTH}."),
    ("form", "Mamman ringde från {TEL} och sa att hennes son {A.f} har blivit kontaktad av en vuxen man som kallar sig {B.f}."),
    ("form", "Personen som skrev hotet har personnummer {PNR} enligt kopian som låg kvar i skrivaren."),
    ("form", "{A} kom till ungdomsmottagningen tillsammans med {B} och pratade länge om att resa till en konfliktzon."),
    ("form", "Jag såg {A} ta emot ett paket från {B} bakom idrottshallen i {AREA}."),
    ("form", "En bil med registreringsnummer {PLATE} har stått parkerad utanför fritidsgården flera kvällar, och föraren har delat ut flygblad."),
    ("form", "Hemtjänsten rapporterar att brukaren på {ADDR2} får besök av {A}, som enligt grannar uttryckt våldsbejakande åsikter."),
    ("form", "Det var {A} som ritade symbolerna på toaletten, enligt {B}."),
    ("form", "Vi har fått veta att {A.Fg} bror har återvänt från ett konfliktområde och nu bor hos familjen {A.s}."),
    ("form", "Till {A} skickades ett anonymt meddelande där någon hotade att bränna ner lokalen."),
    ("form", "Jag pratade med {A} från föräldraföreningen, som oroar sig för att dottern dras in i en grupp."),
    ("form", "Flera elever säger att de fått inbjudningar till ett slutet forum av {A}. Inbjudan kom från adressen {MAIL}."),
    ("form", "Skolsköterskan fick ett samtal från {TEL} där någon frågade efter {A.f} och ville veta när hon slutar."),
    ("form", "Jag vill tipsa om att {A}, som jobbar på {ADDR2}, sprider konspirationsteorier till barnen."),
    ("form", "På {ADDR2} har någon målat en valknut på dörren till {A.g} lägenhet."),
    ("form", "Hos {A} hittade personalen flygblad och ett handskrivet hot mot en kollega."),
    ("form", "Läraren {A} hörde {B} ropa nazistiska slagord i korridoren efter lunch."),
    ("form", "Vi såg {A} och {B} tillsammans med en äldre man vid {PLACE}."),
    ("form", "Ungdomen uppger att {A} från {AREA} har betalat honom för att sprida material på skolan."),
    ("form", "Pappan till {A.f} heter {B.F} och bor på {ADDR}, {POST} {TOWN}."),
    ("form", "{A.Fg} bil, {PLATE}, stod utanför {ADDR} hela natten med en flagga i bakrutan."),
    ("form", "Brevet var undertecknat av {A} och skickat från {ADDR2}, {POST} {TOWN}."),
    ("form", "Jag träffade {A.f} och kusinen {B.f} på biblioteket; de pratade om att skaffa vapen."),
    ("form", "Gruppen kallar sig efter {A}, som startade kanalen förra året."),
    # --- coordinators' notes ---
    ("note", "Inkommet {DATE}. Samordnaren har pratat med {A}, enhetschef på fritidsgården. Bedöms som VBE och lämnas till polisen."),
    ("note", "Notering: anmälaren angav telefon {TEL} och e-post {MAIL}. Uppgifterna ska inte sparas i blanketten."),
    ("note", "Ärendet gäller en förening med organisationsnummer {ORG} som sökt bidrag för lokaler i {AREA}."),
    ("note", "Kontakt tagen med {A}, som var ansvarig vid tillfället. {A.f} bekräftade att affischerna togs ned samma dag."),
    ("note", "Samordningsnummer {SAM} stod i fritexten, vilket inte ska förekomma. Blanketten har återsänts."),
    ("note", "Bilen {PLATE} finns också med i en tidigare anmälan från {MONTH}."),
    ("note", "Kvinnan som hörde av sig bor på {ADDR}, {POST} {TOWN}, och vill inte bli kontaktad hemma."),
    ("note", "Polisens kontaktperson {A} meddelar att personen med personnummer {PNR} redan är känd."),
    ("note", "Enligt {A} på socialtjänsten har familjen flyttat till {ADDR2} i {AREA}."),
    ("note", "Samordningsnumret {SAM} tillhör enligt polisen en av de inblandade, {A}."),
    ("note", "Efter samtalet med {A} bedömdes händelsen inte som VBE. Ärendet avslutas."),
    ("note", "Vi lämnar över ärendet till {A} på SIG, med samtycke från {B}."),
    ("note", "Om {A} kommer tillbaka till verksamheten ska personalen kontakta samordnaren direkt."),
    ("note", "Personen, {PNR}, har kopplingar till en bil med registreringsnummer {PLATEO}."),
    ("note", "Föreningens ordförande {A} har lämnat {ADDR} som postadress, {POST} {TOWN}."),
    # --- minutes ---
    ("minutes", "Närvarande: {A}, {B}, {C} och {D}. Sekreterare: {E}."),
    ("minutes", "§ 4 Lägesbild. {A} redogjorde för händelserna i {AREA} under {MONTH}. {B} lyfte oron kring klotter vid {PLACE}."),
    ("minutes", "Mötet beslutade att {A.Fg} förslag om en trygghetsvandring genomförs på {DAY} nästa vecka."),
    ("minutes", "Justeras: {A}. Vid protokollet: {B}."),
    ("minutes", "{A} (socialtjänsten) och {B} (polisen) rapporterade att {C} har tackat nej till stöd från avhopparverksamheten."),
    ("minutes", "Frånvarande: {A}. Ersättare för {B} var {C}."),
    ("minutes", "Både {A} och {B} har varit i kontakt med rekryteraren, men bara {C} har tackat ja."),
    ("minutes", "Det var inte {A} utan {B} som spelade in filmen, enligt skolans utredning."),
    ("minutes", "Enhetschef {A} och biträdande enhetschef {B} har gått igenom rutinen med personalen."),
    ("minutes", "{A}: Jag har sett samma symbol på tre ställen i {AREA} den senaste månaden."),
    ("minutes", "Under mötet frågade {A} om {B} kunde ta över kontakten med familjen."),
    ("minutes", "Ansvarig för aktiviteten: {A}. Uppföljning sker vid T1 och T2."),
    # --- survey answers ---
    ("survey", "Vi har haft en händelse där en förälder, {A}, hotade personal. Vi gjorde en IA-anmälan."),
    ("survey", "Kunskapen i arbetsgruppen är god tack vare {A} som höll i APT-presentationen."),
    ("survey", "Det som saknas är en kontaktperson. Vi vet bara att {A} var samordnare förut."),
    ("survey", "Samverkan med polisen fungerar bra genom {A}, men hen går snart i pension."),
    ("survey", "Vi har lånat ut lokalen på {ADDR2} till en förening ({ORG}) som vi nu har frågor om."),
    ("survey", "Bidragsansökan från föreningen, org.nr {ORG}, kontaktperson {A}, telefon {TEL}, e-post {MAIL}, adress {ADDR}, {POST} {TOWN}."),
    ("survey", "Eleverna {A.f}, {B.f}, {C.f} och {D.f} har alla fått samma meddelande med en länk till en kanal."),
    # --- chat ---
    ("chat", "hej {A.f}! såg du vad {B} la upp igår kväll?"),
    ("chat", "{A.f} ring mig på {TEL} när du kan, gäller eleven i 8B"),
    ("chat", "har du pratat med {A.f} om bilen? regnr {PLATE}"),
    ("chat", "ok, jag mejlar {A.f} på {MAIL} så tar hon det med {B.f}"),
    ("chat", "vet inte om {A.s} vet om det men {B.f} sa att killen är med i en grupp på telegram"),
    ("chat", "kan nån kolla bilen {PLATEO} som står vid {ADDR2}? /{A.f}"),
    ("chat", "Har {A} pratat med dig om det som hände i {DAY}s?"),
    # --- signatures and greetings ---
    ("sig", "Tack för informationen.\n\nMed vänliga hälsningar\n{A.F}\nFritidsledare, {AREA}\nTel. {TEL}"),
    ("sig", "Vi ses på nätverksträffen på {DAY}. Hälsningar {A.f}"),
    ("sig", "Jag skickar materialet i morgon. /{A.f}"),
    ("sig", "Mvh\n{A.F}\n{MAIL}\n{TEL}"),
    ("sig", "Hej {A.f},\nkan du skicka protokollet till {B}? Tack!\n{C.f}"),
    ("sig", "Kära {A.f} och {B.f}, tack för ett bra möte i går."),
    ("sig", "Hälsningar\n{A.F}, samordnare\n{ADDR}\n{POST} {TOWN}"),
    # --- more identifiers of the number kinds ---
    ("form", "Eleven visade ett id-kort där det stod {A.F}, {PNR}. Kortet lämnades tillbaka."),
    ("form", "I chatten skrev någon sitt personnummer, {PNR}, och bad de andra att swisha pengar till gruppen."),
    ("form", "En man som sa att han heter {A.F} ringde från {TEL} och frågade efter personalens hemadresser."),
    ("form", "Jag såg {A} på {ADDR2} när affischerna sattes upp. Personen körde därifrån i en bil med nummer {PLATEO}."),
    ("form", "Enligt {A.fg} mamma har {A.f} slutat träffa gruppen, men {B} hör fortfarande av sig varje kväll."),
    ("note", "Orosanmälan gjord för barnet, personnummer {PNR}. Vårdnadshavare: {A.F}, tel. {TEL}."),
    ("note", "Uppgifter som ska strykas ur blanketten: {A.F}, {SAM}, {ADDR2}."),
    ("note", "Polisen bekräftar att samordningsnummer {SAM} hör till en man som nyligen flyttat till {AREA}."),
    ("note", "Kontrollen av föreningen (org.nr {ORG}) visar att styrelsen har bytts ut; ny kontaktperson är {A} på {MAIL}."),
    ("note", "Ny kassör sedan {MONTH}: {A.F}, {ADDR}, {POST} {TOWN}, tel. {TEL}."),
    ("note", "Ärendet rör en bil, {PLATE}, som enligt {A} kör runt i {AREA} med högtalare på kvällarna."),
    ("chat", "skicka det till {MAIL} eller ring {TEL} /{A.f}"),
    ("chat", "{A.f} bor på {ADDR2} tror jag, kolla med {B.f}"),
    ("survey", "Kontaktperson för vår förening är {A.F}, {TEL}, {MAIL}. Organisationsnummer {ORG}."),
    ("sig", "Med vänlig hälsning\n{A.F}\nKurator, {AREA}\nMobil: {TEL}\nE-post: {MAIL}"),
    ("sig", "{A.F} | Fältassistent | {TEL} | {MAIL}"),
]

# Negative templates. `safe` ones (no lower-case word that is a name elsewhere) may also be
# mixed into positive documents as context.
NEGATIVE = [
    (True, "Ärendet diarieförs under Dnr {DNR} och följs upp vid T2."),
    (True, "Enligt {LAW} ska en orosanmälan göras när ett barn kan fara illa."),
    (True, "Händelsen inträffade på {DAY} den {DATE} kl. {TIME} vid {PLACE}."),
    (True, "Under {MONTH} kom {COUNT} blanketter in från {DIST}."),
    (True, "Socialjouren nås på 08-508 400 00 och kommunens växel på 08-508 000 00."),
    (True, "Vid akut fara, ring 112. I andra fall kan polisen nås på 114 14."),
    (True, "Bidraget på {AMOUNT} stoppades i väntan på kontroll enligt demokrativillkoren."),
    (True, "{AUTH} har bjudits in till nästa samverkansmöte i {DIST}."),
    (True, "Klotter med rasistiskt innehåll har rapporterats vid {PLACE} och i {AREA}."),
    (False, "En sten kastades mot fönstret och en ros lämnades på trappan, vilket personalen tolkade som ett hot."),
    (False, "Ungdomarna gick längs en stig genom skogen och hittade en björn målad på en vägg."),
    (True, "Frågan om lokalupplåtelse behandlas enligt {LAW}."),
    (True, "Svarsfrekvensen var {PCT} procent, och medelvärdet för kunskapsnivån blev 3,07."),
    (True, "Webbutbildningen har genomförts av {COUNT} medarbetare i {DIST} fram till {DATE}."),
    (True, "Nästa möte med trygghetsrådet hålls på {DAY} den {DATE} i {ROOM}."),
    (True, "IA-anmälan {IANR} är registrerad som hot mot personal; bedömningen är att det inte rör VBE."),
    (True, "Åldersgrupp {AGEBAND}, kön okänt, plats: {PLACETYPE}, miljö: {ENV}."),
    (False, "Stenar och glasflaskor låg utspridda på skolgården efter helgen."),
    (False, "Vi vill klara av att nå fler föräldrar, och viljan finns hos alla enheter."),
    (True, "Lägesbilden för {YEAR} visar fler hatbrott i {DIST} än året innan."),
    (True, "Den lokala handlingsplanen för {YEAR}–{YEAR2} godkändes av nämnden den {DATE} (Dnr {DNR})."),
    (True, "Polisen genomförde en trygghetsvandring i {AREA} tillsammans med {AUTH}."),
    (True, "Ingen person berörs. Händelsen gällde en affisch vid {PLACE} som togs bort inom en timme."),
    (False, "En saga om en stark örn och en grå varg användes som symbol i propagandan."),
    (True, "Vi har haft {COUNT} APT-presentationer under våren och planerar fler i {MONTH}."),
    (True, "Kontakta samordnaren via kommunens växel, 08-508 000 00, eller via intranätet."),
    (True, "Sekretess enligt 26 kap. 1 § OSL hindrar att uppgifterna lämnas vidare utan samtycke."),
    (True, "Nattvandrarna var ute på {DAY} mellan kl. {TIME} och 23.00 i {AREA}."),
    (False, "En medarbetare skadade axeln när en dörr slogs igen under bråket, och en IA-anmälan är gjord."),
    (False, "På fritids planterade barnen en lilja och en linnea i rabatten vid entrén."),
    (True, "Utbetalningen på {AMOUNT} gjordes den {DATE} efter kontroll av stadgarna."),
    (True, "Rapporten från Brottsförebyggande rådet och Center mot våldsbejakande extremism diskuterades på mötet."),
    (True, "Enligt skollagen (SFS 2010:800) och 5 kap. 3 § ska rektor utreda kränkningar."),
    (True, "Graffitirapport {GNR} från trafikkontoret gäller en tag i en gångtunnel i {AREA}."),
    (True, "{MONTHC} var lugn, men i {MONTH2} kom tre blanketter om klistermärken vid {PLACE}."),
    (True, "{DAYC} den {DATE} stängdes fritidsgården i {AREA} tidigare efter ett hot i sociala medier."),
    (True, "Sjukvårdsrådgivningen 1177 och Socialjouren, 08-508 400 00, finns med i rutinen."),
    (True, "Beslutet fattades med stöd av {LAW} och anmäls till kommunstyrelsen (Dnr {DNR})."),
    (True, "I åldersgruppen {AGEBAND} kom {COUNT} orosanmälningar med koppling till VBE under {YEAR}."),
    (True, "Skriv aldrig ut namn, personnummer, telefonnummer eller adress i fritexten."),
    (False, "Personalen hittade en vass sten i sandlådan och en axel från en leksaksbil under bänken."),
]

PH = re.compile(r"\{([A-Z]+[0-9]?)(?:\.([A-Za-z]+))?\}")


def ctx_value(rng, key):
    if key == "AREA": return rng.choice(AREAS)
    if key == "DIST": return rng.choice(DISTRICTS)
    if key == "PLACE": return rng.choice(PLACES)
    if key == "AUTH": return rng.choice(AUTHS)
    if key == "LAW": return rng.choice(LAWS)
    if key == "DNR": return "%s %d/%d" % (rng.choice(DNR_PREFIX), rng.randint(2019, 2026), rng.randint(12, 2999))
    if key in ("MONTH", "MONTH2"): return rng.choice(MONTHS)
    if key == "MONTHC": return rng.choice(MONTHS).capitalize()
    if key == "DAY": return rng.choice(DAYS)
    if key == "DAYC": return rng.choice(DAYS).capitalize()
    if key == "DATE":
        y, m = rng.randint(2020, 2026), rng.randint(1, 12)
        d = rng.randint(1, days_in(y, m))
        return rng.choice(["%d %s %d" % (d, MONTHS[m - 1], y), "%04d-%02d-%02d" % (y, m, d),
                           "%d %s" % (d, MONTHS[m - 1]), "%d/%d" % (d, m)])
    if key == "TIME": return "%02d.%s" % (rng.randint(7, 22), rng.choice(["00", "15", "30", "45"]))
    if key == "AGEBAND": return rng.choice(AGEBANDS)
    if key == "COUNT": return str(rng.randint(2, 160))
    if key == "PCT": return str(rng.randint(20, 95))
    if key == "AMOUNT":
        return rng.choice(["%d 500 kr" % rng.randint(2, 90), "%d 000 kronor" % rng.randint(5, 400),
                           "%d,%d miljoner kronor" % (rng.randint(1, 4), rng.randint(1, 9))])
    if key == "YEAR": return str(rng.randint(2016, 2025))
    if key == "YEAR2": return str(int(ctx_value(rng, "YEAR")) + 3)
    if key == "IANR": return "IA-%d-%05d" % (rng.randint(2020, 2026), rng.randint(1, 99999))
    if key == "GNR": return "G%d-%04d" % (rng.randint(2020, 2026), rng.randint(1, 9999))
    if key == "ROOM": return rng.choice(ROOMS)
    if key == "PLACETYPE": return rng.choice(PLACETYPES)
    if key == "ENV": return rng.choice(ENVS)
    if key == "TOWN": return rng.choice(TOWNS)
    raise KeyError(key)


IDKIND = {"PNR": "personnummer", "SAM": "samordningsnummer", "ORG": "organisationsnummer",
          "TEL": "phone", "MAIL": "email", "ADDR": "address", "ADDR2": "address",
          "POST": "postal_code", "PLATE": "plate", "PLATEO": "plate"}


def id_value(rng, key):
    return {"PNR": lambda: gen_idnum(rng), "SAM": lambda: gen_idnum(rng, True),
            "ORG": lambda: gen_org(rng), "TEL": lambda: gen_phone(rng),
            "MAIL": lambda: gen_mail(rng), "ADDR": lambda: gen_addr(rng),
            "ADDR2": lambda: gen_addr2(rng), "POST": lambda: gen_postal(rng),
            "PLATE": lambda: gen_plate(rng, rng.random() < 0.15),
            "PLATEO": lambda: gen_plate(rng, True)}[key]()


class Person:
    def __init__(self, rng):
        self.family = rng.choice(FAMILIES)
        self.first = rng.choice(POOLS[self.family][0])
        sfam = self.family if rng.random() < 0.85 else rng.choice(FAMILIES)  # some mixed names
        self.sur = rng.choice(POOLS[sfam][1])
        self.form = rng.choices(["F", "f", "s"], weights=[50, 35, 15])[0]

    def text(self, form):
        return {"F": self.first + " " + self.sur, "f": self.first, "s": self.sur}[form]


class Doc:
    def __init__(self):
        self.parts = []  # (text, kind or None, label or None)


def render(rng, template, stats_ids, doc, persons, ids, ctx):
    pos = 0
    for m in PH.finditer(template):
        doc.parts.append((template[pos:m.start()], None, None))
        key, attr = m.group(1), m.group(2)
        pos = m.end()
        if len(key) == 1:
            p = persons.setdefault(key, Person(rng))
            attr = attr or ""
            gen = attr.endswith("g")
            form = attr[:-1] if gen else attr
            form = form or p.form
            val = p.text(form)
            kind = "name"
        elif key in IDKIND:
            if key not in ids:
                ids[key] = id_value(rng, key)
            val = ids[key]
            kind = IDKIND[key]
            gen = False
        else:
            if key not in ctx:
                ctx[key] = ctx_value(rng, key)
                if key == "YEAR":
                    ctx["YEAR2"] = str(int(ctx[key]) + rng.randint(1, 3))
            doc.parts.append((ctx[key], None, None))
            continue
        label = None
        if rng.random() < DISGUISE_RATE:
            val2, label = disguise(rng, kind, val)
            if label:
                val = val2
        doc.parts.append((val, kind, label))
        if gen and not re.search(r"[sxzSXZ]$", val):
            doc.parts.append(("s", None, None))
    doc.parts.append((template[pos:], None, None))


def validate(text, spans, pii):
    """Mirror heldout20's check.py errors and warnings; also require that every occurrence of
    a listed text lies inside a span inserted for that kind."""
    allspans = []
    for k, t in pii:
        i = text.find(t)
        if i < 0:
            return False
        while i >= 0:
            a, b = i, i + len(t)
            if not any(sa <= a and b <= sb and (sk == k) for sa, sb, sk in spans):
                return False
            before = text[a - 1] if a > 0 else " "
            after = text[b:b + 2]
            if before.isalnum() or (after[:1].isalnum() and not (k == "name" and after[:1] == "s" and not after[1:2].isalpha())):
                return False
            allspans.append((a, b, k, t))
            i = text.find(t, i + 1)
    listed = {t for k, t in pii if k == "name"}
    for k, t in pii:
        if k != "name" or " " not in t:
            continue
        for w in t.split():
            if len(w) > 2 and w not in listed:
                for m in re.finditer(r"(?<!\w)" + re.escape(w) + r"(?!\w)", text):
                    if not any(a <= m.start() and m.end() <= b for a, b, kk, tt in allspans if kk == "name"):
                        return False
    for i in range(len(allspans)):
        for j in range(i + 1, len(allspans)):
            a1, b1, k1, t1 = allspans[i]
            a2, b2, k2, t2 = allspans[j]
            if (k1, t1) == (k2, t2):
                continue
            if a1 < b2 and a2 < b1:
                if k1 == k2 == "name" and ((a1 <= a2 and b2 <= b1) or (a2 <= a1 and b1 <= b2)):
                    continue
                return False
    return True


def assemble(doc):
    text, spans, pii, seen, labels = "", [], [], set(), []
    for t, k, lab in doc.parts:
        if k:
            spans.append((len(text), len(text) + len(t), k))
            if (k, t) not in seen:
                seen.add((k, t))
                pii.append((k, t))
            labels.append((k, lab))
        text += t
    return text, spans, pii, labels


def make_positive(rng, tidx):
    for _ in range(200):
        doc = Doc()
        persons, ids, ctx = {}, {}, {}
        voice, tpl = POSITIVE[tidx]
        pieces = [tpl]
        if rng.random() < 0.12 and voice not in ("sig", "chat"):
            same = [t for v, t in POSITIVE if v == voice and t != tpl]
            pieces.append(rng.choice(same))
        if rng.random() < 0.35 and voice != "chat":
            neg = rng.choice([t for safe, t in NEGATIVE if safe])
            if voice == "sig" or rng.random() < 0.5:
                pieces.insert(0, neg)
            else:
                pieces.append(neg)
        for n, piece in enumerate(pieces):
            if n:
                doc.parts.append(("\n\n" if voice == "sig" else " ", None, None))
            # each template gets persons, identifiers and context of its own
            render(rng, piece, None, doc, {}, {}, {})
        text, spans, pii, labels = assemble(doc)
        if not pii:
            continue
        if validate(text, spans, pii):
            return text, pii, labels
    raise SystemExit("could not build a valid document for template %d" % tidx)


_SEEN_NEG = set()


def make_negative(rng, tidx):
    for _ in range(100):
        doc = Doc()
        pieces = [NEGATIVE[tidx][1]]
        for _ in range(rng.choice([0, 1, 1, 2])):
            pieces.append(rng.choice(NEGATIVE)[1])
        for n, piece in enumerate(pieces):
            if n:
                doc.parts.append((" ", None, None))
            render(rng, piece, None, doc, {}, {}, {})
        text, spans, pii, labels = assemble(doc)
        assert not pii
        if text not in _SEEN_NEG:
            _SEEN_NEG.add(text)
            return text
    raise SystemExit("could not build a new negative document for template %d" % tidx)


INVISIBLE = ["\u00a0", "\u200b", "\u200d", "\u00ad", "\u2060", "\ufeff"]


def main():
    rng = random.Random(SEED)
    n_neg = round(N_DOCS * NEG_SHARE)
    n_pos = N_DOCS - n_neg
    kinds = ["pos"] * n_pos + ["neg"] * n_neg
    rng.shuffle(kinds)
    pos_order, neg_order = [], []
    docs = []
    stats = collections.Counter()
    dis = collections.Counter()
    dis_labels = collections.Counter()
    tpl_use = collections.Counter()
    for i, k in enumerate(kinds, 1):
        if k == "pos":
            if not pos_order:
                pos_order = list(range(len(POSITIVE)))
                rng.shuffle(pos_order)
            t = pos_order.pop()
            text, pii, labels = make_positive(rng, t)
            tpl_use["P%02d" % t] += 1
            for kind, lab in labels:
                stats["occ:" + kind] += 1
                if lab:
                    dis[kind] += 1
                    dis_labels[(kind, lab)] += 1
        else:
            if not neg_order:
                neg_order = list(range(len(NEGATIVE)))
                rng.shuffle(neg_order)
            t = neg_order.pop()
            text, pii = make_negative(rng, t), []
            tpl_use["N%02d" % t] += 1
        docs.append({"id": "g%04d" % i, "text": text,
                     "pii": [{"kind": kk, "text": tt} for kk, tt in pii]})
    with open(os.path.join(HERE, "test.jsonl"), "w", encoding="utf-8") as f:
        for d in docs:
            s = json.dumps(d, ensure_ascii=False)
            for ch in INVISIBLE:
                s = s.replace(ch, "\\u%04x" % ord(ch))
            f.write(s + "\n")
    print("wrote %d documents (%d with identifiers, %d without)" % (len(docs), n_pos, n_neg))
    print("positive templates %d, negative templates %d" % (len(POSITIVE), len(NEGATIVE)))
    tot_occ = sum(v for k, v in stats.items() if k.startswith("occ:"))
    print("identifier occurrences %d, disguised %d (%.1f %%)" % (tot_occ, sum(dis.values()),
                                                              100.0 * sum(dis.values()) / tot_occ))
    for kind in sorted(set(v for v in IDKIND.values()) | {"name"}):
        o = stats["occ:" + kind]
        print("  %-20s occurrences %5d  disguised %4d (%.1f %%)" % (kind, o, dis[kind], 100.0 * dis[kind] / max(o, 1)))
    if "-v" in sys.argv:
        for (kind, lab), v in sorted(dis_labels.items()):
            print("    %-20s %-32s %d" % (kind, lab, v))


if __name__ == "__main__":
    main()
