//! User names built from names: "isak.ahlgren", "sara.lind92", "zeynep.kaya_07",
//! "aminaa_04".

use crate::lists::{flag, KUNYA};
use crate::token::TokKind;

use super::context::{Ctx, SURNAME_MORPHS};

/// Endings of files: "rapport_final.docx" is no user name.
const FILES: &[&str] = &[
    "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "txt", "csv", "jpg", "jpeg", "png", "gif",
    "heic", "mp4", "mov", "mp3", "zip", "html", "htm", "exe", "json", "xml",
];

/// Platforms and labels a user name follows after a colon ("snap: …").
const PLATFORMS: &[&str] = &[
    "snap",
    "snapchat",
    "insta",
    "instagram",
    "ig",
    "tiktok",
    "discord",
    "telegram",
    "twitter",
    "kik",
    "facebook",
    "fb",
    "youtube",
    "twitch",
    "steam",
    "psn",
    "xbox",
    "användarnamn",
    "användarnamnet",
    "alias",
    "nick",
    "gamertag",
    "konto",
    "kontot",
];

/// A platform or a label a user name follows.
pub(crate) fn platform(l: &str) -> bool {
    PLATFORMS.contains(&l)
}

/// A parent's words that open an account's name before a first name ("mamma_…").
const PARENTS: &[&str] = &[
    "mamma", "pappa", "mor", "far", "mormor", "farmor", "morfar", "farfar",
];

/// Common top-level domains: "polisen.se" is no user name.
const DOMAINS: &[&str] = &[
    "se", "com", "nu", "net", "org", "eu", "info", "io", "me", "fi", "no", "dk", "de", "uk", "ru",
];

