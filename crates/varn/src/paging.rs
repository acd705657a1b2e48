//! Pages of long lists. Every list page and list endpoint reads one page at a time, and a
//! page number or size from a query is bounded before any arithmetic is done with it, so
//! `?page=96540151506263296` is an ordinary "no such page", never an overflow.

use serde::Serialize;

/// The highest page number anyone may ask for.
pub const MAX_PAGE: u32 = 1_000_000;
/// The most rows one page may hold.
pub const MAX_SIZE: u32 = 1_000;

/// Which page of a list, from 1, and how many rows on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Page {
    number: u32,
    size: u32,
}

impl Page {
    /// Page `number` (1 when absent or 0) of `size` rows (`default` when absent), each
    /// held within its bounds.
    pub fn new(number: Option<u64>, size: Option<u64>, default: u32) -> Page {
        let clamp = |v: u64, max: u32| u32::try_from(v).unwrap_or(u32::MAX).clamp(1, max);
        Page {
            number: clamp(number.unwrap_or(1), MAX_PAGE),
            size: clamp(size.map_or(u64::from(default), |s| s), MAX_SIZE),
        }
    }

    pub fn number(&self) -> u32 {
        self.number
    }

    pub fn size(&self) -> u32 {
        self.size
    }

    /// Rows to read: one more than the page holds tells whether another page follows.
    pub fn limit_probe(&self) -> i64 {
        i64::from(self.size) + 1
    }

    pub fn limit(&self) -> i64 {
        i64::from(self.size)
    }

    /// Rows before this page (cannot overflow: both factors are bounded).
    pub fn offset(&self) -> i64 {
        i64::from(self.number - 1) * i64::from(self.size)
    }
}

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
        let last = (self.total.max(1) + i64::from(self.page.size) - 1) / i64::from(self.page.size);
        if i64::from(self.page.number) < last {
            links.push(format!(
                r#"<{}>; rel="next""#,
                page_link(&self.uri, self.page.number + 1)
            ));
        }
        if self.page.number > 1 {
            links.push(format!(
                r#"<{}>; rel="prev""#,
                page_link(&self.uri, self.page.number - 1)
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
    fn numbers_are_bounded_before_use() {
        let p = Page::new(Some(96_540_151_506_263_296), Some(u64::MAX), 50);
        assert_eq!(p.number(), MAX_PAGE);
        assert_eq!(p.size(), MAX_SIZE);
        assert_eq!(p.offset(), i64::from(MAX_PAGE - 1) * i64::from(MAX_SIZE));
        let p = Page::new(None, None, 50);
        assert_eq!(
            (p.number(), p.size(), p.offset(), p.limit_probe()),
            (1, 50, 0, 51)
        );
        let p = Page::new(Some(0), Some(0), 50);
        assert_eq!((p.number(), p.size()), (1, 1));
        assert_eq!(Page::new(Some(3), None, 20).offset(), 40);
    }

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
