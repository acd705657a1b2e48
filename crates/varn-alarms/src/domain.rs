//! The values and pure rules of alarm chains: the roles a step can name, a step's checks
//! (a step without a way to reach it is no step), when each step of an activated chain
//! falls due (each after the waits of the steps before it, counted from the activation),
//! and when the whole chain has run out without an acknowledgement. Pure: no I/O.

use chrono::{Duration, NaiveDateTime};
use serde::{Deserialize, Serialize};

use varn_house::i18n;
use varn_house::kernel::check::{is_email, optional_text, Checker};

use varn_house::code_enum;

varn_house::id!(
    /// An alarm chain (`alarm_chains`).
    pub struct AlarmChainId
);
varn_house::id!(
    /// A version of an alarm chain (`alarm_chain_versions`).
    pub struct AlarmChainVersionId
);
varn_house::id!(
    /// An activation of a chain for an event (`alarm_events`).
    pub struct AlarmEventId
);
varn_house::id!(
    /// A step's notification of an event (`alarm_notifications`).
    pub struct AlarmNotificationId
);
varn_house::id!(
    /// A line of an event's timeline (`alarm_timeline`).
    pub struct AlarmEntryId
);

code_enum!("alarms";
    /// Who a step reaches.
    StepRole, "AlarmsStepRole", "role" {
        SocialEmergency = "social_emergency",
        OfficialOnDuty = "official_on_duty",
        Coordinator = "coordinator",
        CentralCoordinator = "central_coordinator",
        Communications = "communications",
        HeadOfAdministration = "head_of_administration",
        Other = "other",
    }
);
code_enum!("alarms";
    /// What a line of an event's timeline says happened.
    EntryKind, "AlarmsEntryKind", "entry" {
        Activated = "activated",
        Step = "step",
        Delivered = "delivered",
        NotDelivered = "not_delivered",
        Acknowledged = "acknowledged",
        Note = "note",
        Exhausted = "exhausted",
        Closed = "closed",
    }
);

/// The most steps a chain may have.
pub const MAX_STEPS: usize = 10;
/// The longest wait of a step, in minutes (a day).
pub const MAX_WAIT: i64 = 24 * 60;

/// A step as checked: its place in the chain (from 1), the role and how to reach it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct AlarmsStep {
    pub position: i64,
    pub role: StepRole,
    /// Where the alarm is sent.
    pub email: String,
    pub phone: String,
    /// The contact card: the function and how it is reached (no one's private details).
    pub contact: String,
    /// Minutes to wait for an acknowledgement before the chain moves on.
    pub wait_minutes: i64,
}

/// A step as a form or the API gives it.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
pub struct AlarmsStepInput {
    /// social_emergency, official_on_duty, coordinator, central_coordinator,
    /// communications, head_of_administration or other
    #[serde(default)]
    pub role: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub phone: String,
    #[serde(default)]
    pub contact: String,
    /// Minutes, as a number or text ("15").
    #[serde(default)]
    pub wait_minutes: String,
}

impl AlarmsStepInput {
    /// True when nothing at all was typed in the row (a form's spare rows).
    pub fn is_blank(&self) -> bool {
        self.role.trim().is_empty()
            && self.email.trim().is_empty()
            && self.phone.trim().is_empty()
            && self.contact.trim().is_empty()
            && self.wait_minutes.trim().is_empty()
    }
}

/// The Swedish name of field `key` of step `n`: "Steg 2: E-post".
pub fn step_field(n: usize, key: &str) -> String {
    let cat = i18n::sv();
    cat.f(
        "alarms.step_field",
        &[
            ("n", &n.to_string()),
            ("field", cat.t(&format!("alarms.field.{key}"))),
        ],
    )
}

