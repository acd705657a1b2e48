"""Templates for generated11, written fresh by this author.

Person slots: {A} (the person's own form for this document: full, given or surname), {A.f} full,
{A.g} given, {A.s} surname, {A.i} initial + surname, {A.gi} given + surname initial.
Suffix :gen adds a genitive -s outside the mark (left out after s, x, z); :col adds ":s".
Identifier slots: {PNR} {SAM} {ORG} {VAT} {TEL} {TEL2} {MAIL.A} {MAIL.B} {ADR} {ADR2} {POST}
{REG} {REGO} {REGOLD}. Lower-case slots are unmarked fillers.
"""

VOICES = {}

# 1. The anonymized form, from staff and partners generated9 does not list as voices.
VOICES["form"] = [
    "Blanketten innehöll personnumret {PNR} i fritextfältet; avsändaren skrev också att det gäller {A.g}.",
    "Avhopparverksamheten behöver {A.g:gen} samordningsnummer, {SAM}, för att kunna boka tolk.",
    "Det var {A} som satte upp lapparna i trapphuset på {dist}, enligt två grannar.",
    "Det var inte första gången: det var {A.f} som höll i mobilen när filmen spelades in vid {place}.",
    "Biblioteket: en låntagare som kallar sig {A.g} har flera {wd}ar i rad skrivit ut material med hakkors på datorn vid fönstret.",
    "I simhallens kassa sa en pojke att {A.g:gen} äldre bror tar med honom till träningar i skogen.",
    "Som tränare i föreningen ser jag att {A} har slutat komma, och att han numera hänger med {B} bakom {bldg}.",
    "Från bostadsbolaget: hyresgästen i {ADR} klagar på att grannen sprider flygblad i tvättstugan.",
    "Kuratorn fick höra att {A.f} och {B.f} planerar att resa till konfliktområdet efter sommarlovet.",
    "Tolken berättade i efterhand att {A.s} under samtalet hade uttryckt stöd för våldet i videon.",
    "Städpersonalen hittade en anteckningsbok i omklädningsrummet med namnet {A.f} på pärmen och teckningar av vapen.",
    "Väktarna på {place} har flera gånger avvisat en grupp där {A.g}, {B.g} och {C.g} brukar föra ordet.",
    "Eftersom {A} inte längre svarar i telefon har vi inte kunnat följa upp oron som väcktes i {mon}.",
    "När {A.g} kom tillbaka från lovet hade han rakat huvudet och bar en tröja med siffrorna 1488.",
    "Om {A.f} dyker upp igen ska personalen kontakta samordnaren innan något annat görs.",
    "Innan {A.g} hann gå ut ur rummet sa hen att alla på {dist} snart skulle \"få se\".",
    "Sedan {A.s} flyttat till {ADR} har klistermärkena i området blivit fler.",
    "Trots att {A.g} bara är {age} år verkar hon ha kontakt med vuxna i en sluten grupp på {brand}.",
    "Han är äldre än {A.g} men lyssnar på allt hon säger, skriver fritidsledaren.",
    "Jag gav {A.g} en broschyr om avhopparverksamheten, men han kastade den i papperskorgen.",
    "Vi skickade {A.f} en kallelse till samtal på {bldg}, men ingen kom.",
    "Utan {A.g} hade gruppen troligen inte samlats alls; hon ordnar transporterna.",
    "Bakom {A.g} stod två äldre män som filmade hela tiden.",
    "Bland andra {A.f} och {B.f} deltog i manifestationen vid {place} utan tillstånd.",
    "Förutom {A.g} var alla i klassen med på värdegrundslektionen.",
    "Såväl {A.s} som {B.s} har varit med och delat ut material utanför {bldg}.",
    "Antingen {A.g} eller hennes kusin {B.f} har skrivit inlägget, tror mentorn.",
    "Inte bara {A.g} utan även {B.g} har börjat använda symbolerna i sina anteckningar.",
    "{A.g}, {B.g} och {C.g} samt en fjärde okänd kille kastade sten mot busskuren på {dist}.",
    "Pojken, som går under namnet {A.g} på nätet, heter egentligen {B.f}.",
    "Tjejen vars mamma heter {A.f} berättade att pappan tar med henne på möten i en källarlokal.",
    "Enligt uppgift är det {A.g:col} kusin som rekryterar yngre elever vid {bldg}.",
    "Mentorn tror att {A.g:gen} och {B.g:gen} föräldrar inte vet något om det här.",
    "Kan någon prata med {A.f}? Han sover inte och pratar bara om att \"förbereda sig\".",
    "Ang. {A.f}: hon har slutat äta i skolmatsalen och vill inte vara nära de andra eleverna.",
    "En man som presenterade sig med sitt fullständiga namn, {A.f}, frågade ut receptionen om vilka som jobbar på {unit}.",
    "Föräldern {A.f} ringde från {TEL} och ville veta om skolan hade polisanmält klottret.",
    "Vi har sett bilen {REG} stå utanför fritidsgården tre kvällar i rad, med {A.s} bakom ratten.",
    "En vit skåpbil med registreringsnummer {REGO} körde sakta förbi flera gånger när eleverna gick hem.",
    "Hyresvärden uppger att bilen {REGOLD} står parkerad vid {ADR} och att affischer syns i bakrutan.",
    "Eleven {A.f} (personnummer {PNR}) är den som oron gäller, skriver avsändaren, fast blanketten säger att inga namn ska anges.",
    "Han uppgav samordningsnummer {SAM} när han lånade nyckeln till lokalen.",
    "Pappan ({A.f}) har sagt till personalen att den som ringer polisen \"får ta konsekvenserna\".",
    "Jag såg {A.f} och en äldre man gå in i porten till {ADR} med en kartong flygblad.",
    "Gympaläraren {A.i} har sett samma tatueringar på flera elever i årskurs nio.",
    "{A.gi} i 8B har visat videor från en attack för yngre elever i korridoren.",
    "Mamman, {A.f}, född {B.s}, har själv bett om hjälp men vill inte att socialtjänsten ringer hem.",
]

