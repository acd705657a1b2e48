"""Pools for generated12: names, streets, towns and fillers (all invented for this corpus)."""

# family: (weight, given names, surnames)
FAMILIES = {
    "Somali": (3, ["Hodan", "Shukri", "Abdiqani", "Sagal", "Mukhtar", "Ayaan", "Deeqa"],
               ["Warsame", "Jaamac", "Faarax", "Cismaan", "Guuleed", "Samatar"]),
    "Persian": (3, ["Golnar", "Behnam", "Farhad", "Shirin", "Arash", "Yasaman", "Kaveh"],
                ["Rostami", "Kazemi", "Sadeghi", "Moradi", "Ghorbani", "Jafarzadeh"]),
    "Arabic": (3, ["Rania", "Tariq", "Lubna", "Bassam", "Hiba", "Khaled", "Nour"],
               ["Haddad", "Shammout", "Al-Khatib", "Zuabi", "Mansour", "Abdel-Rahman"]),
    "Bosnian/Croatian/Serbian": (3, ["Jasmina", "Dragan", "Mirsad", "Ivana", "Nedžad", "Snežana", "Đorđe"],
                                 ["Kovačević", "Mujić", "Petrović", "Jovanović", "Alagić", "Delić"]),
    "Kurdish": (3, ["Rojda", "Dilan", "Kawa", "Hêvî", "Berivan", "Serhat", "Şirin"],
                ["Amedi", "Zaxoyî", "Bakir", "Sindî", "Hewrami", "Çiyayî"]),
    "Turkish": (3, ["Elif", "Emre", "Gülşen", "Oğuz", "Büşra", "Çağrı", "Sevgül"],
                ["Öztürk", "Aydın", "Şahin", "Demirci", "Ertuğrul", "Karakaya"]),
    "Swedish": (3, ["Gudrun", "Torsten", "Margareta", "Ingvar", "Solveig", "Bengt", "Lisbeth", "Evert", "Agneta", "Karl-Erik", "Ann-Sofie"],
                ["Fredriksson", "Wikström", "Nordqvist", "Sjögren", "Engström", "Hedlund", "Lundqvist", "Backman", "Åkerlund", "Ekwall"]),
    "Swedish name-words": (2, ["Bo", "Liv", "Vilja", "Saga", "Klara", "Lo", "Tor"],
                           ["Björk", "Alm", "Lind", "Ljung", "Strand", "Falk", "Örn", "Ström", "Sand", "Blom", "Lilja", "Kvist"]),
    "Hungarian": (1, ["Zsófia", "Levente", "Gergely", "Erzsébet", "Bence", "Réka"],
                  ["Szabó", "Kovács", "Tóth", "Fekete", "Szőke", "Győri"]),
    "Romanian": (1, ["Ioana", "Bogdan", "Mihaela", "Răzvan", "Ștefan", "Andreea"],
                 ["Popescu", "Ionescu", "Dumitrescu", "Munteanu", "Țăranu", "Constantinescu"]),
    "Vietnamese": (2, ["Thảo", "Quang", "Huyền", "Tuấn", "Ngọc", "Minh Châu"],
                   ["Nguyễn", "Trần", "Phạm", "Hoàng", "Đặng", "Võ"]),
    "Thai": (1, ["Siriporn", "Nattapong", "Kanokwan", "Somchai", "Pimchanok"],
             ["Srisuwan", "Wongsakul", "Boonmee", "Thongchai", "Rattanakorn"]),
    "Filipino": (1, ["Maricel", "Jericho", "Rowena", "Danilo", "Lorelei"],
                 ["Dela Cruz", "Villanueva", "Bautista", "Macaraeg", "Panganiban"]),
    "Amharic": (2, ["Meseret", "Tewodros", "Selamawit", "Bezawit", "Dawit"],
                ["Tadesse", "Alemu", "Worku", "Desta", "Kebede"]),
    "Oromo": (1, ["Chaltu", "Gemechu", "Lensa", "Obsa", "Hawi"],
              ["Tolera", "Gudeta", "Fayisa", "Jiregna"]),
    "Yoruba": (1, ["Adebayo", "Folake", "Oluwaseun", "Temitope", "Babajide"],
               ["Adeyemi", "Ogunleye", "Olawale", "Akinola", "Oyelaran"]),
    "East African (Kenya/Tanzania)": (1, ["Neema", "Baraka", "Zawadi", "Rehema", "Wanjiku"],
                                     ["Mwangi", "Otieno", "Kamau", "Achieng", "Njoroge"]),
    "Russian": (2, ["Svetlana", "Dmitrij", "Ljudmila", "Vsevolod", "Anastasija"],
                ["Kuznetsova", "Voronin", "Sokolova", "Beljajev", "Zajtseva"]),
    "Lithuanian": (1, ["Rūta", "Gintaras", "Aušra", "Vytautas", "Ieva"],
                   ["Kazlauskas", "Petrauskienė", "Žukauskas", "Vasiliauskaitė", "Jankauskas"]),
    "Icelandic": (1, ["Guðrún", "Þórður", "Sigríður", "Hjörtur", "Ásdís"],
                  ["Sigurðardóttir", "Þorsteinsson", "Gunnarsdóttir", "Einarsson", "Hallgrímsdóttir"]),
    "Sami": (1, ["Máret", "Ánde", "Sunná", "Niillas", "Biret"],
             ["Utsi", "Labba", "Partapuoli", "Sikku", "Omma"]),
    "Georgian": (1, ["Natia", "Giorgi", "Tamar", "Levan", "Ketevan"],
                 ["Beridze", "Kapanadze", "Lomidze", "Gelashvili", "Tsiklauri"]),
    "Armenian": (1, ["Anahit", "Tigran", "Lusine", "Hovhannes", "Siranush"],
                 ["Grigoryan", "Hakobyan", "Petrosyan", "Khachatryan", "Avetisyan"]),
    "Chechen": (1, ["Zarema", "Movsar", "Khava", "Madina", "Aslambek"],
                ["Bisultanova", "Gaitayev", "Elmurzayev", "Saidullayeva"]),
    "Tamil": (1, ["Kavitha", "Senthil", "Tharshini", "Muthukumar", "Vasanthi"],
              ["Ramalingam", "Sivakumar", "Pathmanathan", "Thevarajah", "Kanagaratnam"]),
    "Pakistani (Urdu/Punjabi)": (2, ["Sana", "Ayesha", "Faisal", "Mehwish", "Zeeshan"],
                                 ["Qureshi", "Chaudhry", "Siddiqui", "Awan", "Bhatti"]),
    "Italian": (1, ["Chiara", "Lorenzo", "Giulia", "Matteo", "Benedetta"],
                ["Esposito", "Ferraro", "Bianchi", "Lombardi", "D'Amico", "Dell'Acqua"]),
    "Slovak/Bulgarian": (1, ["Ľubica", "Miroslav", "Tsvetelina", "Stoyan", "Desislava"],
                         ["Kováčová", "Šimko", "Ďurica", "Dimitrova", "Todorov"]),
}

