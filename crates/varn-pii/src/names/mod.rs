//! Personal names, from a model of how Swedish marks a name rather than from lists alone.
//!
//! - Inside a sentence Swedish capitalises only proper nouns, so a capitalised word that
//!   does not open its sentence is a place, an organisation or a person. Places and
//!   organisations can be known (the gazetteer, the municipality's own names handed in at
//!   run time, compounds ending in a place word such as "-skolan"); an unknown proper noun
//!   is taken for a name. The guard fails closed.
//! - A word opening a sentence is capitalised anyway. There it is a name when it is a listed
//!   name that is no ordinary word, or when its lower-case form is not a Swedish word (the
//!   word list, with compounds). A listed name that is also a word ("Dag", "Björn") needs
//!   support: a name after it, a hyphenated part, "och" and a name.
//! - Capitals are evidence where they occur, but their absence is no proof: a word in lower
//!   case or in capitals is a name when it is a listed name that is no Swedish word and
//!   stands beside another name, or when it is no Swedish word and stands where a person
//!   stands: after a role word ("eleven"), "heter", a verb of perception or a social verb
//!   ("såg", "umgås med"), after "och" following a name, or as the subject before a
//!   finite verb at the start of a sentence.
//! - Weaker clues count too (`clues.rs`): the subject of a clause ("eftersom elin som hade
//!   …", "ceren i 8a sa"), a speaker's label in a chat ("adel mansour: …"), a name just before
//!   its owner's number, a word shaped like a surname beside it ("jussi heikkinen"), a topic
//!   ("angående meryem"), a greeting ("Hälsningar, dragana"), a list after a name, reported
//!   speech ("…, säger tahir"), a genitive before a role word ("zilans mamma"), "abu"/"umm";
//!   a user name built from names ("isak.ahlgren", `handle.rs`).
//! - And some capitalised words are no persons: abbreviations in capitals ("IT", "HR",
//!   "KS") unless a role word points at a person, code ("SUMMA(", "Reg.nr"), a name given to
//!   a thing ("en chattgrupp som heter ”Vita Söder”"), quoted text and other languages
//!   (`quoted.rs`: "med texten ”Free Palestine”", "Meine Ehre heißt Treue"), a make after
//!   "en" ("en grön Berlingo"), a festival where a day stands ("inför Lucia").
//!
//! One pass over the tokens with a bounded look-around (a few words each way); a lookup in
//! the word list is a binary search. It never echoes the text.

mod clues;
mod context;
mod decide;
mod handle;
mod quoted;
mod stated;

use crate::lexicon::{Gazetteer, Lexicon};
use crate::lists::{flag, Lists};
use crate::token::{Tok, TokKind};
use crate::{Budget, Exceeded, Finding, Kind};

use context::Ctx;
pub(crate) use context::Ends;
use quoted::Quote;

const EXPLAIN_LISTED: &str = "Ser ut som ett namn på en person.";
const EXPLAIN_PROPER: &str = "Ett ord med stor bokstav mitt i en mening är ett egennamn; det här är ingen känd plats eller organisation och kan vara en persons namn.";
const EXPLAIN_CONTEXT: &str =
    "Ordet står där ett namn brukar stå och är inget vanligt svenskt ord; det kan vara ett namn.";
const SUGGEST_PERSON: &str = "Skriv vem det är utan namn, till exempel ”eleven”, ”en vårdnadshavare” eller ”en man i 20-årsåldern”.";
const SUGGEST_PERSON_OR_PLACE: &str = "Skriv vem det är utan namn, till exempel ”eleven” eller ”en vårdnadshavare”. Om det är ett område eller en plats: skriv området, t.ex. ”i stadsdelen”.";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Shape {
    /// "Hodan"
    Cap,
    /// "HODAN" (two letters or more)
    Upper,
    /// "hodan"
    Lower,
    /// "SoL", "iPhone", "TikTok": abbreviations and brands
    Mixed,
    /// "H"
    Single,
}

