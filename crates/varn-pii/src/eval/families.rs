//! The widened evaluation corpus: names from the name families the form meets (Somali,
//! Persian and Dari, Arabic, Bosnian/Croatian/Serbian, Kurdish, Turkish, Nordic), none of
//! them taken from the guard's name lists, in every position a Swedish sentence puts a
//! name; two-word streets; and every disguise of the issue, applied at random.
//!
//! The sentences come in two template sets written apart from the detector's rules:
//! `Set::Development` may be read when a rule fails; `Set::HeldOut` was written in one go
//! and is only scored, never tuned to (see eval/HISTORY.md). Neither set's wording is
//! used by the detector: its cue words are lists of verbs and roles, not these sentences.

use super::{identity_number, organisation_number, phone_number, Document, Planted, Rng};
use crate::Kind;

/// Which template set a document is written from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Set {
    Development,
    HeldOut,
}

/// First names and surnames by family; none is in data/first_names.txt or surnames.txt
/// (a test checks that).
const FAMILIES: &[(&[&str], &[&str])] = &[
    // Somali
    (
        &[
            "Hodan", "Ayaan", "Fadumo", "Hibaaq", "Sagal", "Ilwad", "Abdiaziz", "Mahad", "Guled",
            "Deeqa", "Najma", "Khadar",
        ],
        &[
            "Warsame", "Hirsi", "Ugaas", "Cilmi", "Egal", "Dualeh", "Samatar", "Nuur", "Geeddi",
            "Gedi",
        ],
    ),
    // Persian and Dari
    (
        &[
            "Dariush", "Shirin", "Arash", "Parisa", "Mehrdad", "Nasrin", "Kourosh", "Laleh",
            "Sohrab", "Yasaman", "Farhad", "Roya",
        ],
        &[
            "Khorasani",
            "Karimi",
            "Rahimi",
            "Moradi",
            "Ahmadzai",
            "Sadeghi",
            "Mahmoudi",
            "Rostami",
            "Tehrani",
            "Ghorbani",
            "Noorzai",
            "Azimi",
        ],
    ),
    // Arabic
    (
        &[
            "Yazan", "Rania", "Tareq", "Rawan", "Bilal", "Hiba", "Walid", "Lamis", "Ziad", "Maha",
            "Ghassan", "Dalia",
        ],
        &[
            "Al-Khatib",
            "Haddad",
            "Shaheen",
            "Nasser",
            "Barakat",
            "Al-Masri",
            "Mansour",
            "Darwish",
            "Qasim",
            "Haidar",
        ],
    ),
    // Bosnian, Croatian, Serbian
    (
        &[
            "Dženan", "Amra", "Mirza", "Jasmina", "Nermin", "Lejla", "Đorđe", "Milica", "Goran",
            "Vesna", "Kenan", "Šejla",
        ],
        &[
            "Hadžić",
            "Kovačević",
            "Čelić",
            "Šabić",
            "Begović",
            "Mehmedović",
            "Jovanović",
            "Petrović",
            "Delić",
            "Mujić",
            "Đurić",
            "Babić",
        ],
    ),
    // Kurdish
    (
        &[
            "Rojin", "Dilan", "Baran", "Zana", "Rojda", "Azad", "Berivan", "Serhat", "Hêvî",
            "Şêrko", "Dilovan", "Nazdar",
        ],
        &[
            "Berzani", "Zebari", "Amedi", "Dosky", "Barzinji", "Xoshnaw", "Hawrami", "Goran",
            "Shingali",
        ],
    ),
    // Turkish
    (
        &[
            "Elif", "Emre", "Burak", "Zeynep", "Mert", "Ayşe", "Oğuz", "Büşra", "Cem", "Sevgi",
            "Tuğba", "Volkan",
        ],
        &[
            "Öztürk", "Yıldız", "Çelik", "Şahin", "Aydın", "Doğan", "Arslan", "Kılıç", "Yücel",
            "Özdemir",
        ],
    ),
    // Nordic
    (
        &[
            "Gullvi", "Ingvor", "Ansgar", "Solbritt", "Ulvhild", "Torun", "Tordis", "Sölvi",
            "Sölve", "Ragnvi", "Halvard", "Orvar",
        ],
        &[
            "Åkerblom",
            "Östergren",
            "Tidholm",
            "Strandh",
            "Dybeck",
            "Enqvist",
            "Rosenquist",
            "Lagerstedt",
            "Sandqvist",
            "Hjertén",
            "Rydell",
            "Örnberg",
        ],
    ),
];

