//! The options of `copydesk serve`.

use std::net::IpAddr;

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
    /// How long a client may take to send its request (headers, then body), in seconds.
    #[arg(long, default_value_t = 30, value_name = "SECONDS")]
    pub read_timeout: u64,
    /// Connections served at once. Past that, a small overflow lane (an eighth as many, at
    /// least 16) answers /healthz and /metrics only, with 2 s to send a request; past both,
    /// new connections are closed at once.
    #[arg(long, default_value_t = 512, value_name = "N")]
    pub max_connections: usize,
    /// The longest one check may take, in seconds, before it is answered with 503.
    #[arg(long, default_value_t = 10, value_name = "SECONDS")]
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
