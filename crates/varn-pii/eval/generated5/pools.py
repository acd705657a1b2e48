"""Name, street, place and filler pools for the generated5 corpus (all invented for testing).

Written for this corpus by its own author. Each family: female given names, male given
names, surnames. Names are NFC (precomposed) so no combining mark is left in the text.
"""

FAMILIES = {
    "Swedish": (
        ["Ingegerd", "Gunvor", "Berit", "Ylva", "Agneta", "Margareta", "Lovisa", "Tilda",
         "Alva", "Wilma", "Majken", "Ulla-Stina", "Ann-Charlotte", "Sigrid", "Linnea",
         "Märta", "Hedvig", "Signe", "Gunnel", "Birgitta"],
        ["Torbjörn", "Håkan", "Göran", "Leif", "Rune", "Arvid", "Ludvig", "Elis", "Valter",
         "Henning", "Nils-Olof", "Karl-Gustav", "Jörgen", "Östen", "Birger", "Torsten",
         "Holger", "Sixten-Åke", "Lennart", "Ragnar"],
        ["Bergkvist", "Sjödin", "Hägglund", "Forsgren", "Löfgren", "Nyqvist", "Wallgren",
         "Ekdahl", "Sandström", "Hedberg", "Lindkvist", "Marklund", "Öberg", "Åström",
         "Björklund", "Lundmark", "Rydén", "Tjärnström", "Grönlund", "Kvarnström",
         "Häggström", "Sundqvist", "Norberg", "Dahlgren", "Engqvist", "Malmsten", "Vikström"],
    ),
    "Finnish": (
        ["Anneli", "Riitta", "Tuulikki", "Sirkka", "Eeva", "Hanna-Mari", "Kaisu", "Marjatta",
         "Aino", "Venla", "Pihla", "Iida", "Säde", "Leena", "Maarit"],
        ["Jorma", "Pertti", "Eero", "Veikko", "Jouko", "Teemu", "Mikko", "Juha-Pekka", "Lauri",
         "Väinö", "Sakari", "Ilkka", "Reijo", "Jyrki"],
        ["Heiskanen", "Kettunen", "Nieminen", "Räsänen", "Tikkanen", "Leinonen", "Savolainen",
         "Väisänen", "Hyvönen", "Kokkonen", "Salonen", "Ylönen", "Peltonen", "Lähteenmäki",
         "Järvelä", "Häkkinen", "Pöyhönen", "Mäntylä"],
    ),
    "Sámi": (
        ["Risten", "Sárá", "Márjá", "Elle", "Láilá", "Ellen-Márjá", "Anne-Risten", "Áile",
         "Gárjá", "Siiri", "Ingá-Lill", "Ristiinná"],
        ["Áilu", "Niillas", "Jovnna", "Máhtte", "Piera", "Mihkkal", "Heaika", "Juhán",
         "Nils-Ánte", "Issát", "Mikkal", "Ánddir"],
        ["Labba", "Pittja", "Sarri", "Omma", "Tuorda", "Niia", "Eira", "Somby", "Utsi",
         "Jannok", "Kitok", "Rimpi", "Sikku", "Stålka", "Marainen", "Huuva"],
    ),
    "Meänkieli": (
        ["Aili", "Hilja", "Elvi", "Lempi", "Saimi", "Alli", "Tyyne", "Impi"],
        ["Arvo", "Viljo", "Tauno", "Aarne", "Raimo", "Oiva", "Kalervo", "Vilho"],
        ["Keskitalo", "Pohjanen", "Kuoksu", "Juuso", "Lantto", "Mukka", "Poromaa",
         "Kostenius", "Rova", "Wanhainen", "Kivilompolo", "Alakangas"],
    ),
    "Somali": (
        ["Sagal", "Ifrah", "Nimco", "Hibo", "Ayaan", "Deeqa", "Ubax", "Caasha", "Fartuun",
         "Hamdi", "Idil", "Ladan", "Kowsar", "Filsan", "Sucaad"],
        ["Abdirizak", "Guled", "Abshir", "Liban", "Mukhtar", "Bashir", "Cabdiqaadir", "Xirsi",
         "Farax", "Shirwac", "Mahdi", "Cumar-Faruuq", "Garaad", "Sakariye"],
        ["Warsame", "Samatar", "Jaamac", "Hirsi", "Dualeh", "Egal", "Mohamud", "Aadan",
         "Cige", "Xuseen", "Shire", "Gedi", "Faarax", "Waceys", "Jibriil", "Qoorsheel"],
    ),
    "Persian/Dari": (
        ["Shirin", "Parisa", "Nasrin", "Zohreh", "Laleh", "Taraneh", "Farzaneh", "Homa",
         "Nilufar", "Roya", "Setareh", "Soraya", "Zarmina", "Freshta", "Tahmina"],
        ["Arash", "Behrouz", "Kamran", "Dariush", "Farhad", "Siavash", "Omid", "Rostam",
         "Jawad", "Najibullah", "Shafiq", "Zabihullah", "Bahram", "Hamidreza", "Sohrab"],
        ["Karimi", "Mohammadi", "Hosseini", "Rezaei", "Ahmadzai", "Stanikzai", "Rahmani",
         "Azizi", "Samadi", "Tavakoli", "Sadeghi", "Jalali", "Noorzai", "Barakzai",
         "Farahmand", "Kazemi", "Qaderi"],
    ),
    "Arabic": (
        ["Rania", "Dalia", "Huda", "Hiba", "Mariam", "Nadia", "Samar", "Reem", "Tasnim",
         "Layla", "Asmaa", "Ghada", "Rawan", "Sundus"],
        ["Khaled", "Tariq", "Bilal", "Walid", "Anas", "Majd", "Ziad", "Ahmad", "Samer",
         "Fadi", "Hamza", "Mahmoud", "Adnan", "Muhannad"],
        ["Al-Sayed", "Mansour", "Khalil", "Nasser", "Abu-Saleh", "Al-Rashid", "Hamdan",
         "Saleh", "Darwish", "Sabbagh", "Al-Obaidi", "Qasim", "Abdelaziz", "Yassin",
         "El-Masri", "Barakat", "Al-Jubouri"],
    ),
    "Kurdish": (
        ["Rojda", "Nazdar", "Avin", "Dilnaz", "Shilan", "Evîn", "Gulistan", "Rûken", "Zîlan",
         "Şîlan", "Viyan", "Nêrgiz"],
        ["Serhat", "Rênas", "Baran", "Kawa", "Aram", "Hejar", "Şoreş", "Çiya", "Dilşad",
         "Hêmin", "Rêwan", "Bakhtiyar"],
        ["Amedî", "Hewramî", "Botanî", "Goranî", "Zaxoyî", "Şêxanî", "Kakayî", "Rekanî",
         "Berzincî", "Doskî", "Baban", "Mergasorî", "Hakkarî"],
    ),
    "Turkish": (
        ["Elif", "Zeynep", "Ayşe", "Esra", "Derya", "Hülya", "Sevgi", "Özlem", "Nilüfer",
         "Meltem", "Gökçe", "Şeyma", "Çiğdem", "Tuğba"],
        ["Emre", "Burak", "Murat", "Serkan", "Barış", "Kemal", "Ömer", "Uğur", "Doğan",
         "Halil", "Çetin", "Ercan", "Selçuk", "İlker"],
        ["Demirci", "Şahin", "Çelik", "Aydın", "Arslan", "Doğru", "Kılıç", "Koç", "Erdem",
         "Yavuz", "Özkan", "Güneş", "Akbulut", "Tekin", "Karaca", "Bayraktar", "Çakır",
         "Aksoy"],
    ),
    "Bosnian/Croatian/Serbian": (
        ["Amra", "Jasmina", "Mirela", "Snežana", "Vesna", "Gordana", "Ajla", "Emina", "Lejla",
         "Dragana", "Azra", "Sanja", "Zrinka", "Mersiha", "Đurđica"],
        ["Mirza", "Kenan", "Edin", "Nikola", "Goran", "Zoran", "Dejan", "Haris", "Almir",
         "Mladen", "Senad", "Nermin", "Božidar", "Đorđe", "Čedomir"],
        ["Begić", "Karić", "Mehmedović", "Kovačević", "Jovanović", "Šarić", "Pavlović",
         "Delić", "Husić", "Tomić", "Marković", "Hadžić", "Omerović", "Vuković", "Kurtović",
         "Žunić", "Ćatić", "Mujkić", "Džafić"],
    ),
    "Polish": (
        ["Agnieszka", "Katarzyna", "Joanna", "Magdalena", "Ewa", "Grażyna", "Urszula",
         "Żaneta", "Dorota", "Halina", "Krystyna", "Beata", "Jadwiga-Ewa"],
        ["Tomasz", "Krzysztof", "Grzegorz", "Paweł", "Wojciech", "Jarosław", "Marek", "Piotr",
         "Zbigniew", "Michał", "Jędrzej", "Sławomir", "Mieczysław"],
        ["Kowalski", "Wiśniewski", "Lewandowski", "Kamiński", "Zieliński", "Kaczmarek",
         "Mazur", "Krawczyk", "Nowicki", "Jabłoński", "Pawlak", "Michalski", "Wróblewski",
         "Górecki", "Sikora", "Stępień", "Kołodziej", "Sobczak"],
    ),
    "Eritrean": (
        ["Selam", "Meron", "Winta", "Semhar", "Luwam", "Hiwet", "Aster", "Rahel", "Feven",
         "Yordanos", "Mebrat", "Hadas", "Tsega"],
        ["Tesfay", "Dawit", "Yohannes", "Filmon", "Kibrom", "Habtom", "Biniam", "Robel",
         "Amanuel", "Tekle", "Efrem", "Goitom", "Michael-Abraham"],
        ["Tesfaye", "Kidane", "Berhe", "Tekeste", "Gebreyesus", "Woldu", "Andemariam",
         "Asmerom", "Ghebrehiwet", "Measho", "Zerai", "Negash", "Habte", "Okbamichael"],
    ),
    "Vietnamese": (
        ["Hương", "Thảo", "Ngọc", "Linh", "Trang", "Phương", "Hằng", "Thúy"],
        ["Minh", "Tuấn", "Dũng", "Quang", "Hiếu", "Khánh", "Thắng", "Cường"],
        ["Nguyễn", "Trần", "Phạm", "Hoàng", "Đặng", "Bùi", "Ngô", "Dương", "Huỳnh", "Trương"],
    ),
    "Romanian/Roma": (
        ["Ioana", "Andreea", "Mihaela", "Roxana", "Florentina", "Daniela", "Zorica",
         "Lăcrămioara"],
        ["Ionuț", "Florin", "Marius", "Cătălin", "Gheorghe", "Bogdan", "Costel", "Ștefan"],
        ["Popescu", "Ionescu", "Dumitrescu", "Stoica", "Constantinescu", "Munteanu",
         "Rădulescu", "Moldovan", "Căpraru", "Lăcătuș", "Tudorache"],
    ),
    "Amharic/Oromo": (
        ["Tigist", "Meseret", "Bethlehem", "Mahlet", "Genet", "Almaz", "Chaltu", "Lensa"],
        ["Tadesse", "Getachew", "Abebe", "Girma", "Dereje", "Lemma", "Gemechu", "Chala"],
        ["Bekele", "Wolde", "Mengistu", "Ayele", "Desta", "Tolossa", "Gudeta", "Kebede",
         "Alemu", "Tufa"],
    ),
}

