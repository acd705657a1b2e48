//! Word lists: first names and surnames (from data/, see data/README.md), the words that
//! introduce a person ("eleven", "mamman" …), first names that are also ordinary words,
//! and places, authorities and calendar words that must never be taken for names.

use std::collections::HashSet;
use std::sync::OnceLock;

const FIRST: &str = include_str!("../data/first_names.txt");
const LAST: &str = include_str!("../data/surnames.txt");

/// Words after which a capitalised word is a person's name.
const ROLE_WORDS: &[&str] = &[
    "elev",
    "eleven",
    "eleverna",
    "vårdnadshavaren",
    "vårdnadshavare",
    "mamman",
    "mamma",
    "modern",
    "pappan",
    "pappa",
    "fadern",
    "föräldern",
    "pojken",
    "flickan",
    "killen",
    "tjejen",
    "brodern",
    "bror",
    "brorsan",
    "systern",
    "syster",
    "syrran",
    "kollegan",
    "kollega",
    "grannen",
    "personen",
    "mannen",
    "kvinnan",
    "läraren",
    "lärare",
    "rektorn",
    "rektor",
    "ungdomen",
    "sonen",
    "son",
    "dottern",
    "dotter",
    "barnet",
    "hustrun",
    "maken",
    "frun",
    "sambon",
    "kompisen",
    "kompis",
    "vännen",
    "kamraten",
    "medarbetaren",
    "klienten",
    "brukaren",
    "patienten",
    "deltagaren",
    "besökaren",
    "farbror",
    "morbror",
    "moster",
    "faster",
    "kusinen",
    "kusin",
    "heter",
    "hette",
    "kallas",
    "kallad",
    "kallade",
    "namnet",
    "herr",
    "fru",
    "fröken",
    "handläggaren",
    "tränaren",
    "ledaren",
    "pojkvännen",
    "flickvännen",
    "partnern",
    "misstänkte",
    "gärningsmannen",
    "anmälaren",
    "eleverna",
    "elevens",
    "signaturen",
    "användaren",
    "kontot",
];

/// First names that are also ordinary Swedish words (or months): at the start of a sentence,
/// where every word is capitalised, they count as names only with support from context (a
/// capitalised word after them, a hyphenated second part, a role word before). Names that
/// are no ordinary word ("Kim", "Nils") are flagged at a sentence start too.
const AMBIGUOUS: &[&str] = &[
    "dag", "bo", "liv", "sten", "max", "mark", "rut", "tor", "ask", "björn", "stig", "ros", "rosa",
    "love", "lo", "maj", "klara", "mina", "saga", "vilja", "vide", "frank", "juni", "april",
    "alla", "hans", "per", "inga", "iris", "viking", "lova", "ester", "linné", "edit", "bror",
    "del", "kaj", "lina", "linda", "lisa", "rita", "tina", "tom", "tuva", "urban", "viola", "ben",
    "karl", "axel", "knut", "my", "mia", "may", "sam", "bill", "jack", "frans", "hall", "tilde",
];

