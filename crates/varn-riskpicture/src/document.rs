//! The whole episode of an elevated risk picture as a document for the evaluation
//! afterwards, in Word and PDF (through `varn_docs`): the declaration, every
//! administration's standing, the measures, who reported nothing, the e-mail notices and
//! the lifting. Pure: the episode in, bytes out.

use varn_docs::{Block, Labels, Span};

use crate::service::RiskpictureDetail;
use varn_house::i18n;
use varn_house::kernel::ids::AdministrationId;

/// The words the document writers add themselves, from the catalogue.
fn labels() -> Labels {
    let cat = i18n::sv();
    Labels {
        page: cat.t("riskpicture.doc_page").to_string(),
        contents: cat.t("riskpicture.doc_contents").to_string(),
        figure: cat.t("riskpicture.doc_figure").to_string(),
    }
}

/// The document's title.
pub fn title(d: &RiskpictureDetail) -> String {
    i18n::sv().f(
        "riskpicture.episode_title",
        &[("date", &d.episode.declared_on)],
    )
}

fn name_of(d: &RiskpictureDetail, admin: AdministrationId) -> String {
    d.standing
        .iter()
        .find(|s| s.administration_id == admin)
        .map(|s| s.administration.clone())
        .unwrap_or_default()
}

/// The episode as blocks.
pub fn blocks(d: &RiskpictureDetail, municipality: &str) -> Vec<Block> {
    let cat = i18n::sv();
    let e = &d.episode;
    let mut out = vec![
        Block::CoverLine(municipality.to_string()),
        Block::Title(title(d)),
        Block::CoverLine(match &e.lifted_on {
            Some(l) => cat.f(
                "riskpicture.period_lifted",
                &[("from", &e.declared_on), ("to", l)],
            ),
            None => cat.f("riskpicture.period_in_force", &[("from", &e.declared_on)]),
        }),
        Block::PageBreak,
    ];
    let headings = [
        cat.t("riskpicture.doc_declaration").to_string(),
        cat.t("riskpicture.doc_standing").to_string(),
        cat.t("riskpicture.doc_measures").to_string(),
        cat.t("riskpicture.doc_notices").to_string(),
        cat.t("riskpicture.doc_lifting").to_string(),
    ];
    out.push(Block::Heading(
        1,
        cat.t("riskpicture.doc_contents").to_string(),
    ));
    out.push(Block::Toc(
        headings.iter().map(|h| (1, h.clone())).collect(),
    ));
    out.push(Block::PageBreak);
    declaration(d, &mut out);
    standing(d, &mut out);
    measures(d, &mut out);
    notices(d, &mut out);
    lifting(d, &mut out);
    out
}

/// A paragraph of plain text.
fn para(text: String) -> Block {
    Block::Para(vec![Span::plain(text)])
}

