//! The name model's decisions for one word: a capitalised word (inside a sentence, or
//! opening one, `capitalised.rs`), and a word in lower case or capitals (`caseless.rs`);
//! the positions and clues they ask about a word's neighbours are in `positions.rs`.

pub(super) mod capitalised;
mod caseless;
mod joined;
mod positions;

use super::context::Ctx;
use super::{shape, Cue, Shape, Why};
use crate::lists::flag;
use crate::token::TokKind;

impl Ctx<'_> {
    /// `flags` are the word's flags in the lists (looked up once per word).
    pub(in crate::names) fn decide(
        &self,
        i: usize,
        w: &str,
        lw: &str,
        flags: u32,
        cue: Cue,
    ) -> Option<Why> {
        let sh = shape(w);
        // One letter repeated is a placeholder: "ÅÅÅÅ-MM-DD", "XX"; two capitals in a
        // list of initials after a label for those present are a person's ("JJ").
        let mut cs = lw.chars();
        if let Some(c) = cs.next() {
            if cs.as_str().len() >= c.len_utf8()
                && cs.all(|d| d == c)
                && !(sh == Shape::Upper && lw.chars().count() == 2 && self.initials_after_label(i))
            {
                return None;
            }
        }
        // The name field of a contact card or a QR code ("N:Bredmark;Ester;;;", "MECARD:N:
        // Bredmark,Ester;"), and a name between a passport's fillers ("…<<ESTER<URBAN<<"):
        // the family and given names, even words.
        if self.card_name(i, sh) {
            return Some(Why::Context);
        }
        // The alias a text was signed with: "undertecknat ”X”" (see `signed_alias`).
        if self.signed_alias(i, lw) {
            return Some(Why::Context);
        }
        // What a person is called: "killen som kallas X" (see `nickname`).
        if self.nickname(i, lw, sh) {
            return Some(Why::Context);
        }
        // A key of a data format glued to its value ("LOCATION:…", "ORGANIZER;CN=…") and
        // a keyword of SQL ("SELECT … WHERE …") are no names.
        if sh == Shape::Upper && (sql_keyword(lw) || self.field_key(i)) {
            return None;
        }
        // A statute book's abbreviation before a year, a colon and a number ("SKOLFS
        // 2014:40", "AFS 2020:1"): every Swedish "författningssamling" ends in "FS".
        if sh == Shape::Upper && lw.ends_with("fs") && self.statute_number_after(i) {
            return None;
        }
        // A date's template in capitals ("ÅÅÅÅMMDD", "ÅÅMMDD"): a placeholder.
        if sh == Shape::Upper && lw.contains("mmdd") && lw.chars().all(|c| "åymd".contains(c)) {
            return None;
        }
        // The value of a field for a person's name ("förnamn: Fläder", "EFTERNAMN=TJÄRN"),
        // even a word, unless it says the name is not given ("Namn: Anonym").
        if matches!(sh, Shape::Cap | Shape::Upper) && self.after_name_key(i) && !no_name_given(lw) {
            return Some(Why::Context);
        }
        // A field of a table's row under a column headed for names ("förnamn;efternamn"
        // above "Fläder;Tjärn"), even a word, unless it says no name is given or is a body.
        if matches!(sh, Shape::Cap | Shape::Upper | Shape::Lower)
            && self.in_name_column(i)
            && !no_name_given(lw)
            && !self.not_name(lw)
            // A body in the column (an alarm chain's "Socialjouren").
            && !self.known_place(i, lw, false)
            && !self.own_place(i, lw)
            && !self.place_compound(lw)
            && !self.definite_noun(lw)
        {
            return Some(Why::Context);
        }
        // A person's age after the word, in brackets or between commas: "Salvia (14 år)",
        // "ardesh, 15 år," (`age_after`). A place, a body or a word of the language in lower
        // case is none.
        // (A bracket or a comma after the word first: most words have neither.)
        let t = self.tokens;
        let bracket_or_comma = t.get(i + 1).is_some_and(|n| {
            matches!(n.kind, TokKind::Punct(',' | '('))
                || n.kind == (TokKind::Space { newline: false })
                    && t.get(i + 2).is_some_and(|b| b.kind == TokKind::Punct('('))
        });
        if bracket_or_comma && self.age_after(i, flags & flag::FIRST != 0) {
            let candidate = match sh {
                Shape::Cap | Shape::Upper => {
                    !self.not_name(lw)
                        && !self.known_place(i, lw, false)
                        && !self.own_place(i, lw)
                        && !self.definite_noun(lw)
                }
                Shape::Lower => {
                    flags & flag::FIRST != 0 && !self.not_name(lw) || self.caseless_candidate(i, lw)
                }
                _ => false,
            };
            if candidate {
                return Some(Why::Context);
            }
        }
        // So of a field named by a role word ("Kontaktperson: Fläder", "Mamma: Ljuva"),
        // unless the value is a role, a body in the definite form or no name.
        if sh == Shape::Cap
            && self.after_role_key(i)
            && !no_name_given(lw)
            // A title's abbreviation before its point: "Föredragande: Dr. …".
            && !self.title_abbreviation(i, lw)
            && !self.not_name(lw)
            && !self.definite_noun(lw)
            && !self.known_place(i, lw, false)
            && !self.own_place(i, lw)
        {
            return Some(Why::Context);
        }
        match sh {
            // Two names written as one word ("AliReza", or "Ali" and "Reza" joined by an
            // invisible character): both parts listed or shaped like names.
            Shape::Mixed if self.camel_names(w) => Some(Why::Listed),
            // A user name in camel case with a listed first name for a part, where a user
            // name stands: "@VargenAlgot", "kontot StoraAlgot".
            Shape::Mixed if self.camel_handle(i, w) => Some(Why::Context),
            // A name given by a naming verb, whatever its case: "kallar sig JärnVarg".
            Shape::Mixed if cue == Cue::Named && w.chars().count() >= 3 => Some(Why::Context),
            // Initials standing for a person: "A.K.", "L.M." (not "P.S.", "O.K.").
            Shape::Single if self.dotted_initials(i) || self.dashed_initials(i) => {
                Some(Why::Context)
            }
            Shape::Upper
                if self.initials_in_a_list(i, w)
                    || self.initials_on_dates(i)
                    || self.initials_again(i, w, lw)
                    || self.initials_acting(i, w)
                    || self.initials_assigned(i, w)
                    || self.initials_as_agent(i, w)
                    || self.initials_of_a_note(i, w)
                    || self.initials_of_a_joint_note(i, w)
                    || self.initials_in_a_group(i) =>
            {
                Some(Why::Context)
            }
            // A name written backwards ("nitraM"), or with a prefix ("MacDougall", read as a
            // capitalised word).
            Shape::Mixed if self.reversed_name(w) => Some(Why::Listed),
            // A listed first name in mixed case to pass a filter ("LiNnEa", "JoNNa"): three
            // changes of case or more.
            Shape::Mixed if case_changes(w) >= 3 && flags & flag::FIRST != 0 => Some(Why::Listed),
            // A word in capitals with the genitive's "s" in lower case ("JALMARIs bror"):
            // decided as the word in capitals is.
            Shape::Mixed if capitals_genitive(w) => {
                let (b, lb) = (&w[..w.len() - 1], &lw[..lw.len() - 1]);
                self.decide_caseless(i, b, lb, self.lists.flags(lb), Shape::Upper, cue)
            }
            Shape::Mixed if crate::names::stated::prefixed_surname(w) => {
                self.decide_cap(i, lw, cue)
            }
            Shape::Mixed | Shape::Single => None,
            Shape::Cap => self.decide_cap(i, lw, cue),
            Shape::Lower | Shape::Upper => self.decide_caseless(i, w, lw, flags, sh, cue),
        }
    }

    /// A word of two capitalised parts that are both names: "AliReza", "MohammadAli".
    pub(super) fn camel_names(&self, w: &str) -> bool {
        let Some((k, _)) = w.char_indices().skip(1).find(|(_, c)| c.is_uppercase()) else {
            return false;
        };
        let (a, b) = w.split_at(k);
        [a, b].iter().all(|p| {
            shape(p) == Shape::Cap && p.chars().count() >= 2 && {
                let l = p.to_lowercase();
                let (f, s) = self.listed(&l);
                (f || s) && !self.not_name(&l)
            }
        })
    }
}

