//! The listener, the router and what wraps every request: the token, CORS, the log line and
//! the request counts. Connections are served with hyper directly (not `axum::serve`) for the
//! header read timeout and a graceful shutdown that finishes requests in flight.

use std::fmt::Write as _;
use std::io::Write as _;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Instant;

use axum::body::Body;
use axum::extract::{Request, State as Extract};
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;

use super::answer::{ApiError, CheckLog};
use super::api;
use super::lanes::OVERFLOW_READ_TIMEOUT;
use super::state::State;

fn router(state: Arc<State>) -> Router {
    Router::new()
        .route("/", get(api::page))
        .route("/healthz", get(api::healthz))
        .route("/metrics", get(api::metrics))
        .route("/v1/check", post(api::check))
        .route("/v1/rules", get(api::rules))
        .route("/v1/rules/{id}", get(api::rule))
        .route("/v1/reload", post(api::reload))
        .route("/v1/openapi.json", get(api::openapi))
        .route("/v1/schema/check-report.json", get(api::report_schema))
        .fallback(api::not_found)
        .layer(middleware::from_fn_with_state(state.clone(), wrap))
        .with_state(state)
}

/// What a connection in the overflow lane is answered: health and metrics, nothing else.
fn overflow_router(state: Arc<State>) -> Router {
    Router::new()
        .route("/healthz", get(api::healthz))
        .route("/metrics", get(api::metrics))
        .fallback(api::too_many_connections)
        .layer(middleware::from_fn_with_state(state.clone(), wrap))
        .with_state(state)
}

/// The route a path counts under in metrics: the route's pattern, never the id asked for.
fn route_label(path: &str) -> &'static str {
    match path {
        "/" => "/",
        "/healthz" => "/healthz",
        "/metrics" => "/metrics",
        "/v1/check" => "/v1/check",
        "/v1/rules" => "/v1/rules",
        "/v1/reload" => "/v1/reload",
        "/v1/openapi.json" => "/v1/openapi.json",
        "/v1/schema/check-report.json" => "/v1/schema/check-report.json",
        p if p.starts_with("/v1/rules/") => "/v1/rules/{id}",
        _ => "other",
    }
}

static REQUEST_IDS: AtomicU64 = AtomicU64::new(1);

/// Around every request: CORS, the token on /v1, then one log line and the request count.
async fn wrap(Extract(state): Extract<Arc<State>>, request: Request, next: Next) -> Response {
    let started = Instant::now();
    let id = REQUEST_IDS.fetch_add(1, Ordering::Relaxed);
    let method = request.method().clone();
    let route = route_label(request.uri().path());
    let mut response = if method == Method::OPTIONS && state.allow_origin.is_some() {
        preflight()
    } else if route.starts_with("/v1/") && !authorized(&state, &request) {
        let mut r =
            ApiError::new(StatusCode::UNAUTHORIZED, "this server needs `Authorization: Bearer TOKEN`").into_response();
        r.headers_mut().insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        r
    } else {
        next.run(request).await
    };
    if let Some(origin) = state.allow_origin.as_deref().and_then(|o| HeaderValue::from_str(o).ok()) {
        let h = response.headers_mut();
        h.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, origin);
        h.insert(header::VARY, HeaderValue::from_static("Origin"));
    }
    let status = response.status().as_u16();
    state.metrics.request(route, status);
    let took = started.elapsed().as_secs_f64() * 1000.0;
    let mut line = format!("copydesk serve: #{id} {method} {route} {status} {took:.1} ms");
    if let Some(c) = response.extensions().get::<CheckLog>() {
        let _ = write!(line, ", {} bytes, {} findings", c.bytes, c.findings);
    }
    line.push('\n');
    // One write per line (stderr is unbuffered: eprintln! writes each piece on its own).
    let _ = std::io::stderr().write_all(line.as_bytes());
    response
}

