//! What operators ask of a running Värn: `/readyz` (the database answers and carries every
//! migration this program has), and `/metrics` in Prometheus's text format when the
//! configuration turns it on (`metrics = true`): requests by route and status, their
//! latencies, the database pool and the imports under way. The counters live in the app
//! state, per process; a Prometheus server scrapes each process.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::sync::Mutex;
use std::time::Instant;

use axum::extract::{MatchedPath, Request, State};
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::web::AppState;

/// Upper bounds of the latency buckets, in seconds.
const BUCKETS: [f64; 10] = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 10.0];

#[derive(Debug, Default, Clone)]
struct Series {
    count: u64,
    sum: f64,
    buckets: [u64; 10],
}

/// Requests counted by (method, route pattern, status).
#[derive(Debug, Default)]
pub struct Metrics {
    requests: Mutex<BTreeMap<(String, String, u16), Series>>,
}

impl Metrics {
    fn record(&self, method: &str, route: &str, status: u16, seconds: f64) {
        let mut map = match self.requests.lock() {
            Ok(m) => m,
            Err(p) => p.into_inner(),
        };
        let s = map
            .entry((method.to_string(), route.to_string(), status))
            .or_default();
        s.count += 1;
        s.sum += seconds;
        for (i, bound) in BUCKETS.iter().enumerate() {
            if seconds <= *bound {
                s.buckets[i] += 1;
            }
        }
    }

    fn render(&self, pool_size: u32, pool_idle: usize, imports: usize) -> String {
        let map = match self.requests.lock() {
            Ok(m) => m,
            Err(p) => p.into_inner(),
        };
        let mut out = String::new();
        let _ = writeln!(
            out,
            "# HELP varn_http_requests_total Requests answered, by route and status."
        );
        let _ = writeln!(out, "# TYPE varn_http_requests_total counter");
        for ((m, r, s), v) in map.iter() {
            let _ = writeln!(
                out,
                "varn_http_requests_total{{method=\"{m}\",route=\"{r}\",status=\"{s}\"}} {}",
                v.count
            );
        }
        let _ = writeln!(
            out,
            "# HELP varn_http_request_duration_seconds Time to answer, by route."
        );
        let _ = writeln!(out, "# TYPE varn_http_request_duration_seconds histogram");
        let mut by_route: BTreeMap<(String, String), Series> = BTreeMap::new();
        for ((m, r, _), v) in map.iter() {
            let e = by_route.entry((m.clone(), r.clone())).or_default();
            e.count += v.count;
            e.sum += v.sum;
            for i in 0..BUCKETS.len() {
                e.buckets[i] += v.buckets[i];
            }
        }
        for ((m, r), v) in by_route {
            for (i, bound) in BUCKETS.iter().enumerate() {
                let _ = writeln!(out, "varn_http_request_duration_seconds_bucket{{method=\"{m}\",route=\"{r}\",le=\"{bound}\"}} {}", v.buckets[i]);
            }
            let _ = writeln!(out, "varn_http_request_duration_seconds_bucket{{method=\"{m}\",route=\"{r}\",le=\"+Inf\"}} {}", v.count);
            let _ = writeln!(
                out,
                "varn_http_request_duration_seconds_sum{{method=\"{m}\",route=\"{r}\"}} {}",
                v.sum
            );
            let _ = writeln!(
                out,
                "varn_http_request_duration_seconds_count{{method=\"{m}\",route=\"{r}\"}} {}",
                v.count
            );
        }
        let _ = writeln!(
            out,
            "# HELP varn_db_pool_connections Connections of the database pool."
        );
        let _ = writeln!(out, "# TYPE varn_db_pool_connections gauge");
        let _ = writeln!(
            out,
            "varn_db_pool_connections{{state=\"open\"}} {pool_size}"
        );
        let _ = writeln!(
            out,
            "varn_db_pool_connections{{state=\"idle\"}} {pool_idle}"
        );
        let _ = writeln!(
            out,
            "# HELP varn_imports_running Imports being written now."
        );
        let _ = writeln!(out, "# TYPE varn_imports_running gauge");
        let _ = writeln!(out, "varn_imports_running {imports}");
        out
    }
}

/// Counts every request by its route pattern (never its path: ids and tokens stay out).
pub async fn count(State(state): State<AppState>, req: Request, next: Next) -> Response {
    if !state.config.metrics {
        return next.run(req).await;
    }
    let method = req.method().to_string();
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map(|m| m.as_str().to_string())
        .unwrap_or_else(|| "(none)".to_string());
    let started = Instant::now();
    let response = next.run(req).await;
    state.metrics.record(
        &method,
        &route,
        response.status().as_u16(),
        started.elapsed().as_secs_f64(),
    );
    response
}

/// `GET /metrics`: 404 unless the configuration turns metrics on.
pub async fn metrics(State(state): State<AppState>) -> Response {
    if !state.config.metrics {
        return crate::web::not_found().await;
    }
    let pool = state.db.pool();
    let body = state
        .metrics
        .render(pool.size(), pool.num_idle(), state.imports.running());
    (
        StatusCode::OK,
        [("content-type", "text/plain; version=0.0.4; charset=utf-8")],
        body,
    )
        .into_response()
}

/// `GET /readyz`: 200 when the database answers and has every migration of this program;
/// 503 otherwise (a load balancer sends no traffic until then).
pub async fn readyz(State(state): State<AppState>) -> Response {
    match state.db.ready().await {
        Ok(true) => (StatusCode::OK, "ready").into_response(),
        Ok(false) => (StatusCode::SERVICE_UNAVAILABLE, "migrations pending").into_response(),
        Err(_) => (StatusCode::SERVICE_UNAVAILABLE, "database unavailable").into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_text_format_counts_by_route_and_status() {
        let m = Metrics::default();
        m.record("GET", "/start", 200, 0.003);
        m.record("GET", "/start", 200, 0.2);
        m.record("GET", "/start", 404, 0.001);
        let text = m.render(8, 3, 0);
        assert!(text.contains(
            "varn_http_requests_total{method=\"GET\",route=\"/start\",status=\"200\"} 2"
        ));
        assert!(text.contains("varn_http_request_duration_seconds_bucket{method=\"GET\",route=\"/start\",le=\"0.005\"} 2"));
        assert!(text.contains(
            "varn_http_request_duration_seconds_count{method=\"GET\",route=\"/start\"} 3"
        ));
        assert!(text.contains("varn_db_pool_connections{state=\"idle\"} 3"));
    }
}
