//! What a capability gives the app: its routes (each with its access rule), its part of
//! the API document, the kinds of record it writes to the audit log, its links in the
//! navigation, its demo data, and what waits for a person on their start page. The app lists the capabilities once (`app::CAPABILITIES`);
//! adding a capability is one line there, and nothing in the shared machinery names it.

use std::fmt;
use std::future::Future;
use std::pin::Pin;

use crate::auth::Role;
use crate::db::Db;
use crate::kernel::ids::{AdministrationId, PlanId};
use crate::web::routes::RouteTable;

/// Fills a database with a capability's part of the demo municipality; a second run changes
/// nothing.
pub type Demo =
    for<'a> fn(&'a Db) -> Pin<Box<dyn Future<Output = anyhow::Result<DemoReport>> + Send + 'a>>;

/// What a load did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct DemoReport {
    pub created: usize,
    pub updated: usize,
}

impl fmt::Display for DemoReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.created == 0 && self.updated == 0 {
            write!(f, "Demokommunen finns redan; inget ändrades.")
        } else {
            write!(f, "Demokommunen laddad: {} poster skapade, {} ändrade. Lösenord för alla demokonton: {}", self.created, self.updated,  DEMO_PASSWORD)
        }
    }
}

/// The password of every demo sign-in (README lists them).
pub const DEMO_PASSWORD: &str = "Demo-Varn-2026";

/// A link in the main navigation.
#[derive(Debug, Clone, Copy)]
pub struct NavItem {
    pub href: &'static str,
    /// Catalogue key of the link's text.
    pub label: &'static str,
    /// Who sees the link; `None`: everyone signed in.
    pub roles: Option<&'static [Role]>,
    /// Where it stands among all links (smaller first).
    pub order: u16,
}

/// One capability of Värn.
#[derive(Debug, Clone, Copy)]
pub struct Capability {
    /// Its folder's name.
    pub name: &'static str,
    /// The tables it owns (empty: none). Only its own SQL writes them; another
    /// capability's SQL reads one only if it is [`Table::shared`].
    pub tables: &'static [Table],
    pub routes: fn(RouteTable) -> RouteTable,
    /// Its part of the OpenAPI document (`None`: it has no API).
    pub api: Option<fn() -> utoipa::openapi::OpenApi>,
    /// The codes of the kinds of record it writes to the audit log.
    pub records: fn() -> Vec<&'static str>,
    pub nav: &'static [NavItem],
    pub demo: Option<Demo>,
    /// What waits for a person in this capability, for their start page (`None`: nothing
    /// ever does).
    pub work: Option<Work>,
    /// The figures it offers a plan's indicators, so that their follow-up fills itself
    /// (`None`: it offers none).
    pub measures: Option<Measures>,
    /// The plan of an administration for a year: the one whose period starts that year, or
    /// else the latest that covers it (`None`: it keeps no plans). The situational picture
    /// names the plan it is the basis for through this, without naming the capability.
    pub plan_of_year: Option<PlanOfYear>,
    /// Its numbers for an administration's situational picture (`None`: it has none).
    pub picture: Option<Picture>,
    /// How each administration stands in it, for the central coordinator's desk and the
    /// executive board's yearly follow-up (`None`: it adds nothing there).
    pub city: Option<City>,
    /// What it does by itself as time passes: reminders, clocks, escalations (`None`:
    /// nothing).
    pub tick: Option<Tick>,
    /// The record types it keeps for a period and then purges (DOMAIN.md §13): each says
    /// what has expired and deletes it a batch at a time; `crate::retention` runs them
    /// (empty: it purges nothing).
    pub retention: &'static [Purge],
    /// Its tables whose rows an import wrote (each with an `import_id` that references
    /// `source_imports`): an import's record is kept while any of them holds one of its
    /// rows, so that an undo can still name it (empty: it imports nothing).
    pub import_rows: &'static [&'static str],
}

/// A table of the database, as its owner declares it. Every table the migrations create has
/// exactly one owner (a capability in its `CAPABILITY`, or the house in `crate::TABLES`);
/// only the owner's SQL writes it, and another's SQL reads it only when the owner declared
/// it shared (reference data such as the organisation's units). Anything else goes through
/// the owner's `lib.rs`. A test in the app reads every crate's SQL and holds this.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Table {
    pub name: &'static str,
    /// Others may read it (never write it).
    pub shared: bool,
}

impl Table {
    /// A table only its owner reads and writes.
    pub const fn own(name: &'static str) -> Table {
        Table {
            name,
            shared: false,
        }
    }

    /// A table its owner writes and every capability may read.
    pub const fn shared(name: &'static str) -> Table {
        Table { name, shared: true }
    }
}