pub(super) fn shape(w: &str) -> Shape {
    // Most words are ASCII: counted as bytes, no character decoded (the same answer:
    // an ASCII letter is upper or lower case as `char` says); the first byte of another
    // character sends the word to the general count below.
    let b = w.as_bytes();
    let (mut upper, mut lower) = (0usize, 0usize);
    let ascii = b.iter().skip(1).all(|&c| {
        upper += usize::from(c.is_ascii_uppercase());
        lower += usize::from(c.is_ascii_lowercase());
        c.is_ascii()
    });
    if let (true, Some(&first)) = (ascii, b.first().filter(|c| c.is_ascii())) {
        return match (first.is_ascii_uppercase(), b.len() - 1, upper, lower) {
            (true, 0, _, _) => Shape::Single,
            (true, _, 0, _) => Shape::Cap,
            (true, _, _, 0) => Shape::Upper,
            (false, _, 0, _) => Shape::Lower,
            (false, _, 3.., 0) if first.is_ascii_lowercase() => Shape::Cap,
            _ if sponge(w) => Shape::Cap,
            _ => Shape::Mixed,
        };
    }
    let mut chars = w.chars();
    let Some(first) = chars.next() else {
        return Shape::Mixed;
    };
    let (mut upper, mut lower, mut n) = (0usize, 0usize, 0usize);
    for c in chars {
        n += 1;
        if c.is_uppercase() {
            upper += 1;
        } else if c.is_lowercase() {
            lower += 1;
        }
    }
    match (first.is_uppercase(), n, upper, lower) {
        (true, 0, _, _) => Shape::Single,
        (true, _, 0, _) => Shape::Cap,
        (true, _, _, 0) => Shape::Upper,
        (false, _, 0, _) => Shape::Lower,
        // Caps Lock pressed by mistake inverts a capitalised word: "qUOLBERG" (three
        // capitals after the small letter at least; "eID" stays an abbreviation).
        (false, _, 3.., 0) if first.is_lowercase() => Shape::Cap,
        _ if sponge(w) => Shape::Cap,
        _ => Shape::Mixed,
    }
}

/// Whether a word's case alternates, a capital after a small letter at least twice
/// ("vEnDlA", "vAlLgReN"): a disguise, no brand's or abbreviation's camel case ("iPhone",
/// "TikTok", "SoL" have one such step). Read as a capitalised word, fail closed.
fn sponge(w: &str) -> bool {
    let mut steps = 0;
    let mut lower = false;
    for c in w.chars() {
        if c.is_uppercase() {
            steps += usize::from(lower);
            lower = false;
        } else if c.is_lowercase() {
            lower = true;
        } else {
            return false;
        }
    }
    steps >= 2
}

/// Why a word was taken for a name (it chooses the wording of the finding).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Why {
    Listed,
    Proper,
    Context,
}

/// How strongly the words before point at a person in the next word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Cue {
    None,
    /// A topic ("angående"), a greeting ("hej", "hälsningar,"), a comma after a name in a
    /// list: a word that is no Swedish word is a name; a capitalised one is judged as
    /// always.
    Weak,
    /// A preposition after a social verb ("umgås med", "ringde till"), "och" after a
    /// name: a capitalised word is a name, and a short one in capitals with a vowel.
    Via,
    /// A role word ("eleven", "storebror", "heter"), a verb of perception or a social verb
    /// ("såg", "träffade"): even a listed name that is also a word ("skriver kasper att").
    Strong,
    /// A naming verb and its object ("kallar honom", "kallas för"): even an ordinary word
    /// is a nickname ("kallar honom lillen").
    Named,
}

/// What the word before a preposition was.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Before {
    Other,
    Saying,
    Passive,
}

impl Before {
    fn of(l: &str, f: u32) -> Before {
        if f & flag::REPORTING != 0 {
            Before::Saying
        } else if l.len() >= 5
            && (["ades", "des", "tes", "ats"].iter().any(|e| l.ends_with(e))
                || l.ends_with("ad") && !l.ends_with("stad"))
        {
            Before::Passive
        } else {
            Before::Other
        }
    }
}

/// What the word `l` says about the next one, and whether it is a verb that takes a
/// person through a preposition.
///
/// `before` is what the word before was: a verb of saying takes its listener through
/// "till", "för", "åt" ("sa till X", "berättade för X"), a passive its agent through "av"
/// ("hotades av X", "blev knuffad av X").
fn cue_of(l: &str, f: u32, prev_verb: bool, before: Before) -> (Cue, bool) {
    let verb = f & flag::PERSON_VERB != 0;
    let cue = if verb || f & (flag::ROLE | flag::REPORTING) != 0 || clues::role_compound(l) {
        Cue::Strong
    } else if prev_verb && f & flag::PREPOSITION != 0
        || before == Before::Saying && matches!(l, "till" | "för" | "åt")
        || before == Before::Passive && l == "av"
    {
        Cue::Via
    } else if f & (flag::TOPIC | flag::GREETING) != 0 {
        Cue::Weak
    } else {
        Cue::None
    };
    // A role word also takes its person through a preposition: "mamman till X"; not an
    // interpreter, whose preposition takes a language ("tolk på kirundi").
    let interpreter = l.ends_with("tolk") || l.ends_with("tolken");
    (
        cue,
        verb || f & (flag::WITH_VERB | flag::ROLE) != 0 && !interpreter,
    )
}

/// The keys of a field that holds a person's name, in a form, an export or a link.
pub(super) const NAME_KEYS: &[&str] = &[
    "namn",
    "förnamn",
    "fornamn",
    "efternamn",
    "tilltalsnamn",
    "mellannamn",
    "name",
    "firstname",
    "lastname",
    "surname",
    "fname",
    "lname",
];

