//! Blocks as a tagged PDF (PDF/UA-1 and PDF/A-2a), written with krilla: DejaVu Sans embedded
//! as subsets (so every character of Latin Extended, general punctuation and the math
//! operators comes through, and nothing depends on the reader's machine), a structure tree
//! in reading order (H1–H3, P, L/LI, Table with TH cells that head their columns, Figure
//! with alternative text and its Caption, TOC), page labels, borders and a table's header
//! row repeated on a new page marked as artifacts, the language sv-SE, the title shown in
//! the window and bookmarks from the headings. Värn lays out lines and pages itself
//! ([`layout`]); krilla writes, subsets and checks.
//!
//! Every file is checked by krilla's PDF/UA-1 and PDF/A-2a validators and claims both.
//! Should a file ever fail PDF/A-2a it is written as PDF/UA-1 alone (where the two pull
//! apart, UA-1 is what the law on accessible public services asks of a published
//! document), and should it fail that too it is written unchecked; each step is logged.
//!
//! Pure: bytes in memory, no I/O. The words it adds itself (the contents' heading, the
//! page label) come from the caller's [`Labels`]; it must never write a text of its own.

mod font;
mod layout;

use std::fmt::Write as _;
use std::num::NonZeroU16;
use std::sync::LazyLock;

use krilla::color::rgb;
use krilla::configure::{Accessibility, Archival, ConfigurationBuilder, Validator};
use krilla::destination::XyzDestination;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::{DateTime, Metadata};
use krilla::outline::{Outline, OutlineNode};
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::surface::Surface;
use krilla::tagging::{
    Artifact, ArtifactType, ContentTag, Identifier, ListNumbering, SpanTag, TableHeaderScope, Tag,
    TagGroup, TagKind, TagTree,
};
use krilla::text::{GlyphId, KrillaGlyph};
use krilla::{Document, SerializeSettings};

use crate::{Block, Labels};
use font::{glyphs, text_width, Font};
use layout::{body, Elem, Kind, Layout, Mark, Op, Placed, H, MARGIN, TEXT_W, W};

/// The document's language, in its properties and its structure tree.
const LANG: &str = "sv-SE";

/// The three faces as krilla fonts, read once.
static FONTS: LazyLock<[krilla::text::Font; 3]> = LazyLock::new(|| {
    [Font::Regular, Font::Bold, Font::Italic].map(|f| {
        krilla::text::Font::new(f.data().into(), 0)
            .expect("the built-in DejaVu Sans is a valid font")
    })
});

/// Every page laid out, with the structure elements their content belongs to.
struct Laid {
    pages: Vec<Vec<(Mark, Op)>>,
    elems: Vec<Elem>,
    headings: Vec<Placed>,
}

impl Laid {
    /// Appends the pages of a layout, renumbering its elements and pages.
    fn append(&mut self, l: Layout) {
        let (e0, p0) = (self.elems.len(), self.pages.len());
        let shift = |m: Mark| match m {
            Mark::In(e) => Mark::In(e + e0),
            m => m,
        };
        self.elems.extend(l.elems.into_iter().map(|e| Elem {
            kind: e.kind,
            parent: e.parent.map(|p| p + e0),
        }));
        self.pages.extend(
            l.pages
                .into_iter()
                .map(|p| p.into_iter().map(|(m, op)| (shift(m), op)).collect()),
        );
        self.headings.extend(l.headings.into_iter().map(|h| Placed {
            page: h.page + p0,
            ..h
        }));
    }
}