# Street pools. Two-word streets: a genitive stem standing apart from its street word.
STEMS = ["Ekdungens", "Mossgårdens", "Kvarnfallets", "Tallåsens", "Fiskarnas", "Smedjans",
         "Lotsens", "Hagtornets", "Sjöbodarnas", "Tegelbrukets", "Järnvägens", "Bryggeriets",
         "Ladvikens", "Stenbrottets", "Skeppsvarvets", "Granhöjdens", "Fyrvaktarens",
         "Klockarens", "Gästgivarens", "Mejeriets", "Lärkängens", "Rönnbärets", "Kolmilans",
         "Flottarnas", "Ängsbackens", "Sandvikens", "Björnbärets", "Vattentornets",
         "Prästgårdens", "Sockerbrukets", "Kronohäktets", "Skolhusets", "Färjans",
         "Tullstugans", "Linodlarnas", "Ålgårdens"]
APART_WORDS = ["väg", "gata", "led", "ringväg", "gårdsväg", "stationsväg", "tvärgata", "länk",
               "höjd", "platå", "gång", "lid", "äng", "kvarnväg", "hamngata", "bygata", "gärde",
               "rundel", "slinga", "stråk", "ås", "park", "hamn", "trappor", "bro", "plats",
               "allé", "backe", "torg", "slottsväg"]
