# Pools for generated6. Written by this author; all persons are invented.
# family: (given names, surnames)
FAMILIES = {
    "Swedish": (["Solveig", "Marianne", "Ylva", "Agneta", "Lovisa", "Maj-Britt", "Torbjörn",
                 "Per-Erik", "Leif", "Gunnar", "Ture", "Kjell-Åke", "Sune", "Gudrun"],
                ["Hägglund", "Sjöholm", "Bergkvist", "Lövgren", "Wallin", "Forsmark",
                 "Ståhlberg", "Nordqvist", "Ekdahl", "Åkesson", "Östlund", "Hedenmark"]),
    "Norwegian / Danish": (["Tone", "Marit", "Sigrid", "Øyvind", "Bjørn", "Jørgen", "Søren",
                            "Trine"],
                           ["Haugen", "Sørensen", "Løvås", "Kristiansen", "Bråten", "Ødegaard",
                            "Mikkelsen"]),
    "Icelandic": (["Sigríður", "Guðrún", "Þórdís", "Þorsteinn", "Ólafur", "Guðmundur"],
                  ["Sigurðsdóttir", "Þórsson", "Jónsdóttir", "Guðmundsson", "Ragnarsdóttir"]),
    "Finnish": (["Pirkko", "Sirpa", "Marjatta", "Anneli", "Esko", "Pentti", "Seppo", "Jari"],
                ["Heikkilä", "Kärkkäinen", "Hyvönen", "Määttä", "Tikkanen", "Salminen",
                 "Ylitalo"]),
    "Sámi": (["Risten", "Elle", "Biret", "Sunná", "Jovnna", "Mihkkal", "Piera", "Ovla"],
             ["Omma", "Sarri", "Partapuoli", "Kuorak", "Juuso", "Kemi"]),
    "Somali": (["Fardowsa", "Hamdi", "Idil", "Ubah", "Ladan", "Abdirizak", "Mahad", "Guled",
                "Liban", "Cabdiraxmaan"],
               ["Jimcaale", "Ducaale", "Samatar", "Cilmi", "Guure", "Dhoorre", "Xaashi",
                "Cawil"]),
    "Persian / Dari": (["Golnar", "Parisa", "Shabnam", "Mahtab", "Nazanin", "Kaveh", "Behrouz",
                        "Arash", "Siavash", "Farhad"],
                       ["Rostami", "Tehrani", "Golzari", "Sadeghi", "Azizi", "Kazemi",
                        "Nikpour", "Farahani"]),
    "Pashto": (["Palwasha", "Wagma", "Spozhmai", "Ajmal", "Zalmai", "Mirwais"],
               ["Durrani", "Safi", "Mohmand", "Achakzai", "Khpalwak"]),
    "Arabic": (["Rahaf", "Lujain", "Dalia", "Rawan", "Hadeel", "Qusay", "Yazan", "Wassim",
                "Anas", "Firas"],
               ["Al-Khatib", "Darwish", "Nassar", "Al-Rubaie", "Shammout", "Qassem",
                "Abu-Zeid", "Mansour"]),
    "Kurdish": (["Avîn", "Jiyan", "Berfîn", "Nazdar", "Azad", "Rebwar", "Dilovan", "Hejar",
                 "Şivan"],
                ["Amêdî", "Hawramî", "Botanî", "Mîrzayî", "Soranî", "Dêrsimî", "Goranî"]),
    "Turkish": (["Gülşen", "Özlem", "Şule", "Ebru", "Dilek", "Cengiz", "Tolga", "Kaan",
                 "Serkan", "Volkan", "İpek"],
                ["Öztürk", "Yıldırım", "Şahin", "Aydoğan", "Karataş", "Çelik", "Özkan",
                 "Ağca"]),
    "Bosnian / Croatian / Serbian": (["Jasmina", "Amra", "Dragana", "Vesna", "Ivana", "Mirza",
                                      "Dženan", "Goran", "Nenad", "Tomislav", "Đenana"],
                                     ["Hadžić", "Mujić", "Petrović", "Šehić", "Babić", "Čolić",
                                      "Đukić", "Karahasanović", "Vuković", "Žigić"]),
    "Albanian": (["Arbnora", "Vjosa", "Drita", "Fjolla", "Besnik", "Driton", "Ylli", "Agron"],
                 ["Krasniqi", "Shala", "Rexhepi", "Bytyqi", "Dërmaku", "Zeqiri"]),
    "Assyrian / Syriac": (["Shamiram", "Nahrin", "Ninva", "Afrem", "Sargon", "Ashur", "Yacoub"],
                          ["Gabro", "Dinkha", "Yonan", "Barsom", "Shabo", "Ishak"]),
    "Polish": (["Małgorzata", "Bożena", "Ewelina", "Przemysław", "Wojciech", "Łukasz"],
               ["Grabowski", "Zając", "Wójcik", "Szymański", "Dąbrowski", "Kaczmarek"]),
    "Eritrean / Ethiopian": (["Senait", "Meron", "Eden", "Saba", "Yonas", "Filmon", "Dawit",
                              "Mussie"],
                             ["Tekle", "Woldu", "Berhane", "Haile", "Asmerom", "Kahsay"]),
    "Latin American": (["Valentina", "Camila", "Ximena", "Matías", "Joaquín", "Cristóbal"],
                       ["Muñoz", "Sepúlveda", "Contreras", "Valenzuela", "Núñez", "Ibáñez"]),
    "Ukrainian": (["Yuliia", "Halyna", "Nataliia", "Bohdan", "Mykola", "Dmytro"],
                  ["Shevchuk", "Bondarenko", "Tkachenko", "Hrytsenko", "Lysenko"]),
    "Greek": (["Eleni", "Despina", "Vasiliki", "Dimitris", "Kostas", "Stavros"],
              ["Georgiou", "Papadakis", "Nikolaidis", "Christodoulou"]),
    "Hungarian": (["Zsófia", "Erzsébet", "Réka", "Gábor", "Zoltán", "László"],
                  ["Kovács", "Szabó", "Tóth", "Horváth", "Fekete"]),
    "Chinese": (["Yuting", "Jiahui", "Haoran", "Zihan"],
                ["Chen", "Liu", "Huang", "Zhou"]),
    "Thai": (["Siriporn", "Ratana", "Apinya", "Somchai"],
             ["Srisuk", "Boonmee", "Thongchai"]),
}
# Family weights: the families weigh more.
WEIGHTS = {"Swedish": 10, "Somali": 9, "Persian / Dari": 8, "Arabic": 9, "Kurdish": 8,
           "Turkish": 8, "Bosnian / Croatian / Serbian": 9, "Finnish": 5, "Sámi": 4,
           "Norwegian / Danish": 3, "Icelandic": 3, "Pashto": 4, "Albanian": 4,
           "Assyrian / Syriac": 4, "Polish": 4, "Eritrean / Ethiopian": 4, "Latin American": 3,
           "Ukrainian": 3, "Greek": 2, "Hungarian": 2, "Chinese": 2, "Thai": 2}

