"""Templates for generated12. Slots: {A} {B} {C} full names; {A.g} given; {A.s} surname;
{A.gi} given + surname initial; {A.sg} 'Surname, Given'; {A.e} e-mail; {A.p} phone.
Marked: {PNR} {SAM} {ORG} {PHONE} {EMAIL} {ADDR} {POST} {PLATE}. Unmarked fillers: {DIST}
{PLACE} {UNIT} {AUTH} {PLAT} {SHOP} {DATE} {TIME} {DAY} {MONTH} {ROLE} {N} {DNR} {LAW} {TOWN}."""

POSITIVE = {
    # free text of the form: new sentence shapes and name positions
    "form": [
        "{A.g} har jag inte träffat sedan i {MONTH}, men {ROLE} säger att hen syns vid {PLACE} varje kväll.",
        "Blev hotad av {A} utanför {UNIT} på {DAY}. Hen skrek saker om {DIST} och filmade med mobilen.",
        "Känner någon till {A}? Hen delar klipp på {PLAT} som uppmanar till våld mot kommunens personal.",
        "Vår kontakt på boendet, {A}, berättar att en äldre man har börjat värva killar i {DIST}.",
        "Flera elever (bland dem {A.g} och {B.g}) har ritat symboler på bänkarna i sal 12.",
        "Det oroande materialet kom hem till {ADDR}, {POST} {TOWN}, i ett kuvert utan avsändare.",
        "Enligt {A} ska mötet ske hemma hos {B.s} nästa {DAY}.",
        "Varken {A.g} eller {B.g} ville säga vem som gav dem klistermärkena.",
        "Killen som kallar sig {A.g} på {PLAT} heter i själva verket {B} och bor på {ADDR}.",
        "Ring gärna {A.g} på {PHONE} om ni vill veta mer, hon var där hela kvällen.",
        "{ROLE} såg en vit skåpbil, {PLATE}, stå parkerad vid {PLACE} flera nätter i rad.",
        "Tillsammans med {A} och en okänd person delade {B.s} ut flygblad vid {PLACE}.",
        "Mamman frågade mig om {A.g} kunde få byta klass. Sonen, {B.g}, har blivit hotad.",
        "Hämtade upp {A.gi} vid {PLACE} kl. {TIME}; hen var mycket upprörd och pratade om hämnd.",
        "Vi tror att det är {A.s} som ligger bakom sidan på {PLAT}, men vi vet inte säkert.",
        "Hon presenterade sig som {A} och lämnade numret {PHONE} i receptionen.",
        "Personnumret {PNR} stod på lappen som hittades i omklädningsrummet, tillsammans med ett hakkors.",
        "Pojken har samordningsnummer {SAM} enligt skolans system och går i årskurs 8.",
        "I sällskap av {A.g} kom {B} in på {UNIT} och började filma besökarna.",
        "Skicka inget till {A.e}, det är den adressen som spred listan över anställda.",
        "Det sägs att {A.g}, {B.g} och {C.g} träffas i källaren på {ADDR} efter skolan.",
        "Hotet riktades mot {A} som arbetar som {ROLE} här. Bilen hennes, {PLATE}, fick däcken sönderskurna.",
        "Jag har pratat med {A.g} två gånger. Båda gångerna återkom hen till samma konspirationsteori.",
        "Ett flygblad med texten \"fråga {A.g} om du vill vara med\" sattes upp på {PLACE}.",
        "Pappan ({A}) har enligt grannar tagit med sonen till ett möte i {DIST}.",
        "På uppdrag av {A.s} har någon ringt skolan från {PHONE} och frågat efter lärarnas adresser.",
        "Den som skrev inlägget använder adressen {EMAIL} och signerar med {A.gi}",
        "Vem är {A.g}? Namnet dyker upp i nästan varje chatt som eleverna visat oss.",
        "Efter lektionen stannade {A.g} kvar och frågade om {B.s} fortfarande jobbar här.",
        "{A.uc} OCH {B.uc} HAR HOTAT MIN KOLLEGA. Skriver detta i affekt men det är sant.",
        "{A.lc} har skrivit hotfulla saker om lärarna, det är andra gången i år.",
        "Gården på {ADDR} har fått nya klotter. Den boende som ringde oss heter {A}.",
        "Efter matchen hördes {A.s} ropa slagord. Tränaren, {B.g}, bröt träningen.",
        "Hos {A} på {ADDR} samlas ungdomar enligt grannen som hörde av sig.",
        "Det var inte {A.g} utan hennes bror {B.g} som satte upp affischerna.",
        "{A.g}, som är 16, har slutat komma till skolan och umgås numera mest med {B}.",
        "Kvinnan som ringde ({A.g}) lämnade sitt nummer {PHONE} och bad om att bli kontaktad.",
    ],
    # e-mail with headers and signature
    "email": [
        "Från: {A} <{A.e}>\nTill: samordnare\nÄmne: Oro för elev\n\nHej! Jag undrar hur jag ska göra med {B.g} i 9C som visat propagandabilder. Mvh {A.g}",
        "Ämne: Sv: möte {DAY}\nFrån: {A.e}\n\nTack {B.g}! Jag kommer. /{A.g}\n\n{A}\n{ROLE}\nTel {PHONE}",
        "Kopia: {A.e}\n\nHej {B.g},\nsom vi pratade om: adressen är {ADDR}, {POST} {TOWN}. Hör av dig.\nHälsningar\n{A}",
        "Vidarebefordrat meddelande\n---\nFrån: {A} [{A.e}]\nSkickat: {DATE}\n\nJag vill anmäla att {B} hotade mig vid {PLACE}.",
        "Hej,\n\nbifogar uppgifterna om eleven: {A}, {PNR}. Vårdnadshavare {B}, {B.p}.\n\n/{C.g}",
        "Till: {A.e}; {B.e}\nÄmne: ang. klotter {DIST}\n\nHej båda! Kan någon av er åka förbi {ADDR} i dag?",
        "Med vänlig hälsning\n\n{A}\nFöreningen {A.s}s vänner\nOrg.nr {ORG}\nMobil: {A.p}\nE-post: {A.e}",
    ],
    # CSV, markdown table, XML, YAML, log lines
    "export": [
        "namn;personnr;telefon\n{A};{PNR};{A.p}\n{B};{SAM};{B.p}",
        "| Namn | Roll | E-post |\n|---|---|---|\n| {A} | kontaktperson | {A.e} |\n| {B} | kassör | {B.e} |",
        "<kontakt>\n  <namn>{A}</namn>\n  <telefon>{A.p}</telefon>\n  <adress>{ADDR}</adress>\n  <postnr>{POST}</postnr>\n  <ort>{TOWN}</ort>\n</kontakt>",
        "kontakt:\n  efternamn: {A.s}\n  fornamn: {A.g}\n  epost: {A.e}\n  mobil: \"{A.p}\"",
        "2026-11-{DD} {TIME} INFO inkommet ärende från {A.e} (avsändare {A.sg})",
        "\"{A.sg}\",\"{ADDR}\",\"{POST}\",\"{TOWN}\",\"{PHONE}\"",
        "regnr,ägare,orgnr\n{PLATE},{A},\n{PLATE2},,{ORG}",
        "Efternamn, förnamn: {A.sg}\nPersonnummer: {PNR}\nAdress: {ADDR}, {POST} {TOWN}",
        "[{TIME}] ny rad i registret: namn=\"{A}\" tel=\"{PHONE}\" bil=\"{PLATE}\"",
        "id\tnamn\tsamordningsnr\n17\t{A}\t{SAM}\n18\t{B}\t",
    ],
    # calendar invitation and meeting
    "calendar": [
        "Mötesinbjudan: Avstämning {DIST}\nOrganisatör: {A}\nDeltagare: {B}, {C.gi}, {ROLE}\nPlats: {UNIT}",
        "Inbjudan uppdaterad av {A.g}. Nytt rum. Frågor till {A.e} eller {PHONE}.",
        "Kallelse till samverkansmöte {DATE}. Närvarande från polisen: {A}. Från kommunen: {B} och {C}.",
        "Avbokat: möte med {A} om {B.g}s situation. Nytt förslag {DAY} kl. {TIME}.",
        "Protokoll fört av {A.gi}. Justeras av {B}. § 4: Läget i {DIST} – {C.s} redogjorde.",
    ],
    # interpreter and consultation notes
    "consultation": [
        "Konsultation med tolk ({A.g}). Fråga: Får jag berätta om {B} för polisen? Svar: Pröva sekretessen först.",
        "Samtal med {A}, mamma till {B.g}. Hon säger att sonen fått pengar av {C} för att sprida material.",
        "Konsultationen gällde en pojke, {A.gi}, med samordningsnumret {SAM}. Han vill lämna miljön.",
        "Anteckning: {A.s} vill inte att {B.s} får veta att hon hört av sig. Nås på {PHONE} efter kl. {TIME}.",
        "Tolken översatte: \"Min bror {A.g} har ändrat sig helt sedan han träffade {B}.\"",
    ],
    # transport and traffic
    "transport": [
        "Busschauffören på linje 4 rapporterar att en man klistrade dekaler i bussen. Mannen steg sedan in i en bil med nummer {PLATE}.",
        "Bilen {PLATE} har synts vid {PLACE} tre kvällar. Ägaren är enligt en granne {A}.",
        "Vid hållplatsen vid {PLACE} fotograferade någon personalen. Registreringsnumret var {PLATE}, föraren troligen {A.g}.",
        "Taxiförare {A} anmälde att passagerarna talade om att \"ta\" en lärare. Taxi {PLATE}.",
    ],
    # handwritten note, letter, transcription
    "letter": [
        "Avskrift av handskriven lapp i brevlådan:\n\"{A.uc} VI VET VAR DU BOR. {ADDR}\"",
        "{A}\n{ADDR}\n{POST} {TOWN}\n\nTill samordnaren i {DIST}. Jag skriver för att min dotter {B.g} har fått hot.",
        "Brev till stadsdelen, undertecknat {A} ({A.p}). Hon oroar sig för grannpojken {B.g}.",
        "Lapp på anslagstavlan: \"Ring {A.g} {PHONE} om du vill försvara {DIST}\"",
        "Avsändare på kuvertet: {A.s}, {ADDR}, {POST} {TOWN}. Innehåll: tidningen från organisationen.",
    ],
    # survey free text
    "survey": [
        "Fråga 12, övrigt: Vi saknar stöd. När {A} på vår enhet larmade tog det tre veckor innan någon svarade.",
        "Fråga 9: Samverkan borde utvecklas med skolan. Rektor {A.s} har varit bra, men {B.s} har slutat.",
        "Övriga kommentarer: Tack till {A.g} på {UNIT} som höll i utbildningen. Kontakta mig på {EMAIL}.",
        "Svar från partner: vi i föreningen (kontakt {A}, {PHONE}) har sett rekrytering vid {PLACE}.",
        "Vad saknas? En person att ringa. Vi fick {A.g}s nummer ({A.p}) men hen hade slutat.",
    ],
    # forum and social media transcription
    "forum": [
        "Inlägg av {A.lc} på {PLAT}: \"alla som bor i {DIST} borde beväpna sig\". Kommentar från {B.lc}: \"ja\"",
        "Skärmbild beskriven: kontot heter {A.g}_{DD}, profilbilden visar {A} med en flagga.",
        "På {PLAT} skriver {A.g} att {B} borde \"få vad hon förtjänar\". Inlägget är borttaget nu.",
        "Kommentar under videon, signerad {A.gi}: \"vi ses på {PLACE} {DAY}\"",
    ],
    # Teams-style chat with timestamps
    "teamschat": [
        "[{TIME}] {A}: har någon hört av {B.g}?\n[{TIME2}] {C}: nej, ringde {B.p} men inget svar",
        "[{TIME}] {A.g}: adressen är {ADDR}\n[{TIME2}] {B.g}: tack, åker dit med {C.g}",
        "{A.lc} skrev: kolla bilen {PLATE.lc} den står vid skolan igen",
        "[{TIME}] {A}: mejla {B.e} så tar hon det\n[{TIME2}] {C.g}: 👍",
        "{A.g.lc}: vem är {B.lc}??\n{C.g.lc}: typ kompis till {D.g.lc}, han som bråkade",
    ],
    # associations and grants
    "association": [
        "Styrelse 2026: ordförande {A}, kassör {B}, ledamot {C.gi}. Föreningens organisationsnummer är {ORG}.",
        "Ansökan om lokal. Sökande: {A}, personnummer {PNR}, för föreningen med orgnr {ORG}.",
        "Bidraget betalades ut till {A.s}s konto trots att firmatecknaren ({B}) hade bytts ut.",
        "Kontroll: föreningens adress {ADDR}, {POST} {TOWN}, visade sig vara {A}s privata bostad.",
        "Revisor {A} ({A.e}) har inte fått ta del av räkenskaperna, säger {B.g}.",
    ],
    # police and social services contact notes
    "police": [
        "Kommunpolisen {A} meddelar att bilen {PLATE} hör till en person som är känd i {DIST}.",
        "Orosanmälan gjord för {A.g} ({PNR}) efter samtal med {B}.",
        "Polisen önskar kontakt med {A}, {ADDR}, angående {B.g}. Ring {PHONE}.",
        "Enligt socialtjänstens handläggare {A.gi} har familjen flyttat till {ADDR}, {POST} {TOWN}.",
    ],
}

