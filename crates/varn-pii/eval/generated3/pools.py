"""Name pools for generated3, written by this author (ten families)."""

def _w(s):
    return s.split()

POOLS = {
    "somali": (
        _w("Ayaan Hodan Ubah Idil Filsan Sahra Faadumo Hibaaq Caasho Qamar Nimco Ifrah Sagal Hamdi "
           "Deeqa Ladan Nasteexo Shukri Waris Yasmiin Farhiya Istar Anab Sucaad Bashiir Cumar Daahir "
           "Guuleed Jaamac Liibaan Mahad Qaalib Ridwaan Sharmaarke Tahliil Warfaa Yuusuf Cabdiqaadir "
           "Xasan Abdiwali Geele Mukhtaar"),
        _w("Cilmi Guled Hirsi Aadan Samatar Dirie Egal Abdille Barre Duale Elmi Gedi Ismaaciil Kahin "
           "Mire Qorane Roble Shire Timacade Ugaas Waberi Xirsi Yarow Cigaal Faahiye Gaas Haybe Iidle "
           "Jibriil Kulmiye Magan Nageeye Obsiye Raage Sugule Abtidoon Bulxan Dhoorre Galaal Keynaan"),
    ),
    "persian": (
        _w("Shirin Parisa Farzaneh Nasrin Roya Mahsa Shabnam Laleh Tahmineh Yasaman Setareh Mitra "
           "Soraya Fereshteh Marjan Homa Nilufar Arezoo Ghazal Mursal Freshta Dariush Kourosh Bahram "
           "Farhad Omid Behrouz Shahram Siavash Arash Kaveh Navid Payam Ramin Sohrab Jamshid Wahid "
           "Zabihullah Fawad Najibullah Samiullah Parwin"),
        _w("Hosseini Mohammadi Rahimi Karimi Tehrani Jafari Moradi Sadeghi Ghorbani Farahani Shirazi "
           "Esfahani Kazemi Bagheri Naderi Samadi Ebrahimi Taheri Zand Parsa Amini Azizi Mirzaei Afshar "
           "Yazdani Haidari Sultani Popal Wardak Ahmadzai Noorzai Barakzai Hotak Ghaznawi Sharifi "
           "Kohistani Rezaie Hashemi Jalali Baheer Safavi"),
    ),
    "arabic": (
        _w("Yasmin Rania Lina Salma Dalia Hala Maysa Nadia Samira Widad Amal Ghada Huda Suha Lubna "
           "Razan Tasnim Jana Khaled Ziad Bilal Tariq Hamza Yazan Nabil Fadi Majed Wael Samer Karim "
           "Mahmoud Ayman Mustafa Yousef Anas Qusai Ammar Raed Ghassan Muhannad Nizar"),
        _w("Haddad Khoury Nasser Mansour Saleh Hamdan Abboud Qasim Darwish Jaber Barakat Halabi Masri "
           "Shami Ayoub Sabbagh Tamimi Awad Zaher Shalabi Fakhoury Bitar Suleiman Karam Al-Jabouri "
           "Al-Obaidi Al-Hashimi Al-Saadi Al-Rubaie Al-Zubaidi Abu-Hamad Hijazi Nassar Dabbagh Kanaan "
           "Chehade Mardini Othman Younes Hamoud"),
    ),
    "bcs": (
        _w("Amra Emina Selma Aida Merima Jasmina Azra Mirsada Snježana Dragana Vesna Ljiljana Zorica "
           "Biljana Mirjana Jelena Božena Ružica Đurđica Haris Edin Adnan Mirza Nedžad Senad Džemal "
           "Zlatko Dragan Goran Miloš Nikola Stjepan Ivica Branko Božidar Željko Dražen Mićo Đuro "
           "Čedomir Šaban Ćazim Muhidin Enes"),
        _w("Hodžić Mehmedović Begić Hadžić Delić Mujić Softić Kurtović Ibrišimović Salihović Husić "
           "Pašić Šabić Omerović Alić Karić Zukić Muratović Selimović Babić Marić Jurić Perić Knežević "
           "Petrović Jovanović Stojanović Đokić Ćosić Čolić Šarić Žigić Lukić Vuković Nikolić Tomić "
           "Grgić Radić Đukić Ćurić Bašić Čengić"),
    ),
    "kurdish": (
        _w("Rojda Berfin Zelal Nazdar Dilan Hêlîn Jiyan Rûken Xezal Şîlan Bêrivan Avesta Delal Evîn "
           "Gulistan Nesrîn Perwîn Rojîn Sozdar Zîlan Azad Baran Berzan Ciwan Dilovan Egîd Hejar Kawa "
           "Rêbaz Rizgar Serhat Şoreş Welat Zana Xebat Aram Hêmin Karwan Sherwan Diyar Soran"),
        _w("Amedî Botanî Hakkarî Mukriyanî Soranî Zebarî Dêrsimî Goyî Herkî Mizûrî Rêkanî Şengalî "
           "Xelîl Berwarî Doskî Jaf Hewramî Kurdî Baban Bapîr Celîl Ehmed Fettah Gerdî Hesen Kakeyî "
           "Lolan Mahmûd Nêrwayî Omerî Pîran Qadir Reşîd Sincarî Tovî Xoşhal Zêbarî Mêrgeyî Bêdar "
           "Şêxanî Hawramî"),
    ),
    "turkish": (
        _w("Elif Zeynep Ayşe Fatma Emine Hatice Merve Büşra Gülsüm Şeyma Tuğba Esra Özlem Derya "
           "Sevgi Canan Dilek Ebru Songül Yeliz Mehmet Ahmet Hüseyin Murat Emre Burak Serkan Volkan "
           "Kemal Cem Tolga Barış Ömer Çağlar Gökhan Uğur Selçuk Tarık Kaan Onur Levent Sinan"),
        _w("Yılmaz Kaya Demir Şahin Çelik Yıldız Aydın Öztürk Arslan Doğan Kılıç Aslan Çetin Kara "
           "Koç Kurt Özdemir Şimşek Polat Özkan Korkmaz Aksoy Taş Güneş Akın Bulut Karaca Türkmen "
           "Ünal Bozkurt Gök Keskin Eren Uçar Tekin Duman Sarı Çakır Coşkun Ateş Güler Toprak"),
    ),
    "nordic": (
        _w("Agneta Birgitta Ingela Kerstin Margareta Solveig Gunilla Ylva Sigrid Ingrid Elin Ebba "
           "Tove Linnéa Frida Bodil Gudrun Lovisa Ulrika Märit Göran Håkan Lennart Mårten Pär Ulf "
           "Kjell Torbjörn Sixten Gösta Åke Leif Bengt Anders Jöns Tage Ragnar Ingvar Sölve Östen "
           "Ann-Sofie Karl-Erik"),
        _w("Lindqvist Bergström Sjöberg Åberg Öberg Nordström Holmgren Wallin Engström Lundgren "
           "Hedlund Forsberg Sundqvist Ekström Björklund Söderberg Lövgren Hägglund Dahlström Åström "
           "Blomqvist Sandström Mårtensson Håkansson Göransson Jönsson Pålsson Östlund Nyström Lindahl "
           "Granström Ågren Häggström Strömberg Norén Bäckström Stenlund Rydén Vikström Löfgren "
           "Åkerlund Öhman"),
    ),
    "finnish": (
        _w("Aino Eija Hilkka Kaisa Liisa Marjatta Minna Outi Pirjo Riikka Sirpa Tuula Anneli Satu "
           "Sanna Heli Elina Tiina Jaana Sari Jari Jouko Kalevi Markku Matti Pekka Pentti Raimo Seppo "
           "Tapio Timo Veikko Antti Eero Ilkka Juha Kari Mikko Olli Reijo Esa Arto Jyrki"),
        _w("Korhonen Nieminen Mäkinen Mäkelä Koskinen Heikkinen Järvinen Lehtonen Lehtinen Saarinen "
           "Salminen Heinonen Niemi Heikkilä Kinnunen Turunen Laine Tuominen Rantanen Karjalainen "
           "Jokinen Mattila Savolainen Lahtinen Ahonen Hyvönen Räsänen Leinonen Peltonen Manninen "
           "Laitinen Toivonen Kettunen Seppälä Väisänen Pesonen Oksanen Mustonen Sirviö Ylönen "
           "Pöyhönen"),
    ),
    "tigrinya": (
        _w("Selam Luwam Rahwa Yordanos Saba Hiwet Semhar Mehret Feven Winta Abeba Tsega Meron Ruta "
           "Simret Almaz Nebiat Eyerusalem Tsigereda Hagosa Tesfay Mebrahtu Yonas Dawit Filmon Habtom "
           "Kibrom Mussie Natnael Robel Tekle Berhane Goitom Haile Amanuel Biniam Efrem Henok Merhawi "
           "Senay Tewelde Zerai"),
        _w("Tesfamariam Gebremedhin Habte Kahsay Weldemichael Berhe Asmerom Tekie Mehari Ghirmay "
           "Andemariam Woldu Okbazghi Ghebreyesus Tsegay Negash Fessehaye Zerezghi Haileab Mengsteab "
           "Yohannes Abraha Sium Beyene Debesai Estifanos Gebrezgabher Hagos Iyasu Kiflom Measho "
           "Neguse Russom Sebhatu Teweldebrhan Zemichael Bahta Ghide Ghebremeskel Tesfazion Werede "
           "Andom"),
    ),
    "polish": (
        _w("Agnieszka Katarzyna Magdalena Joanna Beata Dorota Ewa Grażyna Halina Iwona Jadwiga "
           "Marzena Renata Wioletta Zofia Bożena Urszula Elżbieta Kinga Aneta Andrzej Bartosz Dariusz "
           "Grzegorz Jacek Jarosław Kamil Marek Mariusz Paweł Piotr Przemysław Radosław Sławomir "
           "Tomasz Wojciech Zbigniew Mirosław Jerzy Witold Tadeusz Stanisław"),
        _w("Kowalski Nowak Lewandowski Zieliński Szymański Woźniak Kozłowski Jankowski Mazur "
           "Kwiatkowski Krawczyk Kaczmarek Piotrowski Grabowski Pawłowski Michalski Król Wieczorek "
           "Jabłoński Wróbel Majewski Olszewski Stępień Malinowski Jaworski Adamczyk Dudek Nowicki "
           "Pawlak Witkowski Walczak Sikora Rutkowski Szewczyk Ostrowski Tomaszewski Pietrzak "
           "Zalewska Wróblewska Kołodziej Sadowska Błaszczyk Łuczak"),
    ),
}
