//! Blocks as a Word document (.docx), written by hand as WordprocessingML in a zip: a
//! cover, a table of contents, headings, paragraphs, lists and tables, charts as PNG images
//! with their captions, and page numbers in the footer. Kept to the plain parts of the
//! format that Word and LibreOffice both open without complaint.
//!
//! Pure: bytes in memory, no I/O. The words it adds itself (the footer, the figures' names)
//! come from the caller's [`Labels`]; it must never write a text of its own.

use std::io::{Cursor, Write};

use zip::write::SimpleFileOptions;
use zip::CompressionMethod;

use crate::chart::Drawing;
use crate::{Block, Labels, Span};

/// Escapes text for XML content and attributes.
fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Control characters are not allowed in XML 1.0.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

const NS: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture""#;

/// English Metric Units per pixel at 96 dpi; a chart is set 16 cm wide.
const EMU_WIDTH: i64 = 5_760_000;

/// The n:th figure (from 1) as an inline picture in its own paragraph, then its caption.
fn figure(n: usize, drawing: &Drawing, caption: &str, labels: &Labels) -> String {
    let cx = EMU_WIDTH;
    let cy = EMU_WIDTH * drawing.height / drawing.width.max(1);
    let alt = esc(&format!("{}. {}", drawing.title, drawing.description));
    let name = esc(&labels.figure.replace("{n}", &n.to_string()));
    format!(
        r#"<w:p><w:pPr><w:keepNext/><w:jc w:val="center"/></w:pPr><w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{cx}" cy="{cy}"/><wp:docPr id="{n}" name="{name}" descr="{alt}"/><wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr><pic:cNvPr id="{n}" name="figur{n}.png" descr="{alt}"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="rIdFig{n}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>{}"#,
        text_para(Some("Caption"), caption)
    )
}

fn run(span: &Span) -> String {
    let mut props = String::new();
    if span.bold {
        props.push_str("<w:b/>");
    }
    if span.italic {
        props.push_str("<w:i/>");
    }
    let rpr = if props.is_empty() {
        String::new()
    } else {
        format!("<w:rPr>{props}</w:rPr>")
    };
    format!(
        r#"<w:r>{rpr}<w:t xml:space="preserve">{}</w:t></w:r>"#,
        esc(&span.text)
    )
}

