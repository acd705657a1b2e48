//! The ceiling for the load benchmark: the smallest axum server there is, answering a
//! fixed text. `bench/load/run.sh` measures Värn beside it on the same machine.

use axum::routing::get;
use axum::Router;

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let addr = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "127.0.0.1:8091".into());
    let app = Router::new().route("/", get(|| async { "ok" }));
    let listener = tokio::net::TcpListener::bind(&addr).await?;
    println!("ceiling listening on http://{addr}");
    axum::serve(listener, app).await
}
