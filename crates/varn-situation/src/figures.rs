//! The figures of the situational picture: each a titled, described set of labels and
//! series with its chart kind and where its numbers came from. Pages draw them with their
//! tables, downloads give them as SVG or PNG, and the compiled document embeds them.
//!
//! [`figures`] is the one list of them: a new source adds its statistics by pushing one
//! more [`Figure`] there. Every count is suppressed here with the caller's threshold, so a
//! figure never carries a small number to someone outside the administration.

use serde::Serialize;
use varn_docs::chart::{self, Drawing, Kind, Series};

use crate::{sources, stats};
use varn_house::db::Db;
use varn_house::i18n;
use varn_house::kernel::error::Result;
use varn_house::kernel::ids::AdministrationId;
use varn_house::kernel::suppress::{suppress, Cell, Suppressed};
use varn_house::web::capability::PictureGrid;

/// Where the numbers of a figure came from.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, utoipa::ToSchema)]
pub struct Provenance {
    /// The source, e.g. the police's hate-crime statistics read from a file.
    pub source: String,
    /// Who imported or typed it in ("" for what Värn holds itself).
    pub imported_by: String,
    /// When (a date), or "" for what Värn holds itself.
    pub imported_at: String,
}

/// One figure: a chart with the same numbers as a table.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Figure {
    /// Short name used in download file names, e.g. `hatbrott`.
    pub id: String,
    pub title: String,
    /// What the chart shows, for screen readers and as the document's caption.
    pub description: String,
    pub kind: Kind,
    /// The heading of the label column of the table, e.g. "År".
    pub label_heading: String,
    pub labels: Vec<String>,
    /// Hidden (suppressed) values are `null`, and so are values of years without data.
    pub series: Vec<Series>,
    /// no_data[series][label]: true where no data was entered for the year, which the
    /// table reads "ingen uppgift" and the chart leaves out (a line breaks there). Empty
    /// when every value was entered.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub no_data: Vec<Vec<bool>>,
    pub sources: Vec<Provenance>,
}

impl Figure {
    /// The chart, laid out.
    pub fn drawing(&self) -> Drawing {
        chart::draw(
            &self.id,
            &self.title,
            &self.description,
            self.kind,
            &self.labels,
            &self.series,
        )
    }

    /// The same numbers as a table: one row per label, one column per series; a hidden
    /// value reads "–".
    pub fn table(&self) -> (Vec<String>, Vec<Vec<String>>) {
        let (header, mut rows) = chart::table(&self.label_heading, &self.labels, &self.series);
        for (k, row) in rows.iter_mut().enumerate() {
            for (j, cell) in row.iter_mut().skip(1).enumerate() {
                if self.is_no_data(j, k) {
                    *cell = i18n::sv().t("situation.no_data").to_string();
                }
            }
        }
        (header, rows)
    }

    /// Whether series `s` has no data entered at label `k`.
    pub fn is_no_data(&self, s: usize, k: usize) -> bool {
        self.no_data
            .get(s)
            .and_then(|row| row.get(k))
            .copied()
            .unwrap_or(false)
    }

    /// How many values suppression hid (years without data are not hidden, only empty).
    pub fn hidden(&self) -> (usize, usize) {
        let mut hidden = 0;
        let mut total = 0;
        for (j, s) in self.series.iter().enumerate() {
            for (k, v) in s.values.iter().enumerate() {
                if self.is_no_data(j, k) {
                    continue;
                }
                total += 1;
                if v.is_none() {
                    hidden += 1;
                }
            }
        }
        (hidden, total)
    }
}

/// The values of a row of suppressed cells where `entered` says data was entered; `None`
/// elsewhere (hidden, or no data).
fn entered_values(cells: &[Cell], entered: &[bool]) -> Vec<Option<i64>> {
    values(cells)
        .into_iter()
        .zip(entered.iter().chain(std::iter::repeat(&false)))
        .map(|(v, e)| if *e { v } else { None })
        .collect()
}

fn values(cells: &[Cell]) -> Vec<Option<i64>> {
    cells
        .iter()
        .map(|c| match c {
            Cell::Shown(n) => Some(*n),
            Cell::Hidden => None,
        })
        .collect()
}

/// Keeps the columns of a grid whose year is at most `until`. Grids are suppressed whole
/// and cut afterwards, so that a cell is hidden or shown alike in every picture and on the
/// page: comparing two years' documents gives nothing away.
fn up_to<T: Clone>(years: &[i64], grid: &[Vec<T>], until: Option<i64>) -> (Vec<i64>, Vec<Vec<T>>) {
    let keep: Vec<usize> = (0..years.len())
        .filter(|&i| until.is_none_or(|u| years[i] <= u))
        .collect();
    (
        keep.iter().map(|&i| years[i]).collect(),
        grid.iter()
            .map(|row| keep.iter().filter_map(|&i| row.get(i).cloned()).collect())
            .collect(),
    )
}

