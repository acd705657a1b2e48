"""Sentence templates for the generated4 corpus (written by its author).

Slots, filled by generate.py:
  {P1} a person's name in a form drawn per occurrence (full name, first name or surname)
  {N1} full name   {F1} first name   {S1} surname     (digit = which person of the document)
  a ':g' after the slot (e.g. {F1:g}) adds the genitive -s (none after s, x, z)
  {pnr} personnummer  {sam} samordningsnummer  {org} organisationsnummer (private body)
  {orgpub} organisationsnummer of a public body (legal form 2; a separate, counted group)
  {tel} phone  {mail} e-mail  {mail1} e-mail built from person 1's name
  {addr} any street address  {addr1} one-word  {addr2} two-word  {addr3} three-word street
  {post} postal code  {reg} plate  {regO} plate ending in the letter O
  {town} a town (never marked)
In the chat voice every name, and sometimes an address, is written in lower case.
"""

POSITIVE = [
    # ---------------- worried employees' forms ----------------
    ("form", "I fredags stod {P1} utanför porten på {addr2} och delade ut flygblad med runor på."),
    ("form", "Efter lunchrasten kom {N1} fram till mig och frågade om jag visste vad ordet remigration betyder."),
    ("form", "Jag såg {P1} klistra dekaler på busskuren vid skolan, och en kollega såg samma sak dagen efter."),
    ("form", "Eleven berättade att {F1} brukar visa halshuggningsfilmer för de yngre i omklädningsrummet."),
    ("form", "Enligt skolsköterskan har {N1} slutat äta i matsalen och säger att maten är orenad."),
    ("form", "Sedan i våras umgås {F1} nästan bara med {N2}, som är några år äldre och inte går på skolan."),
    ("form", "Biblioteksassistenten {N1} hittade ett kollegieblock med ritningar av vapen och namnet {F2} på pärmen."),
    ("form", "Vi hörde {P1} ropa slagord om att landet ska rensas när klassen gick förbi moskén."),
    ("form", "{N1} har under två veckor skrivit inlägg i klassens gruppchatt om att demokratin är en bluff."),
    ("form", "Flera av eleverna säger att affischerna kom från {F1}."),
    ("form", "Fritidspedagogen märkte att {P1} hade ett nytt märke på ryggsäcken med en svart sol."),
    ("form", "På morgonen hittade städpersonalen klotter i trapphuset och {F1} skrev senare på nätet att det var hans verk."),
    ("form", "Idrottsläraren {N1} tycker att {F2} har blivit inbjuden till ett slutet kampsportsläger."),
    ("form", "Jag är orolig för {P1}, som pratar om att resa till en konfliktzon i sommar."),
    ("form", "Under utvecklingssamtalet sa {F1:g} mamma att sonen numera bara lyssnar på en predikant på nätet."),
    ("form", "Hemtjänsten besöker en äldre man på {addr3} som säger att hans barnbarn {N1} har lämnat en låda med pamfletter hos honom."),
    ("form", "Ungdomscoachen fick ett meddelande från {P1} med en länk till en rekryteringskanal."),
    ("form", "Två elever, {F1} och {F2}, har blivit hotade av {N3} efter att de anmält honom."),
    ("form", "Igår eftermiddag träffade jag {N1} utanför {addr2} och han visade bilder på hemmagjorda sköldar."),
    ("form", "I omklädningsrummet stod {F1} och {F2} och gjorde en hälsning med höger arm."),
    ("form", "En förälder, {N1}, ringde skolan och berättade att dottern fått hot på nätet."),
    ("form", "Boendestödjaren har sett att {S1} i lägenheten på {addr} samlar på gamla uniformer och talar om ett kommande raskrig."),
    ("form", "Personen kallar sig {F1} i chattrummet men heter egentligen {N2} ({pnr}) enligt en klasskompis."),
    ("form", "Kan det vara så att {P1} blir påverkad av sin äldre kusin? Jag vet inte vem jag ska fråga."),
    ("form", "Den som satte upp banderollen var enligt vittnen {N1}, som bor på {addr2}."),
    ("form", "Vid fotbollsträningen sa tränaren till {F1} att sluta sprida konspirationsteorier, men han fortsatte."),
    ("form", "Jag kände igen {N1} på filmen som sprids, trots att han bar rånarluva."),
    ("form", "Eleven, född {pnr}, har uttryckt att våld mot lärare är rättfärdigat."),
    ("form", "Pojken har samordningsnummer {sam} och bor enligt uppgift hos en släkting på {addr2}, {post} {town}."),
    ("form", "En vit skåpbil med registreringsnummer {reg} har stått parkerad vid fritidsgården flera kvällar."),
    ("form", "Bilen som körde förbi och kastade ut flygbladen hade skylten {regO}, om jag läste rätt."),
    ("form", "{F1:g} syster {F2} har lagt upp en bild där hon håller en machete framför en flagga."),
    ("form", "Bredvid {P1} satt en vuxen man som filmade de andra eleverna och sedan körde iväg i bilen {reg}."),
    ("form", "Om {F1} inte får hjälp snart är jag rädd att han gör något, skriver läraren."),
    ("form", "Klassläraren ringde till {N1} på {tel} men ingen svarade."),
    ("form", "Jag bad {P1} sluta, varpå hen skrek att alla som jobbar här är förrädare."),

    ("form", "Affischerna sattes upp av {N1} och en okänd vuxen, enligt en förälder som såg det."),
    ("form", "Flera elever pratar om {P1} och säger att han har en lista över lärare han hatar."),
    ("form", "Namn på den som sprider materialet (om du vet): {N1}. Jag vet att namn inte ska stå här, men det är viktigt."),
    ("form", "Nu säger {F1} att han har fått pengar från en förening i utlandet för att värva fler."),
    ("form", "Känner någon till en vuxen som kallas {F1}? Han hämtar pojkarna efter skolan i en svart bil, {regO}."),

    # ---------------- coordinators' notes ----------------
    ("note", "Bedömning: ej VBE. {N1} är enligt kommunpolisen inte känd i sammanhanget."),
    ("note", "Blanketten returnerad för avidentifiering eftersom avsändaren skrev ut {N1} i fritexten."),
    ("note", "Ärendet kopplat till IA-rapport. Kontaktperson på skolan är {N1}, nås på {tel}."),
    ("note", "Vidarebefordrat till socialtjänstens VBE-team. Handläggare där är {N1}."),
    ("note", "Samtal med {P1} genomfört; hen har tackat ja till kontakt med avhopparverksamheten."),
    ("note", "Förstahandskontakt inom 24 timmar: {N1} ringde in kl. 09.12 och nåddes av samordnaren kl. 14.40."),
    ("note", "Notering: ungdomen {N1} ({pnr}) ska inte förekomma i lägesbilden, endast åldersspann."),
    ("note", "Polisen har återkopplat att fordonen {reg} och {regO} inte är efterlysta."),
    ("note", "Uppgiften om att {F1} och {F2} rekryterar på gymmet bekräftas av två oberoende källor."),
    ("note", "Klottret på {addr2} har sanerats; fastighetsägaren {N1} meddelade oss samma dag."),
    ("note", "Påminnelse till mig själv: be {F1} på fältgruppen skicka in en egen blankett."),
    ("note", "Konsultation: anhörig ({N1}) söker stöd för en son, {sam}, som vill lämna miljön."),
    ("note", "Handlingen har gallrats. Kvar finns en anteckning om att {S1} var inblandad i ärendet."),
    ("note", "Avsändaren angav sin egen adress, {addr}, {post} {town}, vilket strukits innan ärendet sparades."),
    ("note", "Mejlet från {mail} flyttades till inkorgen för bedömning."),
    ("note", "Enligt {N1} på Polismyndigheten finns ingen koppling mellan händelserna."),
    ("note", "Orosanmälan gjord av {N1}. Barnets samordningsnummer, {sam}, finns i socialtjänstens akt."),
    ("note", "Samordnaren ringde upp {P1} och bokade in ett möte nästa vecka."),

    # ---------------- minutes ----------------
    ("minutes", "Närvaro: {N1}, {N2}, {N3} och {N4}.\nMötesledare: {N1}."),
    ("minutes", "Mötesdeltagare: {N1} (socialtjänsten), {N2} (skolan), {N3} (polisen).\nAnmält förhinder: {N4}."),
    ("minutes", "§ 7 Lägesbild. {S1} redogjorde för klottret i centrum och {S2} för läget på skolorna."),
    ("minutes", "Sekreterare: {N1}\nJusterare: {N2}"),
    ("minutes", "Föredragande: {N1}, samordnare. Adjungerad vid punkt 3: {N2}."),
    ("minutes", "Trygghetsrådet beslutade att {N1} och {N2} tar fram ett utbildningspass till hösten."),
    ("minutes", "Punkt 4. {F1} lyfte att flera föräldrar hört av sig om en ny grupp i området; {F2} följer upp med skolorna."),
    ("minutes", "Protokollet justeras av {N1} och {N2} senast fredag."),
    ("minutes", "Nästa möte leds av {N1}. Ersättare för {N2} är {N3}."),
    ("minutes", "Ordet lämnades till {P1}, som berättade om nattvandringen i helgen."),

    # ---------------- survey answers ----------------
    ("survey", "Vi har haft två händelser under perioden. Kontakta gärna {N1} på {tel} om ni vill veta mer."),
    ("survey", "Svar från nattvandrarna: {N1} och {N2} gick kvällsrundan och såg affischer på porten till {addr2}."),
    ("survey", "Enheten behöver mer utbildning. Vår chef {N1} har lovat att ta upp det på nästa APT."),
    ("survey", "Församlingen har inte märkt något, men diakonen {N1} hörde att ungdomar samlas vid kyrkan på nätterna."),
    ("survey", "Det som saknas är en tydlig kontakt. Vi vet inte om det är {N1} eller någon annan som är samordnare."),
    ("survey", "Fotbollsklubben har stängt av en ledare efter att {P1} visat bilder med nazistiska symboler för juniorerna."),
    ("survey", "Hyresgästföreningen i {town} nås via {mail}, ordförande {N1}."),
    ("survey", "Jag svarar för hela enheten. Om något är oklart, mejla mig på {mail1}.\n{N1}"),
    ("survey", "Samarbetet med skolan fungerar bra, mycket på grund av kuratorn {N1}."),

    # ---------------- chat between colleagues (lower case) ----------------
    ("chat", "har du hört om {F1}? han var på torget igen med flaggorna"),
    ("chat", "{F1} sa att {F2} bor på {addr} nu"),
    ("chat", "ring {F1} på {tel} hon vet mer"),
    ("chat", "såg {N1} utanför fritids idag, verkar ha klippt av sig allt hår"),
    ("chat", "kan du fråga {F1} om hon fyllt i blanketten"),
    ("chat", "ok jag tar det med {F1} imorgon, hon bor ju på {addr2}"),
    ("chat", "vem är {N1}? dyker upp i flera ärenden"),
    ("chat", "mejla {mail} så fixar dom en tid"),
    ("chat", "{F1:g} bror har fått en ny bil {reg} står på parkeringen varje kväll"),
    ("chat", "tack {F1} du är bäst"),
    ("chat", "jag och {F1} åker till skolan efter lunch, {F2} kommer senare"),
    ("chat", "glöm inte att {N1} har ändrat nummer till {tel}"),

    # ---------------- greetings and signatures ----------------
    ("greet", "Hej {F1}!\nKan du skicka mig rutinen vid oro? Jag hittar den inte på intranätet.\nHälsningar\n{N2}"),
    ("greet", "Hejsan {F1} och {F2},\nhär kommer underlaget till lägesbilden."),
    ("greet", "Goddag {N1},\ntack för ett bra samtal i går.\nVarma hälsningar,\n{N2}\nFältsekreterare\n{tel}"),
    ("greet", "Till {N1}:\nbifogat finns protokollet från trygghetsrådet."),
    ("greet", "Ha det bra!\n/{F1}"),
    ("greet", "Trevlig helg,\n{N1}\nSamordnare mot våldsbejakande extremism\n{mail1}"),
    ("greet", "Ring om något är oklart.\n{N1}\n{tel}"),
    ("greet", "Många hälsningar från {F1} och alla oss på fritidsgården"),
    ("greet", "Hörs!\n{F1}"),
    ("greet", "Vänligen\n{N1}\nEnhetschef\n{addr}\n{post} {town}"),
    ("greet", "Kram {F1}"),

    # ---------------- alarm chains ----------------
    ("alarm", "Steg 1: Socialjouren kontaktar tjänsteman i beredskap, {N1}, {tel}. Väntetid 10 minuter."),
    ("alarm", "Steg 2: om ingen kvitterar går larmet vidare till {N1}, därefter till {N2}."),
    ("alarm", "Kvitterat av {N1} kl. 02.14. Kommentar: på väg till {addr2}."),
    ("alarm", "Larmkedjan aktiverad. Säkerhetssamordnare {N1} nås på {tel}, reserv {N2} på {tel}."),
    ("alarm", "Beredskapslista vecka 52: {N1} (mån-ons), {N2} (tors-sön)."),

    # ---------------- grants and premises ----------------
    ("grant", "Föreningen Gemenskap i Syd, org.nr {org}, ordförande {N1}, {addr}, {post} {town}."),
    ("grant", "Ansökan om lokalbidrag. Kontaktperson: {N1}, {tel}, {mail1}."),
    ("grant", "Utbetalningen stoppas tills kassören {N1} ({pnr}) har lämnat in demokratiförklaringen."),
    ("grant", "Firmatecknare är {N1} ({pnr}) och {N2}."),
    ("grant", "Lokalen på {addr2} hyrs ut till Kulturföreningen Morgonstjärnan, organisationsnummer {org}."),
    ("grant", "Vid kontrollbesöket på {addr2} träffade handläggaren {N1}, som inte kunde visa medlemsregistret."),
    ("grant", "Medfinansiär: {orgpub}. Föreningens eget nummer är {org}."),
    ("grant", "Projektet delfinansieras av en annan myndighet (org.nr {orgpub}); kontakt där: {N1}."),
    ("note", "Fakturan från {orgpub} gäller lokalhyra för samverkansmötet, inte föreningen."),
    ("form", "{N1}, {N2} och {N3} brukar sitta i trappan och ropa glåpord åt de som går till moskén."),
    ("form", "Skolans vaktmästare har fått ett brev till {N1} med adressen {addr3}, {post} {town}, som innehöll hot."),
    ("form", "Mamman lämnade sitt nummer, {tel}, och bad att någon från socialtjänsten ringer henne."),
    ("form", "Jag har svårt att veta om {P1} menar allvar, men hen har skrivit ut instruktioner för sprängmedel."),
    ("note", "Barnet har personnummer {pnr} och ska enligt beslutet placeras hos en släkting på {addr}, {post} {town}."),
    ("minutes", "Rapport från fältgruppen: {F1} och {F2} har pratat med ungdomarna vid {addr2}."),
    ("chat", "har {F1} {pnr} eller är det fel person"),
]