const EXPLAIN_HANDLE: &str = "Ser ut som ett användarnamn byggt av en persons namn.";
const EXPLAIN_SPACED: &str =
    "Bokstäverna med mellanslag mellan bildar ett namn; det kan vara en persons namn.";

/// The quotation marks.
pub(super) fn is_quote(k: TokKind) -> bool {
    matches!(k, TokKind::Punct('"' | '”' | '“' | '»' | '«'))
}

/// Finds personal names; one pass, bounded look-around.
pub fn scan(
    text: &str,
    tokens: &[Tok],
    lists: &Lists,
    places: Option<&Gazetteer>,
    out: &mut Vec<Finding>,
    budget: &mut Budget,
) -> Result<(), Exceeded> {
    let cx = context(text, tokens, lists, places, out, budget)?;
    let mut st = State::new();
    let mut i = 0;
    let mut buf = String::new();
    let breaks = text.contains("-\n");
    while i < tokens.len() {
        budget.spend(1)?;
        let Some(w) = cx.word(i) else {
            st.gap(&cx, i, budget)?;
            i += 1;
            continue;
        };
        if let Some(next) = st.spaced_or_handle(&cx, i, w, out, budget)? {
            i = next;
            continue;
        }
        let lw: &str = if crate::plainly_lower(w) {
            w
        } else {
            crate::lower_into(&mut buf, w);
            &buf
        };
        // A capitalised word broken at a line's end by a hyphen ("Konstan-⏎tinidis") is
        // judged whole, and only whole: either half alone may be a word or end as a place
        // does ("Social-⏎tjänsten" is the body, not the word "Social"). Asked only in a
        // text that holds a hyphen before a line break (`breaks`, one search per scan),
        // then of a word with a hyphen after it.
        let tail = if breaks
            && tokens
                .get(i + 1)
                .is_some_and(|h| h.kind == TokKind::Punct('-'))
        {
            broken_tail(&cx, i)
        } else {
            None
        };
        let (whole, lwhole);
        let (w, lw, after) = match tail {
            Some(n) => {
                whole = format!("{w}{}", cx.word(n).unwrap_or_default());
                lwhole = whole.to_lowercase();
                (whole.as_str(), lwhole.as_str(), n + 1)
            }
            None => (w, lw, i + 1),
        };
        let f = lists.flags(lw);
        // A capitalised word that was part of a name found earlier in the text, or its
        // genitive, is that person wherever it stands, in an association's name too
        // ("Föreningen Xs vänner"): the rules that make a thing of a word come after. A
        // name said again is decided at once (cheapest checks first: most words are short
        // or in lower case).
        let again = lw.len() >= 4
            && (w.as_bytes()[0].is_ascii_uppercase() || !w.is_ascii())
            && f & (flag::ROLE | flag::OPENER | flag::NOT_NAME) == 0
            && cx.found_before(lw)
            && matches!(shape(w), Shape::Cap | Shape::Upper)
            // Not the town after a postal code, a phrase of the gazetteer, or a word the
            // sentence reads as no person ("Svea hovrätt").
            && !cx.after_postal_code(i)
            && !cx.known_place(i, lw, true)
            && !cx.cap_reads_as_word(i, lw);
        let why = if again {
            Some(Why::Context)
        } else {
            // A column's title in a table's header row pasted with tabs ("Namn\tEnhet\t
            // Status", "Deltagare\tEnhet\tKlass") is a word, whatever the cell before it
            // names: asked only of a word the rules took for a name.
            cx.decide(i, w, lw, f, st.cue).filter(|_| {
                !(f & (flag::FIRST | flag::LAST) == 0
                    && shape(w) == Shape::Cap
                    && cx.header_cell(i))
            })
        };
        i = match why {
            None => {
                st.word(&cx, i, w, lw, f);
                after
            }
            Some(why) => st.name(&cx, i, w, lw, why, out, budget)?,
        };
    }
    Ok(())
}

/// The second half of a capitalised word broken at a line's end by a hyphen
/// ("Konstan-⏎tinidis"): a word in lower case opening the next line. Not a word that
/// joins a shared tail ("El-⏎och energiprogrammet"). Cheap token tests first: a hyphen
/// glued after the word.
#[cold]
fn broken_tail(cx: &Ctx, i: usize) -> Option<usize> {
    let t = cx.tokens;
    let h = t.get(i + 1)?;
    // The line break right after the hyphen.
    if h.kind != TokKind::Punct('-')
        || h.start != t[i].end
        || cx.text.as_bytes().get(h.end) != Some(&b'\n')
        || t.get(i + 2)?.kind != (TokKind::Space { newline: true })
        || cx.word(i).is_none_or(|w| shape(w) != Shape::Cap)
    {
        return None;
    }
    let n = i + 3;
    let c = cx.word(n)?;
    (shape(c) == Shape::Lower && !matches!(c, "och" | "eller" | "samt" | "till")).then_some(n)
}