fn para(style: Option<&str>, runs: &str) -> String {
    let ppr = style
        .map(|s| format!(r#"<w:pPr><w:pStyle w:val="{s}"/></w:pPr>"#))
        .unwrap_or_default();
    format!("<w:p>{ppr}{runs}</w:p>")
}

fn text_para(style: Option<&str>, text: &str) -> String {
    para(style, &run(&Span::plain(text)))
}

fn field(instr: &str, cached: &str) -> String {
    format!(
        r#"<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> {instr} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>{cached}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>"#
    )
}

fn table(header: &[String], rows: &[Vec<String>]) -> String {
    let cols = header.len().max(1);
    // A4 text width in twentieths of a point, shared evenly, the first column wider.
    let total = 9000usize;
    let first = if cols > 2 {
        total * 2 / 5
    } else {
        total / cols
    };
    let rest = if cols > 1 {
        (total - first) / (cols - 1)
    } else {
        0
    };
    let width = |i: usize| if i == 0 { first } else { rest };
    let mut x = String::from(
        r#"<w:tbl><w:tblPr><w:tblStyle w:val="PlanTable"/><w:tblW w:w="5000" w:type="pct"/><w:tblBorders><w:top w:val="single" w:sz="4" w:color="808080"/><w:left w:val="single" w:sz="4" w:color="808080"/><w:bottom w:val="single" w:sz="4" w:color="808080"/><w:right w:val="single" w:sz="4" w:color="808080"/><w:insideH w:val="single" w:sz="4" w:color="808080"/><w:insideV w:val="single" w:sz="4" w:color="808080"/></w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>"#,
    );
    for i in 0..cols {
        x.push_str(&format!(r#"<w:gridCol w:w="{}"/>"#, width(i)));
    }
    x.push_str("</w:tblGrid>");
    let cell = |i: usize, text: &str, head: bool| {
        let shade = if head {
            r#"<w:shd w:val="clear" w:color="auto" w:fill="D9E2EC"/>"#
        } else {
            ""
        };
        let span = Span {
            text: text.to_string(),
            bold: head,
            italic: false,
        };
        format!(
            r#"<w:tc><w:tcPr><w:tcW w:w="{}" w:type="dxa"/>{shade}</w:tcPr>{}</w:tc>"#,
            width(i),
            para(Some("TableText"), &run(&span))
        )
    };
    x.push_str(r#"<w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>"#);
    for (i, h) in header.iter().enumerate() {
        x.push_str(&cell(i, h, true));
    }
    x.push_str("</w:tr>");
    for row in rows {
        x.push_str(r#"<w:tr><w:trPr><w:cantSplit/></w:trPr>"#);
        for i in 0..cols {
            x.push_str(&cell(
                i,
                row.get(i).map(String::as_str).unwrap_or(""),
                false,
            ));
        }
        x.push_str("</w:tr>");
    }
    x.push_str("</w:tbl>");
    // Word needs a paragraph between two tables and after a table at the end.
    x.push_str("<w:p/>");
    x
}

/// `word/document.xml` of the blocks.
fn document_xml(blocks: &[Block], labels: &Labels) -> String {
    let mut body = String::new();
    let mut figures = 0;
    for block in blocks.iter().cloned() {
        match block {
            Block::CoverLine(text) => body.push_str(&text_para(Some("Cover"), &text)),
            Block::Title(text) => body.push_str(&text_para(Some("Title"), &text)),
            Block::PageBreak => body.push_str(r#"<w:p><w:r><w:br w:type="page"/></w:r></w:p>"#),
            Block::Toc(entries) => {
                body.push_str(
                    r#"<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \o "1-2" \h \z \u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r></w:p>"#,
                );
                for (level, text) in entries {
                    body.push_str(&text_para(Some(&format!("TOC{level}")), &text));
                }
                body.push_str(r#"<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>"#);
            }
            Block::Heading(level, text) => {
                body.push_str(&text_para(Some(&format!("Heading{level}")), &text))
            }
            Block::Para(spans) => {
                body.push_str(&para(None, &spans.iter().map(run).collect::<String>()))
            }
            // A real list item (numbering.xml), so that a screen reader announces a list.
            Block::Bullet(spans) => body.push_str(&para(
                Some("ListBullet"),
                &spans.iter().map(run).collect::<String>(),
            )),
            Block::Table { header, rows } => body.push_str(&table(&header, &rows)),
            Block::Figure { drawing, caption } => {
                figures += 1;
                body.push_str(&figure(figures, &drawing, &caption, labels));
            }
        }
    }
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document {NS}><w:body>{body}<w:sectPr><w:footerReference w:type="default" r:id="rIdFooter"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1418" w:right="1418" w:bottom="1418" w:left="1418" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr></w:body></w:document>"#
    )
}

/// The footer: the caller's page label with the page number and the page count as fields.
fn footer_xml(labels: &Labels) -> String {
    let text = labels.page.as_str();
    let (before, rest) = text.split_once("{page}").unwrap_or((text, ""));
    let (between, after) = rest.split_once("{pages}").unwrap_or((rest, ""));
    let plain = |t: &str| {
        if t.is_empty() {
            String::new()
        } else {
            run(&Span::plain(t))
        }
    };
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:ftr {NS}><w:p><w:pPr><w:jc w:val="center"/></w:pPr>{}{}{}{}{}</w:p></w:ftr>"#,
        plain(before),
        field("PAGE", "1"),
        plain(between),
        field("NUMPAGES", "1"),
        plain(after)
    )
}

const STYLES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:sz w:val="22"/><w:lang w:val="sv-SE"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:before="2400" w:after="480"/></w:pPr><w:rPr><w:b/><w:sz w:val="52"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Cover"><w:name w:val="Cover"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="28"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="200" w:after="80"/><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:b/><w:sz w:val="23"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="60"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="TOC2"><w:name w:val="toc 2"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="60"/><w:ind w:left="440"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:ind w:left="360" w:hanging="360"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="TableText"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:before="40" w:after="40" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="19"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:spacing w:after="240"/></w:pPr><w:rPr><w:i/><w:sz w:val="19"/></w:rPr></w:style>
<w:style w:type="table" w:styleId="PlanTable"><w:name w:val="Plan Table"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:color="808080"/><w:bottom w:val="single" w:sz="4" w:color="808080"/></w:tblBorders></w:tblPr></w:style>
</w:styles>"#;

/// The bullets of List Bullet: one list definition, a bullet at the first level.
const NUMBERING: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>"#;

const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>"#;

const ROOT_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>"#;

const DOC_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/><Relationship Id="rIdNumbering" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rIdFooter" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>{figures}</Relationships>"#;

const SETTINGS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:defaultTabStop w:val="708"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat><w:themeFontLang w:val="sv-SE"/></w:settings>"#;

fn core_xml(title: &str, author: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{}</dc:title><dc:creator>{}</dc:creator><dc:language>sv-SE</dc:language></cp:coreProperties>"#,
        esc(title),
        esc(author)
    )
}

/// The parts of the package, by name, in the order written.
fn parts(
    title: &str,
    author: &str,
    blocks: &[Block],
    labels: &Labels,
) -> anyhow::Result<Vec<(String, Vec<u8>)>> {
    let mut images = Vec::new();
    for block in blocks {
        if let Block::Figure { drawing, .. } = block {
            images.push(drawing.png()?);
        }
    }
    let rels: String = (1..=images.len())
        .map(|n| format!(r#"<Relationship Id="rIdFig{n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/figur{n}.png"/>"#))
        .collect();
    let text = |name: &str, xml: String| (name.to_string(), xml.into_bytes());
    let mut parts = vec![
        text("[Content_Types].xml", CONTENT_TYPES.to_string()),
        text("_rels/.rels", ROOT_RELS.to_string()),
        text("docProps/core.xml", core_xml(title, author)),
        text(
            "word/_rels/document.xml.rels",
            DOC_RELS.replace("{figures}", &rels),
        ),
        text(
            "word/document.xml",
            document_xml(&crate::levelled(blocks), labels),
        ),
        text("word/styles.xml", STYLES.to_string()),
        text("word/settings.xml", SETTINGS.to_string()),
        text("word/numbering.xml", NUMBERING.to_string()),
        text("word/footer1.xml", footer_xml(labels)),
    ];
    for (i, png) in images.into_iter().enumerate() {
        parts.push((format!("word/media/figur{}.png", i + 1), png));
    }
    Ok(parts)
}

/// The .docx file of the blocks, with `title` and `author` in its properties. Fails only
/// when a chart cannot be drawn as PNG or the zip cannot be written.
pub fn render(
    title: &str,
    author: &str,
    blocks: &[Block],
    labels: &Labels,
) -> anyhow::Result<Vec<u8>> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
    for (name, bytes) in parts(title, author, blocks, labels)? {
        zip.start_file(name, options)?;
        zip.write_all(&bytes)?;
    }
    Ok(zip.finish()?.into_inner())
}

#[cfg(test)]
mod tests {
    use std::io::Read;

    use super::*;
    use crate::chart::{bars, Drawing};

    fn labels() -> Labels {
        Labels {
            page: "Page {page} of {pages}".into(),
            contents: "Contents".into(),
            figure: "Figure {n}".into(),
        }
    }

    fn part(docx: &[u8], name: &str) -> Vec<u8> {
        let mut zip = zip::ZipArchive::new(Cursor::new(docx)).expect("zip");
        let mut data = Vec::new();
        zip.by_name(name)
            .expect(name)
            .read_to_end(&mut data)
            .expect("read");
        data
    }

    fn chart() -> Drawing {
        bars("c", "T", "D", &[("2020".to_string(), Some(3))])
    }

    #[test]
    fn the_labels_name_the_pages_and_the_figures() {
        let blocks = vec![
            Block::Title("A & B".into()),
            Block::PageBreak,
            Block::Figure {
                drawing: chart(),
                caption: "Caption <1>".into(),
            },
        ];
        let docx = render("A & B", "Me", &blocks, &labels()).expect("docx");
        let footer = String::from_utf8(part(&docx, "word/footer1.xml")).expect("utf-8");
        assert!(footer.contains(">Page </w:t>") && footer.contains(" of </w:t>"));
        assert!(footer.contains(" PAGE ") && footer.contains(" NUMPAGES "));
        let body = String::from_utf8(part(&docx, "word/document.xml")).expect("utf-8");
        assert!(body.contains(r#"name="Figure 1""#), "{body}");
        assert!(body.contains("A &amp; B") && body.contains("Caption &lt;1&gt;"));
        assert!(part(&docx, "word/media/figur1.png").starts_with(b"\x89PNG"));
        let core = String::from_utf8(part(&docx, "docProps/core.xml")).expect("utf-8");
        assert!(core.contains("<dc:title>A &amp; B</dc:title>"));
        assert!(core.contains("<dc:creator>Me</dc:creator>"));
        // The image's alternative text: the chart's title and description.
        assert!(body.contains(r#"descr="T. D""#), "{body}");
    }

    #[test]
    fn bullets_are_a_real_list_and_headings_never_skip_a_level() {
        let blocks = vec![
            Block::Heading(1, "Ett".into()),
            Block::Heading(3, "Tre".into()),
            Block::Bullet(vec![Span::plain("punkt")]),
        ];
        let docx = render("T", "Me", &blocks, &labels()).expect("docx");
        let body = String::from_utf8(part(&docx, "word/document.xml")).expect("utf-8");
        assert!(body
            .contains(r#"<w:pStyle w:val="Heading2"/></w:pPr><w:r><w:t xml:space="preserve">Tre"#));
        assert!(!body.contains('•'), "no bullet typed as text: {body}");
        let numbering = String::from_utf8(part(&docx, "word/numbering.xml")).expect("utf-8");
        assert!(numbering.contains(r#"<w:numFmt w:val="bullet"/>"#));
        let settings = String::from_utf8(part(&docx, "word/settings.xml")).expect("utf-8");
        assert!(settings.contains(r#"<w:themeFontLang w:val="sv-SE"/>"#));
    }

    #[test]
    fn text_is_escaped_and_control_characters_dropped() {
        assert_eq!(
            esc("<a href='x'>\u{1}&\"\t"),
            "&lt;a href=&apos;x&apos;&gt;&amp;&quot;\t"
        );
    }
}