/// Every name in the pools (for the test that they are outside the lists).
pub fn pool() -> impl Iterator<Item = &'static str> {
    FAMILIES
        .iter()
        .flat_map(|(f, s)| f.iter().chain(s.iter()).copied())
}

fn name(rng: &mut Rng) -> String {
    let (first, last) = rng.pick(FAMILIES);
    match rng.below(5) {
        0 => rng.pick(first).to_string(),
        1 => rng.pick(last).to_string(),
        _ => format!("{} {}", rng.pick(first), rng.pick(last)),
    }
}

/// Streets of one word and of two ("Karlbergs allé", "Drottningholms slottsväg").
const STREETS: &[&str] = &[
    "Karlbergs allé",
    "Drottningholms slottsväg",
    "Kungsholms strand",
    "Norra Stationsgatan",
    "Gamla Huddingevägen",
    "Olof Palmes gata",
    "Bagarmossens allé",
    "Tantolundens backe",
    "Sickla kaj",
    "Västra Skogsbacken",
    "Hökarängsplan",
    "Fruängsgården",
    "Bergsgatan",
    "Rinkebystråket",
    "Kvarnbacksvägen",
    "Tenstagången",
];

fn street(rng: &mut Rng) -> String {
    let n = 1 + rng.below(150);
    match rng.below(3) {
        0 => format!("{} {n}", rng.pick(STREETS)),
        1 => format!("{} {n} {}", rng.pick(STREETS), rng.pick(&["A", "B", "C"])),
        _ => format!("{} {n} lgh {}", rng.pick(STREETS), 1001 + rng.below(300)),
    }
}

fn plate(rng: &mut Rng) -> String {
    const L: &[u8] = b"ABCDEFGHJKLMNPRSTUWXYZ";
    let letters: String = (0..3).map(|_| rng.pick(L) as char).collect();
    match rng.below(3) {
        0 => format!("{letters} {:03}", rng.below(1000)),
        // Ending in the letter O, a mistyped zero.
        1 => format!("{letters} {:02}O", rng.below(100)),
        _ => format!("{letters}{:02}{}", rng.below(100), rng.pick(L) as char),
    }
}

fn email(rng: &mut Rng) -> String {
    let (first, last) = rng.pick(FAMILIES);
    let local = format!("{}.{}", rng.pick(first), rng.pick(last))
        .to_lowercase()
        .replace(['ž', 'ć', 'č', 'š', 'đ'], "c")
        .replace(['ö', 'ø'], "o")
        .replace(['ä', 'å'], "a")
        .replace(['ı', 'ş', 'ğ', 'ü', 'ê', 'î'], "i")
        .replace('-', "");
    let domain = rng.pick(&[
        "gmail.com",
        "hotmail.com",
        "outlook.se",
        "live.se",
        "yahoo.com",
    ]);
    match rng.below(5) {
        0 => format!("{local} at {domain}"),
        1 => format!("{local}(at){domain}"),
        2 => format!("{local} [at] {domain}"),
        3 => format!("{local}＠{domain}"),
        _ => format!("{local}@{domain}"),
    }
}

const ARABIC: [char; 10] = ['٠', '١', '٢', '٣', '٤', '٥', '٦', '٧', '٨', '٩'];

fn map_digits(s: &str, f: impl Fn(u32) -> char) -> String {
    s.chars().map(|c| c.to_digit(10).map_or(c, &f)).collect()
}

