# Pools for corpus generated10. Written fresh by the generated10 author.
# family: (weight, given names, surnames)
FAMILIES = {
    "Somali": (3, ["Ubah", "Hodan", "Nimco", "Cabdi", "Guuleed", "Ayaan", "Deeqa", "Khadar", "Ifrah", "Mohamud"],
               ["Warsame", "Jaamac", "Samatar", "Cismaan", "Dualeh", "Hirsi", "Abdille"]),
    "Persian": (3, ["Roya", "Kiana", "Dariush", "Babak", "Golnar", "Mehrdad", "Parisa", "Sohrab"],
                ["Tehrani", "Kazemi", "Rostami", "Ebrahimi", "Mahdavi", "Karimi-Nejad", "Shams"]),
    "Arabic": (3, ["Hala", "Nour", "Tareq", "Jamil", "Rasha", "Bassel", "Layal", "Wael"],
               ["Haddad", "Mansour", "Al-Tamimi", "Saleh", "Abu Khalil", "El-Masri", "Jabbour"]),
    "Bosnian/Croatian/Serbian": (3, ["Amela", "Dženana", "Mirza", "Goran", "Tihana", "Željko", "Ljiljana", "Dževad"],
                                 ["Hodžić", "Babić", "Marković", "Begić", "Vuković", "Halilović", "Pašić", "Mujanović"]),
    "Kurdish": (3, ["Avin", "Nazdar", "Dilovan", "Rêbîn", "Shêrko", "Viyan", "Kawa", "Beritan"],
                ["Hawrami", "Mizuri", "Doski", "Sindî", "Hakkarî", "Bamarnî", "Rekanî"]),
    "Turkish": (3, ["Ezgi", "Burak", "Gizem", "Selim", "Şeyma", "Tolga", "İlkay", "Ümit"],
                ["Yıldırım", "Aksoy", "Erdem", "Kılıç", "Özdemir", "Karataş", "Uçar"]),
    "Swedish (with name-words)": (3, ["Solveig", "Torbjörn", "Ulla-Britt", "Leif", "Gunnel", "Kjell-Åke", "Ture", "Dag", "Sten", "Stig", "Sol", "Frid"],
                                  ["Sjöström", "Åkesson", "Lövgren", "Hedlund", "Nordin", "Björk", "Sand", "Bäck", "Fors", "Stål", "af Trolle", "de Geer"]),
    "Norwegian/Danish": (2, ["Ingunn", "Øyvind", "Håvard", "Sølvi", "Jens-Ole"],
                         ["Bråten", "Haugland", "Kjærgaard", "Østergaard", "Lyngstad"]),
    "Sweden-Finnish": (2, ["Jouni", "Pirjo", "Eija", "Kalevi", "Sirpa"],
                       ["Mäkelä", "Hämäläinen", "Lappalainen", "Väisänen"]),
    "Polish": (2, ["Agnieszka", "Tomasz", "Małgorzata", "Łukasz"], ["Wróbel", "Szymańska", "Kowalczyk", "Woźniak"]),
    "Ukrainian": (2, ["Oleksandr", "Yuliia", "Taras", "Nataliia"], ["Shevchuk", "Kovalenko", "Melnyk", "Tkachenko"]),
    "Tigrinya (Eritrean)": (2, ["Yonas", "Senait", "Filmon", "Ruta"], ["Tesfay", "Ghebremariam", "Kidane", "Woldu"]),
    "Albanian": (2, ["Drita", "Besnik", "Valbona", "Ardit"], ["Hoxha", "Berisha", "Shala", "Morina"]),
    "Swedish Roma": (1, ["Ljubica", "Dimitri", "Rosita", "Milan"], ["Taikon", "Caldaras", "Demetri"]),
    "Greek": (1, ["Eleni", "Konstantinos", "Dimitra", "Giannis"], ["Papadopoulou", "Nikolaidis", "Stavrou"]),
    "Assyrian/Syriac": (2, ["Ninos", "Shamiram", "Sargon", "Ninve"], ["Shabo", "Barsom", "Kourie", "Yacoub"]),
    "Pashto": (2, ["Zarghuna", "Ajmal", "Gulalai", "Spogmai"], ["Shinwari", "Mohmand", "Yousafzai"]),
    "Bengali": (1, ["Tanvir", "Nusrat", "Rafiq"], ["Hossain", "Rahman", "Chowdhury"]),
    "Nepali": (1, ["Pradeep", "Sabina", "Bikash"], ["Gurung", "Thapa", "Shrestha"]),
    "Chinese": (1, ["Xiaoming", "Meiling", "Jun"], ["Zhang", "Liu", "Huang"]),
    "Korean": (1, ["Ji-woo", "Min-jun", "Seo-yeon"], ["Park", "Choi", "Jeong"]),
    "Japanese": (1, ["Yuki", "Haruto", "Aiko"], ["Tanaka", "Nakamura", "Suzuki"]),
    "Spanish/Latin American": (2, ["Valentina", "Joaquín", "Camila", "Matías"], ["Fernández", "Rojas Muñoz", "Castillo", "Quispe"]),
    "Brazilian/Portuguese": (1, ["João", "Thaís", "Gonçalo"], ["Gonçalves", "Araújo", "Nascimento"]),
    "Mongolian": (1, ["Bat-Erdene", "Oyunchimeg", "Temuulen"], ["Dorjsuren", "Ganbold"]),
    "Estonian/Latvian": (1, ["Kadri", "Tõnu", "Ilze", "Jānis"], ["Tamm", "Saar", "Bērziņš", "Kalniņa"]),
    "Czech": (1, ["Tereza", "Jiří", "Radka"], ["Dvořák", "Nováková", "Černý"]),
    "Dutch/Flemish": (1, ["Sanne", "Joris", "Maartje"], ["van Dijk", "de Boer", "ter Horst"]),
    "Irish": (1, ["Siobhán", "Ciarán", "Aoife"], ["Kelleher", "Ní Dhonnchadha", "Ó Súilleabháin"]),
    "Akan (Ghana)": (1, ["Akosua", "Yaw", "Efua"], ["Owusu", "Boateng", "Asante"]),
    "Wolof (Senegal/Gambia)": (1, ["Moussa", "Aminata", "Lamin"], ["Ndiaye", "Diop", "Jallow"]),
    "Congolese": (1, ["Mbuyi", "Grâce", "Kalala"], ["Tshibangu", "Mukendi", "Ilunga-Kasongo"]),
    "Uzbek/Tajik": (1, ["Dilnoza", "Sardor", "Farrukh"], ["Karimova", "Tursunov", "Rahimov"]),
    "Greenlandic": (1, ["Nuka", "Aviaja", "Malik"], ["Kleist", "Lynge", "Berthelsen"]),
    "Jewish/Hebrew": (1, ["Noa", "Eitan", "Yael"], ["Rosenbaum", "Cohen", "Mizrahi"]),
}
# words a name can also be (lower case), used in negative sentences
NAME_WORDS = ["dag", "sten", "stig", "sol", "frid", "björk", "sand", "bäck", "fors", "stål", "hala", "ruta"]

