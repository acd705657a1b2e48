//! The page that shows the difference between two versions of a plan.

use askama::Template;
use axum::extract::State;

use axum::http::StatusCode;
use axum::response::Response;
use axum::Extension;
use serde::Deserialize;
use varn_house::web::{Path, Query};

use crate::diff::{diff, Diff};
use crate::domain::PlanId;
use crate::store::{self, Plan};
use varn_house::auth::Principal;
use varn_house::i18n::{self, Catalog};
use varn_house::kernel::error::Error;
use varn_house::web::error::PageError;
use varn_house::web::AppState;
use varn_house::web::{render_status, Shell};

#[derive(Template)]
#[template(path = "plans/diff.html")]
struct DiffPage {
    i: &'static Catalog,
    shell: Shell,
    before: Plan,
    after: Plan,
    diff: Diff,
}

/// Which version to compare with.
#[derive(Debug, Deserialize, Default)]
pub struct CompareQuery {
    /// The other plan's id; the previous version when absent.
    pub mot: Option<PlanId>,
}

/// `GET /planer/{plan}/skillnader`: from the other version (default: the previous) to this.
pub async fn show(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<PlanId>,
    Query(q): Query<CompareQuery>,
) -> Result<Response, PageError> {
    let cat = i18n::sv();
    let mut conn = state.db.pool().acquire().await?;
    let this = store::get_plan(&mut conn, id).await?;
    let other = q.mot.or(this.previous_id).ok_or(Error::NotFound)?;
    let other = store::get_plan(&mut conn, other).await?;
    // Only versions of the same administration's plan, which the route's rule already covers.
    if other.administration_id != this.administration_id {
        return Err(Error::NotFound.into());
    }
    let (before, after) = if other.period_start <= this.period_start {
        (other, this)
    } else {
        (this, other)
    };
    let page = DiffPage {
        i: cat,
        shell: Shell::new(Some(&p), cat.t("plans.diff_title"), "/planer"),
        diff: diff(&before, &after),
        before,
        after,
    };
    Ok(render_status(StatusCode::OK, &page))
}
