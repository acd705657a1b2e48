//! Acknowledging through a step's personal link, without an account: the event's chain,
//! time and description with the step the link was sent to, and a button with an optional
//! note. A link that never existed answers as not found; one of a closed event says that
//! the event is closed and can no longer be acknowledged.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;

use crate::service::{self, AlarmsLinkView, AlarmsTextInput};
use varn_house::i18n::{self, Catalog};
use varn_house::kernel::error::Error;
use varn_house::kernel::time::swedish;
use varn_house::web::error::PageError;
use varn_house::web::{render_status, AppState, ClientAddr, FormFields, Path, Shell};

#[derive(Template)]
#[template(path = "alarms/link.html")]
struct LinkPage {
    i: &'static Catalog,
    shell: Shell,
    view: AlarmsLinkView,
    started: String,
    action: String,
    done: bool,
    problems: Vec<String>,
    note: String,
}

fn shell(title: String) -> Shell {
    Shell::new(varn_house::web::access::current().as_ref(), title, "")
}

fn page(
    view: AlarmsLinkView,
    token: &str,
    status: StatusCode,
    done: bool,
    problems: Vec<String>,
    note: String,
) -> Response {
    let cat = i18n::sv();
    let title = cat.f(
        "alarms.link_title",
        &[
            ("chain", &view.event.chain_name),
            ("n", &view.step.position.to_string()),
        ],
    );
    render_status(
        status,
        &LinkPage {
            i: cat,
            shell: shell(title),
            started: swedish(&view.event.started_at),
            action: format!("/larm/kvittera/{token}"),
            done,
            problems,
            note,
            view,
        },
    )
}

/// A link that takes no acknowledgement: closed, unknown, or too many guesses.
fn refused(e: Error) -> Result<Response, PageError> {
    let cat = i18n::sv();
    match e {
        Error::NotFound => Ok(varn_house::web::error_page(
            StatusCode::NOT_FOUND,
            cat.t("alarms.link_dead_title"),
            cat.t("alarms.link_unknown"),
            vec![],
            None,
        )),
        e @ (Error::Invalid(_) | Error::Conflict(_)) => Ok(varn_house::web::error_page(
            StatusCode::CONFLICT,
            cat.t("alarms.link_dead_title"),
            cat.t("alarms.link_closed"),
            e.sentences(),
            None,
        )),
        e => Err(e.into()),
    }
}

/// `GET /larm/kvittera/{token}`
pub async fn form(
    State(state): State<AppState>,
    ClientAddr(client): ClientAddr,
    Path(token): Path<String>,
) -> Result<Response, PageError> {
    match service::read_link(&state, &token, &client).await {
        Ok(view) => Ok(page(
            view,
            &token,
            StatusCode::OK,
            false,
            vec![],
            String::new(),
        )),
        Err(e) => refused(e),
    }
}

/// `POST /larm/kvittera/{token}`
pub async fn send(
    State(state): State<AppState>,
    ClientAddr(client): ClientAddr,
    Path(token): Path<String>,
    form: FormFields,
) -> Result<Response, PageError> {
    let input = AlarmsTextInput {
        text: form.get("text").into(),
    };
    let now = chrono::Utc::now().naive_utc();
    match service::acknowledge_by_link(&state, &token, &client, &input, now).await {
        Ok(view) => Ok(page(
            view,
            &token,
            StatusCode::OK,
            true,
            vec![],
            String::new(),
        )),
        Err(Error::Invalid(problems)) => {
            // A note the guard stopped: the link still holds; show the form again.
            let sentences = Error::Invalid(problems.clone()).sentences();
            match service::link(&state, &token, &client).await {
                Ok(view) => Ok(page(
                    view,
                    &token,
                    StatusCode::UNPROCESSABLE_ENTITY,
                    false,
                    sentences,
                    input.text,
                )),
                Err(e) => refused(e),
            }
        }
        Err(e) => refused(e),
    }
}