/// Every figure of an administration's picture up to `year` (all years when `None`),
/// suppressed with `threshold` (0 for exact numbers): the picture's own sources (add a new
/// one here), then `others`, what the other capabilities give (training, the survey …).
pub async fn figures(
    db: &Db,
    admin: AdministrationId,
    administration: &str,
    year: Option<i64>,
    threshold: i64,
    others: Vec<PictureGrid>,
) -> Result<Vec<Figure>> {
    let s = Scope {
        db,
        admin,
        administration,
        year,
        threshold,
    };
    let mut out = Vec::new();
    out.extend(hate_figures(&s).await?);
    out.extend(form_figures(&s).await?);
    out.extend(source_figures(&s).await?);
    out.extend(other_figures(&s, others));
    Ok(out)
}

/// What every figure is drawn for: the administration, up to which year, how suppressed.
struct Scope<'a> {
    db: &'a Db,
    admin: AdministrationId,
    administration: &'a str,
    year: Option<i64>,
    threshold: i64,
}

/// 1. Hate crimes and hets mot folkgrupp per year, one line per kind: the long trend.
async fn hate_figures(s: &Scope<'_>) -> Result<Vec<Figure>> {
    let cat = i18n::sv();
    let mut out = Vec::new();
    let (kinds, all_years, counts) = stats::hate_crimes_by_category(s.db, s.admin).await?;
    let sup: Suppressed = suppress(&counts, s.threshold);
    let (years, cells) = up_to(&all_years, &sup.cells, s.year);
    if !years.is_empty() {
        let until = s.year.unwrap_or(years[years.len() - 1]);
        let sources = stats::hate_crime_provenance(s.db, s.admin, until)
            .await?
            .into_iter()
            .map(|(source, by, at)| Provenance {
                source: cat.f(
                    "picture.source_hate_crimes",
                    &[(
                        "how",
                        match source.as_str() {
                            "" => cat.t("picture.source_typed"),
                            "api" => cat.t("picture.source_api"),
                            other => other,
                        },
                    )],
                ),
                imported_by: by,
                imported_at: at,
            })
            .collect();
        out.push(Figure {
            no_data: vec![],
            id: "hatbrott".into(),
            title: cat.t("picture.fig_hate_title").into(),
            description: cat.f(
                "picture.fig_hate_desc",
                &[
                    ("administration", s.administration),
                    ("from", &years[0].to_string()),
                    ("to", &years[years.len() - 1].to_string()),
                ],
            ),
            kind: Kind::Line,
            label_heading: cat.t("situation.col_year").into(),
            labels: years.iter().map(i64::to_string).collect(),
            series: kinds
                .iter()
                .zip(&cells)
                .map(|(k, row)| Series {
                    name: cat.t(&format!("situation.{k}")).into(),
                    values: values(row),
                })
                .collect(),
            sources,
        });
    }
    Ok(out)
}

/// 2. Assessed forms per year, stacked by environment; 3. the last year by environment.
async fn form_figures(s: &Scope<'_>) -> Result<Vec<Figure>> {
    let cat = i18n::sv();
    let mut out = Vec::new();
    let (environments, all_years, grid) = stats::forms_by_environment(s.db, &[s.admin]).await?;
    let sup = suppress(&grid, s.threshold);
    let (years, cells) = up_to(&all_years, &sup.cells, s.year);
    if !years.is_empty() && !environments.is_empty() {
        let internal = vec![Provenance {
            source: cat.t("picture.source_forms").into(),
            imported_by: String::new(),
            imported_at: String::new(),
        }];
        out.push(Figure {
            no_data: vec![],
            id: "blanketter".into(),
            title: cat.t("picture.fig_forms_title").into(),
            description: cat.f(
                "picture.fig_forms_desc",
                &[("administration", s.administration)],
            ),
            kind: Kind::Stacked,
            label_heading: cat.t("situation.col_year").into(),
            labels: years.iter().map(i64::to_string).collect(),
            series: environments
                .iter()
                .zip(&cells)
                .map(|(e, row)| Series {
                    name: e.clone(),
                    values: values(row),
                })
                .collect(),
            sources: internal.clone(),
        });
        let last = years.len() - 1;
        let shown_year = years[last].to_string();
        out.push(Figure {
            no_data: vec![],
            id: "blanketter-miljo".into(),
            title: cat.f("picture.fig_forms_year_title", &[("year", &shown_year)]),
            description: cat.f(
                "picture.fig_forms_year_desc",
                &[("administration", s.administration), ("year", &shown_year)],
            ),
            kind: Kind::Bar,
            label_heading: cat.t("report.field_environments_label").into(),
            labels: environments.clone(),
            series: vec![Series {
                name: cat.t("situation.col_count").into(),
                values: cells.iter().map(|row| values(row)[last]).collect(),
            }],
            sources: internal,
        });
    }
    Ok(out)
}

