//! The guard's own evaluation: a deterministic generator of realistic Swedish reports with
//! planted identifiers (their spans recorded) and plenty of harmless look-alikes, and a
//! scorer (recall per kind, precision, share of documents with every identifier caught).
//! Used by the tests (with thresholds), the property tests and the benchmark.

pub mod families;

use crate::{Guard, Kind};

/// A small, fast, deterministic generator (xorshift64*), so the corpus is the same everywhere.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }
    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }
    pub fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }
}

fn luhn_digit(nine: &str) -> u8 {
    let mut sum = 0;
    for (i, c) in nine.bytes().enumerate() {
        let mut v = u32::from(c - b'0');
        if i % 2 == 0 {
            v *= 2;
            if v > 9 {
                v -= 9;
            }
        }
        sum += v;
    }
    ((10 - sum % 10) % 10) as u8
}

/// A personal identity (or coordination) number in one of the ways people write them.
pub fn identity_number(rng: &mut Rng, coordination: bool, valid: bool) -> String {
    let year = 1940 + rng.below(80);
    let month = 1 + rng.below(12);
    let day = 1 + rng.below(28) + if coordination { 60 } else { 0 };
    let serial = rng.below(1000);
    let nine = format!("{:02}{month:02}{day:02}{serial:03}", year % 100);
    let mut check = luhn_digit(&nine);
    if !valid {
        check = (check + 1 + rng.below(8) as u8) % 10;
    }
    let sep = if year >= 2000 && rng.below(3) == 0 {
        "+"
    } else {
        rng.pick(&["-", "-", "-", "", " "])
    };
    let sep = if sep == "+" && year < 2000 { "-" } else { sep };
    if rng.below(2) == 0 {
        format!("{}{}{sep}{}{check}", year / 100, &nine[..6], &nine[6..])
    } else {
        format!("{}{sep}{}{check}", &nine[..6], &nine[6..])
    }
}

pub fn organisation_number(rng: &mut Rng) -> String {
    let first = rng.pick(&["55", "80", "71", "82", "76", "96"]);
    let third = 2 + rng.below(8);
    let nine = format!("{first}{third}{:06}", rng.below(1_000_000));
    format!("{}-{}{}", &nine[..6], &nine[6..], luhn_digit(&nine))
}

/// A Swedish phone number in one of the usual groupings.
pub fn phone_number(rng: &mut Rng) -> String {
    let a = rng.below(1000);
    let b = rng.below(100);
    let c = rng.below(100);
    let mobile = rng.pick(&["70", "72", "73", "76", "79"]);
    match rng.below(11) {
        0 => format!("0{mobile}-{a:03} {b:02} {c:02}"),
        1 => format!("0{mobile}{a:03}{b:02}{c:02}"),
        2 => format!("0{mobile} {a:03} {b:02} {c:02}"),
        3 => format!("+46 {mobile} {a:03} {b:02} {c:02}"),
        4 => format!("+46{mobile}{a:03}{b:02}{c:02}"),
        5 => format!("08-{a:03} {b:02} {c:02}"),
        6 => format!("031-{a:03} {b:02} {c:02}"),
        7 => format!("0046 {mobile}-{a:03} {b:02} {c:02}"),
        8 => format!("0{mobile}-{a:03}{b:02}{c:02}"),
        9 => format!("0910-{b:02} {c:02} {:02}", rng.below(100)),
        _ => format!("08-{a:03} {:03} {b:02}", rng.below(1000)),
    }
}

