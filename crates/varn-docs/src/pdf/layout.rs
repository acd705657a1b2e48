//! Värn's own page layout: blocks broken into lines and pages (krilla breaks neither), each
//! drawing operation marked with the structure element it belongs to, or as an artifact
//! (table borders, a table's header row repeated on a new page, the page footer). Pure.

use super::font::{text_width, wrap, Font};
use crate::chart::{Anchor, Drawing, Shape};
use crate::{Block, Span};

pub(super) const W: f32 = 595.0;
pub(super) const H: f32 = 842.0;
pub(super) const MARGIN: f32 = 56.0;
pub(super) const BOTTOM: f32 = 70.0;
pub(super) const TEXT_W: f32 = W - 2.0 * MARGIN;

/// A structure element of the tagged PDF.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Kind {
    /// A heading of level 1–3 with its text (the element's title).
    H(u8, String),
    P,
    L,
    LI,
    Lbl,
    LBody,
    Table,
    THead,
    TBody,
    TR,
    /// A header cell: it heads its column.
    TH,
    TD,
    /// A chart, with its alternative text.
    Figure(String),
    Caption,
    Toc,
    TocItem,
}

/// An element and where it hangs: under `parent`, or at the root when `None`.
#[derive(Debug, Clone)]
pub(super) struct Elem {
    pub(super) kind: Kind,
    pub(super) parent: Option<usize>,
}

/// What a drawing operation is to a reader: content of an element, or an artifact.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Mark {
    In(usize),
    /// Borders, backgrounds, repeated header rows.
    Layout,
    /// The page label.
    Page,
}

/// One drawing operation on a page, in PDF coordinates (origin bottom left).
#[derive(Debug, Clone)]
pub(super) enum Op {
    /// Text in black on its baseline.
    Text(f32, f32, Font, f32, String),
    /// A table cell: its rectangle, filled when it is a header cell.
    Rect(f32, f32, f32, f32, bool),
    /// A filled rectangle of a colour (charts).
    Paint(f32, f32, f32, f32, [f32; 3]),
    /// A polyline of a colour and width (charts).
    Stroke(Vec<(f32, f32)>, [f32; 3], f32),
    /// Text of a colour (charts).
    Ink(f32, f32, f32, [f32; 3], String),
}

/// `#rrggbb` as colour components from 0 to 1.
fn rgb(hex: &str) -> [f32; 3] {
    let c = |i: usize| {
        hex.get(i..i + 2)
            .and_then(|h| u8::from_str_radix(h, 16).ok())
            .map_or(0.0, |v| f32::from(v) / 255.0)
    };
    [c(1), c(3), c(5)]
}

/// A heading as laid out: level, text, page index and the top of its line.
#[derive(Debug, Clone)]
pub(super) struct Placed {
    pub(super) level: u8,
    pub(super) text: String,
    pub(super) page: usize,
    pub(super) top: f32,
}

pub(super) struct Layout {
    pub(super) pages: Vec<Vec<(Mark, Op)>>,
    pub(super) y: f32,
    pub(super) headings: Vec<Placed>,
    /// Structure elements, in reading order.
    pub(super) elems: Vec<Elem>,
    /// The element new content belongs to.
    pub(super) mark: Mark,
    /// The element new elements hang under.
    pub(super) parent: Option<usize>,
}

