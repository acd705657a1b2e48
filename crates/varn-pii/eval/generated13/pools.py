"""Pools for generated13 (own choice of the author; invented combinations, no public figures)."""

# family -> (given names, surnames)
FAMILIES = {
    "swedish_old": (
        "Gunnel Birgitta Karl-Gustaf Britt-Marie Siri Hjördis Gunvor Åsa-Lena Margareta Ingegerd Sture Gösta Rune Lennart Kerstin Ulla Berit Torbjörn "
        "Bengt Göran Inger Solveig Agneta Lars-Åke Ann-Britt Sven-Erik Yngve Evert Majvor Elsy "
        "Holger Arne Gudrun Ragnhild Sixten Folke Björn Axel Dag Sten Iris Viola Ester Malva",
        "Bergqvist Lundgren Holmström Wikström Sjöberg Engström Hedlund Nyberg Forsberg Sundqvist "
        "Åkesson Öberg Lindahl Ekström Sandberg Magnusson Jonsson Nordin Hägglund Berg Holm Ek "
        "Lund Bäck Hed Rask Frisk Edvinsson Rydberg Östlund"),
    "swedish_new": (
        "Elsa Alma Wilma Ebba Selma Juni Stella Ellie Nova Leia Majken Hedvig Lykke Novalie Elton "
        "Charlie Melvin Vincent Loke Valter Nils Colin Milo Ture Harry Otto Sigge Ivar Melker "
        "Linnea Ines Tyra Smilla Edvin Vidar Alvin Tindra Noelle Kian Siv-Inger",
        "Wahlberg Hammarlund Rydén Törnqvist Ljunggren Malmsten Sjölander Westerlund Åström "
        "Fagerlund Grahn Ekdahl Lövgren Thörn Wennerholm Lagergren Bergman Granlund"),
    "finnish": (
        "Aino Eija Pirjo Tuula Sirpa Riikka Kaisa Satu Päivi Hannele Jukka Pekka Timo Kari Jouni "
        "Esa Matti Veikko Antti Tapio Lauri Onni Eino Väinö Ilmari Minna Outi",
        "Korhonen Virtanen Rantanen Niskanen Huttunen Leinonen Mäkinen Nieminen Hämäläinen Laaksonen Heikkinen Koskinen Järvinen "
        "Lehtonen Salminen Kärkkäinen Räsänen Pöllänen Tuominen Hyvönen Kettunen"),
    "sami": (
        "Áile Sunná Elle Risten Ingá Biret Ásllat Niillas Jovnna Mihkkal Issát Ovllá Heaika "
        "Gáddja Sárá",
        "Labba Kuhmunen Baer Össbo Omma Marakatt Nutti Skum Gaup Pirak Tuolja Kitok Sarri Spiik"),
    "somali": (
        "Hodan Ifrah Ladan Nasra Anisa Zakariye Said Khadra Sahra Nimco Faadumo Ubah Hibaaq Deeqa Sagal Filsan Abdirahman "
        "Abdiwali Guled Mahad Bashir Liban Cabdi Xasan Mukhtar Farhan Hamdi Idil Sucaad",
        "Jama Egal Abdullahi Kulmiye Gedi Mursal Nuur Mohamud Farah Duale Guleed Xirsi Samatar Cawaale Aadan Hersi Ismaaciil "
        "Dirie Warsame Qorane Shirwac"),
    "eritrean_ethiopian": (
        "Senait Hiwet Tsega Mebrat Rahel Yordanos Luwam Feven Semhar Tesfay Yonas Dawit Habtom "
        "Kidane Mulugeta Berhane Tekle Yohannes Merhawi Natnael Efrem Eden Winta",
        "Tesfamariam Ghebremedhin Andemariam Zerai Yemane Araya Woldemichael Kahsay Gebreyesus Tsegay Berhe Negash Habte "
        "Alemu Desta Girmay Asfaha Tewelde Okbazghi Mehari"),
    "arabic": (
        "Rawan Dima Muna Heba Tareq Yazan Nizar Nour Hala Rana Ghada Amal Samar Yasmin Layla Reem Maysa Walid Tariq Karim Ziad "
        "Samir Nabil Majid Bilal Hamza Anas Firas Adnan Jamal Haitham Mazen Rasha Lamis",
        "Al-Khatib Haddad Mansour Kanaan Bitar Masri Awad Khalil Nasser Darwish Saleh Hamdan Qasim Al-Rashid Shami Aziz "
        "Hijazi Barakat Sabbagh Tamimi Zoubi Al-Janabi Obeidi"),
    "assyrian": (
        "Ninos Aphrem Shamiram Nahrin Ashur Sargon Ramina Gabriella Yakub Shlimun",
        "Yonan Gabro Khoshaba Bahdi Barsom Malke Isik Denho Aho"),
    "persian_dari": (
        "Shirin Parisa Maryam Ladan Soheila Hamid Masoud Ehsan Mahsa Niloufar Laleh Roya Shadi Yalda Golnar Behnaz Setareh Arash Babak "
        "Farshid Kourosh Mehrdad Omid Payam Siavash Behrouz Kamran Navid Dariush Freshta Basir "
        "Mujtaba Mursal Tahmina",
        "Rahimi Tehrani Farahani Shirazi Bagheri Kazemi Rostami Moradi Karimi Jafari Hosseini Sadeghi Ebrahimi Najafi Mohammadi Azizi "
        "Rezaei Habibi Sharifi Amini Nazari Haidari Sultani Kohistani"),
    "pashto": (
        "Zarghuna Palwasha Spogmai Gulalai Wazhma Nazo Storai Hamdullah Zalmai Noorullah "
        "Rahmatullah Samiullah Ajmal Mirwais Zabihullah Shabnam",
        "Stanikzai Popalzai Noorzai Alokozai Sherzad Barakzai Achakzai Wardak Mangal Zadran Shinwari Mohmand Kakar "
        "Ahmadzai Safi"),
    "kurdish": (
        "Rojda Zilan Şirîn Gulistan Newroz Aram Dara Jiyan Delal Berfin Nazdar Rûken Avesta Sozdar Kawa Rebaz Dilshad Azad Baran "
        "Serhat Ciwan Rêber Welat Zana Shvan Hejar Karwan Soran Dilan",
        "Amedi Hawrami Kobani Hasan Zaxoyî Rasul Sindi Baban Jaff Mukriyani Berwari Doski Harki Surchi Rekani Şêxo"),
    "turkish": (
        "Elif Zeynep Büşra Gülşen Ayşegül Merve Şule Nurcan Tuğba Emine Hatice Özlem Murat Emre "
        "Burak Serkan Volkan Oğuz Çağlar Tolga Uğur Hakan Kerem Ercan Yiğit Sevda Nesrin Cansu Onur Barış Gökhan",
        "Yılmaz Kaya Demir Şahin Çelik Yıldız Aydın Öztürk Arslan Doğan Kılıç Aslan Çetin Kara "
        "Koç Kurt Özdemir Güneş"),
    "bcs": (
        "Jasmina Amra Lejla Mirela Dragana Snežana Zorica Ivana Vesna Željka Božana Nikola Dragan "
        "Goran Zoran Mirsad Emir Haris Edin Damir Dževad Željko Miloš Bojan Almir Nermina",
        "Hodžić Kovačević Radić Nikolić Pašić Alić Husić Vuković Petrović Jovanović Babić Marić Delić Mehmedović Begić Šarić Kurtović "
        "Đurić Živković Mujić Hadžić Ćosić Tomić Lukić Bešić"),
    "albanian": (
        "Arbër Besnik Dritan Fatos Gëzim Ilir Kujtim Luan Valon Agron Blerim Shpend Drilon Arta "
        "Blerta Drita Fjolla Lirije Mimoza Teuta Albana Donjeta Edona",
        "Krasniqi Gashi Sylejmani Mustafa Qerimi Ahmeti Shala Morina Bytyqi Kelmendi Rexhepi Hyseni Zeqiri Dervishi Prenga "
        "Halili Ramadani"),
    "polish": (
        "Agnieszka Małgorzata Jadwiga Halina Sławomir Radosław Katarzyna Joanna Dorota Magdalena Beata Ewelina Zofia Krystyna "
        "Grzegorz Krzysztof Tomasz Paweł Wojciech Łukasz Marek Jarosław Bartosz Przemysław Mateusz",
        "Kowalczyk Wiśniewski Sikora Baran Wróblewska Stępień Wójcik Kamińska Lewandowska Zieliński Szymański Woźniak Dąbrowski "
        "Kozłowska Jankowski Mazur Krawczyk Grabowski Pawłowska Michalski"),
    "baltic": (
        "Līga Ilze Inese Baiba Dace Kristīne Jānis Andris Māris Uldis Gatis Edgars Eglė Aušra "
        "Jurgita Vaida Gintaras Darius Mindaugas Vytautas Saulius Kadri Triin Tiina Priit Jaan",
        "Bērziņš Kalniņa Paulauskas Urbonaitė Kalda Ozoliņš Liepa Krūmiņš Jansons Kazlauskas Jankauskaitė Stankevičius "
        "Vasiliauskas Žukauskas Tamm Saar Sepp Mägi Kask Rebane"),
    "russian_ukrainian": (
        "Oksana Olena Halyna Larysa Vasyl Yurij Tetiana Iryna Nataliya Svitlana Yulia Anastasia Ekaterina Tatjana Ljudmila "
        "Darja Bohdan Taras Oleksandr Mykola Andrij Vitalij Dmitrij Sergej Aleksej Igor Maksym "
        "Jevgenij",
        "Shevchuk Kovalenko Hrytsenko Marchenko Polishchuk Zaitseva Bondarenko Tkachenko Melnyk Boyko Lysenko Moroz Savchenko Petrenko "
        "Ivanova Smirnov Kuznetsova Popov Sokolova Volkov Morozova Nikitin"),
    "romani": (
        "Esmeralda Rosita Santino Tibor Zoltán Ramona Florica Lavinia Kasimir Marius Natalina "
        "Nikolina Radu Sorin Costel Florin Viorica Luminița",
        "Caldaras Demeter Farkas Balogh Dumitru Kwiek Grönfors Hagert Lakatos Oláh Rostas Serban Horváth Baltazar"),
    "latin_american": (
        "Camila Valentina Florencia Constanza Benjamín Cristóbal Daniela Ximena Guadalupe Paola Fernanda Marisol Yesenia Araceli "
        "Catalina Mateo Santiago Sebastián Joaquín Tomás Rodrigo Ignacio Matías Esteban Andrés "
        "Álvaro",
        "González Rodríguez Espinoza Figueroa Navarrete Pizarro Hernández Muñoz Rojas Díaz Castillo Fuentes Vargas Sepúlveda "
        "Contreras Guzmán Ramírez Aguilar Peña Ortiz Salazar Cárdenas Valenzuela Henríquez"),
    "chinese": (
        "Xiaoming Yuxin Zhiwei Jiahui Haoran Yutong Weijie Mingyu Xinyi Shuang Jing Fang Qiang "
        "Hong Tao Jun Ling Xiaoyan",
        "Wang Zhang Tang Feng Deng Liu Chen Yang Huang Zhao Zhou Xu Zhu Gao Guo Luo Xie"),
    "vietnamese": (
        "Hương Trang Ngọc Linh Phương Vy Tuấn Dũng Hùng Quang Hải Khoa Bảo Duy Thắng Thu Lan",
        "Trần Phạm Lương Tạ Hoàng Huỳnh Phan Vũ Võ Bùi Đỗ Ngô Dương Trương Đinh"),
    "thai": (
        "Siriporn Kannika Nattaya Pornthip Suda Wanida Ratana Supaporn Araya Malee Somchai "
        "Somsak Anan Kittisak Prasert Thanawat Chaiwat Narong",
        "Srisuk Boonmee Jaidee Sriwong Chaiyaporn Wongsawat Saelee Thongchai Rattanakul Kaewmanee Phromma "
        "Sukjai"),
    "filipino": (
        "Maricel Rowena Jocelyn Marites Lorna Analyn Rhea Jericho Rommel Ramil Arnel Dindo "
        "Jomar Raymart Kristine",
        "Dimaculangan Bautista Ocampo Delos Reyes Lacson Villanueva Mercado Macaraeg Pangilinan Soriano Manalo Tolentino "
        "Buenaventura Dizon Magbanua"),
    "west_african": (
        "Adaeze Chiamaka Nneka Adwoa Binta Kojo Sekou Obinna Ngozi Folake Yetunde Abena Akosua Efua Aminata Fatoumata Mariama Awa "
        "Kwame Kofi Yaw Chinedu Emeka Oluwaseun Tunde Babajide Ousmane Moussa Mamadou Ibrahima "
        "Lamine Seydou",
        "Okafor Nwosu Adebayo Oyelaran Quaye Bangura Kamara Sesay Adeyemi Ogunleye Mensah Asante Owusu Boateng Diallo Traoré Coulibaly "
        "Keita Sow Ndiaye Camara Touré Eze Okonkwo"),
}