/// First names in the lists.
const FIRST: &[&str] = &[
    "Anna", "Erik", "Fatima", "Mohammed", "Sara", "Johan", "Leila", "Oskar", "Elin", "Ahmed",
    "Maja", "Liam", "Ebba", "Hassan", "Wilma", "Nils", "Kim", "Amina", "Omar", "Lucas",
];
/// Surnames in the lists.
const LAST: &[&str] = &[
    "Andersson",
    "Johansson",
    "Karlsson",
    "Nilsson",
    "Lindberg",
    "Hussein",
    "Eriksson",
    "Larsson",
    "Lundqvist",
    "Berglund",
    "Mohamed",
    "Pettersson",
    "Sjöberg",
];
/// Names outside the lists, caught only from context.
const UNLISTED: &[&str] = &[
    "Yilmaz",
    "Kowalczyk",
    "Haddad",
    "Okonkwo",
    "Nguyen",
    "Petrović",
    "Rashidi",
    "Tahir",
    "Kovač",
    "Demir",
    "Zlatkowicz",
    "Abdulkadir",
];
const ROLES: &[&str] = &[
    "eleven",
    "pojken",
    "flickan",
    "mamman",
    "pappan",
    "killen",
    "tjejen",
    "vårdnadshavaren",
    "grannen",
    "mannen",
    "kvinnan",
    "brodern",
    "systern",
    "kollegan",
    "personen",
];
const STREETS: &[&str] = &[
    "Ringvägen",
    "Götgatan",
    "Hornsgatan",
    "Storgatan",
    "Björkvägen",
    "Skolgränd",
    "Kvarnbacken",
    "Torsgatan",
    "Fleminggatan",
    "Sveavägen",
    "Linnégatan",
    "Bergsvägen",
    "Ekstigen",
    "Solbergaleden",
    "Kyrkogata",
    "Tallbacksväg",
];
const TOWNS: &[&str] = &[
    "Stockholm",
    "Farsta",
    "Bandhagen",
    "Johanneshov",
    "Hägersten",
    "Spånga",
    "Bromma",
    "Skärholmen",
    "Årsta",
    "Enskede",
];
const PLATE_LETTERS: &[u8] = b"ABCDEFGHJKLMNOPRSTUWXYZ";

/// A personal name as people write it in a report.
pub fn name(rng: &mut Rng) -> String {
    match rng.below(6) {
        0 => format!("{} {}", rng.pick(FIRST), rng.pick(LAST)),
        1 => format!("{} {}", rng.pick(FIRST), rng.pick(UNLISTED)),
        2 => format!("{}-{} {}", rng.pick(FIRST), rng.pick(FIRST), rng.pick(LAST)),
        3 => format!("{} {}-{}", rng.pick(FIRST), rng.pick(LAST), rng.pick(LAST)),
        4 => format!("{} {}", rng.pick(UNLISTED), rng.pick(LAST)),
        _ => rng.pick(FIRST).to_string(),
    }
}

/// An e-mail address.
pub fn email(rng: &mut Rng) -> String {
    let domain = rng.pick(&[
        "gmail.com",
        "hotmail.se",
        "outlook.com",
        "telia.com",
        "skola.stockholm.se",
        "exempel.se",
        "edu.stockholm.se",
    ]);
    match rng.below(3) {
        0 => format!(
            "{}.{}{}@{domain}",
            rng.pick(FIRST).to_lowercase(),
            rng.pick(LAST).to_lowercase(),
            rng.below(100)
        ),
        1 => format!(
            "{}_{}@{domain}",
            rng.pick(FIRST).to_lowercase(),
            rng.below(10_000)
        ),
        _ => format!("{}@{domain}", rng.pick(UNLISTED).to_lowercase()),
    }
}

/// A street address with a number, sometimes a letter, a flat or a floor.
pub fn address(rng: &mut Rng) -> String {
    let number = 1 + rng.below(120);
    match rng.below(4) {
        0 => format!("{} {number}", rng.pick(STREETS)),
        1 => format!(
            "{} {number}{}",
            rng.pick(STREETS),
            rng.pick(&["A", "B", "C"])
        ),
        2 => format!(
            "{} {number} lgh {}",
            rng.pick(STREETS),
            1001 + rng.below(400)
        ),
        _ => format!("{} {number}, {} tr", rng.pick(STREETS), 1 + rng.below(8)),
    }
}

/// A postal code, with or without the space.
pub fn postal_code(rng: &mut Rng) -> String {
    let (a, b) = (100 + rng.below(880), rng.below(100));
    if rng.below(3) == 0 {
        format!("{a}{b:02}")
    } else {
        format!("{a} {b:02}")
    }
}

/// A vehicle plate, old style ("ABC 123") or new ("ABC 12D").
pub fn plate(rng: &mut Rng) -> String {
    let letters: String = (0..3).map(|_| rng.pick(PLATE_LETTERS) as char).collect();
    // The last character of a plate is never the letter O.
    let last = rng.pick(PLATE_LETTERS);
    let last = if last == b'O' { b'P' } else { last };
    let tail = if rng.below(3) == 0 {
        format!("{:02}{}", rng.below(100), last as char)
    } else {
        format!("{:03}", rng.below(1000))
    };
    if rng.below(2) == 0 {
        format!("{letters} {tail}")
    } else {
        format!("{letters}{tail}")
    }
}

