"""Pools for generated11: names, streets, towns, fillers. All written fresh for this corpus."""

# family: (weight, given names, surnames)
# Surnames may hold a lower-case particle ("van der Meer") or two words ("Muñoz Peña").
FAMILIES = {
    # the seven families, with names of this author's own choosing
    "swedish": (3, ["Gunnel", "Sixten", "Ingvar", "Britt-Marie", "Kerstin", "Rune", "Solveig",
                    "Torbjörn", "Agneta", "Håkan", "Märta", "Evert", "Ulla-Britt", "Åke", "Nils-Åke",
                    "Melker", "Svea", "Ture", "Ebba", "Gudrun"],
                ["Åkesson", "Sandqvist", "Söderholm", "Wikström", "Nyqvist", "Hedlund", "Ekdahl",
                 "Östlund", "af Klercker", "Löfgren", "Ståhlberg", "Grönwall", "Sjöholm", "Tegnér",
                 "Rydén", "Fällström"]),
    "swedish_words": (2, ["Dag", "Sten", "Sol", "Iris", "Viola", "Vide", "Ask", "Storm"],
                      ["Berg", "Sjö", "Bäck", "Fors", "Holm", "Svan", "Hjort", "Varg", "Rask", "Frisk",
                       "Stark", "Gran", "Sköld", "Pil", "Lund", "Ros", "Vik"]),
    "somali": (3, ["Ubax", "Idil", "Fadumo", "Cabdiraxmaan", "Sahra", "Guled", "Abshir", "Deeqa",
                   "Nimco", "Xaawo", "Cabdullaahi"],
               ["Xirsi", "Cilmi", "Faarax", "Jaamac", "Warsame", "Cumar", "Samatar", "Dhoorre"]),
    "persian": (3, ["Parisa", "Golnaz", "Arash", "Babak", "Mahsa", "Kourosh", "Ladan", "Siavash"],
                ["Tehrani", "Rostami", "Kashani", "Navabi", "Sadeghi", "Bahrami", "Afshar", "Shahidi"]),
    "arabic": (3, ["Nour", "Hala", "Jamal", "Wissam", "Tarek", "Dalia", "Rasha", "Bassam", "Maysoon"],
               ["Haddad", "Al-Saadi", "El Masri", "Abu Hamdan", "Qasim", "Barakat", "Zoubi",
                "Al-Hashimi", "Touma"]),
    "bcs": (3, ["Amra", "Jasmina", "Dženana", "Emir", "Tarik", "Vesna", "Dragana", "Miroslav", "Željko"],
            ["Begić", "Mujić", "Petrović", "Jovanović", "Kurtović", "Delić", "Hodžić", "Babić",
             "Šehić", "Lukić"]),
    "kurdish": (3, ["Dilan", "Şîlan", "Baran", "Azad", "Zînê", "Jiyan", "Nêrgiz", "Bêrivan", "Hejar"],
                ["Amedî", "Hewrami", "Botanî", "Şêxo", "Kobanî", "Gewrîlî"]),
    "turkish": (3, ["Gökhan", "Şule", "Ayşegül", "Emre", "Tuğba", "Mert", "Hülya", "İbrahim", "Özlem"],
                ["Yıldırım", "Aydın", "Öztürk", "Kılıç", "Arslan", "Çelik", "Yücel", "Polat"]),
    # families generated9's README does not list
    "polish": (2, ["Małgorzata", "Paweł", "Agnieszka", "Wojciech", "Łukasz", "Grażyna", "Zbigniew"],
               ["Wiśniewski", "Kowalczyk", "Zieliński", "Wróbel", "Dąbrowska", "Sikorska",
                "Szczepańska", "Żak"]),
    "finnish": (2, ["Pirjo", "Jouko", "Satu", "Tuomas", "Eija", "Raimo"],
                ["Järvinen", "Mäkelä", "Heikkilä", "Niemi", "Kärkkäinen", "Hämäläinen"]),
    "greek": (1, ["Eleni", "Giorgos", "Dimitra", "Konstantinos", "Vasiliki"],
              ["Papadopoulos", "Karagiannis", "Oikonomou", "Christodoulou"]),
    "tigrinya": (2, ["Senait", "Yonas", "Mebrat", "Tesfaldet", "Abrehet", "Dawit", "Saba"],
                 ["Tesfamariam", "Woldemichael", "Kidane", "Berhane", "Mehari", "Habte"]),
    "albanian": (2, ["Arbër", "Drita", "Valbona", "Besnik", "Ardita", "Fitim", "Blerta", "Lirim"],
                 ["Krasniqi", "Hoxha", "Gashi", "Kelmendi", "Shala", "Morina", "Rexhepi", "Çela"]),
    "chinese": (1, ["Xiaoling", "Jianhua", "Meiling", "Haoran", "Yuting"],
                ["Zhang", "Liu", "Chen", "Zhou", "Huang"]),
    "spanish": (2, ["Ximena", "Joaquín", "Begoña", "Rodrigo", "Marisol", "Iñaki", "Ana Lucía"],
                ["Muñoz", "Zúñiga", "Ibáñez", "Orellana", "Fuentes", "de la Fuente", "Muñoz Peña"]),
    "portuguese": (1, ["João", "Conceição", "Thiago", "Luana", "Gonçalo"],
                   ["Gonçalves", "Magalhães", "Araújo", "Simões"]),
    "czech": (1, ["Jiří", "Kateřina", "Zdeněk", "Lenka", "Radek"],
              ["Dvořáková", "Procházka", "Černý", "Kučera", "Růžička"]),
    "estonian": (1, ["Tõnis", "Kadri", "Priit", "Liis"], ["Tamm", "Põder", "Mägi", "Saar"]),
    "latvian": (1, ["Kārlis", "Ilze", "Jānis", "Līga"], ["Bērziņš", "Kalniņa", "Ozols", "Liepiņa"]),
    "ukrainian": (2, ["Oleksandr", "Nataliia", "Bohdan", "Oksana", "Taras", "Yuliia"],
                  ["Kovalenko", "Shevchuk", "Bondarenko", "Tkachenko", "Melnyk", "Hrytsenko"]),
    "pashto": (2, ["Gulalai", "Zarmina", "Hamidullah", "Wahid", "Spogmai"],
               ["Zadran", "Wardak", "Popal", "Mangal", "Stanikzai"]),
    "bengali": (1, ["Tahmina", "Rafiqul", "Nasrin", "Sharmin", "Anisur"],
                ["Chowdhury", "Talukder", "Bhuiyan", "Sarkar", "Hossain"]),
    "assyrian": (2, ["Shamiram", "Ninos", "Nahrin", "Sargon", "Afrem"],
                 ["Barsom", "Malke", "Danho", "Kourie", "Gabro"]),
    "akan": (1, ["Kwame", "Akosua", "Kofi", "Abena", "Yaw"], ["Mensah", "Asante", "Owusu", "Boateng", "Ofori"]),
    "german": (1, ["Jürgen", "Dörte", "Uwe", "Heike"], ["Weiß", "Krüger", "Schäfer", "Großmann", "von der Heydt"]),
    "danish_norwegian": (1, ["Søren", "Bjørg", "Øystein", "Kjersti", "Ståle"],
                         ["Kjærgaard", "Sørensen", "Løvaas", "Østby", "Brænne"]),
    "french": (1, ["Hélène", "Benoît", "Gaëlle", "Anaïs", "François"], ["Lefèvre", "Moreau", "Lemaître", "Dubois"]),
    "dutch": (1, ["Sanne", "Joost", "Maarten", "Femke"], ["van der Meer", "de Vries", "Bakker", "van Dijk"]),
    "irish": (1, ["Siobhán", "Pádraig", "Aoife", "Ciarán", "Niamh"], ["O'Brien", "O'Connell", "McCarthy", "Gallagher"]),
    "korean": (1, ["Min-jun", "Seo-yeon", "Hyun-woo", "Ji-ah"], ["Park", "Choi", "Jeong", "Kang"]),
    "japanese": (1, ["Haruka", "Takeshi", "Yuki", "Kenji"], ["Tanaka", "Nakamura", "Yamamoto", "Fujita"]),
    "mongolian": (1, ["Bat-Erdene", "Enkhjargal", "Oyuun", "Ganbaatar"], ["Dorjsuren", "Ganbold", "Tsendayush"]),
    "indian": (1, ["Priyanka", "Arjun", "Deepika", "Rohit", "Ananya"], ["Sharma", "Iyer", "Deshpande", "Kulkarni", "Nair"]),
    "sinhala": (1, ["Chaminda", "Nadeesha", "Dilrukshi", "Ruwan"], ["Perera", "Wickramasinghe", "Jayawardena", "Fernando"]),
}