/// The context of a scan: the text, the lists and the findings of the scans before.
fn context<'a>(
    text: &'a str,
    tokens: &'a [Tok],
    lists: &'a Lists,
    places: Option<&'a Gazetteer>,
    out: &[Finding],
    budget: &mut Budget,
) -> Result<Ctx<'a>, Exceeded> {
    let mut ids: Vec<usize> = out
        .iter()
        .filter(|f| {
            matches!(
                f.kind,
                Kind::Personnummer | Kind::Samordningsnummer | Kind::Phone | Kind::Email
            )
        })
        .map(|f| f.start)
        .collect();
    ids.sort_unstable();
    let mut addresses: Vec<usize> = out
        .iter()
        .filter(|f| f.kind == Kind::Address)
        .map(|f| f.start)
        .collect();
    addresses.sort_unstable();
    budget.spend((ids.len() + addresses.len()) as u64)?;
    Ok(Ctx {
        memo: Default::default(),
        text,
        tokens,
        lists,
        lex: Lexicon::shared(),
        places,
        ids,
        addresses,
        found: Default::default(),
    })
}

/// What the tokens read so far say about the next word.
struct State {
    cue: Cue,
    prev_verb: bool,
    /// The last word read (not a name): what it was matters only to a preposition after
    /// it, so it is looked at only then.
    before: Option<usize>,
    /// The last word was a role word ("kusin", "eleven"): a comma keeps its cue.
    role_before: bool,
    /// 1 after a naming verb, 2 after "presenterade sig"; 4 and 5 for "kalla".
    naming: u8,
    /// Token index of the last name's last word.
    last_name: Option<usize>,
    /// The last name was given by a naming verb: a list after it ("kallar sig X, Y och
    /// Z") names the others too.
    named_list: bool,
    /// A greeting's cue holds across a comma or a line break ("Hälsningar,\nDragana").
    greeting: bool,
    /// After a possessive pronoun and a noun, the next word may be a person's ("min granne
    /// sirkka", "hans kusin omar"): 1 after the pronoun.
    owner: u8,
    /// The next name names a thing ("en chattgrupp som heter ”Vita Söder”").
    thing: bool,
    /// The thing is a vehicle: even a listed name is its name ("bilen heter ”Olle”").
    vehicle: bool,
    /// Inside a quotation: where it closes and what it is.
    quote: Option<Quote>,
}

impl State {
    /// The state at the start of a text.
    fn new() -> State {
        State {
            cue: Cue::None,
            prev_verb: false,
            before: None,
            role_before: false,
            naming: 0,
            last_name: None,
            named_list: false,
            greeting: false,
            owner: 0,
            thing: false,
            vehicle: false,
            quote: None,
        }
    }

    /// Reads token `i`, which is no word: a quotation mark, punctuation or white space.
    fn gap(&mut self, cx: &Ctx, i: usize, budget: &mut Budget) -> Result<(), Exceeded> {
        let tokens = cx.tokens;
        let kind = tokens[i].kind;
        if self.quote.is_some_and(|q| q.end <= i) {
            self.quote = None;
        } else if self.quote.is_none() && is_quote(kind) {
            budget.spend(60)?;
            self.quote = cx.quote(i);
            // Quoted text after a word for writing is the text, not a person: "har
            // skrivit ”…”".
            if self.quote.is_some_and(|q| q.text) && self.naming == 0 && !self.thing {
                self.cue = Cue::None;
            }
        }
        let through = matches!(
            kind,
            TokKind::Space { newline: false } | TokKind::Punct('\'' | '‘' | '’')
        ) || is_quote(kind);
        let list = kind == TokKind::Punct(',') && self.last_name.is_some_and(|e| e + 1 == i);
        // "+" or "&" after a name joins another, as "och" does ("yonatan + abel").
        let plus = matches!(kind, TokKind::Punct('+' | '&'))
            && self.last_name.is_some_and(|e| e + 2 == i)
            && matches!(tokens[i - 1].kind, TokKind::Space { newline: false });
        // A label or a bracket after a role word: "Kontaktperson: hodan", "mamman
        // (leila)".
        let label = matches!(kind, TokKind::Punct(':' | '(')) && self.cue >= Cue::Strong;
        // A field for a person's name and its value: "förnamn: Fläder", "efternamn=Tjärn",
        // the value even when it is a word.
        let name_key = matches!(kind, TokKind::Punct(':' | '='))
            && i > 0
            && tokens[i].start == tokens[i - 1].end
            && cx.word(i - 1).is_some_and(|w| {
                w.len() <= 14 && NAME_KEYS.contains(&crate::lower_cow(w).as_ref())
            });
        if name_key {
            self.cue = Cue::Strong;
        }
        let label = label || name_key;
        // A name in apposition after a role word: "min kusin, dawit, sa". Only a
        // weak cue: a word that is no Swedish word ("Pratat med chefen" after
        // "samordnaren," is a word).
        let apposition = kind == TokKind::Punct(',') && self.cue == Cue::Strong && self.role_before;
        let greeted = self.greeting
            && matches!(
                kind,
                TokKind::Punct(',' | '!') | TokKind::Space { newline: true }
            );
        if !through {
            self.owner = 0;
        }
        // A thing's name after its label and a comma or a colon: "ett bandnamn, X".
        let thing_label = self.thing
            && matches!(kind, TokKind::Punct(',' | ':'))
            && i > 0
            && cx
                .word(i - 1)
                .is_some_and(|w| w.ends_with("namn") || w.ends_with("namnet"));
        if apposition {
            self.cue = Cue::Weak;
            self.prev_verb = false;
        } else if plus {
            self.cue = self.cue.max(Cue::Via);
        } else if list && self.named_list && cx.word(i + 2).is_some_and(|w| shape(w) == Shape::Cap)
        {
            self.cue = Cue::Named;
        } else if list || signature_slash(tokens, i) {
            self.cue = self.cue.max(Cue::Weak);
        } else if !through && !greeted && !label {
            self.cue = Cue::None;
            self.prev_verb = false;
            self.before = None;
            self.naming = 0;
            self.greeting = false;
            self.thing = thing_label;
            self.vehicle = false;
        }
        Ok(())
    }

