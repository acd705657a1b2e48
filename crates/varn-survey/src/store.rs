//! Storage of the survey: the template, rounds, recipients (with the hash of their link
//! and whether they have answered) and the answers, which hold neither the recipient, nor a
//! time, nor an address. A response's id is drawn at random, so not even the order in which
//! answers arrived can be matched with the recipients' flags.

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};
use sqlx::{AnyConnection, Row};

use crate::domain::{
    SurveyQuestion, SurveyQuestionId, SurveyQuestionKind, SurveyRecipientId, SurveyRecipientKind,
    SurveyResponseId, SurveyRoundId, SurveyTemplateId, Value, MAX_QUESTION_TEXT,
};
use crate::Record;
use varn_house::audit::{self, Action, Actor, Entry};
use varn_house::db::{self, Db};
use varn_house::i18n;
use varn_house::kernel::error::{Error, Problem, Result};
use varn_house::kernel::ids::{AdministrationId, DepartmentId, UnitId};
use varn_house::kernel::scope::Scope;

/// The city's template, one version.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct SurveyTemplate {
    pub id: SurveyTemplateId,
    pub version: i64,
    pub created_at: String,
    pub questions: Vec<SurveyQuestion>,
}

/// A round as lists and pages show it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct SurveyRound {
    pub id: SurveyRoundId,
    pub administration_id: AdministrationId,
    pub administration: String,
    pub template_version: i64,
    pub title: String,
    pub period: String,
    pub closes_on: String,
    pub reminder_days: Vec<String>,
    /// `open` or `closed`.
    pub status: String,
    pub created_at: String,
}

impl SurveyRound {
    pub fn is_open(&self) -> bool {
        self.status == "open" && self.closes_on.as_str() >= db::today().as_str()
    }

    pub fn status_label(&self) -> &'static str {
        i18n::sv().t(if self.is_open() {
            "survey.status_open"
        } else {
            "survey.status_closed"
        })
    }
}

/// Asked and answered, and the share.
#[derive(Debug, Clone, Default, Serialize, utoipa::ToSchema)]
pub struct SurveyRate {
    /// What is counted: a department, a kind of recipient, or the whole round.
    pub label: String,
    pub asked: i64,
    pub answered: i64,
    /// answered / asked, 0–1.
    pub share: f64,
    /// Hidden by small-cell suppression (answered and share are then 0).
    pub hidden: bool,
}

impl SurveyRate {
    fn new(label: String, asked: i64, answered: i64) -> SurveyRate {
        SurveyRate {
            label,
            asked,
            answered,
            hidden: false,
            share: if asked == 0 {
                0.0
            } else {
                answered as f64 / asked as f64
            },
        }
    }

    pub fn percent(&self) -> String {
        if self.hidden {
            "–".into()
        } else {
            crate::stats::percent(self.share)
        }
    }

    /// The answered count as shown ("–" when hidden).
    pub fn answered_text(&self) -> String {
        if self.hidden {
            "–".into()
        } else {
            self.answered.to_string()
        }
    }
}

/// The response rates of a round.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct SurveyRates {
    pub overall: SurveyRate,
    pub by_kind: Vec<SurveyRate>,
    pub by_department: Vec<SurveyRate>,
}

/// A new round: its head and its recipients.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
pub struct SurveyRoundInput {
    pub title: String,
    /// A year ("2026") or two ("2025–2026").
    pub period: String,
    /// The last day answers are taken (YYYY-MM-DD); links expire after it.
    pub closes_on: String,
    /// Days on which reminders go to those who have not answered (YYYY-MM-DD).
    #[serde(default)]
    pub reminder_days: Vec<String>,
    /// Departments whose current units are asked (the administration's own, or a
    /// specialist administration's).
    #[serde(default)]
    pub department_ids: Vec<DepartmentId>,
    /// Single units asked (beyond whole departments), e.g. from an imported list.
    #[serde(default)]
    pub unit_ids: Vec<UnitId>,
    /// External partners' e-mail addresses.
    #[serde(default)]
    pub partner_emails: Vec<String>,
}

/// A link made for one recipient: the token is shown or sent once and never stored.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct SurveyIssuedLink {
    pub kind: SurveyRecipientKind,
    /// The unit's name, or the partner's address.
    pub label: String,
    /// Where the link goes by e-mail; empty when the coordinator passes it on.
    pub email: String,
    pub token: String,
}

/// A local question for one round.
#[derive(Debug, Clone, Deserialize, utoipa::ToSchema)]
pub struct SurveyQuestionInput {
    pub text: String,
    pub kind: SurveyQuestionKind,
    /// The options of a choice, one per line.
    #[serde(default)]
    pub options: Vec<String>,
    #[serde(default)]
    pub required: bool,
}

