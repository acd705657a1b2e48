//! A page of a list in the API: the rows as a JSON array, with `X-Total-Count` and `Link`
//! headers for the rest (the page itself is `kernel::paging::Page`).

use serde::Serialize;

use crate::kernel::paging::Page;

/// A page of a list in the API: the rows as a JSON array, with the headers that tell
/// the rest: `X-Total-Count` (rows in the whole list) and `Link` to the next and previous
/// pages (`rel="next"`, `rel="prev"`), as GitHub's API does.
#[derive(Debug)]
pub struct Paged<T> {
    pub items: Vec<T>,
    pub page: Page,
    pub total: i64,
    /// The request's path and query, for the links.
    pub uri: axum::http::Uri,
}

impl<T: Serialize> axum::response::IntoResponse for Paged<T> {
    fn into_response(self) -> axum::response::Response {
        let mut response = axum::Json(&self.items).into_response();
        let headers = response.headers_mut();
        if let Ok(v) = self.total.to_string().parse() {
            headers.insert("x-total-count", v);
        }
        let mut links = Vec::new();
        let last =
            (self.total.max(1) + i64::from(self.page.size()) - 1) / i64::from(self.page.size());
        if i64::from(self.page.number()) < last {
            links.push(format!(
                r#"<{}>; rel="next""#,
                page_link(&self.uri, self.page.number() + 1)
            ));
        }
        if self.page.number() > 1 {
            links.push(format!(
                r#"<{}>; rel="prev""#,
                page_link(&self.uri, self.page.number() - 1)
            ));
        }
        if let Ok(v) = links.join(", ").parse() {
            if !links.is_empty() {
                headers.insert(axum::http::header::LINK, v);
            }
        }
        response
    }
}

/// Where a list page is among its pages, for the pager under a table
/// (`templates/pager.html`): the place in words and links to the pages either side.
#[derive(Debug, Clone)]
pub struct Pager {
    /// "Sida 2 av 7 (312 blanketter)".
    pub place: String,
    pub prev: Option<String>,
    pub next: Option<String>,
}

impl Pager {
    /// The pager of `page` in a list of `total` rows shown at `path`, with the request's
    /// other query fields kept in the links. `what` is the catalogue key of the rows'
    /// name in the plural ("blanketter").
    pub fn new(
        path: &str,
        query: &[(String, String)],
        page: Page,
        total: i64,
        what: &str,
    ) -> Pager {
        let cat = crate::i18n::sv();
        let link = |number: u32| with_field(path, query, "page", &number.to_string());
        let pages = (total.max(1) + page.limit() - 1) / page.limit();
        let number = page.number();
        Pager {
            place: cat.f(
                "shell.page_of",
                &[
                    ("page", number.to_string().as_str()),
                    ("pages", pages.to_string().as_str()),
                    ("total", total.to_string().as_str()),
                    ("what", cat.t(what)),
                ],
            ),
            prev: (number > 1).then(|| link(number - 1)),
            next: (i64::from(number) < pages).then(|| link(number + 1)),
        }
    }
}

/// A page's address with one query field set to `value`: the other fields of `query` are
/// kept (empty ones and the page number dropped, so a changed filter starts on page 1).
pub fn with_field(path: &str, query: &[(String, String)], key: &str, value: &str) -> String {
    let mut q = url::form_urlencoded::Serializer::new(String::new());
    for (k, v) in query
        .iter()
        .filter(|(k, v)| k != "page" && k != key && !v.is_empty())
    {
        q.append_pair(k, v);
    }
    q.append_pair(key, value);
    format!("{path}?{}", q.finish())
}

/// The same path and query with another page number.
fn page_link(uri: &axum::http::Uri, number: u32) -> String {
    let mut query = url::form_urlencoded::Serializer::new(String::new());
    for (k, v) in url::form_urlencoded::parse(uri.query().unwrap_or("").as_bytes()) {
        if k != "page" {
            query.append_pair(&k, &v);
        }
    }
    query.append_pair("page", &number.to_string());
    format!("{}?{}", uri.path(), query.finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_keep_the_query_and_change_the_page() {
        let uri: axum::http::Uri = "/api/v1/reports?status=new&page=2&per_page=10"
            .parse()
            .expect("uri");
        assert_eq!(
            page_link(&uri, 3),
            "/api/v1/reports?status=new&per_page=10&page=3"
        );
        let response = axum::response::IntoResponse::into_response(Paged {
            items: vec![1, 2],
            page: Page::new(Some(2), Some(10), 10),
            total: 35,
            uri,
        });
        assert_eq!(response.headers()["x-total-count"], "35");
        let link = response.headers()["link"].to_str().expect("link");
        assert!(
            link.contains("page=3>; rel=\"next\"") && link.contains("page=1>; rel=\"prev\""),
            "{link}"
        );
    }
}
