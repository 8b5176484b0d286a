//! What handlers answer with: JSON errors, JSON and typed bodies, and what a check tells the
//! log line.

use axum::body::Body;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::{json, Value};

/// A JSON error answer: `{"error": reason, ...}` with a 4xx or 5xx status.
pub struct ApiError {
    pub status: StatusCode,
    pub body: Value,
    pub retry_after: Option<u64>,
}

impl ApiError {
    pub fn new(status: StatusCode, reason: impl Into<String>) -> ApiError {
        ApiError { status, body: json!({"error": reason.into()}), retry_after: None }
    }

    /// The error with more fields beside `error`.
    pub fn with(mut self, key: &str, value: Value) -> ApiError {
        if let Some(o) = self.body.as_object_mut() {
            o.insert(key.to_string(), value);
        }
        self
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut r = json_response(self.status, &self.body);
        if let Some(secs) = self.retry_after {
            r.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from(secs));
        }
        r
    }
}

/// A JSON answer, pretty as the CLI prints, with a trailing newline.
pub fn json_response(status: StatusCode, body: &Value) -> Response {
    let text = format!("{}\n", serde_json::to_string_pretty(body).unwrap_or_default());
    typed_response(status, "application/json", text.into_bytes())
}

pub fn typed_response(status: StatusCode, content_type: &'static str, body: Vec<u8>) -> Response {
    let mut r = Response::new(Body::from(body));
    *r.status_mut() = status;
    r.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    r
}

/// What the check handler tells the log line: sizes and counts, never text.
#[derive(Clone, Copy)]
pub struct CheckLog {
    pub bytes: usize,
    pub findings: usize,
}
