//! The compiled situational picture as a document: a cover (administration, year,
//! status), the contents, the narrative sections in order with the statistics (each figure
//! as a chart and as a table) after the local picture, and the sources with where their
//! numbers came from. Built of `varn_docs` blocks, which the crate's Word and PDF writers
//! draw. Pure: no I/O; the caller suppresses the figures.

use varn_docs::{markdown, Block, Span};

use crate::figures::{self, Figure};
use crate::narrative::{Narrative, Status};
use varn_house::i18n;

/// The document's title, e.g. "Lokal lägesbild 2026".
pub fn title(year: i64) -> String {
    i18n::sv().f("picture.doc_title", &[("year", &year.to_string())])
}

pub use varn_house::web::document::labels;

fn statistics(figures: &[Figure]) -> Vec<Block> {
    let cat = i18n::sv();
    let mut out = vec![Block::Heading(1, cat.t("picture.statistics").to_string())];
    if figures.is_empty() {
        out.push(Block::Para(vec![Span::plain(
            cat.t("situation.no_figures"),
        )]));
    }
    for (n, f) in figures.iter().enumerate() {
        out.push(Block::Heading(2, f.title.clone()));
        out.push(Block::Figure {
            drawing: f.drawing(),
            caption: cat.f(
                "picture.caption",
                &[("n", &(n + 1).to_string()), ("text", &f.description)],
            ),
        });
        let (header, rows) = f.table();
        out.push(Block::Table { header, rows });
        if f.no_data.iter().flatten().any(|m| *m) {
            out.push(Block::Para(vec![Span::plain(
                cat.t("situation.no_data_note"),
            )]));
        }
    }
    out
}

fn provenance(figures: &[Figure]) -> Vec<Block> {
    let cat = i18n::sv();
    let or = |s: &str, other: &str| {
        if s.is_empty() {
            other.to_string()
        } else {
            s.to_string()
        }
    };
    vec![
        Block::Heading(2, cat.t("picture.provenance").to_string()),
        Block::Table {
            header: vec![
                cat.t("picture.col_source").to_string(),
                cat.t("picture.col_imported_by").to_string(),
                cat.t("picture.col_imported_at").to_string(),
            ],
            rows: figures::sources(figures)
                .iter()
                .map(|p| {
                    vec![
                        p.source.clone(),
                        or(&p.imported_by, cat.t("picture.internal")),
                        or(&p.imported_at, "–"),
                    ]
                })
                .collect(),
        },
    ]
}

/// The whole picture as blocks. `exact` is false when the figures are suppressed.
pub fn blocks(administration: &str, n: &Narrative, figures: &[Figure], exact: bool) -> Vec<Block> {
    let cat = i18n::sv();
    let status = match n.status {
        Status::Final => cat.f(
            "picture.cover_final",
            // The local date: a picture made final at 00.30 on 1 March reads 1 March.
            &[(
                "at",
                varn_house::kernel::time::local_iso(&n.updated_at)
                    .get(..10)
                    .unwrap_or(""),
            )],
        ),
        Status::Draft => n.status.label().to_string(),
    };
    let mut out = vec![
        Block::CoverLine(administration.to_string()),
        Block::Title(title(n.year)),
        Block::CoverLine(status),
    ];
    if !exact {
        out.push(Block::CoverLine(
            cat.t("picture.cover_suppressed").to_string(),
        ));
    }
    out.push(Block::PageBreak);
    let mut body = Vec::new();
    for s in &n.sections {
        let figures_here = match s.key.as_str() {
            "lokalt" => statistics(figures),
            "kallor" => provenance(figures),
            _ => vec![],
        };
        // A section nobody has written and that holds no figures is left out of the
        // document: a reader outside the office should not read a placeholder.
        if s.body.trim().is_empty() && figures_here.is_empty() {
            continue;
        }
        body.push(Block::Heading(1, s.title.clone()));
        body.extend(markdown(&s.body));
        body.extend(figures_here);
    }
    let toc = body
        .iter()
        .filter_map(|b| match b {
            Block::Heading(level, text) if *level <= 2 => Some((*level, text.clone())),
            _ => None,
        })
        .collect();
    out.push(Block::Heading(1, cat.t("document.contents").to_string()));
    out.push(Block::Toc(toc));
    out.push(Block::PageBreak);
    out.extend(body);
    out
}

