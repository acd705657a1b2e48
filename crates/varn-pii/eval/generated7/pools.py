"""Pools for generated7: names, streets, places and negative fillers. All written for this corpus."""

# family: (weight, given names, surnames)
FAMILIES = {
    "Somali": (10, ["Hodan", "Sagal", "Najma", "Khadra", "Ayaan", "Abdirahman", "Mohamud", "Liban", "Abdiwali", "Sahra"],
               ["Warsame", "Hersi", "Samatar", "Dualeh", "Abdullahi", "Nuur", "Qorane", "Gedi"]),
    "Persian": (10, ["Shirin", "Parisa", "Roya", "Bahar", "Dariush", "Behrouz", "Arash", "Kourosh", "Mehrdad", "Ladan"],
                ["Tehrani", "Mousavi", "Sadeghi", "Ghorbani", "Esfahani", "Jafarzadeh", "Rahnavard", "Shahbazi"]),
    "Arabic": (10, ["Rania", "Dalia", "Samar", "Nour", "Bilal", "Tarek", "Mazen", "Firas", "Ayman", "Ruqaya"],
               ["Al-Saadi", "Nasrallah", "Darwish", "Kanaan", "Al-Obaidi", "Hamdan", "Barakat", "Zoabi"]),
    "Bosnian/Croatian/Serbian": (10, ["Amra", "Lejla", "Mirela", "Snježana", "Jasmina", "Nermin", "Adnan", "Dragan", "Mirsad", "Željko"],
                                 ["Begović", "Mujić", "Kovačević", "Jurić", "Ćosić", "Softić", "Nikolić", "Hodžić", "Pašić"]),
    "Kurdish": (9, ["Rojin", "Zilan", "Hêvî", "Dilan", "Berivan", "Azad", "Serhat", "Kawa", "Dilshad", "Rênas"],
                ["Barzanî", "Botan", "Zaxoyî", "Hesen", "Mizurî", "Soran", "Silêmanî", "Ehmed"]),
    "Turkish": (9, ["Elif", "Zeynep", "Büşra", "Gizem", "Merve", "Emre", "Burak", "Oğuz", "Serkan", "Hakan"],
                ["Demir", "Çelik", "Kaya", "Şahin", "Doğan", "Aksoy", "Kılıç", "Güneş"]),
    "Swedish": (10, ["Ingrid", "Gunilla", "Britt-Marie", "Ylva", "Tove", "Lennart", "Göran", "Sune", "Bengt-Göran",
                     "Liv", "Vilja", "Klara", "Iris", "Love", "Vide", "Tuva"],
                ["Lindqvist", "Bergström", "Hedlund", "Nyberg", "Wikström", "Forsgren", "Lundgren", "Öberg", "Mårtensson", "Ekdahl"]),
    "Meänkieli/Finnish": (5, ["Aili", "Tyyne", "Eino", "Veikko", "Taisto", "Aune"],
                          ["Kangas", "Niemi", "Pekkari", "Keinänen", "Vaara", "Jääskeläinen", "Alatalo"]),
    "Sámi": (4, ["Máret", "Ánde", "Elle", "Sire", "Heaika", "Ristin"],
             ["Labba", "Sikku", "Påve", "Nutti", "Gaup", "Kuhmunen"]),
    "Roma": (4, ["Rosita", "Esmeralda", "Django", "Janko", "Lulu", "Nikolai"],
             ["Taikon", "Caldaras", "Demitri", "Bakro", "Kwiek"]),
    "Amharic/Oromo": (4, ["Tigist", "Hirut", "Selam", "Chaltu", "Abebe", "Dawit", "Girma", "Tolera"],
                      ["Tesfaye", "Gebremedhin", "Bekele", "Mengistu", "Tadesse", "Gutema"]),
    "Vietnamese": (4, ["Hương", "Ngọc", "Thảo", "Minh", "Tuấn", "Đức", "Quang"],
                   ["Nguyễn", "Trần", "Phạm", "Huỳnh", "Võ", "Đặng"]),
    "Lithuanian": (3, ["Rūta", "Aušra", "Jūratė", "Darius", "Mindaugas", "Tomas"],
                   ["Kazlauskas", "Petrauskaitė", "Jankauskas", "Žukauskas", "Vaitkus"]),
    "Chechen": (4, ["Zarema", "Madina", "Kheda", "Ruslan", "Aslan", "Magomed", "Timur"],
                ["Umarov", "Tsechoev", "Khasanov", "Bisultanov", "Magomadov"]),
    "Tamil": (3, ["Kavitha", "Priya", "Nirmala", "Suresh", "Rajan", "Tharshan"],
              ["Sivakumar", "Ratnam", "Selvarajah", "Ganeshan", "Thevarajah"]),
    "Hazara/Dari": (5, ["Sakina", "Nargis", "Masooma", "Baqir", "Jawad", "Sajjad", "Khadim"],
                    ["Rezaie", "Hussaini", "Akbari", "Sultani", "Nazari"]),
    "Yoruba/Igbo": (4, ["Chioma", "Ngozi", "Folake", "Chinedu", "Oluwaseun", "Emeka", "Tunde"],
                    ["Okonkwo", "Adeyemi", "Okafor", "Balogun", "Nwosu", "Eze"]),
    "Filipino": (3, ["Maricel", "Rowena", "Jericho", "Rodel", "Jhoanna"],
                 ["Dela Cruz", "Bautista", "Macaraeg", "Villanueva", "De Guzman"]),
}