# Unmarked slots in these sentences ({date}, {dnr}, {area}, {district}, {place}, {month},
# {weekday}, numbers) are filled by generate.py with values that are never identifiers.
# Sentences that carry no identifier. Used as negative documents (one to three of them) and
# as context in documents with identifiers (except LOWER_WORDS, used only in negatives).
NEGATIVE = [
    "Händelsen inträffade {date} mellan klockan {h1} och {h2}.",
    "Ärendet har diarienummer {dnr} och handläggs enligt rutinen.",
    "En orosanmälan enligt 14 kap. 1 § SoL gjordes i {weekday}s till socialtjänsten i {district}.",
    "Sekretessen följer av 26 kap. 1 § OSL och samtycke har inte lämnats.",
    "Klottret upptäcktes vid {place} och anmäldes i IA samma dag ({ia}).",
    "Kommunpolisen i {district} deltog på mötet i {weekday}s.",
    "Under {period} kom det in {n2} blanketter, varav {n1} bedömdes som VBE.",
    "I {area} och {area} har affischer med vit makt-budskap satts upp på lyktstolpar.",
    "Ungdomen är i åldern {ageband} och går i årskurs {grade}.",
    "Vi ringde 112 eftersom det fanns risk för liv och hälsa.",
    "Socialjouren nås dygnet runt på 08-508 400 00.",
    "Eleverna fick information om stödlinjen Hjälplinjen och om 1177.",
    "Mötet hölls i Stadshuset, Hantverkargatan 1, i sal Tre Kronor.",
    "Utbildningen genomfördes på APT i {month} och {n1} av {n2} medarbetare deltog.",
    "Säkerhetspolisen och Center mot våldsbejakande extremism har informerats.",
    "{pct} procent av enheterna angav kunskapsnivå {lvl} i enkäten.",
    "Demonstrationen vid {place} {date} hade tillstånd enligt ordningslagen.",
    "Flygbladen hänvisade till en sajt som MUCF tidigare varnat för.",
    "På Lucia och under Valborgsmässoafton har vi extra personal ute.",
    "Jackorna var av märket Stone Island och en av dem hade Thor Steinar på tröjan.",
    "Gruppen åkte med Silja Serenade till Helsingfors över helgen.",
    "Bidraget på {amount} kronor betalas ut i två delar enligt beslut {dnr}.",
    "Lokalen i {area} är bokad varannan {weekday} till och med {month}.",
    "Stadsbiblioteket på Sveavägen 73 har haft problem med klistermärken i entrén.",
    "Förvaltningen följer lag (2018:1937) om tillgänglighet till digital offentlig service.",
    "Informationsnumret 113 13 och polisens 114 14 anslogs på tavlan i personalrummet.",
    "Samverkansöverenskommelsen med polisen löper ut {date}.",
    "I {area} och {area} har {n1} händelser rapporterats sedan {month}.",
    "Kassaskåpet köptes på Clas Ohlson och ryggsäckarna var från Fjällräven.",
    "Tiden mellan begäran och första kontakt var {hours} timmar, inom 24-timmarsgränsen.",
    "Ansökan avslogs {date} enligt {par} § i riktlinjerna för föreningsbidrag.",
    "Barnen pratade mest om Minecraft och Pettson och Findus.",
    "Polishuset på Polhemsgatan 30 tar emot anmälningar dygnet runt.",
    "Eleven hade en tröja från Tommy Hilfiger och kepsen var från Ralph Lauren.",
]

# negatives with words that are names only when capitalised, written in lower case
LOWER_WORDS = [
    "Under rasten satt några och slängde kottar mot en gran vid staketet.",
    "Det blåste storm hela natten och en ek föll över cykelstället.",
    "Han sa att han inte ville sitta vid fönstret där det luktade syren.",
    "Eleverna plockade blåbär och lingon i skogen bakom skolan.",
    "Hon var glad att det var fredag och att solen sken över torget.",
    "Vi hittade en hammare, en spik och en tom burk färg i förrådet.",
]
