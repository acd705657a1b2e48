"""Pools for generated8: names, streets, places and negative fillers.

All private persons are invented. Names were written by this author from knowledge of each
naming tradition; any likeness to a real person is coincidental.
"""

# family: (weight, given names, surnames)
FAMILIES = {
    "Somali": (3, ["Fartuun", "Sagal", "Ilhaan", "Nimco", "Muna", "Guleed", "Bashiir",
                   "Liibaan", "Cabdirashiid", "Mukhtaar"],
               ["Cilmi", "Faarax", "Xirsi", "Gacal", "Ismaaciil", "Shire", "Aw-Cabdi",
                "Nuux"]),
    "Persian": (3, ["Parisa", "Nasrin", "Golnaz", "Mahsa", "Arash", "Siavash", "Babak",
                    "Farhad", "Pejman"],
                ["Karimi", "Hosseinzadeh", "Najafi", "Sadeghi", "Farahani", "Golestani",
                 "Ebrahimi", "Bagheri"]),
    "Arabic": (3, ["Hiba", "Dima", "Nour", "Lina", "Samir", "Bilal", "Yazan", "Ammar",
                   "Khaled"],
               ["Al-Jubouri", "Mansour", "Khoury", "Barakat", "Al-Rifai", "El-Masri",
                "Abu Ghazaleh", "Darwish"]),
    "Bosnian/Croatian/Serbian": (3, ["Amra", "Lejla", "Jasna", "Dragana", "Nikola", "Damir",
                                     "Haris", "Senad", "Vesna"],
                                 ["Mujić", "Babić", "Petrović", "Jovanović", "Delić", "Šehić",
                                  "Karačić", "Lukić", "Žigić", "Čaušević"]),
    "Kurdish": (3, ["Shilan", "Zîlan", "Nazdar", "Avîn", "Serhad", "Kawa", "Dilovan",
                    "Hejar"],
                ["Amedî", "Hewramî", "Şengalî", "Mukriyanî", "Baban", "Botanî"]),
    "Turkish": (3, ["Ayşe", "Zeynep", "Merve", "Emre", "Burak", "Mert", "Tuncay", "Ümit"],
                ["Öztürk", "Arslan", "Koç", "Yıldız", "Aydoğan", "Kaya", "Erdoğdu",
                 "Bayram"]),
    "Swedish": (3, ["Margareta", "Gunilla", "Agneta", "Ulf", "Lennart", "Hugo", "Wilma",
                    "Elsa", "Dag", "Sten", "Saga", "Rut", "Ask", "Bror", "Ann-Christin",
                    "Per-Olof"],
                ["Lindholm", "Sjöberg", "Wikström", "Nordgren", "Hellström", "Almqvist",
                 "Ekman", "Fagerlund", "Strömgren", "Bäckman"]),
    "Finnish": (2, ["Pirjo", "Tuula", "Marjatta", "Jari", "Kari", "Timo", "Juha"],
                ["Hakala", "Nieminen", "Laitinen", "Heikkilä", "Koskinen", "Rantanen"]),
    "Norwegian/Danish": (1, ["Solveig", "Ingrid", "Torbjørn", "Håkon", "Jørgen", "Sigrun"],
                         ["Bakken", "Halvorsen", "Sørensen", "Løvås", "Kvalheim"]),
    "Eritrean/Tigrinya": (2, ["Senait", "Yordanos", "Mehret", "Filmon", "Yonas", "Semere"],
                          ["Tesfamariam", "Ghebremichael", "Kahsay", "Weldemariam",
                           "Habtezion"]),
    "Pashto": (2, ["Zarghuna", "Malalai", "Hamidullah", "Zabihullah", "Ajmal", "Nazo"],
               ["Stanikzai", "Durrani", "Wardak", "Hotak", "Mangal"]),
    "Assyrian/Syriac": (2, ["Ninva", "Shamiram", "Sargon", "Ashur", "Nahrin", "Aziz"],
                        ["Isho", "Shabo", "Barsom", "Khamis", "Yakoub", "Gewargis"]),
    "Polish": (1, ["Agnieszka", "Małgorzata", "Tomasz", "Krzysztof", "Łukasz"],
               ["Nowak", "Wiśniewski", "Zieliński", "Szymańska", "Lewandowska"]),
    "Albanian": (2, ["Arta", "Blerina", "Valon", "Besnik", "Fatos", "Drilon"],
                 ["Krasniqi", "Hoxha", "Shala", "Morina", "Bytyqi"]),
    "Ukrainian": (1, ["Oksana", "Iryna", "Dmytro", "Bohdan", "Yulia"],
                  ["Bondarenko", "Tkachenko", "Melnyk", "Hrytsenko", "Savchuk"]),
    "Latin American": (1, ["Valentina", "Ximena", "Matías", "Joaquín", "Andrés"],
                       ["Fuentes", "Araya", "Contreras", "Muñoz", "Valenzuela"]),
    "Greek": (1, ["Eleni", "Katerina", "Nikos", "Dimitris"],
              ["Georgiou", "Konstantinidis", "Alexiou", "Papadakis"]),
    "Chinese": (1, ["Xiaoling", "Meiling", "Jun", "Haoran"],
                ["Chen", "Wang", "Liu", "Huang"]),
    "Gambian/Wolof": (2, ["Fatou", "Awa", "Isatou", "Lamin", "Ousman", "Modou"],
                      ["Jallow", "Ceesay", "Sanneh", "Touray", "Bojang"]),
    "Iraqi Mandaean": (1, ["Suhair", "Yasmeen", "Nizar", "Haitham"],
                       ["Al-Sabti", "Mandawi", "Zahroni"]),
}