# 2. The night walkers' logbook.
VOICES["nightwalk"] = [
    "Kl. {time} kom en bil, {REG}, och hämtade {A.g} vid {place}.",
    "Loggbok nattvandring {wd} {date}\nKl. {time} samlade {A.g} och {B.g} sex ungdomar vid {place}. Inget hände.\nKl. {time} såg vi {C.f} sätta upp klistermärken på lyktstolparna.",
    "Nattvandring, {dist}\nVandrare: {A.f}, {B.f}\nIakttagelse: en bil, {REG}, stannade vid skolan och delade ut påsar till yngre killar.",
    "Kväll {date}. Vi mötte {A.g} igen, ensam den här gången. Han sa att \"de andra\" träffas på {ADR} numera.",
    "Rapport från nattvandrarna: gänget kring {A.s} har flyttat från {place} till parkeringen bakom {bldg}.",
    "Loggbok\n{time} Lugnt vid {place}.\n{time} {A.g} ({age}) bad om att få låna en telefon och ringde någon han kallade {B.g}.\n{time} Gick hem.",
    "Vi som gick i kväll ({A.gi}, {B.gi}, {C.gi}) noterade nya tags med siffran 88 längs gångvägen.",
    "Under rundan {wd} stod en mopedbil, {REGO}, med musik om \"rasförrädare\" på full volym utanför {bldg}.",
    "Samlingsplats för nattvandringen är {ADR}, hos {A.f}. Ring {TEL} om du blir sen.",
]

# 3. Transcribed voicemail and phone messages.
VOICES["voicemail"] = [
    "Röstmeddelande: \"ja hej jag heter {A.f}, personnummer {PNR}, och jag vill anmäla att någon hotat min dotter\"",
    "Röstmeddelande {date} kl. {time}: \"Hej, det är {A.f} här, jag ringer om min son. Ring mig på {TEL}, tack.\"",
    "Transkriberat samtal: \"…alltså {A.g} har sagt att de ska göra något på {place} på {wd}, jag vet inte vad…\"",
    "Meddelande från växeln: {A.f} söker samordnaren, gäller en granne. Nås på {TEL} efter kl. 16.",
    "Röstbrevlåda: \"Det här är {A.g} på {unit}. Vi har en ungdom, {B.g}, som vill prata med någon om att hoppa av. Mitt nummer är {TEL}.\"",
    "Automatisk text från telefonsvararen: hej du har kommit till {A.f} lämna ett meddelande efter tonen eller mejla {MAIL.A}",
    "Samtalsanteckning: uppringaren ville vara anonym men sa sitt namn, {A.f}, två gånger och gav adressen {ADR}, {POST} {town}.",
    "Missat samtal från {TEL} ({A.s}). Har återkommit utan svar.",
    "Hej! Det är {A.g:gen} mamma. Han kommer inte i dag. Ni kan ringa pappa {B.f} på {TEL2}.",
]