fn question_from_row(r: &sqlx::any::AnyRow) -> Result<SurveyQuestion> {
    let kind: String = r.try_get("kind")?;
    let options: String = r.try_get("options")?;
    Ok(SurveyQuestion {
        id: r.try_get("id")?,
        key: r.try_get("key")?,
        part: r.try_get("part")?,
        kind: SurveyQuestionKind::parse(&kind)
            .ok_or_else(|| anyhow::anyhow!("unknown question kind {kind}"))?,
        text: r.try_get("text")?,
        options: options
            .lines()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(String::from)
            .collect(),
        required: r.try_get::<i64, _>("required")? != 0,
    })
}

const QUESTION_COLUMNS: &str = "id, key, part, kind, text, options, required";

/// The newest version of the city's template.
pub async fn current_template(conn: &mut AnyConnection) -> Result<SurveyTemplate> {
    let row = sqlx::query(
        "SELECT id, version, created_at FROM survey_templates ORDER BY version DESC LIMIT 1",
    )
    .fetch_one(&mut *conn)
    .await?;
    let id: SurveyTemplateId = row.try_get("id")?;
    let questions = sqlx::query(&format!(
        "SELECT {QUESTION_COLUMNS} FROM survey_questions WHERE template_id = $1 ORDER BY position, id"
    ))
    .bind(id)
    .fetch_all(&mut *conn)
    .await?
    .iter()
    .map(question_from_row)
    .collect::<Result<Vec<_>>>()?;
    Ok(SurveyTemplate {
        id,
        version: row.try_get("version")?,
        created_at: row.try_get("created_at")?,
        questions,
    })
}

/// A round's questions: the city's (of the template version it was opened on), then its own.
pub async fn questions(
    conn: &mut AnyConnection,
    round: SurveyRoundId,
) -> Result<Vec<SurveyQuestion>> {
    sqlx::query(&format!(
        "SELECT {QUESTION_COLUMNS} FROM survey_questions \
         WHERE template_id = (SELECT template_id FROM survey_rounds WHERE id = $1) OR round_id = $1 \
         ORDER BY CASE WHEN round_id IS NULL THEN 0 ELSE 1 END, position, id"
    ))
    .bind(round)
    .fetch_all(&mut *conn)
    .await?
    .iter()
    .map(question_from_row)
    .collect()
}

const ROUND_SELECT: &str = "SELECT r.id, r.administration_id, a.name AS administration, \
    t.version, r.title, r.period, r.closes_on, r.reminder_days, r.status, r.created_at \
    FROM survey_rounds r JOIN administrations a ON a.id = r.administration_id \
    JOIN survey_templates t ON t.id = r.template_id";

fn round_from_row(r: &sqlx::any::AnyRow) -> Result<SurveyRound> {
    let days: String = r.try_get("reminder_days")?;
    Ok(SurveyRound {
        id: r.try_get("id")?,
        administration_id: r.try_get("administration_id")?,
        administration: r.try_get("administration")?,
        template_version: r.try_get("version")?,
        title: r.try_get("title")?,
        period: r.try_get("period")?,
        closes_on: r.try_get("closes_on")?,
        reminder_days: days
            .split(',')
            .filter(|s| !s.is_empty())
            .map(String::from)
            .collect(),
        status: r.try_get("status")?,
        created_at: r.try_get("created_at")?,
    })
}

pub async fn get_round(conn: &mut AnyConnection, id: SurveyRoundId) -> Result<SurveyRound> {
    let row = sqlx::query(&format!("{ROUND_SELECT} WHERE r.id = $1"))
        .bind(id)
        .fetch_optional(&mut *conn)
        .await?
        .ok_or(Error::NotFound)?;
    round_from_row(&row)
}

/// The rounds in a scope, newest first.
pub async fn list_rounds(db: &Db, scope: &Scope) -> Result<Vec<SurveyRound>> {
    let Some(clause) = scope.clause("r.administration_id") else {
        return Ok(vec![]);
    };
    sqlx::query(&format!(
        "{ROUND_SELECT} WHERE 1 = 1{clause} ORDER BY r.created_at DESC, r.id DESC"
    ))
    .fetch_all(db.pool())
    .await?
    .iter()
    .map(round_from_row)
    .collect()
}

