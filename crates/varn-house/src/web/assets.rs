//! Static assets embedded in the binary, served under names that carry a hash of their
//! content so that browsers may cache them for good. Nothing is loaded from a CDN.

use std::sync::OnceLock;

use axum::extract::Path;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};

struct Asset {
    stem: &'static str,
    ext: &'static str,
    mime: &'static str,
    body: &'static [u8],
}

const ASSETS: &[Asset] = &[
    Asset {
        stem: "app",
        ext: "css",
        mime: "text/css; charset=utf-8",
        body: include_bytes!("../../../varn/assets/app.css"),
    },
    Asset {
        stem: "app",
        ext: "js",
        mime: "text/javascript; charset=utf-8",
        body: include_bytes!("../../../varn/assets/app.js"),
    },
    Asset {
        stem: "htmx",
        ext: "js",
        mime: "text/javascript; charset=utf-8",
        body: include_bytes!("../../../varn/assets/vendor/htmx.min.js"),
    },
];

fn names() -> &'static Vec<String> {
    static NAMES: OnceLock<Vec<String>> = OnceLock::new();
    NAMES.get_or_init(|| {
        ASSETS
            .iter()
            .map(|a| {
                let hash = hex::encode(Sha256::digest(a.body));
                format!("{}-{}.{}", a.stem, &hash[..10], a.ext)
            })
            .collect()
    })
}

fn path_of(index: usize) -> &'static str {
    names().get(index).map(String::as_str).unwrap_or("")
}

pub fn css_path() -> &'static str {
    path_of(0)
}
pub fn js_path() -> &'static str {
    path_of(1)
}
pub fn htmx_path() -> &'static str {
    path_of(2)
}

/// `GET /static/{file}`.
pub async fn serve(Path(file): Path<String>) -> Response {
    match names().iter().position(|n| *n == file) {
        Some(i) => (
            [
                (header::CONTENT_TYPE, ASSETS[i].mime),
                (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
            ],
            ASSETS[i].body,
        )
            .into_response(),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}
