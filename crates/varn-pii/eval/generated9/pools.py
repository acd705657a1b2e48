"""Pools for generated9. Written fresh by the generated9 author; all persons are invented."""

# family: (weight, given names, surnames)
# The families (Somali, Persian, Arabic, Bosnian/Croatian/Serbian, Kurdish, Turkish,
# Nordic) weigh 3; the others 1 or 2.
FAMILIES = {
    "Somali": (3, ["Sagal", "Hamdi", "Ikraan", "Muna", "Qamar", "Bashiir", "Mursal", "Cawil",
                   "Faysal", "Shamso", "Hibaaq"],
               ["Guure", "Samatar", "Cartan", "Dirie", "Ciise", "Qaasim", "Warfaa"]),
    "Persian": (3, ["Shirin", "Nasrin", "Behnaz", "Farshid", "Babak", "Arash", "Mahsa", "Keyvan"],
                ["Ghorbani", "Tehrani", "Jafarzadeh", "Moradi", "Esfahani", "Shirazi", "Pourmand"]),
    "Arabic": (3, ["Rania", "Lubna", "Basma", "Samir", "Nabil", "Ghassan", "Mounir", "Amal"],
               ["Khoury", "Nasrallah", "Al-Rubaie", "Saleh", "Abdelaziz", "Ben Youssef", "Bouazza"]),
    "Bosnian/Croatian/Serbian": (3, ["Nermin", "Adnan", "Merima", "Alma", "Dragica", "Slobodan",
                                     "Branka", "Nikola", "Ivana"],
                                 ["Kovačević", "Hasanović", "Delić", "Babić", "Pavlović", "Ćosić",
                                  "Đurić", "Tadić", "Omerović", "Šarić"]),
    "Kurdish": (3, ["Rojda", "Berfin", "Hêvî", "Serhed", "Baran", "Rêzan", "Dilan", "Jiyan"],
                ["Xelîl", "Zaxoyî", "Barzinjî", "Botanî", "Mahabadî", "Silêmanî"]),
    "Turkish": (3, ["Emre", "Serkan", "Elif", "Büşra", "Gülşen", "Oğuz", "Çağla", "Hakan"],
                ["Kaya", "Şahin", "Doğan", "Koç", "Güneş", "Çetin", "Aktaş", "Bulut"]),
    "Swedish": (3, ["Gösta", "Örjan", "Åsa", "Ingegerd", "Yngve", "Majvor", "Kerstin", "Göran",
                    "Björn", "Vilja", "Klara", "Tuva", "Malva", "Linnea", "Bo", "Lo"],
                ["Öberg", "Åkesson", "Ödman", "Wikström", "Sandgren", "Hägg", "Falk", "Lind",
                 "Malm", "Ljung", "Hassel", "Örn", "Kvist", "Strand", "von Knorring"]),
    "Icelandic/Faroese": (1, ["Sigurður", "Guðrún", "Þórunn", "Jógvan", "Rúni"],
                          ["Sigurðardóttir", "Ólafsson", "Poulsen", "Joensen"]),
    "Meänkieli/Tornedalian": (2, ["Aune", "Veikko", "Tyyne", "Paavo", "Eila"],
                              ["Alatalo", "Keräntö", "Pekkari", "Kuoksu", "Vinsa"]),
    "Sámi": (2, ["Máret", "Biret", "Ánná", "Issát", "Niillas", "Jovnna"],
             ["Päiviö", "Länta", "Spiik", "Omma", "Fankki", "Utsi"]),
    "Hazara/Dari": (2, ["Farzana", "Masooma", "Sakina", "Ghulam", "Qurban"],
                    ["Jafari", "Rezaie", "Hussaini", "Nazari", "Sultani", "Akbari"]),
    "Chechen": (2, ["Zelimkhan", "Ruslan", "Aslanbek", "Khava", "Madina", "Zarema"],
                ["Magomadov", "Umarova", "Dudurkaev", "Saidulaev", "Tsakaev", "Israilova"]),
    "Vietnamese": (1, ["Huong", "Thuy", "Minh Duc", "Phuong", "Khanh", "Quoc Bao"],
                   ["Pham", "Hoang", "Trinh", "Dang", "Bui"]),
    "Yoruba/Igbo": (1, ["Adebayo", "Chiamaka", "Oluwaseun", "Ngozi", "Emeka", "Folasade"],
                    ["Okonkwo", "Adeyemi", "Oyelaran", "Nwosu", "Babatunde"]),
    "Amharic/Oromo": (2, ["Tigist", "Abebe", "Hirut", "Dawit", "Chaltu", "Gemechu", "Lensa"],
                      ["Gebre", "Wolde", "Gudina", "Fayisa", "Mengistu", "Alemu"]),
    "Tamil": (1, ["Kavitha", "Suresh", "Thivya", "Arun", "Rajan"],
              ["Sivakumar", "Ratnam", "Jeyaseelan", "Kandiah", "Selvarajah"]),
    "Filipino": (1, ["Maricel", "Jomar", "Rhea", "Arnel"],
                 ["dela Cruz", "Bautista", "Villanueva", "Macaraeg"]),
    "Lithuanian": (1, ["Giedrė", "Mindaugas", "Dovydas", "Austėja"],
                   ["Kazlauskas", "Jankauskienė", "Petrauskas", "Žukauskaitė", "Balčiūnas"]),
    "Romanian": (1, ["Ionuț", "Mihaela", "Andreea", "Florin"],
                 ["Popescu", "Ionescu", "Dumitrescu", "Munteanu"]),
    "Russian": (1, ["Svetlana", "Dmitrij", "Anastasia", "Sergej"],
                ["Kuznetsova", "Smirnov", "Volkov", "Lebedeva"]),
    "Urdu/Punjabi": (2, ["Bilal", "Ayesha", "Imran", "Saima", "Harpreet", "Gurpreet"],
                     ["Qureshi", "Chaudhry", "Siddiqui", "Kaur", "Singh"]),
    "Hungarian": (1, ["Zsófia", "Gergő", "Ildikó", "Bence"], ["Szabó", "Tóth", "Kovács", "Horváth"]),
    "Armenian": (1, ["Anahit", "Tigran", "Lusine", "Aram"],
                 ["Hakobyan", "Grigoryan", "Petrosyan", "Sargsyan"]),
    "Georgian": (1, ["Nino", "Giorgi", "Tamar"], ["Beridze", "Kapanadze", "Lomidze"]),
    "East African (Swahili)": (1, ["Neema", "Baraka", "Furaha", "Imani"],
                               ["Mwangi", "Otieno", "Wanjiku", "Ilunga"]),
    "Thai": (1, ["Siriporn", "Somchai", "Nattaya"], ["Srisuk", "Wongsakul"]),
}

