//! Marks of names in the layout and the language of a text: a signature, initials
//! after a label, "heter", English passages, subject lines, lists in capitals.

use super::*;

impl<'a> Ctx<'a> {
    /// Whether the word at `i` signs off after a slash: "/per", "//AK (Anna K)", at the
    /// end of a line or the text, or before a bracket.
    pub(in crate::names) fn signature(&self, i: usize) -> bool {
        let t = self.tokens;
        let ws = |k: usize| matches!(t[k].kind, TokKind::Space { .. });
        // The slash glued to the word ("/per"), or one space between ("/ PER").
        let s = if i >= 1 && t[i - 1].kind == TokKind::Punct('/') && t[i - 1].end == t[i].start {
            i - 1
        } else if i >= 2
            && t[i - 1].kind == (TokKind::Space { newline: false })
            && t[i - 1].end - t[i - 1].start == 1
            && t[i - 2].kind == TokKind::Punct('/')
        {
            i - 2
        } else {
            return false;
        };
        let opens =
            s == 0 || ws(s - 1) || t[s - 1].kind == TokKind::Punct('/') && (s == 1 || ws(s - 2));
        let ends = match t.get(i + 1).map(|t| t.kind) {
            None | Some(TokKind::Space { newline: true }) => true,
            Some(TokKind::Punct('(' | '.' | ',')) => true,
            Some(TokKind::Space { newline: false }) => {
                matches!(
                    t.get(i + 2).map(|t| t.kind),
                    None | Some(TokKind::Space { newline: true } | TokKind::Punct('('))
                ) || self.date_ends_line(i + 2)
            }
            _ => false,
        };
        opens && ends
    }

    /// Whether the word at `i` stands alone on the line after a closing ("Hälsningar",
    /// "Mvh", "Tack på förhand!"): the writer signing. Only a line break before it, and
    /// the text's end or a line break after.
    pub(in crate::names) fn signed_after_closing(&self, i: usize) -> bool {
        let t = self.tokens;
        if i < 2
            || t[i - 1].kind != (TokKind::Space { newline: true })
            || t.get(i + 1)
                .is_some_and(|n| n.kind != (TokKind::Space { newline: true }))
        {
            return false;
        }
        // The closing's last word, a "!" or a "," after it allowed.
        let mut k = i - 2;
        if matches!(t[k].kind, TokKind::Punct('!' | ',' | '.')) && k > 0 {
            k -= 1;
        }
        self.lower_cow(k).is_some_and(|w| {
            matches!(
                w.as_ref(),
                "hälsningar" | "hälsning" | "mvh" | "kram" | "kramar" | "förhand"
            )
        })
    }

    /// Whether a date written "2026-05-14" stands at `k` and ends its line: a signature
    /// dated ("// ER 2026-05-14").
    fn date_ends_line(&self, k: usize) -> bool {
        let t = self.tokens;
        let num = |j: usize, n: usize| {
            t.get(j)
                .is_some_and(|x| x.kind == TokKind::Number && x.end - x.start == n)
        };
        let dash = |j: usize| t.get(j).is_some_and(|x| x.kind == TokKind::Punct('-'));
        num(k, 4)
            && dash(k + 1)
            && num(k + 2, 2)
            && dash(k + 3)
            && num(k + 4, 2)
            && t.get(k + 5).is_none_or(|x| {
                matches!(
                    x.kind,
                    TokKind::Space { newline: true } | TokKind::Punct('.')
                )
            })
    }