/// 4.–7. The other sources: every source per year (the trend), IA reports assessed as VBE
/// by environment, graffiti by category, concern reports by age band.
async fn source_figures(s: &Scope<'_>) -> Result<Vec<Figure>> {
    let cat = i18n::sv();
    let mut out = Vec::new();
    let provenance: Vec<Provenance> = sources::provenance(s.db, s.admin, s.year)
        .await?
        .into_iter()
        .map(|(source, imported_by, imported_at)| Provenance {
            source,
            imported_by,
            imported_at,
        })
        .collect();
    let year_heading = cat.t("situation.col_year");
    for (id, title, desc, kind, grid) in [
        (
            "kallor",
            "picture.fig_sources_title",
            "picture.fig_sources_desc",
            Kind::Line,
            sources::sources_by_year(s.db, s.admin).await?,
        ),
        (
            "ia-miljo",
            "picture.fig_ia_title",
            "picture.fig_ia_desc",
            Kind::Stacked,
            sources::ia_by_environment(s.db, s.admin).await?,
        ),
        (
            "klotter",
            "picture.fig_graffiti_title",
            "picture.fig_graffiti_desc",
            Kind::Stacked,
            sources::graffiti_by_category(s.db, s.admin).await?,
        ),
        (
            "orosanmalningar",
            "picture.fig_concern_title",
            "picture.fig_concern_desc",
            Kind::Stacked,
            sources::concern_by_band(s.db, s.admin).await?,
        ),
    ] {
        let sup = suppress(&grid.counts, s.threshold);
        let (years, cells) = up_to(&grid.years, &sup.cells, s.year);
        let (_, entered) = up_to(&grid.years, &grid.entered, s.year);
        if years.is_empty() || grid.labels.is_empty() {
            continue;
        }
        out.push(Figure {
            no_data: entered
                .iter()
                .map(|row| row.iter().map(|e| !e).collect())
                .collect(),
            id: id.into(),
            title: cat.t(title).into(),
            description: cat.f(desc, &[("administration", s.administration)]),
            kind,
            label_heading: year_heading.into(),
            labels: years.iter().map(i64::to_string).collect(),
            series: grid
                .labels
                .iter()
                .zip(cells.iter().zip(&entered))
                .map(|(name, (row, entered))| Series {
                    name: name.clone(),
                    values: entered_values(row, entered),
                })
                .collect(),
            sources: provenance.clone(),
        });
    }
    Ok(out)
}

/// The figures the other capabilities give (training, the survey …), with their own source.
fn other_figures(s: &Scope<'_>, others: Vec<PictureGrid>) -> Vec<Figure> {
    let cat = i18n::sv();
    let year_heading = cat.t("situation.col_year");
    let mut out = Vec::new();
    for grid in others {
        let sup = suppress(&grid.counts, s.threshold);
        let (years, cells) = up_to(&grid.years, &sup.cells, s.year);
        if years.is_empty() || grid.labels.is_empty() {
            continue;
        }
        out.push(Figure {
            no_data: vec![],
            id: grid.id,
            title: grid.title,
            description: grid.description,
            kind: grid.kind,
            label_heading: year_heading.into(),
            labels: years.iter().map(i64::to_string).collect(),
            series: grid
                .labels
                .into_iter()
                .zip(&cells)
                .map(|(name, row)| Series {
                    name,
                    values: values(row),
                })
                .collect(),
            sources: vec![Provenance {
                source: grid.source,
                imported_by: String::new(),
                imported_at: String::new(),
            }],
        });
    }
    out
}

/// Every distinct source of a list of figures, in order.
pub fn sources(figures: &[Figure]) -> Vec<Provenance> {
    let mut all: Vec<Provenance> = figures.iter().flat_map(|f| f.sources.clone()).collect();
    all.sort();
    all.dedup();
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_figure_reads_as_a_table_with_hidden_values_as_dashes() {
        let f = Figure {
            // B has no data for 2020: its 0 there is no 0.
            no_data: vec![vec![false, false], vec![true, false]],
            id: "f".into(),
            title: "T".into(),
            description: "D".into(),
            kind: Kind::Stacked,
            label_heading: "År".into(),
            labels: vec!["2020".into(), "2021".into()],
            series: vec![
                Series {
                    name: "A".into(),
                    values: vec![Some(5), None],
                },
                Series {
                    name: "B".into(),
                    values: vec![Some(0), Some(7)],
                },
            ],
            sources: vec![],
        };
        let (header, rows) = f.table();
        assert_eq!(header, vec!["År", "A", "B"]);
        assert_eq!(rows[1], vec!["2021", "–", "7"]);
        assert_eq!(rows[0], vec!["2020", "5", "ingen uppgift"]);
        assert_eq!(
            f.hidden(),
            (1, 3),
            "a year without data is not a hidden value"
        );
        assert!(f.drawing().svg().contains("<desc id=\"f-desc\">D</desc>"));
    }

    #[test]
    fn columns_after_the_year_are_left_out() {
        let (years, grid) = up_to(&[2020, 2021, 2022], &[vec![1, 2, 3]], Some(2021));
        assert_eq!((years, grid), (vec![2020, 2021], vec![vec![1, 2]]));
    }
}