/// The declaration: when, where and why.
fn declaration(d: &RiskpictureDetail, out: &mut Vec<Block>) {
    let cat = i18n::sv();
    let e = &d.episode;
    out.push(Block::Heading(
        1,
        cat.t("riskpicture.doc_declaration").to_string(),
    ));
    out.push(para(
        cat.f("riskpicture.doc_declared", &[("date", &e.declared_on)]),
    ));
    out.push(para(if e.citywide {
        cat.t("riskpicture.area_citywide").to_string()
    } else {
        cat.f(
            "riskpicture.doc_area",
            &[(
                "names",
                &d.standing
                    .iter()
                    .map(|s| s.administration.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
            )],
        )
    }));
    out.push(Block::Heading(
        2,
        cat.t("riskpicture.field.reason").to_string(),
    ));
    out.push(para(e.reason.clone()));
}

/// Where each administration stands: its measures and whether it was notified, and who has
/// not reported.
fn standing(d: &RiskpictureDetail, out: &mut Vec<Block>) {
    let cat = i18n::sv();
    out.push(Block::Heading(
        1,
        cat.t("riskpicture.doc_standing").to_string(),
    ));
    out.push(Block::Table {
        header: vec![
            cat.t("riskpicture.field.administration").to_string(),
            cat.t("riskpicture.col.measures").to_string(),
            cat.t("riskpicture.col.notified").to_string(),
        ],
        rows: d
            .standing
            .iter()
            .map(|s| {
                vec![
                    s.administration.clone(),
                    if s.measures == 0 {
                        cat.t("riskpicture.nothing_reported").to_string()
                    } else {
                        s.measures.to_string()
                    },
                    s.notified_at
                        .as_deref()
                        .map(varn_house::kernel::time::swedish)
                        .unwrap_or_else(|| cat.t("riskpicture.not_delivered").to_string()),
                ]
            })
            .collect(),
    });
    if d.not_reported.is_empty() {
        out.push(para(cat.t("riskpicture.all_reported").to_string()));
    } else {
        out.push(para(cat.t("riskpicture.not_reported_heading").to_string()));
        for n in &d.not_reported {
            out.push(Block::Bullet(vec![Span::plain(n.clone())]));
        }
    }
}

/// The measures taken, in a table.
fn measures(d: &RiskpictureDetail, out: &mut Vec<Block>) {
    let cat = i18n::sv();
    out.push(Block::Heading(
        1,
        cat.t("riskpicture.doc_measures").to_string(),
    ));
    if d.measures.is_empty() {
        out.push(para(cat.t("riskpicture.no_measures").to_string()));
    } else {
        out.push(Block::Table {
            header: vec![
                cat.t("riskpicture.field.taken_on").to_string(),
                cat.t("riskpicture.field.administration").to_string(),
                cat.t("riskpicture.field.kind").to_string(),
                cat.t("riskpicture.col.responsible").to_string(),
                cat.t("riskpicture.field.description").to_string(),
            ],
            rows: d
                .measures
                .iter()
                .map(|m| {
                    vec![
                        m.taken_on.clone(),
                        name_of(d, m.administration_id),
                        m.kind.label().to_string(),
                        m.responsible.clone(),
                        m.description.clone(),
                    ]
                })
                .collect(),
        });
    }
}

/// The notices sent and whether they were delivered.
fn notices(d: &RiskpictureDetail, out: &mut Vec<Block>) {
    let cat = i18n::sv();
    out.push(Block::Heading(
        1,
        cat.t("riskpicture.doc_notices").to_string(),
    ));
    if d.notices.is_empty() {
        out.push(para(cat.t("riskpicture.no_notices").to_string()));
    } else {
        out.push(Block::Table {
            header: vec![
                cat.t("riskpicture.field.administration").to_string(),
                cat.t("riskpicture.col.notice").to_string(),
                cat.t("riskpicture.col.mail").to_string(),
            ],
            rows: d
                .notices
                .iter()
                .map(|n| {
                    vec![
                        name_of(d, n.administration_id),
                        n.kind.label().to_string(),
                        match &n.delivered_at {
                            Some(at) => cat.f(
                                "riskpicture.delivered_at",
                                &[("time", &varn_house::kernel::time::swedish(at))],
                            ),
                            None => cat.t("riskpicture.not_delivered").to_string(),
                        },
                    ]
                })
                .collect(),
        });
    }
}

/// The lifting, with its reason, or that the picture is still in force.
fn lifting(d: &RiskpictureDetail, out: &mut Vec<Block>) {
    let cat = i18n::sv();
    let e = &d.episode;
    out.push(Block::Heading(
        1,
        cat.t("riskpicture.doc_lifting").to_string(),
    ));
    match &e.lifted_on {
        Some(l) => {
            out.push(para(cat.f("riskpicture.doc_lifted", &[("date", l)])));
            out.push(Block::Heading(
                2,
                cat.t("riskpicture.field.lift_reason").to_string(),
            ));
            out.push(para(e.lift_reason.clone()));
        }
        None => out.push(para(cat.t("riskpicture.doc_not_lifted").to_string())),
    }
}

/// The episode as a Word file.
pub fn docx(d: &RiskpictureDetail, municipality: &str) -> anyhow::Result<Vec<u8>> {
    varn_docs::docx::render(&title(d), municipality, &blocks(d, municipality), &labels())
}

/// The episode as a PDF file.
pub fn pdf(d: &RiskpictureDetail, municipality: &str) -> Vec<u8> {
    varn_docs::pdf::render(&title(d), municipality, &blocks(d, municipality), &labels())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{
        MeasureKind, NoticeKind, RiskpictureEpisodeId, RiskpictureMeasureId, RiskpictureNoticeId,
    };
    use crate::service::RiskpictureStanding;
    use crate::store::{RiskpictureEpisode, RiskpictureMeasure, RiskpictureNotice};

    fn sample() -> RiskpictureDetail {
        RiskpictureDetail {
            episode: RiskpictureEpisode {
                id: RiskpictureEpisodeId::new(1),
                citywide: false,
                declared_on: "2025-09-12".into(),
                reason: "Uppgifter från polisen om rekrytering i området.".into(),
                lifted_on: Some("2025-11-28".into()),
                lift_reason: "Polisens bedömning är att läget är normalt.".into(),
                administration_ids: vec![AdministrationId::new(1), AdministrationId::new(2)],
                created_at: "2025-09-12T08:00:00Z".into(),
            },
            standing: vec![
                RiskpictureStanding {
                    administration_id: AdministrationId::new(1),
                    administration: "Rinkeby-Kista".into(),
                    measures: 1,
                    notified_at: Some("2025-09-12T08:01:00Z".into()),
                },
                RiskpictureStanding {
                    administration_id: AdministrationId::new(2),
                    administration: "Utbildningsförvaltningen".into(),
                    measures: 0,
                    notified_at: None,
                },
            ],
            not_reported: vec!["Utbildningsförvaltningen".into()],
            measures: vec![RiskpictureMeasure {
                id: RiskpictureMeasureId::new(1),
                episode_id: RiskpictureEpisodeId::new(1),
                administration_id: AdministrationId::new(1),
                kind: MeasureKind::LocalPresence,
                taken_on: "2025-09-13".into(),
                responsible: "Fältassistenterna".into(),
                description: "Kvällsnärvaro vid centrum.".into(),
                created_at: "2025-09-13T08:00:00Z".into(),
            }],
            notices: vec![RiskpictureNotice {
                id: RiskpictureNoticeId::new(1),
                episode_id: RiskpictureEpisodeId::new(1),
                administration_id: AdministrationId::new(2),
                kind: NoticeKind::Declared,
                created_at: "2025-09-12T08:00:00Z".into(),
                attempts: 2,
                delivered_at: None,
                recipients: String::new(),
            }],
        }
    }

    #[test]
    fn the_document_holds_the_whole_episode() {
        let b = blocks(&sample(), "Demokommunen");
        let text = format!("{b:?}");
        assert!(text.contains("rekrytering"), "{text}");
        assert!(text.contains("Fältassistenterna"));
        assert!(text.contains("Utbildningsförvaltningen"));
        assert!(text.contains("2025-11-28"));
        // Tagged PDF/UA-1 as the house's documents are.
        assert_eq!(
            varn_docs::pdf::problems(&title(&sample()), "Demokommunen", &b, &labels()),
            None
        );
        let docx = docx(&sample(), "Demokommunen").expect("docx");
        assert!(docx.starts_with(b"PK"));
        assert!(pdf(&sample(), "Demokommunen").starts_with(b"%PDF"));
    }
}
