//! `POST /v1/check`: a JSON request or a raw text body in, the report `check --format json`
//! (or `--format sarif`) writes for one file out, byte for byte.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use axum::body::Body;
use axum::http::{header, HeaderMap, StatusCode};
use chrono::NaiveDate;
use http_body_util::{BodyExt, LengthLimitError, Limited};
use serde::Deserialize;
use serde_json::json;

use copydesk::article::Format;
use copydesk::checker::{CheckError, CheckRequest, Checker};
use copydesk::report::{Emitter, JsonEmitter, SarifEmitter, Summary};

use super::answer::{ApiError, CheckLog};
use super::pool::{Refused, LARGE_TEXT};
use super::state::State;

/// The JSON request.
#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct JsonRequest {
    text: String,
    path: Option<String>,
    dateline: Option<String>,
    #[serde(default)]
    select: Vec<String>,
    #[serde(default)]
    ignore: Vec<String>,
    format: Option<ReportFormat>,
}

#[derive(Deserialize, Debug, Clone, Copy, PartialEq, Eq, Default)]
#[serde(rename_all = "lowercase")]
pub enum ReportFormat {
    #[default]
    Json,
    Sarif,
}

/// One check to run, read from the request.
pub struct Job {
    text: String,
    path: String,
    format: Option<Format>,
    dateline: Option<NaiveDate>,
    select: Vec<String>,
    ignore: Vec<String>,
    report: ReportFormat,
}

/// The body, whole, within the size limit and the read timeout.
pub async fn read_body(body: Body, limit: usize, timeout: Duration) -> Result<Vec<u8>, ApiError> {
    let collect = Limited::new(body, limit).collect();
    match tokio::time::timeout(timeout, collect).await {
        Err(_) => Err(ApiError::new(
            StatusCode::REQUEST_TIMEOUT,
            format!("the request body took over {} s to arrive", timeout.as_secs()),
        )),
        Ok(Err(e)) if e.downcast_ref::<LengthLimitError>().is_some() => Err(ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            format!("the body is over the limit of {limit} bytes (the server's --max-body)"),
        )),
        Ok(Err(e)) => Err(ApiError::new(StatusCode::BAD_REQUEST, format!("cannot read the body: {e}"))),
        Ok(Ok(collected)) => Ok(collected.to_bytes().to_vec()),
    }
}

/// The job a request asks for: a JSON body, or a raw `text/plain` / `text/markdown` body
/// (then `path`, `dateline`, `select`, `ignore` and `format` may come as query parameters).
pub fn parse(headers: &HeaderMap, query: &HashMap<String, String>, body: Vec<u8>) -> Result<Job, ApiError> {
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(|v| v.split(';').next().unwrap_or("").trim().to_ascii_lowercase())
        .unwrap_or_default();
    let text = String::from_utf8(body).map_err(|e| {
        ApiError::new(
            StatusCode::BAD_REQUEST,
            format!("the body is not valid UTF-8 (at byte {})", e.utf8_error().valid_up_to()),
        )
    })?;
    match content_type.as_str() {
        "application/json" | "" => parse_json(&text),
        "text/plain" | "text/markdown" => {
            let list = |key: &str| -> Vec<String> {
                query.get(key).map(|v| v.split(',').map(str::to_string).collect()).unwrap_or_default()
            };
            let report = match query.get("format").map(String::as_str) {
                None | Some("json") => ReportFormat::Json,
                Some("sarif") => ReportFormat::Sarif,
                Some(other) => {
                    return Err(ApiError::new(
                        StatusCode::BAD_REQUEST,
                        format!("format `{other}` is not json or sarif"),
                    ))
                }
            };
            Ok(Job {
                text,
                path: query.get("path").cloned().unwrap_or_else(|| "-".into()),
                // text/markdown is Markdown whatever the path; text/plain goes by the path's ending.
                format: (content_type == "text/markdown").then_some(Format::Markdown),
                dateline: query.get("dateline").map(|d| parse_dateline(d)).transpose()?,
                select: list("select"),
                ignore: list("ignore"),
                report,
            })
        }
        other => Err(ApiError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            format!("content type `{other}`: send application/json, text/plain or text/markdown"),
        )),
    }
}

fn parse_json(text: &str) -> Result<Job, ApiError> {
    let request: JsonRequest = serde_json::from_str(text)
        .map_err(|e| ApiError::new(StatusCode::BAD_REQUEST, format!("malformed JSON request: {e}")))?;
    Ok(Job {
        text: request.text,
        path: request.path.unwrap_or_else(|| "-".into()),
        format: None,
        dateline: request.dateline.as_deref().map(parse_dateline).transpose()?,
        select: request.select,
        ignore: request.ignore,
        report: request.format.unwrap_or_default(),
    })
}

fn parse_dateline(s: &str) -> Result<NaiveDate, ApiError> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| ApiError::new(StatusCode::BAD_REQUEST, format!("dateline `{s}` is not a date like 2025-09-19")))
}

