"""Name, street and place pools for the generated4 corpus (written by its author).

Every name here was written from the author's knowledge of each naming tradition; any
likeness to a real private person is coincidental.
"""

# family: (first names, surnames)
FAMILIES = {
    "swedish": (
        "Birgitta Ingemar Solveig Leif Ylva Rasmus Tove Viggo Alvar Edvin Signe Majken Ebbe "
        "Hjördis Ragnar Elsie Gösta Dagny Bengt-Åke Maj-Britt Torsten Lovisa Ossian Ingeborg "
        "Tyra Folke Sixten Gudrun Hampus Vendela Ture Lillemor".split(),
        "Ljungqvist Sjögren Hedlund Nordqvist Lundmark Strömbäck Engdahl Wikander Granström "
        "Brännström Sundqvist Lindbäck Holmgren Ekblad Forsberg Nyberg Östlund Ångström "
        "Björklund Tjernberg Hägglund Edlund Wallin Rydberg Sandström Dahlqvist Åberg "
        "Fjällström Sköld".split(),
    ),
    "finnish": (
        "Tarja Pirjo Marjatta Raimo Seppo Tuula Kaarina Jouni Eero Aila Leena Päivi Heikki "
        "Veikko Kyösti Sirkka Tapio Annikki Aatu Onni Eetu Venla Aino Jukka Riikka Marketta "
        "Pentti Ilkka".split(),
        "Heikkinen Koskinen Nieminen Lehtonen Hämäläinen Laaksonen Salminen Räsänen "
        "Kärkkäinen Hyvönen Jääskeläinen Leinonen Kettunen Tuominen Peltola Mustonen Rantanen "
        "Ylönen Pääkkönen Kokkonen Saarinen Honkanen Niskanen Turunen Lindroos Keskitalo "
        "Hietala Räty".split(),
    ),
    "sami": (
        "Ánde Biret Ovllá Sunná Niillas Iŋgá Risten Elle Mihkkal Heaika Jovnna Ásllat Gáisá "
        "Sire Ravdna Márjá Nilla Ánná Piera Lemet Juhán Ingir Bierná Sámmol".split(),
        "Utsi Kuhmunen Sarri Omma Kitok Partapuoli Nutti Pittja Fankki Rimpi Poggats Sikku "
        "Länta Huuva Kappfjell Jannok Kuoljok Gaup Eira Somby Hætta Buljo Turi Sparrok "
        "Valkeapää Tuolja Stålka Kroik".split(),
    ),
    "somali": (
        "Faadumo Cawo Xaliimo Sahra Ifrah Ayaan Deeqa Maryan Istahil Najma Shukri Sagal Muna "
        "Nimco Hamdi Abdirahman Cabdullahi Maxamed Xasan Cali Bashiir Daahir Yuusuf Jaamac "
        "Abdikarim Liban Mahad Khadar Sakariye Mukhtaar".split(),
        "Cilmi Faarax Xuseen Aadan Samatar Buule Dirie Egal Hirsi Mohamud Qorane Shire "
        "Jimcaale Afrax Cige Xirsi Warfaa Barre Dualeh Aw-Cali Kaahin Gaas Sheekh Ugaas "
        "Farole Hersi Dhuxul Warsame".split(),
    ),
    "persian_dari": (
        "Shirin Parisa Nargis Farzaneh Golnar Soraya Roya Shabnam Mahtab Laleh Yalda Arash "
        "Dariush Kourosh Behrouz Farhad Siavash Omid Payam Reza Hamid Wahid Sohrab Jamshid "
        "Mirwais Fawad Habibullah Nasrin Pegah".split(),
        "Mohammadi Tehrani Rahimi Sadeghi Moradi Jafari Najafi Ahmadi Shirazi Esfahani "
        "Rostami Bahrami Nazari Safavi Ghorbani Azizi Hashemi Haidari Popal Wardak Nuristani "
        "Sultani Amiri Farahmand Kazemi Mirzaei Samadi".split(),
    ),
    "arabic": (
        "Rasha Dalia Hanan Rana Bushra Ghada Samar Yasmin Nour Aya Farah Sawsan Malak Tariq "
        "Bilal Wael Ziad Karim Firas Haitham Majd Yazan Anas Khalil Nizar Rami Hussam Adnan "
        "Jalal".split(),
        "Al-Khatib Mansour Saleh Darwish Nasser Al-Masri Khoury Hijazi Barakat Hamdan Othman "
        "Al-Rashid Abboud Qasim Suleiman Zein El-Amin Bakr Awad Farouk Jaber Al-Ali Sabbagh "
        "Kanaan Shammas Al-Tamimi Younes Fakhoury".split(),
    ),
    "kurdish": (
        "Berfîn Zîlan Nazdar Avesta Bêrîvan Dilan Jiyan Rojda Gulistan Nishtiman Hêvî Azad "
        "Dildar Rêbaz Kawa Rizgar Serhat Zana Baran Welat Hejar Delal Berzan Aram Soran "
        "Karwan Hawre Bakhtiyar".split(),
        "Barzanî Hewramî Botanî Amedî Soranî Dêrsimî Kurdî Zaxoyî Mukriyanî Silêmanî "
        "Rawandizî Goranî Xoşnaw Baban Hakkarî Cizîrî Qazî Bêxal Herkî Zêbarî Berwarî "
        "Pişdarî Serdeştî".split(),
    ),
    "turkish": (
        "Gülşen Hatice Zeynep Büşra Merve Sevgi Dilek Nurcan Esra Gönül Hülya Şükrü Ömer "
        "Yiğit Emre Murat Kadir Oğuz Halil Uğur Tarık Hüseyin Cengiz Serkan Eren Selim "
        "Gökhan İsmail Ahmet".split(),
        "Yılmaz Şahin Doğan Aydın Çelik Arslan Koç Öztürk Güneş Aktaş Yıldız Bulut Keskin "
        "Polat Acar Ünal Turan Kaplan Karataş Işık Çetin Uçar Gündoğdu Demirci Türkmen "
        "Akgül Eroğlu".split(),
    ),
    "bcs": (
        "Amra Azra Lejla Selma Mirela Jasmina Dženana Ajla Vesna Gordana Ljiljana Branka "
        "Milica Jelena Tijana Haris Senad Mirza Dženan Edin Dražen Goran Zoran Dragan Nikola "
        "Stjepan Tomislav Željko Ivica Miroslav".split(),
        "Hodžić Begić Mujić Kovačević Delić Husić Omerović Salihović Šehić Karić "
        "Hadžiahmetović Jukić Babić Horvat Knežević Marković Petrović Jovanović Stojanović "
        "Nikolić Radić Tomić Perić Vuković Blažević Pavlović Lukić Čolić Ćosić Bešlić "
        "Mehmedović".split(),
    ),
    "polish": (
        "Agnieszka Małgorzata Katarzyna Joanna Beata Dorota Ewa Bożena Halina Jadwiga Zofia "
        "Wiesława Krzysztof Tomasz Paweł Piotr Marcin Zbigniew Jarosław Łukasz Mirosław "
        "Andrzej Jacek Dariusz Bartłomiej Radosław Mateusz Szymon".split(),
        "Kowalczyk Wiśniewski Wójcik Kamiński Zieliński Szymański Woźniak Dąbrowski "
        "Kozłowski Jankowski Mazur Krawczyk Piotrowski Grabowski Pawłowski Michalski Zając "
        "Król Wieczorek Jabłoński Wróbel Majewski Olszewski Jaworski Malinowski Górski "
        "Rutkowski Sikora Ostrowski".split(),
    ),
    "eritrean": (
        "Senait Almaz Mehret Saba Yordanos Ruta Feven Lidya Semhar Nebiat Hiwet Tsega Abrehet "
        "Letemariam Freweini Yonas Tesfay Berhane Dawit Filmon Habtom Kibrom Robel Natnael "
        "Mussie Ghirmay Amanuel Henok Biniam Yemane Zerai".split(),
        "Tesfamichael Haile Kidane Gebremedhin Tekle Woldu Asmerom Berhe Habte Measho "
        "Andemariam Negash Mehari Yohannes Tewolde Fessehaye Zemichael Kahsay Abraha Tsegai "
        "Ghebremariam Weldemichael Hagos Sium Okbay Estifanos".split(),
    ),
    "albanian": (
        "Arbër Besnik Driton Fatmir Agron Blerim Valon Ardit Gëzim Shkëlzen Lirim Flamur "
        "Arta Blerta Drita Mimoza Lindita Vjosa Qëndresa Rinora Elira Albana Teuta Fjolla "
        "Shqipe".split(),
        "Krasniqi Gashi Berisha Shala Morina Kelmendi Bytyqi Rexhepi Hajdari Sylejmani "
        "Dervishi Kastrati Zeqiri Ahmeti Osmani Beqiri Gjoka Marku Prenga Halili "
        "Selmani".split(),
    ),
    "assyrian": (
        "Shamiran Ninwe Nahrin Sargon Ashur Ninos Shlemun Afram Melke Tamar Elias Sabri "
        "Habib Gewargis Aprim Shmuni Nineb Shamoun Atorina Ramina Nisan Sharbel".split(),
        "Barsom Malke Shabo Danho Lahdo Kourie Ishak Bahdi Khoshaba Dinkha Benyamin Warda "
        "Odisho Sarkis Younan Bitar Gabro Lahdo Sulaka Toma Yalda".split(),
    ),
    "latin_american": (
        "Ximena Catalina Valentina Paulina Constanza Daniela Fernanda Marisol Yesenia Luz "
        "Alejandro Cristóbal Matías Joaquín Sebastián Rodrigo Gonzalo Ignacio Esteban Felipe "
        "Héctor Patricio Andrés Nicolás".split(),
        "González Muñoz Rojas Díaz Pérez Contreras Silva Martínez Sepúlveda Morales "
        "Rodríguez Fuentes Hernández Espinoza Valenzuela Castillo Tapia Reyes Gutiérrez "
        "Castro Álvarez Cárdenas Orellana Núñez Fernández".split(),
    ),
    "ukrainian": (
        "Oksana Olena Iryna Tetiana Nataliia Yuliia Khrystyna Svitlana Halyna Liudmyla "
        "Mariia Daryna Bohdan Taras Oleksandr Mykola Vasyl Yaroslav Dmytro Andrii Serhii "
        "Ostap Ihor Yurii Vitalii Maksym Artem Oleh".split(),
        "Shevchenko Bondarenko Kovalenko Tkachenko Kravchenko Oliinyk Moroz Lysenko Rudenko "
        "Savchenko Petrenko Melnyk Boiko Kovalchuk Marchenko Polishchuk Tkachuk Hnatiuk "
        "Kuzmenko Levchenko Pavlenko Ponomarenko Vasylenko Zinchenko Klymenko Sydorenko "
        "Fedorenko Honcharuk Yatsenko Didenko".split(),
    ),
}