/// Words that fill a name's field to say the name is not given: "Namn: Anonym",
/// "Efternamn: Saknas".
/// The roles of a meeting's minutes, as labels of a field whose value is the person
/// ("Protokollförare: …", "Ordförande: …").
const MINUTES_ROLES: &[&str] = &[
    "protokollförare",
    "sekreterare",
    "mötessekreterare",
    "justerare",
    "ordförande",
    "mötesordförande",
    "mötesledare",
    "sammankallande",
    "föredragande",
    "ansvarig",
    "handläggare",
];

fn no_name_given(l: &str) -> bool {
    matches!(
        l,
        "anonym"
            | "anonymt"
            | "anonymiserad"
            | "anonymiserat"
            | "okänd"
            | "okänt"
            | "saknas"
            | "ej"
            | "ingen"
            | "inget"
            | "hemlig"
            | "hemligt"
            | "sekretess"
            | "borttaget"
            | "borttagen"
            | "oklart"
            | "uppgift"
            | "se"
            | "vet"
            | "ja"
            | "nej"
    )
}

/// A word in capitals, two letters or more, and a genitive "s" in lower case: "JALMARIs".
fn capitals_genitive(w: &str) -> bool {
    w.strip_suffix('s')
        .is_some_and(|b| b.chars().count() >= 2 && shape(b) == Shape::Upper)
}

