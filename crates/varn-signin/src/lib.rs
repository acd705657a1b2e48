//! Signing in with a password or through the municipality's identity provider, and signing
//! out (the pages); the sessions and the OpenID Connect client are `auth`'s.

pub mod oidc;
pub mod pages;

/// This capability's routes, each with its access rule.
pub fn routes(t: varn_house::web::routes::RouteTable) -> varn_house::web::routes::RouteTable {
    #[allow(unused_imports)]
    use varn_house::web::access::Rule::{Any, In, Public, SignedIn};
    t.get("/logga-in", Public, pages::sign_in_form)
        .post("/logga-in", Public, pages::sign_in)
        .post("/logga-ut", SignedIn, pages::sign_out)
        .get("/logga-in/oidc", Public, oidc::begin)
        .get(varn_house::auth::oidc::CALLBACK_PATH, Public, oidc::finish)
}

/// This capability's part of the API document.
#[derive(utoipa::OpenApi)]
#[openapi(paths())]
pub struct Api;

/// What this capability gives the app.
pub const CAPABILITY: varn_house::web::capability::Capability =
    varn_house::web::capability::Capability {
        name: "signin",
        tables: &[],
        routes,
        api: Some(<Api as utoipa::OpenApi>::openapi),
        records: <varn_house::auth::Record as varn_house::audit::RecordKind>::codes,
        nav: &[],
        demo: None,
        work: None,
        measures: None,
        plan_of_year: None,
        picture: None,
        city: None,
        retention: &[],
        import_rows: &[],
        tick: None,
    };