# Streets. One word: stem + suffix (joined). Two words: an ordinary word, a genitive or an
# adjective, then a street word standing apart. Three words: direction/size + genitive +
# street word.
ONE_STEMS = ("Lärk Gjutar Hovslagar Tegelbruks Mjölnar Rönnbärs Humle Vallmo Stenkums "
             "Brygger Sågverks Linvävar Tornsvale Blåklints Timmer Kopparslagar Harpsund "
             "Murgrönes Backsippe Lavendel Granris Kvarndamms Skeppar Flaggstångs").split()
ONE_SUFFIXES = ("vägen gatan stigen gränd backen slingan allén torget plan leden "
                "raden gången").split()
TWO_FIRST = ("Rönnbärets Klövervallens Sandvikens Bergsgårdens Hagalunds Solängens Sjöviks "
             "Kyrkbyns Grindtorps Ekbackens Fyrvaktarens Mossens Ladugårdens Tallnäs "
             "Hammarby Lövsta Vretens Kvarnens Smedjans Bryggans Stora Långa Nya Gamla "
             "Lilla Breda Höga Östra Västra").split()
TWO_SUFFIXES = ("allé slottsväg torg backe väg gata gränd stig plan kaj strand hage udde "
                "esplanad promenad brink terrass kyrkväg skolväg bruksväg byväg "
                "hamnväg").split()