/// The keywords of SQL, written in capitals in a query.
fn sql_keyword(l: &str) -> bool {
    matches!(
        l,
        "select"
            | "from"
            | "where"
            | "update"
            | "set"
            | "insert"
            | "into"
            | "values"
            | "delete"
            | "join"
            | "and"
            | "or"
            | "not"
            | "null"
            | "order"
            | "group"
            | "by"
            | "like"
            | "limit"
    )
}

/// Nouns for an account that its user name follows: "kontot …", "gamertaggen …".
const ACCOUNT_NOUNS: &[&str] = &[
    "kontot",
    "konto",
    "kontona",
    "profilen",
    "profil",
    "användaren",
    "användarnamnet",
    "gamertaggen",
    "gamertag",
    "aliaset",
    "nicket",
];

impl Ctx<'_> {
    /// Whether the word at `i` is a name in a contact card's "N:" field (the first part,
    /// or the second after ";" or ","), or a word in capitals between a passport's "<"
    /// fillers.
    fn card_name(&self, i: usize, sh: Shape) -> bool {
        use crate::token::TokKind::Punct;
        let t = self.tokens;
        if i < 2 {
            return false;
        }
        let glued = |k: usize| t[k].start == t[k - 1].end;
        let kind = t[i - 1].kind;
        if !matches!(kind, Punct(':' | ';' | ',' | '<')) || !glued(i) || !glued(i - 1) {
            return false;
        }
        let n_field = |c: usize| {
            c >= 1 && t[c].kind == Punct(':') && glued(c) && self.word(c - 1) == Some("N")
        };
        match kind {
            Punct(':') => n_field(i - 1),
            Punct(';' | ',') => {
                i >= 4 && self.word(i - 2).is_some() && glued(i - 2) && n_field(i - 3)
            }
            _ => {
                sh == Shape::Upper
                    && t.get(i + 1)
                        .is_some_and(|n| n.kind == Punct('<') && n.start == t[i].end)
            }
        }
    }

    /// A word in capitals glued to a colon or a semicolon glued to more: the key of a
    /// field in a calendar, a contact card or a QR code ("LOCATION:…", "ORGANIZER;CN=…").
    fn field_key(&self, i: usize) -> bool {
        let toks = self.tokens;
        toks.get(i + 1).is_some_and(|t| {
            matches!(t.kind, crate::token::TokKind::Punct(':' | ';'))
                && t.start == toks[i].end
                && toks.get(i + 2).is_some_and(|u| {
                    u.start == t.end && !matches!(u.kind, crate::token::TokKind::Space { .. })
                })
        })
    }

    /// A word in camel case with a capitalised part (three letters or more) that is a
    /// listed first name (its capital inside the word marks it, even if it is also a
    /// word: "…Urban"), where a user name stands: glued after "@",
    /// after a noun for an account, or before "på" and a platform ("som HooyoGunvor på
    /// TikTok"). Brands in camel case ("PowerPoint") stand in none of these places.
    fn camel_handle(&self, i: usize, w: &str) -> bool {
        let toks = self.tokens;
        let mention = i > 0
            && toks[i - 1].kind == crate::token::TokKind::Punct('@')
            && toks[i - 1].end == toks[i].start;
        let placed = mention
            || self
                .neighbour(i, -1, false)
                .and_then(|p| self.lower_cow(p))
                .is_some_and(|p| ACCOUNT_NOUNS.contains(&p.as_ref()))
            || self.neighbour(i, 1, false).is_some_and(|p| {
                self.word(p) == Some("på")
                    && self
                        .neighbour(p, 1, false)
                        .and_then(|q| self.lower_cow(q))
                        .is_some_and(|q| super::handle::platform(&q))
            });
        placed
            && camel_parts(w).iter().any(|p| {
                p.chars().count() >= 3 && shape(p) == Shape::Cap && {
                    let l = p.to_lowercase();
                    let f = self.lists.flags(&l);
                    f & flag::FIRST != 0 && !self.not_name(&l)
                }
            })
    }
}

