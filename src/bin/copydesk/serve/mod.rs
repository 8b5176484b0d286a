//! `copydesk serve`: the HTTP API for newsroom systems and the editors' page, on axum and
//! tokio. The checking is the library's; this module only reads requests, runs checks on a
//! bounded pool and writes the CLI's own reports back.
//!
//! Articles are often embargoed: nothing here logs or keeps a request body or a finding
//! message. Logs carry routes, statuses, sizes, counts, rule ids and timings only.

mod api;
mod check;
mod http;
mod metrics;
mod pool;

use std::net::{IpAddr, SocketAddr};
use std::process::ExitCode;
use std::sync::{Arc, RwLock};
use std::time::Duration;

use copydesk::checker::{Checker, CheckerOptions};
use copydesk::rules::LoadError;

use crate::args::Cli;
use crate::output::Io;

/// The options of `copydesk serve`.
#[derive(clap::Args, Debug)]
pub struct ServeArgs {
    /// The address to listen on. Anything but loopback needs --token.
    #[arg(long, default_value = "127.0.0.1")]
    pub host: IpAddr,
    /// The port to listen on (0: any free port; the address is printed on stderr).
    #[arg(long, default_value_t = 8377)]
    pub port: u16,
    /// A bearer token every /v1 call must send (`Authorization: Bearer TOKEN`); default: the
    /// COPYDESK_TOKEN environment variable (which keeps it out of `ps`).
    #[arg(long)]
    pub token: Option<String>,
    /// The largest request body, in bytes (suffixes K, M: KiB, MiB).
    #[arg(long, value_name = "BYTES", value_parser = parse_size, default_value = "2M")]
    pub max_body: usize,
    /// Answer cross-origin calls from this origin (a CMS on another host), e.g. https://cms.example.
    #[arg(long, value_name = "ORIGIN")]
    pub allow_origin: Option<String>,
    /// Checks run at once (default: the number of cores).
    #[arg(long)]
    pub workers: Option<usize>,
    /// Checks waiting for a worker before new ones are turned away with 503.
    #[arg(long, default_value_t = 64)]
    pub queue: usize,
    /// The longest one check may take, in seconds, before it is answered with 503.
    #[arg(long, default_value_t = 10)]
    pub check_timeout: u64,
}

fn parse_size(s: &str) -> Result<usize, String> {
    let t = s.trim();
    let (digits, mult) = match t.char_indices().last() {
        Some((i, 'k' | 'K')) => (&t[..i], 1usize << 10),
        Some((i, 'm' | 'M')) => (&t[..i], 1 << 20),
        _ => (t, 1),
    };
    digits
        .parse::<usize>()
        .ok()
        .and_then(|n| n.checked_mul(mult))
        .filter(|&n| n > 0)
        .ok_or_else(|| format!("`{s}` is not a size like 4096, 64K or 2M"))
}

/// What every request shares.
pub struct State {
    /// The loaded rules; a reload swaps in a new checker whole.
    checker: RwLock<Arc<Checker>>,
    /// What a reload loads again.
    options: CheckerOptions,
    token: Option<String>,
    allow_origin: Option<String>,
    max_body: usize,
    pool: pool::Pool,
    metrics: metrics::Metrics,
}

impl State {
    fn checker(&self) -> Arc<Checker> {
        self.checker.read().unwrap_or_else(std::sync::PoisonError::into_inner).clone()
    }

    /// Load the rules again; on failure the old ones stay and the errors come back.
    fn reload(&self) -> Result<usize, Vec<LoadError>> {
        let checker = Checker::new(&self.options)?;
        let count = checker.rules().rules.len();
        *self.checker.write().unwrap_or_else(std::sync::PoisonError::into_inner) = Arc::new(checker);
        Ok(count)
    }
}

/// How long a client may take to send its request (headers, then body).
pub const REQUEST_READ_TIMEOUT: Duration = Duration::from_secs(30);

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
        pool: pool::Pool::new(workers, args.queue, Duration::from_secs(args.check_timeout.max(1))),
        metrics: metrics::Metrics::default(),
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
