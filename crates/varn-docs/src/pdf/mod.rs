//! Blocks as PDF, drawn with the standard Helvetica fonts (WinAnsi covers å, ä and ö, so
//! no font is embedded): a cover, a table of contents with page numbers, headings,
//! paragraphs, lists and tables (a table's header row repeated on each page), charts drawn
//! as vector shapes with their captions, and a page label ("Page x of y") on every page.
//!
//! Pure: bytes in memory, no I/O. The words it adds itself (the contents' heading, the
//! page label) come from the caller's [`Labels`]; it must never write a text of its own.

mod font;

use pdf_writer::{Content, Finish, Name, Pdf, Rect, Ref, Str, TextStr};

use crate::chart::{Anchor, Drawing, Shape};
use crate::{Block, Labels, Span};
use font::{text_width, winansi, wrap, Font};

const W: f32 = 595.0;
const H: f32 = 842.0;
const MARGIN: f32 = 56.0;
const BOTTOM: f32 = 70.0;
const TEXT_W: f32 = W - 2.0 * MARGIN;

/// One drawing operation on a page.
#[derive(Debug, Clone)]
enum Op {
    Text(f32, f32, Font, f32, String),
    Rect(f32, f32, f32, f32, bool),
    /// A filled rectangle of a colour (charts).
    Paint(f32, f32, f32, f32, [f32; 3]),
    /// A polyline of a colour and width (charts).
    Stroke(Vec<(f32, f32)>, [f32; 3], f32),
    /// Text of a colour (charts).
    Ink(f32, f32, f32, [f32; 3], String),
}

/// `#rrggbb` as PDF colour components.
fn rgb(hex: &str) -> [f32; 3] {
    let c = |i: usize| {
        hex.get(i..i + 2)
            .and_then(|h| u8::from_str_radix(h, 16).ok())
            .map_or(0.0, |v| f32::from(v) / 255.0)
    };
    [c(1), c(3), c(5)]
}

struct Layout {
    pages: Vec<Vec<Op>>,
    y: f32,
    /// (level, text, page index) of every heading.
    headings: Vec<(u8, String, usize)>,
}

