//! Reading an HTML form post: a list of fields that may repeat (checkboxes), without a
//! schema, so that a handler can read what it needs and name each bad field in Swedish.

use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use axum::http::StatusCode;

/// The fields of a urlencoded form, in order.
#[derive(Debug, Clone, Default)]
pub struct FormFields(pub Vec<(String, String)>);

impl FormFields {
    /// Parses a urlencoded body. NUL characters are dropped: no database can store them
    /// (PostgreSQL refuses them), and no person types them.
    pub fn parse(bytes: &[u8]) -> FormFields {
        FormFields(
            url::form_urlencoded::parse(bytes)
                .map(|(k, v)| (strip_nul(&k), strip_nul(&v)))
                .collect(),
        )
    }

    /// The first value of `key`, or "".
    pub fn get(&self, key: &str) -> &str {
        self.0
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
            .unwrap_or("")
    }

    /// Every value of `key`.
    pub fn all(&self, key: &str) -> Vec<String> {
        self.0
            .iter()
            .filter(|(k, _)| k == key)
            .map(|(_, v)| v.clone())
            .collect()
    }

    /// An optional id: empty is `None`, junk is an error.
    pub fn id(&self, key: &str) -> Result<Option<i64>, std::num::ParseIntError> {
        let v = self.get(key).trim();
        if v.is_empty() {
            Ok(None)
        } else {
            v.parse().map(Some)
        }
    }
}

fn strip_nul(text: &str) -> String {
    if text.contains('\0') {
        text.replace('\0', "")
    } else {
        text.to_string()
    }
}

/// The error for a body that could not be read: too large (413, naming the limit), or
/// not readable at all.
fn unreadable_body(status: StatusCode) -> crate::kernel::error::Error {
    let cat = crate::i18n::sv();
    if status == StatusCode::PAYLOAD_TOO_LARGE {
        crate::kernel::error::Error::TooLarge(cat.t("api.too_large").to_string())
    } else {
        crate::kernel::error::Error::invalid("body", cat.t("api.body_unreadable"))
    }
}

impl<S: Send + Sync> FromRequest<S> for FormFields {
    type Rejection = axum::response::Response;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let api = req.uri().path().starts_with("/api/");
        match Bytes::from_request(req, state).await {
            Ok(bytes) => Ok(FormFields::parse(&bytes)),
            Err(e) => {
                use axum::response::IntoResponse;
                let err = unreadable_body(e.status());
                Err(if api {
                    crate::web::error::ApiError(err).into_response()
                } else {
                    crate::web::error::PageError(err).into_response()
                })
            }
        }
    }
}

/// The client's address, for limits on guessing. Behind a trusted reverse proxy
/// (`trusted_proxies`), it is the address the proxies recorded in `client_ip_header`:
/// walking that list from the right, the first address that is not one of the proxies.
/// From anywhere else the header is ignored, so a client cannot choose its own address.
/// "local" in in-process tests, where there is no connection.
#[derive(Debug, Clone)]
pub struct ClientAddr(pub String);

impl axum::extract::FromRequestParts<crate::web::AppState> for ClientAddr {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        state: &crate::web::AppState,
    ) -> Result<Self, Self::Rejection> {
        let peer = parts
            .extensions
            .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
            .map(|c| c.0.ip());
        let Some(peer) = peer else {
            return Ok(ClientAddr("local".to_string()));
        };
        Ok(ClientAddr(
            client_ip(
                peer,
                &state.config.trusted_proxies,
                parts
                    .headers
                    .get_all(state.config.client_ip_header.as_str())
                    .iter()
                    .filter_map(|v| v.to_str().ok()),
            )
            .to_string(),
        ))
    }
}