/// Capitalised words that are never names here: months, weekdays, places, authorities.
const NOT_NAMES: &[&str] = &[
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
    "måndag",
    "tisdag",
    "onsdag",
    "torsdag",
    "fredag",
    "lördag",
    "söndag",
    "stockholm",
    "stockholms",
    "södermalm",
    "älvsjö",
    "rinkeby",
    "kista",
    "spånga",
    "tensta",
    "hässelby",
    "vällingby",
    "bromma",
    "kungsholmen",
    "norrmalm",
    "östermalm",
    "enskede",
    "årsta",
    "vantör",
    "farsta",
    "skarpnäck",
    "hägersten",
    "liljeholmen",
    "skärholmen",
    "högdalen",
    "rågsved",
    "hagsätra",
    "bagarmossen",
    "husby",
    "akalla",
    "hjulsta",
    "solna",
    "sundbyberg",
    "huddinge",
    "nacka",
    "järfälla",
    "täby",
    "kungsträdgården",
    "globen",
    "gullmarsplan",
    "fridhemsplan",
    "odenplan",
    "mariatorget",
    "hornstull",
    "vasastan",
    "gärdet",
    "hammarby",
    "sjöstaden",
    "bredäng",
    "vårberg",
    "fruängen",
    "gubbängen",
    "hökarängen",
    "björkhagen",
    "kärrtorp",
    "blackeberg",
    "råcksta",
    "sköndal",
    "midsommarkransen",
    "liljeholmen",
    "södertälje",
    "botkyrka",
    "haninge",
    "tyresö",
    "lidingö",
    "sollentuna",
    "danderyd",
    "upplands",
    "sigtuna",
    "värmdö",
    "ekerö",
    "västerås",
    "örebro",
    "linköping",
    "norrköping",
    "helsingborg",
    "jönköping",
    "umeå",
    "gävle",
    "borås",
    "eskilstuna",
    "karlstad",
    "växjö",
    "lund",
    "skatteverket",
    "arbetsförmedlingen",
    "kronofogden",
    "åklagarmyndigheten",
    "tullverket",
    "statens",
    "sveriges",
    "stadsmissionen",
    "facebook",
    "instagram",
    "snapchat",
    "tiktok",
    "telegram",
    "discord",
    "youtube",
    "whatsapp",
    "center",
    "centrum",
    "medborgarplatsen",
    "slussen",
    "sergels",
    "centralen",
    "gamla",
    "stan",
    "göteborg",
    "malmö",
    "uppsala",
    "sverige",
    "norden",
    "europa",
    "polisen",
    "polis",
    "socialtjänsten",
    "socialförvaltningen",
    "skolverket",
    "säpo",
    "säkerhetspolisen",
    "migrationsverket",
    "försäkringskassan",
    "region",
    "regionen",
    "kommunen",
    "stad",
    "staden",
    "länsstyrelsen",
    "brå",
    "cve",
    "msb",
    "kriminalvården",
    "nordiska",
    "motståndsrörelsen",
    "stadsdelsförvaltningen",
    "stadsdelsnämnden",
    "kommunstyrelsen",
    "kommunfullmäktige",
    "fältassistenterna",
    "fritidsgården",
    "skolan",
    "förskolan",
    "biblioteket",
    "kyrkan",
    "moskén",
    "synagogan",
    "rutin",
    "klass",
    "klassen",
    "blanketten",
    "ia",
    "sol",
    "lvu",
    "lvm",
    "osl",
    "dnr",
    "vbe",
    "t1",
    "t2",
    "vb",
    "kl",
    "ca",
    "bl",
    "ex",
    "dvs",
    "osv",
    "etc",
    "resp",
    "tel",
    "nr",
    "mfl",
    "obs",
    "ps",
    "ang",
    "enl",
    "jfr",
    "fr",
    "inkl",
    "exkl",
    "st",
    "nb",
    "ok",
    "okej",
    "hej",
    "tack",
    "mvh",
    "vänliga",
    "hälsningar",
    "sms",
    "mms",
    "pnr",
    "bup",
    "hvb",
    "lss",
    "sfi",
    "ifo",
    "soc",
    "oss",
    "er",
    "dem",
    "honom",
    "henne",
    "sig",
    "mig",
    "dig",
    "du",
    "ni",
    "man",
    "någon",
    "ingen",
    "sspf",
    "bbic",
    "andt",
    "mucf",
    "lupp",
    "esf",
    "sip",
    "lvm",
    "sol",
    "ssp",
    "obs",
    "viktigt",
    "akut",
    "info",
    "fyi",
    "asap",
    "lol",
    "omg",
    "wtf",
    "ok",
];