    /// A name spaced letter by letter or a user name built from names at word `i`: the
    /// token after it.
    fn spaced_or_handle(
        &mut self,
        cx: &Ctx,
        i: usize,
        w: &str,
        out: &mut Vec<Finding>,
        budget: &mut Budget,
    ) -> Result<Option<usize>, Exceeded> {
        let tokens = cx.tokens;
        // A name spaced letter by letter: "j o h a n n a", "Đ u r o" (from a word of one
        // character).
        let single = {
            let mut cs = w.chars();
            cs.next();
            cs.next().is_none()
        };
        if let Some(last) = single.then(|| cx.spaced_name(i, w)).flatten() {
            budget.spend((last - i) as u64)?;
            out.push(Finding {
                kind: Kind::Name,
                start: tokens[i].start,
                end: tokens[last].end,
                explanation: EXPLAIN_SPACED,
                suggestion: Some(SUGGEST_PERSON),
            });
            self.last_name = Some(last);
            self.cue = Cue::None;
            return Ok(Some(last + 1));
        }
        // A name with digits or signs for letters: "N1na", "h@nna" (asked only when a
        // digit or a sign is glued after the word).
        let stand_in_after = tokens.get(i + 1).is_some_and(|t| {
            t.start == tokens[i].end
                && matches!(t.kind, TokKind::Number | TokKind::Punct('@' | '$'))
        });
        let glued_before = i > 0
            && tokens[i - 1].end == tokens[i].start
            && matches!(tokens[i - 1].kind, TokKind::Word | TokKind::Number);
        if stand_in_after && !glued_before {
            if let Some(last) = cx.leet_name(i) {
                budget.spend((last - i) as u64)?;
                out.push(Finding {
                    kind: Kind::Name,
                    start: tokens[i].start,
                    end: tokens[last].end,
                    explanation: EXPLAIN_HANDLE,
                    suggestion: Some(SUGGEST_PERSON),
                });
                self.cue = Cue::None;
                return Ok(Some(last + 1));
            }
        }
        // A user name built from names: "isak.ahlgren", "sara.lind92".
        let glued_after = tokens
            .get(i + 1)
            .is_some_and(|t| t.start == tokens[i].end && t.kind != TokKind::Punct('-'));
        let mention = i > 0 && tokens[i - 1].kind == TokKind::Punct('@');
        if glued_after || mention {
            if let Some(last) = cx.handle(i) {
                budget.spend((last - i) as u64)?;
                out.push(Finding {
                    kind: Kind::Name,
                    start: tokens[i].start,
                    end: tokens[last].end,
                    explanation: EXPLAIN_HANDLE,
                    suggestion: Some(SUGGEST_PERSON),
                });
                self.cue = Cue::None;
                return Ok(Some(last + 1));
            }
        }
        Ok(None)
    }

