//! Routes and their access rules, declared together: a capability adds its routes to a
//! [`RouteTable`], which takes a path, a [`Rule`] and a handler at once, so a route cannot
//! exist without a rule (the access layer denies anything else). Each kind of route reads
//! a body of at most its own size.

use axum::extract::DefaultBodyLimit;
use axum::handler::Handler;
use axum::http::Method;
use axum::routing::{on, MethodFilter};
use axum::Router;

use crate::web::access::{Rule, Rules};
use crate::web::AppState;

/// The largest body each kind of route reads. A body past its route's limit is answered
/// 413 before it is read whole.
pub mod body {
    /// Forms and JSON of ordinary records: the longest field is a few thousand characters.
    pub const SMALL: usize = 64 * 1024;
    /// Long texts: a plan's sections, the picture's narrative (seven sections of 30,000
    /// characters), the routine; written as form fields, each character can take 9 bytes.
    pub const TEXT: usize = 2 * 1024 * 1024;
    /// A file to import, with room for the multipart envelope.
    pub const FILE: usize = crate::import::table::MAX_BYTES + 64 * 1024;
}

/// Builds the router and its rules side by side.
#[derive(Default)]
pub struct RouteTable {
    router: Router<AppState>,
    rules: Rules,
}

impl RouteTable {
    fn add<H, T>(
        mut self,
        method: Method,
        path: &'static str,
        rule: Rule,
        body: usize,
        handler: H,
    ) -> Self
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        let filter = match method {
            Method::GET => MethodFilter::GET,
            Method::POST => MethodFilter::POST,
            Method::PATCH => MethodFilter::PATCH,
            Method::PUT => MethodFilter::PUT,
            Method::DELETE => MethodFilter::DELETE,
            _ => unreachable!("unsupported method in route table"),
        };
        self.rules.insert(method, path, rule);
        self.router = self
            .router
            .route(path, on(filter, handler).layer(DefaultBodyLimit::max(body)));
        self
    }

    pub fn get<H: Handler<T, AppState>, T: 'static>(
        self,
        path: &'static str,
        rule: Rule,
        h: H,
    ) -> Self {
        self.add(Method::GET, path, rule, body::SMALL, h)
    }
    pub fn post<H: Handler<T, AppState>, T: 'static>(
        self,
        path: &'static str,
        rule: Rule,
        h: H,
    ) -> Self {
        self.add(Method::POST, path, rule, body::SMALL, h)
    }
    pub fn patch<H: Handler<T, AppState>, T: 'static>(
        self,
        path: &'static str,
        rule: Rule,
        h: H,
    ) -> Self {
        self.add(Method::PATCH, path, rule, body::SMALL, h)
    }
    pub fn put<H: Handler<T, AppState>, T: 'static>(
        self,
        path: &'static str,
        rule: Rule,
        h: H,
    ) -> Self {
        self.add(Method::PUT, path, rule, body::SMALL, h)
    }
    pub fn delete<H: Handler<T, AppState>, T: 'static>(
        self,
        path: &'static str,
        rule: Rule,
        h: H,
    ) -> Self {
        self.add(Method::DELETE, path, rule, body::SMALL, h)
    }

    /// A post whose body may carry long texts (plans, the picture's narrative, the routine).
    pub fn post_text<H: Handler<T, AppState>, T: 'static>(
        self,
        path: &'static str,
        rule: Rule,
        h: H,
    ) -> Self {
        self.add(Method::POST, path, rule, body::TEXT, h)
    }
    pub fn patch_text<H: Handler<T, AppState>, T: 'static>(
        self,
        path: &'static str,
        rule: Rule,
        h: H,
    ) -> Self {
        self.add(Method::PATCH, path, rule, body::TEXT, h)
    }
    pub fn put_text<H: Handler<T, AppState>, T: 'static>(
        self,
        path: &'static str,
        rule: Rule,
        h: H,
    ) -> Self {
        self.add(Method::PUT, path, rule, body::TEXT, h)
    }
    /// A post whose body is a file to import (or its rows as JSON).
    pub fn post_file<H: Handler<T, AppState>, T: 'static>(
        self,
        path: &'static str,
        rule: Rule,
        h: H,
    ) -> Self {
        self.add(Method::POST, path, rule, body::FILE, h)
    }
}

impl RouteTable {
    /// The router and the rules, for the app to serve.
    pub fn finish(self) -> (Router<AppState>, Rules) {
        (self.router, self.rules)
    }
}