/// What a purge gives back: how many rows it counted or deleted.
pub type PurgeFuture<'a> =
    Pin<Box<dyn Future<Output = Result<u64, crate::kernel::error::Error>> + Send + 'a>>;

/// A record type a capability purges once its retention period has passed. The cut-off is a
/// date (`YYYY-MM-DD`): a row dated before it has expired. A purge must leave every figure
/// the rows fed as it was (counts kept beside the rows, like `ia_counts`), and may refuse
/// nothing: what it must keep (a person's last training row) it does not count as expired.
#[derive(Debug, Clone, Copy)]
pub struct Purge {
    /// The type's key under `[retention]` in the configuration; its Swedish name is
    /// `retention.type.<key>`.
    pub key: &'static str,
    /// How many rows have expired at the cut-off.
    pub expired: for<'a> fn(&'a mut sqlx::AnyConnection, &'a str) -> PurgeFuture<'a>,
    /// Deletes at most `limit` expired rows inside the caller's transaction; how many it
    /// deleted (0: none are left). `limit` is a batch size (bound to SQL's `LIMIT`), not
    /// an id; a purge reads the ids of its own record type itself.
    pub delete:
        for<'a> fn(&'a mut sqlx::AnyConnection, cutoff: &'a str, limit: i64) -> PurgeFuture<'a>,
}

/// What a capability's `tick` is given: the database, the mailer when one is configured,
/// the address links in e-mail point to, and the time (UTC) it should act as of. `serve`
/// passes the wall clock; tests and `varn reminders --now` pass their own.
#[derive(Debug, Clone)]
pub struct TickContext {
    pub db: Db,
    pub mailer: Option<crate::mail::Mailer>,
    pub public_url: String,
    pub now: chrono::NaiveDateTime,
    /// The whole configuration, for settings of a capability's own (e.g. when a clock warns).
    pub config: std::sync::Arc<crate::config::Config>,
}

impl TickContext {
    /// The day of `now` (UTC) as `YYYY-MM-DD`.
    pub fn today(&self) -> String {
        self.now.date().format("%Y-%m-%d").to_string()
    }
}

/// What one run of a tick did, for `varn reminders` and the log.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct TickReport {
    /// Swedish lines saying what was sent or done (empty: nothing).
    pub lines: Vec<String>,
    /// E-mails that could not be sent; they are tried again on a later run.
    pub failed: usize,
}

/// What a tick gives back.
pub type TickFuture<'a> =
    Pin<Box<dyn Future<Output = Result<TickReport, crate::kernel::error::Error>> + Send + 'a>>;

/// Work a capability does on a schedule. Each run must be safe to repeat and to run in two
/// server processes at once: what it sends or records, it records once.
#[derive(Debug, Clone, Copy)]
pub struct Tick {
    /// How often `serve` runs it.
    pub every: std::time::Duration,
    pub run: for<'a> fn(&'a TickContext) -> TickFuture<'a>,
}

/// Runs a capability's tick unless another process runs the same capability's tick at this
/// moment (an advisory lock on PostgreSQL, see [`Db::exclusive`]): `Ok(None)` then, and
/// that process records and sends what is due. Each tick also records each item once on
/// its own; the lock keeps two processes from sending the same e-mail between a check
/// and its record.
pub async fn run_tick(
    name: &str,
    tick: &Tick,
    cx: &TickContext,
) -> Result<Option<TickReport>, crate::kernel::error::Error> {
    match cx
        .db
        .exclusive(&format!("tick:{name}"), (tick.run)(cx))
        .await?
    {
        Some(report) => report.map(Some),
        None => Ok(None),
    }
}

/// One thing waiting for a person, as the start page lists it: "3 nya blanketter att
/// bedöma", with where to do it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkItem {
    pub text: String,
    pub href: String,
}

/// What a capability's `work` gives back.
pub type WorkFuture<'a> =
    Pin<Box<dyn Future<Output = Result<Vec<WorkItem>, crate::kernel::error::Error>> + Send + 'a>>;

/// What waits for a person in one capability, within their scope.
pub type Work = for<'a> fn(&'a crate::web::AppState, &'a crate::auth::Principal) -> WorkFuture<'a>;

/// No kinds of record (for a capability that writes none).
pub fn no_records() -> Vec<&'static str> {
    Vec::new()
}

/// A figure a capability offers to a plan's indicator: "Medarbetare som genomfört
/// webbutbildningen (BAS)", counted by Värn at each follow-up point instead of typed.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, utoipa::ToSchema)]
pub struct Measure {
    /// Where it comes from and which it is, unique in Värn: `<capability>/<key>`
    /// ("training/course:BAS:completed").
    pub reference: String,
    /// Swedish, as a coordinator chooses it from a list.
    pub label: String,
    /// The unit of its value ("medarbetare", "procent", "möten").
    pub unit: String,
}