impl Layout {
    fn new() -> Layout {
        Layout {
            pages: vec![vec![]],
            y: H - MARGIN,
            headings: vec![],
        }
    }
    fn page(&mut self) -> &mut Vec<Op> {
        if self.pages.is_empty() {
            self.pages.push(vec![]);
        }
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }
    fn new_page(&mut self) {
        self.pages.push(vec![]);
        self.y = H - MARGIN;
    }
    fn need(&mut self, height: f32) {
        if self.y - height < BOTTOM {
            self.new_page();
        }
    }
    fn line(&mut self, x: f32, font: Font, size: f32, text: &str) {
        let y = self.y - size;
        self.page()
            .push(Op::Text(x, y, font, size, text.to_string()));
    }
    fn text(&mut self, text: &str, font: Font, size: f32, indent: f32, after: f32) {
        for l in wrap(text, font, size, TEXT_W - indent) {
            self.need(size * 1.35);
            self.line(MARGIN + indent, font, size, &l);
            self.y -= size * 1.35;
        }
        self.y -= after;
    }
    fn spans(&mut self, spans: &[Span], indent: f32) {
        // Emphasis is kept when the whole paragraph shares it; mixed runs are set plain.
        let font = spans
            .first()
            .map(Font::of)
            .filter(|f| spans.iter().all(|s| Font::of(s) == *f))
            .unwrap_or(Font::Regular);
        let text: String = spans.iter().map(|s| s.text.as_str()).collect();
        self.text(&text, font, 10.5, indent, 5.0);
    }
    fn table(&mut self, header: &[String], rows: &[Vec<String>]) {
        let cols = header.len().max(1);
        // The activity tables: a wide first column, room for a date range in the schedule.
        let widths: Vec<f32> = if cols == 4 {
            [0.36, 0.2, 0.22, 0.22].iter().map(|f| f * TEXT_W).collect()
        } else {
            let first = if cols > 2 {
                TEXT_W * 0.4
            } else {
                TEXT_W / cols as f32
            };
            let rest = if cols > 1 {
                (TEXT_W - first) / (cols - 1) as f32
            } else {
                0.0
            };
            (0..cols)
                .map(|i| if i == 0 { first } else { rest })
                .collect()
        };
        let size = 8.0;
        let lead = size * 1.3;
        let pad = 4.0;
        let cells = |row: &[String], font: Font| -> Vec<Vec<String>> {
            (0..cols)
                .map(|i| {
                    let text = row.get(i).map(String::as_str).unwrap_or("");
                    wrap(text, font, size, widths[i] - 2.0 * pad)
                })
                .collect()
        };
        let head = cells(header, Font::Bold);
        let height = |c: &Vec<Vec<String>>| {
            c.iter().map(Vec::len).max().unwrap_or(1) as f32 * lead + 2.0 * pad
        };
        let head_h = height(&head);
        let draw = |l: &mut Layout, c: &Vec<Vec<String>>, h: f32, font: Font, fill: bool| {
            let mut x = MARGIN;
            let top = l.y;
            for (i, lines) in c.iter().enumerate() {
                l.page().push(Op::Rect(x, top - h, widths[i], h, fill));
                for (n, text) in lines.iter().enumerate() {
                    let y = top - pad - size - n as f32 * lead;
                    l.page()
                        .push(Op::Text(x + pad, y, font, size, text.clone()));
                }
                x += widths[i];
            }
            l.y -= h;
        };
        self.need(head_h + lead * 2.0 + 2.0 * pad);
        draw(self, &head, head_h, Font::Bold, true);
        // How many text lines of a row fit above the bottom margin from `y`.
        let room = |y: f32| ((y - BOTTOM - 2.0 * pad) / lead).floor().max(0.0) as usize;
        let fresh = room(H - MARGIN - head_h);
        for row in rows {
            let mut c = cells(row, Font::Regular);
            loop {
                let h = height(&c);
                if self.y - h >= BOTTOM {
                    draw(self, &c, h, Font::Regular, false);
                    break;
                }
                let lines = c.iter().map(Vec::len).max().unwrap_or(1);
                let fit = room(self.y);
                if lines <= fresh || fit < 2 {
                    // The row fits on a page of its own (or hardly a line fits here).
                    self.new_page();
                    draw(self, &head, head_h, Font::Bold, true);
                    continue;
                }
                // A row taller than a page: what fits here, the rest on the next page.
                let rest: Vec<Vec<String>> = c
                    .iter_mut()
                    .map(|cell| cell.split_off(fit.min(cell.len())))
                    .collect();
                let h = height(&c);
                draw(self, &c, h, Font::Regular, false);
                self.new_page();
                draw(self, &head, head_h, Font::Bold, true);
                c = rest;
            }
        }
        self.y -= 10.0;
    }
    /// A chart scaled to the text width, its shapes as vectors, then its caption.
    fn figure(&mut self, d: &Drawing, caption: &str) {
        let s = TEXT_W / d.width.max(1) as f32;
        let height = d.height as f32 * s;
        self.need(height + 30.0);
        let top = self.y;
        let px = |x: i64| MARGIN + x as f32 * s;
        let py = |y: i64| top - y as f32 * s;
        for shape in &d.shapes {
            let op = match shape {
                Shape::Rect { x, y, w, h, fill } => {
                    Op::Paint(px(*x), py(y + h), *w as f32 * s, *h as f32 * s, rgb(fill))
                }
                Shape::Line {
                    points,
                    stroke,
                    width,
                } => Op::Stroke(
                    points.iter().map(|(x, y)| (px(*x), py(*y))).collect(),
                    rgb(stroke),
                    *width as f32 * s,
                ),
                Shape::Dot { x, y, r, fill } => {
                    let r = *r as f32 * s;
                    Op::Paint(px(*x) - r, py(*y) - r, 2.0 * r, 2.0 * r, rgb(fill))
                }
                Shape::Text {
                    x,
                    y,
                    anchor,
                    size,
                    fill,
                    text,
                } => {
                    let size = *size as f32 * s;
                    let shift = match anchor {
                        Anchor::Start => 0.0,
                        Anchor::Middle => text_width(text, Font::Regular, size) / 2.0,
                    };
                    Op::Ink(px(*x) - shift, py(*y), size, rgb(fill), text.clone())
                }
            };
            self.page().push(op);
        }
        self.y -= height + 4.0;
        self.text(caption, Font::Italic, 9.0, 0.0, 10.0);
    }
}

/// Lays out the body (everything after the table of contents), pages numbered from 0.
fn body(blocks: &[Block]) -> Layout {
    let mut l = Layout::new();
    for (i, block) in blocks.iter().enumerate() {
        match block {
            Block::Heading(level, text) => {
                let size = match level {
                    1 => 17.0,
                    2 => 13.5,
                    _ => 11.5,
                };
                if *level == 1 && l.y < H - MARGIN {
                    l.y -= 8.0;
                }
                // Keep a heading with at least three lines of what follows, or with the
                // whole chart that follows it.
                let follows = match blocks.get(i + 1) {
                    Some(Block::Figure { drawing, .. }) => {
                        drawing.height as f32 * TEXT_W / drawing.width.max(1) as f32 + 30.0
                    }
                    _ => 40.0,
                };
                l.need(size * 1.4 + follows);
                let page = l.pages.len() - 1;
                l.headings.push((*level, text.clone(), page));
                l.text(text, Font::Bold, size, 0.0, 4.0);
            }
            Block::Para(spans) => l.spans(spans, 0.0),
            Block::Bullet(spans) => {
                l.need(14.0);
                l.line(MARGIN + 6.0, Font::Regular, 10.5, "•");
                l.spans(spans, 18.0);
            }
            Block::Table { header, rows } => l.table(header, rows),
            Block::Figure { drawing, caption } => l.figure(drawing, caption),
            Block::PageBreak => l.new_page(),
            Block::CoverLine(_) | Block::Title(_) | Block::Toc(_) => {}
        }
    }
    l
}

