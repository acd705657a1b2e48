//! Charts drawn on the server: a bar chart, a line chart and a stacked bar chart, all laid
//! out here once as a [`Drawing`] of plain shapes in pixel coordinates. The same drawing
//! becomes SVG for pages and downloads (with a title and a description for screen readers),
//! PNG through resvg, and vector shapes in the PDF. A hidden (suppressed) value draws
//! nothing and reads [`HIDDEN`]. Pages always show the same figures as a table beside the
//! chart ([`table`]).
//!
//! Pure: no I/O except reading a system font once for PNG. Titles, descriptions, labels and
//! series names come from the caller; this module must never make up a word of its own.

use std::sync::{Arc, OnceLock};

use askama::Template;
use serde::Serialize;

/// How a hidden (suppressed) value reads in a chart and its table: a dash, the same in
/// every language, which the documents explain in words of the caller's catalogue.
pub const HIDDEN: &str = "–";

/// How a figure is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// One bar per label (the first series).
    Bar,
    /// One line per series across the labels (a trend over years).
    Line,
    /// One bar per label with one segment per series.
    Stacked,
}

/// One named row of values; `None` is a hidden (suppressed) value.
// The fields carry no `///`: utoipa would put it into Värn's OpenAPI document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Series {
    pub name: String,
    pub values: Vec<Option<i64>>,
}

/// Where the text of a label is anchored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    /// The text starts at its point (legend entries).
    Start,
    /// The text is centred on its point (values and labels).
    Middle,
    /// The text ends at its point (the value axis's numbers).
    End,
}

impl Anchor {
    /// The anchor as SVG's `text-anchor` writes it.
    pub fn svg(&self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

/// A shape of a drawing, in pixels from the top left corner.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Shape {
    /// A filled rectangle (a bar, a stack's segment, a legend's swatch).
    Rect {
        x: i64,
        y: i64,
        w: i64,
        h: i64,
        fill: &'static str,
    },
    /// A polyline (two points or more) of one colour.
    Line {
        points: Vec<(i64, i64)>,
        stroke: &'static str,
        width: i64,
    },
    /// A filled circle of radius `r` (a point of a line).
    Dot {
        x: i64,
        y: i64,
        r: i64,
        fill: &'static str,
    },
    /// A line of text whose baseline is at `y`.
    Text {
        x: i64,
        y: i64,
        anchor: Anchor,
        size: i64,
        fill: &'static str,
        text: String,
    },
}

impl Shape {
    /// The polyline's points as SVG writes them.
    pub fn points_attr(&self) -> String {
        match self {
            Shape::Line { points, .. } => points
                .iter()
                .map(|(x, y)| format!("{x},{y}"))
                .collect::<Vec<_>>()
                .join(" "),
            _ => String::new(),
        }
    }
}

/// A chart laid out, ready to write as SVG, PNG or PDF.
#[derive(Template, Debug, Clone, PartialEq, Eq)]
#[template(path = "chart.svg", escape = "html")]
pub struct Drawing {
    /// Unique on its page: the SVG's title and description hang on it.
    pub id: String,
    /// The title screen readers announce.
    pub title: String,
    /// What the chart shows, in words, for screen readers and as alternative text.
    pub description: String,
    /// Width in pixels.
    pub width: i64,
    /// Height in pixels, legend included.
    pub height: i64,
    /// The shapes, drawn in order.
    pub shapes: Vec<Shape>,
}

/// Colours with at least 3:1 contrast against white, told apart also by their order in
/// the legend and the table.
pub const PALETTE: [&str; 6] = [
    "#0a4f8f", "#b34700", "#2e7d32", "#6a1b9a", "#4a4f57", "#ad1457",
];
const INK: &str = "#1b1b1f";
const AXIS: &str = "#4a4f57";
/// The value axis's gridlines: light, behind the data, never the only carrier of a value.
const GRID: &str = "#d5d8dd";

const WIDTH: i64 = 640;
const PLOT_HEIGHT: i64 = 260;
const TOP: i64 = 24;
const BOTTOM: i64 = 40;
const SIDE: i64 = 10;
const LEGEND_ROW: i64 = 20;

fn colour(i: usize) -> &'static str {
    PALETTE[i % PALETTE.len()]
}