    /// Reads word `i`, which is no name: what it says about the next word.
    fn word(&mut self, cx: &Ctx, i: usize, w: &str, lw: &str, f: u32) {
        let lists = cx.lists;
        // A role word ends a thing's name given after "heter": "Föreningen heter X och
        // kontaktpersonen är Y" names a person in Y.
        if self.thing && f & flag::ROLE != 0 && shape(w) == Shape::Lower {
            self.thing = false;
            self.vehicle = false;
        }
        // The subject after a naming verb keeps its state: "kallar de sig X",
        // "presenterade han sig som X".
        if matches!(self.naming, 1 | 4) && matches!(lw, "de" | "dom" | "han" | "hon" | "hen") {
            return;
        }
        if self.cue != Cue::None && f & flag::HEDGE != 0 || self.prev_verb && f & flag::ADVERB != 0
        {
            return;
        }
        // A question's subject after a verb that takes a person keeps the verb's cue:
        // "såg nån X igår?", "träffade du X?".
        if self.cue == Cue::Strong
            && self.prev_verb
            && !self.role_before
            && matches!(lw, "nån" | "någon" | "du" | "ni")
        {
            return;
        }
        // A role word and "är" name the person after it: "kontaktpersonen är X", "admin
        // e X" (chat). The cue goes over the verb, as Via.
        if self.role_before && matches!(lw, "är" | "e" | "var" | "va") {
            self.cue = Cue::Via;
            self.role_before = false;
            self.prev_verb = false;
            self.before = Some(i);
            return;
        }
        let kind_before = match (self.before, lw) {
            (None, _) => Before::Other,
            (Some(b), "till" | "för" | "åt" | "av") => cx
                .lower_cow(b)
                .map_or(Before::Other, |b| Before::of(&b, lists.flags(&b))),
            _ => Before::Other,
        };
        let (c, v) = cue_of(lw, f, self.prev_verb, kind_before);
        // One greets with a word or a gesture: "hälsade med salam" is no person.
        let greeted_with = lw == "med"
            && self
                .before
                .and_then(|b| cx.lower_cow(b))
                .is_some_and(|b| matches!(b.as_ref(), "hälsade" | "hälsar" | "hälsa" | "hälsat"));
        let c = if greeted_with { Cue::None } else { c };
        // "jag och" before a word: a person goes with the writer ("jag och X åker"); a
        // word that is no Swedish word there is a name ("jag och mamma" stays a word).
        // "hört om" before a word: what one hears or chats about is a topic, as after
        // "angående" ("har du hört om X?", "vi snackade om X"); "ta det med" and "kolla
        // med" before a word: one takes a matter up or checks it with a person ("jag tar
        // det med X imorgon", "kolla med X").
        let prev = || cx.neighbour(i, -1, false);
        let word_at = |k: Option<usize>| k.and_then(|p| cx.word(p));
        // Only words of three bytes or fewer are asked (most words turn away at once).
        let c = if (lw.len() <= 3 || lw == "från")
            && c < Cue::Weak
            && match lw {
                "och" | "o" | "å" => word_at(prev()).is_some_and(|p| matches!(p, "jag" | "Jag")),
                // What one chats about is a topic too: "snackade om X" (the plainer
                // "pratar om" takes movements and slang: "pratar om incels").
                "om" => word_at(prev()).is_some_and(|p| {
                    matches!(
                        p,
                        "hört" | "hörde" | "hör" | "snackade" | "snackar" | "snacka"
                    )
                }),
                // A message or a call comes from a person: "fick ett sms från X".
                "från" => word_at(prev()).is_some_and(|p| {
                    matches!(
                        p,
                        "sms"
                            | "mejl"
                            | "mail"
                            | "mejlet"
                            | "mailet"
                            | "meddelande"
                            | "meddelandet"
                            | "samtal"
                            | "samtalet"
                            | "brev"
                            | "brevet"
                            | "dm"
                            | "pm"
                    )
                }),
                // One checks a matter with a person: "kolla med X".
                "med" => {
                    let p = prev();
                    match word_at(p) {
                        Some("det") => word_at(p.and_then(|p| cx.neighbour(p, -1, false)))
                            .is_some_and(|t| matches!(t, "ta" | "tar" | "tog" | "tagit")),
                        Some(v) => matches!(v, "kolla" | "kollar" | "kollade" | "Kolla"),
                        None => false,
                    }
                }
                _ => false,
            } {
            c.max(Cue::Weak)
        } else {
            c
        };
        self.before = Some(i);
        // Strong from neither a verb nor a verb of saying: a role word.
        self.role_before = c == Cue::Strong && f & (flag::PERSON_VERB | flag::REPORTING) == 0;
        // "och" or "eller" after a name: the next word is a name too ("Algot och
        // sigvard", "Algot eller Lärka").
        let coordinated = matches!(lw, "och" | "o" | "å" | "samt" | "eller")
            && self
                .last_name
                .is_some_and(|e| cx.neighbour(e, 1, false) == Some(i));
        // "kallar sig X", "kallade sig för X": a naming verb of "kalla" names its
        // subject through "sig" (state 4, then 5); others through "sig som" (1, 2).
        let named = matches!(
            (self.naming, lw),
            (1 | 4, "honom" | "henne" | "hen" | "för")
                | (2 | 5, "som")
                | (4, "sig")
                | (5, "för" | "själv" | "själva")
        )
            // A noun for the name a person hides behind gives it as a naming verb does:
            // "använder täcknamnet ”Räven”", "X alias Gammen".
            || matches!(
                lw,
                "täcknamnet" | "täcknamn" | "täcknamnen" | "alias" | "aliaset" | "pseudonymen"
            )
            // In a relative clause the object is the one named: "mannen som alla kallar X".
            || f & flag::NAMING != 0
                && lw.starts_with("kalla")
                && cx.neighbour(i, -1, false).is_some_and(|s| {
                    cx.word(s).is_some_and(|s| {
                        matches!(s, "alla" | "de" | "dom" | "vi" | "man" | "folk" | "många")
                    }) && cx.neighbour(s, -1, false).is_some_and(|r| {
                        // The one the clause is about is a person: "mannen som …".
                        cx.word(r) == Some("som")
                            && cx
                                .neighbour(r, -1, false)
                                .and_then(|a| cx.lower_cow(a))
                                .is_some_and(|a| lists.is(&a, flag::ROLE))
                    })
                });
        self.naming = match lw {
            "sig" if self.naming == 1 => 2,
            "sig" if self.naming == 4 => 5,
            // "kallar sig själv X", "kallar sig själv för X".
            "själv" | "själva" if self.naming == 5 => 5,
            _ if f & flag::NAMING != 0 && lw.starts_with("kall") => 4,
            _ if f & flag::NAMING != 0 => 1,
            _ => 0,
        };
        if matches!(
            lw,
            "heter"
                | "hette"
                | "heta"
                | "kallas"
                | "kallar"
                | "kallade"
                | "kallades"
                | "namnet"
                | "namn"
        ) {
            self.thing = cx.thing_named(i);
            // A vehicle given a name: "Hans bil heter ”Olle”", "mopeden kallas Blixten".
            self.vehicle = cx
                .neighbour(i, -1, false)
                .and_then(|b| cx.lower_cow(b))
                .is_some_and(|b| {
                    [
                        "bil", "bilen", "båt", "båten", "moped", "mopeden", "cykel", "cykeln",
                    ]
                    .iter()
                    .any(|v| b.ends_with(v))
                        && !b.contains("mobil")
                });
            self.thing |= self.vehicle;
        }
        // A thing's name given after a comma or a colon: "ett bandnamn, X", "låtnamnet: X".
        if lw.len() > 6 && (lw.ends_with("namn") || lw.ends_with("namnet")) {
            let head = lw.trim_end_matches("et").trim_end_matches("namn");
            if matches!(
                head,
                "band" | "låt" | "album" | "grupp" | "spel" | "firma" | "företags"
            ) {
                self.thing = true;
            }
        }
        self.greeting = f & flag::GREETING != 0;
        // The noun after a possessive pronoun points at its owner's person: "min
        // granne", "hans kusin".
        let owned = self.owner == 1 && shape(w) == Shape::Lower && cx.is_word(lw);
        self.owner = u8::from(matches!(
            lw,
            "min" | "din" | "hans" | "hennes" | "hens" | "sin" | "vår" | "er" | "deras"
        ));
        // "och" after a personal pronoun joins a person to it: "jag och gorm tar …".
        let with_pronoun = lw == "och"
            && cx
                .neighbour(i, -1, false)
                .and_then(|p| cx.word(p))
                .is_some_and(|p| {
                    matches!(
                        p,
                        "jag" | "du" | "mig" | "dig" | "Jag" | "Du" | "hon" | "han" | "hen"
                    )
                });
        self.cue = if named || coordinated && self.named_list {
            Cue::Named
        } else if with_pronoun {
            c.max(Cue::Strong)
        } else if coordinated {
            c.max(Cue::Via)
        } else if owned {
            c.max(Cue::Weak)
        } else {
            c
        };
        self.prev_verb = v;
    }