/// The client's address given the connecting peer, the trusted proxies and the values of
/// the forwarding header (in the order they came).
pub fn client_ip<'a>(
    peer: std::net::IpAddr,
    trusted: &[std::net::IpAddr],
    forwarded: impl Iterator<Item = &'a str>,
) -> std::net::IpAddr {
    if !trusted.contains(&peer) {
        return peer;
    }
    let hops: Vec<&str> = forwarded.flat_map(|v| v.split(',')).collect();
    for hop in hops.iter().rev() {
        match hop.trim().parse::<std::net::IpAddr>() {
            Ok(ip) if trusted.contains(&ip) => continue,
            Ok(ip) => return ip,
            // Something the proxy did not write: trust nothing further left.
            Err(_) => return peer,
        }
    }
    peer
}

/// A JSON request body whose rejections are answered like every other API error: in
/// Swedish, naming what could not be read.
#[derive(Debug, Clone)]
pub struct JsonBody<T>(pub T);

impl<T, S> FromRequest<S> for JsonBody<T>
where
    T: serde::de::DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = crate::web::error::ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        use crate::kernel::error::{Error, Problem};
        use crate::web::error::ApiError;
        let cat = crate::i18n::sv();
        let body_problem =
            |message: String| ApiError(Error::Invalid(vec![Problem::field("body", message)]));
        let json = req
            .headers()
            .get(axum::http::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split(';').next())
            .is_some_and(|v| {
                let v = v.trim();
                v.eq_ignore_ascii_case("application/json") || v.ends_with("+json")
            });
        if !json {
            return Err(body_problem(cat.t("api.json_content_type").to_string()));
        }
        let bytes = Bytes::from_request(req, state)
            .await
            .map_err(|e| ApiError(unreadable_body(e.status())))?;
        let value: serde_json::Value = serde_json::from_slice(&bytes)
            .map_err(|_| body_problem(cat.t("api.json_syntax").to_string()))?;
        if let Some(path) = nul_at(&value, "") {
            return Err(ApiError(Error::invalid(path, cat.t("api.nul"))));
        }
        // serde names the field that is missing or of the wrong type; the value the
        // client sent is never repeated (it may be the very text the guard refuses).
        serde_json::from_value::<T>(value)
            .map(JsonBody)
            .map_err(|e| {
                body_problem(cat.f(
                    "api.json_data",
                    &[("detail", &without_values(&e.to_string()))],
                ))
            })
    }
}

/// The path of the first string (or key) in `value` that holds a NUL character.
fn nul_at(value: &serde_json::Value, path: &str) -> Option<String> {
    use serde_json::Value;
    let here = || {
        if path.is_empty() {
            "body".to_string()
        } else {
            path.to_string()
        }
    };
    match value {
        Value::String(s) if s.contains('\0') => Some(here()),
        Value::Array(items) => items
            .iter()
            .enumerate()
            .find_map(|(i, v)| nul_at(v, &format!("{path}[{i}]"))),
        Value::Object(map) => map.iter().find_map(|(k, v)| {
            let at = if path.is_empty() {
                k.replace('\0', "")
            } else {
                format!("{path}.{}", k.replace('\0', ""))
            };
            if k.contains('\0') {
                Some(at)
            } else {
                nul_at(v, &at)
            }
        }),
        _ => None,
    }
}

/// A serde message with the values it quotes taken out: `invalid type: string "…"`.
fn without_values(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    let mut rest = message;
    while let Some(at) = rest.find("string \"") {
        let (head, tail) = rest.split_at(at + "string \"".len());
        out.push_str(head);
        out.push('…');
        // Skip to the closing quote (serde escapes quotes inside the value).
        let mut chars = tail.char_indices();
        let mut end = tail.len();
        let mut escaped = false;
        for (i, c) in chars.by_ref() {
            match c {
                '\\' if !escaped => escaped = true,
                '"' if !escaped => {
                    end = i;
                    break;
                }
                _ => escaped = false,
            }
        }
        rest = &tail[end..];
    }
    out.push_str(rest);
    // Unknown variants quote what was sent in backticks; keep what is expected.
    if let Some(at) = out.find("unknown variant `") {
        let start = at + "unknown variant `".len();
        if let Some(len) = out[start..].find('`') {
            out.replace_range(start..start + len, "…");
        }
    }
    out
}