/// The parts of a word in camel case, each from a capital (or the word's start) to the
/// next capital after a lower-case letter: "xXDarkAlgot" gives "xX", "Dark", "Algot".
fn camel_parts(w: &str) -> Vec<&str> {
    let mut cuts = vec![0];
    let mut prev_lower = false;
    for (k, c) in w.char_indices() {
        if c.is_uppercase() && prev_lower {
            cuts.push(k);
        }
        prev_lower = c.is_lowercase();
    }
    cuts.push(w.len());
    cuts.windows(2).map(|c| &w[c[0]..c[1]]).collect()
}

/// How often a word changes between capitals and lower case from letter to letter:
/// "iPhone" once, "TikTok" twice, "LiNnEa" four times.
fn case_changes(w: &str) -> usize {
    let mut changes = 0;
    let mut last = None;
    for c in w.chars().filter(|c| c.is_alphabetic()) {
        let upper = c.is_uppercase();
        if last.is_some_and(|l| l != upper) {
            changes += 1;
        }
        last = Some(upper);
    }
    changes
}

impl Ctx<'_> {
    /// Whether the word at `i` is the value of a field for a person's name: after a key
    /// of `NAME_KEYS` glued to ":" or "=" and at most one space ("förnamn: …").
    fn after_name_key(&self, i: usize) -> bool {
        let t = self.tokens;
        let k = match i.checked_sub(1).map(|p| t[p].kind) {
            Some(TokKind::Space { newline: false }) if t[i - 1].end - t[i - 1].start == 1 => i - 1,
            Some(TokKind::Punct(':' | '=')) => i,
            _ => return false,
        };
        if k < 2
            || !matches!(t[k - 1].kind, TokKind::Punct(':' | '='))
            || t[k - 1].start != t[k - 2].end
        {
            return false;
        }
        let Some(key) = self
            .word(k - 2)
            .filter(|w| w.len() <= 14)
            .map(crate::lower_cow)
            .filter(|w| super::NAME_KEYS.contains(&w.as_ref()))
        else {
            return false;
        };
        // A bare "namn" is a person's only as a field of its own, first on its line or
        // in a link's query: "Föreningens namn: …", "utan namn: …" name other things.
        !matches!(key.as_ref(), "namn" | "name")
            || k == 2
            || matches!(
                t[k - 3].kind,
                TokKind::Space { newline: true }
                    | TokKind::Punct('?' | '&' | '"' | '{' | ',' | ';')
            )
    }

    /// Whether the word at `i` opens a field of a table's row (at most four words) that a
    /// line above heads with a key of `NAME_KEYS` (`crate::numbers::column_headed`).
    #[inline]
    fn in_name_column(&self, i: usize) -> bool {
        let t = self.tokens;
        let sep = |k: TokKind| matches!(k, TokKind::Punct(';' | '|' | ','));
        // The cheap gate: a separator or a line's start before it (a tab glued to it, a
        // byte compared), in a text of lines; the field is read out of line.
        let opens = i == 0
            || match t[i - 1].kind {
                TokKind::Punct(';' | '|' | ',') | TokKind::Space { newline: true } => true,
                TokKind::Space { newline: false } => self.text.as_bytes()[t[i].start - 1] == b'\t',
                TokKind::Punct('"') => {
                    i >= 2
                        && (sep(t[i - 2].kind)
                            || matches!(t[i - 2].kind, TokKind::Space { newline: true }))
                }
                _ => false,
            };
        opens && self.name_column_field(i)
    }

    #[inline(never)]
    fn name_column_field(&self, i: usize) -> bool {
        let t = self.tokens;
        if !self.text.contains('\n') {
            return false;
        }
        // The field's last word: words joined by single spaces or hyphens, not a tab.
        let mut last = i;
        let mut k = i + 1;
        while k + 1 < t.len() && k < i + 8 {
            let joins = matches!(
                t[k].kind,
                TokKind::Space { newline: false } | TokKind::Punct('-')
            ) && !crate::token::holds_tab(self.text, &t[k]);
            if !joins || t[k + 1].kind != TokKind::Word {
                break;
            }
            last = k + 1;
            k += 2;
        }
        crate::numbers::column_headed(t, self.text, i, last, false, |w| {
            super::NAME_KEYS.contains(&w)
        })
    }

    /// Whether the word at `i` (`lw`) is a title's abbreviation with its point glued
    /// after it ("Dr.", "Prof.").
    fn title_abbreviation(&self, i: usize, lw: &str) -> bool {
        matches!(lw, "dr" | "doc" | "prof" | "leg" | "mr" | "mrs" | "ms")
            && self
                .tokens
                .get(i + 1)
                .is_some_and(|p| p.kind == TokKind::Punct('.') && p.start == self.tokens[i].end)
    }

    /// Whether the word at `i` is a field's value after a role word glued to ":" and one
    /// space, the role word first on its line ("Kontaktperson: …").
    fn after_role_key(&self, i: usize) -> bool {
        let t = self.tokens;
        i >= 3
            && t[i - 1].kind == (TokKind::Space { newline: false })
            && t[i - 1].end - t[i - 1].start == 1
            && t[i - 2].kind == TokKind::Punct(':')
            && t[i - 2].start == t[i - 3].end
            && (i == 3 || matches!(t[i - 4].kind, TokKind::Space { newline: true }))
            && self.lower_cow(i - 3).is_some_and(|w| {
                self.lists.is(&w, flag::ROLE) || MINUTES_ROLES.contains(&w.as_ref())
            })
    }

    /// Whether a year, a colon and a number follow the word at `i` ("… 2014:40").
    fn statute_number_after(&self, i: usize) -> bool {
        let t = self.tokens;
        t.get(i + 1)
            .is_some_and(|s| s.kind == (TokKind::Space { newline: false }))
            && t.get(i + 2)
                .is_some_and(|y| y.kind == TokKind::Number && y.end - y.start == 4)
            && t.get(i + 3).is_some_and(|c| c.kind == TokKind::Punct(':'))
            && t.get(i + 4).is_some_and(|n| n.kind == TokKind::Number)
    }
}