/// The cover up to the first page break, the table of contents (headed `labels.contents`,
/// with page numbers), then the body that follows the [`Block::Toc`] and its page break;
/// every page with its label.
/// A document with neither a [`Block::Title`] nor a [`Block::Toc`] is short: no cover page
/// and no contents, its blocks laid out from the top of the first page.
fn lay_out(all: &[Block], labels: &Labels) -> Laid {
    let all = &crate::levelled(all);
    if !all
        .iter()
        .any(|b| matches!(b, Block::Toc(_) | Block::Title(_)))
    {
        let mut out = Laid {
            pages: vec![],
            elems: vec![],
            headings: vec![],
        };
        out.append(body(all));
        number_pages(&mut out, labels);
        return out;
    }
    let toc_at = all
        .iter()
        .position(|b| matches!(b, Block::Toc(_)))
        .unwrap_or(0);
    let cover: Vec<&Block> = all.iter().take_while(|b| **b != Block::PageBreak).collect();
    // The body follows the table of contents and its page break.
    let rest: Vec<Block> = all.iter().skip(toc_at + 2).cloned().collect();
    let laid = body(&rest);
    let toc_lines = laid.headings.iter().filter(|h| h.level <= 2).count();
    let per_page = ((H - MARGIN - layout::BOTTOM - 40.0) / 16.0)
        .floor()
        .max(1.0) as usize;
    let toc_pages = toc_lines.div_ceil(per_page).max(1);
    let offset = 1 + toc_pages;

    let mut out = Laid {
        pages: vec![],
        elems: vec![],
        headings: vec![],
    };
    // Cover.
    let mut c = Layout::new();
    c.y = H - 200.0;
    for b in &cover {
        match b {
            Block::Title(t) => {
                c.start(Kind::H(1, t.clone()));
                c.text(t, Font::Bold, 26.0, 0.0, 14.0);
            }
            Block::CoverLine(t) => {
                c.start(Kind::P);
                c.text(t, Font::Regular, 14.0, 0.0, 6.0);
            }
            _ => {}
        }
    }
    out.append(c);
    // Table of contents.
    let mut t = Layout::new();
    t.start(Kind::H(1, labels.contents.clone()));
    t.text(&labels.contents, Font::Bold, 17.0, 0.0, 8.0);
    let toc = t.open(Kind::Toc);
    t.parent = Some(toc);
    for h in laid.headings.iter().filter(|h| h.level <= 2) {
        let indent = if h.level == 2 { 16.0 } else { 0.0 };
        let number = (h.page + offset + 1).to_string();
        t.need(16.0);
        let font = if h.level == 1 {
            Font::Bold
        } else {
            Font::Regular
        };
        let mut shown = h.text.clone();
        while text_width(&shown, font, 10.5) > TEXT_W - indent - 40.0 && shown.pop().is_some() {}
        t.start(Kind::TocItem);
        t.line(MARGIN + indent, font, 10.5, &shown);
        let nw = text_width(&number, Font::Regular, 10.5);
        t.line(W - MARGIN - nw, Font::Regular, 10.5, &number);
        t.y -= 16.0;
    }
    while t.pages.len() < toc_pages {
        t.new_page();
    }
    out.append(t);
    out.append(laid);
    number_pages(&mut out, labels);
    out
}

/// Puts "Sida n av m" at the foot of every page.
fn number_pages(out: &mut Laid, labels: &Labels) {
    let total = out.pages.len();
    for (i, page) in out.pages.iter_mut().enumerate() {
        let label = labels
            .page
            .replace("{page}", &(i + 1).to_string())
            .replace("{pages}", &total.to_string());
        let x = (W - text_width(&label, Font::Regular, 9.0)) / 2.0;
        page.push((Mark::Page, Op::Text(x, 36.0, Font::Regular, 9.0, label)));
    }
}

fn fill(c: [f32; 3]) -> Fill {
    let u = |v: f32| (v * 255.0).round().clamp(0.0, 255.0) as u8;
    Fill {
        paint: rgb::Color::new(u(c[0]), u(c[1]), u(c[2])).into(),
        ..Fill::default()
    }
}

fn stroke(c: [f32; 3], width: f32) -> Stroke {
    Stroke {
        paint: fill(c).paint,
        width,
        ..Stroke::default()
    }
}

/// A rectangle in PDF coordinates (origin bottom left) as a krilla path (origin top left).
fn rect_path(x: f32, y: f32, w: f32, h: f32) -> Option<krilla::geom::Path> {
    let mut pb = PathBuilder::new();
    pb.push_rect(Rect::from_xywh(x, H - y - h, w.max(0.01), h.max(0.01))?);
    pb.finish()
}

