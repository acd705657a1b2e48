//! A readable difference between two versions of a plan: the head, the sections and the
//! activities (matched through the revision that carried them over, else by their text).
//! Pure: built from two stored plans.

use serde::Serialize;

use crate::domain::Carry;
use crate::store::{Activity, Plan};
use varn_house::i18n;

/// One changed value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct FieldChange {
    pub field: String,
    pub before: String,
    pub after: String,
}

/// An activity present in both versions, with what changed in it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct ChangedActivity {
    pub text: String,
    pub changes: Vec<FieldChange>,
}

/// The differences from `before` to `after`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Diff {
    pub head: Vec<FieldChange>,
    pub sections: Vec<FieldChange>,
    pub added: Vec<String>,
    pub removed: Vec<String>,
    pub changed: Vec<ChangedActivity>,
}

impl Diff {
    pub fn is_empty(&self) -> bool {
        self.head.is_empty()
            && self.sections.is_empty()
            && self.added.is_empty()
            && self.removed.is_empty()
            && self.changed.is_empty()
    }
}

fn push(out: &mut Vec<FieldChange>, field: &str, before: &str, after: &str) {
    if before != after {
        out.push(FieldChange {
            field: field.to_string(),
            before: before.to_string(),
            after: after.to_string(),
        });
    }
}

fn activity_changes(a: &Activity, b: &Activity) -> Vec<FieldChange> {
    let cat = i18n::sv();
    let mut out = Vec::new();
    push(
        &mut out,
        cat.t("plans.area_label"),
        a.area.label(),
        b.area.label(),
    );
    push(&mut out, cat.t("plans.col_activity"), &a.text, &b.text);
    push(
        &mut out,
        cat.t("plans.col_responsible"),
        &a.responsible,
        &b.responsible,
    );
    push(&mut out, cat.t("plans.person_label"), &a.person, &b.person);
    push(
        &mut out,
        cat.t("plans.other_actors_label"),
        &a.other_actors,
        &b.other_actors,
    );
    push(
        &mut out,
        cat.t("plans.col_schedule"),
        &a.schedule.text,
        &b.schedule.text,
    );
    push(
        &mut out,
        cat.t("plans.col_follow_up"),
        &a.follow_up.display(),
        &b.follow_up.display(),
    );
    if b.carry == Carry::Ended && a.carry != Carry::Ended {
        push(&mut out, cat.t("plans.col_carry"), "", b.carry.label());
    }
    out
}

/// Compares two versions of a plan.
pub fn diff(before: &Plan, after: &Plan) -> Diff {
    let cat = i18n::sv();
    let mut d = Diff::default();
    push(
        &mut d.head,
        cat.t("plans.title_label"),
        &before.title,
        &after.title,
    );
    push(
        &mut d.head,
        cat.t("plans.col_period"),
        &before.period(),
        &after.period(),
    );
    push(&mut d.head, cat.t("plans.col_dnr"), &before.dnr, &after.dnr);
    push(
        &mut d.head,
        cat.t("plans.city_goal_label"),
        &before.city_goal,
        &after.city_goal,
    );
    for s in &after.sections {
        let old = before
            .sections
            .iter()
            .find(|o| o.key == s.key)
            .map(|o| o.body.as_str())
            .unwrap_or("");
        push(&mut d.sections, &s.title, old, &s.body);
    }
    let mut matched = vec![false; before.activities.len()];
    for b in &after.activities {
        let found = before
            .activities
            .iter()
            .position(|a| b.carried_from == Some(a.id))
            .or_else(|| {
                before
                    .activities
                    .iter()
                    .enumerate()
                    .position(|(i, a)| !matched[i] && a.text == b.text)
            });
        match found {
            Some(i) => {
                matched[i] = true;
                let changes = activity_changes(&before.activities[i], b);
                if !changes.is_empty() {
                    d.changed.push(ChangedActivity {
                        text: b.text.clone(),
                        changes,
                    });
                }
            }
            None => d.added.push(b.text.clone()),
        }
    }
    for (i, a) in before.activities.iter().enumerate() {
        if !matched[i] {
            d.removed.push(a.text.clone());
        }
    }
    d
}
