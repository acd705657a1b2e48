//! Snapshots of the plan documents: the Word file part by part (one paragraph or table row
//! a line) and the PDF as written, for a fixed plan with every kind of content. A change to
//! what a board would receive shows up as a readable difference to review
//! (`cargo insta review`, or `INSTA_UPDATE=always` and `git diff`).

use std::io::Read;

use varn::plans::doc::sample::big_plan;
use varn::plans::domain::{Point, Status};
use varn::plans::schedule::ScheduleText;
use varn::plans::store::{Plan, Report, Section};

/// A plan as a coordinator would write it: sections with headings, lists, a table and a
/// link; activities in every area with schedules as the city writes them; one reported.
fn plan() -> Plan {
    let mut p = big_plan(6);
    p.title = "Handlingsplan mot våldsbejakande extremism 2024".into();
    p.administration = "Södra stadsdelsförvaltningen".into();
    p.dnr = "SÖD 2024/17".into();
    p.sections = vec![
        Section {
            key: "inledning".into(),
            title: "Inledning och uppdrag".into(),
            guidance: String::new(),
            body: "## Uppdraget\n\nNämnden ansvarar för att arbetet **finns med** i det ordinarie.\n\n- Samordnare på halvtid\n- Styrgrupp: avdelningscheferna\n\nSe [stadens riktlinjer](https://start.stockholm/).".into(),
        },
        Section {
            key: "analys".into(),
            title: "Analys och prioriteringar".into(),
            guidance: String::new(),
            body: "| Område | Prioritet |\n|---|---|\n| Kompetens | Hög |\n| Samverkan | Medel |".into(),
        },
    ];
    let rows = [
        (
            "preventive",
            "Fältgruppen är ute där unga samlas på kvällar och helger.",
            "Löpande",
            "T1, T2, VB",
        ),
        (
            "competence",
            "Nya medarbetare går webbutbildningen.",
            "2024-01-01-2024-06-08.",
            "Antal medarbetare som gått utbildningen vid årets slut",
        ),
        (
            "collaboration",
            "Samordnaren träffar lokalpolisen.",
            "4 ggr/år",
            "T1, T2, VB",
        ),
        (
            "grants_premises",
            "Föreningar som hyr lokaler får stadens villkor.",
            "Under hösten 2019",
            "VB",
        ),
        (
            "preventing",
            "Kontakt med stödet för avhoppare vid behov.",
            "Löpande vid behov",
            "VB",
        ),
        (
            "other",
            "Blanketten sprids till alla enheter.",
            "Påbörjas 190501",
            "T1",
        ),
    ];
    for (a, (area, text, schedule, follow_up)) in p.activities.iter_mut().zip(rows) {
        a.area = varn::plans::domain::Area::parse(area).expect("area");
        a.text = text.into();
        a.schedule = ScheduleText::new(schedule);
        a.follow_up = varn::plans::domain::FollowUp::from_text(follow_up);
        a.other_actors = "Polisen".into();
    }
    p.activities[0].reports = vec![Report {
        id: varn::plans::domain::FollowUpId::new(1),
        point: "T1".into(),
        status: Status::Ongoing,
        comment: "Tre kvällar i veckan.".into(),
        indicator_value: String::new(),
        reported_at: "2024-04-25T09:00:00Z".into(),
        reported_by: "enhetschef@example.se".into(),
        reported_by_name: "Enhetschef".into(),
        unit_id: None,
        unit: String::new(),
    }];
    p
}

/// Every part of a Word file, one paragraph, table row or table a line.
fn docx_text(bytes: &[u8]) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip");
    let mut out = String::new();
    for i in 0..zip.len() {
        let mut f = zip.by_index(i).expect("part");
        let mut xml = String::new();
        f.read_to_string(&mut xml).expect("utf-8 xml");
        out.push_str(&format!("=== {}\n", f.name().expect("name")));
        for tag in [
            "<w:p>",
            "<w:p ",
            "<w:tr>",
            "<w:tbl>",
            "<w:sectPr",
            "<Relationship ",
            "<Override ",
        ] {
            xml = xml.replace(tag, &format!("\n{tag}"));
        }
        out.push_str(xml.trim());
        out.push('\n');
    }
    out
}

/// What a PDF draws, page by page (each text with its font, size and place, each table
/// cell's rectangle, and what it is to a reader), its structure tree and its bookmarks.
fn pdf_text(blocks: &[varn_docs::Block]) -> String {
    varn_docs::pdf::describe(blocks, &varn::plans::doc::labels())
}