# weights: the seven families and Swedish higher
WEIGHTS = {"somali": 3, "persian_dari": 3, "arabic": 3, "bcs": 3, "kurdish": 3, "turkish": 3,
           "swedish_old": 3, "swedish_new": 3}

# given names and surnames that are also ordinary Swedish words (used lower case in negatives)
NAME_WORDS = {"Björn", "Axel", "Dag", "Sten", "Iris", "Viola", "Ester", "Malva", "Linnea",
              "Juni", "Nova", "Berg", "Holm", "Ek", "Lund", "Bäck", "Hed", "Rask", "Frisk",
              "Stella", "Otto"}

# ---------------------------------------------------------------- streets
STREET_FIRST = ("Smedjans Tranbärets Klockarens Gästgivarens Mjölnarens Lärkträdets Källarens "
                "Kopparslagarens Pilträdets Ryttarens Skräddarens Tegelbrukets Vävarens Ladugårdens "
                "Sågverkets Rönnbärets Humlegårdens Kvarnhjulets Fyrvaktarens Lotsens Tunnlandets "
                "Hjortrons Odalmannens Spinnrockens Bryggarens Fältskärens Apotekarens").split()
STREET_SUFFIX_APART = "allé backe gränd väg torg stig plan gata park kulle".split()
STREET_PREFIX3 = "Lilla Norra Södra Östra Västra Gamla Nya".split()
STREET_MID3 = ("Kvarnens Ekbackens Skolans Bruksgårdens Hamnens Prästgårdens Mejeriets "
               "Stationens Tingshusets").split()