# Sentence-initial and lower-case uses of the name-words, as ordinary words (negatives).
NAMEWORD_NEG = [
    "Dag för dag blir det svårare att nå gruppen på {dist}.",
    "Sten och glasflaskor kastades mot fönstren vid {place} en {wd}skväll.",
    "Sol och värme lockade många unga till {place} under {mon}.",
    "Storm väntas på {wd}, så nattvandringen flyttas till nästa vecka.",
    "Gran och tall har fällts bakom {bldg}, och stigen är avstängd.",
    "Frisk luft och fotboll: kvällsaktiviteten på {place} fortsätter hela {mon}.",
    "Rask hjälp från fastighetsjouren gjorde att klottret var borta samma dag.",
    "Stark oro uttrycktes av personalen, men ingen enskild person pekades ut.",
    "Pil och båge ska inte användas på fritidsgårdens gård, enligt ordningsreglerna.",
    "Holm och skär runt badplatsen patrulleras av kustbevakningen, inte av oss.",
    "Vik av inte från rutinen även om det känns obekvämt.",
    "Ros och ris kom från föräldramötet: rutinen uppskattas men blanketten är lång.",
    "Berg av papper samlas på expeditionen; vi går över till digitala blanketter.",
    "Iris och pupill reagerade normalt, skriver skolsköterskan i sin allmänna kommentar.",
    "Varje dag syns nya klistermärken på busskuren vid {place}; en sten låg mot dörren och en varg var sprejad på väggen.",
    "Ungdomarna sitter gärna i solen vid {bldg}, och en hjort syntes vid skogsbrynet.",
    "Vi håller kursen rask och stark, och alla i personalgruppen är friska.",
    "En ask med flygblad hittades vid en gran bakom {bldg}.",
]