/// Verbs of perception and social verbs: the word after one of them (or after the "med",
/// "till" or "hos" that follows it) is often a person: "såg X", "umgås med X".
pub const PERSON_VERBS: &[&str] = &[
    "såg",
    "ser",
    "sett",
    "hörde",
    "hör",
    "märkte",
    "noterade",
    "observerade",
    "upptäckte",
    "filmade",
    "fotade",
    "fotograferade",
    "träffade",
    "träffar",
    "träffat",
    "mötte",
    "möter",
    "umgås",
    "umgicks",
    "umgåtts",
    "pratade",
    "pratar",
    "talade",
    "ringde",
    "ringer",
    "följde",
    "hotade",
    "hotar",
    "slog",
    "knuffade",
    "mobbade",
    "mobbar",
    "trakasserade",
    "hjälpte",
    "kontaktade",
    "bjöd",
    "sms:ade",
    "skrev",
    "skriver",
    "chattade",
    "chattar",
    "bråkade",
    "grälade",
];

/// Verbs that take a person only through a preposition: "var med X", "bor hos X".
pub const WITH_VERBS: &[&str] = &[
    "umgås",
    "umgicks",
    "umgåtts",
    "pratade",
    "pratar",
    "talade",
    "ringde",
    "ringer",
    "skrev",
    "skriver",
    "chattade",
    "chattar",
    "bråkade",
    "grälade",
    "sms:ade",
    "gick",
    "går",
    "var",
    "är",
    "bor",
    "bodde",
    "syntes",
    "väntade",
    "hängde",
    "hänger",
    "sågs",
    "träffades",
    "leker",
    "lekte",
    "spelade",
    "spelar",
    "kom",
    "åkte",
    "satt",
    "stod",
    "bråkar",
    "gråter",
    "skrattade",
    "ihop",
    "tillsammans",
    "samman",
    "kompis",
    "vän",
    "vänner",
    "kompisar",
];

/// Prepositions that tie a social verb to its person: "umgås med X", "ringde till X".
pub const PERSON_PREPOSITIONS: &[&str] = &["med", "till", "hos", "åt", "för", "mot", "på"];

/// Finite verbs that often follow the subject: a word that is no Swedish word, opening a
/// sentence before one of these, is a name even where capitals are missing.
pub const FINITE_VERBS: &[&str] = &[
    "har",
    "hade",
    "är",
    "var",
    "sa",
    "sade",
    "säger",
    "kom",
    "kommer",
    "gick",
    "går",
    "blev",
    "blir",
    "ska",
    "skulle",
    "kan",
    "kunde",
    "vill",
    "ville",
    "brukar",
    "brukade",
    "berättade",
    "berättar",
    "skrev",
    "skriver",
    "ringde",
    "ringer",
    "delade",
    "delar",
    "hotade",
    "hotar",
    "visade",
    "visar",
    "sprider",
    "spred",
    "spreds",
    "tycker",
    "tyckte",
    "menar",
    "menade",
    "uppgav",
    "uppger",
    "bor",
    "bodde",
    "fick",
    "får",
    "gjorde",
    "gör",
    "tog",
    "tar",
    "satt",
    "sitter",
    "stod",
    "står",
    "verkar",
    "verkade",
    "postade",
    "postar",
    "lade",
    "lägger",
    "la",
    "började",
    "börjar",
    "slutade",
    "hörde",
    "såg",
    "träffade",
    "umgås",
    "umgicks",
    "pratade",
    "pratar",
    "sägs",
    "uppges",
    "misstänks",
    "och",
];