TOWNS = ["Stockholm", "Spånga", "Hägersten", "Johanneshov", "Bandhagen", "Farsta", "Vällingby", "Solna",
         "Göteborg", "Malmö", "Uppsala", "Örebro", "Västerås", "Norrköping", "Borås", "Luleå", "Umeå",
         "Eskilstuna", "Södertälje", "Gävle", "Jönköping", "Sundsvall"]

# streets: shape -> list of street names (without number)
STREET_APART_FIRST = ["Lärkans", "Tranans", "Mossens", "Vallmons", "Smedsbyns", "Grindstugans", "Kolarens",
                      "Humlans", "Flädergårdens", "Snickarens", "Sjöbodens", "Rosendals", "Fäladens",
                      "Solberga", "Vintervik", "Lillsjö", "Ängby", "Sköndals", "Björkviks", "Rödstens"]
STREET_APART_WORD = ["hage", "kulle", "udde", "stig", "bro", "promenad", "esplanad", "terrass", "gårdsgata",
                     "vik", "hamn", "dal", "äng", "holme", "källa", "bryggväg", "skogsväg", "parkgata",
                     "kyrkväg", "byväg", "tvärväg", "ängsväg"]
STREET_PERSON = ["Karin Boyes", "Hjalmar Brantings", "Selma Lagerlöfs", "Nils Ferlins", "Evert Taubes",
                 "Elsa Beskows", "Doktor Westrings", "Kapten Arvids", "Lotsen Kallmans", "Fru Ingrids"]