# Given names and surnames that are also Swedish words (used as words in negatives too).
NAME_WORDS = ["Björn", "Vilja", "Klara", "Tuva", "Malva", "Linnea", "Bo", "Lo", "Falk", "Lind",
              "Malm", "Ljung", "Hassel", "Örn", "Kvist", "Strand"]

# Streets. Each entry builds a street name; the house number is added by generate.py.
# shape: (label, list of street names)
STREETS = {
    "genitive word + street word apart": [
        "Vårbergs slinga", "Mälarhöjdens brink", "Sätrahöjdens stråk", "Kyrkans tvärgata",
        "Solbacka lid", "Smedjans gränd", "Tallkrogens ängar", "Kransens höjd",
        "Hökmossens länk", "Stensättarens gång", "Mjölnarens plan", "Kvarnviks strand",
        "Ekbackens led", "Tornsvalans park", "Rönnbärets trappor", "Fiskarens kaj",
    ],
    "ordinal + street (Göteborg style)": [
        "Första Långgatan", "Andra Långgatan", "Tredje Långgatan", "Fjärde Tvärgatan",
    ],
    "Norr/Söder/Sankt/S:t prefix": [
        "Norr Mälarstrand", "Söder Mälarstrand", "S:t Mickelsgatan", "Sankt Olofs gata",
        "S:t Pauls gränd", "Sankt Larsgatan",
    ],
    "Övre/Nedre/Stora/Gamla/Inre/Yttre + two words": [
        "Övre Kvarnbacka gränd", "Nedre Fogdens väg", "Stora Ängsvalls plan", "Gamla Tullens stråk",
        "Inre Hamnens kaj", "Yttre Ringens länk", "Övre Husargatan", "Stora Nygatan",
    ],
    "joined word, rarer ending": [
        "Lövängsleden", "Kattrumpsstråket", "Skäggetorpsringen", "Björkhagslänken",
        "Granskogskroken", "Vitsippsliden", "Klippbrinken", "Sjöbjörnshöjden", "Tunnbindarkajen",
        "Hallonbergsslingan",
    ],
    "name-word + street word apart": [
        "Falk gränd", "Lind allé", "Ljung backe", "Hassel torg", "Örn slottsväg",
    ],
}
# Weights of shapes when drawing a street.
STREET_WEIGHTS = {
    "genitive word + street word apart": 5,
    "ordinal + street (Göteborg style)": 1,
    "Norr/Söder/Sankt/S:t prefix": 2,
    "Övre/Nedre/Stora/Gamla/Inre/Yttre + two words": 3,
    "joined word, rarer ending": 3,
    "name-word + street word apart": 2,
}
ADDRESS_TAILS = [", uppgång 2", ", 1 tr ned", " bv", ", port 3", ", hus B", ", lägenhet 1304",
                 ", 2 tr ög", ", 3 tr"]