impl Ctx<'_> {
    /// Whether the word at `i` (`lw` in lower case, of shape `sh`) is what a person is
    /// called (`nicknamed`): not an article or a word of the grammar ("kallas en …"), a
    /// title before it ("Saint …"), a place or a body.
    #[inline]
    fn nickname(&self, i: usize, lw: &str, sh: Shape) -> bool {
        // The position first (a few tokens back), the word's lists after.
        let Some(passive) = self.nicknamed(i) else {
            return false;
        };
        if lw.chars().nth(1).is_none()
            || DETERMINERS_OF_NICKNAMES.contains(&lw)
            || self.lists.is(lw, flag::NOT_NAME | flag::OPENER)
            || sh != Shape::Lower && self.lists.is(lw, flag::ROLE)
        {
            return false;
        }
        // In lower case a word of the language is a label ("kallar honom ”förrädare”"),
        // unless a pet form ("lillvargen", "tussan") or quoted after "kallas"
        // ("besökaren kallas ”x”").
        let shaped = sh != Shape::Lower
            || !self.is_word(lw)
            || lw.starts_with("lill")
            || super::clues::pet_form(lw)
            || passive && i >= 1 && super::is_quote(self.tokens[i - 1].kind);
        shaped && !self.known_place(i, lw, false) && !super::context::org_head(lw, false)
    }
}

