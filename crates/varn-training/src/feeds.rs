//! What training gives other capabilities, through its `lib.rs`: the value of a
//! plan's training indicator at a follow-up date (so that "the number of employees who
//! completed the basic training at year end" fills itself at T1, T2 and VB, with where it
//! came from), and the training figures per year as a source of the situational picture.
//! Figures here stay inside their administration (the plan and the picture are its own), so
//! they are exact; whoever shows them outside must suppress them as always.

use chrono::Datelike;
use serde::Serialize;
use varn_house::kernel::ids::AdministrationId;
use varn_house::kernel::ids::UnitId;

use crate::domain::{self, CourseKind, UnitCount};
use crate::store::{self, TrainingCourse};
use varn_house::db::Db;
use varn_house::i18n;
use varn_house::kernel::error::Result;
use varn_house::web::capability::{
    Measure, MeasureList, MeasureValue, Period, PictureFuture, PictureGrid, ValueFuture,
};

/// Which figure an indicator reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum TrainingMeasure {
    /// Staff who have completed the course.
    Completed,
    /// Completed against headcount, in whole per cent.
    Rate,
    /// Staff with the course in progress.
    InProgress,
}

/// An indicator's value, with where it came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct TrainingIndicator {
    /// The value of the measure asked for (`None`: a rate with no headcount).
    pub value: Option<i64>,
    pub completed: i64,
    pub in_progress: i64,
    pub headcount: i64,
    /// Of the completed, marked by hand.
    pub manual: i64,
    pub date: String,
    pub course: String,
    /// Where the value came from, in Swedish, to keep beside it in the follow-up.
    pub source: String,
}

/// The counts per living unit of `admin` whose staff must take `course`, at each date.
async fn counts(
    db: &Db,
    admin: AdministrationId,
    course: &TrainingCourse,
    unit: Option<UnitId>,
    dates: &[String],
) -> Result<Vec<UnitCount>> {
    let (units, spans) = crate::counts::spans(db, admin).await?;
    let at = crate::counts::at_dates(db, admin, course.id, &spans, dates).await?;
    Ok(at
        .into_iter()
        .map(|counts| {
            let mut sum = UnitCount::default();
            for c in counts {
                let applies = units
                    .iter()
                    .any(|u| c.unit_id == Some(u.id) && course.applies_to(&u.functions));
                // A unit asked for counts with what merged into it.
                if applies && unit.is_none_or(|want| c.unit_id == Some(want)) {
                    sum.add(&c);
                }
            }
            sum
        })
        .collect())
}

/// The value of a training indicator of `admin` (for one unit, or the whole administration)
/// at `date` (a follow-up point's date, which the plan knows): `None` when the course is not
/// one of the administration's courses with figures per person.
pub async fn indicator(
    db: &Db,
    admin: AdministrationId,
    course_code: &str,
    unit: Option<UnitId>,
    measure: TrainingMeasure,
    date: &str,
) -> Result<Option<TrainingIndicator>> {
    let courses = store::courses(db, Some(admin)).await?;
    let Some(course) = courses
        .iter()
        .find(|c| c.code.eq_ignore_ascii_case(course_code.trim()) && !c.kind.is_event())
    else {
        return Ok(None);
    };
    let sum = counts(db, admin, course, unit, &[date.to_string()])
        .await?
        .pop()
        .unwrap_or_default();
    let value = match measure {
        TrainingMeasure::Completed => Some(sum.completed),
        TrainingMeasure::InProgress => Some(sum.in_progress),
        TrainingMeasure::Rate => sum.rate(),
    };
    let cat = i18n::sv();
    let mut source = cat.f(
        "training.indicator_source",
        &[("course", course.name.as_str()), ("date", date)],
    );
    if sum.manual > 0 {
        source.push(' ');
        source.push_str(&cat.f(
            "training.indicator_manual",
            &[("n", &sum.manual.to_string())],
        ));
    }
    Ok(Some(TrainingIndicator {
        value,
        completed: sum.completed,
        in_progress: sum.in_progress,
        headcount: sum.headcount,
        manual: sum.manual,
        date: date.to_string(),
        course: course.name.clone(),
        source,
    }))
}

/// One year of training as a source of the situational picture.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct TrainingPictureYear {
    pub year: i32,
    /// The basic web training at the year's end.
    pub completed: i64,
    pub headcount: i64,
    pub rate: Option<i64>,
    /// Events (workshops, lectures, APT presentations) held in the year, and their attendees.
    pub events: i64,
    pub attendees: i64,
}