#[test]
fn the_plan_as_word() {
    let bytes = varn::plans::doc::docx(&plan()).expect("docx");
    insta::assert_snapshot!(docx_text(&bytes));
}

#[test]
fn the_plan_as_pdf() {
    insta::assert_snapshot!(pdf_text(&varn::plans::doc::blocks(&plan())));
}

#[test]
fn the_follow_up_report_as_word_and_pdf() {
    let p = plan();
    let point = Point::parse("T1").expect("T1");
    let day = chrono::NaiveDate::from_ymd_opt(2024, 5, 2).expect("date");
    let blocks = varn::plans::doc::follow_up_blocks_on(&p, &point, day);
    let labels = varn::plans::doc::labels();
    let docx = varn_docs::docx::render("Uppföljning T1", &p.administration, &blocks, &labels)
        .expect("docx");
    insta::assert_snapshot!("follow_up_docx", docx_text(&docx));
    insta::assert_snapshot!("follow_up_pdf", pdf_text(&blocks));
    assert_eq!(
        varn_docs::pdf::problems("Uppföljning T1", &p.administration, &blocks, &labels),
        None
    );
}

#[test]
fn a_short_follow_up_report_starts_on_its_first_page_with_date_and_summary() {
    // Issue 20 point 16: two rows once took a cover, a page of contents and a table.
    let p = plan();
    let day = chrono::NaiveDate::from_ymd_opt(2024, 5, 2).expect("date");
    let point = Point::parse("T1").expect("T1");
    let d = pdf_text(&varn::plans::doc::follow_up_blocks_on(&p, &point, day));
    assert_eq!(d.matches("--- page").count(), 1, "{d}");
    assert!(!d.contains("Innehåll"), "{d}");
    for want in [
        "Rapportdatum: 2024-05-02",
        "1 av 3 aktiviteter är rapporterade vid T1. Status: Pågår 1. Inte rapporterade: 2.",
        "Sida 1 av 1",
    ] {
        assert!(d.contains(want), "{want}: {d}");
    }
}

#[test]
fn a_long_follow_up_report_keeps_its_cover_and_contents() {
    let p = big_plan(varn::plans::doc::SHORT_REPORT + 1);
    let day = chrono::NaiveDate::from_ymd_opt(2024, 5, 2).expect("date");
    let point = Point::parse("T1").expect("T1");
    let blocks = varn::plans::doc::follow_up_blocks_on(&p, &point, day);
    let d = pdf_text(&blocks);
    assert!(d.contains("Innehåll") && d.contains("Rapportdatum: 2024-05-02"));
    assert!(
        d.contains("0 av 21 aktiviteter är rapporterade vid T1."),
        "{d}"
    );
    assert!(d.matches("--- page").count() >= 3);
    assert_eq!(
        varn_docs::pdf::problems("T1", "A", &blocks, &varn::plans::doc::labels()),
        None
    );
}

#[test]
fn every_activity_reaches_both_documents_whatever_the_sections() {
    // The fixture's sections do not include the template's activity section.
    let p = plan();
    assert!(p.sections.iter().all(|s| s.key != "aktiviteter"));
    let docx = docx_text(&varn::plans::doc::docx(&p).expect("docx"));
    let pdf = pdf_text(&varn::plans::doc::blocks(&p));
    for a in &p.activities {
        assert!(docx.contains(&a.text), "{} in Word", a.text);
        assert!(
            docx.contains(&a.schedule.text),
            "{} in Word",
            a.schedule.text
        );
        assert!(pdf.contains(&a.schedule.text), "{} in PDF", a.schedule.text);
    }
}