/// Words after "kallas" that are no nickname: articles and the words that open a phrase
/// ("kallas en …", "kallas det …").
const DETERMINERS_OF_NICKNAMES: &[&str] = &[
    "en", "ett", "den", "det", "de", "dom", "sin", "sitt", "sina", "hans", "hennes", "så", "något",
    "någon", "ibland", "också", "inte", "bara", "ofta", "för", "alltid", "numera", "min", "mitt",
    "mina", "din", "vår", "er", "mannen", "kvinnan",
];

impl Ctx<'_> {
    /// Whether the word at `i` stands alone in a cell of a table's header row pasted with
    /// tabs: three cells or more on its line, each one to three capitalised words of the
    /// language (joined by spaces or hyphens), none a listed first name, and no row of
    /// cells above it. A row of data holds names, numbers or lower case, or stands under
    /// its header.
    #[inline(never)]
    pub(in crate::names) fn header_cell(&self, i: usize) -> bool {
        // The cheap gate: a tab glued to the word, two bytes compared; the line is read
        // out of line.
        let (b, w) = (self.text.as_bytes(), self.tokens[i]);
        (b.get(w.end) == Some(&b'\t') || w.start > 0 && b[w.start - 1] == b'\t')
            && self.header_row(i)
    }

    #[inline(never)]
    fn header_row(&self, i: usize) -> bool {
        let t = self.tokens;
        let tab = |k: usize| crate::token::holds_tab(self.text, &t[k]);
        let newline = |k: usize| t[k].kind == (TokKind::Space { newline: true });
        let start = (i.saturating_sub(40)..i)
            .rev()
            .find(|&k| newline(k))
            .map_or(i.saturating_sub(40), |k| k + 1);
        if start == i.saturating_sub(40) && start > 0 {
            return false;
        }
        // A header opens its table: a row under a row of cells is data ("Efternamn\t
        // Förnamn" above "Fläder\tTjärn\tKlar").
        if start > 0
            && (start.saturating_sub(41)..start - 1)
                .rev()
                .take_while(|&k| !newline(k))
                .any(tab)
        {
            return false;
        }
        let end = (i..(i + 40).min(t.len()))
            .find(|&k| newline(k))
            .unwrap_or(t.len());
        if end - i >= 40 {
            return false;
        }
        let (mut cells, mut words) = (1usize, 0usize);
        for k in start..end {
            match t[k].kind {
                TokKind::Word => {
                    let w = &self.text[t[k].start..t[k].end];
                    let l = crate::lower_cow(w);
                    // Capitalised, or the part after a hyphen ("E-post").
                    let titled = matches!(shape(w), Shape::Cap | Shape::Upper)
                        || k > start && t[k - 1].kind == TokKind::Punct('-');
                    if !titled || self.lists.is(&l, flag::FIRST) || !self.is_word(&l) {
                        return false;
                    }
                    words += 1;
                    if words > 3 {
                        return false;
                    }
                }
                TokKind::Space { .. } if tab(k) => {
                    if words == 0 {
                        return false;
                    }
                    cells += 1;
                    words = 0;
                }
                TokKind::Space { .. } | TokKind::Punct('-') => {}
                _ => return false,
            }
        }
        cells >= 3 && words > 0
    }
}