/// Unknown names in `select` / `ignore`, each with the closest known one.
fn validate(checker: &Checker, job: &Job) -> Result<(), ApiError> {
    if job.select.is_empty() && job.ignore.is_empty() {
        return Ok(());
    }
    let unknown: Vec<_> = [("select", &job.select), ("ignore", &job.ignore)]
        .into_iter()
        .flat_map(|(field, names)| checker.validate_rule_names(names).into_iter().map(move |u| (field, u)))
        .collect();
    if unknown.is_empty() {
        return Ok(());
    }
    let reason = unknown.iter().map(|(field, u)| format!("{field}: {u}")).collect::<Vec<_>>().join("; ");
    let details = unknown
        .iter()
        .map(|(field, u)| json!({"field": field, "name": u.name, "did_you_mean": u.suggestion}))
        .collect::<Vec<_>>();
    Err(ApiError::new(StatusCode::BAD_REQUEST, reason).with("unknown_rules", json!(details)))
}

/// A finished check: the report, and what the log and metrics may know of it.
pub struct Answer {
    pub report: Vec<u8>,
    pub content_type: &'static str,
    pub log: CheckLog,
}

/// Check the job on the pool and write its report.
pub async fn run(state: &State, job: Job) -> Result<Answer, ApiError> {
    let checker = state.checker();
    validate(&checker, &job)?;
    let max = state.max_body as u64;
    let started = Instant::now();
    let large = job.text.len() > LARGE_TEXT;
    let outcome = state.pool.run(large, move |deadline| report(&checker, &job, max, deadline)).await;
    let (report, rules, bytes) = match outcome {
        Ok(Ok(done)) => done,
        Ok(Err(Unreported::Input(reason))) => return Err(ApiError::new(StatusCode::BAD_REQUEST, reason)),
        Ok(Err(Unreported::TooSlow)) => return Err(too_slow(state.pool.time_limit())),
        Err(Refused::Full) => {
            let mut e = ApiError::new(StatusCode::SERVICE_UNAVAILABLE, "every worker is busy and the queue is full");
            e.retry_after = Some(1);
            return Err(e);
        }
        Err(Refused::TooSlow(limit)) => return Err(too_slow(limit)),
        Err(Refused::Failed) => {
            return Err(ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "the check failed (a bug in copydesk)"))
        }
    };
    state.metrics.check(bytes, started.elapsed(), rules.iter().map(String::as_str));
    let content_type = if report.1 == ReportFormat::Sarif { "application/sarif+json" } else { "application/json" };
    Ok(Answer { report: report.0, content_type, log: CheckLog { bytes, findings: rules.len() } })
}

/// A check stopped at its time limit: 503, as the server's limit is what refused it (a
/// smaller text, or a server with a longer --check-timeout, gets it checked).
fn too_slow(limit: Duration) -> ApiError {
    let reason =
        format!("the check took over its time limit of {} s and was stopped; send a shorter text", limit.as_secs());
    ApiError::new(StatusCode::SERVICE_UNAVAILABLE, reason).with("time_limit_seconds", json!(limit.as_secs()))
}

type Report = ((Vec<u8>, ReportFormat), Vec<String>, usize);

/// Why a check wrote no report.
enum Unreported {
    /// The text cannot be read (binary, say): the client's error.
    Input(String),
    /// The check passed its deadline and stopped.
    TooSlow,
}

/// The check itself, on a blocking thread: the same emitters `check` uses, fed one file.
fn report(checker: &Checker, job: &Job, max_file_size: u64, deadline: Instant) -> Result<Report, Unreported> {
    let request = CheckRequest {
        path: &job.path,
        format: job.format,
        dateline: job.dateline,
        select: &job.select,
        ignore: &job.ignore,
        max_file_size,
        ..CheckRequest::default()
    };
    let checked = match checker.check_bytes_until(job.text.as_bytes(), &request, deadline) {
        Ok(c) => c,
        Err(CheckError::DeadlinePassed) => return Err(Unreported::TooSlow),
        Err(CheckError::Input(e)) => return Err(Unreported::Input(e.to_string())),
    };
    let narrowed;
    let mut emitter: Box<dyn Emitter> = match job.report {
        ReportFormat::Json => Box::new(JsonEmitter::default()),
        ReportFormat::Sarif => {
            narrowed = {
                let mut rules = checker.rules().clone();
                rules.filter(&job.select, &job.ignore);
                rules
            };
            Box::new(SarifEmitter::new(&narrowed))
        }
    };
    let mut out = Vec::new();
    let written = emitter
        .checked(&checked.article, &checked.findings, &mut out)
        .and_then(|()| emitter.finish(&Summary::of_file(&checked.findings), &mut out));
    written.map_err(|e| Unreported::Input(e.to_string()))?;
    let rules = checked.findings.iter().map(|f| f.rule.clone()).collect();
    Ok(((out, job.report), rules, job.text.len()))
}