/// Draws one operation, each piece of it in marked content: an artifact, or content of
/// element `e` whose identifiers are pushed to `ids`. A run of characters the font lacks
/// is drawn with the fallback glyph in a span of its own that carries the real text.
fn draw(surface: &mut Surface, mark: Mark, op: &Op, ids: &mut [Vec<Identifier>]) {
    let tagged = |surface: &mut Surface, ids: &mut [Vec<Identifier>], tag: ContentTag| {
        let id = surface.start_tagged(tag);
        if let Mark::In(e) = mark {
            ids[e].push(id);
        }
    };
    let plain = match mark {
        Mark::In(_) => ContentTag::Span(SpanTag::empty()),
        Mark::Layout => ContentTag::Artifact(Artifact::with_kind(ArtifactType::Layout)),
        Mark::Page => ContentTag::Artifact(Artifact::with_kind(ArtifactType::Footer)),
    };
    match op {
        Op::Text(x, y, font, size, text) => text_runs(
            surface, mark, plain, *x, *y, *font, *size, text, [0.0; 3], ids,
        ),
        Op::Ink(x, y, size, colour, text) => text_runs(
            surface,
            mark,
            plain,
            *x,
            *y,
            Font::Regular,
            *size,
            text,
            *colour,
            ids,
        ),
        Op::Rect(x, y, w, h, head) => {
            tagged(surface, ids, plain);
            if let Some(path) = rect_path(*x, *y, *w, *h) {
                surface.set_fill(head.then(|| fill([0.85, 0.89, 0.93])));
                surface.set_stroke(Some(stroke([0.5; 3], 0.5)));
                surface.draw_path(&path);
            }
            surface.end_tagged();
        }
        Op::Paint(x, y, w, h, colour) => {
            tagged(surface, ids, plain);
            if let Some(path) = rect_path(*x, *y, *w, *h) {
                surface.set_fill(Some(fill(*colour)));
                surface.set_stroke(None);
                surface.draw_path(&path);
            }
            surface.end_tagged();
        }
        Op::Stroke(points, colour, width) => {
            tagged(surface, ids, plain);
            let mut pb = PathBuilder::new();
            for (i, (x, y)) in points.iter().enumerate() {
                if i == 0 {
                    pb.move_to(*x, H - y);
                } else {
                    pb.line_to(*x, H - y);
                }
            }
            if let Some(path) = pb.finish() {
                surface.set_fill(None);
                surface.set_stroke(Some(stroke(*colour, *width)));
                surface.draw_path(&path);
            }
            surface.end_tagged();
        }
    }
}

/// A line of text on its baseline at (`x`, `y`), in runs of glyphs the font has and
/// runs of fallback glyphs (each such run a span with its real text as ActualText).
#[allow(clippy::too_many_arguments)]
fn text_runs(
    surface: &mut Surface,
    mark: Mark,
    plain: ContentTag,
    x: f32,
    y: f32,
    font: Font,
    size: f32,
    text: &str,
    colour: [f32; 3],
    ids: &mut [Vec<Identifier>],
) {
    let placed = glyphs(text, font);
    surface.set_fill(Some(fill(colour)));
    surface.set_stroke(None);
    let mut at = x;
    for run in placed.chunk_by(|a, b| a.fallback == b.fallback) {
        let (Some(first), Some(last)) = (run.first(), run.last()) else {
            continue;
        };
        let real = &text[first.text.start..last.text.end];
        let tag = match (mark, first.fallback) {
            (Mark::In(_), true) => ContentTag::Span(SpanTag::empty().with_actual_text(Some(real))),
            _ => plain,
        };
        let id = surface.start_tagged(tag);
        if let Mark::In(e) = mark {
            ids[e].push(id);
        }
        let krilla_glyphs: Vec<KrillaGlyph> = run
            .iter()
            .map(|g| {
                KrillaGlyph::new(
                    GlyphId::new(u32::from(g.glyph)),
                    g.advance,
                    0.0,
                    0.0,
                    0.0,
                    g.text.clone(),
                    None,
                )
            })
            .collect();
        surface.draw_glyphs(
            Point::from_xy(at, H - y),
            &krilla_glyphs,
            FONTS[font.index()].clone(),
            text,
            size,
            false,
        );
        surface.end_tagged();
        at += run.iter().map(|g| g.advance).sum::<f32>() * size;
    }
}