impl Layout {
    pub(super) fn new() -> Layout {
        Layout {
            pages: vec![vec![]],
            y: H - MARGIN,
            headings: vec![],
            elems: vec![],
            mark: Mark::Layout,
            parent: None,
        }
    }
    /// A new element under the current parent.
    pub(super) fn open(&mut self, kind: Kind) -> usize {
        self.elems.push(Elem {
            kind,
            parent: self.parent,
        });
        self.elems.len() - 1
    }
    /// A new element under the current parent that takes the content drawn next.
    pub(super) fn start(&mut self, kind: Kind) -> usize {
        let e = self.open(kind);
        self.mark = Mark::In(e);
        e
    }
    fn push(&mut self, op: Op) {
        let mark = self.mark;
        self.push_as(mark, op);
    }
    fn push_as(&mut self, mark: Mark, op: Op) {
        if self.pages.is_empty() {
            self.pages.push(vec![]);
        }
        let last = self.pages.len() - 1;
        self.pages[last].push((mark, op));
    }
    pub(super) fn new_page(&mut self) {
        self.pages.push(vec![]);
        self.y = H - MARGIN;
    }
    pub(super) fn need(&mut self, height: f32) {
        if self.y - height < BOTTOM {
            self.new_page();
        }
    }
    pub(super) fn line(&mut self, x: f32, font: Font, size: f32, text: &str) {
        let y = self.y - size;
        self.push(Op::Text(x, y, font, size, text.to_string()));
    }
    pub(super) fn text(&mut self, text: &str, font: Font, size: f32, indent: f32, after: f32) {
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
    /// A bulleted item: an item of the list `list` (opened by the first item of a run).
    fn bullet(&mut self, list: usize, spans: &[Span]) {
        let outer = self.parent;
        self.parent = Some(list);
        let item = self.open(Kind::LI);
        self.parent = Some(item);
        self.need(14.0);
        self.start(Kind::Lbl);
        self.line(MARGIN + 6.0, Font::Regular, 10.5, "•");
        self.start(Kind::LBody);
        self.spans(spans, 18.0);
        self.parent = outer;
    }
    pub(super) fn table(&mut self, header: &[String], rows: &[Vec<String>]) {
        let cols = header.len().max(1);
        // The activity tables: a wide first column, room for a date range in the schedule.
        let widths: Vec<f32> = if cols == 4 {
            [0.34, 0.18, 0.25, 0.23]
                .iter()
                .map(|f| f * TEXT_W)
                .collect()
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
        // Draws a row's lines, each cell's marked as `marks` says (one a cell).
        let draw = |l: &mut Layout, c: &Vec<Vec<String>>, h: f32, font: Font, marks: &[Mark]| {
            let mut x = MARGIN;
            let top = l.y;
            for (i, lines) in c.iter().enumerate() {
                let empty = lines.iter().all(|t| t.is_empty());
                // An empty cell keeps its rectangle as its content, so that it stays a cell.
                let rect_mark = if empty { marks[i] } else { Mark::Layout };
                l.push_as(
                    rect_mark,
                    Op::Rect(x, top - h, widths[i], h, font == Font::Bold),
                );
                for (n, text) in lines.iter().enumerate().filter(|(_, t)| !t.is_empty()) {
                    let y = top - pad - size - n as f32 * lead;
                    l.push_as(marks[i], Op::Text(x + pad, y, font, size, text.clone()));
                }
                x += widths[i];
            }
            l.y -= h;
        };
        let outer = self.parent;
        let table = self.open(Kind::Table);
        self.parent = Some(table);
        let thead = self.open(Kind::THead);
        self.parent = Some(thead);
        let tr = self.open(Kind::TR);
        self.parent = Some(tr);
        let head_marks: Vec<Mark> = (0..cols).map(|_| Mark::In(self.open(Kind::TH))).collect();
        let repeated = vec![Mark::Layout; cols];
        self.parent = Some(table);
        let tbody = self.open(Kind::TBody);

        self.need(head_h + lead * 2.0 + 2.0 * pad);
        draw(self, &head, head_h, Font::Bold, &head_marks);
        // How many text lines of a row fit above the bottom margin from `y`.
        let room = |y: f32| ((y - BOTTOM - 2.0 * pad) / lead).floor().max(0.0) as usize;
        let fresh = room(H - MARGIN - head_h);
        for row in rows {
            self.parent = Some(tbody);
            let tr = self.open(Kind::TR);
            self.parent = Some(tr);
            let marks: Vec<Mark> = (0..cols).map(|_| Mark::In(self.open(Kind::TD))).collect();
            let mut c = cells(row, Font::Regular);
            loop {
                let h = height(&c);
                if self.y - h >= BOTTOM {
                    draw(self, &c, h, Font::Regular, &marks);
                    break;
                }
                let lines = c.iter().map(Vec::len).max().unwrap_or(1);
                let fit = room(self.y);
                if lines <= fresh || fit < 2 {
                    // The row fits on a page of its own (or hardly a line fits here).
                    self.new_page();
                    draw(self, &head, head_h, Font::Bold, &repeated);
                    continue;
                }
                // A row taller than a page: what fits here, the rest on the next page.
                let rest: Vec<Vec<String>> = c
                    .iter_mut()
                    .map(|cell| cell.split_off(fit.min(cell.len())))
                    .collect();
                let h = height(&c);
                draw(self, &c, h, Font::Regular, &marks);
                self.new_page();
                draw(self, &head, head_h, Font::Bold, &repeated);
                c = rest;
            }
        }
        self.parent = outer;
        self.mark = Mark::Layout;
        self.y -= 10.0;
    }
    /// A chart scaled to the text width, its shapes as vectors in a Figure with the
    /// chart's title and description as alternative text, then its caption.
    pub(super) fn figure(&mut self, d: &Drawing, caption: &str) {
        let s = TEXT_W / d.width.max(1) as f32;
        let height = d.height as f32 * s;
        self.need(height + 30.0);
        self.start(Kind::Figure(format!("{}. {}", d.title, d.description)));
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
                        Anchor::End => text_width(text, Font::Regular, size),
                    };
                    Op::Ink(px(*x) - shift, py(*y), size, rgb(fill), text.clone())
                }
            };
            self.push(op);
        }
        self.y -= height + 4.0;
        self.start(Kind::Caption);
        self.text(caption, Font::Italic, 9.0, 0.0, 10.0);
        self.mark = Mark::Layout;
    }
}

