//! Reading an HTML form post: a list of fields that may repeat (checkboxes), without a
//! schema, so that a handler can read what it needs and name each bad field in Swedish.

use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use axum::http::StatusCode;

/// The fields of a urlencoded form, in order.
#[derive(Debug, Clone, Default)]
pub struct FormFields(pub Vec<(String, String)>);

impl FormFields {
    pub fn parse(bytes: &[u8]) -> FormFields {
        FormFields(url::form_urlencoded::parse(bytes).into_owned().collect())
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

impl<S: Send + Sync> FromRequest<S> for FormFields {
    type Rejection = (StatusCode, &'static str);

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let bytes = Bytes::from_request(req, state)
            .await
            .map_err(|_| (StatusCode::BAD_REQUEST, "Formuläret kunde inte läsas."))?;
        Ok(FormFields::parse(&bytes))
    }
}

/// The client's address, when the server knows it (absent in in-process tests).
#[derive(Debug, Clone)]
pub struct ClientAddr(pub String);

impl<S: Send + Sync> axum::extract::FromRequestParts<S> for ClientAddr {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        _: &S,
    ) -> Result<Self, Self::Rejection> {
        let addr = parts
            .extensions
            .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
            .map(|c| c.0.ip().to_string())
            .unwrap_or_else(|| "local".to_string());
        Ok(ClientAddr(addr))
    }
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
    type Rejection = crate::error::ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        use axum::extract::rejection::JsonRejection;
        let cat = crate::i18n::sv();
        match axum::Json::<T>::from_request(req, state).await {
            Ok(axum::Json(value)) => Ok(JsonBody(value)),
            Err(rejection) => {
                let message = match &rejection {
                    JsonRejection::MissingJsonContentType(_) => {
                        cat.t("api.json_content_type").to_string()
                    }
                    JsonRejection::JsonSyntaxError(_) => cat.t("api.json_syntax").to_string(),
                    // serde names the field that is missing or of the wrong type.
                    JsonRejection::JsonDataError(e) => {
                        cat.f("api.json_data", &[("detail", &e.body_text())])
                    }
                    _ => cat.t("api.json_unreadable").to_string(),
                };
                Err(crate::error::ApiError(crate::error::Error::Invalid(vec![
                    crate::error::Problem::field("body", message),
                ])))
            }
        }
    }
}

/// Whether a request is for the JSON API (its errors are JSON) or for a page (HTML).
fn is_api(parts: &axum::http::request::Parts) -> bool {
    parts.uri.path().starts_with("/api/")
}

fn rejected(
    parts: &axum::http::request::Parts,
    err: crate::error::Error,
) -> axum::response::Response {
    use axum::response::IntoResponse;
    if is_api(parts) {
        crate::error::ApiError(err).into_response()
    } else {
        crate::error::PageError(err).into_response()
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
            Ok(axum::extract::Path(value)) => Ok(Path(value)),
            Err(_) => Err(rejected(parts, crate::error::Error::NotFound)),
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
        match axum::extract::Query::<T>::from_request_parts(parts, state).await {
            Ok(axum::extract::Query(value)) => Ok(Query(value)),
            Err(e) => {
                let message = crate::i18n::sv().f("api.query", &[("detail", &e.body_text())]);
                Err(rejected(
                    parts,
                    crate::error::Error::Invalid(vec![crate::error::Problem::field(
                        "query", message,
                    )]),
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
                let err =
                    crate::error::Error::invalid(cat.t("import.file"), cat.t("import.no_file"));
                Err(if api {
                    crate::error::ApiError(err).into_response()
                } else {
                    crate::error::PageError(err).into_response()
                })
            }
        }
    }
}