# Words of the Swedish name-word family used as ordinary words (must not occur outside slots
# when the name is used; negatives use them on purpose).
NAMEWORD_SENTENCES = [
    "Bo kvar i lägenheten ville de inte, sa grannen.",
    "Liv och hälsa gick före allt annat den kvällen.",
    "Vilja fanns, men tiden räckte inte till.",
    "Saga eller sanning, ingen kunde säga säkert vad som hänt.",
    "Klara besked saknades från skolan om vad som gällde.",
    "Ström saknades i trapphuset och det var mörkt.",
    "Sand och grus låg kvar på gångvägen efter vintern.",
    "Strand och brygga var avspärrade under helgen.",
    "Falk-logotypen på tröjan betydde ingenting enligt fältassistenten.",
    "Ljung och mossa täckte backen bakom skolan.",
    "Blom i rabatterna hade trampats ner.",
    "Örn och uggla var namnen på två av lekgrupperna på förskolan.",
    "De vill bo kvar i området trots oron.",
    "Det handlade om liv och död, sa hon, men det var en överdrift.",
    "Ingen hade vilja att ta upp frågan på mötet.",
    "Eleverna läste en saga högt för de yngre.",
    "Vi ska klara det här med stöd från förvaltningen.",
    "Ungdomarna satt under en björk och en alm vid gården.",
    "Det gick en ström av folk förbi stationen.",
    "En kvist hade lagts i brevlådan, troligen ett skämt.",
    "En lind och en lilja var målade på väggen i fritidsgården.",
    "Ett lo har setts i skogen, skriver naturskolan.",
]

NAMEWORDS = {"bo", "liv", "vilja", "saga", "klara", "lo", "tor", "björk", "alm", "lind", "ljung",
             "strand", "falk", "örn", "ström", "sand", "blom", "lilja", "kvist"}