/// The picture as an appendix to another document (the action plan, as seed 002's "Bilaga 1.
/// Lokal lägesbild"): a first-level heading naming it, then its sections one level down.
pub fn appendix(n: &Narrative, figures: &[Figure], exact: bool) -> Vec<Block> {
    let cat = i18n::sv();
    let mut out = vec![Block::Heading(
        1,
        cat.f("picture.appendix_title", &[("year", &n.year.to_string())]),
    )];
    if !exact {
        out.push(Block::Para(vec![Span::plain(
            cat.t("picture.cover_suppressed"),
        )]));
    }
    let mut body = false;
    for b in blocks("", n, figures, exact) {
        match b {
            // The picture's own cover and contents stay out of the plan's document.
            Block::Heading(1, t) if t == cat.t("document.contents") => {}
            Block::CoverLine(_) | Block::Title(_) | Block::Toc(_) | Block::PageBreak => {}
            Block::Heading(level, t) => {
                body = true;
                out.push(Block::Heading((level + 1).min(3), t));
            }
            other => {
                body = true;
                out.push(other);
            }
        }
    }
    if !body {
        out.push(Block::Para(vec![Span::plain(
            cat.t("picture.appendix_empty"),
        )]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::figures::Provenance;
    use crate::narrative::Section;
    use varn_docs::chart::{Kind, Series};

    fn sample() -> (Narrative, Vec<Figure>) {
        let sections = [
            ("internationellt", "Internationellt", "Läget i världen."),
            ("lokalt", "Lokalt", ""),
            ("kallor", "Källor", "Polisen och blanketterna."),
            ("analys", "Analys", "Vi ser **mer** klotter."),
            ("nationellt", "Nationellt", "  "),
        ]
        .iter()
        .map(|(k, t, b)| Section {
            key: k.to_string(),
            title: t.to_string(),
            body: b.to_string(),
        })
        .collect();
        let n = Narrative {
            id: Some(crate::domain::SituationPictureId::new(1)),
            administration_id: varn_house::kernel::ids::AdministrationId::new(1),
            year: 2026,
            status: Status::Final,
            sections,
            updated_by: "a".into(),
            updated_at: "2026-03-01T10:00:00Z".into(),
            events: vec![],
        };
        let f = Figure {
            no_data: vec![],
            id: "hatbrott".into(),
            title: "Hatbrott per år".into(),
            description: "Linjediagram".into(),
            kind: Kind::Line,
            label_heading: "År".into(),
            labels: vec!["2025".into(), "2026".into()],
            series: vec![Series {
                name: "Hets".into(),
                values: vec![Some(8), None],
            }],
            sources: vec![Provenance {
                source: "Polisen (fil)".into(),
                imported_by: "samordnare@x.se".into(),
                imported_at: "2026-02-01".into(),
            }],
        };
        (n, vec![f])
    }

    #[test]
    fn the_statistics_follow_the_local_picture_and_the_sources_carry_their_origin() {
        let (n, figures) = sample();
        let b = blocks("Provförvaltningen", &n, &figures, false);
        let headings: Vec<&str> = b
            .iter()
            .filter_map(|b| match b {
                Block::Heading(_, t) => Some(t.as_str()),
                _ => None,
            })
            .collect();
        let at = |t: &str| headings.iter().position(|h| *h == t).expect(t);
        // "Lokalt" is unwritten but holds the statistics; "Nationellt" is unwritten and
        // holds nothing, so it is left out, and no placeholder text is printed.
        assert!(!headings.contains(&"Nationellt"), "{headings:?}");
        let placeholder = i18n::sv().t("picture.empty_section");
        assert!(!b.iter().any(
            |x| matches!(x, Block::Para(spans) if spans.iter().any(|s| s.text == placeholder))
        ));
        assert!(at("Lokalt") < at("Hatbrott per år") && at("Hatbrott per år") < at("Källor"));
        assert!(b.iter().any(|x| matches!(x, Block::Figure { .. })));
        assert!(b.iter().any(|x| matches!(x, Block::Table { rows, .. } if rows.iter().any(|r| r[0] == "Polisen (fil)" && r[1] == "samordnare@x.se"))));
        assert!(b.iter().any(|x| matches!(x, Block::Table { rows, .. } if rows.iter().any(|r| r == &vec!["2026".to_string(), "–".to_string()]))));
        assert!(b.contains(&Block::Title(title(2026))));
        assert!(b.contains(&Block::CoverLine(
            i18n::sv().t("picture.cover_suppressed").into()
        )));
    }

    #[test]
    fn the_picture_renders_as_word_with_images_and_as_pdf() {
        let (n, figures) = sample();
        let b = blocks("Provförvaltningen", &n, &figures, true);
        let docx = varn_docs::docx::render("t", "a", &b, &labels()).expect("docx");
        let zip = zip::ZipArchive::new(std::io::Cursor::new(docx)).expect("zip");
        let mut zip = zip;
        assert!(zip.by_name("word/media/figur1.png").is_ok());
        let pdf = varn_docs::pdf::render("t", "a", &b, &labels());
        assert!(pdf.starts_with(b"%PDF"));
    }
}