/// The tag of an element.
fn tag(kind: &Kind) -> TagKind {
    match kind {
        Kind::H(level, text) => Tag::Hn(
            NonZeroU16::new(u16::from(*level)).unwrap_or(NonZeroU16::MIN),
            Some(text.clone()),
        )
        .into(),
        Kind::P => Tag::P.into(),
        Kind::L => Tag::L(ListNumbering::Disc).into(),
        Kind::LI => Tag::LI.into(),
        Kind::Lbl => Tag::Lbl.into(),
        Kind::LBody => Tag::LBody.into(),
        Kind::Table => Tag::Table.into(),
        Kind::THead => Tag::THead.into(),
        Kind::TBody => Tag::TBody.into(),
        Kind::TR => Tag::TR.into(),
        Kind::TH => Tag::TH(TableHeaderScope::Column).into(),
        Kind::TD => Tag::TD.into(),
        Kind::Figure(alt) => Tag::Figure(Some(alt.clone())).into(),
        Kind::Caption => Tag::Caption.into(),
        Kind::Toc => Tag::TOC.into(),
        Kind::TocItem => Tag::TOCI.into(),
    }
}

/// The structure tree: each element with its content, then the elements under it.
fn tag_tree(elems: &[Elem], mut ids: Vec<Vec<Identifier>>) -> TagTree {
    let mut children: Vec<Vec<usize>> = vec![vec![]; elems.len()];
    let mut roots = vec![];
    for (i, e) in elems.iter().enumerate() {
        match e.parent {
            Some(p) => children[p].push(i),
            None => roots.push(i),
        }
    }
    fn group(
        e: usize,
        elems: &[Elem],
        children: &[Vec<usize>],
        ids: &mut [Vec<Identifier>],
    ) -> TagGroup {
        let mut g = TagGroup::new(tag(&elems[e].kind));
        for id in std::mem::take(&mut ids[e]) {
            g.push(id);
        }
        for c in &children[e] {
            g.push(group(*c, elems, children, ids));
        }
        g
    }
    let mut tree = TagTree::new().with_lang(Some(LANG.to_string()));
    for r in roots {
        tree.push(group(r, elems, &children, &mut ids));
    }
    tree
}

/// Bookmarks from the headings, nested by level.
fn outline(headings: &[Placed]) -> Outline {
    let mut outline = Outline::new();
    let mut stack: Vec<(u8, OutlineNode)> = vec![];
    fn attach(outline: &mut Outline, stack: &mut [(u8, OutlineNode)], node: OutlineNode) {
        match stack.last_mut() {
            Some((_, parent)) => parent.push_child(node),
            None => outline.push_child(node),
        }
    }
    for h in headings {
        while stack.last().is_some_and(|(level, _)| *level >= h.level) {
            if let Some((_, node)) = stack.pop() {
                attach(&mut outline, &mut stack, node);
            }
        }
        let to = XyzDestination::new(h.page, Point::from_xy(MARGIN, H - h.top));
        stack.push((h.level, OutlineNode::new(h.text.clone(), to)));
    }
    while let Some((_, node)) = stack.pop() {
        attach(&mut outline, &mut stack, node);
    }
    outline
}

/// The time now, in UTC (PDF/A asks for the date a file was made).
fn now() -> DateTime {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let (days, rest) = (secs / 86_400, secs % 86_400);
    // Days since 1970-01-01 as a civil date (Howard Hinnant's algorithm).
    let z = days as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as u16;
    DateTime::new(year)
        .month(month)
        .day(day)
        .hour((rest / 3600) as u8)
        .minute((rest % 3600 / 60) as u8)
        .second((rest % 60) as u8)
        .utc_offset_hour(0)
        .utc_offset_minute(0)
}

/// The standards a file is checked against when it is written.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Check {
    /// PDF/UA-1 and PDF/A-2a.
    Both,
    /// PDF/UA-1 alone: where the two pull apart, accessibility wins.
    Ua,
    /// Nothing: the last resort, so that an export never fails.
    Unchecked,
}