# Streets. Shapes that aim elsewhere than generated11's.
STREET_APART = [  # word + street word standing apart
    ("Lövängens", "allé"), ("Smedjans", "plan"), ("Tullbommens", "kaj"), ("Viltstängslets", "led"),
    ("Vattentornets", "slinga"), ("Sågverkets", "backe"), ("Ryttarens", "gata"), ("Skolträdgårdens", "gång"),
    ("Bikupans", "väg"), ("Krutbrukets", "allé"), ("Lotsens", "kaj"), ("Kolarens", "led"),
    ("Hembygdsgårdens", "plan"), ("Järnvägsparkens", "slinga"), ("Trädgårdsmästarens", "gång"),
]
STREET_STRAKET = ["Mälarstråket", "Ekbacksstråket", "Ljusstråket", "Fabriksstråket"]
STREET_JOINED = ["Hästskoslingan", "Vindruvegången", "Kornknarrsleden", "Harkrankegatan", "Oxögeplan",
                 "Tranbärskajen", "Sädesärlevägen", "Tunnbindarallén", "Vårlöksbacken", "Murklegränd",
                 "Snickarbodgatan", "Ryssjevägen", "Lindblomsleden", "Ängskärrsplan"]
STREET_STORA = ["Stora", "Gamla", "Övre", "Nedre", "Inre", "Yttre"]
STREET_NUMBERED = ["Fjärde Tvärgatan", "Tredje Långgatan", "Andra Bergsgränd", "Sjätte Industrivägen"]
STREET_HYPHEN = ["Per-Olofs väg", "Anna-Lenas gränd", "Lars-Görans backe"]  # invented persons
STREET_DEF_ADJ = ["Gamla landsvägen", "Trånga tvärgatan", "Nya torgvägen", "Stora gårdsvägen"]

TOWNS = ["Bollnäs", "Lycksele", "Kungälv", "Ystad", "Motala", "Vimmerby", "Arvika", "Nässjö",
         "Härnösand", "Ludvika", "Tranås", "Skövde", "Piteå", "Alingsås", "Köping", "Hudiksvall"]

DISTRICTS = ["Husby", "Akalla", "Bredäng", "Skärholmen", "Fittja", "Alby", "Hallunda", "Norsborg",
             "Gottsunda", "Bergsjön", "Biskopsgården", "Gårdsten", "Lövgärdet", "Seved", "Herrgården",
             "Navestad", "Skäggetorp", "Nydala", "Hässleholmen", "Brandbergen", "Stenhagen", "Gränby"]

PLACES = ["Medborgarplatsen", "Bergsjöns centrum", "Skärholmstorget", "Husby torg", "Alby centrum",
          "Gottsunda centrum", "Navestads centrum", "Nydalatorget", "Stenhagens centrum", "Gränby centrum"]

UNITS = ["Fritidsgården Tornfalken", "Fältgruppen Söderort", "Ungdomsmottagningen Nova",
         "Träffpunkt Kajutan", "Familjecentralen Kompassen", "Stödboendet Linjen", "Mötesplats Bryggeriet",
         "Öppna förskolan Droppen", "Elevhälsan i Hallunda", "Boendestödet Kvarnen"]

AUTHORITIES = ["Försäkringskassan", "Arbetsförmedlingen", "Migrationsverket", "Socialstyrelsen",
               "Polismyndigheten", "Länsstyrelsen", "Skolverket", "Myndigheten för samhällsskydd och beredskap",
               "Center mot våldsbejakande extremism", "Folkhälsomyndigheten", "Region Uppsala", "Säkerhetspolisen"]

PLATFORMS = ["Telegram", "TikTok", "Snapchat", "Instagram", "WhatsApp", "YouTube", "Twitch", "Steam"]
SHOPS = ["ICA Nära", "Coop", "Willys", "Apoteket", "Hemköp", "Lidl", "Clas Ohlson", "Biltema"]

MONTHS = ["januari", "februari", "mars", "april", "augusti", "september", "oktober", "november", "december"]
WEEKDAYS = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]

ROLES = ["fritidsledaren", "skolkuratorn", "fältassistenten", "bibliotekarien", "busschauffören",
         "vaktmästaren", "elevassistenten", "fotbollstränaren", "hemtjänstpersonalen", "tolken",
         "skolsköterskan", "boendestödjaren", "socialsekreteraren", "studie- och yrkesvägledaren"]

EMAIL_DOMAINS = ["postlada.example", "kommunmail.example", "webbpost.example", "forening-norr.example",
                 "skolan.example", "brevduva.example", "stadsdel.example", "mejl.example"]
