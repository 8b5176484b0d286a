//! `copydesk serve`: the HTTP API for newsroom systems and the editors' page, on axum and
//! tokio. The checking is the library's; this module only reads requests, runs checks on a
//! bounded pool and writes the CLI's own reports back.
//!
//! Articles are often embargoed: nothing here logs or keeps a request body or a finding
//! message. Logs carry routes, statuses, sizes, counts, rule ids and timings only.

mod answer;
mod api;
pub mod args;
mod check;
mod http;
mod lanes;
mod metrics;
mod pool;
mod state;

use std::net::SocketAddr;
use std::process::ExitCode;
use std::sync::{Arc, RwLock};
use std::time::Duration;

use copydesk::checker::Checker;

use crate::args::Cli;
use crate::output::Io;

pub use args::ServeArgs;
use state::State;

/// `copydesk serve`.
pub fn command(cli: &Cli, args: &ServeArgs, io: &Io) -> ExitCode {
    let token = args.token.clone().or_else(|| std::env::var("COPYDESK_TOKEN").ok()).filter(|t| !t.is_empty());
    if !args.host.is_loopback() {
        if token.is_none() {
            eprintln!(
                "error: --host {} is reachable from other machines; set --token (or COPYDESK_TOKEN) so only callers with it are answered",
                args.host
            );
            return ExitCode::from(2);
        }
        eprintln!("warning: listening on {}, reachable from other machines; /v1 calls need the token", args.host);
    }
    let options = cli.checker_options();
    let checker = match Checker::new(&options) {
        Ok(c) => c,
        Err(errors) => {
            io.load_errors(&errors);
            return ExitCode::from(2);
        }
    };
    let workers = args.workers.unwrap_or_else(|| std::thread::available_parallelism().map_or(2, usize::from)).max(1);
    let state = Arc::new(State {
        checker: RwLock::new(Arc::new(checker)),
        options,
        token,
        allow_origin: args.allow_origin.clone(),
        max_body: args.max_body,
        read_timeout: Duration::from_secs(args.read_timeout.max(1)),
        pool: pool::Pool::new(workers, args.queue, Duration::from_secs(args.check_timeout.max(1))),
        metrics: metrics::Metrics::default(),
        lanes: lanes::Lanes::new(args.max_connections),
    });
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(workers.min(4))
        .max_blocking_threads(workers + 2)
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: cannot start the server's runtime: {e}");
            return ExitCode::from(2);
        }
    };
    let addr = SocketAddr::new(args.host, args.port);
    match runtime.block_on(http::run(state, addr)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::from(2)
        }
    }
}
