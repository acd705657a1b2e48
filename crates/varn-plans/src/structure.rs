//! The common structure's page: the sections with their guidance and the activity areas;
//! the central coordinator publishes a new version (plans keep the one they were written on).

use askama::Template;
use axum::extract::State;

use axum::http::StatusCode;
use axum::response::Response;
use axum::Extension;
use varn_house::web::Query;

use crate::domain::Area;
use crate::service;
use crate::store::{self, Template as PlanTemplate};
use varn_house::audit::Actor;
use varn_house::auth::Principal;
use varn_house::i18n::{self, Catalog};
use varn_house::web::error::PageError;
use varn_house::web::AppState;
use varn_house::web::{notice, render_status, see_other, FormFields, NoticeQuery, Shell};

#[derive(Template)]
#[template(path = "plans/template.html")]
struct TemplatePage {
    i: &'static Catalog,
    shell: Shell,
    template: PlanTemplate,
    version_text: String,
    areas: Vec<&'static str>,
    can_edit: bool,
    problems: Vec<String>,
}

/// `GET /planer/struktur`: the common structure.
pub async fn template(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, PageError> {
    template_page(&state, &p, StatusCode::OK, q.klart.as_deref(), vec![]).await
}

async fn template_page(
    state: &AppState,
    p: &Principal,
    status: StatusCode,
    done: Option<&str>,
    problems: Vec<String>,
) -> Result<Response, PageError> {
    let cat = i18n::sv();
    let mut conn = state.db.pool().acquire().await?;
    let template = store::current_template(&mut conn).await?;
    let page = TemplatePage {
        i: cat,
        shell: Shell::new(Some(p), cat.t("plans.template_title"), "/planer")
            .with_notice(notice(done)),
        version_text: cat.f(
            "plans.template_version_label",
            &[
                ("version", &template.version.to_string()),
                ("at", template.created_at.get(..10).unwrap_or("")),
            ],
        ),
        areas: Area::ALL.iter().map(|a| a.label()).collect(),
        template,
        can_edit: p.has_any(crate::perm::TEMPLATE),
        problems,
    };
    Ok(render_status(status, &page))
}

/// `POST /planer/struktur`: publishes a new version with the titles and guidance as edited.
pub async fn publish_template(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    form: FormFields,
) -> Result<Response, PageError> {
    let cat = i18n::sv();
    let keys = form.all("key");
    let titles = form.all("title");
    let guidance = form.all("guidance");
    let mut c = varn_house::kernel::check::Checker::default();
    let mut sections = Vec::new();
    if keys.is_empty() {
        c.fail(cat.t("plans.field.section"), cat.t("validation.required"));
    }
    for (i, key) in keys.iter().enumerate() {
        let title = titles.get(i).map(String::as_str).unwrap_or("");
        let title = c.check(
            cat.t("plans.template_section_title"),
            varn_house::kernel::check::required_text(title, 200),
        );
        if let Some(title) = title {
            sections.push(store::TemplateSection {
                key: key.clone(),
                title,
                guidance: guidance.get(i).cloned().unwrap_or_default(),
            });
        }
    }
    if let Err(e) = c.finish() {
        return template_page(
            &state,
            &p,
            varn_house::web::error::page_status(&e),
            None,
            e.sentences(),
        )
        .await;
    }
    service::publish_template(&state.db, &Actor::of(&p), &sections).await?;
    Ok(see_other("/planer/struktur?klart=sparat"))
}