fn shown(v: Option<i64>) -> String {
    v.map_or_else(|| HIDDEN.to_string(), |n| n.to_string())
}

/// The value axis for values up to `max` (at least 1): a round step (1, 2 or 5 times a
/// power of ten) giving at most five gridlines above zero, and the axis's top, the first
/// multiple of the step at or above `max`.
pub fn ticks(max: i64) -> (i64, i64) {
    let max = max.max(1);
    let mut power = 1i64;
    loop {
        for factor in [1, 2, 5] {
            let step = factor * power;
            let top = (max + step - 1) / step * step;
            if top / step <= 5 {
                return (step, top);
            }
        }
        power = power.saturating_mul(10);
    }
}

/// Rough text width in pixels at a font size, for placing legend entries.
fn text_px(text: &str, size: i64) -> i64 {
    text.chars().count() as i64 * size * 6 / 10
}

/// Breaks a label into lines no wider than `width` pixels (a long word stays whole).
fn wrap_label(label: &str, width: i64, size: i64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in label.split_whitespace() {
        match lines.last_mut() {
            Some(line) if text_px(&format!("{line} {word}"), size) <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    if lines.is_empty() {
        lines.push(String::new());
    }
    lines
}

/// Lays out a chart of `labels` (along the bottom) and `series`.
pub fn draw(
    id: &str,
    title: &str,
    description: &str,
    kind: Kind,
    labels: &[String],
    series: &[Series],
) -> Drawing {
    let plot = Plot::new(kind, labels.len(), series);
    let mut shapes = plot.value_axis();
    match kind {
        Kind::Bar => plot.bars(&mut shapes, series),
        Kind::Stacked => plot.stacks(&mut shapes, series),
        Kind::Line => plot.lines(&mut shapes, series),
    }
    let extra = plot.labels(&mut shapes, labels);
    // A legend when there is more than one series: a swatch and the name, wrapping.
    let mut height = PLOT_HEIGHT + 14 * extra;
    if series.len() > 1 || (kind == Kind::Stacked && !series.is_empty()) {
        height = legend(&mut shapes, series, height);
    }
    Drawing {
        id: id.into(),
        title: title.into(),
        description: description.into(),
        width: WIDTH,
        height,
        shapes,
    }
}

/// The value of series `s` at label `i`; `None` where it is hidden or missing.
fn value(s: &Series, i: usize) -> Option<i64> {
    s.values.get(i).copied().flatten()
}

/// Text in the chart's ink.
fn text(x: i64, y: i64, anchor: Anchor, size: i64, t: String) -> Shape {
    Shape::Text {
        x,
        y,
        anchor,
        size,
        fill: INK,
        text: t,
    }
}

/// Where a chart's plot sits: its value axis's round steps and the slots of its labels.
struct Plot {
    n: usize,
    baseline: i64,
    height: i64,
    step: i64,
    top: i64,
    left: i64,
    right: i64,
    slot: i64,
    /// Whether lines of several series are named where they end, at the right.
    direct: bool,
}

impl Plot {
    fn new(kind: Kind, n: usize, series: &[Series]) -> Plot {
        let max = match kind {
            Kind::Stacked => (0..n)
                .map(|i| {
                    series
                        .iter()
                        .filter_map(|s| value(s, i))
                        .map(|v| v.max(0))
                        .sum::<i64>()
                })
                .max()
                .unwrap_or(0),
            Kind::Bar => series
                .first()
                .map(|s| s.values.iter().flatten().copied().max().unwrap_or(0))
                .unwrap_or(0),
            Kind::Line => series
                .iter()
                .flat_map(|s| s.values.iter().flatten().copied())
                .max()
                .unwrap_or(0),
        }
        .max(1);
        let (step, top) = ticks(max);
        let left = SIDE + text_px(&top.to_string(), 11) + 8;
        let direct = kind == Kind::Line && series.len() > 1;
        let right = if direct {
            SIDE + series
                .iter()
                .map(|s| text_px(&s.name, 11).min(150))
                .max()
                .unwrap_or(0)
                + 10
        } else {
            SIDE
        };
        Plot {
            n,
            baseline: PLOT_HEIGHT - BOTTOM,
            height: PLOT_HEIGHT - TOP - BOTTOM,
            step,
            top,
            left,
            right,
            slot: (WIDTH - left - right) / n.max(1) as i64,
            direct,
        }
    }

    /// The height of a value.
    fn scale(&self, v: i64) -> i64 {
        v.max(0) * self.height / self.top
    }

    /// The middle of label `i`'s slot.
    fn centre(&self, i: usize) -> i64 {
        self.left + i as i64 * self.slot + self.slot / 2
    }

    fn bar_width(&self) -> i64 {
        (self.slot * 7 / 10).max(4)
    }

    /// The value axis: round steps, its numbers at the left, gridlines across the plot,
    /// and the baseline.
    fn value_axis(&self) -> Vec<Shape> {
        let mut shapes = Vec::new();
        let mut tick = 0;
        while tick <= self.top {
            let y = self.baseline - self.scale(tick);
            if tick > 0 {
                shapes.push(Shape::Line {
                    points: vec![(self.left, y), (WIDTH - self.right, y)],
                    stroke: GRID,
                    width: 1,
                });
            }
            shapes.push(text(
                self.left - 6,
                y + 4,
                Anchor::End,
                11,
                tick.to_string(),
            ));
            tick += self.step;
        }
        shapes.push(Shape::Line {
            points: vec![
                (self.left, self.baseline),
                (WIDTH - self.right, self.baseline),
            ],
            stroke: AXIS,
            width: 1,
        });
        shapes
    }

    /// One bar per label of the first series, its value above it.
    fn bars(&self, shapes: &mut Vec<Shape>, series: &[Series]) {
        let Some(s) = series.first() else {
            for i in 0..self.n {
                shapes.push(text(
                    self.centre(i),
                    self.baseline - 4,
                    Anchor::Middle,
                    12,
                    shown(None),
                ));
            }
            return;
        };
        let bar_w = self.bar_width();
        for i in 0..self.n {
            let v = value(s, i);
            let h = v.map_or(0, |v| self.scale(v));
            if h > 0 {
                shapes.push(Shape::Rect {
                    x: self.centre(i) - bar_w / 2,
                    y: self.baseline - h,
                    w: bar_w,
                    h,
                    fill: colour(0),
                });
            }
            shapes.push(text(
                self.centre(i),
                self.baseline - h - 4,
                Anchor::Middle,
                12,
                shown(v),
            ));
        }
    }

    /// The series stacked per label, each part's value inside it where it fits, the
    /// total above (hidden where any part is).
    fn stacks(&self, shapes: &mut Vec<Shape>, series: &[Series]) {
        let bar_w = self.bar_width();
        for i in 0..self.n {
            let mut top = self.baseline;
            let mut hidden = false;
            let mut total = 0;
            for (k, s) in series.iter().enumerate() {
                let Some(v) = value(s, i) else {
                    hidden = true;
                    continue;
                };
                total += v.max(0);
                let h = self.scale(v);
                if h == 0 {
                    continue;
                }
                top -= h;
                shapes.push(Shape::Rect {
                    x: self.centre(i) - bar_w / 2,
                    y: top,
                    w: bar_w,
                    h,
                    fill: colour(k),
                });
                if h >= 16 {
                    shapes.push(Shape::Text {
                        x: self.centre(i),
                        y: top + h / 2 + 4,
                        anchor: Anchor::Middle,
                        size: 11,
                        fill: "#ffffff",
                        text: v.to_string(),
                    });
                }
            }
            let label = if hidden {
                HIDDEN.to_string()
            } else {
                total.to_string()
            };
            shapes.push(text(self.centre(i), top - 4, Anchor::Middle, 12, label));
        }
    }

    /// A line per series, broken where a value is hidden or missing, with a dot at each
    /// value; a single series has its values written, several have their names at the
    /// lines' ends.
    fn lines(&self, shapes: &mut Vec<Shape>, series: &[Series]) {
        for (k, s) in series.iter().enumerate() {
            let mut run: Vec<(i64, i64)> = Vec::new();
            let mut runs = Vec::new();
            for i in 0..self.n {
                match value(s, i) {
                    Some(v) => run.push((self.centre(i), self.baseline - self.scale(v))),
                    None => {
                        runs.push(std::mem::take(&mut run));
                        if series.len() == 1 {
                            shapes.push(text(
                                self.centre(i),
                                self.baseline - 4,
                                Anchor::Middle,
                                12,
                                HIDDEN.into(),
                            ));
                        }
                    }
                }
            }
            runs.push(run);
            for points in runs.into_iter().filter(|r| r.len() > 1) {
                shapes.push(Shape::Line {
                    points,
                    stroke: colour(k),
                    width: 3,
                });
            }
            if self.direct {
                if let Some((i, v)) = (0..self.n).rev().find_map(|i| value(s, i).map(|v| (i, v))) {
                    shapes.push(Shape::Text {
                        x: self.centre(i) + 8,
                        y: self.baseline - self.scale(v) + 4,
                        anchor: Anchor::Start,
                        size: 11,
                        fill: INK,
                        text: s.name.clone(),
                    });
                }
            }
            for i in 0..self.n {
                if let Some(v) = value(s, i) {
                    let y = self.baseline - self.scale(v);
                    shapes.push(Shape::Dot {
                        x: self.centre(i),
                        y,
                        r: 4,
                        fill: colour(k),
                    });
                    if series.len() == 1 {
                        shapes.push(text(
                            self.centre(i),
                            y - 8,
                            Anchor::Middle,
                            12,
                            v.to_string(),
                        ));
                    }
                }
            }
        }
    }

    /// The labels under their slots; one too wide for its slot wraps at spaces onto more
    /// lines. Returns how many lines more than one the tallest took.
    fn labels(&self, shapes: &mut Vec<Shape>, labels: &[String]) -> i64 {
        let mut extra = 0;
        for (i, label) in labels.iter().enumerate() {
            let lines = wrap_label(label, self.slot - 6, 12);
            extra = extra.max(lines.len() as i64 - 1);
            for (k, line) in lines.into_iter().enumerate() {
                shapes.push(text(
                    self.centre(i),
                    self.baseline + 16 + 14 * k as i64,
                    Anchor::Middle,
                    12,
                    line,
                ));
            }
        }
        extra
    }
}

/// A swatch and the name of each series from height `y` down, wrapping; returns the
/// drawing's height with the legend.
fn legend(shapes: &mut Vec<Shape>, series: &[Series], y: i64) -> i64 {
    let (mut x, mut y) = (SIDE, y);
    for (k, s) in series.iter().enumerate() {
        let w = 18 + text_px(&s.name, 12) + 16;
        if x + w > WIDTH && x > SIDE {
            x = SIDE;
            y += LEGEND_ROW;
        }
        shapes.push(Shape::Rect {
            x,
            y: y - 1,
            w: 12,
            h: 12,
            fill: colour(k),
        });
        shapes.push(text(x + 18, y + 10, Anchor::Start, 12, s.name.clone()));
        x += w;
    }
    y + LEGEND_ROW
}

/// A bar chart of (label, value) pairs; `None` values (hidden counts) draw no bar and
/// read [`HIDDEN`]. The first part's call, kept for charts outside the figure list.
pub fn bars(id: &str, title: &str, description: &str, data: &[(String, Option<i64>)]) -> Drawing {
    let labels: Vec<String> = data.iter().map(|(l, _)| l.clone()).collect();
    let series = [Series {
        name: String::new(),
        values: data.iter().map(|(_, v)| *v).collect(),
    }];
    draw(id, title, description, Kind::Bar, &labels, &series)
}

/// The numbers of a chart as a table: a header of `label_heading` and the series' names,
/// then one row per label with one column per series; a hidden value reads [`HIDDEN`].
pub fn table(
    label_heading: &str,
    labels: &[String],
    series: &[Series],
) -> (Vec<String>, Vec<Vec<String>>) {
    let mut header = vec![label_heading.to_string()];
    header.extend(series.iter().map(|s| s.name.clone()));
    let rows = labels
        .iter()
        .enumerate()
        .map(|(i, label)| {
            let mut row = vec![label.clone()];
            row.extend(
                series
                    .iter()
                    .map(|s| shown(s.values.get(i).copied().flatten())),
            );
            row
        })
        .collect();
    (header, rows)
}

impl Drawing {
    /// The SVG text (for pages and downloads).
    pub fn svg(&self) -> String {
        self.render().unwrap_or_default()
    }

    /// The chart as PNG at twice its size, drawn by resvg with a system font.
    pub fn png(&self) -> anyhow::Result<Vec<u8>> {
        png(&self.svg())
    }
}

/// Where the font for PNG text is looked for: DejaVu Sans, which `.ci/run` installs
/// (Debian's fonts-dejavu-core) and most Linux systems carry.
const FONT_FILES: [&str; 4] = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/TTF/DejaVuSans.ttf",
    "/usr/local/share/fonts/DejaVuSans.ttf",
];

/// The fonts for PNG, read once: the files do not change while Värn runs, and reading
/// them per chart would cost more than drawing.
fn fonts() -> Arc<resvg::usvg::fontdb::Database> {
    static FONTS: OnceLock<Arc<resvg::usvg::fontdb::Database>> = OnceLock::new();
    FONTS
        .get_or_init(|| {
            let mut db = resvg::usvg::fontdb::Database::new();
            for path in FONT_FILES {
                if let Ok(bytes) = std::fs::read(path) {
                    db.load_font_data(bytes);
                }
            }
            if db.is_empty() {
                tracing::warn!("no font found for chart images; PNG charts will lack text");
            }
            db.set_sans_serif_family("DejaVu Sans");
            Arc::new(db)
        })
        .clone()
}

/// Renders SVG text to PNG at twice its size on a white background.
pub fn png(svg: &str) -> anyhow::Result<Vec<u8>> {
    use resvg::{tiny_skia, usvg};
    let options = usvg::Options {
        fontdb: fonts(),
        font_family: "DejaVu Sans".into(),
        ..usvg::Options::default()
    };
    let tree = usvg::Tree::from_str(svg, &options)?;
    let size = tree
        .size()
        .to_int_size()
        .scale_by(2.0)
        .ok_or_else(|| anyhow::anyhow!("chart too large"))?;
    let mut pixmap = tiny_skia::Pixmap::new(size.width(), size.height())
        .ok_or_else(|| anyhow::anyhow!("empty chart"))?;
    pixmap.fill(tiny_skia::Color::WHITE);
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(2.0, 2.0),
        &mut pixmap.as_mut(),
    );
    Ok(pixmap.encode_png()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(values: &[Option<i64>]) -> Vec<Series> {
        vec![Series {
            name: "Antal".into(),
            values: values.to_vec(),
        }]
    }

    fn labels(n: usize) -> Vec<String> {
        (0..n).map(|i| (2019 + i).to_string()).collect()
    }

    fn rects(d: &Drawing) -> Vec<(i64, i64, i64)> {
        d.shapes
            .iter()
            .filter_map(|s| match s {
                Shape::Rect { x, y, h, .. } if *y < 240 => Some((*x, *y, *h)),
                _ => None,
            })
            .collect()
    }

    fn texts(d: &Drawing) -> Vec<String> {
        d.shapes
            .iter()
            .filter_map(|s| match s {
                Shape::Text { text, .. } => Some(text.clone()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn bars_scale_to_the_largest_and_hidden_values_draw_nothing() {
        let c = draw(
            "c",
            "Hatbrott",
            "Antal per år",
            Kind::Bar,
            &labels(3),
            &one(&[Some(25), Some(50), None]),
        );
        let r = rects(&c);
        assert_eq!(r.len(), 2, "no bar for the hidden value");
        assert_eq!(r[1].2, 2 * r[0].2);
        assert!(texts(&c).contains(&"–".to_string()));
        let svg = c.svg();
        assert!(
            svg.starts_with("<svg")
                && svg.contains("<title id=\"c-title\">Hatbrott</title>")
                && svg.contains("<desc id=\"c-desc\">Antal per år</desc>")
                && svg.contains("role=\"img\"")
        );
    }

    #[test]
    fn a_line_breaks_at_a_hidden_value_and_keeps_its_points() {
        let c = draw(
            "trend",
            "Trend",
            "Hatbrott per år",
            Kind::Line,
            &labels(5),
            &one(&[Some(10), Some(20), None, Some(30), Some(40)]),
        );
        let lines: Vec<&Vec<(i64, i64)>> = c
            .shapes
            .iter()
            .filter_map(|s| match s {
                Shape::Line { points, width, .. } if *width == 3 => Some(points),
                _ => None,
            })
            .collect();
        assert_eq!(lines.len(), 2, "{lines:?}");
        assert_eq!((lines[0].len(), lines[1].len()), (2, 2));
        // Higher values sit higher up: y falls as the value grows.
        assert!(lines[1][1].1 < lines[1][0].1 && lines[0][1].1 < lines[0][0].1);
        let dots = c
            .shapes
            .iter()
            .filter(|s| matches!(s, Shape::Dot { .. }))
            .count();
        assert_eq!(dots, 4);
        assert!(texts(&c).contains(&"–".to_string()));
        let svg = c.svg();
        assert!(
            svg.contains("<polyline") && svg.contains("<title id=\"trend-title\">Trend</title>")
        );
        assert!(svg.contains("<desc id=\"trend-desc\">Hatbrott per år</desc>"));
    }

    #[test]
    fn stacks_add_up_and_a_hidden_segment_hides_the_total() {
        let series = vec![
            Series {
                name: "Höger".into(),
                values: vec![Some(6), Some(4)],
            },
            Series {
                name: "Vänster".into(),
                values: vec![Some(6), None],
            },
        ];
        let c = draw(
            "s",
            "Blanketter",
            "Per år och miljö",
            Kind::Stacked,
            &labels(2),
            &series,
        );
        let segments: Vec<(i64, i64, i64)> = rects(&c);
        // First year: two segments of equal height, on top of each other.
        let first: Vec<_> = segments.iter().filter(|r| r.0 == segments[0].0).collect();
        assert_eq!(first.len(), 2);
        assert_eq!(first[0].2, first[1].2);
        assert_eq!(first[0].1, first[1].1 + first[1].2);
        // The tallest stack (12) fills the plot; the hidden value draws no segment.
        let second: Vec<_> = segments.iter().filter(|r| r.0 != segments[0].0).collect();
        assert_eq!(second.len(), 1);
        let t = texts(&c);
        assert!(t.contains(&"12".to_string()) && t.contains(&"–".to_string()));
        assert!(
            t.contains(&"Höger".to_string()) && t.contains(&"Vänster".to_string()),
            "legend"
        );
        assert!(c.height > PLOT_HEIGHT, "room for the legend");
    }

    #[test]
    fn the_first_parts_bar_call_draws_the_same_bars() {
        let data = [("2019".to_string(), Some(25)), ("2020".to_string(), None)];
        let a = bars("b", "T", "D", &data);
        let b = draw(
            "b",
            "T",
            "D",
            Kind::Bar,
            &labels(2),
            &one(&[Some(25), None]),
        );
        assert_eq!(a.svg(), b.svg());
    }

    #[test]
    fn long_labels_wrap_and_make_room() {
        let labels = vec!["Ensamagerande, oavsett ideologi".to_string(); 4];
        let c = draw("w", "T", "D", Kind::Bar, &labels, &one(&[Some(1); 4]));
        let t = texts(&c);
        assert!(
            t.contains(&"Ensamagerande,".to_string())
                && t.contains(&"oavsett ideologi".to_string()),
            "{t:?}"
        );
        assert!(c.height > PLOT_HEIGHT);
        assert_eq!(wrap_label("ett två", 1000, 12), vec!["ett två"]);
    }

    #[test]
    fn a_table_has_a_row_per_label_and_hidden_values_as_dashes() {
        let series = vec![
            Series {
                name: "A".into(),
                values: vec![Some(5), None],
            },
            Series {
                name: "B".into(),
                values: vec![Some(0)],
            },
        ];
        let (header, rows) = table("År", &labels(2), &series);
        assert_eq!(header, vec!["År", "A", "B"]);
        assert_eq!(rows, vec![vec!["2019", "5", "0"], vec!["2020", "–", "–"]]);
    }

    #[test]
    fn a_chart_becomes_a_png_with_its_text() {
        let c = draw(
            "p",
            "Titel",
            "Beskrivning",
            Kind::Bar,
            &labels(2),
            &one(&[Some(3), Some(9)]),
        );
        assert!(
            !fonts().is_empty(),
            "DejaVu Sans (fonts-dejavu-core) is needed for the text of chart images"
        );
        let png = c.png().expect("png");
        assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"));
        // Width and height in the IHDR chunk: twice the drawing.
        let w = u32::from_be_bytes([png[16], png[17], png[18], png[19]]);
        assert_eq!(i64::from(w), 2 * c.width);
    }
    #[test]
    fn the_value_axis_takes_round_steps_up_to_the_largest_value() {
        assert_eq!(ticks(0), (1, 1));
        assert_eq!(ticks(1), (1, 1));
        assert_eq!(ticks(5), (1, 5));
        assert_eq!(ticks(7), (2, 8));
        assert_eq!(ticks(40), (10, 40));
        assert_eq!(ticks(41), (10, 50));
        assert_eq!(ticks(152), (50, 200));
        assert_eq!(ticks(1_000_001), (500_000, 1_500_000));
        for max in 1..2_000 {
            let (step, top) = ticks(max);
            assert!(top >= max && top - step < max && top / step <= 5, "{max}");
            let lead = step / 10i64.pow(step.ilog10());
            assert!([1, 2, 5].contains(&lead) && step % 10i64.pow(step.ilog10()) == 0);
        }
    }

    #[test]
    fn every_chart_has_a_labelled_value_axis_with_gridlines() {
        for kind in [Kind::Bar, Kind::Line, Kind::Stacked] {
            let c = draw(
                "v",
                "T",
                "D",
                kind,
                &labels(3),
                &one(&[Some(2), Some(40), Some(17)]),
            );
            let axis: Vec<(i64, String)> = c
                .shapes
                .iter()
                .filter_map(|s| match s {
                    Shape::Text {
                        anchor: Anchor::End,
                        y,
                        text,
                        ..
                    } => Some((*y, text.clone())),
                    _ => None,
                })
                .collect();
            let numbers: Vec<&str> = axis.iter().map(|(_, t)| t.as_str()).collect();
            assert_eq!(numbers, ["0", "10", "20", "30", "40"], "{kind:?}");
            // Higher numbers stand higher, evenly spaced.
            let gaps: Vec<i64> = axis.windows(2).map(|w| w[0].0 - w[1].0).collect();
            assert!(
                gaps.iter().all(|g| *g > 0 && (*g - gaps[0]).abs() <= 1),
                "{gaps:?}"
            );
            let grid = c
                .shapes
                .iter()
                .filter(|s| matches!(s, Shape::Line { stroke, .. } if *stroke == GRID))
                .count();
            assert_eq!(grid, 4, "{kind:?}");
            // SVG writes the axis's numbers anchored at their end.
            assert!(c.svg().contains("text-anchor=\"end\""));
        }
    }

    #[test]
    fn lines_of_several_series_are_named_where_they_end() {
        let series = vec![
            Series {
                name: "Hatbrott".into(),
                values: vec![Some(3), Some(5), None],
            },
            Series {
                name: "Klotter".into(),
                values: vec![Some(1), Some(2), Some(4)],
            },
        ];
        let c = draw("l", "T", "D", Kind::Line, &labels(3), &series);
        let dots: Vec<(i64, i64)> = c
            .shapes
            .iter()
            .filter_map(|s| match s {
                Shape::Dot { x, y, .. } => Some((*x, *y)),
                _ => None,
            })
            .collect();
        let named = |name: &str| {
            c.shapes.iter().find_map(|s| match s {
                Shape::Text {
                    anchor: Anchor::Start,
                    x,
                    y,
                    text,
                    ..
                } if text == name && *y < 240 => Some((*x, *y)),
                _ => None,
            })
        };
        // Hatbrott ends at its second point (the third is hidden), Klotter at its third.
        let (hx, hy) = named("Hatbrott").expect("Hatbrott named");
        assert_eq!((hx - 8, hy - 4), dots[1]);
        let (kx, ky) = named("Klotter").expect("Klotter named");
        assert_eq!((kx - 8, ky - 4), dots[4]);
        assert!(kx + text_px("Klotter", 11) <= c.width, "inside the drawing");
    }
}