# words that are given names in the Swedish pool and ordinary words (dag, sten, saga, rut,
# ask, bror); negatives use them as words
NAME_WORDS = ["Dag", "Sten", "Saga", "Rut", "Ask", "Bror"]

# ---- streets -----------------------------------------------------------------------------
# first words of two-word streets (ordinary words or place-like words, no genitive)
STREET_FIRST = ["Solberga", "Kyrkvreten", "Hagalund", "Ekdungen", "Rönnbacka", "Björkhagen",
                "Lindängen", "Kvarnholmen", "Tallkrogen", "Smedby", "Ängby", "Norrvik",
                "Sjöhagen", "Granlunda", "Ladugårds", "Skolbacka", "Hästhagen", "Fyrtorns",
                "Bruks", "Vattentorns", "Måsholmen", "Lövnäs", "Furulund", "Äppelviken"]
# street words standing apart; the four carry double weight
STREET_APART = ["allé", "allé", "slottsväg", "slottsväg", "torg", "torg", "backe", "backe",
                "promenad", "esplanad", "strandväg", "skogsväg", "stig", "hage", "kulle",
                "udde", "gårdsväg", "kyrkväg", "skolväg", "bygata", "hamnväg", "kaj",
                "terrass", "väg", "gata"]
# persons a street is named after (invented or historical-sounding), genitive first names
STREET_PERSON = ["Hilda Borgs", "Anders Lundes", "Signe Ekvalls", "Oskar Tornes",
                 "Maja Strands", "Karl Wibergs", "Elin Fagers", "Johan Ruuds"]
STREET_PERSON_WORD = ["väg", "gata", "allé", "promenad", "torg", "backe", "plats"]
# titles + genitive surname
STREET_TITLE = ["Doktor Westrings", "Professor Lindbloms", "Kapten Ekbloms", "Fru Almas",
                "Pastor Hedins", "Lektor Brandts", "Skeppare Ohlins", "Kantor Viks"]
STREET_TITLE_WORD = ["gata", "allé", "backe", "väg", "torg", "slottsväg"]
# direction or size prefix + two-word street
STREET_PREFIX = ["Lilla", "Södra", "Norra", "Östra", "Västra", "Nya"]
# joined one-word streets built from parts
JOINED_A = ["Kvarngärdes", "Mjölnar", "Fiskar", "Vävar", "Kopparslagar", "Tegelbruks",
            "Rosenlunds", "Idrotts", "Gästgivar", "Flygfälts", "Hjulmakar", "Lotsgårds"]