/// Whether a request is for the JSON API (its errors are JSON) or for a page (HTML).
fn is_api(parts: &axum::http::request::Parts) -> bool {
    parts.uri.path().starts_with("/api/")
}

fn rejected(
    parts: &axum::http::request::Parts,
    err: crate::kernel::error::Error,
) -> axum::response::Response {
    use axum::response::IntoResponse;
    if is_api(parts) {
        crate::web::error::ApiError(err).into_response()
    } else {
        crate::web::error::PageError(err).into_response()
    }
}

/// Path parameters; an id that cannot be read answers "not found" in Swedish.
#[derive(Debug, Clone)]
pub struct Path<T>(pub T);

impl<T, S> axum::extract::FromRequestParts<S> for Path<T>
where
    T: serde::de::DeserializeOwned + Send,
    S: Send + Sync,
{
    type Rejection = axum::response::Response;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        state: &S,
    ) -> Result<Self, Self::Rejection> {
        match axum::extract::Path::<T>::from_request_parts(parts, state).await {
            // A NUL in a path names nothing that exists.
            Ok(axum::extract::Path(_)) if parts.uri.path().contains("%00") => {
                Err(rejected(parts, crate::kernel::error::Error::NotFound))
            }
            Ok(axum::extract::Path(value)) => Ok(Path(value)),
            Err(_) => Err(rejected(parts, crate::kernel::error::Error::NotFound)),
        }
    }
}

/// A query string; a value that cannot be read is named in Swedish.
#[derive(Debug, Clone)]
pub struct Query<T>(pub T);

impl<T, S> axum::extract::FromRequestParts<S> for Query<T>
where
    T: serde::de::DeserializeOwned + Send,
    S: Send + Sync,
{
    type Rejection = axum::response::Response;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        state: &S,
    ) -> Result<Self, Self::Rejection> {
        let query = parts.uri.query().unwrap_or("");
        if let Some((key, _)) = url::form_urlencoded::parse(query.as_bytes())
            .find(|(k, v)| k.contains('\0') || v.contains('\0'))
        {
            let cat = crate::i18n::sv();
            return Err(rejected(
                parts,
                crate::kernel::error::Error::invalid(key.replace('\0', ""), cat.t("api.nul")),
            ));
        }
        match axum::extract::Query::<T>::from_request_parts(parts, state).await {
            Ok(axum::extract::Query(value)) => Ok(Query(value)),
            Err(e) => {
                let message = crate::i18n::sv()
                    .f("api.query", &[("detail", &without_values(&e.body_text()))]);
                Err(rejected(
                    parts,
                    crate::kernel::error::Error::Invalid(vec![
                        crate::kernel::error::Problem::field("query", message),
                    ]),
                ))
            }
        }
    }
}

/// A multipart upload; a request that is not one is answered in Swedish.
#[derive(Debug)]
pub struct Upload(pub axum::extract::Multipart);

impl<S: Send + Sync> FromRequest<S> for Upload {
    type Rejection = axum::response::Response;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let (parts, body) = req.into_parts();
        let api = is_api(&parts);
        match axum::extract::Multipart::from_request(Request::from_parts(parts, body), state).await
        {
            Ok(m) => Ok(Upload(m)),
            Err(_) => {
                use axum::response::IntoResponse;
                let cat = crate::i18n::sv();
                let err = crate::kernel::error::Error::invalid(
                    cat.t("import.file"),
                    cat.t("import.no_file"),
                );
                Err(if api {
                    crate::web::error::ApiError(err).into_response()
                } else {
                    crate::web::error::PageError(err).into_response()
                })
            }
        }
    }
}