POSTAL_TOWNS = ["Skärholmen", "Bandhagen", "Hägersten", "Tumba", "Huddinge", "Rinkeby", "Spånga",
                "Göteborg", "Angered", "Malmö", "Uppsala", "Gävle", "Borlänge", "Kiruna",
                "Haparanda", "Norrköping", "Örebro", "Västerås", "Södertälje", "Järfälla"]

MAIL_DOMAINS = ["brevlada.example", "hemmail.example", "post-nu.example", "kvartersnatet.example",
                "ungdomsforum.example", "foreningen-broar.example", "skola-ost.example",
                "mejlen.example", "stad-intranat.example", "natvandrarna-syd.example"]

# Negatives ---------------------------------------------------------------------------
DISTRICTS = ["Skärholmen", "Bredäng", "Husby", "Akalla", "Kista", "Fittja", "Alby", "Hallunda",
             "Norsborg", "Bergsjön", "Biskopsgården", "Gårdsten", "Seved", "Herrgården",
             "Navestad", "Gottsunda", "Stenhagen", "Brandbergen", "Jordbro", "Västertorp",
             "Sätra", "Skogås", "Hässelby strand", "Södermalm", "Älvsjö"]
PLACES = ["Skärholmens gård", "Kista torg", "Husby centrum", "Fittja centrum", "Medborgarplatsen",
          "Kungsträdgården", "Bergsjöns centrum", "Gottsunda centrum", "Stortorget", "Järvafältet",
          "Vårbergstoppen", "Slottsbacken", "Brunnsparken", "Hallunda centrum"]
UNITS = ["Fältgruppen Södermalm", "Fritidsgården Tellus", "Ungdomsmottagningen Skärholmen",
         "Mötesplats Vinkeln", "Familjecentralen Svalan", "Hemtjänst Bredäng",
         "Jobbtorg Kista", "Fältassistenterna Järva", "Fritidsgården Ankaret",
         "Träffpunkt Lönnen", "Stödboendet Kompassen", "Biblioteket Husby"]
AUTHORITIES = ["Polismyndigheten", "Migrationsverket", "Försäkringskassan", "Arbetsförmedlingen",
               "Länsstyrelsen", "Socialstyrelsen", "Skolverket", "Myndigheten för samhällsskydd och beredskap",
               "Center mot våldsbejakande extremism", "Brottsoffermyndigheten", "Kriminalvården",
               "Statens institutionsstyrelse", "Säkerhetspolisen", "Region Uppsala"]
BRANDS = ["Telegram", "TikTok", "Snapchat", "Roblox", "Minecraft", "Facebook", "Steam",
          "Twitch", "Telia", "ICA", "SL", "Västtrafik", "Teams", "Zoom"]
DNR_PREFIX = ["SN", "UBN", "KN", "IN", "SDN", "KS", "ÄN", "AMN", "SBN", "MN"]
LAWS = ["14 kap. 1 § SoL", "12 kap. 10 § SoL", "26 kap. 9 § OSL", "10 kap. 19 § OSL",
        "29 kap. 13 § skollagen", "2 § LVU", "11 § LVU", "4 kap. 5 § BrB", "8 § polislagen",
        "lag (2018:1937)", "SFS 2001:453", "6 kap. 1 § föräldrabalken", "23 kap. 2 § BrB"]
PUBLIC_PHONES = ["112", "1177", "114 14", "116 111", "113 13", "020-50 50 50", "08-508 000 00"]
PLATE_LOOKALIKES = ["linje 178", "buss 4", "väg E18", "riksväg 73", "flight SK 1417", "sal C3",
                    "lokal B 1.14", "UN 1203", "kurs VBE 3B", "modul GK 2", "A4-papper", "G20",
                    "version 2.4", "rum U 21"]
MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
          "september", "oktober", "november", "december"]
WEEKDAYS = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]
AGE_BANDS = ["under 15", "15-17", "18-20", "21-29", "30+"]