JOINED_B = ["vägen", "gatan", "gränd", "backen", "stigen", "allén", "torget", "plan",
            "slingan", "gången"]
ADDRESS_TAILS = [", vån 3", ", entré B", ", vån 1", " nb", ", lgh 1203", ", ingång C",
                 ", 4 tr", ", källarplan"]

TOWNS = ["Sollentuna", "Huddinge", "Örebro", "Västerås", "Borlänge", "Södertälje",
         "Eskilstuna", "Norrköping", "Gävle", "Umeå", "Växjö", "Järfälla", "Botkyrka",
         "Haninge", "Trollhättan", "Landskrona"]

# ---- e-mail ------------------------------------------------------------------------------
MAIL_DOMAINS = ["fritid-syd.example", "brf-ekdungen.example", "moskeforeningen.example",
                "kvinnojouren-viljan.example", "idrottsklubben-ik.example", "mejl.example",
                "posten-hem.example", "assyriska-ungdom.example", "skolan-norr.example",
                "natverket-trygg.example", "hyresgast.example", "eritreanska-kf.example"]

# ---- negative fillers --------------------------------------------------------------------
DISTRICTS = ["Rinkeby", "Tensta", "Hässelby", "Farsta", "Rågsved", "Hagsätra", "Spånga",
             "Araby", "Rosengård", "Hjällbo", "Hammarkullen", "Tensta-Rinkeby", "Vårby",
             "Flemingsberg", "Ronna", "Hovsjö", "Råslätt", "Varberga", "Holma", "Kvillebäcken"]
PUBLIC_PLACES = ["Rinkeby torg", "Tensta centrum", "Sergels torg", "Mynttorget",
                 "Järntorget", "Gustav Adolfs torg", "Möllevångstorget", "Stureplan",
                 "Araby park", "Ronna centrum", "Hjällbo torg", "Vårby gård"]
AUTHORITIES = ["Polismyndigheten", "Säkerhetspolisen", "Skatteverket", "Kronofogden",
               "Brottsförebyggande rådet", "Inspektionen för vård och omsorg",
               "Diskrimineringsombudsmannen", "Justitieombudsmannen",
               "Statens skolverk", "Socialtjänsten", "Region Stockholm",
               "Sveriges Kommuner och Regioner", "Barnombudsmannen",
               "Folkhälsomyndigheten"]
UNITS = ["Fältgruppen Söder", "Ungdomsmottagningen Nord", "Fritidsgården Kupolen",
         "Mötesplats Ängen", "Familjecentralen Lärkan", "Hemtjänst Väst",
         "Stadsbiblioteket", "Jobbcenter Syd", "Träffpunkt Solrosen", "Boendestöd Öst"]
BRANDS = ["Ikea", "Spotify", "Volvo", "Ericsson", "Klarna", "WhatsApp", "Instagram",
          "Signal", "YouTube", "Discord", "Lonsdale", "Nike"]
LAWS = ["14 kap. 1 § SoL", "14 kap. 1 c § SoL", "10 kap. 2 § OSL", "25 kap. 1 § OSL",
        "2 kap. 3 § skollagen", "6 § LVU", "3 § LVU", "17 kap. 4 § BrB",
        "5 kap. 1 § polislagen", "7 § förvaltningslagen", "lag (2010:1011)",
        "SFS 2017:900"]
DNR_PREFIX = ["SDF", "SOF", "UTB", "KUL", "IDF", "AMF", "KF", "SBK", "FSK", "ÄLD"]
PUBLIC_PHONES = ["112", "1177", "114 14", "116 111", "020-50 50 50", "08-508 000 00",
                 "113 13"]
MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
          "september", "oktober", "november", "december"]
WEEKDAYS = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]
AGE_BANDS = ["under 15", "15-17", "18-20", "21-29", "30+"]
# look-alikes for plates in negatives: three letters with V, Q, I or Å, or course codes
PLATE_LIKE = ["VBE 101", "kurs VBE 201", "linje 4", "rum B 214", "sal Q 12",
              "modell XC 60", "bussnummer 173"]