# --- streets -------------------------------------------------------------
GEN_STEMS = ["Hovslagarens", "Tunnbindarens", "Sotarens", "Kolarens", "Flottarens", "Vävarens",
             "Garvarens", "Krukmakarens", "Mjölnarens", "Bryggarens", "Tullarens", "Klockarens",
             "Hägerns", "Ejderns", "Lodjurets", "Rönnens", "Hasselns", "Trastens", "Svalans",
             "Orrens", "Bäverns", "Häggens", "Ugglans", "Nyponets"]
PLACE_STEMS = ["Tornby", "Nyby", "Råby", "Kvarnby", "Lindhem", "Österhöjd", "Västerby",
               "Björkhaga", "Ängsholm", "Sjötorp", "Mossby", "Hällby", "Ringsta", "Ekeby",
               "Gillberga", "Ödeby"]
APART = ["gränd", "stig", "strand", "kaj", "allé", "backe", "torg", "slottsväg", "udde", "hage",
         "dal", "vall", "kulle", "terrass", "esplanad", "promenad", "passage", "gårdsgata",
         "skolväg", "kyrkväg", "bryggväg", "strandväg", "skogsväg", "lund", "vik", "holme",
         "mark", "vändplan", "bygata", "väg"]
DEFINITE = ["gränden", "stigen", "kajen", "vallen", "hagen", "dalen", "kullen", "strandvägen",
            "skolvägen", "kyrkvägen", "prästgårdsvägen", "promenaden", "terrassen", "allén",
            "bryggan", "udden"]