/// The text of a PDF as poppler's `pdftotext` reads it (as a reader copying it would get
/// it), its whitespace collapsed to single spaces. Used by the modules that fetch PDFs.
pub(crate) fn pdftotext(pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("document.pdf");
    std::fs::write(&file, pdf).expect("write");
    let text = poppler("pdftotext", &["-enc", "UTF-8"], &file);
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Runs a poppler tool on a PDF and returns what it prints.
fn poppler(tool: &str, args: &[&str], pdf: &std::path::Path) -> String {
    let out = std::process::Command::new(tool)
        .args(args)
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap_or_else(|e| panic!("{tool} (poppler-utils; .ci/run installs it): {e}"));
    assert!(out.status.success(), "{tool}: {:?}", out);
    String::from_utf8(out.stdout).expect("utf-8")
}

#[test]
fn names_beyond_latin_1_come_through_the_pdf_and_it_passes_the_ua1_check() {
    let mut p = plan();
    p.activities[0].text =
        "Nikolina Kovačević och Ćirić träffar föreningen Đakovo–Łódź i Źródło, ≥ 2 ggr/år 😀"
            .into();
    p.activities[1].text = "Ἀθῆναι: samverkan med grekiska föreningen αβγ".into();
    let blocks = varn::plans::doc::blocks(&p);
    let labels = varn::plans::doc::labels();
    assert_eq!(
        varn_docs::pdf::problems(&p.title, &p.administration, &blocks, &labels),
        None,
        "krilla's PDF/UA-1 validator"
    );
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("plan.pdf");
    let pdf = varn::plans::doc::pdf(&p);
    std::fs::write(&file, &pdf).expect("write");
    let text = pdftotext(&pdf);
    for want in [
        "Kovačević",
        "Ćirić",
        "Đakovo–Łódź",
        "Źródło,",
        "≥ 2 ggr/år",
        "αβγ",
        "😀",
        "Handlingsplan mot våldsbejakande",
    ] {
        assert!(text.contains(want), "{want} in {text}");
    }
    assert!(!text.contains('?'), "no character became ?: {text}");
    // Every font embedded (as a subset), none from the reader's machine.
    let fonts = std::process::Command::new("pdffonts")
        .arg(&file)
        .output()
        .expect("pdffonts");
    let fonts = String::from_utf8(fonts.stdout).expect("utf-8");
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(!rows.is_empty(), "{fonts}");
    for row in rows {
        assert!(row.contains("DejaVuSans"), "{row}");
        let cols: Vec<&str> = row.split_whitespace().collect();
        assert_eq!(
            cols[cols.len() - 5..cols.len() - 2],
            ["yes", "yes", "yes"],
            "{row}"
        );
    }
    let info = std::process::Command::new("pdfinfo")
        .arg(&file)
        .output()
        .expect("pdfinfo");
    let info = String::from_utf8(info.stdout).expect("utf-8");
    assert!(info.contains("Tagged:          yes"), "{info}");
    assert!(
        info.contains("Title:           Handlingsplan mot"),
        "{info}"
    );
}

#[test]
fn the_structure_has_headings_in_order_lists_and_tables_with_header_cells() {
    let d = pdf_text(&varn::plans::doc::blocks(&plan()));
    let structure = d.split("--- structure\n").nth(1).expect("structure");
    let kinds: Vec<&str> = structure
        .lines()
        .map(|l| {
            l.trim()
                .split(' ')
                .nth(1)
                .unwrap_or("")
                .trim_end_matches(':')
        })
        .collect();
    for kind in [
        "H(1,", "H(2,", "P", "L", "LI", "Table", "THead", "TH", "TD", "Toc", "TocItem",
    ] {
        assert!(kinds.contains(&kind), "{kind} in {structure}");
    }
    // No heading skips a level.
    let mut last = 0;
    for k in &kinds {
        if let Some(level) = k
            .strip_prefix("H(")
            .and_then(|l| l.trim_end_matches(',').parse::<u8>().ok())
        {
            assert!(level <= last + 1, "H{level} after H{last}");
            last = level;
        }
    }
}

#[test]
fn the_grants_summary_passes_the_ua1_check_too() {
    use varn::grants::report::{GrantsFigure, GrantsYear};
    let y = GrantsYear {
        administration_id: varn::kernel::ids::AdministrationId::new(1),
        year: 2026,
        figures: ["applications", "controls:vbe", "stops", "sum:claimed"]
            .iter()
            .map(|k| GrantsFigure {
                key: (*k).into(),
                label: (*k).into(),
                value: 2,
                kronor: k.starts_with("sum"),
            })
            .collect(),
    };
    let blocks = varn::grants::document::blocks(&y, "Södermalm");
    let labels = varn::plans::doc::labels();
    assert_eq!(
        varn_docs::pdf::problems("Föreningsbidrag 2026", "Södermalm", &blocks, &labels),
        None
    );
    let text = pdftotext(&varn::grants::document::pdf(&y, "Södermalm"));
    assert!(text.contains("Södermalm"), "{text}");
}
