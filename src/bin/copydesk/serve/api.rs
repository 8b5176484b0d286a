//! The handlers: the page, health, metrics, rules, reload, the OpenAPI document, and the
//! check (read here, run in `check`).

use std::collections::HashMap;
use std::sync::Arc;

use axum::body::Body;
use axum::extract::{Path, Query, State as Extract};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use serde_json::{json, Value};

use copydesk::report::load_error_json;
use copydesk::rules::{LoadError, Rule};

use super::answer::{json_response, typed_response, ApiError};
use super::check;
use super::state::State;

/// The editors' page: one file, no network beyond this server.
const PAGE: &str = include_str!("page.html");
/// The OpenAPI document of /v1, written by hand.
const OPENAPI: &str = include_str!("openapi.json");
/// The JSON Schema of the check report (the JSON contract), also in docs/.
const REPORT_SCHEMA: &str = include_str!("../../../../docs/api/check-report.schema.json");

pub async fn page() -> Response {
    let mut r = typed_response(StatusCode::OK, "text/html; charset=utf-8", PAGE.as_bytes().to_vec());
    // The page loads nothing from elsewhere; say so to the browser too.
    let csp = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; img-src 'self' data:";
    r.headers_mut().insert("content-security-policy", axum::http::HeaderValue::from_static(csp));
    r
}

pub async fn openapi() -> Response {
    typed_response(StatusCode::OK, "application/json", OPENAPI.as_bytes().to_vec())
}

pub async fn report_schema() -> Response {
    typed_response(StatusCode::OK, "application/schema+json", REPORT_SCHEMA.as_bytes().to_vec())
}

pub async fn healthz(Extract(state): Extract<Arc<State>>) -> Response {
    let rules = state.checker().rules().rules.len();
    json_response(StatusCode::OK, &json!({"status": "ok", "rules": rules, "version": env!("CARGO_PKG_VERSION")}))
}

pub async fn metrics(Extract(state): Extract<Arc<State>>) -> Response {
    let text = state.metrics.render(state.pool.in_flight(), &state.lanes.open());
    typed_response(StatusCode::OK, "text/plain; version=0.0.4", text.into_bytes())
}

/// Everything but health and metrics, on a connection let in by the overflow lane.
pub async fn too_many_connections() -> ApiError {
    let mut e = ApiError::new(StatusCode::SERVICE_UNAVAILABLE, "the server has too many open connections; try again");
    e.retry_after = Some(1);
    e
}

pub async fn not_found() -> ApiError {
    ApiError::new(StatusCode::NOT_FOUND, "no such endpoint (see /v1/openapi.json)")
}

pub async fn check(
    Extract(state): Extract<Arc<State>>,
    Query(query): Query<HashMap<String, String>>,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, ApiError> {
    let bytes = check::read_body(body, state.max_body, state.read_timeout).await?;
    let job = check::parse(&headers, &query, bytes)?;
    let answer = check::run(&state, job).await?;
    let mut r = typed_response(StatusCode::OK, answer.content_type, answer.report);
    r.extensions_mut().insert(answer.log);
    Ok(r)
}

fn rule_summary(r: &Rule) -> Value {
    json!({
        "id": r.id,
        "kind": r.kind.name(),
        "severity": r.severity.to_string(),
        "message": r.message,
        "help": r.help,
        "link": r.link,
        "source": r.source,
    })
}

pub async fn rules(Extract(state): Extract<Arc<State>>) -> Response {
    let checker = state.checker();
    let rules: Vec<Value> = checker.rules().rules.iter().map(rule_summary).collect();
    json_response(StatusCode::OK, &json!({"rules": rules}))
}

/// One rule with its explain text (`copydesk explain`) and examples.
pub async fn rule(Extract(state): Extract<Arc<State>>, Path(id): Path<String>) -> Result<Response, ApiError> {
    let checker = state.checker();
    let Some(r) = checker.rules().get(&id) else {
        let reason = match checker.validate_rule_names(&[&id]).pop() {
            Some(unknown) => unknown.to_string(),
            None => format!("`{id}` names several rules; ask for one id (see /v1/rules)"),
        };
        return Err(ApiError::new(StatusCode::NOT_FOUND, reason));
    };
    let mut v = rule_summary(r);
    let examples: Vec<Value> = r
        .tests
        .iter()
        .map(|t| {
            json!({
                "text": t.text,
                "dateline": t.dateline.map(|d| d.to_string()),
                "flagged": t.expect.contains(&r.id),
            })
        })
        .collect();
    if let Some(o) = v.as_object_mut() {
        o.insert("description".into(), json!(r.description.as_deref().map(str::trim)));
        o.insert("examples".into(), json!(examples));
    }
    Ok(json_response(StatusCode::OK, &v))
}

/// A load error on one line, for the log.
pub fn load_error_line(e: &LoadError) -> String {
    match e.line_col() {
        Some((line, col)) => format!("{}:{line}:{col}: {}", e.path, e.message),
        None => format!("{}: {}", e.path, e.message),
    }
}

/// Load the rule files again; the old set stays when the new one fails to load.
pub async fn reload(Extract(state): Extract<Arc<State>>) -> Result<Response, ApiError> {
    let s = state.clone();
    let outcome = tokio::task::spawn_blocking(move || s.reload())
        .await
        .map_err(|_| ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "the reload failed (a bug in copydesk)"))?;
    state.metrics.reload(outcome.is_ok());
    match outcome {
        Ok(n) => {
            eprintln!("copydesk serve: reloaded {n} rules");
            Ok(json_response(StatusCode::OK, &json!({"status": "reloaded", "rules": n})))
        }
        Err(errors) => {
            eprintln!("copydesk serve: reload failed ({} errors), the old rules stay", errors.len());
            let reason = "the rule files did not load; the rules loaded before stay in use";
            let details: Vec<Value> = errors.iter().map(load_error_json).collect();
            Err(ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, reason).with("errors", json!(details)))
        }
    }
}