/// Last parts of compound proper nouns that name places, institutions and groups, not
/// persons ("Rinkebyskolan", "Tensta gymnasium", "Fryshuset").
pub const PLACE_HEADS: &[&str] = &[
    "skolan",
    "skola",
    "gården",
    "gård",
    "parken",
    "park",
    "torget",
    "centrum",
    "kyrkan",
    "kyrka",
    "hallen",
    "badet",
    "biblioteket",
    "stationen",
    "huset",
    "förvaltningen",
    "nämnden",
    "klubben",
    "föreningen",
    "förbundet",
    "gymnasiet",
    "gymnasium",
    "akademien",
    "akademin",
    "center",
    "mottagningen",
    "stranden",
    "hamnen",
    "bron",
    "staden",
    "stan",
    "sjukhuset",
    "kliniken",
    "enheten",
    "gruppen",
    "teamet",
    "byrån",
    "verket",
    "myndigheten",
    "moskén",
    "församlingen",
    "kontoret",
    "rörelsen",
    "partiet",
    "nätverket",
    "jouren",
    "boendet",
    "hemmet",
    "sjön",
    "viken",
    "ängen",
    "skogen",
    "backen",
    "platsen",
    "plan",
    "gatan",
    "vägen",
    "dalen",
    "höjden",
    "fältet",
    "området",
    "galleria",
    "gallerian",
    "arenan",
    "stadion",
    "planen",
    "kollo",
    "lägret",
    "fritids",
    "förskolan",
    "fritidsgården",
];

/// Street-name endings: a capitalised word with one of these and a number is an address.
pub const STREET_SUFFIXES: &[&str] = &[
    "gatan",
    "gata",
    "vägen",
    "väg",
    "gränd",
    "gränden",
    "backe",
    "backen",
    "torg",
    "torget",
    "plan",
    "planen",
    "allé",
    "allén",
    "stigen",
    "stig",
    "leden",
    "led",
    "gången",
    "platsen",
    "kajen",
    "slingan",
    "stråket",
    "terrassen",
    "esplanaden",
    "kroken",
    "gården",
    "hagen",
    "ängen",
    "höjden",
    "strand",
    "stranden",
    "kaj",
    "backarna",
    "brinken",
    "udden",
    "liden",
    "lunden",
    "parken",
];

/// Three-letter words in capitals that look like plates but are abbreviations.
pub const NOT_PLATES: &[&str] = &[
    "SOF", "SLK", "IFO", "BUP", "SFI", "AMF", "EKB", "HVB", "SIS", "PBL", "SOL", "KSF", "UTB",
    "KUL", "IDR", "NMR", "CVE", "MSB", "BRÅ", "SKR", "LSS", "ABF", "FRG",
];

/// A fast, non-cryptographic hasher for short words (FxHash's multiply-rotate). The sets
/// are fixed data, not keyed by user input in a way that matters: a scan is bounded by its
/// work budget either way.
#[derive(Debug, Default, Clone, Copy)]
pub struct WordHasher(u64);