# Persons named in public places; never marked (places without a number).
PLACES = ["Sergels torg", "Rinkeby torg", "Tensta centrum", "Hötorget", "Möllevångstorget",
          "Gustav Adolfs torg", "Raoul Wallenbergs torg", "Vällingby centrum", "Farsta strand",
          "Hammarkulletorget", "Angereds torg", "Vivalla centrum", "Råslätts centrum",
          "Rålambshovsparken", "Tantolunden", "Hagsätra torg", "Flemingsbergs station",
          "Fisksätra torg", "Bagarmossens torg", "Hjällbo torget"]
BUILDINGS = ["Stadshuset", "Kulturhuset", "Rinkeby folkets hus", "Tensta konsthall", "Globen",
             "Dieselverkstaden", "Medborgarhuset", "Stadsbiblioteket", "Idrottshallen på Brännkyrka",
             "Hallonbergens simhall", "Angereds gymnasium", "Rosengårdsskolan", "Kronogårdshallen",
             "Vårby gårds bibliotek", "Farsta gymnasium", "Stadsdelshuset i Rågsved"]
DISTRICTS = ["Rinkeby", "Tensta", "Hjulsta", "Vårby", "Hagsätra", "Rågsved", "Farsta",
             "Bagarmossen", "Rosengård", "Hjällbo", "Angered", "Hammarkullen", "Tynnered", "Vivalla",
             "Araby", "Ronna", "Hovsjö", "Holma", "Kronogården", "Råslätt", "Fisksätra",
             "Flemingsberg", "Hallonbergen", "Vällingby", "Spånga"]
TOWNS = ["Stockholm", "Göteborg", "Malmö", "Uppsala", "Västerås", "Örebro", "Linköping",
         "Norrköping", "Borås", "Eskilstuna", "Södertälje", "Huddinge", "Tumba", "Järfälla",
         "Sundbyberg", "Solna", "Jönköping", "Växjö", "Trollhättan", "Landskrona", "GÖTEBORG",
         "STOCKHOLM", "Spånga", "Hägersten", "Bandhagen"]
AUTHORITIES = ["Skatteverket", "Kronofogden", "Jämställdhetsmyndigheten", "Integritetsskyddsmyndigheten",
               "Socialstyrelsen", "Statens skolverk", "Brottsförebyggande rådet", "Polisregion Stockholm",
               "Polisregion Väst", "Region Skåne", "Region Stockholm", "Sveriges Kommuner och Regioner",
               "Justitiekansler", "Barnombudsmannen", "Inspektionen för vård och omsorg",
               "Myndigheten för ungdoms- och civilsamhällesfrågor", "Socialtjänsten", "Tullverket"]
UNITS = ["Fältgruppen Rinkeby-Kista", "Fritidsgården Kometen", "Ungdomens hus Tensta",
         "Mötesplats Ankaret", "Familjecentralen Fyren", "Elevhälsan Hjulsta", "Jobbcenter Farsta",
         "Nattvandrarna i Rågsved", "Träffpunkt Måsen", "Boendestödet Bryggan", "Läxhjälpen Tensta",
         "Öppna förskolan Fröet", "Sociala insatsgrupper", "Avhopparverksamheten"]