    /// Whether the word at `i` (two or three capitals) is one of a list of initials after
    /// a label for those present: "Deltagare: EM, JK och AB", "Närvarande: LK, PO".
    /// A unit or role in brackets after each initials may stand between them: "AH
    /// (socialtjänsten) och LP (polisen)". Without a label, two initials in a list, each
    /// with its unit or role in brackets, are initials too ("PL (polis), MÅ (skola)").
    /// The label's word for the word `p` right before a colon: past a numbered item
    /// ("Ansvarig för punkt 3:"), a role's object ("Ansvarig för uppföljning:") and a
    /// time of duty after a roster ("Beredskapslista helg:").
    fn label_before(&self, p: usize) -> usize {
        let t = self.tokens;
        let numbered = p >= 2
            && t[p].kind == TokKind::Number
            && t[p - 1].kind == (TokKind::Space { newline: false })
            && self.word(p - 2).is_some();
        let p = if numbered { p - 2 } else { p };
        let role_for = p >= 4
            && self
                .word(p - 2)
                .is_some_and(|f| f.eq_ignore_ascii_case("för"))
            && self
                .lower_cow(p - 4)
                .is_some_and(|r| matches!(r.as_ref(), "ansvarig" | "ansvariga"));
        let p = if role_for { p - 4 } else { p };
        let roster = |q: usize| {
            self.lower_cow(q)
                .is_some_and(|r| r.starts_with("beredskap") || r.starts_with("jour"))
        };
        let timed = p >= 2
            && self.lower_cow(p).is_some_and(|w| {
                matches!(w.as_ref(), "helg" | "helgen" | "vecka" | "veckan" | "natt")
            })
            && roster(p - 2);
        if timed {
            p - 2
        } else {
            p
        }
    }

    pub(in crate::names) fn initials_after_label(&self, i: usize) -> bool {
        let t = self.tokens;
        if self.initials_with_units(i) || self.initials_before_presence(i) {
            return true;
        }
        let mut k = i;
        while k > 0 && i - k < 48 {
            k -= 1;
            match t[k].kind {
                TokKind::Space { newline: false } | TokKind::Punct(',' | '&') => {}
                // A hyphen inside a double name: "Gudrid-Ingrun Tallmo, XY".
                TokKind::Punct('-') if k > 0 && t[k - 1].kind == TokKind::Word => {}
                TokKind::Punct(')') => match self.bracketed_unit_before(k) {
                    Some(open) => k = open,
                    None => return false,
                },
                TokKind::Punct(':') => {
                    // Up to three words in brackets between the label and the colon:
                    // "Närvaro (initialer):", "Närvarande (initialer enligt praxis):".
                    let mut p = k.checked_sub(1);
                    if let Some(close) = p.filter(|&p| t[p].kind == TokKind::Punct(')')) {
                        let open = (close.saturating_sub(6)..close)
                            .rev()
                            .find(|&o| t[o].kind == TokKind::Punct('('))
                            .filter(|&o| {
                                t[o + 1..close].iter().all(|x| {
                                    matches!(
                                        x.kind,
                                        TokKind::Word | TokKind::Space { newline: false }
                                    )
                                })
                            });
                        p = open
                            .and_then(|o| o.checked_sub(2))
                            .filter(|&q| t[q + 1].kind == (TokKind::Space { newline: false }));
                    }
                    let p = p.map(|p| self.label_before(p));
                    return p.and_then(|p| self.lower_cow(p)).is_some_and(|p| {
                        // A list of those present or taking part: "Närvarolista:",
                        // "Deltagarlista:".
                        p.starts_with("närvaro")
                            || p.starts_with("deltagarlist")
                            // A roster of duty: "Beredskapslista:", "Jourlista:".
                            || p.starts_with("beredskap")
                            || p.starts_with("jourlist")
                            || matches!(
                                p.as_ref(),
                                "deltagare"
                                    | "ansvar"
                                    | "närvarande"
                                    | "frånvarande"
                                    | "deltog"
                                    | "närvaro"
                                    | "kallade"
                                    | "anmälda"
                                    // A role in minutes that the initials fill.
                                    | "ansvarig"
                                    | "ansvariga"
                                    | "justerare"
                                    | "sekreterare"
                                    | "protokollförare"
                                    | "mötesledare"
                                    // Those absent with leave, a reviewer, a presenter.
                                    | "förhinder"
                                    | "granskare"
                                    | "föredragande"
                                    | "ordförande"
                                    // Who took the minutes and who checked them:
                                    // "Antecknat: …", "Justerat: …".
                                    | "antecknat"
                                    | "anteckningar"
                                    | "antecknare"
                                    | "justerat"
                                    | "justeras"
                                    // Shortened in hurried minutes and case lists:
                                    // "Närv: …", "Handl: …" (the case worker).
                                    | "närv"
                                    | "handl"
                                    | "handläggare"
                            )
                    });
                }
                TokKind::Word => {
                    let w = self.word(k).unwrap_or("");
                    // A verb of taking part right before the list, no label's colon:
                    // "deltog XY, ZW samt …".
                    if matches!(w, "deltog" | "deltar" | "närvarade") {
                        return true;
                    }
                    let initials = shape(w) == Shape::Upper && (2..=3).contains(&w.chars().count());
                    // Those absent after those present, in one list: "…, XY.
                    // frånvarande ZW" reads back to the label "Närvarande:".
                    let presence = matches!(w, "frånvarande" | "närvarande");
                    // Those present by their full names before the initials: "Närvarande:
                    // Gudrid-Ingrun Tallmo (ordf.), Sigvor af Tallmo, XY". A capitalised word or a
                    // name's particle.
                    let named = shape(w) == Shape::Cap || self.lists.is(w, flag::PARTICLE);
                    if !(initials
                        || presence
                        || named
                        || matches!(w, "och" | "samt")
                        || list_role(w))
                    {
                        return false;
                    }
                }
                // The point of an abbreviated role or day: "Ordf. GH", "lör. KL".
                TokKind::Punct('.') if k > 0 && self.word(k - 1).is_some_and(list_role) => {}
                _ => return false,
            }
        }
        false
    }