STREET_PERSON_WORD = ["gata", "väg", "gränd", "torg", "allé", "plan", "hage", "terrass", "stig"]
STREET_PREFIX = ["Bortre", "Främre", "Mellersta", "Nya", "Västra", "Lilla"]
STREET_JOINED_STEM = ["Tjärdals", "Blåbärs", "Gökblomme", "Vedbods", "Sågverks", "Tistel", "Kornblixt",
                      "Rågåkers", "Lingon", "Hjortstens", "Murklinge", "Silverbäcks", "Pilbågs", "Tuvull"]
STREET_JOINED_END = ["stigen", "vägen", "terrassen", "promenaden", "kullen", "udden", "allén", "torget",
                     "esplanaden", "gränd", "backen"]
ADDR_TAILS = ["", "", "", "", ", lgh 1102", ", lgh 1304", " vån 3", ", vån. 2", " entré B", " ingång C"]

MAIL_DOMAINS = ["postlada.example", "hemnet-mejl.example", "ungdomsmail.example", "foreningsnat.example",
                "sthlmpost.example", "kvarteret.example", "mobilpost.example", "minmejl.example"]

# negatives
DISTRICTS = ["Rinkeby", "Tensta", "Hjulsta", "Bagarmossen", "Hökarängen", "Rågsved", "Hagsätra", "Vårberg",
             "Rosengård", "Hjällbo", "Hammarkullen", "Ronna", "Hovsjö", "Skäggetorp", "Vivalla", "Araby",
             "Kronogården", "Fisksätra", "Gottsunda", "Hallonbergen", "Östberga", "Farsta", "Enskede", "Kungsholmen"]
PLACES = ["Rinkeby torg", "Tensta centrum", "Farsta centrum", "Sergels torg", "Mynttorget", "Järvafältet",
          "Hagsätra centrum", "Tantolunden", "Rålambshovsparken", "Globen", "Skärholmens gård", "Vällingby centrum"]
UNITS = ["Fältgruppen Södermalm", "Fritidsgården Kupolen", "Socialjouren", "Elevhälsan", "Ungdomsmottagningen",
         "Familjecentralen", "Mötesplats Rinkeby", "Stadsdelsförvaltningen", "Arbetsmarknadsförvaltningen",
         "Kulturförvaltningen", "Idrottsförvaltningen", "Avhopparverksamheten", "Medborgarkontoret"]
AUTHS = ["Polismyndigheten", "Säkerhetspolisen", "Skolverket", "Brottsförebyggande rådet", "Länsstyrelsen",
         "Center mot våldsbejakande extremism", "Kriminalvården", "Migrationsverket", "Sveriges Kommuner och Regioner",
         "Ungdomsstyrelsen", "Myndigheten för stöd till trossamfund", "Segerstedtinstitutet"]
LAWS = ["14 kap. 1 § SoL", "26 kap. 1 § OSL", "10 kap. 2 § OSL", "3 § LVU", "lag (2018:1937)", "5 kap. 3 § skollagen",
        "SFS 2017:725", "2 kap. 4 § BrB"]
DNR_PREFIX = ["SN", "UBN", "KN", "IDN", "SDF", "KS", "AMN", "SOF", "ÄLN"]
MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
          "november", "december"]
WEEKDAYS = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]
PUBLIC_NUMBERS = ["112", "1177", "114 14", "116 111", "020-50 50 50", "08-508 000 00", "212000-0142"]
# plate look-alikes with letters not used on Swedish plates (I, Q, V, Å, Ä, Ö) or of other shape
PLATE_LOOKALIKES = ["kurs SVA 101", "avdelning IVA 2", "sal VÄG 12", "kod QRS 44", "linje 173", "buss 4",
                    "gate B34", "väg E4", "riksväg 55", "rum Ö 214", "SFI 3B", "modul ÅK 9", "HVB 2"]
BRANDS = ["Discord", "Telegram", "Instagram", "Snapchat", "YouTube", "Fortnite", "Spotify", "Swish", "Teams"]
