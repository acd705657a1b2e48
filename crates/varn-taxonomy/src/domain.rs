//! Taxonomy types and the pure rules over them.

use serde::{Deserialize, Serialize};

varn_house::id!(
    /// A term of a vocabulary (`taxonomy_terms`).
    pub struct TermId
);

/// The four vocabularies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Vocabulary {
    Environment,
    Phenomenon,
    EventType,
    PlaceType,
}

impl Vocabulary {
    pub const ALL: [Vocabulary; 4] = [
        Vocabulary::Environment,
        Vocabulary::Phenomenon,
        Vocabulary::EventType,
        Vocabulary::PlaceType,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Vocabulary::Environment => "environment",
            Vocabulary::Phenomenon => "phenomenon",
            Vocabulary::EventType => "event_type",
            Vocabulary::PlaceType => "place_type",
        }
    }

    pub fn parse(value: &str) -> Option<Vocabulary> {
        Vocabulary::ALL
            .into_iter()
            .find(|v| v.as_str() == value.trim())
    }

    pub fn label(self) -> &'static str {
        varn_house::i18n::sv().t(match self {
            Vocabulary::Environment => "taxonomy.environment",
            Vocabulary::Phenomenon => "taxonomy.phenomenon",
            Vocabulary::EventType => "taxonomy.event_type",
            Vocabulary::PlaceType => "taxonomy.place_type",
        })
    }
}

/// One term of a vocabulary.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Term {
    pub id: TermId,
    pub vocabulary: Vocabulary,
    pub code: String,
    pub label: String,
    pub position: i64,
    pub introduced_version: i64,
    /// Set when the term is no longer offered.
    pub retired_version: Option<i64>,
    /// The term that took this one's place, when it was renamed.
    pub replaced_by: Option<TermId>,
}

impl Term {
    pub fn active(&self) -> bool {
        self.retired_version.is_none()
    }
}

/// The current term a (possibly retired) term maps to, following renamings. Stops at a
/// term that was retired without a successor, and never loops.
pub fn current_successor(terms: &[Term], id: TermId) -> TermId {
    let mut current = id;
    for _ in 0..terms.len() {
        match terms
            .iter()
            .find(|t| t.id == current)
            .and_then(|t| t.replaced_by)
        {
            Some(next) if next != current => current = next,
            _ => break,
        }
    }
    current
}

/// A code: lower-case ASCII letters, digits and `_`, 1-40 characters.
pub fn check_code(code: &str) -> Result<String, &'static str> {
    let c = code.trim().to_lowercase();
    if c.is_empty() {
        return Err(varn_house::i18n::sv().t("validation.required"));
    }
    if c.len() > 40
        || !c
            .chars()
            .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '_')
    {
        return Err(varn_house::i18n::sv().t("taxonomy.bad_code"));
    }
    Ok(c)
}

/// The terms every installation starts from: version 1 carries the 2016 names of the
/// environments, version 2 the 2024 names that replaced them, with the mapping.
pub fn seed() -> Vec<(
    i64,
    Vocabulary,
    &'static str,
    &'static str,
    Option<&'static str>,
)> {
    use Vocabulary::*;
    let mut out = vec![
        (1, Environment, "vit_makt", "Vit makt-miljön", None),
        (1, Environment, "autonoma", "Den autonoma miljön", None),
        (
            1,
            Environment,
            "islamistiska",
            "Den våldsbejakande islamistiska miljön",
            None,
        ),
        (
            2,
            Environment,
            "hogerextremism",
            "Våldsbejakande högerextremism",
            Some("vit_makt"),
        ),
        (
            2,
            Environment,
            "vansterextremism",
            "Våldsbejakande vänsterextremism",
            Some("autonoma"),
        ),
        (
            2,
            Environment,
            "islamistisk_extremism",
            "Våldsbejakande islamistisk extremism",
            Some("islamistiska"),
        ),
        (
            2,
            Environment,
            "ensamagerande",
            "Ensamagerande, oavsett ideologi",
            None,
        ),
        (2, Environment, "annat_oklart", "Annat eller oklart", None),
    ];
    for (code, label) in [
        ("accelerationism", "Accelerationism"),
        ("ekofascism", "Ekofascism"),
        ("konspirationsteorier", "Konspirationsteorier"),
        (
            "otillaten_paverkan",
            "Otillåten påverkan på tjänstepersoner",
        ),
        ("skolattacker", "Skolattacker"),
        ("antisemitism", "Antisemitism"),
        ("antidemokratiskt", "Antidemokratiskt agerande"),
        ("radikalisering_natet", "Radikalisering på nätet"),
        ("atervandare", "Återvändare från konfliktområden"),
    ] {
        out.push((2, Phenomenon, code, label, None));
    }
    for (code, label) in [
        ("klotter", "Klotter"),
        ("klistermarken", "Klistermärken"),
        ("affischer", "Affischer eller flygblad"),
        ("banderoll", "Banderoll"),
        ("demonstration", "Demonstration eller manifestation"),
        ("hot", "Hot"),
        ("trakasserier", "Trakasserier"),
        ("vald", "Våld"),
        ("skadegorelse", "Skadegörelse eller anlagd brand"),
        ("valdsbejakande_asikter", "Uttryckta våldsbejakande åsikter"),
        ("rekrytering", "Rekrytering"),
        ("otillaten_paverkan", "Otillåten påverkan"),
        ("oro_individ", "Oro för en enskild person"),
        ("annat", "Annat"),
    ] {
        out.push((1, EventType, code, label, None));
    }
    for (code, label) in [
        ("skola", "Skola"),
        ("forskola", "Förskola"),
        ("fritidsgard", "Fritidsgård"),
        ("offentlig_miljo", "Offentlig miljö"),
        ("kollektivtrafik", "Kollektivtrafik"),
        ("bostadsomrade", "Bostadsområde"),
        ("arbetsplats", "Arbetsplats"),
        ("religios_lokal", "Lokal för religiös verksamhet"),
        ("natet", "På nätet"),
        ("annan_plats", "Annan plats"),
    ] {
        out.push((1, PlaceType, code, label, None));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn term(id: i64, replaced_by: Option<i64>) -> Term {
        Term {
            id: TermId::new(id),
            vocabulary: Vocabulary::Environment,
            code: format!("t{id}"),
            label: format!("T{id}"),
            position: 0,
            introduced_version: 1,
            retired_version: replaced_by.map(|_| 2),
            replaced_by: replaced_by.map(TermId::new),
        }
    }

    #[test]
    fn successors_follow_chains_and_never_loop() {
        let terms = vec![
            term(1, Some(2)),
            term(2, Some(3)),
            term(3, None),
            term(4, Some(5)),
            term(5, Some(4)),
        ];
        let id = TermId::new;
        assert_eq!(current_successor(&terms, id(1)), id(3));
        assert_eq!(current_successor(&terms, id(3)), id(3));
        let looped = current_successor(&terms, id(4));
        assert!(looped == id(4) || looped == id(5));
        assert_eq!(current_successor(&terms, id(99)), id(99));
    }

    #[test]
    fn seed_maps_every_old_environment_to_a_new_one() {
        let seed = seed();
        for (_, _, code, _, replaces) in &seed {
            if let Some(old) = replaces {
                assert!(
                    seed.iter().any(|(v, _, c, _, _)| c == old && *v == 1),
                    "{code} replaces unknown {old}"
                );
            }
        }
        assert_eq!(check_code(" Nytt_Begrepp2 "), Ok("nytt_begrepp2".into()));
        assert!(check_code("med mellanslag").is_err());
    }
}