SECOND = {  # continuation sentences (same persons)
    "*": [
        "Senare samma vecka sågs {A.g} igen.",
        "{B.s} har inte svarat på våra kontaktförsök.",
        "Vi har även fått numret {PHONE} från en kollega.",
        "Ingen vet var {A.s} bor nu.",
        "Hälsningar, {C}",
    ],
}

NEGATIVE = [
    "Fritidsgården i {DIST} hade {N} besökare i {MONTH}, fler än året före.",
    "Ärendet ({DNR}) diariefördes och bedömdes som VBE efter samråd med polisen.",
    "Vi hänvisar till {LAW} när vi prövar om uppgifter kan lämnas ut.",
    "Klotter med siffrorna 88 upptäcktes på {PLACE} och sanerades {DAY} kl. {TIME}.",
    "{UNIT} har gått webbutbildningen: {N} klara och {N2} pågående.",
    "Vid akut fara ring 112; vid frågor om vård 1177; polisen nås på 114 14.",
    "Mötet med {AUTH} flyttas till {DATE} kl. {TIME} i sal 4B.",
    "Flygblad från en okänd grupp sattes upp vid {PLACE} och i {DIST} under vecka {WEEK}.",
    "Kostnaden för saneringen blev {MONEY} kronor enligt fakturan {INVOICE}.",
    "Buss 865 och linje 4 var försenade, så APT:n började {TIME} i stället.",
    "Enkäten fick {N} svar; medelvärdet var 3,2 och medianen 3.",
    "Rapporten skickades till {AUTH}, datum {DATE}, ärende {DNR}.",
    "Ungdomar samlades på {PLACE}; {ROLE} gick dit med två kollegor.",
    "IA-rapporten {IA} gällde en hotfull situation i entrén, ingen person nämns.",
    "Stickers med en svart sol hittades på {SHOP} i {DIST}. Butikschefen tog bort dem.",
    "En elev i klass 8C visade ett klipp från {PLAT} med våldsbejakande innehåll.",
    "Samverkansmötet med {AUTH} hölls {DAY}; nästa möte är {DATE}.",
    "Handlingsplanen för {DIST} följs upp i T1, T2 och VB.",
    "Version 2.14.3 av blanketten infördes {DATE}; inga fält ändrades.",
    "Lokalen har kod 4471 till porten men den byts varje {MONTH}.",
    "{N} av {N3} enheter har svarat på enkäten. Svarsfrekvensen är låg i {DIST}.",
    "Temperaturen var -12 grader och bara {N} personer kom till kvällsvandringen.",
    "Ordernummer {ORDER} gäller nya affischer om rutinen vid oro.",
    "Utbildningen i rum 3B14 hålls 09.00–11.30, anmälan via intranätet.",
    "Det var ett falsklarm: IA-ärendet {IA} avskrevs efter bedömning.",
    "Polisen bedömer läget i {DIST} som oförändrat sedan {MONTH}.",
    "Under {MONTH} kom {N} blanketter in; {N2} bedömdes inte som VBE.",
    "Enligt {LAW} ska en orosanmälan göras utan dröjsmål.",
    "Grafitti med texten ACAB och siffran 1312 målades på {PLACE}.",
    "Föreningen fick {MONEY} kronor i bidrag för {YEAR}, beslut {DNR}.",
    "Fältgruppen gick mellan {TIME} och {TIME2} i {DIST} och {DIST2}.",
    "Inga personer nämns här: bara att en grupp på {N} unga samlades vid {SHOP}.",
    "Kurskoden VBE-101 och modul 3 ska vara klara före {DATE}.",
    "Tåg 4521 stod stilla vid {PLACE} i 40 minuter på grund av klotter på rälsen.",
    "Sökord: {PLAT}, rekrytering, {DIST}. Ingen enskild pekas ut.",
    "Nattvandrarna såg {N} personer vid {PLACE}, alla lugna.",
    "Statistik {YEAR}: {N} hatbrott anmälda i {DIST}, jämfört med {N2} året före.",
    "Rutinen uppdaterades {DATE} enligt beslut {DNR}.",
    "Elevhälsan i {DIST} har {N} elever på väntelista.",
    "Porttelefonen på {UNIT} har nummer 0412 och fungerar inte.",
]