/// Sentences with nothing identifying, full of the look-alikes a guard must leave alone.
const HARMLESS: &[&str] = &[
    "Händelsen inträffade den 12 mars 2024 strax efter kl. 14.30 vid skolgården.",
    "Ärendet har Dnr SOF 2024/264 och gäller 14 kap. 1 § SoL.",
    "Under 2019 och 2020 ökade antalet anmälningar från 25 till 30 i stadsdelen.",
    "En 16-årig pojke i klass 9B berättade om filmer han sett på nätet.",
    "Rektorn ringde 112 och polisen kom efter tio minuter.",
    "Föreningen hade fått 45 000 kr i bidrag året innan.",
    "Klotter med hakkors upptäcktes vid Medborgarplatsen på Södermalm.",
    "Personalen har gått webbutbildningen, se IA-2024-00123 för tillbudet.",
    "Samma dag informerades samordnaren och närmaste chef.",
    "Mötet hölls på fredag i Rinkeby-Kista med Polisen och Socialtjänsten.",
    "Gruppen bestod av fyra ungdomar i åldern 15-17 år.",
    "Enligt LVU 2 § och lag (2018:1937) gäller särskilda regler.",
    "Dag två var det lugnare på fritidsgården vid Götgatan.",
    "Hans mamma ringde 1177 för råd.",
    "Nordiska motståndsrörelsen delade ut flygblad vid T-Centralen den 3 maj.",
    "Anmälan gjordes 2024-01-15 och följdes upp 2024-02-01.",
    "Fältassistenterna såg en grupp vid Sergels torg på lördagskvällen.",
    "Center mot våldsbejakande extremism (CVE) och Region Stockholm gav stöd.",
    "Stockholms stad, Försäkringskassan och Migrationsverket deltog i samrådet.",
    "Säpo och Skolverket har material om hur skolan kan agera.",
    "Tipset kom in vid 09:15 på tisdagen och lämnades vidare till IA 12345.",
    "Den som vill vara anonym kan ringa 114 14 i stället.",
    "Klass 7A hade en temadag i Hässelby-Vällingby i oktober.",
    "Oron gäller flera ungdomar i Spånga-Tensta och Enskede-Årsta-Vantör.",
    "Ärendet Dnr 1.2.3-456/2023 avslutades efter tre veckor.",
    "Projektet fick 1 250 000 kronor och nådde omkring 300 elever.",
    "Orosanmälan gjordes enligt 14 kap. 1 § SoL samma eftermiddag.",
    "En grupp på 12 personer samlades utanför stationen i Skärholmen.",
    "Ärendet SOF 2023 gäller en annan stadsdel, Hägersten-Älvsjö.",
    "Med en rosa tröja och en ros i handen stod hon vid Slussen.",
    "Vi såg en björn på filmen och malin i texten är ett skrivfel.",
    "Samtalet varade från 13:00 till 14:45 på onsdagen.",
    "Mellan januari och juni kom 45 tips, jämfört med 38 året innan.",
    "Pojkarna var 14 och 15 år och gick i årskurs 8.",
];

/// One planted identifier: kind and byte span.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Planted {
    pub kind: Kind,
    pub start: usize,
    pub end: usize,
}

/// A generated document.
#[derive(Debug, Clone)]
pub struct Document {
    pub text: String,
    pub planted: Vec<Planted>,
}

fn plant(doc: &mut Document, before: &str, value: &str, kind: Kind, after: &str) {
    doc.text.push_str(before);
    let start = doc.text.len();
    doc.text.push_str(value);
    doc.planted.push(Planted {
        kind,
        start,
        end: doc.text.len(),
    });
    doc.text.push_str(after);
}