/// The departments a round of `admin` may ask: its own, then the specialist
/// administrations'. Each with its administration's name and whether it is the admin's own.
pub async fn askable_departments(
    conn: &mut AnyConnection,
    admin: AdministrationId,
) -> Result<Vec<(DepartmentId, String, bool)>> {
    let rows = sqlx::query(
        "SELECT d.id, d.name, a.name AS administration, d.administration_id FROM departments d \
         JOIN administrations a ON a.id = d.administration_id \
         WHERE d.administration_id = $1 OR a.kind = 'specialist' \
         ORDER BY CASE WHEN d.administration_id = $1 THEN 0 ELSE 1 END, a.name, d.name",
    )
    .bind(admin)
    .fetch_all(&mut *conn)
    .await?;
    rows.iter()
        .map(|r| {
            let own = r.try_get::<AdministrationId, _>("administration_id")? == admin;
            let name: String = r.try_get("name")?;
            let label = if own {
                name
            } else {
                format!("{} ({name})", r.try_get::<String, _>("administration")?)
            };
            Ok((r.try_get("id")?, label, own))
        })
        .collect()
}

/// Opens a round with its recipients; returns its id and the links made (their tokens once).
pub async fn open_round(
    conn: &mut AnyConnection,
    actor: &Actor,
    admin: AdministrationId,
    input: &SurveyRoundInput,
) -> Result<(SurveyRoundId, Vec<SurveyIssuedLink>)> {
    let cat = i18n::sv();
    let mut c = varn_house::kernel::check::Checker::default();
    let title = c.check(
        cat.t("survey.field.title"),
        varn_house::kernel::check::required_text(&input.title, 200),
    );
    let period = c.check(
        cat.t("survey.field.period"),
        crate::domain::check_period(&input.period),
    );
    let closes = chrono::NaiveDate::parse_from_str(input.closes_on.trim(), "%Y-%m-%d").ok();
    match closes {
        None => c.fail(cat.t("survey.field.closes_on"), cat.t("survey.bad_date")),
        Some(d) if d.format("%Y-%m-%d").to_string() < db::today() => {
            c.fail(cat.t("survey.field.closes_on"), cat.t("survey.closes_past"))
        }
        _ => {}
    }
    let days = c.check(
        cat.t("survey.field.reminder_days"),
        crate::domain::check_reminder_days(&input.reminder_days.join(",")),
    );
    let askable: HashMap<DepartmentId, bool> = askable_departments(conn, admin)
        .await?
        .into_iter()
        .map(|(id, _, own)| (id, own))
        .collect();
    for d in &input.department_ids {
        if !askable.contains_key(d) {
            c.fail(
                cat.t("survey.field.departments"),
                cat.t("survey.bad_department"),
            );
        }
    }
    let emails = partner_emails(&mut c, &input.partner_emails);
    // The units asked: the current units of the chosen departments, with their managers.
    let mut units = department_units(conn, &input.department_ids, &askable).await?;
    chosen_units(conn, &mut c, &input.unit_ids, &askable, &mut units).await?;
    if c.problems.is_empty() && units.is_empty() && emails.is_empty() {
        c.fail(
            cat.t("survey.field.recipients"),
            cat.t("survey.no_recipients"),
        );
    }
    c.finish()?;
    let (Some(title), Some(period), Some(days), Some(closes)) = (title, period, days, closes)
    else {
        return Err(Error::Internal(anyhow::anyhow!("checked input missing")));
    };
    let template: SurveyTemplateId =
        sqlx::query_scalar("SELECT id FROM survey_templates ORDER BY version DESC LIMIT 1")
            .fetch_one(&mut *conn)
            .await?;
    let id: SurveyRoundId = sqlx::query_scalar(
        "INSERT INTO survey_rounds (administration_id, template_id, title, period, closes_on, \
         reminder_days, status, created_at, created_by) VALUES ($1, $2, $3, $4, $5, $6, 'open', $7, $8) RETURNING id",
    )
    .bind(admin)
    .bind(template)
    .bind(&title)
    .bind(&period)
    .bind(closes.format("%Y-%m-%d").to_string())
    .bind(days.join(","))
    .bind(db::now())
    .bind(&actor.label)
    .fetch_one(&mut *conn)
    .await?;
    let issued = issue_links(conn, id, units, emails).await?;
    audit::record(
        conn,
        actor,
        Entry::new(Action::Create, Record::Round, id)
            .admin(Some(admin))
            .summary(cat.f(
                "survey.audit_opened",
                &[
                    ("title", title.as_str()),
                    ("period", period.as_str()),
                    ("count", &issued.len().to_string()),
                ],
            )),
    )
    .await?;
    Ok((id, issued))
}

/// A unit asked in a round: (unit, department, name, manager's e-mail, own administration).
type AskedUnit = (UnitId, DepartmentId, String, String, bool);