impl std::hash::Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut b = [0u8; 8];
            b[..chunk.len()].copy_from_slice(chunk);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(b))
                .wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }
    fn write_u8(&mut self, i: u8) {
        self.0 = (self.0.rotate_left(5) ^ u64::from(i)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

pub type WordSet<T> = HashSet<T, std::hash::BuildHasherDefault<WordHasher>>;

/// What a lower-case word is to the name model, as bit flags (one lookup per word).
pub mod flag {
    pub const FIRST: u32 = 1;
    pub const LAST: u32 = 1 << 1;
    pub const ROLE: u32 = 1 << 2;
    pub const AMBIGUOUS: u32 = 1 << 3;
    pub const NOT_NAME: u32 = 1 << 4;
    pub const PERSON_VERB: u32 = 1 << 5;
    pub const WITH_VERB: u32 = 1 << 6;
    pub const PREPOSITION: u32 = 1 << 7;
    pub const FINITE: u32 = 1 << 8;
    pub const HEDGE: u32 = 1 << 9;
    pub const NAMING: u32 = 1 << 10;
    pub const OPENER: u32 = 1 << 11;
    /// A listed name that the word list also has ("ebba"): a word in lower case.
    pub const WORD_NAME: u32 = 1 << 12;
}

/// Hedges that may stand between a cue and the name: "heter typ Dženan".
const HEDGES: &[&str] = &[
    "typ", "kanske", "nog", "väl", "visst", "tydligen", "alltså", "liksom", "bara", "då",
];

/// Verbs that give a name through an object: "kallar honom Emir", "kallas för X".
const NAMING: &[&str] = &[
    "kallar",
    "kallade",
    "kallas",
    "kallad",
    "kallat",
    "döpte",
    "nämnde",
    "presenterade",
    "presenterar",
    "utgav",
    "utger",
];

/// Capitalised words that open sentences and are never a first name.
const OPENERS: &[&str] = &[
    "igår", "idag", "i", "sedan", "då", "men", "och", "när", "enligt", "efter", "före", "under",
    "med", "till", "från", "hos", "om", "det", "den", "detta", "han", "hon", "hen", "de", "vi",
    "jag", "även", "också", "både", "att", "som", "var", "vad", "vem", "varför", "dessutom",
    "familjen", "där", "här", "nu", "senare", "tidigare", "ibland", "kanske", "alltså", "samt",
    "eller", "fast", "trots", "vid", "på", "av", "för", "utan", "mellan", "bland", "herr", "fru",
];

/// The lists, built once per process.
#[derive(Debug)]
pub struct Lists {
    flags: std::collections::HashMap<String, u32, std::hash::BuildHasherDefault<WordHasher>>,
}

impl Lists {
    pub fn new() -> Lists {
        let mut flags: std::collections::HashMap<String, u32, _> = Default::default();
        let mut add = |words: &mut dyn Iterator<Item = &str>, f: u32| {
            for w in words {
                let w = w.trim();
                if !w.is_empty() {
                    *flags.entry(w.to_lowercase()).or_insert(0) |= f;
                }
            }
        };
        add(&mut FIRST.lines(), flag::FIRST);
        add(&mut LAST.lines(), flag::LAST);
        add(&mut ROLE_WORDS.iter().copied(), flag::ROLE);
        add(&mut AMBIGUOUS.iter().copied(), flag::AMBIGUOUS);
        add(&mut NOT_NAMES.iter().copied(), flag::NOT_NAME);
        add(&mut PERSON_VERBS.iter().copied(), flag::PERSON_VERB);
        add(&mut WITH_VERBS.iter().copied(), flag::WITH_VERB);
        add(&mut PERSON_PREPOSITIONS.iter().copied(), flag::PREPOSITION);
        add(&mut FINITE_VERBS.iter().copied(), flag::FINITE);
        add(&mut HEDGES.iter().copied(), flag::HEDGE);
        add(&mut NAMING.iter().copied(), flag::NAMING);
        add(&mut OPENERS.iter().copied(), flag::OPENER);
        // Every listed name that is also an ordinary word ("ebba", "dag") is a word in lower case.
        let dict = &crate::lexicon::Lexicon::shared().dict;
        for (w, f) in flags.iter_mut() {
            if *f & (flag::FIRST | flag::LAST) != 0 && dict.contains(w) {
                *f |= flag::WORD_NAME;
            }
        }
        Lists { flags }
    }

    /// The flags of a lower-case word (0 for a word in no list).
    pub fn flags(&self, l: &str) -> u32 {
        self.flags.get(l).copied().unwrap_or(0)
    }

    /// Whether a lower-case word has a flag.
    pub fn is(&self, l: &str, f: u32) -> bool {
        self.flags(l) & f != 0
    }
}

impl Default for Lists {
    fn default() -> Lists {
        Lists::new()
    }
}

impl Lists {
    /// The lists, parsed on first use and then only read: immutable shared data, not
    /// mutable global state, so every guard shares one copy and building one is cheap.
    pub fn shared() -> &'static Lists {
        static LISTS: OnceLock<Lists> = OnceLock::new();
        LISTS.get_or_init(Lists::new)
    }
}