/// A measure's value over a period, with where it came from.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, utoipa::ToSchema)]
pub struct MeasureValue {
    /// `None`: no value can be given (a rate without headcount, say).
    pub value: Option<i64>,
    /// Where the value came from, in Swedish, shown beside it ("Utbildningsplattformen,
    /// import 2026-04-12; 3 markerade för hand").
    pub source: String,
}

/// The period a value covers: both dates `YYYY-MM-DD`, inclusive. A follow-up point's
/// period runs from the start of the plan's year to the point's date; a figure "at a date"
/// (a stock, such as staff trained) reads `to`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period<'a> {
    pub from: &'a str,
    pub to: &'a str,
}

/// What `Measures::list` gives back.
pub type MeasureList<'a> =
    Pin<Box<dyn Future<Output = Result<Vec<Measure>, crate::kernel::error::Error>> + Send + 'a>>;
/// What `Measures::value` gives back.
pub type ValueFuture<'a> = Pin<
    Box<dyn Future<Output = Result<Option<MeasureValue>, crate::kernel::error::Error>> + Send + 'a>,
>;

/// The figures one capability offers to plan indicators. Keys are the capability's own;
/// the registry adds `<name>/` in front.
#[derive(Debug, Clone, Copy)]
pub struct Measures {
    /// The figures offered to administration `admin` (its own courses, networks …), keys
    /// without the capability's prefix.
    pub list: for<'a> fn(&'a Db, AdministrationId) -> MeasureList<'a>,
    /// The value of the figure `key` (without prefix) for `admin` over the period; `None`
    /// when the key names nothing of that administration.
    pub value: for<'a> fn(&'a Db, AdministrationId, &'a str, Period<'a>) -> ValueFuture<'a>,
}

/// Every figure the capabilities offer to `admin`, references prefixed with the
/// capability's name, in the capabilities' order.
pub async fn measures(
    capabilities: &[Capability],
    db: &Db,
    admin: AdministrationId,
) -> Result<Vec<Measure>, crate::kernel::error::Error> {
    let mut out = Vec::new();
    for c in capabilities {
        if let Some(m) = c.measures {
            for mut one in (m.list)(db, admin).await? {
                one.reference = format!("{}/{}", c.name, one.reference);
                out.push(one);
            }
        }
    }
    Ok(out)
}

/// The value of the figure `reference` (`<capability>/<key>`) for `admin` over `period`;
/// `None` when no capability offers it.
pub async fn measure_value(
    capabilities: &[Capability],
    db: &Db,
    admin: AdministrationId,
    reference: &str,
    period: Period<'_>,
) -> Result<Option<MeasureValue>, crate::kernel::error::Error> {
    let Some((name, key)) = reference.split_once('/') else {
        return Ok(None);
    };
    match capabilities
        .iter()
        .find(|c| c.name == name)
        .and_then(|c| c.measures)
    {
        Some(m) => (m.value)(db, admin, key, period).await,
        None => Ok(None),
    }
}

/// One figure a capability adds to the situational picture: counts per series and year.
/// The picture suppresses them with the reader's threshold and cuts them at the picture's
/// year, exactly as its own sources; so give whole counts, never rates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PictureGrid {
    /// Short name used in download file names (`utbildning`).
    pub id: String,
    pub title: String,
    /// What the chart shows, for screen readers and as the document's caption.
    pub description: String,
    pub kind: varn_docs::chart::Kind,
    /// The years, oldest first.
    pub years: Vec<i64>,
    /// The series' names.
    pub labels: Vec<String>,
    /// One row per series, one value per year.
    pub counts: Vec<Vec<i64>>,
    /// Where the numbers came from, in Swedish.
    pub source: String,
}

/// What a capability's `picture` gives back.
pub type PictureFuture<'a> = Pin<
    Box<dyn Future<Output = Result<Vec<PictureGrid>, crate::kernel::error::Error>> + Send + 'a>,
>;

/// A capability's figures for the picture of administration `admin` (named `name`, for the
/// descriptions).
pub type Picture = for<'a> fn(&'a Db, AdministrationId, &'a str) -> PictureFuture<'a>;

/// See [`Capability::plan_of_year`]: the plan's id and title.
pub type PlanOfYear = for<'a> fn(
    &'a Db,
    AdministrationId,
    i64,
) -> Pin<
    Box<
        dyn Future<Output = Result<Option<(PlanId, String)>, crate::kernel::error::Error>>
            + Send
            + 'a,
    >,
>;