/// The partners' e-mail addresses, trimmed, lower-cased and without duplicates; a bad one
/// is a problem on its row.
fn partner_emails(c: &mut varn_house::kernel::check::Checker, partners: &[String]) -> Vec<String> {
    let cat = i18n::sv();
    let mut emails: Vec<String> = Vec::new();
    for (i, e) in partners.iter().enumerate() {
        let e = e.trim().to_lowercase();
        if e.is_empty() {
            continue;
        }
        if !varn_house::kernel::check::is_email(&e) || e.len() > 254 {
            c.problems.push(Problem::row(
                i + 1,
                cat.t("survey.field.partner_emails"),
                cat.t("survey.bad_email"),
            ));
        } else if !emails.contains(&e) {
            emails.push(e);
        }
    }
    if emails.len() > 2_000 {
        c.fail(
            cat.t("survey.field.partner_emails"),
            cat.t("validation.too_long"),
        );
    }
    emails
}

/// The current units of the chosen departments, with their managers.
async fn department_units(
    conn: &mut AnyConnection,
    departments: &[DepartmentId],
    askable: &HashMap<DepartmentId, bool>,
) -> Result<Vec<AskedUnit>> {
    let mut units: Vec<AskedUnit> = Vec::new();
    for d in departments {
        let Some(own) = askable.get(d) else { continue };
        let rows = sqlx::query(
            "SELECT n.id, n.name, COALESCE(u.email, '') AS email FROM units n \
             LEFT JOIN users u ON u.id = n.manager_user_id AND u.active = 1 \
             WHERE n.department_id = $1 AND (n.valid_to IS NULL OR n.valid_to >= $2) ORDER BY n.name",
        )
        .bind(d)
        .bind(db::today())
        .fetch_all(&mut *conn)
        .await?;
        for r in rows {
            let id: UnitId = r.try_get("id")?;
            if !units.iter().any(|u| u.0 == id) {
                units.push((id, *d, r.try_get("name")?, r.try_get("email")?, *own));
            }
        }
    }
    Ok(units)
}

/// Adds the units chosen one by one to those asked; one that is not current or not in an
/// askable department is a problem.
async fn chosen_units(
    conn: &mut AnyConnection,
    c: &mut varn_house::kernel::check::Checker,
    chosen: &[UnitId],
    askable: &HashMap<DepartmentId, bool>,
    units: &mut Vec<AskedUnit>,
) -> Result<()> {
    let cat = i18n::sv();
    for u in chosen {
        let row = sqlx::query(
            "SELECT n.id, n.department_id, n.name, COALESCE(u.email, '') AS email FROM units n \
             LEFT JOIN users u ON u.id = n.manager_user_id AND u.active = 1 \
             WHERE n.id = $1 AND (n.valid_to IS NULL OR n.valid_to >= $2)",
        )
        .bind(u)
        .bind(db::today())
        .fetch_optional(&mut *conn)
        .await?;
        let found = match &row {
            Some(r) => askable
                .get(&r.try_get::<DepartmentId, _>("department_id")?)
                .map(|own| (r, *own)),
            None => None,
        };
        match found {
            Some((r, own)) => {
                let id: UnitId = r.try_get("id")?;
                if !units.iter().any(|x| x.0 == id) {
                    units.push((
                        id,
                        r.try_get("department_id")?,
                        r.try_get("name")?,
                        r.try_get("email")?,
                        own,
                    ));
                }
            }
            None => c.fail(cat.t("survey.field.units"), cat.t("survey.bad_unit")),
        }
    }
    Ok(())
}

/// Makes a recipient, with its link, for every unit asked and every partner.
async fn issue_links(
    conn: &mut AnyConnection,
    id: SurveyRoundId,
    units: Vec<AskedUnit>,
    emails: Vec<String>,
) -> Result<Vec<SurveyIssuedLink>> {
    let mut issued = Vec::new();
    for (unit, department, name, email, own) in units {
        let kind = if own {
            SurveyRecipientKind::Internal
        } else {
            SurveyRecipientKind::Specialist
        };
        let token = insert_recipient(conn, id, kind, Some(unit), Some(department), &email).await?;
        issued.push(SurveyIssuedLink {
            kind,
            label: name,
            email,
            token,
        });
    }
    for email in emails {
        let token =
            insert_recipient(conn, id, SurveyRecipientKind::Partner, None, None, &email).await?;
        issued.push(SurveyIssuedLink {
            kind: SurveyRecipientKind::Partner,
            label: email.clone(),
            email,
            token,
        });
    }
    Ok(issued)
}