STREET_JOINED_STEM = ("Syren Hagtorns Tallbacks Kornblomms Mossrose Blåbärs Älgskytte Murklo "
                      "Vitsippe Kastanje Harkrank Björnbärs Nyponrose Ljungheds Tranviks "
                      "Granbacks Lärkhöjds Kvarnbäcks Mörtvik Sjöbods Renfana Hallonbergs "
                      "Fågelsångs Sälgbacks").split()
STREET_JOINED_SUFFIX = ("vägen gatan gränden stigen backen torget allén slingan leden "
                        "gången").split()

TOWNS = ("Ortby Kvarnsta Sjöhamra Bergsvik Lövnäs Tallmora Ekeby Hagalund Norrfors Mellanå "
         "Ängsholm Strömsvik").split()

# ---------------------------------------------------------------- negatives
DISTRICTS = ("Rinkeby Tensta Bagarmossen Skärholmen Farsta Hägersten Spånga Enskede Vällingby "
             "Hässelby Hammarkullen Angered Biskopsgården Rosengård Holma Kroksbäck Araby "
             "Vivalla Hovsjö Fittja Alby Ronna Brandbergen Backa").split()
PUBLIC_PLACES = ("Sergels torg", "Slussen", "Mynttorget", "Stortorget", "Järntorget",
                 "Möllevångstorget", "Kungsträdgården", "Humlegården", "centralstationen",
                 "Götaplatsen", "Brunnsparken", "Tantolunden", "Vasaparken")