    /// Whether the word at `i` (two or three capitals) is one of a list of initials,
    /// joined by commas and "och", that the minutes say were present or absent: "EW, TB
    /// och GN närvarande", "PY anmält förhinder". The look-ahead is at most 32 tokens.
    fn initials_before_presence(&self, i: usize) -> bool {
        let t = self.tokens;
        let end = (i + 32).min(t.len());
        let mut k = i + 1;
        while k < end {
            match t[k].kind {
                TokKind::Space { newline: false } | TokKind::Punct(',') => {}
                TokKind::Word => {
                    let w = self.word(k).unwrap_or("");
                    if shape(w) == Shape::Upper && (2..=3).contains(&w.chars().count())
                        || matches!(w, "och" | "samt")
                    {
                        k += 1;
                        continue;
                    }
                    return match w {
                        "närvarande" | "frånvarande" => true,
                        "anmält" | "anmälde" => self
                            .neighbour(k, 1, false)
                            .and_then(|n| self.word(n))
                            .is_some_and(|n| n == "förhinder"),
                        _ => false,
                    };
                }
                _ => return false,
            }
            k += 1;
        }
        false
    }

    /// The opening bracket of a unit or role in brackets closing at `close` ("(polis)",
    /// "(socialtjänsten)"): one or two words in lower case, after a space; the last may
    /// be cut short with a point ("(sekr.)", "(ordf.)").
    fn bracketed_unit_before(&self, close: usize) -> Option<usize> {
        let t = self.tokens;
        let lower = |k: usize| self.word(k).is_some_and(|w| shape(w) == Shape::Lower);
        let close = if close >= 2 && t[close - 1].kind == TokKind::Punct('.') && lower(close - 2) {
            close - 1
        } else {
            close
        };
        let open = if close >= 2 && lower(close - 1) {
            if close >= 4
                && t[close - 2].kind == (TokKind::Space { newline: false })
                && lower(close - 3)
            {
                close - 4
            } else {
                close - 2
            }
        } else {
            return None;
        };
        (open >= 1
            && t[open].kind == TokKind::Punct('(')
            && t[open - 1].kind == (TokKind::Space { newline: false }))
        .then_some(open)
    }