async fn insert_recipient(
    conn: &mut AnyConnection,
    round: SurveyRoundId,
    kind: SurveyRecipientKind,
    unit: Option<UnitId>,
    department: Option<DepartmentId>,
    email: &str,
) -> Result<String> {
    let token = varn_house::auth::session::random_token();
    sqlx::query(
        "INSERT INTO survey_recipients (round_id, kind, unit_id, department_id, email, token_hash) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(round)
    .bind(kind.as_str())
    .bind(unit)
    .bind(department)
    .bind(email)
    .bind(varn_house::auth::session::hash_token(&token))
    .execute(&mut *conn)
    .await?;
    Ok(token)
}

/// Marks which recipients had their link sent by e-mail.
pub async fn mark_mailed(
    conn: &mut AnyConnection,
    round: SurveyRoundId,
    emails: &[String],
) -> Result<()> {
    for e in emails {
        sqlx::query("UPDATE survey_recipients SET mailed = 1 WHERE round_id = $1 AND email = $2")
            .bind(round)
            .bind(e)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

/// Closes an open round; a closed round stays as it is (and nothing is logged).
pub async fn close_round(
    conn: &mut AnyConnection,
    actor: &Actor,
    id: SurveyRoundId,
) -> Result<bool> {
    let round = get_round(conn, id).await?;
    let changed = sqlx::query(
        "UPDATE survey_rounds SET status = 'closed', closed_at = $1 WHERE id = $2 AND status = 'open'",
    )
    .bind(db::now())
    .bind(id)
    .execute(&mut *conn)
    .await?
    .rows_affected();
    if changed == 0 {
        return Ok(false);
    }
    // Half-done answers go with the round.
    sqlx::query("UPDATE survey_recipients SET draft = '' WHERE round_id = $1")
        .bind(id)
        .execute(&mut *conn)
        .await?;
    audit::record(
        conn,
        actor,
        Entry::new(Action::End, Record::Round, id)
            .admin(Some(round.administration_id))
            .summary(round.title),
    )
    .await?;
    Ok(true)
}

/// Adds a local question to an open round (the city's questions stay as they are).
pub async fn add_question(
    conn: &mut AnyConnection,
    actor: &Actor,
    round: SurveyRoundId,
    input: &SurveyQuestionInput,
) -> Result<SurveyQuestionId> {
    let cat = i18n::sv();
    let r = get_round(conn, round).await?;
    if !r.is_open() {
        return Err(Error::Conflict(cat.t("survey.round_closed").into()));
    }
    let mut c = varn_house::kernel::check::Checker::default();
    let text = c.check(
        cat.t("survey.field.question"),
        varn_house::kernel::check::required_text(&input.text, MAX_QUESTION_TEXT),
    );
    let options: Vec<String> = input
        .options
        .iter()
        .flat_map(|o| o.lines())
        .map(str::trim)
        .filter(|o| !o.is_empty())
        .map(String::from)
        .collect();
    if input.kind.has_options() && !(2..=20).contains(&options.len()) {
        c.fail(cat.t("survey.field.options"), cat.t("survey.bad_options"));
    }
    if options.iter().any(|o| o.chars().count() > 200) {
        c.fail(cat.t("survey.field.options"), cat.t("validation.too_long"));
    }
    c.finish()?;
    let text = text.unwrap_or_default();
    db::serialise(conn, &format!("survey_questions:{}", round.get())).await?;
    let position: i64 = sqlx::query_scalar(
        "SELECT COALESCE(MAX(position), 0) + 1 FROM survey_questions WHERE round_id = $1",
    )
    .bind(round)
    .fetch_one(&mut *conn)
    .await?;
    let options = if input.kind.has_options() {
        options.join("\n")
    } else {
        String::new()
    };
    let id: SurveyQuestionId = sqlx::query_scalar(
        "INSERT INTO survey_questions (round_id, position, key, part, kind, text, options, required) \
         VALUES ($1, $2, $3, 'local', $4, $5, $6, $7) RETURNING id",
    )
    .bind(round)
    .bind(position)
    .bind(format!("local_{position}"))
    .bind(input.kind.as_str())
    .bind(&text)
    .bind(&options)
    .bind(i64::from(input.required))
    .fetch_one(&mut *conn)
    .await?;
    audit::record(
        conn,
        actor,
        Entry::new(Action::Create, Record::Question, id)
            .admin(Some(r.administration_id))
            .summary(text),
    )
    .await?;
    Ok(id)
}

/// The response rates of a round: overall, per kind of recipient, per department.
pub async fn rates(conn: &mut AnyConnection, round: SurveyRoundId) -> Result<SurveyRates> {
    let rows = sqlx::query(
        "SELECT r.kind, COALESCE(d.name, '') AS department, COUNT(*) AS asked, \
         CAST(SUM(r.answered) AS BIGINT) AS answered FROM survey_recipients r \
         LEFT JOIN departments d ON d.id = r.department_id WHERE r.round_id = $1 \
         GROUP BY r.kind, d.name ORDER BY r.kind, d.name",
    )
    .bind(round)
    .fetch_all(&mut *conn)
    .await?;
    let mut by_kind: BTreeMap<SurveyRecipientKind, (i64, i64)> = BTreeMap::new();
    let mut by_department = Vec::new();
    let (mut asked, mut answered) = (0, 0);
    for r in rows {
        let kind: String = r.try_get("kind")?;
        let kind = SurveyRecipientKind::parse(&kind).unwrap_or(SurveyRecipientKind::Partner);
        let a: i64 = r.try_get("asked")?;
        let n: i64 = r.try_get::<Option<i64>, _>("answered")?.unwrap_or(0);
        let e = by_kind.entry(kind).or_default();
        e.0 += a;
        e.1 += n;
        asked += a;
        answered += n;
        let department: String = r.try_get("department")?;
        if !department.is_empty() {
            by_department.push(SurveyRate::new(department, a, n));
        }
    }
    Ok(SurveyRates {
        overall: SurveyRate::new(i18n::sv().t("survey.rate_overall").into(), asked, answered),
        by_kind: by_kind
            .into_iter()
            .map(|(k, (a, n))| SurveyRate::new(k.label().into(), a, n))
            .collect(),
        by_department,
    })
}

/// A recipient found by the token of their link.
#[derive(Debug, Clone)]
pub struct Recipient {
    pub id: SurveyRecipientId,
    pub round_id: SurveyRoundId,
    pub kind: SurveyRecipientKind,
    pub unit_id: Option<UnitId>,
    pub department_id: Option<DepartmentId>,
    pub draft: String,
    pub answered: bool,
}

pub async fn recipient_by_token(
    conn: &mut AnyConnection,
    token: &str,
) -> Result<Option<Recipient>> {
    let row = sqlx::query(
        "SELECT id, round_id, kind, unit_id, department_id, draft, answered FROM survey_recipients \
         WHERE token_hash = $1 OR reminder_token_hash = $1",
    )
    .bind(varn_house::auth::session::hash_token(token))
    .fetch_optional(&mut *conn)
    .await?;
    let Some(r) = row else { return Ok(None) };
    let kind: String = r.try_get("kind")?;
    Ok(Some(Recipient {
        id: r.try_get("id")?,
        round_id: r.try_get("round_id")?,
        kind: SurveyRecipientKind::parse(&kind).unwrap_or(SurveyRecipientKind::Partner),
        unit_id: r.try_get("unit_id")?,
        department_id: r.try_get("department_id")?,
        draft: r.try_get("draft")?,
        answered: r.try_get::<i64, _>("answered")? != 0,
    }))
}

/// Keeps half-done answers with the recipient until they send or the round closes.
pub async fn save_draft(
    conn: &mut AnyConnection,
    recipient: SurveyRecipientId,
    draft: &str,
) -> Result<()> {
    sqlx::query("UPDATE survey_recipients SET draft = $1 WHERE id = $2 AND answered = 0")
        .bind(draft)
        .bind(recipient)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Stores an answer apart from its recipient, and marks the recipient as having answered.
/// A second answer through the same link changes nothing (a conflict).
pub async fn submit(
    conn: &mut AnyConnection,
    recipient: &Recipient,
    values: &BTreeMap<SurveyQuestionId, Value>,
) -> Result<()> {
    let marked = sqlx::query(
        "UPDATE survey_recipients SET answered = 1, draft = '' WHERE id = $1 AND answered = 0",
    )
    .bind(recipient.id)
    .execute(&mut *conn)
    .await?
    .rows_affected();
    if marked != 1 {
        return Err(Error::Conflict(i18n::sv().t("survey.link_dead").into()));
    }
    // Partners' answers say only the kind; units' answers say the unit.
    let (unit, department) = match recipient.kind {
        SurveyRecipientKind::Partner => (None, None),
        _ => (recipient.unit_id, recipient.department_id),
    };
    let response =
        insert_response(conn, recipient.round_id, recipient.kind, unit, department).await?;
    for (question, value) in values {
        match value {
            Value::Number(v) => insert_answer(conn, response, *question, Some(*v), None).await?,
            Value::Options(vs) => {
                for v in vs {
                    insert_answer(conn, response, *question, Some(*v), None).await?;
                }
            }
            Value::Text(t) => {
                if !t.is_empty() {
                    insert_answer(conn, response, *question, None, Some(t.as_str())).await?;
                }
            }
        }
    }
    Ok(())
}

/// Inserts a response under a random id (tried again on the rare clash).
async fn insert_response(
    conn: &mut AnyConnection,
    round: SurveyRoundId,
    kind: SurveyRecipientKind,
    unit: Option<UnitId>,
    department: Option<DepartmentId>,
) -> Result<SurveyResponseId> {
    use rand::Rng;
    for _ in 0..5 {
        let id = SurveyResponseId::new(rand::thread_rng().gen_range(1..(1i64 << 52)));
        let taken: Option<SurveyResponseId> =
            sqlx::query_scalar("SELECT id FROM survey_responses WHERE id = $1")
                .bind(id)
                .fetch_optional(&mut *conn)
                .await?;
        if taken.is_some() {
            continue;
        }
        sqlx::query(
            "INSERT INTO survey_responses (id, round_id, kind, unit_id, department_id) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(id)
        .bind(round)
        .bind(kind.as_str())
        .bind(unit)
        .bind(department)
        .execute(&mut *conn)
        .await?;
        return Ok(id);
    }
    Err(Error::Internal(anyhow::anyhow!("no free response id")))
}

async fn insert_answer(
    conn: &mut AnyConnection,
    response: SurveyResponseId,
    question: SurveyQuestionId,
    value: Option<i64>,
    text: Option<&str>,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO survey_answers (response_id, question_id, value, text) VALUES ($1, $2, $3, $4)",
    )
    .bind(response)
    .bind(question)
    .bind(value)
    .bind(text)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// One stored answer with what the results group it by.
#[derive(Debug, Clone)]
pub struct AnswerRow {
    pub response: SurveyResponseId,
    pub kind: SurveyRecipientKind,
    pub department: Option<String>,
    pub question: SurveyQuestionId,
    pub value: Option<i64>,
    pub text: Option<String>,
}

/// Every answer of a round, and the responses (their kind and department).
pub async fn answers(
    conn: &mut AnyConnection,
    round: SurveyRoundId,
) -> Result<(
    Vec<AnswerRow>,
    Vec<(SurveyResponseId, SurveyRecipientKind, Option<String>)>,
)> {
    let responses = sqlx::query(
        "SELECT s.id, s.kind, d.name AS department FROM survey_responses s \
         LEFT JOIN departments d ON d.id = s.department_id WHERE s.round_id = $1 ORDER BY s.id",
    )
    .bind(round)
    .fetch_all(&mut *conn)
    .await?
    .iter()
    .map(|r| {
        let kind: String = r.try_get("kind")?;
        Ok((
            r.try_get("id")?,
            SurveyRecipientKind::parse(&kind).unwrap_or(SurveyRecipientKind::Partner),
            r.try_get("department")?,
        ))
    })
    .collect::<Result<Vec<_>>>()?;
    let rows = sqlx::query(
        "SELECT a.response_id, s.kind, d.name AS department, a.question_id, a.value, a.text \
         FROM survey_answers a JOIN survey_responses s ON s.id = a.response_id \
         LEFT JOIN departments d ON d.id = s.department_id WHERE s.round_id = $1 ORDER BY a.id",
    )
    .bind(round)
    .fetch_all(&mut *conn)
    .await?
    .iter()
    .map(|r| {
        let kind: String = r.try_get("kind")?;
        Ok(AnswerRow {
            response: r.try_get("response_id")?,
            kind: SurveyRecipientKind::parse(&kind).unwrap_or(SurveyRecipientKind::Partner),
            department: r.try_get("department")?,
            question: r.try_get("question_id")?,
            value: r.try_get("value")?,
            text: r.try_get("text")?,
        })
    })
    .collect::<Result<Vec<_>>>()?;
    Ok((rows, responses))
}

/// The administration's round before this one (opened earlier), if any.
pub async fn previous_round(
    conn: &mut AnyConnection,
    round: &SurveyRound,
) -> Result<Option<SurveyRoundId>> {
    Ok(sqlx::query_scalar(
        "SELECT id FROM survey_rounds WHERE administration_id = $1 AND id <> $2 \
         AND (created_at < $3 OR (created_at = $3 AND id < $2)) ORDER BY created_at DESC, id DESC LIMIT 1",
    )
    .bind(round.administration_id)
    .bind(round.id)
    .bind(&round.created_at)
    .fetch_optional(&mut *conn)
    .await?)
}

/// The recipients who have not answered a round and have an address, for reminders: each
/// with a new link for the reminder (the first link keeps working).
pub async fn remind_links(
    conn: &mut AnyConnection,
    round: SurveyRoundId,
) -> Result<Vec<(String, String)>> {
    let rows = sqlx::query(
        "SELECT id, email FROM survey_recipients WHERE round_id = $1 AND answered = 0 AND email <> '' ORDER BY id",
    )
    .bind(round)
    .fetch_all(&mut *conn)
    .await?;
    let mut out = Vec::new();
    for r in rows {
        let token = varn_house::auth::session::random_token();
        sqlx::query(
            "UPDATE survey_recipients SET reminder_token_hash = $1, reminders = reminders + 1 WHERE id = $2",
        )
        .bind(varn_house::auth::session::hash_token(&token))
        .bind(r.try_get::<SurveyRecipientId, _>("id")?)
        .execute(&mut *conn)
        .await?;
        out.push((r.try_get("email")?, token));
    }
    Ok(out)
}

/// A new version of the city's template: the questions' texts as edited (their kind and
/// options stay, so that rounds stay comparable), and new questions added at the end.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
pub struct SurveyTemplateInput {
    /// New texts of the current questions, by key; a key left out keeps its text.
    #[serde(default)]
    pub texts: BTreeMap<String, String>,
    /// Questions added to the city's template.
    #[serde(default)]
    pub add: Vec<SurveyQuestionInput>,
}

/// Publishes a new version of the template; rounds already opened keep theirs.
pub async fn publish_template(
    conn: &mut AnyConnection,
    actor: &Actor,
    input: &SurveyTemplateInput,
) -> Result<SurveyTemplate> {
    let cat = i18n::sv();
    db::serialise(conn, "survey_templates").await?;
    let current = current_template(conn).await?;
    let mut c = varn_house::kernel::check::Checker::default();
    for key in input.texts.keys() {
        if !current.questions.iter().any(|q| &q.key == key) {
            c.fail(
                cat.t("survey.field.question"),
                cat.t("survey.unknown_question"),
            );
        }
    }
    let mut rows: Vec<(String, String, SurveyQuestionKind, String, String, bool)> = Vec::new();
    for q in &current.questions {
        let text = input.texts.get(&q.key).unwrap_or(&q.text);
        if let Some(text) = c.check(
            &q.name(rows.len() + 1),
            varn_house::kernel::check::required_text(text, MAX_QUESTION_TEXT),
        ) {
            rows.push((
                q.key.clone(),
                q.part.clone(),
                q.kind,
                text,
                q.options.join("\n"),
                q.required,
            ));
        }
    }
    for (i, a) in input.add.iter().enumerate() {
        let field = cat.f("survey.new_question", &[("number", &(i + 1).to_string())]);
        let text = c.check(
            &field,
            varn_house::kernel::check::required_text(&a.text, MAX_QUESTION_TEXT),
        );
        let options: Vec<String> = a
            .options
            .iter()
            .flat_map(|o| o.lines())
            .map(str::trim)
            .filter(|o| !o.is_empty())
            .map(String::from)
            .collect();
        if a.kind.has_options() && !(2..=20).contains(&options.len()) {
            c.fail(&field, cat.t("survey.bad_options"));
        }
        if let Some(text) = text {
            let key = format!("city_v{}_{}", current.version + 1, i + 1);
            let options = if a.kind.has_options() {
                options.join("\n")
            } else {
                String::new()
            };
            rows.push((key, "knowledge".into(), a.kind, text, options, a.required));
        }
    }
    c.finish()?;
    let unchanged = input.add.is_empty()
        && current
            .questions
            .iter()
            .zip(&rows)
            .all(|(q, r)| q.text == r.3);
    if unchanged {
        return Err(Error::Conflict(cat.t("survey.template_unchanged").into()));
    }
    let version = current.version + 1;
    let id: SurveyTemplateId = sqlx::query_scalar(
        "INSERT INTO survey_templates (version, created_at, created_by) VALUES ($1, $2, $3) RETURNING id",
    )
    .bind(version)
    .bind(db::now())
    .bind(&actor.label)
    .fetch_one(&mut *conn)
    .await?;
    for (position, (key, part, kind, text, options, required)) in rows.iter().enumerate() {
        sqlx::query(
            "INSERT INTO survey_questions (template_id, position, key, part, kind, text, options, required) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(id)
        .bind(position as i64 + 1)
        .bind(key)
        .bind(part)
        .bind(kind.as_str())
        .bind(text)
        .bind(options)
        .bind(i64::from(*required))
        .execute(&mut *conn)
        .await?;
    }
    audit::record(
        conn,
        actor,
        Entry::new(Action::Publish, Record::Template, id).summary(cat.f(
            "survey.audit_template",
            &[("version", &version.to_string())],
        )),
    )
    .await?;
    current_template(conn).await
}

/// Records that the form with `key` opened `round`; false when the key opened a round
/// before (the caller then rolls its round back). On PostgreSQL a second transaction with
/// the same key waits for the first and then finds the key taken.
pub async fn claim_form_key(
    conn: &mut AnyConnection,
    key: &str,
    round: SurveyRoundId,
) -> Result<bool> {
    let done = sqlx::query(
        "INSERT INTO survey_round_forms (form_key, round_id) VALUES ($1, $2) ON CONFLICT (form_key) DO NOTHING",
    )
    .bind(key)
    .bind(round)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// The round the form with `key` opened, if any.
pub async fn round_of_form_key(
    conn: &mut AnyConnection,
    key: &str,
) -> Result<Option<SurveyRoundId>> {
    Ok(
        sqlx::query_scalar("SELECT round_id FROM survey_round_forms WHERE form_key = $1")
            .bind(key)
            .fetch_optional(conn)
            .await?,
    )
}
