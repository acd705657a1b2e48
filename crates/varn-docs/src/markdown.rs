//! Markdown (as coordinators write their sections) turned into blocks: headings, paragraphs
//! with bold and italic runs, bulleted lists and tables. A link keeps its address in
//! brackets after its text; code, quotes and strikethrough become plain paragraphs; raw
//! HTML stays as text and must never be interpreted. Pure: no I/O.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use crate::blocks::{Block, Span};

/// Markdown as blocks; headings start at level 2 (a `#` heading becomes level 2, `##`
/// level 3, deeper ones level 3), so that the text sits under its section's heading.
pub fn markdown(text: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut spans: Vec<Span> = Vec::new();
    let (mut bold, mut italic) = (false, false);
    let mut in_item = 0usize;
    let mut heading: Option<u8> = None;
    let mut table: Option<(Vec<String>, Vec<Vec<String>>)> = None;
    let mut row: Vec<String> = Vec::new();
    let mut cell = String::new();
    let mut in_cell = false;
    let mut link: Vec<String> = Vec::new();
    let flush = |spans: &mut Vec<Span>, out: &mut Vec<Block>, bullet: bool| {
        if spans.iter().any(|s| !s.text.trim().is_empty()) {
            let taken = std::mem::take(spans);
            out.push(if bullet {
                Block::Bullet(taken)
            } else {
                Block::Para(taken)
            });
        } else {
            spans.clear();
        }
    };
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    for event in Parser::new_ext(text, options) {
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                heading = Some((level as u8 + 1).min(3));
            }
            Event::End(TagEnd::Heading(_)) => {
                let text: String = spans.drain(..).map(|s| s.text).collect();
                out.push(Block::Heading(heading.take().unwrap_or(2), text));
            }
            Event::Start(Tag::Item) => {
                flush(&mut spans, &mut out, in_item > 0);
                in_item += 1;
            }
            Event::End(TagEnd::Item) => {
                flush(&mut spans, &mut out, true);
                in_item = in_item.saturating_sub(1);
            }
            Event::End(TagEnd::Paragraph) => flush(&mut spans, &mut out, in_item > 0),
            Event::Start(Tag::Strong) => bold = true,
            Event::End(TagEnd::Strong) => bold = false,
            Event::Start(Tag::Emphasis) => italic = true,
            Event::End(TagEnd::Emphasis) => italic = false,
            Event::Start(Tag::Link { dest_url, .. }) => link.push(dest_url.to_string()),
            Event::End(TagEnd::Link) => {
                if let Some(url) = link.pop() {
                    let t = format!(" ({url})");
                    if in_cell {
                        cell.push_str(&t);
                    } else {
                        spans.push(Span::plain(t));
                    }
                }
            }
            Event::Start(Tag::Table(_)) => table = Some((Vec::new(), Vec::new())),
            Event::End(TagEnd::Table) => {
                if let Some((header, rows)) = table.take() {
                    out.push(Block::Table { header, rows });
                }
            }
            Event::Start(Tag::TableCell) => {
                in_cell = true;
                cell.clear();
            }
            Event::End(TagEnd::TableCell) => {
                in_cell = false;
                row.push(std::mem::take(&mut cell));
            }
            Event::End(TagEnd::TableHead) => {
                if let Some((header, _)) = table.as_mut() {
                    *header = std::mem::take(&mut row);
                }
            }
            Event::End(TagEnd::TableRow) => {
                if let Some((_, rows)) = table.as_mut() {
                    rows.push(std::mem::take(&mut row));
                }
            }
            Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => {
                if in_cell {
                    cell.push_str(&t);
                } else {
                    spans.push(Span {
                        text: t.to_string(),
                        bold,
                        italic,
                    });
                }
            }
            Event::SoftBreak | Event::HardBreak => {
                if in_cell {
                    cell.push(' ');
                } else {
                    spans.push(Span::plain(" "));
                }
            }
            Event::End(TagEnd::CodeBlock) | Event::End(TagEnd::BlockQuote(_)) => {
                flush(&mut spans, &mut out, false)
            }
            _ => {}
        }
    }
    flush(&mut spans, &mut out, false);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_becomes_blocks() {
        let blocks = markdown(
            "## Rubrik\n\nEn **fet** och *kursiv* text med [länk](https://a.se).\n\n- ett\n- två\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n<b>rå</b>\n",
        );
        assert_eq!(blocks[0], Block::Heading(3, "Rubrik".into()));
        let Block::Para(spans) = &blocks[1] else {
            panic!("{blocks:?}")
        };
        assert!(spans.iter().any(|s| s.bold && s.text == "fet"));
        assert!(spans.iter().any(|s| s.italic && s.text == "kursiv"));
        assert!(spans.iter().any(|s| s.text.contains("https://a.se")));
        assert_eq!(blocks[2], Block::Bullet(vec![Span::plain("ett")]));
        assert_eq!(blocks[3], Block::Bullet(vec![Span::plain("två")]));
        assert_eq!(
            blocks[4],
            Block::Table {
                header: vec!["a".into(), "b".into()],
                rows: vec![vec!["1".into(), "2".into()]]
            }
        );
        assert!(matches!(&blocks[5], Block::Para(s) if s.iter().any(|x| x.text.contains("<b>"))));
    }
}