    /// Reads word `i`, taken for a name for `why`: reports the name with the words that
    /// belong to it, unless it names a place or a thing; the token after it.
    #[allow(clippy::too_many_arguments)]
    fn name(
        &mut self,
        cx: &Ctx,
        i: usize,
        w: &str,
        lw: &str,
        why: Why,
        out: &mut Vec<Finding>,
        budget: &mut Budget,
    ) -> Result<usize, Exceeded> {
        let tokens = cx.tokens;
        let (first, last) = extent(cx, i, shape(w) != Shape::Cap, out);
        budget.spend((last - first) as u64 + 4)?;
        // A place, a school or a street named after a person ("Anna Whitlocks gymnasium",
        // "Sofia skola", "Birger Jarlsgatan 57"), or a name qualifying a common noun
        // ("Karl XII-firandet") is no person.
        if cx.names_a_place(last) {
            self.cue = Cue::None;
            self.prev_verb = false;
            self.naming = 0;
            return Ok(last + 1);
        }
        // A name given to a thing ("en chattgrupp som heter ”Vita Söder”"), or capitalised
        // words in quoted text or another language, unless a list knows them.
        let plain = self
            .quote
            .is_some_and(|q| i < q.end && cx.quoted_text(&q, i, lw))
            && shape(w) != Shape::Lower
            && self.cue == Cue::None;
        // A make after a garment and "från" ("kepsen var från X Y") is passed whole,
        // listed or not.
        let make = cx.garment_make(first);
        // A first name only the world's list knows names a thing as an unknown word does.
        let listed = why == Why::Listed && !cx.lists.is(lw, flag::WORLD);
        if make || (!listed || self.vehicle) && (self.thing || plain) {
            self.cue = Cue::None;
            self.prev_verb = false;
            self.naming = 0;
            // A thing's name is passed whole; in a quotation only the word, so that a
            // proper noun after it is judged by itself ("Ave Roberto …").
            let next = if self.thing || make { last + 1 } else { i + 1 };
            self.thing = false;
            self.vehicle = false;
            return Ok(next);
        }
        let (explanation, suggestion) = match why {
            Why::Listed => (EXPLAIN_LISTED, SUGGEST_PERSON),
            Why::Proper => (EXPLAIN_PROPER, SUGGEST_PERSON_OR_PLACE),
            Why::Context => (EXPLAIN_CONTEXT, SUGGEST_PERSON_OR_PLACE),
        };
        // A word before "och" and this name that is no Swedish word is a name too:
        // "yusuf o hamid som …".
        if let Some(before) = cx.coordinated_before(first, self.last_name.map(|e| tokens[e].end)) {
            out.push(Finding {
                kind: Kind::Name,
                start: tokens[before].start,
                end: tokens[before].end,
                explanation: EXPLAIN_CONTEXT,
                suggestion: Some(SUGGEST_PERSON_OR_PLACE),
            });
        }
        out.push(Finding {
            kind: Kind::Name,
            start: tokens[first].start,
            end: tokens[last].end,
            explanation,
            suggestion: Some(suggestion),
        });
        // Remembered for the rest of the text: the same word later is the same person
        // ("Stig Lind … Stig vet inte", "Leo … leo sa").
        cx.remember(first, last);
        self.named_list = self.cue == Cue::Named;
        self.last_name = Some(last);
        self.owner = 0;
        self.cue = Cue::None;
        self.prev_verb = false;
        self.naming = 0;
        self.thing = false;
        self.vehicle = false;
        self.greeting = false;
        Ok(last + 1)
    }
}