/// Applies one disguise of the issue, or none, to an identifier of a kind.
fn disguise(rng: &mut Rng, kind: Kind, v: &str) -> String {
    let zw = rng.pick(&['\u{200B}', '\u{200D}', '\u{00AD}', '\u{2060}']);
    match (kind, rng.below(8)) {
        (_, 0) => {
            // A zero-width character somewhere inside.
            let chars: Vec<char> = v.chars().collect();
            let at = 1 + rng.below(chars.len().saturating_sub(1).max(1));
            let mut s: String = chars[..at.min(chars.len())].iter().collect();
            s.push(zw);
            s.extend(&chars[at.min(chars.len())..]);
            s
        }
        (Kind::Name | Kind::Address, 1) => v.to_uppercase(),
        (Kind::Name, 2) => v
            .chars()
            .map(|c| match c {
                'A'..='Z' => char::from_u32(u32::from(c) - 0x41 + 0xFF21).unwrap_or(c),
                'a'..='z' => char::from_u32(u32::from(c) - 0x61 + 0xFF41).unwrap_or(c),
                _ => c,
            })
            .collect(),
        (Kind::Address, 2) => v.to_lowercase(),
        (Kind::Personnummer | Kind::Samordningsnummer, 1) => v.replacen('-', "-\n", 1),
        (Kind::Personnummer | Kind::Samordningsnummer, 2) => {
            v.replacen('-', "\u{00A0}-\u{00A0}", 1)
        }
        (Kind::Personnummer | Kind::Samordningsnummer, 3) if v.len() == 11 => {
            format!("{}.{}.{}{}", &v[..2], &v[2..4], &v[4..6], &v[6..])
        }
        (Kind::Personnummer | Kind::Samordningsnummer, 4) => v.replacen('-', "/", 1),
        (Kind::Personnummer | Kind::Phone, 5) => map_digits(v, |d| ARABIC[d as usize]),
        (Kind::Personnummer | Kind::Phone, 6) => {
            map_digits(v, |d| char::from_u32(0xFF10 + d).unwrap_or('0'))
        }
        (Kind::Phone, 1) if v.starts_with('0') => v
            .chars()
            .filter(char::is_ascii_digit)
            .map(String::from)
            .collect::<Vec<_>>()
            .join(" "),
        (Kind::Phone, 2) if v.starts_with('0') => {
            const W: [&str; 10] = [
                "noll", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio",
            ];
            v.chars()
                .filter_map(|c| c.to_digit(10))
                .map(|d| W[d as usize])
                .collect::<Vec<_>>()
                .join(" ")
        }
        (Kind::Email, 1) => v.replace('@', "\u{200B}@"),
        _ => v.to_string(),
    }
}

fn value(rng: &mut Rng, kind: Kind) -> String {
    let v = match kind {
        Kind::Name => name(rng),
        Kind::Personnummer => {
            let valid = rng.below(6) != 0;
            let mut v = identity_number(rng, false, valid);
            if !v.contains('-') && v.len() == 10 {
                v.insert(6, '-');
            }
            v
        }
        Kind::Samordningsnummer => identity_number(rng, true, true),
        Kind::Organisationsnummer => organisation_number(rng),
        Kind::Phone => phone_number(rng),
        Kind::Email => email(rng),
        Kind::Address => street(rng),
        Kind::PostalCode => format!("{} {:02}", 100 + rng.below(880), rng.below(100)),
        Kind::Plate => plate(rng),
    };
    disguise(rng, kind, &v)
}

/// Templates: `{N}` a name, `{P}` a personal identity number, `{C}` a coordination number,
/// `{O}` an organisation number, `{T}` a phone number, `{E}` an e-mail address, `{A}` a
/// street address, `{Z}` a postal code (a town follows in the template), `{R}` a plate.
const DEVELOPMENT: &[&str] = &[
    "{N} har vid flera tillfällen delat bilder med hakkors i klassens chatt.",
    "Enligt läraren har {N} visat filmer från en kanal på Telegram.",
    "Fritidsledaren såg {N} sätta upp klistermärken vid busshållplatsen.",
    "Han umgås mest med {N} från grannskapet numera.",
    "Igår kväll kom {N} och {N} in på fritidsgården och var hotfulla.",
    "Mamman till {N} hörde av sig efter mötet.",
    "Vi har pratat med {N} om det som hände i omklädningsrummet.",
    "Det var {N} som tog med sig flygbladen till skolan.",
    "Eleven {N} i 8B har ritat symboler i sina böcker.",
    "Kontaktperson: {N}, tel. {T}.",
    "Pojken heter {N} och går i nian på en skola i närheten.",
    "Familjen bor på {A} sedan ett år tillbaka.",
    "Pappan har personnummer {P} enligt anmälan.",
    "Samordningsnumret {C} står i papperen från Migrationsverket.",
    "Föreningen har organisationsnummer {O} och söker bidrag igen.",
    "Hon skrev från {E} och bad om ett samtal.",
    "Bilen med registreringsnummer {R} stod parkerad utanför i flera timmar.",
    "Brevet gick till {A}, {Z} Stockholm.",
    "Ring {T} om något händer igen.",
    "Jag såg att {N} filmade bråket med mobilen.",
];