# e-mail domains, all .example
DOMAINS = ["grannforeningen.example", "fritidsgarden-norr.example", "skolmail.example", "hyresgasterna-ost.example",
           "kulturhuset-syd.example", "idrottsklubben.example", "webbpost.example", "ungdomsradet.example",
           "somaliska-foraldrar.example", "bosniska-kulturforeningen.example", "kvartersnatet.example",
           "brf-lindhem.example"]

# streets, standing apart: stem kinds and street words
PLACE_STEMS = ["Lindhem", "Ekbacka", "Solby", "Norrmalm", "Hagalund", "Björkdal", "Tallbo", "Västerås", "Kvarnby",
               "Skogsbo", "Almvik", "Rosendal", "Bergsjö", "Havsby", "Lövsta", "Önnestad"]
GEN_STEMS = ["Lindhems", "Ekbackas", "Hagalunds", "Kvarnbys", "Skogsbos", "Rosendals", "Lövstas", "Smedjans",
             "Glasblåsarens", "Repslagarens", "Trädgårdsmästarens", "Lodjurets", "Hjortens", "Tranans", "Ugglans",
             "Svalans", "Kastanjens", "Lönnens"]
ADJ = ["Nya", "Gamla", "Stora", "Lilla", "Långa", "Breda", "Smala", "Höga", "Gröna", "Sköna"]
DIRS = ["Övre", "Nedre", "Bortre", "Inre", "Yttre", "Mellersta", "Östra", "Västra"]
ORDINALS = ["Första", "Andra", "Tredje", "Fjärde", "Femte"]
SAINTS = ["Sankta Annas", "Sankt Olofs", "Sankta Birgittas", "Sankt Mikaels"]
HYPH_PLACES = ["Ekeby-Lunda", "Norr-Solby", "Berga-Hage", "Väster-Almvik"]
# street words standing apart (new ones first, then the four)
APART_WORDS = ["slinga", "båge", "brink", "stråk", "ring", "led", "plats", "plan", "höjd", "äng",
               "tvärgata", "tvärväg", "ringväg", "landsväg", "byväg", "parkväg", "kvarnväg", "hamngata",
               "bangata", "sväng", "trappa",
               "allé", "slottsväg", "torg", "backe", "allé", "slottsväg", "torg", "backe"]
# definite forms after an adjective / ordinal
DEF_WORDS = ["slingan", "bågen", "brinken", "stråket", "ringen", "leden", "platsen", "höjden", "ängen",
             "tvärgatan", "tvärvägen", "landsvägen", "byvägen", "svängen", "trappan", "allén", "backen", "torget"]
JOINED = ["Brinkslingan", "Tvärstråket", "Ängsbågen", "Kvarnbrinken", "Lärkslingan", "Hamnstråket", "Bangårdsleden",
          "Sjöhöjden", "Prästängen", "Ringbågen", "Smedstråket", "Tullbrinken"]
TAILS = [", uppg. B", " bv", ", 2 tr ö.g.", ", port 2", ", hus C", ", lgh 1102", ", lgh 1304", " 3 tr", ", 1 tr"]
TOWNS = ["Skärholmen", "Gottsunda", "Bergsjön", "Vivalla", "Navestad", "Fittja", "Hjulsta", "Kronogården",
         "Brandbergen", "Alby", "Backa", "Lövgärdet"]

# negative fillers
DISTRICTS = ["Skärholmen", "Bredäng", "Husby", "Akalla", "Fittja", "Alby", "Hjulsta", "Gottsunda", "Navestad",
             "Lövgärdet", "Bergsjön", "Kronogården", "Vivalla", "Brandbergen", "Hallunda", "Sätra"]
PLACES = ["Medborgarplatsen", "Stortorget", "Kungsträdgården", "Slottsskogen", "Folkets park", "Hötorget",
          "Nytorget", "Husby torg", "Skärholmstorget", "Gottsunda centrum", "Vivalla centrum", "Fittja gård"]
AUTHORITIES = ["Migrationsverket", "Skolverket", "Socialstyrelsen", "Länsstyrelsen i Stockholms län",
               "Center mot våldsbejakande extremism", "Myndigheten för samhällsskydd och beredskap",
               "Kriminalvården", "Arbetsförmedlingen", "Försäkringskassan", "Polisregion Stockholm",
               "Myndigheten för ungdoms- och civilsamhällesfrågor", "Statens institutionsstyrelse"]
BRANDS = ["Alpha Industries", "Fred Perry", "Stone Island", "Canada Goose", "Clas Ohlson", "Telegram", "Snapchat",
          "TikTok", "Adidas", "New Balance"]
PRODUCTS = ["en Billy-hylla", "hyllan Ivar", "soffan Klippan", "en Volvo Amazon", "röstassistenten Siri", "högtalaren Alexa"]
CHARACTERS = ["Alfons Åberg", "Bamse", "Nils Holgersson", "Mulle Meck", "Madicken", "Laban", "Skalman", "Lille Skutt"]
SHIPS = ["Vasa", "Götheborg", "Viking Grace", "Stena Danica", "Gotlandia"]
MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
          "november", "december"]
WEEKDAYS = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]
PUBLIC_PHONES = ["112", "1177", "114 14", "113 13", "116 111", "020-50 50 50", "08-508 000 00"]
DNR_PREFIX = ["SLK", "KS", "SN", "UN", "SDN", "IFO", "KUF", "ÄDN", "FHN"]
LAWS = ["14 kap. 1 § SoL", "3 kap. 1 § SoL", "10 kap. 19 § OSL", "26 kap. 1 § OSL", "12 § LVU",
        "4 kap. 5 § BrB", "16 kap. 8 § BrB", "lag (2018:1937)", "9 § förvaltningslagen", "2 kap. 10 § FL"]
AGE_BANDS = ["under 15", "15-17", "18-20", "21-29", "30+"]