/// The PDF file of the blocks, with `title` and `author` in its properties: the cover up
/// to the first page break, the table of contents (headed `labels.contents`, with page
/// numbers), then the body that follows the [`Block::Toc`] and its page break.
pub fn render(title: &str, author: &str, all: &[Block], labels: &Labels) -> Vec<u8> {
    let toc_at = all
        .iter()
        .position(|b| matches!(b, Block::Toc(_)))
        .unwrap_or(0);
    let cover: Vec<&Block> = all.iter().take_while(|b| **b != Block::PageBreak).collect();
    // The body follows the table of contents and its page break.
    let rest: Vec<Block> = all.iter().skip(toc_at + 2).cloned().collect();
    let laid = body(&rest);
    let toc_lines = laid.headings.iter().filter(|h| h.0 <= 2).count();
    let per_page = ((H - MARGIN - BOTTOM - 40.0) / 16.0).floor().max(1.0) as usize;
    let toc_pages = toc_lines.div_ceil(per_page).max(1);
    let offset = 1 + toc_pages;

    let mut pages: Vec<Vec<Op>> = Vec::new();
    // Cover.
    let mut c = Layout::new();
    c.y = H - 200.0;
    for b in &cover {
        match b {
            Block::Title(t) => c.text(t, Font::Bold, 26.0, 0.0, 14.0),
            Block::CoverLine(t) => c.text(t, Font::Regular, 14.0, 0.0, 6.0),
            _ => {}
        }
    }
    pages.extend(c.pages);
    // Table of contents.
    let mut t = Layout::new();
    t.text(&labels.contents, Font::Bold, 17.0, 0.0, 8.0);
    for (level, text, page) in laid.headings.iter().filter(|h| h.0 <= 2) {
        let indent = if *level == 2 { 16.0 } else { 0.0 };
        let number = (page + offset + 1).to_string();
        t.need(16.0);
        let font = if *level == 1 {
            Font::Bold
        } else {
            Font::Regular
        };
        let mut shown = text.clone();
        while text_width(&shown, font, 10.5) > TEXT_W - indent - 40.0 && shown.pop().is_some() {}
        t.line(MARGIN + indent, font, 10.5, &shown);
        let nw = text_width(&number, Font::Regular, 10.5);
        t.line(W - MARGIN - nw, Font::Regular, 10.5, &number);
        t.y -= 16.0;
    }
    while t.pages.len() < toc_pages {
        t.new_page();
    }
    pages.extend(t.pages);
    pages.extend(laid.pages);

    let total = pages.len();
    let mut pdf = Pdf::new();
    let catalog = Ref::new(1);
    let tree = Ref::new(2);
    let fonts = [Ref::new(3), Ref::new(4), Ref::new(5)];
    let info = Ref::new(6);
    let first = 7;
    let page_ids: Vec<Ref> = (0..total).map(|i| Ref::new(first + 2 * i as i32)).collect();
    pdf.catalog(catalog).pages(tree);
    pdf.pages(tree)
        .kids(page_ids.iter().copied())
        .count(total as i32);
    for (id, base) in fonts.iter().zip([
        b"Helvetica".as_slice(),
        b"Helvetica-Bold",
        b"Helvetica-Oblique",
    ]) {
        pdf.type1_font(*id)
            .base_font(Name(base))
            .encoding_predefined(Name(b"WinAnsiEncoding"));
    }
    pdf.document_info(info)
        .title(TextStr(title))
        .author(TextStr(author));
    for (i, ops) in pages.iter().enumerate() {
        let page_id = page_ids[i];
        let content_id = Ref::new(page_id.get() + 1);
        let mut content = Content::new();
        content.set_line_width(0.5);
        content.set_stroke_rgb(0.5, 0.5, 0.5);
        for op in ops {
            match op {
                Op::Rect(x, y, w, h, fill) => {
                    if *fill {
                        content.set_fill_rgb(0.85, 0.89, 0.93);
                        content.rect(*x, *y, *w, *h).fill_nonzero_and_stroke();
                    } else {
                        content.rect(*x, *y, *w, *h).stroke();
                    }
                }
                Op::Paint(x, y, w, h, [r, g, b]) => {
                    content.set_fill_rgb(*r, *g, *b);
                    content.rect(*x, *y, *w, *h).fill_nonzero();
                }
                Op::Stroke(points, [r, g, b], width) => {
                    if let Some((first, rest)) = points.split_first() {
                        content.save_state();
                        content.set_stroke_rgb(*r, *g, *b);
                        content.set_line_width(*width);
                        content.move_to(first.0, first.1);
                        for (x, y) in rest {
                            content.line_to(*x, *y);
                        }
                        content.stroke();
                        content.restore_state();
                    }
                }
                _ => {}
            }
        }
        content.set_fill_rgb(0.0, 0.0, 0.0);
        let footer = labels
            .page
            .replace("{page}", &(i + 1).to_string())
            .replace("{pages}", &total.to_string());
        let fw = text_width(&footer, Font::Regular, 9.0);
        let footer_op = Op::Text((W - fw) / 2.0, 36.0, Font::Regular, 9.0, footer);
        for op in ops.iter().chain(std::iter::once(&footer_op)) {
            match op {
                Op::Text(x, y, font, size, text) => {
                    content.begin_text();
                    content.set_font(font.name(), *size);
                    content.next_line(*x, *y);
                    content.show(Str(&winansi(text)));
                    content.end_text();
                }
                Op::Ink(x, y, size, [r, g, b], text) => {
                    content.set_fill_rgb(*r, *g, *b);
                    content.begin_text();
                    content.set_font(Font::Regular.name(), *size);
                    content.next_line(*x, *y);
                    content.show(Str(&winansi(text)));
                    content.end_text();
                    content.set_fill_rgb(0.0, 0.0, 0.0);
                }
                _ => {}
            }
        }
        let data = content.finish();
        let mut page = pdf.page(page_id);
        page.media_box(Rect::new(0.0, 0.0, W, H));
        page.parent(tree);
        page.contents(content_id);
        let mut resources = page.resources();
        let mut f = resources.fonts();
        f.pair(Font::Regular.name(), fonts[0]);
        f.pair(Font::Bold.name(), fonts[1]);
        f.pair(Font::Italic.name(), fonts[2]);
        f.finish();
        resources.finish();
        page.finish();
        pdf.stream(content_id, &data);
    }
    pdf.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_row_taller_than_a_page_continues_on_the_next_with_every_word() {
        let header: Vec<String> = ["Aktivitet", "Ansvarig", "Tidplan", "Uppföljning"]
            .map(String::from)
            .to_vec();
        let long: String = (0..1500).map(|i| format!("ord{i} ")).collect();
        let rows = vec![
            vec![
                "Kort".into(),
                "Samordnaren".into(),
                "Löpande".into(),
                "VB".into(),
            ],
            vec![
                long.clone(),
                "Enhetschef".into(),
                "2024".into(),
                "T1".into(),
            ],
            vec![
                "Efter".into(),
                "Samordnaren".into(),
                "Våren 2025".into(),
                "VB".into(),
            ],
        ];
        let mut l = Layout::new();
        l.table(&header, &rows);
        assert!(l.pages.len() >= 3, "{} pages", l.pages.len());
        let mut words = Vec::new();
        for page in &l.pages {
            for op in page {
                if let Op::Text(_, y, _, _, text) = op {
                    assert!(*y >= BOTTOM, "text below the margin at {y}");
                    words.extend(text.split_whitespace().filter(|w| w.starts_with("ord")));
                }
            }
            // Every page of the table starts with the header row.
            assert!(page
                .iter()
                .any(|op| matches!(op, Op::Text(_, _, _, _, t) if t == "Aktivitet")));
        }
        let expected: Vec<String> = (0..1500).map(|i| format!("ord{i}")).collect();
        assert_eq!(words, expected, "every word once, in order");
        assert!(l.pages.last().is_some_and(|p| p
            .iter()
            .any(|op| matches!(op, Op::Text(_, _, _, _, t) if t == "Efter"))));
    }

    #[test]
    fn the_labels_head_the_contents_and_number_the_pages() {
        let labels = Labels {
            page: "Page {page} of {pages}".into(),
            contents: "Contents".into(),
            figure: "Figure {n}".into(),
        };
        let blocks = vec![
            Block::Title("T".into()),
            Block::PageBreak,
            Block::Heading(1, "Contents".into()),
            Block::Toc(vec![(1, "One".into())]),
            Block::PageBreak,
            Block::Heading(1, "One".into()),
            Block::Para(vec![Span::plain("Text.")]),
        ];
        let pdf = String::from_utf8_lossy(&render("T", "A", &blocks, &labels)).into_owned();
        assert!(pdf.starts_with("%PDF"));
        assert!(pdf.contains("(Contents) Tj"), "{pdf}");
        for page in ["(Page 1 of 3) Tj", "(Page 2 of 3) Tj", "(Page 3 of 3) Tj"] {
            assert!(pdf.contains(page), "{page}");
        }
    }
}