AUTHORITIES = ("Polismyndigheten", "Socialstyrelsen", "Skolverket", "Säkerhetspolisen",
               "Brottsförebyggande rådet", "Center mot våldsbejakande extremism",
               "Migrationsverket", "Arbetsförmedlingen", "Försäkringskassan", "Skatteverket",
               "Länsstyrelsen", "Myndigheten för samhällsskydd och beredskap",
               "Sveriges Kommuner och Regioner", "Integritetsskyddsmyndigheten")
UNITS = ("Fältgruppen", "Ungdomsmottagningen", "Fritidsgården Kompassen", "Träffpunkt Ljusglimten",
         "Öppna förskolan Snäckan", "Mötesplats Gläntan", "Socialjouren",
         "Avhopparverksamheten", "Familjecentralen", "Kulturhuset", "Medborgarkontoret")
BRANDS = ("Telegram", "Discord", "TikTok", "Instagram", "Snapchat", "WhatsApp", "Signal",
          "ICA", "Coop", "Systembolaget", "SL", "Västtrafik", "Skånetrafiken", "Volvo", "IKEA",
          "Spotify", "YouTube", "Reddit")
PUBLIC_PHONES = ("113 13", "116 111", "0771-567 567", "0771-524 524", "90101")
LAWS = ("14 kap. 1 § SoL", "12 kap. 10 § OSL", "26 kap. 1 § OSL", "6 kap. 10 § skollagen",
        "23 kap. 1 § BrB", "lag (2003:148)", "4 kap. 5 § brottsbalken", "10 kap. 18 a § OSL",
        "5 kap. 1 § skollagen", "2 kap. 1 § regeringsformen", "artikel 9 GDPR")
MONTHS = "januari februari mars april maj juni juli augusti september oktober november december".split()
WEEKDAYS = "måndag tisdag onsdag torsdag fredag lördag söndag".split()
