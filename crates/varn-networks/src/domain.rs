//! The pure rules of networks, the newsletter and the knowledge pages: the kinds of network,
//! external attendees counted per organisation as a person writes them ("Polisen: 2"), a
//! list of e-mail addresses (refused whole when one is bad), what an uploaded image really
//! is (by its first bytes, never its name), and Swedish search words. No I/O.

use serde::{Deserialize, Serialize};

use varn_house::i18n;

varn_house::id!(
    /// A network or local forum.
    pub struct NetworkId
);
varn_house::id!(
    /// A member of a network: an account or an external organisation.
    pub struct NetworkMemberId
);
varn_house::id!(
    /// A meeting of a network.
    pub struct NetworkMeetingId
);
varn_house::id!(
    /// An issue of the newsletter.
    pub struct NewsletterIssueId
);
varn_house::id!(
    /// A knowledge page (each of its versions is numbered within it).
    pub struct KnowledgePageId
);
varn_house::id!(
    /// A symbol of the glossary.
    pub struct KnowledgeSymbolId
);

/// The longest minutes of a meeting's VBE item.
pub const MAX_MINUTES: usize = 5_000;
/// The longest agenda.
pub const MAX_AGENDA: usize = 2_000;
/// The longest newsletter issue (Markdown).
pub const MAX_NEWSLETTER: usize = 30_000;
/// The longest knowledge page (Markdown).
pub const MAX_PAGE: usize = 30_000;
/// The largest image of a symbol.
pub const MAX_IMAGE: usize = 1024 * 1024;
/// Most addresses one newsletter goes to.
pub const MAX_RECIPIENTS: usize = 2_000;

/// What kind of network: the city's own, a national or Nordic city network, the external
/// reference group, or a local forum of one administration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum NetworkKind {
    City,
    National,
    Nordic,
    Reference,
    Forum,
}

impl NetworkKind {
    pub const ALL: [NetworkKind; 5] = [
        Self::City,
        Self::National,
        Self::Nordic,
        Self::Reference,
        Self::Forum,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Self::City => "city",
            Self::National => "national",
            Self::Nordic => "nordic",
            Self::Reference => "reference",
            Self::Forum => "forum",
        }
    }

    pub fn parse(text: &str) -> Option<NetworkKind> {
        Self::ALL.into_iter().find(|k| k.code() == text.trim())
    }

    pub fn label(self) -> &'static str {
        i18n::sv().t(match self {
            Self::City => "networks.kind.city",
            Self::National => "networks.kind.national",
            Self::Nordic => "networks.kind.nordic",
            Self::Reference => "networks.kind.reference",
            Self::Forum => "networks.kind.forum",
        })
    }

    /// A local forum is read inside its administration only; every other network is read
    /// by every coordinator and reader of the city (they all take part in them).
    pub fn is_local(self) -> bool {
        self == Self::Forum
    }
}

/// External attendees of one organisation at a meeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct OrganisationCount {
    pub organisation: String,
    pub attendees: i64,
}

/// Reads external attendees, one organisation a line: "Polisen: 2", "Polisen 2" or just
/// "Polisen" (one). A line that cannot be read is named by its number.
pub fn organisation_counts(text: &str) -> Result<Vec<OrganisationCount>, String> {
    let cat = i18n::sv();
    let mut out: Vec<OrganisationCount> = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let bad = || {
            cat.f(
                "networks.bad_organisation_line",
                &[("line", &(n + 1).to_string())],
            )
        };
        let (name, count) = match line.rsplit_once([':', ' ']) {
            Some((name, count))
                if count.trim().chars().all(|c| c.is_ascii_digit()) && !count.trim().is_empty() =>
            {
                (
                    name.trim().trim_end_matches(':').trim(),
                    count.trim().parse::<i64>().map_err(|_| bad())?,
                )
            }
            _ => (line.trim_end_matches(':').trim(), 1),
        };
        if name.is_empty() || name.chars().count() > 200 || !(1..=500).contains(&count) {
            return Err(bad());
        }
        match out
            .iter_mut()
            .find(|o| o.organisation.eq_ignore_ascii_case(name))
        {
            Some(o) => o.attendees += count,
            None => out.push(OrganisationCount {
                organisation: name.to_string(),
                attendees: count,
            }),
        }
    }
    Ok(out)
}