# adjective-first two-word streets take the definite form
ADJ_FIRST = {"Stora", "Långa", "Nya", "Gamla", "Lilla", "Breda", "Höga", "Östra", "Västra"}
DEFINITE = {"allé": "allén", "slottsväg": "slottsvägen", "torg": "torget", "backe": "backen",
            "väg": "vägen", "gata": "gatan", "gränd": "gränden", "stig": "stigen",
            "plan": "planen", "kaj": "kajen", "strand": "stranden", "hage": "hagen",
            "udde": "udden", "esplanad": "esplanaden", "promenad": "promenaden",
            "brink": "brinken", "terrass": "terrassen", "kyrkväg": "kyrkvägen",
            "skolväg": "skolvägen", "bruksväg": "bruksvägen", "byväg": "byvägen",
            "hamnväg": "hamnvägen"}
THREE_FIRST = "Norra Södra Östra Västra Övre Nedre Lilla Stora Gamla".split()
THREE_MID = ("Sjöns Ängens Skolans Hamnens Kyrkbyns Parkens Bruksgårdens Kvarnbackens "
             "Slottets Skogsbrynets Tingshusets Prästgårdens").split()
THREE_SUFFIXES = "väg gata gränd stig allé backe kaj torg".split()
# joined two-word: prefix word + compound street
PREFIX_JOINED = "Gamla Övre Nedre Norra Södra Lilla Stora".split()
JOINED_STEMS = "Sågverks Tullhus Färjeläges Mejeri Kyrko Stations Strand Bangårds".split()

TOWNS = ("Sundbyberg Huddinge Tumba Vällingby Bandhagen Farsta Skärholmen Spånga Kista "
         "Hägersten Johanneshov Enskede Årsta Solna Bromma Uppsala Norrtälje Gävle Umeå "
         "Kiruna Luleå Västerås Eskilstuna Borås").split()

# ASCII folding for e-mail local parts
FOLD = {"å": "a", "ä": "a", "ö": "o", "é": "e", "ü": "u", "ç": "c", "ş": "s", "ğ": "g",
        "ı": "i", "İ": "i", "ž": "z", "č": "c", "ć": "c", "š": "s", "đ": "dj", "ł": "l",
        "ą": "a", "ę": "e", "ś": "s", "ź": "z", "ż": "z", "ń": "n", "ó": "o", "î": "i",
        "ê": "e", "û": "u", "á": "a", "í": "i", "ú": "u", "ñ": "n", "ë": "e", "ŋ": "ng",
        "æ": "ae", "ø": "o"}
MAIL_DOMAINS = ("skogsmail.example kvartersnatet.example elevpost.example "
                "foreningsbrev.example mejl-syd.example brevladan.example "
                "tornfalken.example hemmabrev.example post-lan.example "
                "nattvandrarna-syd.example").split()