# 4. Tip line.
VOICES["tipline"] = [
    "Tipsaren bifogade {A.f:gen} personnummer {PNR} och en bild på bilen {REGO}.",
    "Tips via webben: \"Killen som kallar sig {A.g} på {brand} bor på {ADR}. Han har pratat om att skaffa vapen.\"",
    "Anonymt tips: kolla bilen {REG}. Ägaren heter visst {A.f}.",
    "Inkommet tips ({date}): {A.f} och {B.g} ska enligt tipsaren åka till ett läger utomlands i {mon}.",
    "Tipsaren uppger att kontot tillhör {A.f}, mejl {MAIL.A}, och att hon modererar en kanal med hatpropaganda.",
    "Tips: det står en lapp med {A.s:gen} namn och telefonnummer {TEL} på anslagstavlan, där han söker \"likasinnade\".",
    "Tips från allmänheten om klotter vid {place}; tipsaren såg {A.g} och {B.g} springa därifrån.",
]

# 5. Ticket systems and case lists.
VOICES["ticket"] = [
    "Berörd: {A.f}, pnr {PNR}, vårdnadshavare {B.f}.",
    "Ärende #{n}{n}\nRapporterad av: {A.f}\nKategori: Klotter\nPlats: {place}\nStatus: Ny",
    "Ärende #{n}{n} | Inrapportör: {A.i} | Berörd person: {B.f} | Åtgärd: samtal med vårdnadshavare",
    "Handläggare: {A.f}\nKontaktväg: {MAIL.A}\nÄrendet gäller ungdom boende på {ADR}, {POST} {town}.",
    "Ticket {n}: Användaren {A.gi} kan inte logga in i utbildningsplattformen. Återkoppla till {MAIL.A}.",
    "Ärendelogg\n{date} {time} Tilldelat {A.f}\n{date} {time} Kommentar från {B.gi}: vi väntar på svar från {auth}.",
    "Åtgärdslista\n- {A.g} kontaktar skolan om eleven\n- {B.s} bokar samtal med {C.f}\n- Återkoppling {wd}",
]

# 6. Structured exports pasted as text.
VOICES["export"] = [
    "ID;Namn;Id-nummer\n1;{A.f};{PNR}\n2;{B.f};{SAM}",
    "orgnr: {ORG}\nfirma: {A.s} Bygg & Måleri\nkontakt: {TEL}",
    "{\"namn\": \"{A.f}\", \"telefon\": \"{TEL}\", \"kommentar\": \"oro för radikalisering\"}",
    "{\"kontakt\": {\"fornamn\": \"{A.g}\", \"efternamn\": \"{A.s}\", \"epost\": \"{MAIL.A}\"}}",
    "BEGIN:VCARD\nFN:{A.f}\nTEL:{TEL}\nEMAIL:{MAIL.A}\nADR:;;{ADR};{town};;{POST}\nEND:VCARD",
    "<tr><td>{A.f}</td><td>{TEL}</td><td>{dist}</td></tr>",
    "kontaktperson={A.f}; telefon={TEL}; ort={town}",
    "https://bokning.example/ansokan?namn={A.g}&ort={town}&typ=lokal",
    "[kontakt]\nnamn = {A.f}\nepost = {MAIL.A}\nadress = {ADR}\npostnummer = {POST}",
    "Regnr\tÄgare\tNoterat\n{REG}\t{A.f}\t{date}\n{REGOLD}\t{B.f}\t{date}",
    "Personuppgifter (ska ej stå här!): {A.f}, {PNR}, {ADR}, {POST} {town}",
    "INSERT INTO deltagare VALUES ('{A.g}', '{A.s}', '{SAM}');",
    "Exporterad rad: 2026;{A.s};{A.g};{dist};Oro enskild",
    "Fält 'Beskrivning': se bifogad bild. Fält 'Uppgiftslämnare': {A.f}, {TEL}.",
]

# 7. Letters with address blocks.
VOICES["letter"] = [
    "{A.f}\n{ADR}\n{POST} {town}\n\nKallelse till samtal om ert barn.",
    "Till: {A.f}\nc/o {B.f}\n{ADR}\n{POST} {town}",
    "Brevet till familjen (adress {ADR}, {POST}) kom tillbaka som obeställbart.",
    "Hej {A.g} och {B.g}!\nTack för att ni kom till mötet. Som vi sa hör ni av er till {C.f} på {TEL}.",
    "Kära {A.g},\ndin ansökan om lokal har tyvärr avslagits. Beslutet kan överklagas.",
    "Avsändare: {A.f}, {ADR}, {POST} {town}. Ämne: klagomål på skolans hantering.",
    "Skicka svaret till {A.f}, boxadressen gäller inte längre; ny adress är {ADR}, {POST} {town}.",
    "Post till {A.s:gen} nya adress {ADR} ska märkas \"personligt\".",
]