BRANDS = ["Discord", "WhatsApp", "Instagram", "YouTube", "Signal", "Kick", "Fortnite", "Reddit", "Threads"]
SHOPS = ["Coop", "Willys", "Apoteket", "Postnord", "Circle K", "Pressbyrån", "Lidl", "Systembolaget"]
# plate look-alikes, by what they are
ROUTES = ["linje 4", "E4", "E20", "riksväg 40", "tåg 10042", "SJ 537", "buss 865", "väg 222", "linje 17"]
ROOMS = ["klass 9B", "klass 7C", "grupp 3A", "sal B204", "rum A301", "lokal K2", "hus C", "plats 14B", "AB 12"]
CODES = ["ISO 27001", "LSS", "BBIC", "modul KBT 2", "blankett SoL 12", "SKR 2024", "CVE 2", "NPF", "ADHD"]
DNRS = ["dnr KS 2026/0412", "Dnr 3.1.2-118/2026", "diarienr FHN 2025/77", "Dnr SDF 2026/1207",
        "dnr IAN 2026/5", "Dnr SOF 2026/318", "Dnr KFN 2025/1044", "Dnr GRN 2026/93",
        "ärende 2026-00318", "Dnr UF 2026:41", "dnr 2026-BoU-17"]
IAS = ["IA 2026:8817", "IA-ärende 55120", "avvikelse nr 7713", "händelse 2026/412"]
LAWS = ["3 kap. 1 § SoL", "25 kap. 12 § OSL", "5 kap. 3 § skollagen", "3 § LVU", "6 kap. 5 § BrB",
        "lag (2003:148)", "13 § polislagen", "10 kap. 2 § OSL", "11 kap. 1 § SoL",
        "16 kap. 8 § BrB", "2 kap. 6 § FL", "SFS 2010:800", "artikel 9 GDPR", "4 kap. 1 § LSS"]
MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
          "oktober", "november", "december"]
WEEKDAYS = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]
PUBLIC_NUMBERS = ["112", "1177", "114 14", "116 111", "113 13", "08-508 000 00"]
PUBLIC_ORGS = [("Stockholms stad", "212000-0142")]
EMAIL_DOMAINS = ["postlada.example", "natpost.example", "hemmet.example", "mejla.example",
                 "brevduvan.example", "kvarteret.example", "foreningsmail.example",
                 "elev.skolan.example", "mail.bostadsbolaget.example", "jobbet.example",
                 "klubben.example", "fastighet.example"]
IDN_DOMAINS = ["brevlådan.example", "föreningen.example", "hälsning.example"]

# Streets. Shapes (key used in -v counts):
STREET_APART = [  # genitive word + street word standing apart (two words)
    "Ängsmyrans stig", "Sockerbrukets vall", "Båtsmans hage", "Nyponrosens äng",
    "Kvarnkullens terrass", "Skeppargårdens esplanad", "Glasbrukets promenad", "Humlegärdets kulle",
    "Tjäderns ås", "Fårhagens dal", "Sillviks udde", "Tegelbrukets byväg", "Sandvikens strandväg",
    "Rävlyans skogsväg", "Prästens gärde", "Fiskelägets hamn", "Kanalens bro", "Mejeriets passage",
    "Linvävarens stig", "Järnbrukets vall", "Bagarens hage", "Kohagens äng", "Lotsens udde",
    "Repslagarens passage", "Sågverkets byväg",
]
STREET_ADJ = [  # adjective + street word in the definite form (two words)
    "Långa raden", "Breda stigen", "Höga kullen", "Smala passagen", "Gröna vallen", "Lugna viken",
]
STREET_PREFIX = ["Östra", "Västra", "Norra", "Södra", "Lilla", "Nya", "Bortre", "Främre"]
STREET_HONOUR = [  # streets named after (invented) persons: an address, never a name
    "Agnes Wendels väg", "Doktor Hallbecks gata", "Kapten Lövgrens stig", "Prost Ahléns väg",
    "Mor Kerstis gränd", "Fru Idas backe",
]
STREET_JOINED = [  # joined, endings generated9 does not list
    "Kvarnstigen", "Lärkvallen", "Vallmoängen", "Solterrassen", "Strandesplanaden",
    "Sjöpromenaden", "Tallkullen", "Grusåsen", "Näsudden", "Mossgärdet", "Stenbron",
    "Kopparpassagen", "Hagtornsdalen", "Rönnhagen",
]
STREET_ABBR = [  # abbreviated -gatan/-vägen, as people write them
    "Tegelbruksv.", "Fabriksg.", "Hamnmästareg.", "Skolhusv.", "Kyrkogårdsg.", "Bryggeriv.",
]
