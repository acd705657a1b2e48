//! Building and serving the application: state, middleware and the listener.
//! Tests call [`App::build`] with a fresh database and serve it on port 0.

use std::sync::Arc;
use std::time::Duration;

use axum::extract::{DefaultBodyLimit, Request};
use axum::http::{header, HeaderName, HeaderValue};
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::Router;
use tokio::net::TcpListener;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::trace::TraceLayer;
use tracing::Instrument;

use crate::auth::ratelimit::SignInLimiter;
use crate::config::Config;
use crate::db::Db;
use crate::web::access;
use crate::web::capability::Capability;
use crate::web::routes::RouteTable;
use crate::web::AppState;

/// Every capability of Värn, in the order of the navigation's sections and of the demo.
pub const CAPABILITIES: &[Capability] = &[
    crate::home::CAPABILITY,
    crate::signin::CAPABILITY,
    crate::org::CAPABILITY,
    crate::people::CAPABILITY,
    crate::taxonomy::CAPABILITY,
    crate::routine::CAPABILITY,
    crate::reports::CAPABILITY,
    crate::situation::CAPABILITY,
    crate::plans::CAPABILITY,
    crate::survey::CAPABILITY,
    crate::training::CAPABILITY,
    crate::networks::CAPABILITY,
    crate::grants::CAPABILITY,
    crate::consultations::CAPABILITY,
    crate::riskpicture::CAPABILITY,
    crate::alarms::CAPABILITY,
    crate::citywide::CAPABILITY,
    crate::auditlog::CAPABILITY,
];

/// Every record type Värn purges (DOMAIN.md §13): the shared rooms' (the audit log, the
/// imports' records) and each capability's own (`Capability::retention`), in the order a
/// run takes them: the capabilities' rows first, then the imports that named them, then
/// the audit log.
pub fn purges() -> Vec<crate::web::capability::Purge> {
    let mut out: Vec<_> = CAPABILITIES
        .iter()
        .flat_map(|c| c.retention.iter().copied())
        .collect();
    let (audit, shared): (Vec<_>, Vec<_>) = crate::retention::SHARED
        .iter()
        .copied()
        .partition(|p| p.key == "audit_log");
    out.extend(shared);
    out.push(crate::web::capability::Purge {
        key: "imports",
        expired: imports_expired,
        delete: imports_delete,
    });
    out.extend(audit);
    out
}

/// Every capability's tables whose rows an import wrote (`Capability::import_rows`).
pub fn import_rows() -> Vec<&'static str> {
    CAPABILITIES
        .iter()
        .flat_map(|c| c.import_rows.iter().copied())
        .collect()
}

fn imports_expired<'a>(
    conn: &'a mut sqlx::AnyConnection,
    cutoff: &'a str,
) -> crate::web::capability::PurgeFuture<'a> {
    crate::retention::imports_expired(conn, cutoff, &import_rows())
}

fn imports_delete<'a>(
    conn: &'a mut sqlx::AnyConnection,
    cutoff: &'a str,
    limit: i64,
) -> crate::web::capability::PurgeFuture<'a> {
    crate::retention::imports_delete(conn, cutoff, limit, &import_rows())
}

/// How often `serve` purges what has expired.
pub const RETENTION_EVERY: Duration = Duration::from_secs(6 * 60 * 60);

/// The purge as scheduled work: `serve` runs it through `web::capability::run_tick` (under
/// the advisory lock `tick:retention`), at [`RETENTION_EVERY`], on the wall clock. One turn
/// deletes at most 100 batches, so a first purge of years of rows leaves the database to
/// others in between; the next turn goes on.
pub const RETENTION_TICK: crate::web::capability::Tick = crate::web::capability::Tick {
    every: RETENTION_EVERY,
    run: retention_tick,
};

fn retention_tick(
    cx: &crate::web::capability::TickContext,
) -> crate::web::capability::TickFuture<'_> {
    Box::pin(async move {
        let purged = crate::retention::run(
            &cx.db,
            &cx.config.retention,
            cx.now,
            &purges(),
            crate::retention::Limits {
                max_batches: Some(100),
                ..crate::retention::Limits::default()
            },
        )
        .await?;
        Ok(crate::web::capability::TickReport {
            lines: crate::retention::run_lines(&purged),
            failed: 0,
        })
    })
}

/// The routes of the shell (static files, the API document) and of every capability.
pub fn table(capabilities: &[Capability]) -> (axum::Router<AppState>, crate::web::access::Rules) {
    use crate::web::access::Rule::Public;
    let mut t = RouteTable::default()
        .get("/static/{file}", Public, crate::web::assets::serve)
        .get("/api/v1/openapi.json", Public, crate::openapi::document)
        .get("/readyz", Public, crate::web::ops::readyz)
        .get("/metrics", Public, crate::web::ops::metrics)
        .get("/tillganglighet", Public, crate::web::accessibility::page);
    for c in capabilities {
        t = (c.routes)(t);
    }
    t.finish()
}