/// The administration's training per year, `from..=to`, for its situational picture: the
/// basic web training at each year's end and the events held. Empty without such a course.
pub async fn picture_source(
    db: &Db,
    admin: AdministrationId,
    from: i32,
    to: i32,
) -> Result<Vec<TrainingPictureYear>> {
    let courses = store::courses(db, Some(admin)).await?;
    let Some(basic) = courses.iter().find(|c| c.kind == CourseKind::WebBasic) else {
        return Ok(vec![]);
    };
    let years: Vec<i32> = (from..=to.min(from + 30)).collect();
    let dates: Vec<String> = years.iter().map(|y| domain::year_end(*y)).collect();
    let sums = counts(db, admin, basic, None, &dates).await?;
    let mut out = Vec::new();
    for (year, sum) in years.into_iter().zip(sums) {
        let events = store::events(db, admin, year).await?;
        out.push(TrainingPictureYear {
            year,
            completed: sum.completed,
            headcount: sum.headcount,
            rate: sum.rate(),
            events: events.len() as i64,
            attendees: events.iter().map(|e| e.attendees).sum(),
        });
    }
    Ok(out)
}

impl TrainingMeasure {
    const ALL: [TrainingMeasure; 3] = [Self::Completed, Self::Rate, Self::InProgress];

    fn code(self) -> &'static str {
        match self {
            Self::Completed => "completed",
            Self::Rate => "rate",
            Self::InProgress => "in_progress",
        }
    }
}

/// The plan-indicator figures training offers `admin`: for each of its courses with
/// figures per person, completed, rate and in progress (`course:<code>:<measure>`).
pub fn measures(db: &Db, admin: AdministrationId) -> MeasureList<'_> {
    Box::pin(async move {
        let cat = i18n::sv();
        let mut out = Vec::new();
        for course in store::courses(db, Some(admin)).await? {
            if course.kind.is_event() {
                continue;
            }
            for m in TrainingMeasure::ALL {
                out.push(Measure {
                    reference: format!("course:{}:{}", course.code, m.code()),
                    label: cat.f(
                        &format!("training.measure.{}", m.code()),
                        &[
                            ("course", course.name.as_str()),
                            ("code", course.code.as_str()),
                        ],
                    ),
                    unit: cat
                        .t(&format!("training.measure_unit.{}", m.code()))
                        .to_string(),
                });
            }
        }
        Ok(out)
    })
}

/// The value of one of `measures` at the period's end.
pub fn measure_value<'a>(
    db: &'a Db,
    admin: AdministrationId,
    key: &'a str,
    period: Period<'a>,
) -> ValueFuture<'a> {
    Box::pin(async move {
        let mut parts = key.splitn(3, ':');
        let (Some("course"), Some(code), Some(which)) = (parts.next(), parts.next(), parts.next())
        else {
            return Ok(None);
        };
        let Some(measure) = TrainingMeasure::ALL.into_iter().find(|m| m.code() == which) else {
            return Ok(None);
        };
        Ok(indicator(db, admin, code, None, measure, period.to)
            .await?
            .map(|i| MeasureValue {
                value: i.value,
                source: i.source,
            }))
    })
}

/// Training's figures in the administration's situational picture: the basic web training
/// completed at each year's end, and the events held with their attendees, over the last ten
/// years (from the first with anything to show).
pub fn picture<'a>(db: &'a Db, admin: AdministrationId, name: &'a str) -> PictureFuture<'a> {
    Box::pin(async move {
        let cat = i18n::sv();
        let this = chrono::Utc::now().date_naive().year();
        let mut years = picture_source(db, admin, this - 9, this).await?;
        while years
            .first()
            .is_some_and(|y| y.completed == 0 && y.events == 0)
        {
            years.remove(0);
        }
        if years.is_empty() {
            return Ok(vec![]);
        }
        let labels: Vec<i64> = years.iter().map(|y| i64::from(y.year)).collect();
        let source = cat.t("training.picture_source").to_string();
        let grid = |id: &str, key: &str, series: Vec<(&str, Vec<i64>)>| PictureGrid {
            id: id.into(),
            title: cat.t(&format!("training.picture.{key}_title")).into(),
            description: cat.f(
                &format!("training.picture.{key}_desc"),
                &[("administration", name)],
            ),
            kind: varn_docs::chart::Kind::Line,
            years: labels.clone(),
            labels: series.iter().map(|(k, _)| cat.t(k).to_string()).collect(),
            counts: series.into_iter().map(|(_, v)| v).collect(),
            source: source.clone(),
        };
        Ok(vec![
            grid(
                "utbildning",
                "completed",
                vec![(
                    "training.picture.completed_series",
                    years.iter().map(|y| y.completed).collect(),
                )],
            ),
            grid(
                "utbildningstillfallen",
                "events",
                vec![
                    (
                        "training.picture.events_series",
                        years.iter().map(|y| y.events).collect(),
                    ),
                    (
                        "training.picture.attendees_series",
                        years.iter().map(|y| y.attendees).collect(),
                    ),
                ],
            ),
        ])
    })
}
