//! Bar charts drawn on the server as SVG: a title and a description for screen readers,
//! the figures as text on the bars, and always the same figures as a table beside them.

use askama::Template;

/// One bar.
#[derive(Debug, Clone)]
pub struct Bar {
    pub label: String,
    pub value: String,
    pub x: i64,
    pub y: i64,
    pub width: i64,
    pub height: i64,
}

/// A bar chart ready to draw.
#[derive(Template, Debug, Clone)]
#[template(path = "situation/bar.svg", escape = "html")]
pub struct BarChart {
    pub id: String,
    pub title: String,
    pub description: String,
    pub width: i64,
    pub height: i64,
    pub baseline: i64,
    pub bars: Vec<Bar>,
}

const WIDTH: i64 = 640;
const HEIGHT: i64 = 260;
const TOP: i64 = 24;
const BOTTOM: i64 = 40;

/// A chart of (label, value) pairs; `None` values (hidden counts) draw no bar and read "–".
pub fn bars(id: &str, title: &str, description: &str, data: &[(String, Option<i64>)]) -> BarChart {
    let max = data
        .iter()
        .filter_map(|(_, v)| *v)
        .max()
        .unwrap_or(0)
        .max(1);
    let n = data.len().max(1) as i64;
    let slot = (WIDTH - 20) / n;
    let width = (slot * 7 / 10).max(4);
    let plot = HEIGHT - TOP - BOTTOM;
    let bars = data
        .iter()
        .enumerate()
        .map(|(i, (label, value))| {
            let h = value.map_or(0, |v| v * plot / max);
            Bar {
                label: label.clone(),
                value: value.map_or_else(|| "–".to_string(), |v| v.to_string()),
                x: 10 + i as i64 * slot + (slot - width) / 2,
                y: HEIGHT - BOTTOM - h,
                width,
                height: h,
            }
        })
        .collect();
    BarChart {
        id: id.into(),
        title: title.into(),
        description: description.into(),
        width: WIDTH,
        height: HEIGHT,
        baseline: HEIGHT - BOTTOM,
        bars,
    }
}

impl BarChart {
    /// The SVG text (for pages and downloads).
    pub fn svg(&self) -> String {
        self.render().unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_scale_to_the_largest_and_hidden_values_draw_nothing() {
        let c = bars(
            "c",
            "Hatbrott",
            "Antal per år",
            &[
                ("2019".into(), Some(25)),
                ("2020".into(), Some(50)),
                ("2021".into(), None),
            ],
        );
        assert_eq!(c.bars[1].height, 2 * c.bars[0].height);
        assert_eq!((c.bars[2].height, c.bars[2].value.as_str()), (0, "–"));
        let svg = c.svg();
        assert!(
            svg.starts_with("<svg")
                && svg.contains("<title id=\"c-title\">Hatbrott</title>")
                && svg.contains("role=\"img\"")
        );
    }
}