/// A built application: its router and state.
#[derive(Debug)]
pub struct App {
    pub state: AppState,
    router: Router,
}

/// The id of one request, in its log span and on its error page.
#[derive(Debug, Clone)]
pub struct RequestId(pub String);

async fn request_id(mut req: Request, next: Next) -> Response {
    let id = crate::web::error::new_reference();
    req.extensions_mut().insert(RequestId(id.clone()));
    let span =
        tracing::info_span!("request", id = %id, method = %req.method(), path = %req.uri().path());
    next.run(req).instrument(span).await
}

/// A body refused for its size is not read to its end, so the connection cannot carry
/// another request. `Connection: close` makes the server close it and keeps the client from
/// pooling it; without it the server held the connection open and the client's next request
/// on it broke.
async fn close_after_refused_body(mut response: Response) -> Response {
    if response.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE {
        response
            .headers_mut()
            .insert(header::CONNECTION, HeaderValue::from_static("close"));
    }
    response
}

/// Connects, migrates and fills what every installation starts from (the taxonomy).
pub async fn prepare(url: &str) -> anyhow::Result<Db> {
    let db = Db::connect_and_migrate(url).await?;
    // Several processes may start at once on a fresh PostgreSQL database: one seeds, the
    // others wait for it and then find the taxonomy there.
    loop {
        match db
            .exclusive("prepare", crate::taxonomy::seed_if_empty(&db))
            .await?
        {
            Some(seeded) => break seeded?,
            None => tokio::time::sleep(std::time::Duration::from_millis(200)).await,
        }
    }
    Ok(db)
}

impl App {
    /// Connects to the configured database, migrates it and builds the router.
    pub async fn build(config: Config) -> anyhow::Result<App> {
        let db = prepare(config.database_url.expose()).await?;
        Ok(App::with_db(db, config))
    }

    /// Builds the router over an already migrated database.
    pub fn with_db(db: Db, config: Config) -> App {
        let (routes, rules) = table(CAPABILITIES);
        let state = AppState {
            limiter: Arc::new(SignInLimiter::for_db(
                &db,
                config.sign_in_attempts,
                Duration::from_secs(15 * 60),
            )),
            db,
            config: Arc::new(config),
            rules: Arc::new(rules),
            pii: crate::web::Pii::default(),
            caches: Arc::new(crate::auth::cache::Caches::default()),
            work: crate::web::Work::default(),
            imports: Arc::default(),
            capabilities: CAPABILITIES,
            metrics: Arc::default(),
            identity: Arc::new(crate::people::People),
        };
        let router = routes
            .route_layer(middleware::from_fn_with_state(state.clone(), access::check))
            .route_layer(middleware::from_fn_with_state(
                state.clone(),
                crate::web::ops::count,
            ))
            .fallback(crate::web::not_found)
            .layer(SetResponseHeaderLayer::overriding(
                header::X_CONTENT_TYPE_OPTIONS,
                HeaderValue::from_static("nosniff"),
            ))
            .layer(SetResponseHeaderLayer::overriding(
                header::X_FRAME_OPTIONS,
                HeaderValue::from_static("DENY"),
            ))
            .layer(SetResponseHeaderLayer::overriding(
                header::REFERRER_POLICY,
                HeaderValue::from_static("same-origin"),
            ))
            .layer(SetResponseHeaderLayer::if_not_present(
                header::CONTENT_SECURITY_POLICY,
                HeaderValue::from_static(
                    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'",
                ),
            ))
            .layer(SetResponseHeaderLayer::if_not_present(
                HeaderName::from_static("cache-control"),
                HeaderValue::from_static("no-store"),
            ))
            // Each route sets its own limit (`routes::body`); this is for the rest.
            .layer(DefaultBodyLimit::max(crate::web::routes::body::SMALL))
            .layer(middleware::map_response(close_after_refused_body))
            .layer(TraceLayer::new_for_http())
            .layer(middleware::from_fn(request_id))
            .with_state(state.clone());
        App { state, router }
    }

    /// The router, for `oneshot` tests.
    pub fn router(&self) -> Router {
        self.router.clone()
    }