ADJ = ["Gamla", "Nya", "Lilla", "Stora", "Övre", "Nedre"]
DIRS = ["Norra", "Södra", "Östra", "Västra", "Stora", "Lilla", "Gamla"]
TITLES = ["Klockare", "Kantor", "Fältskär", "Mäster", "Prost", "Lots", "Jungfru", "Bagare"]
STREET_PERSONS = ["Sundins", "Brobergs", "Fahlgrens", "Hallbecks", "Lagerqvists", "Tornérs",
                  "Wennerlunds", "Ahlstedts"]
JOINED = ["Smedbacksgränd", "Kolbottensvägen", "Tjärdalsstigen", "Lertagsvägen",
          "Gärdsgårdsstigen", "Flottledsgatan", "Båtsmansgränd", "Tullstugevägen",
          "Pilbäcksallén", "Lingärdestorget"]
ABBREV = {"gränd": "gr.", "väg": "v.", "backe": "b.", "strandväg": "strandv.",
          "skolväg": "skolv.", "kyrkväg": "kyrkv.", "gårdsgata": "gårdsg.", "bygata": "byg."}
TOWNS = ["Stockholm", "Spånga", "Bandhagen", "Hägersten", "Göteborg", "Angered", "Malmö",
         "Uppsala", "Örebro", "Norrköping", "Västerås", "Borlänge", "Luleå", "Gävle",
         "Eskilstuna", "Södertälje", "Botkyrka", "Trollhättan"]

# --- e-mail --------------------------------------------------------------
DOMAINS = ["postvagn.example", "grannskapet.example", "fritidsnatet.example",
           "kvarterskontoret.example", "hyresradet-syd.example", "idrottsalliansen.example",
           "moskeforeningen.example", "forsamlingen-ost.example", "bostadsbolaget.example",
           "skolkansliet.example", "natvandrarna-ost.example", "epost.example"]

# --- negatives -----------------------------------------------------------
DISTRICTS = ["Rinkeby-Kista", "Skärholmen", "Farsta", "Bromma", "Hässelby-Vällingby", "Norrmalm",
             "Östermalm", "Skarpnäck", "Älvsjö", "Södermalm", "Rosengård", "Hammarkullen",
             "Araby", "Holma", "Stenhagen", "Hovsjö", "Ronna", "Biskopsgården"]
PLACES = ["Sergels torg", "Mynttorget", "Järntorget", "Stortorget", "Hötorget",
          "Kungsträdgården", "Slottsskogen", "Pildammsparken", "Folkets park", "Rålambshovsparken",
          "Vasaparken", "Gustav Adolfs torg", "Tensta centrum", "Farsta strand"]
AUTHS = ["Polismyndigheten", "Säkerhetspolisen", "Skolverket", "Socialstyrelsen", "MSB",
         "Brottsförebyggande rådet", "Försäkringskassan", "Arbetsförmedlingen",
         "Myndigheten för stöd till trossamfund", "Länsstyrelsen i Stockholms län",
         "Sveriges Kommuner och Regioner", "Inspektionen för vård och omsorg"]
DNR_PREFIX = ["SLK", "KS", "SN", "UN", "KFN", "IDF", "AMN", "ÖFN", "SDF"]
LAWS = ["2 kap. 5 § LVU", "10 kap. 2 § OSL", "3 § LVU", "4 kap. 1 § SoL",
        "25 kap. 12 § OSL", "29 kap. 2 § BrB", "6 § förvaltningslagen", "lag (2009:724)"]
MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
          "oktober", "november", "december"]
WDAYS = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]
PUBLIC_TEL = ["112", "1177", "114 14", "116 111", "020-50 50 50", "08-508 000 00", "90101"]
BRANDS = ["Lonsdale", "Helly Hansen", "Dr. Martens", "Ben Sherman", "Fjällräven", "Volvo"]
CHARACTERS = ["Emil i Lönneberga", "Karlsson på taket", "Pettson och Findus", "Kalle Anka",
              "Mamma Mu", "Lilla My"]
SHIPS = ["Silja Symphony", "Birka Stockholm", "af Chapman"]