/// A choice in a `<select>` or a checkbox group.
#[derive(Debug, Clone)]
pub struct Choice {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

/// Reads the uploaded file of a multipart form (field `file`).
pub async fn uploaded_file(upload: Upload) -> Result<Vec<u8>, crate::kernel::error::Error> {
    Ok(uploaded_named(upload).await?.1)
}

/// The uploaded file's name (as the browser gave it, at most 200 characters) and bytes.
pub async fn uploaded_named(
    Upload(mut multipart): Upload,
) -> Result<(String, Vec<u8>), crate::kernel::error::Error> {
    let bad = || {
        crate::kernel::error::Error::invalid(
            crate::i18n::sv().t("import.file"),
            crate::i18n::sv().t("import.no_file"),
        )
    };
    let failed = |e: axum::extract::multipart::MultipartError| {
        if e.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE {
            crate::kernel::error::Error::invalid(
                crate::i18n::sv().t("import.file"),
                crate::i18n::sv().t("import.too_large"),
            )
        } else {
            bad()
        }
    };
    while let Some(field) = multipart.next_field().await.map_err(failed)? {
        if field.name() == Some("file") {
            let name: String = field
                .file_name()
                .unwrap_or("")
                .chars()
                .filter(|c| !c.is_control())
                .take(200)
                .collect();
            let bytes = field.bytes().await.map_err(failed)?;
            if bytes.is_empty() {
                return Err(bad());
            }
            return Ok((name, bytes.to_vec()));
        }
    }
    Err(bad())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_client_is_read_from_trusted_proxies_only() {
        let ip = |s: &str| s.parse::<std::net::IpAddr>().expect("ip");
        let proxy = [ip("10.0.0.1")];
        // From the proxy: the last address it added.
        assert_eq!(
            client_ip(
                ip("10.0.0.1"),
                &proxy,
                ["198.51.100.7, 203.0.113.9"].into_iter()
            ),
            ip("203.0.113.9")
        );
        // Behind two proxies, both trusted.
        let two = [ip("10.0.0.1"), ip("10.0.0.2")];
        assert_eq!(
            client_ip(
                ip("10.0.0.1"),
                &two,
                ["203.0.113.9", "10.0.0.2"].into_iter()
            ),
            ip("203.0.113.9")
        );
        // From anyone else, the header is ignored.
        assert_eq!(
            client_ip(ip("203.0.113.5"), &proxy, ["1.1.1.1"].into_iter()),
            ip("203.0.113.5")
        );
        // Garbage in the header: the proxy's own address.
        assert_eq!(
            client_ip(ip("10.0.0.1"), &proxy, ["x, y"].into_iter()),
            ip("10.0.0.1")
        );
        assert_eq!(
            client_ip(ip("10.0.0.1"), &proxy, std::iter::empty()),
            ip("10.0.0.1")
        );
    }

    #[test]
    fn form_fields_drop_nul() {
        let f = FormFields::parse(b"a=x%00y&b%00=z");
        assert_eq!(f.get("a"), "xy");
        assert_eq!(f.get("b"), "z");
    }

    #[test]
    fn nul_is_found_with_its_path() {
        let v = serde_json::json!({"a": "ok", "b": [{"c": "x\u{0}"}]});
        assert_eq!(nul_at(&v, "").as_deref(), Some("b[0].c"));
        assert_eq!(nul_at(&serde_json::json!({"a": 1}), ""), None);
        assert_eq!(
            nul_at(&serde_json::json!("\u{0}"), "").as_deref(),
            Some("body")
        );
    }

    #[test]
    fn serde_messages_lose_the_values_sent() {
        let m = without_values(r#"invalid type: string "811228-9874", expected i64 at line 1"#);
        assert_eq!(m, r#"invalid type: string "…", expected i64 at line 1"#);
        let m = without_values(r#"invalid value: string "a\"b", expected x"#);
        assert_eq!(m, r#"invalid value: string "…", expected x"#);
        let m = without_values("unknown variant `Johan`, expected `a` or `b`");
        assert_eq!(m, "unknown variant `…`, expected `a` or `b`");
    }
}