impl Ctx<'_> {
    /// A user name built from names: words joined by points or underscores, or a word
    /// with digits, where one word is a listed name or shaped like a surname and none is a
    /// place ("isak.ahlgren", "sara.lind92", "zeynep.kaya_07"). The last token, or None.
    pub(super) fn handle(&self, i: usize) -> Option<usize> {
        let toks = self.tokens;
        let glued = |k: usize| k > 0 && toks.get(k).is_some_and(|t| t.start == toks[k - 1].end);
        // Not from inside a longer token ("x.isak", "2isak").
        if i > 0
            && matches!(
                toks[i - 1].kind,
                TokKind::Word | TokKind::Number | TokKind::Punct('.' | '_' | '-')
            )
        {
            return None;
        }
        // A mention ("@leyla_xo", not inside an e-mail address) or a platform's label
        // before ("snap: leyla_xo", "användarnamn: zorro_88"): any user name's shape is
        // one there.
        let mention = i > 0
            && toks[i - 1].kind == TokKind::Punct('@')
            && glued(i)
            && (i < 2
                || !matches!(toks[i - 2].kind, TokKind::Word | TokKind::Number)
                || !glued(i - 1));
        let labelled = i >= 3
            && toks[i - 1].kind == (TokKind::Space { newline: false })
            && toks[i - 2].kind == TokKind::Punct(':')
            && self
                .lower_cow(i - 3)
                .is_some_and(|p| PLATFORMS.contains(&p.as_ref()));
        let h = self.handle_shape(i);
        let HandleShape {
            last: k,
            words,
            digits,
            underscore,
        } = h;
        if k == i && !mention {
            return None;
        }
        // Or what a person or an account is called ("en tiktokare som heter
        // VitaBjörnen77", "kontot heter gråsparven_47"), or an account's word before it
        // ("användarnamnet gråsparven_47", "bytte namn på kontot till gråsparven_47").
        let labelled = labelled || self.account_named(i);
        if !(words >= 2 || digits || mention || labelled && underscore)
            || toks
                .get(k + 1)
                .is_some_and(|t| t.kind == TokKind::Punct('@') && glued(k + 1))
        {
            return None;
        }
        let HandleParts {
            name,
            unknown,
            place_part,
            person_part,
        } = self.handle_parts(i, &h)?;
        // After "kallar sig" a person's account ("en användare som kallar sig
        // varg_nordisk"), unless a group is named.
        let called = self.neighbour(i, -1, false).is_some_and(|s| {
            self.word(s) == Some("sig")
                && self.neighbour(s, -1, false).is_some_and(|v| {
                    matches!(self.word(v), Some("kallar" | "kallade" | "kallat"))
                        && !self.thing_named(v)
                })
        });
        if place_part && !digits && !person_part && !called {
            return None;
        }
        // Or one such word of four letters or more, an underscore and digits
        // ("aminaa_04"): the shape of a user name, not of a file or a code.
        let single = words == 1
            && underscore
            && digits
            && self
                .lower_at(i)
                .is_some_and(|l| l.chars().count() >= 4 && self.caseless_candidate(i, &l));
        // A mention of a Swedish word is a word: "eller @hemma".
        let mention = mention && (digits || underscore || words >= 2 || unknown >= 1);
        // Words joined by underscores are no prose: an account's name, a person's unless a
        // place part without digits makes it a group's ("mamma_till_ellie",
        // "SVENSK_VIKING_1488", "nordic_viktor88"; not "vitvarg_sthlm").
        let account = underscore && words >= 2;
        (name
            || account
            || words == 2 && unknown == 2 && (digits || underscore)
            || single
            || mention
            || labelled
            || words == 1 && digits && self.first_name_glued(i))
        .then_some(k)
    }

    /// Whether the word at `i` follows a naming verb ("heter", "hette", "kallas",
    /// "kallades", "kallar sig") or a word for an account or a user name, directly or
    /// after "till" ("kontot till …", "namn till …").
    fn account_named(&self, i: usize) -> bool {
        let Some(p) = self.neighbour(i, -1, false) else {
            return false;
        };
        let Some(pl) = self.lower_cow(p) else {
            return false;
        };
        let account = |w: &str| {
            [
                "konto",
                "kontot",
                "användarnamn",
                "användarnamnet",
                "profil",
                "profilen",
            ]
            .iter()
            .any(|e| w.ends_with(e))
        };
        let naming = |w: &str| matches!(w, "heter" | "hette" | "kallas" | "kallades");
        // What a person or an account is called; not a document or a project.
        let before = |k: usize| self.neighbour(k, -1, false);
        let named = |v: usize| {
            let lower = |k: Option<usize>| k.and_then(|k| self.lower_cow(k));
            let s = before(v);
            self.person_subject(v)
                || lower(s).is_some_and(|w| {
                    account(&w)
                        || w == "som" && lower(s.and_then(before)).is_some_and(|a| account(&a))
                })
        };
        match pl.as_ref() {
            w if naming(w) => named(p),
            // The verb before its subject: "I chatten heter han …".
            "han" | "hon" | "hen" => before(p).and_then(|v| self.word(v)).is_some_and(naming),
            "sig" => before(p)
                .is_some_and(|v| matches!(self.word(v), Some("kallar" | "kallade")) && named(v)),
            "till" => before(p)
                .and_then(|a| self.lower_cow(a))
                .is_some_and(|a| account(&a) || a == "namn"),
            w => account(w),
        }
    }

    /// Whether the word at `i` (of a user name with digits) opens with a listed first name
    /// of four letters or more that is no word, glued to more letters, and is itself no
    /// word: "yousefkarimi09", "tesfayw3".
    fn first_name_glued(&self, i: usize) -> bool {
        let Some(l) = self.lower_at(i) else {
            return false;
        };
        let n = l.chars().count();
        (5..=24).contains(&n)
            && self.caseless_candidate(i, &l)
            && l.char_indices().skip(4).any(|(b, _)| {
                let f = self.lists.flags(&l[..b]);
                f & flag::FIRST != 0
                    && f & (flag::AMBIGUOUS | flag::WORD_NAME) == 0
                    && !self.is_word(&l[..b])
            })
    }

    /// The tokens of a user name from word `i`: words and digits glued by points or
    /// underscores (at most six joins).
    #[inline(always)]
    fn handle_shape(&self, i: usize) -> HandleShape {
        let toks = self.tokens;
        let glued = |k: usize| k > 0 && toks.get(k).is_some_and(|t| t.start == toks[k - 1].end);
        let (mut k, mut words, mut digits, mut underscore) = (i, 1usize, false, false);
        for _ in 0..6 {
            match toks.get(k + 1).map(|t| t.kind) {
                Some(TokKind::Number) if glued(k + 1) => {
                    digits = true;
                    k += 1;
                }
                Some(TokKind::Punct('.' | '_'))
                    if glued(k + 1)
                        && glued(k + 2)
                        && toks
                            .get(k + 2)
                            .is_some_and(|t| matches!(t.kind, TokKind::Word | TokKind::Number)) =>
                {
                    underscore |= toks[k + 1].kind == TokKind::Punct('_');
                    if toks[k + 2].kind == TokKind::Word {
                        words += 1;
                    } else {
                        digits = true;
                    }
                    k += 2;
                }
                _ => break,
            }
        }
        HandleShape {
            last: k,
            words,
            digits,
            underscore,
        }
    }

    /// What the words of a user name from word `i` are: names, unknown words, places;
    /// None when it ends like a domain or a file, or holds a place without underscores.
    fn handle_parts(&self, i: usize, h: &HandleShape) -> Option<HandleParts> {
        let (k, underscore) = (h.last, h.underscore);
        let mut name = false;
        // Two words that are no Swedish words, as a first name and a surname are, with
        // digits or an underscore ("zeynep.kaya_07"); a file or a domain ends in a known
        // ending.
        let mut unknown = 0;
        // A part that is a place ("vitvarg_sthlm", "tensta_hisbah"): an account of a group
        // or a place, unless digits make it a person's.
        let mut place_part = false;
        let mut person_part = false;
        // The part before was a parent's word ("mamma_…"): an account named by a parent
        // and a first name is that parent's, even when the name is also a word.
        let mut parent_before = false;
        for j in i..=k {
            let Some(l) = self.lower_at(j) else {
                continue;
            };
            let after_parent = std::mem::replace(&mut parent_before, PARENTS.contains(&l.as_str()));
            if j == k && (DOMAINS.contains(&l.as_str()) || FILES.contains(&l.as_str())) {
                return None;
            }
            // A single letter is decoration, no place ("q_lovisa_q").
            if underscore && l.chars().count() == 1 {
                continue;
            }
            // A part that is a listed first name that is no word, or a word that makes a
            // name of the next part ("abu_…"), makes it a person's account even beside a
            // place or a group ("tuva_nordfront": a person of that group).
            let f = self.lists.flags(&l);
            // A listed first name that is also a word counts as the last of three parts
            // or more, where an account puts its owner's name ("vita_ulven_sven").
            person_part |= underscore
                && (f & flag::FIRST != 0
                    && f & flag::AMBIGUOUS == 0
                    && (!self.is_word(&l) || j == k && h.words >= 3)
                    || j < k && KUNYA.contains(&l.as_str())
                    || after_parent && f & flag::FIRST != 0 && f & flag::AMBIGUOUS == 0);
            if self.lex.places.single(&l) || self.not_name(&l) {
                if !underscore {
                    return None;
                }
                place_part |= self.lex.places.single(&l) || self.lists.is(&l, flag::NOT_NAME);
                continue;
            }
            unknown += usize::from(l.chars().count() >= 3 && self.caseless_candidate(j, &l));
            // The name itself, not a genitive: "this" is no "Thi"'s.
            let f = self.lists.flags(&l);
            name |= f & (flag::FIRST | flag::LAST) != 0 && f & flag::AMBIGUOUS == 0
                || l.chars().count() >= 3
                    && SURNAME_MORPHS
                        .iter()
                        .any(|e| l.ends_with(e) && l.len() > e.len() + 2);
        }
        Some(HandleParts {
            name,
            unknown,
            place_part,
            person_part,
        })
    }
}

/// The tokens of a user name and how they are joined.
struct HandleShape {
    /// Its last token.
    last: usize,
    /// Its words, and whether it holds digits or an underscore.
    words: usize,
    digits: bool,
    underscore: bool,
}

/// What the words of a user name are.
struct HandleParts {
    /// One is a listed name, or shaped like a surname.
    name: bool,
    /// How many are no Swedish word, three letters or more.
    unknown: usize,
    /// One is a place or a group, and one is a person's name that is no word.
    place_part: bool,
    person_part: bool,
}