/// Appends one sentence to `doc`: most plant an identifier, the rest are harmless.
fn sentence(rng: &mut Rng, doc: &mut Document) {
    match rng.below(22) {
        k @ 0..=5 => name_sentence(rng, doc, k),
        6 | 7 => {
            let coordination = rng.below(4) == 0;
            let valid = rng.below(5) != 0;
            let kind = if coordination {
                Kind::Samordningsnummer
            } else {
                Kind::Personnummer
            };
            let v = identity_number(rng, coordination, valid);
            let before = rng.pick(&["Personen har nummer ", "Pnr ", "Eleven (", "personnummer: "]);
            plant(doc, before, &v, kind, " enligt skolan. ");
        }
        8 | 9 => {
            let v = phone_number(rng);
            let before = rng.pick(&[
                "Hen ringde från ",
                "Tel. ",
                "Nås på ",
                "Numret (",
                "sms från ",
            ]);
            plant(doc, before, &v, Kind::Phone, " på kvällen. ");
        }
        10 => {
            let v = email(rng);
            plant(doc, "Meddelandet kom från ", &v, Kind::Email, " igår. ");
        }
        k @ 11..=13 => address_sentence(rng, doc, k),
        14 => {
            let v = plate(rng);
            let before = rng.pick(&[
                "De körde en vit bil, ",
                "Bilen hade registreringsnummer ",
                "En moped med skylt ",
            ]);
            plant(doc, before, &v, Kind::Plate, ", runt skolan. ");
        }
        15 => {
            let v = organisation_number(rng);
            plant(
                doc,
                "Föreningen med organisationsnummer ",
                &v,
                Kind::Organisationsnummer,
                " sökte bidrag. ",
            );
        }
        _ => {
            doc.text.push_str(rng.pick(HARMLESS));
            doc.text.push(' ');
        }
    }
}

/// Appends sentence `k` (0 to 5) of those that plant a name.
fn name_sentence(rng: &mut Rng, doc: &mut Document, k: usize) {
    match k {
        0 => {
            let cap = capitalise(rng.pick(ROLES));
            let n = name(rng);
            plant(
                doc,
                &format!("{cap} "),
                &n,
                Kind::Name,
                " sa att våld ibland är rätt. ",
            );
        }
        1 => {
            let role = rng.pick(ROLES);
            let n = rng.pick(UNLISTED);
            plant(
                doc,
                &format!("Enligt {role} "),
                n,
                Kind::Name,
                " hade han varit på mötet. ",
            );
        }
        2 => {
            let n = name(rng);
            plant(
                doc,
                "",
                &n,
                Kind::Name,
                " berättade om en kanal med hatiska bilder. ",
            );
        }
        3 => {
            let n = name(rng);
            plant(doc, "Vi pratade med ", &n, Kind::Name, " efter lektionen. ");
        }
        4 => {
            let first = rng.pick(FIRST);
            plant(
                doc,
                "Det var ",
                &format!("{first}s"),
                Kind::Name,
                " idé att sprida bilderna. ",
            );
        }
        _ => {
            let first = rng.pick(FIRST);
            plant(
                doc,
                "",
                &format!("{first}s"),
                Kind::Name,
                " pappa hörde av sig i veckan. ",
            );
        }
    }
}

/// Appends sentence `k` (11 to 13) of those that plant an address or a postal code.
fn address_sentence(rng: &mut Rng, doc: &mut Document, k: usize) {
    match k {
        11 => {
            let v = address(rng);
            plant(
                doc,
                "Familjen bor på ",
                &v,
                Kind::Address,
                " sedan i våras. ",
            );
        }
        12 => {
            let v = address(rng);
            let code = postal_code(rng);
            let town = rng.pick(TOWNS);
            plant(doc, "Brevet skickades till ", &v, Kind::Address, ", ");
            plant(doc, "", &code, Kind::PostalCode, &format!(" {town}. "));
        }
        _ => {
            let code = postal_code(rng);
            let town = rng.pick(TOWNS);
            plant(
                doc,
                "Adressen slutar med ",
                &code,
                Kind::PostalCode,
                &format!(" {town}. "),
            );
        }
    }
}

fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().collect::<String>() + chars.as_str())
        .unwrap_or_default()
}

/// A report of three to seven sentences; every third report holds nothing identifying.
pub fn document(rng: &mut Rng) -> Document {
    let mut doc = Document {
        text: String::new(),
        planted: vec![],
    };
    let n = 3 + rng.below(5);
    let clean = rng.below(3) == 0;
    for _ in 0..n {
        if clean {
            doc.text.push_str(rng.pick(HARMLESS));
            doc.text.push(' ');
        } else {
            sentence(rng, &mut doc);
        }
    }
    doc
}

/// About `bytes` of realistic text, for the benchmark.
pub fn text_of_size(seed: u64, bytes: usize) -> String {
    let mut rng = Rng::new(seed);
    let mut out = String::with_capacity(bytes + 512);
    while out.len() < bytes {
        out.push_str(&document(&mut rng).text);
        out.push('\n');
    }
    out
}

