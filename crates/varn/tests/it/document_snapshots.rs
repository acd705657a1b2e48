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
        id: 1,
        point: "T1".into(),
        status: Status::Ongoing,
        comment: "Tre kvällar i veckan.".into(),
        indicator_value: String::new(),
        reported_at: "2024-04-25T09:00:00Z".into(),
        reported_by: "enhetschef@example.se".into(),
        reported_by_name: "Enhetschef".into(),
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

/// What a PDF draws, page by page: each text with its font, size and place, and each
/// table cell's rectangle. Strings are WinAnsi (read here as Latin-1), written literal or hex.
fn pdf_text(bytes: &[u8]) -> String {
    let all: String = bytes.iter().map(|&b| b as char).collect();
    let mut out = String::new();
    let (mut font, mut at) = (String::new(), String::new());
    for line in all.lines().map(str::trim) {
        if line == "stream" {
            out.push_str("--- page\n");
        } else if let Some(f) = line.strip_suffix(" Tf") {
            font = f.to_string();
        } else if let Some(xy) = line.strip_suffix(" Td") {
            at = xy.to_string();
        } else if let Some(r) = line.strip_suffix(" re") {
            out.push_str(&format!("rect {r}\n"));
        } else if let Some(t) = line.strip_suffix(" Tj") {
            let text: String =
                if let Some(hex) = t.strip_prefix('<').and_then(|h| h.strip_suffix('>')) {
                    (0..hex.len() / 2)
                        .filter_map(|i| u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).ok())
                        .map(char::from)
                        .collect()
                } else {
                    t.trim_start_matches('(')
                        .trim_end_matches(')')
                        .replace("\\(", "(")
                        .replace("\\)", ")")
                };
            out.push_str(&format!("{font} @ {at}: {text}\n"));
        }
    }
    out
}

#[test]
fn the_plan_as_word() {
    let bytes = varn::plans::doc::docx(&plan()).expect("docx");
    insta::assert_snapshot!(docx_text(&bytes));
}

#[test]
fn the_plan_as_pdf() {
    insta::assert_snapshot!(pdf_text(&varn::plans::doc::pdf(&plan())));
}

#[test]
fn the_follow_up_report_as_word_and_pdf() {
    let p = plan();
    let point = Point::parse("T1").expect("T1");
    let blocks = varn::plans::doc::follow_up_blocks(&p, &point);
    let labels = varn::plans::doc::labels();
    let docx = varn_docs::docx::render("Uppföljning T1", &p.administration, &blocks, &labels)
        .expect("docx");
    insta::assert_snapshot!("follow_up_docx", docx_text(&docx));
    let pdf = varn_docs::pdf::render("Uppföljning T1", &p.administration, &blocks, &labels);
    insta::assert_snapshot!("follow_up_pdf", pdf_text(&pdf));
}

#[test]
fn every_activity_reaches_both_documents_whatever_the_sections() {
    // The fixture's sections do not include the template's activity section.
    let p = plan();
    assert!(p.sections.iter().all(|s| s.key != "aktiviteter"));
    let docx = docx_text(&varn::plans::doc::docx(&p).expect("docx"));
    let pdf = pdf_text(&varn::plans::doc::pdf(&p));
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