/// Writes the laid-out pages, failing with the validators' findings when `check` asks
/// for standards the file does not meet.
fn write(laid: &Laid, title: &str, author: &str, check: Check) -> Result<Vec<u8>, String> {
    let mut settings = SerializeSettings {
        enable_tagging: true,
        ..SerializeSettings::default()
    };
    let mut config = ConfigurationBuilder::new();
    if check != Check::Unchecked {
        config = config.set_validator(Validator::Ua(Accessibility::UA1));
    }
    if check == Check::Both {
        config = config.with_archival_validator(Archival::A2_A);
    }
    settings.configuration = config.finish().map_err(|e| format!("{e:?}"))?;
    let mut document = Document::new_with(settings);
    let mut ids: Vec<Vec<Identifier>> = vec![vec![]; laid.elems.len()];
    let size = PageSettings::from_wh(W, H).ok_or("page size")?;
    for ops in &laid.pages {
        let mut page = document.start_page_with(size.clone());
        let mut surface = page.surface();
        for (mark, op) in ops {
            draw(&mut surface, *mark, op, &mut ids);
        }
        surface.finish();
        page.finish();
    }
    document.set_tag_tree(tag_tree(&laid.elems, ids));
    document.set_outline(outline(&laid.headings));
    document.set_metadata(
        Metadata::new()
            .creation_date(now())
            .title(title.to_string())
            .authors(vec![author.to_string()])
            .language(LANG.to_string()),
    );
    document.finish().map_err(|e| match e {
        krilla::error::KrillaError::Validation(errors) => errors
            .iter()
            .map(|(e, _)| format!("{e:?}"))
            .collect::<Vec<_>>()
            .join("; "),
        e => format!("{e:?}"),
    })
}

/// The PDF file of the blocks, with `title` and `author` in its properties (the title
/// shown in the reader's window). Checked as PDF/UA-1; should the check ever fail, the
/// file is written all the same (tagged, fonts embedded) and the failure logged, so
/// that an export never fails. PDF/A-2a is checked too, and given up first.
pub fn render(title: &str, author: &str, all: &[Block], labels: &Labels) -> Vec<u8> {
    let laid = lay_out(all, labels);
    let both = write(&laid, title, author, Check::Both);
    let problems = match both {
        Ok(pdf) => return pdf,
        Err(problems) => problems,
    };
    tracing::warn!(%problems, "the PDF does not pass the PDF/A-2a check");
    let problems = match write(&laid, title, author, Check::Ua) {
        Ok(pdf) => return pdf,
        Err(problems) => problems,
    };
    tracing::warn!(%problems, "the PDF does not pass the PDF/UA-1 check");
    write(&laid, title, author, Check::Unchecked).unwrap_or_else(|e| {
        tracing::error!(error = %e, "the PDF could not be written");
        Vec::new()
    })
}

/// What krilla's PDF/UA-1 and PDF/A-2a validators find in the PDF of the blocks: nothing
/// when both pass.
pub fn problems(title: &str, author: &str, all: &[Block], labels: &Labels) -> Option<String> {
    write(&lay_out(all, labels), title, author, Check::Both).err()
}