fn heading_size(level: u8) -> f32 {
    match level {
        1 => 17.0,
        2 => 13.5,
        _ => 11.5,
    }
}

/// How much of what starts at `blocks[at]` a heading keeps on its page: at least three
/// lines, or the whole chart; a heading that follows at once is kept with what follows it
/// in turn, so that "Statistik" does not stay alone above a figure's own heading.
fn follows(blocks: &[Block], at: usize) -> f32 {
    match blocks.get(at) {
        Some(Block::Figure { drawing, .. }) => {
            drawing.height as f32 * TEXT_W / drawing.width.max(1) as f32 + 30.0
        }
        Some(Block::Heading(level, _)) => {
            let level = (*level).clamp(1, 3);
            // Never more than a page: a chain of headings still breaks somewhere.
            (heading_size(level) * 1.4 + follows(blocks, at + 1)).min(H - MARGIN - BOTTOM - 40.0)
        }
        _ => 40.0,
    }
}

/// Lays out the body (everything after the table of contents), pages numbered from 0.
pub(super) fn body(blocks: &[Block]) -> Layout {
    let mut l = Layout::new();
    // The list the bullets of the current run belong to.
    let mut list: Option<usize> = None;
    for (i, block) in blocks.iter().enumerate() {
        if !matches!(block, Block::Bullet(_)) {
            list = None;
        }
        match block {
            Block::Heading(level, text) => {
                let level = (*level).clamp(1, 3);
                let size = heading_size(level);
                if level == 1 && l.y < H - MARGIN {
                    l.y -= 8.0;
                }
                l.need(size * 1.4 + follows(blocks, i + 1));
                l.headings.push(Placed {
                    level,
                    text: text.clone(),
                    page: l.pages.len() - 1,
                    top: l.y,
                });
                l.start(Kind::H(level, text.clone()));
                l.text(text, Font::Bold, size, 0.0, 4.0);
            }
            Block::Para(spans) => {
                l.start(Kind::P);
                l.spans(spans, 0.0);
            }
            Block::Bullet(spans) => {
                let list = *list.get_or_insert_with(|| l.open(Kind::L));
                l.bullet(list, spans);
            }
            Block::Table { header, rows } => l.table(header, rows),
            Block::Figure { drawing, caption } => l.figure(drawing, caption),
            Block::PageBreak => l.new_page(),
            Block::CoverLine(_) | Block::Title(_) | Block::Toc(_) => {}
        }
        l.mark = Mark::Layout;
    }
    l
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_heading_stays_with_the_heading_and_chart_that_follow_it() {
        let chart = crate::chart::bars(
            "f1",
            "Klotter per år",
            "Stapeldiagram",
            &[("2025".to_string(), Some(4)), ("2026".to_string(), None)],
        );
        // Fill the first page until "Statistik" would just fit at its foot, but its figure's
        // heading and chart would not.
        for filler in 10..40 {
            let mut blocks: Vec<Block> = (0..filler)
                .map(|n| Block::Para(vec![crate::Span::plain(format!("Stycke {n} med text."))]))
                .collect();
            blocks.push(Block::Heading(1, "Statistik".into()));
            blocks.push(Block::Heading(2, "Klotter per år".into()));
            blocks.push(Block::Figure {
                drawing: chart.clone(),
                caption: "Figur 1".into(),
            });
            let l = body(&blocks);
            let page = |t: &str| {
                l.headings
                    .iter()
                    .find(|h| h.text == t)
                    .map(|h| h.page)
                    .expect(t)
            };
            assert_eq!(
                page("Statistik"),
                page("Klotter per år"),
                "after {filler} paragraphs"
            );
        }
    }

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
        for (n, page) in l.pages.iter().enumerate() {
            for (_, op) in page {
                if let Op::Text(_, y, _, _, text) = op {
                    assert!(*y >= BOTTOM, "text below the margin at {y}");
                    words.extend(text.split_whitespace().filter(|w| w.starts_with("ord")));
                }
            }
            // Every page of the table starts with the header row: its header cells on
            // the first page, an artifact on the pages after it.
            let head = page.iter().find_map(|(m, op)| match op {
                Op::Text(_, _, _, _, t) if t == "Aktivitet" => Some(*m),
                _ => None,
            });
            let th = |m: Mark| matches!(m, Mark::In(e) if l.elems[e].kind == Kind::TH);
            match head {
                Some(m) if n == 0 => assert!(th(m)),
                Some(m) => assert_eq!(m, Mark::Layout),
                None => panic!("page {n} has no header row"),
            }
        }
        let expected: Vec<String> = (0..1500).map(|i| format!("ord{i}")).collect();
        assert_eq!(words, expected, "every word once, in order");
        assert!(l.pages.last().is_some_and(|p| p
            .iter()
            .any(|(_, op)| matches!(op, Op::Text(_, _, _, _, t) if t == "Efter"))));
        // The long cell is one TD, continued over the pages.
        let long_cell: Vec<Mark> = l
            .pages
            .iter()
            .flatten()
            .filter(|(_, op)| matches!(op, Op::Text(_, _, _, _, t) if t.starts_with("ord")))
            .map(|(m, _)| *m)
            .collect();
        assert!(long_cell.windows(2).all(|w| w[0] == w[1]));
    }

    #[test]
    fn bullets_in_a_run_are_one_list() {
        let l = body(&[
            Block::Bullet(vec![Span::plain("a")]),
            Block::Bullet(vec![Span::plain("b")]),
            Block::Para(vec![Span::plain("c")]),
            Block::Bullet(vec![Span::plain("d")]),
        ]);
        let lists = l.elems.iter().filter(|e| e.kind == Kind::L).count();
        let items = l.elems.iter().filter(|e| e.kind == Kind::LI).count();
        assert_eq!((lists, items), (2, 3));
    }
}