# Adjective first, street word in the definite form.
ADJ_FIRST = ["Gamla", "Nya", "Yttre", "Inre", "Stora", "Östra", "Bortre", "Främre"]
DEF_WORDS = ["landsvägen", "bygatan", "strandvägen", "kvarngatan", "hamnvägen", "tvärgatan",
             "ringvägen", "skolgatan", "kyrkvägen", "stationsgatan", "länken", "gärdet",
             "stråket", "slingan"]
# Three-word: a prefix + stem + apart word.
PREFIX3 = ["Övre", "Nedre", "Gamla", "Västra", "Södra", "Lilla", "Stora", "Norra"]
# One-word joined streets.
JOINED = ["Tegelbruksgatan", "Mejerivägen", "Fyrvaktarvägen", "Klockargatan", "Rönnbärsvägen",
          "Kolmilevägen", "Smedjegatan", "Granhöjdsvägen", "Ängsbacksgatan", "Hagtornsgången",
          "Linodlarvägen", "Tullstugegatan", "Sockerbruksvägen", "Flottarleden", "Lotsbacken",
          "Mossgårdsringen", "Fiskartorpsvägen", "Vattentornsgatan", "Ladviksslingan",
          "Skolhusgränd", "Järnvägsallén", "Prästgårdsängen", "Stenbrottsvägen",
          "Björnbärsstigen"]