/// Scores of one evaluation run.
#[derive(Debug, Clone, Default)]
pub struct Scores {
    pub documents: usize,
    pub documents_all_caught: usize,
    /// (kind, planted, caught)
    pub per_kind: Vec<(Kind, usize, usize)>,
    pub findings: usize,
    pub true_findings: usize,
}

impl Scores {
    pub fn recall(&self, kind: Kind) -> f64 {
        self.per_kind
            .iter()
            .find(|(k, _, _)| *k == kind)
            .map_or(
                1.0,
                |(_, p, c)| if *p == 0 { 1.0 } else { *c as f64 / *p as f64 },
            )
    }
    pub fn precision(&self) -> f64 {
        if self.findings == 0 {
            1.0
        } else {
            self.true_findings as f64 / self.findings as f64
        }
    }
    pub fn documents_caught(&self) -> f64 {
        self.documents_all_caught as f64 / self.documents.max(1) as f64
    }
    /// A table for people.
    pub fn table(&self) -> String {
        let mut out = String::from("kind                 planted  caught  recall\n");
        for (k, p, c) in &self.per_kind {
            out.push_str(&format!(
                "{:<20} {p:>7} {c:>7}  {:.3}\n",
                k.as_str(),
                self.recall(*k)
            ));
        }
        out.push_str(&format!(
            "precision {:.3} ({} of {} findings), documents with every identifier caught {:.3} ({} of {})\n",
            self.precision(),
            self.true_findings,
            self.findings,
            self.documents_caught(),
            self.documents_all_caught,
            self.documents
        ));
        out
    }
}

/// Generates `n` documents from `seed` and scores the guard on them. A planted identifier
/// counts as caught when a finding overlaps it; a finding is true when it overlaps one.
pub fn evaluate(guard: &Guard, seed: u64, n: usize) -> Scores {
    let mut rng = Rng::new(seed);
    let mut scores = Scores {
        per_kind: Kind::ALL.iter().map(|k| (*k, 0, 0)).collect(),
        ..Scores::default()
    };
    for _ in 0..n {
        let doc = document(&mut rng);
        let scan = guard.scan(&doc.text);
        let mut all = true;
        for p in &doc.planted {
            let caught = scan
                .findings
                .iter()
                .any(|f| f.start < p.end && p.start < f.end);
            all &= caught;
            if let Some(entry) = scores.per_kind.iter_mut().find(|(k, _, _)| *k == p.kind) {
                entry.1 += 1;
                entry.2 += usize::from(caught);
            }
        }
        scores.documents += 1;
        scores.documents_all_caught += usize::from(all);
        scores.findings += scan.findings.len();
        scores.true_findings += scan
            .findings
            .iter()
            .filter(|f| {
                doc.planted
                    .iter()
                    .any(|p| f.start < p.end && p.start < f.end)
            })
            .count();
    }
    scores
}

/// Generates `n` documents of the widened corpus from one template set and scores them.
pub fn evaluate_families(guard: &Guard, seed: u64, n: usize, set: families::Set) -> Scores {
    let mut rng = Rng::new(seed);
    let mut scores = Scores {
        per_kind: Kind::ALL.iter().map(|k| (*k, 0, 0)).collect(),
        ..Scores::default()
    };
    for _ in 0..n {
        let doc = families::document(&mut rng, set);
        score_one(guard, &doc.text, &doc.planted, &mut scores);
    }
    scores
}

/// A document marked by hand: its text and the spans of every identifier in it.
#[derive(Debug, Clone)]
pub struct MarkedDoc {
    pub id: String,
    pub text: String,
    pub planted: Vec<Planted>,
}

/// Every occurrence of each marked text, as planted spans (overlaps are kept: each counts).
pub fn mark(text: &str, pii: &[(Kind, &str)]) -> Vec<Planted> {
    let mut out = Vec::new();
    for (kind, t) in pii {
        if t.is_empty() {
            continue;
        }
        let mut from = 0;
        while let Some(at) = text[from..].find(t) {
            let start = from + at;
            let p = Planted {
                kind: *kind,
                start,
                end: start + t.len(),
            };
            if !out.contains(&p) {
                out.push(p);
            }
            from = start + t.len();
        }
    }
    out
}

/// Scores the guard on documents, as [`evaluate`] does on generated ones.
pub fn score_marked(guard: &Guard, docs: &[MarkedDoc]) -> Scores {
    let mut scores = Scores {
        per_kind: Kind::ALL.iter().map(|k| (*k, 0, 0)).collect(),
        ..Scores::default()
    };
    for d in docs {
        score_one(guard, &d.text, &d.planted, &mut scores);
    }
    scores
}