/// The PDF of the blocks in words, for snapshots: every page's drawing operations with
/// their place, font and size and what they are to a reader (artifact or the element they
/// belong to), then the structure tree and the bookmarks.
pub fn describe(all: &[Block], labels: &Labels) -> String {
    let laid = lay_out(all, labels);
    let mut out = String::new();
    let name = |m: &Mark| match m {
        Mark::In(e) => format!("#{e}"),
        Mark::Layout => "artifact".into(),
        Mark::Page => "page label".into(),
    };
    for page in &laid.pages {
        out.push_str("--- page\n");
        for (m, op) in page {
            let m = name(m);
            let _ = match op {
                Op::Text(x, y, f, s, t) => writeln!(out, "{m} {f:?} {s} @ {x:.1} {y:.1}: {t}"),
                Op::Ink(x, y, s, _, t) => writeln!(out, "{m} ink {s:.1} @ {x:.1} {y:.1}: {t}"),
                Op::Rect(x, y, w, h, _) => {
                    writeln!(out, "{m} rect {x:.1} {y:.1} {w:.1} {h:.1}")
                }
                Op::Paint(..) | Op::Stroke(..) => writeln!(out, "{m} shape"),
            };
        }
    }
    // Each element's text, its lines joined (without a space after a line broken at a hyphen).
    let mut texts = vec![String::new(); laid.elems.len()];
    for (m, op) in laid.pages.iter().flatten() {
        if let (Mark::In(e), Op::Text(.., t) | Op::Ink(.., t)) = (m, op) {
            let s = &mut texts[*e];
            if !s.is_empty() && !s.ends_with(['-', '–', '/']) {
                s.push(' ');
            }
            s.push_str(t);
        }
    }
    out.push_str("--- structure\n");
    for (i, e) in laid.elems.iter().enumerate() {
        let depth = std::iter::successors(e.parent, |p| laid.elems[*p].parent).count();
        let _ = write!(out, "{}#{i} {:?}", "  ".repeat(depth), e.kind);
        let _ = match texts[i].as_str() {
            "" => writeln!(out),
            t => writeln!(out, ": {t}"),
        };
    }
    out.push_str("--- bookmarks\n");
    for h in &laid.headings {
        let _ = writeln!(
            out,
            "{}{} (page {})",
            "  ".repeat(usize::from(h.level - 1)),
            h.text,
            h.page + 1
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Span;

    fn labels() -> Labels {
        Labels {
            page: "Page {page} of {pages}".into(),
            contents: "Contents".into(),
            figure: "Figure {n}".into(),
        }
    }

    fn blocks(text: &str) -> Vec<Block> {
        vec![
            Block::Title("T".into()),
            Block::PageBreak,
            Block::Heading(1, "Contents".into()),
            Block::Toc(vec![(1, "One".into())]),
            Block::PageBreak,
            Block::Heading(1, "One".into()),
            Block::Para(vec![Span::plain(text)]),
            Block::Heading(2, "Two".into()),
            Block::Bullet(vec![Span::plain("a")]),
            Block::Table {
                header: vec!["A".into(), "B".into()],
                rows: vec![vec!["1".into(), String::new()]],
            },
            Block::Figure {
                drawing: crate::chart::bars("c", "T", "D", &[("2020".to_string(), Some(3))]),
                caption: "Figure 1. Bars".into(),
            },
        ]
    }

    #[test]
    fn the_labels_head_the_contents_and_number_the_pages() {
        let d = describe(&blocks("Text."), &labels());
        assert!(d.contains("Bold 17 @ 56.0 769.0: Contents"), "{d}");
        for page in ["Page 1 of 3", "Page 2 of 3", "Page 3 of 3"] {
            assert!(d.contains(&format!(": {page}\n")), "{page}");
        }
        assert!(d.contains("One (page 3)\n  Two (page 3)"), "{d}");
    }

    #[test]
    fn a_document_without_contents_has_no_cover_page() {
        // Everything after the contents' page break: no title, no contents.
        let short: Vec<Block> = blocks("Text.").into_iter().skip(5).collect();
        let d = describe(&short, &labels());
        assert_eq!(d.matches("--- page").count(), 1, "{d}");
        assert!(d.contains("Bold 17 @ 56.0 769.0: One"), "{d}");
        assert!(
            d.contains(": Page 1 of 1\n") && !d.contains("Contents"),
            "{d}"
        );
        assert_eq!(problems("T", "A", &short, &labels()), None);
    }

    #[test]
    fn the_file_passes_the_ua1_check_with_every_kind_of_block_and_an_emoji() {
        let b = blocks("Kovačević, Đakovo–Łódź ≥ 2 ggr 😀 klart.");
        assert_eq!(problems("T", "A", &b, &labels()), None);
        let pdf = render("T", "A", &b, &labels());
        assert!(pdf.starts_with(b"%PDF-1.7"));
        let text = String::from_utf8_lossy(&pdf);
        assert!(text.contains("/MarkInfo") && text.contains("/StructTreeRoot"));
        assert!(text.contains("/Lang(sv-SE)") && text.contains("/DisplayDocTitle true"));
        assert!(text.contains("/FontFile2"), "the fonts are embedded");
        assert!(!text.contains("/Helvetica"));
        assert!(
            text.contains("pdfaid:part>2<") && text.contains("pdfuaid:part>1<"),
            "PDF/A-2a and PDF/UA-1"
        );
        assert!(
            text.contains("/Alt (T. D)") || text.contains("/Alt(T. D)"),
            "the chart's alt text"
        );
        assert!(text.contains("/CreationDate(D:20"), "the date it was made");
    }
}