    /// Whether the word at `i` (two or three capitals) has a unit or role in brackets
    /// after it, and so does another such word beside it in a list (", " or " och "):
    /// "PL (polis), MÅ (skola), EH (soc)".
    fn initials_with_units(&self, i: usize) -> bool {
        let t = self.tokens;
        let sp = |k: usize| {
            t.get(k)
                .is_some_and(|x| x.kind == (TokKind::Space { newline: false }))
        };
        let initials = |k: usize| {
            self.word(k)
                .is_some_and(|w| shape(w) == Shape::Upper && (2..=3).contains(&w.chars().count()))
        };
        // The bracket after word `k`: the token after its closing bracket.
        let unit_after = |k: usize| -> Option<usize> {
            if !sp(k + 1) || t.get(k + 2)?.kind != TokKind::Punct('(') {
                return None;
            }
            (k + 4..=k + 6)
                .find(|&c| t.get(c).is_some_and(|x| x.kind == TokKind::Punct(')')))
                .filter(|&c| {
                    self.bracketed_unit_before(c) == Some(k + 2) || self.place_in_brackets(k, c)
                })
                .map(|c| c + 1)
        };
        let Some(after) = unit_after(i) else {
            return false;
        };
        // The next in the list: ", XY (…)" or " och XY (…)".
        let next = if t.get(after).is_some_and(|x| x.kind == TokKind::Punct(',')) && sp(after + 1) {
            Some(after + 2)
        } else if sp(after) && self.word(after + 1) == Some("och") && sp(after + 2) {
            Some(after + 3)
        } else {
            None
        };
        if next.is_some_and(|n| initials(n) && unit_after(n).is_some()) {
            return true;
        }
        // The one before: "XY (…), " or "XY (…) och ".
        let before_close = if i >= 3 && sp(i - 1) && t[i - 2].kind == TokKind::Punct(',') {
            Some(i - 3)
        } else if i >= 4 && sp(i - 1) && self.word(i - 2) == Some("och") && sp(i - 3) {
            Some(i - 4)
        } else {
            None
        };
        before_close
            .filter(|&c| t[c].kind == TokKind::Punct(')'))
            .and_then(|c| {
                (c.saturating_sub(4)..c)
                    .rev()
                    .find(|&o| t[o].kind == TokKind::Punct('('))
            })
            .and_then(|open| open.checked_sub(2))
            .is_some_and(|w| initials(w) && unit_after(w).is_some())
    }

    /// Whether the bracket closing at `close` after the initials at `k` holds a place or
    /// a unit by its proper name, one word or two joined by a hyphen, capitalised or in
    /// capitals ("(Norrby)", "(Tallby-Ängsvik)"): where the person works. Not when it opens with
    /// the initials' first letter, as an abbreviation's expansion does ("IFO
    /// (Individ- och familjeomsorgen)"); a body's abbreviation is left out.
    fn place_in_brackets(&self, k: usize, close: usize) -> bool {
        let t = self.tokens;
        let Some(w) = self.word(k) else {
            return false;
        };
        if crate::names::stated::is_body(w) {
            return false;
        }
        let proper = |q: usize| {
            self.word(q)
                .is_some_and(|x| matches!(shape(x), Shape::Cap | Shape::Upper))
        };
        let inner = k + 3;
        let one = close == inner + 1 && proper(inner);
        let two = close == inner + 3
            && proper(inner)
            && t[inner + 1].kind == TokKind::Punct('-')
            && proper(inner + 2);
        (one || two)
            && self
                .word(inner)
                .and_then(|x| x.chars().next())
                .zip(w.chars().next())
                .is_some_and(|(a, b)| a != b)
    }