    /// Serves until the process is told to stop.
    pub async fn serve(self, listener: TcpListener) -> anyhow::Result<()> {
        crate::org::teach_the_guard(&self.state).await;
        let db = self.state.db.clone();
        tokio::spawn(async move {
            loop {
                if let Err(err) = crate::auth::session::purge_expired(&db).await {
                    tracing::warn!(error = %format!("{err:#}"), "session purge failed");
                }
                tokio::time::sleep(Duration::from_secs(3600)).await;
            }
        });
        axum::serve(
            listener,
            self.router
                .into_make_service_with_connect_info::<std::net::SocketAddr>(),
        )
        .with_graceful_shutdown(shutdown())
        .await?;
        Ok(())
    }
}

async fn shutdown() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// The audit log names every kind of record a capability writes, in Swedish.
    #[test]
    fn every_kind_of_record_has_a_swedish_label() {
        let cat = crate::i18n::sv();
        let mut seen = std::collections::BTreeSet::new();
        for c in CAPABILITIES {
            for code in (c.records)() {
                assert!(cat.has(&format!("audit.type.{code}")), "{}: {code}", c.name);
                assert!(seen.insert(code), "two capabilities write {code}");
            }
        }
    }

    /// Every source file of the app's crates: its path as a folder of the one tree (a
    /// capability's crate `varn-plans/src/store.rs` is `plans/store.rs`, the house's
    /// `varn-house/src/kernel/ids.rs` is `kernel/ids.rs`) and its text with every path
    /// written from that tree (`varn_plans::store` and, inside plans, `crate::store` are
    /// both `crate::plans::store`; `varn_house::kernel` is `crate::kernel`).
    fn source_files() -> Vec<(String, String)> {
        let crates = std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/.."));
        let mut files = Vec::new();
        for entry in std::fs::read_dir(&crates).expect("crates").flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let folder = match name.as_str() {
                "varn" | "varn-house" => None,
                "varn-pii" | "varn-docs" => continue,
                n if n.starts_with("varn-") => Some(n["varn-".len()..].to_string()),
                _ => continue,
            };
            for (rel, text) in crate_files(&entry.path().join("src")) {
                let (rel, text) = match &folder {
                    None => (rel, text),
                    Some(f) => {
                        let rel = if rel == "lib.rs" {
                            "mod.rs".to_string()
                        } else {
                            rel
                        };
                        (
                            format!("{f}/{rel}"),
                            text.replace("crate::", &format!("crate::{f}::")),
                        )
                    }
                };
                files.push((rel, one_tree(&text)));
            }
        }
        files
    }

    /// A text's paths as from the one tree: `varn_house::x` is `crate::x`, `varn_plans::x`
    /// is `crate::plans::x`.
    fn one_tree(text: &str) -> String {
        let text = text.replace("varn_house::", "crate::");
        let mut out = String::with_capacity(text.len());
        let mut rest = text.as_str();
        while let Some(at) = rest.find("varn_") {
            let before_ident = at > 0 && {
                let c = rest.as_bytes()[at - 1];
                c.is_ascii_alphanumeric() || c == b'_'
            };
            out.push_str(&rest[..at]);
            if before_ident {
                out.push_str("varn_");
            } else {
                out.push_str("crate::");
            }
            rest = &rest[at + "varn_".len()..];
        }
        out.push_str(rest);
        out
    }

    /// The files under one crate's `src/`: each one's path under it and its text.
    pub(crate) fn crate_files(root: &std::path::Path) -> Vec<(String, String)> {
        let root = root.to_path_buf();
        let mut files = Vec::new();
        let mut stack = vec![root.clone()];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).expect("src").flatten() {
                let path = entry.path();
                if path.is_dir() {
                    stack.push(path);
                    continue;
                }
                let rel = path
                    .strip_prefix(&root)
                    .expect("under src")
                    .to_string_lossy()
                    .to_string();
                files.push((rel, std::fs::read_to_string(&path).expect("read")));
            }
        }
        files
    }

    /// The house's rules of import, read from the source: shared rooms never import a
    /// capability; no folder imports another in a circle; no capability reaches into
    /// another's store. (Test modules are left out: tests may reach anywhere.)
    /// Cargo keeps the first two for the crates; the test keeps them for the folders of the
    /// house too.
    #[test]
    fn the_house_has_no_import_circle() {
        use std::collections::{BTreeMap, BTreeSet};
        const ROOMS: &[&str] = &[
            "kernel",
            "db",
            "audit",
            "auth",
            "web",
            "import",
            "i18n",
            "export",
            "config",
            "mail",
            "retention",
        ];
        const ROOTS: &[&str] = &["app", "cli", "demo", "openapi", "pii_cli", "lib", "main"];
        let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        let mut stores = Vec::new();
        let mut folders = BTreeSet::new();
        for (rel, text) in source_files() {
            let folder = rel
                .split('/')
                .next()
                .unwrap_or("")
                .trim_end_matches(".rs")
                .to_string();
            folders.insert(folder.clone());
            let code: String = text
                .split("#[cfg(test)]")
                .next()
                .unwrap_or("")
                .lines()
                .filter(|l| !l.trim_start().starts_with("//"))
                .collect::<Vec<_>>()
                .join("\n");
            // Another capability's store, however the path names it (`crate::plans::store`,
            // or `plans::store` after `use varn_plans as plans`).
            for (i, _) in code.match_indices("::store") {
                let ident = |c: char| c.is_alphanumeric() || c == '_';
                if code[i + "::store".len()..].starts_with(ident) {
                    continue;
                }
                let start = code[..i].trim_end_matches(ident).len();
                let name = &code[start..i];
                if name != folder && CAPABILITIES.iter().any(|c| c.name == name) {
                    stores.push(format!("{rel} uses {name}::store"));
                }
            }
            for (i, _) in code.match_indices("crate::") {
                let rest = &code[i + 7..];
                let name: String = rest
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if name != folder && !name.is_empty() {
                    edges
                        .entry(folder.clone())
                        .or_default()
                        .insert(name.clone());
                }
            }
        }
        assert!(stores.is_empty(), "{stores:#?}");
        assert!(
            edges.get("reports").is_some_and(|e| e.contains("taxonomy")),
            "the reading of paths found no edge (reports reads taxonomy)"
        );
        for room in ROOMS {
            let bad: Vec<&String> = edges
                .get(*room)
                .map(|e| {
                    e.iter()
                        .filter(|t| folders.contains(*t) && !ROOMS.contains(&t.as_str()))
                        .collect()
                })
                .unwrap_or_default();
            assert!(bad.is_empty(), "the shared room {room} imports {bad:?}");
        }
        // Depth-first search for a circle among everything but the composition roots.
        fn visit(
            n: &str,
            edges: &BTreeMap<String, BTreeSet<String>>,
            path: &mut Vec<String>,
            done: &mut BTreeSet<String>,
        ) -> Option<Vec<String>> {
            if let Some(at) = path.iter().position(|p| p == n) {
                return Some(path[at..].to_vec());
            }
            if done.contains(n) || ROOTS.contains(&n) {
                return None;
            }
            path.push(n.to_string());
            for t in edges.get(n).into_iter().flatten() {
                if let Some(circle) = visit(t, edges, path, done) {
                    return Some(circle);
                }
            }
            path.pop();
            done.insert(n.to_string());
            None
        }
        let mut done = BTreeSet::new();
        for n in edges.keys() {
            let circle = visit(n, &edges, &mut Vec::new(), &mut done);
            assert!(circle.is_none(), "an import circle: {circle:?}");
        }
    }

    /// Storage has a fixed shape (issue 11): no row is read by its column's position, and
    /// no page or API handler file writes SQL or opens a transaction.
    #[test]
    fn rows_are_read_by_name_and_handlers_write_no_sql() {
        let mut bad = Vec::new();
        for (rel, text) in source_files() {
            let code = text.split("#[cfg(test)]").next().unwrap_or("");
            let name = rel.rsplit('/').next().unwrap_or("");
            // A handler file: pages, API, or any file whose functions take the app's
            // state from a request.
            // (The access layer, web/access.rs, reads a target's administration for
            // every route: it is the shared machinery, not a capability's handler.)
            let handler = name.ends_with("pages.rs")
                || name == "api.rs"
                || (code.contains("State<AppState>") && rel != "web/access.rs");
            for (n, line) in code.lines().enumerate() {
                // `try_get(0)` or `try_get::<T, _>(0)`: the argument after the call's
                // parenthesis is a number.
                let positional = line.match_indices("try_get").any(|(i, _)| {
                    let rest = &line[i + "try_get".len()..];
                    rest.find('(')
                        .filter(|open| rest[..*open].chars().all(|c| c != ')'))
                        .is_some_and(|open| {
                            rest[open + 1..].starts_with(|c: char| c.is_ascii_digit())
                        })
                });
                let sql = handler
                    && ["sqlx::", ".begin_write(", ".begin()"]
                        .iter()
                        .any(|s| line.contains(s));
                if positional || sql {
                    bad.push(format!("src/{rel}:{}: {}", n + 1, line.trim()));
                }
            }
        }
        assert!(bad.is_empty(), "{bad:#?}");
    }

    /// Every capability has a distinct name and every route one rule.
    #[test]
    fn capabilities_are_distinct_and_their_routes_ruled() {
        let mut names = std::collections::BTreeSet::new();
        for c in CAPABILITIES {
            assert!(names.insert(c.name), "{} twice", c.name);
        }
        let (_, rules) = table(CAPABILITIES);
        assert!(rules.list().len() > 150);
    }
}