# 8. Meeting notes with action items and bullets.
VOICES["notes"] = [
    "Minnesanteckningar {date}\n• {A.g} redogjorde för läget på {dist}.\n• {B.f} tar fram statistik från {ia}.\n• Nästa möte {wd}.",
    "Deltagare: {A.f} (fältassistent), {B.f} (polis), {C.f} (skola).\nFrånvarande med anmälan: {D.f}.",
    "Att göra: {A.s} ringer {B.f} om lokalbokningen; {C.g} skickar ut enkäten.",
    "Punkt 3. Genomgång av ärende där {A.g} (15) förekommer. Beslut: orosanmälan enligt {law}.",
    "Noterat under mötet: {A.f} har bytt skola till {bldg}; mottagande skola informeras.",
    "Samverkansmöte. Ordet gick till {A.i}, som berättade om grupperna kring {place}. {B.i} kompletterade.",
    "Ansvarsfördelning: {A.g} – skolorna, {B.g} – föreningarna, {C.g} – fritidsgårdarna.",
    "Frågor från förra mötet: har någon fått tag i {A.f}? Han lovade att skicka underlaget.",
    "Gruppen diskuterade klottret på {place}. {A.g} påminde om att inga namn ska stå i anteckningarna, varpå {B.s} strök sin kommentar.",
    "Protokollet justeras av {A.f} och skickas till {MAIL.A}.",
]

# 9. Associations, grants and premises.
VOICES["grants"] = [
    "Firmatecknare {A.f} ({PNR}) för föreningen med organisationsnummer {ORG}.",
    "Föreningen med org.nr {ORG} har fått sitt bidrag stoppat; ordförande är {A.f}.",
    "Föreningen {A.s:gen} vänner (org.nr {ORG}) söker bidrag för läxhjälp; firmatecknare {A.f}.",
    "Faktura från leverantören, momsreg.nr {VAT}, gäller hyra av tält till sommarlägret.",
    "Kassör: {A.f}, {TEL}. Revisor: {B.f}. Föreningens adress: {ADR}, {POST} {town}.",
    "Bidraget stoppas i väntan på utredning. Organisationsnummer {ORG}; kontaktperson {A.gi}.",
    "Lokalen bokades i {A.g:gen} namn men användes för ett möte med en känd våldsbejakande talare.",
    "Enskild firma {A.f} ({ORG}) har hyrt ut ljudutrustning till evenemanget.",
    "Ansökan undertecknad av {A.f} och {B.f}; bilaga saknas. Ring sökanden på {TEL}.",
    "Vid kontrollbesöket öppnade {A.g} lokalen och visade oss runt. Hennes kollega {B.f} var inte där.",
]

# 10. Training and HR-like messages.
VOICES["training"] = [
    "Deltagaren {A.gi} saknar personnummer och är registrerad med samordningsnummer {SAM}.",
    "Webbutbildningen är klar för alla på enheten utom {A.f} och {B.f}, som båda är föräldralediga.",
    "Manuell registrering: {A.i} har genomfört grundutbildningen men syns inte i plattformen.",
    "Till APT på {wd} kommer {A.g} från {unit} och berättar om rutinen.",
    "Grattis {A.g}, du är först på enheten med fördjupningsutbildningen!",
    "Inloggningsproblem: {A.f} får felkod vid inloggning med BankID. Mejla {MAIL.A}.",
]

# 11. SMS forwarded to the coordinator.
VOICES["sms"] = [
    "Hans personnummer är {PNR} om ni behöver kolla i registret /{A.g}",
    "Vidarebefordrat sms från {TEL}: \"{A.g} har med sig något i väskan, kolla honom\"",
    "Sms {date} {time}\nFrån: {A.f}\n\"Vi ses på {ADR} kl {time}, ta med flaggorna\"",
    "Skärmdump (avskriven): {A.g}: har du pratat med {B.g}? / {B.g}: ja han e med",
    "Fick detta från en förälder: \"min dotter säger att {A.f} lägger ut hot på {brand}\"",
]