    /// The word before "heter" or "hette" when the word at `i` follows it, in lower case:
    /// who or what is named ("hon" in "hon heter X", "tjejen" in "Tjejen hette X").
    pub(in crate::names) fn namer_before(&self, i: usize) -> Option<std::borrow::Cow<'a, str>> {
        let v = self
            .neighbour(i, -1, false)
            .filter(|&v| matches!(self.word(v), Some("heter" | "hette")))?;
        self.neighbour(v, -1, false).and_then(|p| self.lower_cow(p))
    }

    /// Whether the word at `i` follows "heter"/"hette" and a personal pronoun, or another
    /// naming of a person (`person_called`): what a person is called ("hon heter ros",
    /// "den ena kallas zimbo"), unless it is an adverb or a pronoun ("han heter inte så").
    pub(in crate::names) fn called(&self, i: usize) -> bool {
        let namer = self.namer_before(i);
        let l = self.lower_cow(i).unwrap_or_default();
        let pronoun = namer
            .as_ref()
            .is_some_and(|p| matches!(p.as_ref(), "hon" | "han" | "hen" | "jag" | "du"))
            // "kallas" and "kallar sig" take any noun ("kallar sig muslim"): a word of
            // the language is a name only after "heter".
            || self.person_called(i) && (namer.is_some() || !self.is_word(&l));
        pronoun
            && l.chars().count() >= 2
            && !matches!(
                l.as_ref(),
                "inte"
                    | "så"
                    | "nog"
                    | "ju"
                    | "också"
                    | "något"
                    | "nåt"
                    | "samma"
                    | "typ"
                    | "bara"
                    | "väl"
                    | "faktiskt"
                    | "egentligen"
                    | "visst"
                    | "det"
                    | "likadant"
                    | "som"
                    | "alltså"
                    | "men"
                    | "och"
                    | "eller"
                    | "enligt"
                    | "nu"
                    | "då"
                    | "där"
                    | "att"
                    | "med"
                    | "på"
                    | "i"
                    | "för"
                    | "efter"
                    | "ändå"
                    // "Flickan kallas här …", "kallar sig själv …", "kallades till
                    // samtal", "kallades in".
                    | "här"
                    | "själv"
                    | "själva"
                    | "till"
                    | "in"
                    | "hem"
                    | "upp"
            )
            && !self
                .lists
                .is(&l, flag::FINITE | flag::ADVERB | flag::HEDGE | flag::ROLE)
    }

    /// An English plural in -ers of a word that is no listed name: "influencers",
    /// "gamers", "followers" (not "anders", "peters").
    pub(in crate::names) fn english_plural(&self, l: &str) -> bool {
        l.len() >= 6
            && l.ends_with("ers")
            && !self.lists.is(&l[..l.len() - 1], flag::FIRST | flag::LAST)
            && !self.lists.is(l, flag::FIRST | flag::LAST)
    }

    /// Whether the next word is an association in the definite form, or a compound
    /// ending in one: "föreningen", "kulturföreningen", "förbundet", "församlingen".
    pub(in crate::names) fn association_next(&self, i: usize) -> bool {
        self.neighbour(i, 1, false)
            .and_then(|n| self.word(n))
            .is_some_and(|n| {
                shape(n) == Shape::Lower
                    && [
                        "föreningen",
                        "förbundet",
                        "församlingen",
                        "samfundet",
                        "klubben",
                    ]
                    .iter()
                    .any(|a| n.ends_with(a))
            })
    }

    /// Whether word `i` opens the subject line of an e-mail header in English: "Subject:"
    /// (or "Re:", "Fwd:" after it) and a space just before.
    pub(in crate::names) fn subject_line(&self, i: usize) -> bool {
        let t = self.tokens;
        let mut k = i;
        for _ in 0..3 {
            if k < 3
                || t[k - 1].kind != (TokKind::Space { newline: false })
                || t[k - 2].kind != TokKind::Punct(':')
            {
                return false;
            }
            match self.word(k - 3) {
                Some(w) if w.eq_ignore_ascii_case("subject") => return true,
                Some(w) if w.eq_ignore_ascii_case("re") || w.eq_ignore_ascii_case("fwd") => k -= 3,
                _ => return false,
            }
        }
        false
    }

    /// Whether two common English words stand within eight words of `i`: an English
    /// passage ("the dad, …, only speaks English – call him …").
    pub(in crate::names) fn english_near(&self, i: usize) -> bool {
        let lo = i.saturating_sub(16);
        let hi = (i + 17).min(self.tokens.len());
        (lo..hi)
            .filter(|&k| {
                self.word(k)
                    .is_some_and(|w| ENGLISH.iter().any(|e| w.eq_ignore_ascii_case(e)))
            })
            .count()
            >= 2
    }

    /// Whether the word at `i`, in capitals, is one of two to four words in capitals
    /// joined by commas and "OCH" that open a sentence before a finite verb, one of them
    /// a listed first name, none a place, an organisation or a role.
    pub(in crate::names) fn caps_subject_list(&self, i: usize) -> bool {
        let t = self.tokens;
        let caps = |k: usize| {
            self.word(k)
                .is_some_and(|w| shape(w) == Shape::Upper && w.chars().count() <= 8)
        };
        let comma_before = |k: usize| {
            k >= 3
                && t[k - 1].kind == (TokKind::Space { newline: false })
                && t[k - 2].kind == TokKind::Punct(',')
                && caps(k - 3)
        };
        let och = |k: Option<usize>| k.filter(|&k| self.word(k) == Some("OCH"));
        let mut first = i;
        for _ in 0..3 {
            if comma_before(first) {
                first -= 3;
            } else if let Some(m) =
                och(self.neighbour(first, -1, false)).and_then(|o| self.neighbour(o, -1, false))
            {
                if !caps(m) {
                    break;
                }
                first = m;
            } else {
                break;
            }
        }
        let mut last = i;
        for _ in 0..3 {
            if t.get(last + 1).map(|x| x.kind) == Some(TokKind::Punct(','))
                && t.get(last + 2).map(|x| x.kind) == Some(TokKind::Space { newline: false })
                && caps(last + 3)
            {
                last += 3;
            } else if let Some(m) =
                och(self.neighbour(last, 1, false)).and_then(|o| self.neighbour(o, 1, false))
            {
                if !caps(m) {
                    break;
                }
                last = m;
            } else {
                break;
            }
        }
        if first == last || !self.sentence_start(first) {
            return false;
        }
        let verb = self
            .neighbour(last, 1, false)
            .and_then(|v| self.lower_cow(v))
            .is_some_and(|v| self.lists.is(&v, flag::FINITE) || self.finite(&v));
        if !verb {
            return false;
        }
        let l = self.lower_cow(i).unwrap_or_default();
        let member_ok = |k: usize, l: &str| {
            !self.not_name(l) && !self.own_place(k, l) && !self.known_place(k, l, false)
        };
        if !member_ok(i, &l) {
            return false;
        }
        (first..=last).any(|k| {
            self.lower_cow(k)
                .is_some_and(|m| self.lists.is(&m, flag::FIRST) && member_ok(k, &m))
        })
    }
}

/// A role or a day that may stand before a person's initials in a list of those present
/// or on duty: "Ordf. GH, sekr. PW, ledamöter EB", "lör KL, sön MA". (Not "tor", which
/// is also a first name: "Tor KL" may be a person.)
fn list_role(w: &str) -> bool {
    let l = w.to_lowercase();
    matches!(
        l.as_str(),
        "ordf"
            | "ordförande"
            | "sekr"
            | "sekreterare"
            | "ledamot"
            | "ledamöter"
            | "ledamöterna"
            | "suppl"
            | "suppleant"
            | "suppleanter"
            | "kassör"
            | "adj"
            | "adjungerad"
            | "adjungerade"
            | "vice"
    ) || l != "tor" && crate::names::stated::WEEKDAYS.contains(&l.as_str())
}