const HELD_OUT: &[&str] = &[
    "Under lunchen berättade {N} att hen ska åka till ett träningsläger i sommar.",
    "Personal på biblioteket uppger att {N} flera gånger har skrivit ut propaganda.",
    "Efter matchen hörde tränaren hur {N} ropade slagord mot motståndarlaget.",
    "Ungdomarna, bland dem {N}, samlas vid torget efter skolan.",
    "Det är oklart om {N} förstår allvaret i det hon skriver.",
    "En granne har sett {N} bära på något som liknade ett vapen.",
    "Jag vet inte vad hon heter i efternamn men hon kallas {N}.",
    "{N}s bror har tidigare dömts för hot.",
    "Samtal hölls med {N} och hennes mentor den 4 mars.",
    "Vi har fått veta att {N} och {N} har bildat en egen grupp.",
    "Kuratorn har haft kontakt med {N} sedan i höstas.",
    "Anmälare: {N} ({E}).",
    "Uppgifter: {N}, {P}, {A}.",
    "Han sa att han bor på {A} men vi vet inte om det stämmer.",
    "Numret {T} finns i meddelandet som skickades till eleverna.",
    "Fordonet, en mörk kombi med nummer {R}, har setts flera kvällar.",
    "Föreningens organisationsnummer är {O} enligt ansökan.",
    "Personnumret {P} står på blanketten som lämnades in.",
    "Hennes samordningsnummer är {C}.",
    "Adressen är {A}, {Z} Spånga.",
];

/// Harmless sentences for each set: places, organisations, dates, numbers, slogans.
const HARMLESS_DEVELOPMENT: &[&str] = &[
    "Mötet med Polisen och Socialtjänsten i Hässelby-Vällingby hölls den 12 mars.",
    "Klistermärken från Nordiska motståndsrörelsen hittades vid Farsta centrum.",
    "Ärendet har Dnr SOF 2024/1187 och gäller 14 kap. 1 § SoL.",
    "Fältassistenterna gick runt i Tensta och Rinkeby mellan kl. 18 och 22.",
    "Eleverna i 9C pratade om Instagram, TikTok och Discord under lektionen.",
    "Under ramadan och vid nyår ökar antalet besökare på fritidsgården.",
    "Skolan har haft temadag om demokrati med Forum för levande historia.",
    "Samma dag kom det in tre tips till Säkerhetspolisen.",
    "Anmälan gjordes i IA, IA-2024-0153, och följdes upp vecka 38.",
    "Bidraget var 45 000 kr för verksamhet på Järvafältet.",
];

const HARMLESS_HELD_OUT: &[&str] = &[
    "Biblioteket i Kista har satt upp affischer om källkritik inför valet.",
    "Vi samverkar med Region Stockholm, Skolverket och Brottsförebyggande rådet.",
    "I oktober och november kom 14 anmälningar från skolorna i Skärholmen.",
    "Klottret med texten 1488 sanerades av Trafikkontoret inom ett dygn.",
    "Enligt LVU 2 § och 10 kap. 18 c § OSL gäller särskilda regler här.",
    "Ungdomarna i 15–17 år deltog i en workshop på Fryshuset.",
    "Rektorn ringde 112 och polisen kom efter tjugo minuter.",
    "På fredagen hölls ett möte i Stadshuset om läget i Bredäng.",
    "Flera elever på Eriksdalsskolan pratade om Sverigedemokraterna och valet.",
    "Skyltarna vid Medborgarplatsen och Slussen hade klistermärken med Tyr-runan.",
];

fn fill(rng: &mut Rng, doc: &mut Document, template: &str) {
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        doc.text.push_str(&rest[..open]);
        let Some(close) = rest[open..].find('}') else {
            break;
        };
        let kind = match &rest[open + 1..open + close] {
            "N" => Kind::Name,
            "P" => Kind::Personnummer,
            "C" => Kind::Samordningsnummer,
            "O" => Kind::Organisationsnummer,
            "T" => Kind::Phone,
            "E" => Kind::Email,
            "A" => Kind::Address,
            "Z" => Kind::PostalCode,
            _ => Kind::Plate,
        };
        let v = value(rng, kind);
        let start = doc.text.len();
        doc.text.push_str(&v);
        doc.planted.push(Planted {
            kind,
            start,
            end: doc.text.len(),
        });
        rest = &rest[open + close + 1..];
    }
    doc.text.push_str(rest);
    doc.text.push(' ');
}

/// A report of two to six sentences from one set; a third of the reports hold nothing
/// identifying.
pub fn document(rng: &mut Rng, set: Set) -> Document {
    let (templates, harmless) = match set {
        Set::Development => (DEVELOPMENT, HARMLESS_DEVELOPMENT),
        Set::HeldOut => (HELD_OUT, HARMLESS_HELD_OUT),
    };
    let mut doc = Document {
        text: String::new(),
        planted: vec![],
    };
    let clean = rng.below(3) == 0;
    for _ in 0..2 + rng.below(5) {
        if clean || rng.below(3) == 0 {
            doc.text.push_str(rng.pick(harmless));
            doc.text.push(' ');
        } else {
            let t = rng.pick(templates);
            fill(rng, &mut doc, t);
        }
    }
    doc
}