# Prefix + joined (two words).
PREFIX_JOINED = ["Norra", "Södra", "Lilla", "Östra", "Västra"]

TOWNS = ["Stockholm", "Göteborg", "Malmö", "Uppsala", "Västerås", "Örebro", "Linköping",
         "Norrköping", "Jönköping", "Umeå", "Luleå", "Gävle", "Sundsvall", "Borås",
         "Eskilstuna", "Södertälje", "Kiruna", "Gällivare", "Tumba", "Huddinge", "Järfälla",
         "Haninge", "Spånga", "Bandhagen", "Farsta", "Skärholmen", "Haparanda", "Jokkmokk",
         "Trollhättan", "Kristianstad"]

# Unmarked fillers.
DISTRICTS = ["Spånga-Tensta", "Hässelby-Vällingby", "Bromma", "Kungsholmen", "Norrmalm",
             "Östermalm", "Södermalm", "Enskede-Årsta-Vantör", "Skarpnäck", "Farsta",
             "Älvsjö", "Skärholmen", "Rinkeby-Kista", "Hägersten-Liljeholmen"]
AREAS = ["Tensta", "Hjulsta", "Rinkeby", "Husby", "Rosengård", "Hammarkullen", "Gottsunda",
         "Vivalla", "Skäggetorp", "Navestad", "Hässleholmen", "Bergsjön", "Fittja",
         "Alby", "Hallunda", "Ronna", "Araby", "Kronogården", "Holma", "Oxhagen", "Sätra",
         "Bagarmossen", "Högdalen", "Rågsved", "Hagsätra", "Vårby gård"]
PLACES = ["Medborgarplatsen", "Hötorget", "Skanstull", "Odenplan", "Järntorget",
          "Stortorget", "Möllevångstorget", "Brunnsparken", "Vasaparken", "Tensta centrum",
          "Rinkeby torg", "Sergels torg", "Farsta centrum", "Skärholmens centrum",
          "Kungsträdgården", "Vitabergsparken", "Tantolunden"]
UNITS = ["fritidsgården", "fältgruppen", "biblioteket", "hemtjänsten", "ungdomsmottagningen",
         "öppna förskolan", "simhallen", "mötesplatsen för seniorer", "boendestödet",
         "stödboendet", "SFI", "arbetsmarknadsenheten", "kulturskolan", "parklekens personal",
         "nattvandrarna", "kyrkans ungdomsverksamhet", "idrottsföreningen",
         "hyresgästföreningen"]
ROLES = ["fritidsledare", "lärare", "vaktmästare", "bibliotekarie", "undersköterska",
         "boendestödjare", "simlärare", "elevassistent", "kurator", "fältassistent",
         "lokalvårdare", "skolsköterska", "busschaufför", "köksbiträde", "studievägledare"]
WEEKDAYS = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]
MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
          "september", "oktober", "november", "december"]
DNR_PREFIX = ["SDN", "SOF", "KS", "UBN", "IDN", "KUN", "ABN", "SBN", "FSN", "ÄLN"]
AGES = ["under 15", "15-17", "18-20", "21-29", "30+", "okänd ålder"]
AUTHORITIES = ["Polismyndigheten", "Säkerhetspolisen", "Skolverket", "Socialstyrelsen",
               "Länsstyrelsen", "Migrationsverket", "Brottsförebyggande rådet",
               "Center mot våldsbejakande extremism", "MUCF", "Försäkringskassan",
               "Kriminalvården", "Arbetsförmedlingen"]

EMAIL_DOMAINS = ["brevlada.example", "postlada.example", "fritidsnatet.example",
                 "kvartersposten.example", "solrosen-forening.example",
                 "hyresgasterna-norr.example", "skolmail.example", "webbpost.example",
                 "natvandrare-vast.example", "forsamling.example", "bostad-bolag.example",
                 "idrottsklubben.example", "stad-intern.example", "minpost.example"]

# Fiction phone ranges (PTS's ranges for drama and examples).
PHONE_MOBILE = ["070", "073", "076"]   # + 174 06 05..99
PHONE_FIXED = [("08", "465 004"), ("031", "390 06"), ("040", "628 04")]

# Plate letters: no I, Q, V, Å, Ä, Ö.
PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUWXYZ"