/// Reads a list of e-mail addresses (separated by lines, commas, semicolons or spaces),
/// lower-cased and without repeats. One bad address refuses the whole list, named.
pub fn addresses(text: &str) -> Result<Vec<String>, String> {
    let cat = i18n::sv();
    let mut out: Vec<String> = Vec::new();
    for word in text.split(|c: char| c == ',' || c == ';' || c.is_whitespace()) {
        let word = word.trim();
        if word.is_empty() {
            continue;
        }
        if word.chars().count() > 254
            || !varn_house::kernel::check::is_email(word)
            || word.parse::<lettre::Address>().is_err()
        {
            let shown: String = word.chars().take(60).collect();
            return Err(cat.f("networks.bad_address", &[("address", &shown)]));
        }
        let word = word.to_lowercase();
        if !out.contains(&word) {
            out.push(word);
        }
    }
    Ok(out)
}

/// What an uploaded image is, by its first bytes: PNG, JPEG, GIF or WebP. SVG is refused
/// (it can carry script), and so is anything else.
pub fn image_type(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some("image/png")
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some("image/jpeg")
    } else if bytes.starts_with(b"GIF87a") || bytes.starts_with(b"GIF89a") {
        Some("image/gif")
    } else if bytes.len() >= 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        Some("image/webp")
    } else {
        None
    }
}

/// The words of a search, in lower case (å, ä and ö kept as themselves).
pub fn search_words(query: &str) -> Vec<String> {
    query
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .map(str::to_lowercase)
        .filter(|w| !w.is_empty())
        .take(10)
        .collect()
}

/// True when every word is found in `text` (in any case).
pub fn matches(words: &[String], text: &str) -> bool {
    let text = text.to_lowercase();
    !words.is_empty() && words.iter().all(|w| text.contains(w.as_str()))
}

/// Whether a meeting falls in a period (dates `YYYY-MM-DD`, inclusive).
pub fn in_period(date: &str, from: &str, to: &str) -> bool {
    date >= from && date <= to
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn organisations_are_counted_and_bad_lines_named() {
        let counts = organisation_counts("Polisen: 2\nSkolan Eriksdal 1\nFryshuset\npolisen 1\n")
            .expect("counts");
        assert_eq!(
            counts,
            vec![
                OrganisationCount {
                    organisation: "Polisen".into(),
                    attendees: 3
                },
                OrganisationCount {
                    organisation: "Skolan Eriksdal".into(),
                    attendees: 1
                },
                OrganisationCount {
                    organisation: "Fryshuset".into(),
                    attendees: 1
                },
            ]
        );
        let err = organisation_counts("Polisen: 2\n: 3\n").expect_err("a bad line");
        assert!(err.contains('2'), "{err}");
        assert!(organisation_counts("Polisen: 9999").is_err());
    }

    #[test]
    fn one_bad_address_refuses_the_list() {
        assert_eq!(
            addresses("a@exempel.se, B@exempel.se\na@exempel.se").expect("addresses"),
            vec!["a@exempel.se".to_string(), "b@exempel.se".to_string()]
        );
        let err = addresses("a@exempel.se; inte-en-adress").expect_err("a bad address");
        assert!(err.contains("inte-en-adress"), "{err}");
    }

    #[test]
    fn images_are_known_by_their_bytes() {
        assert_eq!(image_type(b"\x89PNG\r\n\x1a\n...."), Some("image/png"));
        assert_eq!(image_type(&[0xFF, 0xD8, 0xFF, 0xE0]), Some("image/jpeg"));
        assert_eq!(image_type(b"<svg onload=alert(1)>"), None);
        assert_eq!(image_type(b"GIF8"), None);
    }

    #[test]
    fn swedish_words_match_in_any_case() {
        let words = search_words("Klotter, ÅÄÖ");
        assert_eq!(words, vec!["klotter".to_string(), "åäö".to_string()]);
        assert!(matches(&words, "KLOTTER och åäö"));
        assert!(!matches(&search_words("klotter"), "symboler"));
    }
}