/// A signature after a slash at token `i`: "/joaquín", "//Pirkko Lehtonen".
///
/// Not inside an address ("http://evil.example"): the slashes follow white space or open
/// the text, and the word is no domain or file name.
fn signature_slash(tokens: &[Tok], i: usize) -> bool {
    let opens = |k: usize| k == 0 || matches!(tokens[k - 1].kind, TokKind::Space { .. });
    tokens[i].kind == TokKind::Punct('/')
        && (opens(i) || tokens[i - 1].kind == TokKind::Punct('/') && opens(i - 1))
        && tokens
            .get(i + 1)
            .is_some_and(|t| t.start == tokens[i].end && t.kind == TokKind::Word)
        && !matches!(
            (tokens.get(i + 2), tokens.get(i + 3)),
            (Some(p), Some(w))
                if p.kind == TokKind::Punct('.')
                    && p.start == tokens[i + 1].end
                    && w.kind == TokKind::Word
                    && w.start == p.end
        )
}

/// The first and last word of the name at word `i`: a word glued before by a hyphen
/// ("Al-Hassan") or a capitalised word before that is no opener ("Zlatan Andersson"), and
/// up to three words after.
fn extent(cx: &Ctx, i: usize, caseless: bool, out: &[Finding]) -> (usize, usize) {
    let tokens = cx.tokens;
    let mut first = i;
    if let Some(p) = cx.cell_neighbour(i, -1, true) {
        let hyphen = tokens[p + 1].kind == TokKind::Punct('-');
        let free = out.last().is_none_or(|f| f.end <= tokens[p].start);
        let take = free
            && cx.word(p).is_some_and(|pw| {
                let pl = pw.to_lowercase();
                let cap = shape(pw) == Shape::Cap;
                (hyphen && (cap || caseless))
                    || cap
                        && !cx.lists.is(&pl, flag::OPENER)
                        && !cx.not_name(&pl)
                        && !cx.own_place(p, &pl)
                        && (!cx.known_place(p, &pl, false)
                            || cx
                                .word(i)
                                .is_some_and(|w| cx.place_as_first_name(p, &w.to_lowercase())))
                        && (!cx.sentence_start(p) || !cx.is_word(&pl))
            });
        if take {
            first = p;
        }
    }
    let mut last = i;
    for _ in 0..3 {
        // The second half of a word broken at a line's end.
        if let Some(n) = tokens
            .get(last + 1)
            .filter(|h| h.kind == TokKind::Punct('-'))
            .and_then(|_| broken_tail(cx, last))
        {
            last = n;
            continue;
        }
        match cx.cell_neighbour(last, 1, true) {
            Some(n)
                if tokens[n - 1].kind == TokKind::Punct('-') && !cx.common_after_hyphen(n)
                    || cx.continues(n, caseless) =>
            {
                last = n
            }
            _ => break,
        }
    }
    (first, last)
}