/// Checks the steps of a chain (blank rows already left out): at least one, at most
/// [`MAX_STEPS`], each with a role, an e-mail address to send the alarm to, a phone of
/// digits, and a wait of 1 to [`MAX_WAIT`] minutes. The contact text is checked by the
/// caller (it passes the PII guard). Problems name the step and the field.
pub fn check_steps(c: &mut Checker, inputs: &[AlarmsStepInput]) -> Vec<AlarmsStep> {
    let cat = i18n::sv();
    if inputs.is_empty() {
        c.fail(cat.t("alarms.field.steps"), cat.t("alarms.no_steps"));
        return vec![];
    }
    if inputs.len() > MAX_STEPS {
        c.fail(
            cat.t("alarms.field.steps"),
            cat.f("alarms.too_many_steps", &[("max", &MAX_STEPS.to_string())]),
        );
        return vec![];
    }
    let mut out = Vec::new();
    for (i, s) in inputs.iter().enumerate() {
        let n = i + 1;
        let role = c.check(
            &step_field(n, "role"),
            StepRole::parse(&s.role).ok_or(cat.t("alarms.bad_choice")),
        );
        let email = s.email.trim();
        let email = if email.is_empty() {
            c.fail(&step_field(n, "email"), cat.t("alarms.no_contact"));
            None
        } else if email.chars().count() > 200 || !is_email(email) {
            c.fail(&step_field(n, "email"), cat.t("validation.email"));
            None
        } else {
            Some(email.to_string())
        };
        let phone = c.check(
            &step_field(n, "phone"),
            optional_text(&s.phone, 40).and_then(|p| {
                if p.chars()
                    .all(|ch| ch.is_ascii_digit() || " +-()".contains(ch))
                {
                    Ok(p)
                } else {
                    Err(cat.t("validation.phone"))
                }
            }),
        );
        let wait = c.check(
            &step_field(n, "wait_minutes"),
            s.wait_minutes
                .trim()
                .parse::<i64>()
                .ok()
                .filter(|m| (1..=MAX_WAIT).contains(m))
                .ok_or_else(|| cat.f("alarms.bad_wait", &[("max", &MAX_WAIT.to_string())])),
        );
        if let (Some(role), Some(email), Some(phone), Some(wait_minutes)) =
            (role, email, phone, wait)
        {
            out.push(AlarmsStep {
                position: n as i64,
                role,
                email,
                phone,
                contact: s.contact.trim().to_string(),
                wait_minutes,
            });
        }
    }
    out
}

/// When step `position` (from 1) of a chain with these waits falls due, for a chain
/// activated at `started`: the activation for the first, then after each wait before it.
pub fn due_at(waits: &[i64], started: NaiveDateTime, position: usize) -> NaiveDateTime {
    let before: i64 = waits.iter().take(position.saturating_sub(1)).sum();
    started + Duration::minutes(before)
}

/// The steps (positions from 1, with when each fell due) that are due at `now` for a chain
/// with these waits activated at `started` and not acknowledged.
pub fn due_steps(
    waits: &[i64],
    started: NaiveDateTime,
    now: NaiveDateTime,
) -> Vec<(usize, NaiveDateTime)> {
    (1..=waits.len())
        .map(|p| (p, due_at(waits, started, p)))
        .filter(|(_, due)| *due <= now)
        .collect()
}

/// When the last step's wait runs out (nobody acknowledged the whole chain).
pub fn runs_out_at(waits: &[i64], started: NaiveDateTime) -> NaiveDateTime {
    started + Duration::minutes(waits.iter().sum())
}

/// A time as stored (UTC, `YYYY-MM-DDTHH:MM:SSZ`).
pub fn stored(t: NaiveDateTime) -> String {
    t.format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M").expect("time")
    }

    #[test]
    fn each_step_falls_due_after_the_waits_before_it() {
        let waits = [10, 15, 30];
        let start = t("2026-03-02T10:00");
        assert_eq!(due_steps(&waits, start, start), vec![(1, start)]);
        assert_eq!(due_steps(&waits, start, t("2026-03-02T10:09")).len(), 1);
        assert_eq!(
            due_steps(&waits, start, t("2026-03-02T10:10")),
            vec![(1, start), (2, t("2026-03-02T10:10"))]
        );
        assert_eq!(
            due_steps(&waits, start, t("2026-03-02T10:25"))
                .last()
                .copied(),
            Some((3, t("2026-03-02T10:25")))
        );
        assert!(due_steps(&waits, start, t("2026-03-02T09:59")).is_empty());
        assert_eq!(runs_out_at(&waits, start), t("2026-03-02T10:55"));
    }

    fn step(email: &str, wait: &str) -> AlarmsStepInput {
        AlarmsStepInput {
            role: "official_on_duty".into(),
            email: email.into(),
            wait_minutes: wait.into(),
            ..Default::default()
        }
    }

    #[test]
    fn a_chain_needs_steps_and_each_step_a_contact() {
        let mut c = Checker::default();
        assert!(check_steps(&mut c, &[]).is_empty());
        assert_eq!(c.problems.len(), 1);
        assert_eq!(c.problems[0].field, "Steg");

        let mut c = Checker::default();
        let steps = check_steps(&mut c, &[step("tib@stad.example", "15"), step("", "10")]);
        assert_eq!(steps.len(), 1);
        assert_eq!(c.problems.len(), 1);
        assert_eq!(c.problems[0].field, "Steg 2: E-post");

        let mut c = Checker::default();
        check_steps(&mut c, &[step("tib@stad.example", "0")]);
        assert_eq!(c.problems[0].field, "Steg 1: Väntetid (minuter)");
        assert!(AlarmsStepInput::default().is_blank());
        assert!(!step("", "").is_blank());
    }
}