fn score_one(guard: &Guard, text: &str, planted: &[Planted], scores: &mut Scores) {
    let scan = guard.scan(text);
    let mut all = true;
    for p in planted {
        let caught = scan
            .findings
            .iter()
            .any(|f| f.start < p.end && p.start < f.end);
        all &= caught;
        if let Some(entry) = scores.per_kind.iter_mut().find(|(k, _, _)| *k == p.kind) {
            entry.1 += 1;
            entry.2 += usize::from(caught);
        }
    }
    scores.documents += 1;
    scores.documents_all_caught += usize::from(all);
    scores.findings += scan.findings.len();
    scores.true_findings += scan
        .findings
        .iter()
        .filter(|f| planted.iter().any(|p| f.start < p.end && p.start < f.end))
        .count();
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The targets: recall at least 0.995 for every kind (names and addresses
    /// included), precision at least 0.95, at least 0.99 of documents caught whole.
    fn assert_targets(scores: &Scores, what: &str) {
        println!("{what}\n{}", scores.table());
        for kind in Kind::ALL {
            assert!(
                scores.recall(kind) >= 0.995,
                "{what}\n{}\n{kind:?} recall too low",
                scores.table()
            );
        }
        assert!(scores.precision() >= 0.95, "{what}\n{}", scores.table());
        assert!(
            scores.documents_caught() >= 0.99,
            "{what}\n{}",
            scores.table()
        );
    }

    #[test]
    fn the_guard_meets_its_thresholds_on_the_corpus() {
        assert_targets(
            &evaluate(&Guard::new(), 20261123, 2000),
            "first generator (seed 20261123, 2000 reports)",
        );
    }

    #[test]
    fn the_guard_meets_its_thresholds_on_the_name_families() {
        assert_targets(
            &evaluate_families(&Guard::new(), 20261130, 2000, families::Set::Development),
            "name families, development templates (seed 20261130, 2000 reports)",
        );
    }

    /// The held-out templates were scored, not tuned to, until the round after heldout20,
    /// which read their misses as development data (eval/HISTORY.md): the
    /// thresholds are held just below what the guard reaches since (names 0.999,
    /// documents whole 0.998), to catch a regression.
    #[test]
    fn the_held_out_templates_stay_where_they_were() {
        let scores = evaluate_families(&Guard::new(), 20261130, 2000, families::Set::HeldOut);
        println!("held-out templates\n{}", scores.table());
        for kind in Kind::ALL {
            let floor = match kind {
                Kind::Name => 0.997,
                _ => 0.995,
            };
            assert!(scores.recall(kind) >= floor, "{kind:?}\n{}", scores.table());
        }
        assert!(scores.precision() >= 0.95, "{}", scores.table());
        assert!(scores.documents_caught() >= 0.996, "{}", scores.table());
    }

    /// The widened corpus's names are none of the Swedish lists' (data/first_names.txt,
    /// surnames.txt): capitalised, they test the model. The world's first names
    /// (data/world_first_names.txt) know some of them, which the guard reads as listed
    /// only in lower case and in capitals; this test says how many, so that the README's
    /// account of the corpus stays true.
    #[test]
    fn the_name_families_are_outside_the_swedish_lists() {
        use crate::lists::flag;
        let lists = crate::lists::Lists::shared();
        let (mut parts, mut world) = (0, 0);
        for n in families::pool() {
            for part in n.split('-') {
                let f = lists.flags(&part.to_lowercase());
                assert!(
                    f & (flag::FIRST | flag::LAST) == 0 || f & flag::WORLD != 0,
                    "{n} is listed"
                );
                parts += 1;
                world += usize::from(f & flag::WORLD != 0);
            }
        }
        assert_eq!((world, parts), (WORLD_FAMILY_PARTS, FAMILY_PARTS));
    }

    /// How many parts of the families' names the world's list knows, of how many.
    const WORLD_FAMILY_PARTS: usize = 78;
    const FAMILY_PARTS: usize = 161;

    #[test]
    fn harmless_sentences_are_clean() {
        let guard = Guard::new();
        for s in HARMLESS {
            assert!(
                guard.scan(s).is_clean(),
                "{s}: {:?}",
                guard.scan(s).findings
            );
        }
    }

    #[test]
    fn the_corpus_is_deterministic() {
        assert_eq!(text_of_size(1, 2000), text_of_size(1, 2000));
    }
}