/// The plan of `admin` for `year`, from the capability that keeps plans.
pub async fn plan_of_year(
    capabilities: &[Capability],
    db: &Db,
    admin: AdministrationId,
    year: i64,
) -> Result<Option<(PlanId, String)>, crate::kernel::error::Error> {
    for find in capabilities.iter().filter_map(|c| c.plan_of_year) {
        if let Some(plan) = find(db, admin, year).await? {
            return Ok(Some(plan));
        }
    }
    Ok(None)
}

/// Every capability's figures for the picture of `admin`, in the capabilities' order.
pub async fn picture_grids(
    capabilities: &[Capability],
    db: &Db,
    admin: AdministrationId,
    name: &str,
) -> Result<Vec<PictureGrid>, crate::kernel::error::Error> {
    let mut out = Vec::new();
    for c in capabilities {
        if let Some(picture) = c.picture {
            out.extend(picture(db, admin, name).await?);
        }
    }
    Ok(out)
}

/// A traffic light on the city's desk, in the manner of a control room: each column says how
/// its colours are set.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, utoipa::ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum CityLight {
    Green,
    Yellow,
    Red,
}

impl CityLight {
    /// Its name in Swedish, for readers who do not see the colour.
    pub fn label(self) -> &'static str {
        match self {
            CityLight::Green => "Grön",
            CityLight::Yellow => "Gul",
            CityLight::Red => "Röd",
        }
    }

    /// The CSS class that colours it.
    pub fn class(self) -> &'static str {
        match self {
            CityLight::Green => "light-green",
            CityLight::Yellow => "light-yellow",
            CityLight::Red => "light-red",
        }
    }
}

/// How one administration stands in one respect.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, utoipa::ToSchema)]
pub struct CityCell {
    pub administration_id: AdministrationId,
    /// "Godkänd av kommunstyrelsen 2026-03-12".
    pub text: String,
    /// Where the record is.
    pub href: Option<String>,
    pub light: Option<CityLight>,
}

/// One respect in which every administration is followed ("Handlingsplan", "Lägesbild 2026").
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, utoipa::ToSchema)]
pub struct CityColumn {
    pub key: String,
    pub heading: String,
    /// How the colours are set, in Swedish, printed with the table.
    pub rule: String,
    /// One per administration that has something to say; a missing one reads "–".
    pub cells: Vec<CityCell>,
}

/// Counts per administration (rows) and label (columns) for the city's figures. The desk
/// suppresses them with their secondary cells before anyone outside sees them.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, utoipa::ToSchema)]
pub struct CityCounts {
    pub id: String,
    pub title: String,
    pub labels: Vec<String>,
    /// `(administration, one count per label)`.
    pub rows: Vec<(AdministrationId, Vec<i64>)>,
    pub source: String,
}

/// A table about one administration for the year's follow-up (its plan's activities at the
/// year-end report with their comments and indicators …). Not counts: it is printed as it
/// is under the administration, and only for readers whose scope holds it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, utoipa::ToSchema)]
pub struct CityDetail {
    pub administration_id: AdministrationId,
    pub title: String,
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// Where the record is.
    pub href: Option<String>,
}

/// What a capability adds to the city's desk for a year.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CityPart {
    pub columns: Vec<CityColumn>,
    pub counts: Vec<CityCounts>,
    /// Tables per administration for the year's follow-up.
    pub details: Vec<CityDetail>,
    /// What waits for the central coordinator (plans to approve …).
    pub waiting: Vec<WorkItem>,
    /// Why the year's follow-up for the executive board cannot be written, each a sentence
    /// about the year ("no administration had a plan in 2019"); the desk still shows.
    pub empty_year: Vec<String>,
}

/// What a capability's `city` gives back.
pub type CityFuture<'a> =
    Pin<Box<dyn Future<Output = Result<CityPart, crate::kernel::error::Error>> + Send + 'a>>;

/// A capability's part of the city's desk for `year`, as of `today` (`YYYY-MM-DD`).
pub type City = for<'a> fn(&'a Db, i32, &'a str) -> CityFuture<'a>;

/// Every capability's part of the city's desk, in the capabilities' order.
pub async fn city(
    capabilities: &[Capability],
    db: &Db,
    year: i32,
    today: &str,
) -> Result<CityPart, crate::kernel::error::Error> {
    let mut out = CityPart::default();
    for c in capabilities {
        if let Some(city) = c.city {
            let started = std::time::Instant::now();
            let part = city(db, year, today).await?;
            tracing::debug!(
                capability = c.name,
                year,
                ms = started.elapsed().as_secs_f64() * 1000.0,
                "city part"
            );
            out.columns.extend(part.columns);
            out.counts.extend(part.counts);
            out.details.extend(part.details);
            out.waiting.extend(part.waiting);
            out.empty_year.extend(part.empty_year);
        }
    }
    Ok(out)
}