# 12. Chat: the writer's lower case, mentions, emoji.
VOICES["chat"] = [
    "@{A} vet du om {B} e tillbaka?",
    "{A} skrev i gruppen igen 😬 nån som sparat skärmdump?",
    "ok men det var {A} som började, inte {B}",
    "lol {A} tror han e nån sorts soldat",
    "har ni sett bilen {REG} utanför skolan? {A} sitter i den varje dag",
    "@{A} @{B} möte på fritids kl 18",
    "typ alla vet att {A} bor på {ADR}",
    "mina kompisar säger att {A:gen} storebror har vapen",
    "{A} o {B} snackade om att åka till {place} på {wd}",
    "sms:a {A} på {TEL} om du vill veta",
    "nån som vet vem {A} är??",
    "asså {A} e helt borta nu, bara memes om ras hela tiden",
    "{A} blev avstängd från discorden igen 🙄",
    "jag såg {A} i {REGO} igår kväll",
    "ngn som har {A:gen} mejl? tror det är {MAIL.A}",
    "varför hänger {A} med {B} ens",
    "{A} sa att {B} och {C} ska \"städa\" {dist} lol",
    "dm:a {A} så fixar hen inbjudan",
]

# Sentences without identifiers (negatives and context sentences).
NEGATIVE = [
    "Ärendet har diarienummer {dnr} och handläggs enligt {law}.",
    "Under {mon} registrerades {n} händelser i IA, varav flera felaktigt kryssats som VBE.",
    "Mötet hålls på {wd} kl. {time} i {bldg}.",
    "Klotter med symbolen 88 har sanerats vid {place} och {place2}.",
    "Samverkan med {auth} och {auth2} fortsätter enligt överenskommelsen.",
    "Vid akut fara ring {pub}; för sjukvårdsrådgivning ring 1177.",
    "Statistiken för {dist} visar en ökning jämfört med {mon} förra året.",
    "Personalen på {unit} har genomgått webbutbildningen.",
    "Skolan i {dist} har gjort en orosanmälan enligt {law}.",
    "Den {date} samlades ett tjugotal personer vid {place} utan tillstånd.",
    "Affischerna vid {bldg} togs ner samma {wd}.",
    "Bussen på {route} stannar vid {place}, där flygbladen hittades.",
    "Den lokala lägesbilden för {dist} ska vara klar i {mon}.",
    "Enkäten skickas till alla enhetschefer vecka {n}; svarsfrekvensen var låg i {mon}.",
    "Flera elever i {room} har deltagit i samtalsgrupper om källkritik; nästa träff är i {room2}.",
    "Oro har framförts om gruppchattar på {brand} och {brand2}.",
    "Stockholms stad (org.nr 212000-0142) är huvudman för verksamheten.",
    "Rutinen vid oro revideras i {mon}; ändringar meddelas på APT.",
    "{auth} publicerade en ny vägledning om ensamagerande den {date}.",
    "Fältgruppen rörde sig mellan {place} och {bldg} under kvällen.",
    "I {dist} deltog {n} föreningar i nätverksträffen på {bldg}.",
    "Anmälan skickades till {auth} med hänvisning till {law}.",
    "Händelsen registrerades som {ia} och bedömdes inte som VBE.",
    "På {wd}ar har {unit} öppet till kl. {time}.",
    "Vecka {n} kommer kommunpolisen till {bldg} för att informera föräldrar.",
    "Beslutet fattades av nämnden ({dnr}) och gäller från {mon}.",
    "Klistermärken från en nationalistisk grupp hittades längs {route} mellan {dist} och {dist2}.",
    "Vid nästa tertialrapport (T2) följs aktiviteterna i {dist} upp.",
    "Anhörigstödet nås via kommunens växel 08-508 000 00 på vardagar.",
    "Hets mot folkgrupp anmäldes {n} gånger i {dist} under året.",
    "Eleverna i årskurs 9 på {bldg} fick information om {pub} och BRIS.",
    "Kunskapsnivån i enkäten var i genomsnitt 3,2 på en femgradig skala.",
    "Material om accelerationism delades i en kanal på {brand}, enligt {auth}.",
    "Ingen enskild person pekas ut; händelsen gäller en grupp på cirka {n} unga.",
    "Mötesplatsen vid {place} stängs under {mon} för renovering.",
    "Inför {wd} förstärks bemanningen på {unit}.",
    "Klistermärkena satt på cykelstället utanför {shop} vid {place}.",
    "Insatsen följer {code} och dokumenteras enligt {law}.",
    "Kommunens ekonomi: {n} 500 kr gick till nattvandring och {n2} 000 kr till läxhjälp.",
]