fn preflight() -> Response {
    let mut r = Response::new(Body::empty());
    *r.status_mut() = StatusCode::NO_CONTENT;
    let h = r.headers_mut();
    h.insert(header::ACCESS_CONTROL_ALLOW_METHODS, HeaderValue::from_static("GET, POST, OPTIONS"));
    h.insert(header::ACCESS_CONTROL_ALLOW_HEADERS, HeaderValue::from_static("authorization, content-type"));
    h.insert(header::ACCESS_CONTROL_MAX_AGE, HeaderValue::from_static("600"));
    r
}

/// Whether the request may call /v1: no token set, or the right bearer token (compared in
/// time that does not depend on where it differs).
fn authorized(state: &State, request: &Request) -> bool {
    let Some(token) = &state.token else { return true };
    let sent = request
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .unwrap_or("");
    sent.len() == token.len() && sent.bytes().zip(token.bytes()).fold(0u8, |acc, (a, b)| acc | (a ^ b)) == 0
}

/// Listen on `addr` until SIGTERM or Ctrl-C, then finish the requests in flight. SIGHUP
/// reloads the rules.
pub async fn run(state: Arc<State>, addr: SocketAddr) -> Result<(), String> {
    let listener = TcpListener::bind(addr).await.map_err(|e| format!("cannot listen on {addr}: {e}"))?;
    let bound = listener.local_addr().map_err(|e| format!("cannot listen on {addr}: {e}"))?;
    let rules = state.checker().rules().rules.len();
    eprintln!("copydesk serve: listening on http://{bound}/ ({rules} rules)");
    tokio::spawn(reload_on_hangup(state.clone()));
    let read_timeout = state.read_timeout;
    let app = router(state.clone());
    let overflow = overflow_router(state.clone());
    let graceful = GracefulShutdown::new();
    let mut shutdown = std::pin::pin!(shutdown_signal());
    loop {
        let (stream, _) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(a) => a,
                // Out of file descriptors and the like: wait a little rather than spin.
                Err(_) => {
                    tokio::time::sleep(std::time::Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let Some(lane) = state.lanes.admit() else {
            state.metrics.connection_refused();
            drop(stream);
            continue;
        };
        let _ = stream.set_nodelay(true);
        let mut builder = hyper::server::conn::http1::Builder::new();
        builder.timer(TokioTimer::new());
        let service = if lane.overflow {
            builder.header_read_timeout(read_timeout.min(OVERFLOW_READ_TIMEOUT)).keep_alive(false);
            TowerToHyperService::new(overflow.clone())
        } else {
            builder.header_read_timeout(read_timeout);
            TowerToHyperService::new(app.clone())
        };
        let conn = graceful.watch(builder.serve_connection(TokioIo::new(stream), service));
        tokio::spawn(async move {
            let _ = conn.await;
            drop(lane);
        });
    }
    drop(listener);
    eprintln!("copydesk serve: shutting down, finishing requests in flight");
    tokio::select! {
        () = graceful.shutdown() => {}
        () = tokio::time::sleep(read_timeout) => eprintln!("copydesk serve: gave up waiting for open connections"),
    }
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {}
        () = term => {}
    }
}

async fn reload_on_hangup(state: Arc<State>) {
    #[cfg(unix)]
    {
        let Ok(mut hangups) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::hangup()) else {
            return;
        };
        while hangups.recv().await.is_some() {
            let s = state.clone();
            let outcome = tokio::task::spawn_blocking(move || s.reload()).await;
            match outcome {
                Ok(Ok(n)) => {
                    state.metrics.reload(true);
                    eprintln!("copydesk serve: SIGHUP: reloaded {n} rules");
                }
                Ok(Err(errors)) => {
                    state.metrics.reload(false);
                    eprintln!("copydesk serve: SIGHUP: reload failed, the old rules stay:");
                    for e in &errors {
                        eprintln!("  {}", api::load_error_line(e));
                    }
                }
                Err(_) => state.metrics.reload(false),
            }
        }
    }
    #[cfg(not(unix))]
    let _ = state;
}
