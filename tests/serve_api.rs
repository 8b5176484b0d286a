//! `copydesk serve` over HTTP on a loopback port: every endpoint, every bad request, the token,
//! reloads, the limits, and the check answer byte for byte what `check --format json` prints.

mod serve_support;

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use serde_json::{json, Value};
use serve_support::{request, wait_for, Server};

const SEED: &str = "corpus/seedlike-bagram.txt";

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn cli(args: &[&str]) -> Vec<u8> {
    let out = Command::new(env!("CARGO_BIN_EXE_copydesk")).args(args).current_dir(root()).output().expect("runs");
    assert!(out.status.code().is_some_and(|c| c <= 1), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    out.stdout
}

/// The corpus articles (text and Markdown), relative to the project.
fn corpus() -> Vec<String> {
    let mut files: Vec<String> = std::fs::read_dir(root().join("corpus"))
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| format!("corpus/{}", e.file_name().to_string_lossy()))
        .filter(|p| p.ends_with(".txt") || p.ends_with(".md"))
        .collect();
    files.sort();
    files
}

fn schema_validator() -> jsonschema::Validator {
    let text = std::fs::read_to_string(root().join("docs/api/check-report.schema.json")).unwrap();
    jsonschema::validator_for(&serde_json::from_str(&text).unwrap()).expect("the schema compiles")
}

#[test]
fn the_check_answers_what_the_cli_prints_byte_for_byte() {
    let server = Server::start(&[]);
    let schema = schema_validator();
    for path in corpus() {
        let text = std::fs::read_to_string(root().join(&path)).unwrap();
        let answer = server.post_json("/v1/check", &json!({"text": text, "path": path}));
        assert_eq!(answer.status, 200, "{path}: {}", answer.text());
        assert_eq!(answer.header("content-type"), Some("application/json"));
        let expected = cli(&["check", "--format", "json", &path]);
        assert_eq!(answer.text(), String::from_utf8(expected).unwrap(), "{path}");
        let doc = answer.json();
        let errors: Vec<String> = schema.iter_errors(&doc).map(|e| format!("{e} at {}", e.instance_path())).collect();
        assert!(errors.is_empty(), "{path}: the answer breaks the schema:\n{}", errors.join("\n"));
    }
    // The CLI's whole-corpus document fits the schema too, and the schema does reject.
    let all: Value = serde_json::from_slice(&cli(&["check", "--format", "json", "corpus"])).unwrap();
    assert!(schema.is_valid(&all));
    let mut broken = all.clone();
    broken["files"][0]["findings"] = json!([{"rule": "x"}]);
    broken["version"] = json!(2);
    assert!(!schema.is_valid(&broken));
}

#[test]
fn raw_bodies_options_and_sarif() {
    let server = Server::start(&[]);
    let text = std::fs::read(root().join(SEED)).unwrap();
    let raw = server.request("POST", &format!("/v1/check?path={SEED}"), &[("content-type", "text/plain")], &text);
    assert_eq!(raw.status, 200);
    assert_eq!(raw.body, cli(&["check", "--format", "json", SEED]));
    let md = std::fs::read(root().join("corpus/clean-transit-fares.md")).unwrap();
    let as_md = server.request("POST", "/v1/check", &[("content-type", "text/markdown; charset=utf-8")], &md);
    assert_eq!(as_md.status, 200);
    assert_eq!(as_md.json()["files"][0]["path"], "-");

    // A dateline and a selection narrow what is found, as --dateline and --select do.
    let text = String::from_utf8(text).unwrap();
    let dated = server.post_json("/v1/check", &json!({"text": text, "path": SEED, "dateline": "2021-09-19"}));
    let expected = cli(&["check", "--format", "json", "--dateline", "2021-09-19", SEED]);
    assert_eq!(dated.body, expected);
    let ignored = server.post_json("/v1/check", &json!({"text": text, "ignore": ["date"]}));
    assert_eq!(ignored.json()["summary"]["errors"], 0);

    let sarif = server.post_json("/v1/check", &json!({"text": text, "path": SEED, "format": "sarif"}));
    assert_eq!(sarif.status, 200);
    assert_eq!(sarif.header("content-type"), Some("application/sarif+json"));
    assert_eq!(sarif.body, cli(&["check", "--format", "sarif", SEED]));
}

#[test]
fn bad_requests_get_a_reason_and_a_4xx() {
    let server = Server::start(&["--max-body", "4K"]);
    let json_type = [("content-type", "application/json")];
    let malformed = server.request("POST", "/v1/check", &json_type, b"{\"text\": ");
    assert_eq!(malformed.status, 400);
    assert!(malformed.reason().starts_with("malformed JSON"), "{}", malformed.reason());
    let missing = server.post_json("/v1/check", &json!({"path": "a.txt"}));
    assert_eq!(missing.status, 400);
    assert!(missing.reason().contains("text"), "{}", missing.reason());
    let typo = server.post_json("/v1/check", &json!({"text": "x", "datline": "2025-01-01"}));
    assert_eq!(typo.status, 400);
    assert!(typo.reason().contains("datline"), "{}", typo.reason());

    let big = vec![b'a'; 5000];
    let over = server.request("POST", "/v1/check", &[("content-type", "text/plain")], &big);
    assert_eq!(over.status, 413);
    assert!(over.reason().contains("4096"), "{}", over.reason());

    let invalid = server.request("POST", "/v1/check", &[("content-type", "text/plain")], b"caf\xe9 \xff");
    assert_eq!(invalid.status, 400);
    assert!(invalid.reason().contains("not valid UTF-8"), "{}", invalid.reason());
    let invalid_json = server.request("POST", "/v1/check", &json_type, b"{\"text\": \"\xff\"}");
    assert_eq!(invalid_json.status, 400);

    let unknown = server.post_json("/v1/check", &json!({"text": "x", "select": ["datee"], "ignore": ["arith.summ"]}));
    assert_eq!(unknown.status, 400);
    let doc = unknown.json();
    assert_eq!(doc["unknown_rules"][0], json!({"field": "select", "name": "datee", "did_you_mean": "date"}));
    assert_eq!(doc["unknown_rules"][1]["did_you_mean"], "arith.sum");
    assert!(unknown.reason().contains("did you mean `date`?"), "{}", unknown.reason());

    let dateline = server.post_json("/v1/check", &json!({"text": "x", "dateline": "2025-02-30"}));
    assert_eq!(dateline.status, 400);
    assert!(dateline.reason().contains("2025-02-30"), "{}", dateline.reason());
    let query_dateline =
        server.request("POST", "/v1/check?dateline=yesterday", &[("content-type", "text/plain")], b"x");
    assert_eq!(query_dateline.status, 400);

    let format = server.post_json("/v1/check", &json!({"text": "x", "format": "xml"}));
    assert_eq!(format.status, 400);
    let media = server.request("POST", "/v1/check", &[("content-type", "application/xml")], b"<a/>");
    assert_eq!(media.status, 415);
    let binary = server.request("POST", "/v1/check", &[("content-type", "text/plain")], b"a\0b");
    assert_eq!(binary.status, 400);
    assert_eq!(server.get("/v1/nothing").status, 404);
    assert_eq!(server.get("/v1/check").status, 405);
    // The server still answers after all that.
    assert_eq!(server.get("/healthz").status, 200);
}

#[test]
fn rules_explain_health_metrics_and_openapi() {
    let server = Server::start(&[]);
    let health = server.get("/healthz").json();
    assert_eq!(health["status"], "ok");
    let rules = server.get("/v1/rules").json();
    let list = rules["rules"].as_array().unwrap();
    assert_eq!(list.len() as u64, health["rules"].as_u64().unwrap());
    assert!(list.iter().any(|r| r["id"] == "date.year-mismatch"));

    let rule = server.get("/v1/rules/date.year-mismatch").json();
    assert_eq!(rule["severity"], "error");
    assert!(rule["description"].as_str().is_some_and(|d| d.len() > 40));
    let examples = rule["examples"].as_array().unwrap();
    assert!(examples.iter().any(|e| e["flagged"] == true) && examples.iter().any(|e| e["flagged"] == false));
    let unknown = server.get("/v1/rules/date.year-mismatc");
    assert_eq!(unknown.status, 404);
    assert!(unknown.reason().contains("did you mean `date.year-mismatch`?"), "{}", unknown.reason());
    assert_eq!(server.get("/v1/rules/date").status, 404, "a prefix is not one rule");

    let text = std::fs::read_to_string(root().join(SEED)).unwrap();
    assert_eq!(server.post_json("/v1/check", &json!({"text": text})).status, 200);
    let metrics = server.get("/metrics");
    assert!(metrics.header("content-type").unwrap().starts_with("text/plain"));
    let metrics = metrics.text();
    for line in [
        "copydesk_requests_total{route=\"/v1/check\",status=\"200\"} 1",
        "copydesk_requests_total{route=\"/v1/rules/{id}\",status=\"404\"} 2",
        "copydesk_findings_total{rule=\"date.year-mismatch\"} 1",
        "copydesk_check_duration_seconds_count 1",
        "copydesk_check_duration_seconds_bucket{le=\"+Inf\"} 1",
    ] {
        assert!(metrics.lines().any(|l| l == line), "no `{line}` in:\n{metrics}");
    }

    let openapi = server.get("/v1/openapi.json").json();
    assert_eq!(openapi["openapi"], "3.1.0");
    for path in ["/v1/check", "/v1/rules", "/v1/rules/{id}", "/v1/reload", "/healthz", "/metrics"] {
        assert!(openapi["paths"][path].is_object(), "OpenAPI lacks {path}");
    }
    let schema = server.get("/v1/schema/check-report.json").json();
    assert_eq!(schema["title"], "copydesk check report");
    let page = server.get("/");
    assert_eq!(page.status, 200);
    assert!(page.header("content-type").unwrap().starts_with("text/html"));
}

#[test]
fn the_token_guards_v1_only() {
    let server = Server::start_with(&[], &[], &[("COPYDESK_TOKEN", "")]);
    assert_eq!(server.get("/v1/rules").status, 200, "no token set, none needed");
    drop(server);
    let server = Server::start_with(&[], &[], &[("COPYDESK_TOKEN", "from-env")]);
    assert_eq!(server.get("/v1/rules").status, 401);
    let with = server.request("GET", "/v1/rules", &[("authorization", "Bearer from-env")], b"");
    assert_eq!(with.status, 200);
    drop(server);
    let server = Server::start(&["--token", "s3cret"]);
    let denied = server.get("/v1/rules");
    assert_eq!(denied.status, 401);
    assert_eq!(denied.header("www-authenticate"), Some("Bearer"));
    let wrong = server.request("GET", "/v1/rules", &[("authorization", "Bearer s3cres")], b"");
    assert_eq!(wrong.status, 401);
    let right = server.request("GET", "/v1/rules", &[("authorization", "Bearer s3cret")], b"");
    assert_eq!(right.status, 200);
    let check = server.request("POST", "/v1/check", &[("content-type", "text/plain")], b"x");
    assert_eq!(check.status, 401);
    assert_eq!(server.get("/healthz").status, 200);
    assert_eq!(server.get("/metrics").status, 200);
    assert_eq!(server.get("/").status, 200);
}

#[test]
fn other_addresses_need_a_token() {
    let out = Command::new(env!("CARGO_BIN_EXE_copydesk"))
        .args(["serve", "--host", "0.0.0.0", "--port", "0"])
        .env_remove("COPYDESK_TOKEN")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--token"));
    let server = Server::start(&["--host", "0.0.0.0", "--token", "t"]);
    assert!(server.log().contains("warning: listening on 0.0.0.0"), "{}", server.log());
}

#[test]
fn cors_for_another_origin() {
    let server = Server::start(&["--allow-origin", "https://cms.example"]);
    let preflight = server.request(
        "OPTIONS",
        "/v1/check",
        &[("origin", "https://cms.example"), ("access-control-request-method", "POST")],
        b"",
    );
    assert_eq!(preflight.status, 204);
    assert_eq!(preflight.header("access-control-allow-origin"), Some("https://cms.example"));
    assert!(preflight.header("access-control-allow-headers").unwrap().contains("authorization"));
    let answer = server.get("/v1/rules");
    assert_eq!(answer.header("access-control-allow-origin"), Some("https://cms.example"));
}

const HOUSE_RULE: &str = "[[rule]]\nid = \"house.zebra\"\nkind = \"existence\"\nseverity = \"warning\"\nmessage = \"no zebras\"\ntokens = [\"zebra\"]\n";

#[test]
fn reload_keeps_the_old_rules_when_the_new_ones_fail() {
    let dir = std::env::temp_dir().join(format!("copydesk-serve-reload-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("house.toml");
    std::fs::write(&file, HOUSE_RULE).unwrap();
    let file_arg = file.to_string_lossy().to_string();
    let server = Server::start_with(&["--rules", &file_arg], &[], &[]);
    let zebra = || server.post_json("/v1/check", &json!({"text": "A zebra ran.\n", "select": ["house"]}));
    assert_eq!(zebra().json()["summary"]["warnings"], 1);

    std::fs::write(&file, "[[rule]]\nid = \"house.zebra\"\nkind = \"no-such-kind\"\n").unwrap();
    let failed = server.request("POST", "/v1/reload", &[], b"");
    assert_eq!(failed.status, 422);
    let errors = failed.json()["errors"].as_array().unwrap().clone();
    assert!(!errors.is_empty() && errors[0]["path"].as_str().unwrap().ends_with("house.toml"), "{errors:?}");
    assert_eq!(zebra().json()["summary"]["warnings"], 1, "the old rules stay");

    // SIGHUP reloads too; a failed one leaves the old rules and says so in the log.
    server.signal("HUP");
    server.wait_log("the failed SIGHUP reload", |l| l.contains("SIGHUP: reload failed"));
    assert_eq!(zebra().json()["summary"]["warnings"], 1);

    std::fs::write(&file, HOUSE_RULE.replace("zebra\"]", "lion\"]")).unwrap();
    server.signal("HUP");
    server.wait_log("the SIGHUP reload", |l| l.contains("SIGHUP: reloaded"));
    assert_eq!(zebra().json()["summary"]["warnings"], 0);
    let ok = server.request("POST", "/v1/reload", &[], b"");
    assert_eq!(ok.status, 200, "{}", ok.text());
    let metrics = server.get("/metrics").text();
    assert!(metrics.contains("copydesk_reloads_total{outcome=\"failed\"} 2"), "{metrics}");
    std::fs::remove_dir_all(&dir).unwrap();
}

/// A long draft, slow to check in a debug build.
fn big_draft(bytes: usize) -> String {
    let seed = std::fs::read_to_string(root().join(SEED)).unwrap();
    seed.repeat(bytes / seed.len() + 1)[..bytes].to_string()
}

/// Checks running or waiting, from /metrics.
fn in_flight(server: &Server) -> u64 {
    let metrics = server.get("/metrics").text();
    let line = metrics.lines().find(|l| l.starts_with("copydesk_checks_in_flight ")).unwrap();
    line.rsplit(' ').next().unwrap().parse().unwrap()
}

#[test]
fn a_full_pool_answers_503_and_the_server_stays_up() {
    let server = Server::start(&["--workers", "1", "--queue", "0", "--check-timeout", "600"]);
    let addr = server.addr;
    let big = big_draft(1_000_000);
    let slow = std::thread::spawn(move || {
        request(addr, "POST", "/v1/check", &[("content-type", "text/plain")], big.as_bytes()).status
    });
    wait_for("the big check to start", Duration::from_secs(60), || in_flight(&server) == 1);
    let turned_away = server.post_json("/v1/check", &json!({"text": "Short."}));
    assert_eq!(turned_away.status, 503, "{}", turned_away.text());
    assert_eq!(turned_away.header("retry-after"), Some("1"));
    assert_eq!(server.get("/healthz").status, 200, "health answers while the pool is full");
    assert_eq!(slow.join().unwrap(), 200);
    assert_eq!(server.post_json("/v1/check", &json!({"text": "Short."})).status, 200);
}

#[test]
fn long_drafts_leave_a_worker_for_short_ones() {
    let server = Server::start(&["--workers", "2", "--queue", "4", "--check-timeout", "600"]);
    let addr = server.addr;
    let drafts: Vec<_> = (0..2)
        .map(|_| {
            let big = big_draft(1_000_000);
            std::thread::spawn(move || {
                request(addr, "POST", "/v1/check", &[("content-type", "text/plain")], big.as_bytes()).status
            })
        })
        .collect();
    wait_for("both long drafts in", Duration::from_secs(60), || in_flight(&server) == 2);
    let short = server.post_json("/v1/check", &json!({"text": "Short."}));
    assert_eq!(short.status, 200);
    assert!(in_flight(&server) >= 1, "the short check was answered while a long one still ran");
    for d in drafts {
        assert_eq!(d.join().unwrap(), 200);
    }
}

#[test]
fn slow_checks_and_slow_clients_are_cut_off() {
    let server = Server::start(&["--check-timeout", "1", "--read-timeout", "1"]);
    let big = big_draft(2_000_000);
    let slow = server.request("POST", "/v1/check", &[("content-type", "text/plain")], big.as_bytes());
    assert_eq!(slow.status, 503, "{}", slow.text());
    assert!(slow.reason().contains("time limit"), "{}", slow.reason());

    // A body that never comes whole.
    use std::io::{Read, Write};
    let mut stream = std::net::TcpStream::connect(server.addr).unwrap();
    stream
        .write_all(b"POST /v1/check HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 100\r\n\r\nabc")
        .unwrap();
    let mut raw = Vec::new();
    let _ = stream.read_to_end(&mut raw);
    assert_eq!(serve_support::parse_answer(&raw).status, 408);
    // Headers that never end: the connection is closed.
    let mut stream = std::net::TcpStream::connect(server.addr).unwrap();
    stream.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n").unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    let mut raw = Vec::new();
    let read = stream.read_to_end(&mut raw);
    assert!(read.is_ok(), "the server closed the connection: {read:?}");
}

#[test]
fn a_check_over_its_time_limit_stops_and_frees_its_worker() {
    // One worker and no queue: a check is turned away unless the worker is free.
    // The draft must take well over a second even in a fast build on a fast machine.
    let server = Server::start(&["--workers", "1", "--queue", "0", "--check-timeout", "1", "--max-body", "8M"]);
    let big = big_draft(6_000_000);
    let slow = server.request("POST", "/v1/check", &[("content-type", "text/plain")], big.as_bytes());
    assert_eq!(slow.status, 503, "{}", slow.text());
    assert!(slow.reason().contains("time limit of 1 s and was stopped"), "{}", slow.reason());
    assert_eq!(slow.json()["time_limit_seconds"], 1);
    assert_eq!(slow.header("retry-after"), None, "the same text would take as long again");
    // The check stopped before it was answered: the worker takes the next one at once.
    assert_eq!(in_flight(&server), 0);
    let next = server.post_json("/v1/check", &json!({"text": "Short."}));
    assert_eq!(next.status, 200, "{}", next.text());
}

/// A GET on a new connection, or None when the server closes it unanswered.
fn try_get(server: &Server, path: &str) -> Option<serve_support::Answer> {
    use std::io::{Read, Write};
    let mut stream = std::net::TcpStream::connect(server.addr).ok()?;
    stream.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    let head = format!("GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    stream.write_all(head.as_bytes()).ok()?;
    let mut raw = Vec::new();
    let _ = stream.read_to_end(&mut raw);
    raw.windows(4).any(|w| w == b"\r\n\r\n").then(|| serve_support::parse_answer(&raw))
}

/// Connections open in a lane, from /metrics (None: the server closed the connection).
fn open_connections(server: &Server, lane: &str) -> Option<u64> {
    let metrics = try_get(server, "/metrics")?.text();
    let prefix = format!("copydesk_connections_open{{lane=\"{lane}\"}} ");
    let line = metrics.lines().find(|l| l.starts_with(&prefix)).unwrap_or_else(|| panic!("no {prefix} in {metrics}"));
    line[prefix.len()..].parse().ok()
}

/// A client that opens a connection and sends half a request head, then nothing.
fn slow_client(server: &Server) -> std::net::TcpStream {
    use std::io::Write;
    let mut stream = std::net::TcpStream::connect(server.addr).unwrap();
    stream.write_all(b"POST /v1/check HTTP/1.1\r\nHost: x\r\n").unwrap();
    stream
}

#[test]
fn a_flood_of_slow_clients_leaves_health_answering() {
    let server = Server::start(&["--max-connections", "8"]);
    let slow: Vec<_> = (0..8).map(|_| slow_client(&server)).collect();
    // Every place of the main lane is held; /metrics itself is answered by the overflow lane.
    wait_for("8 slow connections in", Duration::from_secs(60), || open_connections(&server, "main") == Some(8));
    let health = server.get("/healthz");
    assert_eq!(health.status, 200, "{}", health.text());
    assert_eq!(health.json()["status"], "ok");
    let check = server.post_json("/v1/check", &json!({"text": "Short."}));
    assert_eq!(check.status, 503);
    assert!(check.reason().contains("too many open connections"), "{}", check.reason());
    assert_eq!(check.header("retry-after"), Some("1"));

    // Slow clients fill the overflow lane (16 places) too: a new connection is closed at once.
    // They are cut off after 2 s, so more keep coming until one probe is refused.
    let mut overflow = Vec::new();
    wait_for("a connection refused", Duration::from_secs(60), || {
        overflow.extend((0..16).map(|_| slow_client(&server)));
        try_get(&server, "/healthz").is_none()
    });
    // Once those are cut off, health answers again, while the main lane is still full.
    wait_for("health to answer again", Duration::from_secs(60), || {
        try_get(&server, "/healthz").is_some_and(|a| a.status == 200)
    });
    // An overflow place freed for the probe above may not be free again yet on a loaded
    // machine: ask until the overflow lane answers.
    let mut answered = None;
    wait_for("metrics to answer", Duration::from_secs(60), || {
        answered = try_get(&server, "/metrics").filter(|a| a.status == 200);
        answered.is_some()
    });
    let metrics = answered.unwrap().text();
    assert!(!metrics.contains("copydesk_connections_refused_total 0\n"), "{metrics}");
    assert!(metrics.contains("copydesk_connections_open{lane=\"main\"} 8\n"), "{metrics}");

    // The slow clients go: the main lane takes checks again.
    drop(slow);
    drop(overflow);
    wait_for("the main lane to empty", Duration::from_secs(60), || open_connections(&server, "main") == Some(1));
    assert_eq!(server.post_json("/v1/check", &json!({"text": "Short."})).status, 200);
}

#[test]
fn shutdown_finishes_requests_in_flight() {
    // A debug build on a busy machine can take longer than the default time limit over the
    // big draft; this test is about shutting down, not about the limit.
    let mut server = Server::start(&["--check-timeout", "600"]);
    let addr = server.addr;
    // Long enough that the check is still running when the poll below looks for it.
    let big = big_draft(2_000_000);
    let in_flight_check = std::thread::spawn(move || {
        request(addr, "POST", "/v1/check", &[("content-type", "text/plain")], big.as_bytes()).status
    });
    wait_for("the check to start", Duration::from_secs(60), || in_flight(&server) == 1);
    server.signal("TERM");
    assert_eq!(in_flight_check.join().unwrap(), 200);
    assert_eq!(server.wait_exit(Duration::from_secs(60)), Some(0));
}

/// Words of four letters or more in a text, lowercased.
fn words(text: &str) -> std::collections::BTreeSet<String> {
    text.split(|c: char| !c.is_alphabetic()).filter(|w| w.chars().count() >= 4).map(str::to_lowercase).collect()
}

#[test]
fn the_log_holds_no_word_of_the_article() {
    let server = Server::start(&[]);
    let mut articles = vec![std::fs::read_to_string(root().join(SEED)).unwrap()];
    // The original seed, where the project's shared files are beside it.
    if let Ok(seed) = std::fs::read_to_string(root().join("../shared/seeds/bagram-2025-09-19.txt")) {
        articles.push(seed);
    }
    // The log's own words (routes, methods, units), from checks of a text with no words.
    let blank = "1 2 3\n";
    for body in [json!({"text": blank}), json!({"text": blank, "format": "sarif"})] {
        assert_eq!(server.post_json("/v1/check", &body).status, 200);
    }
    assert_eq!(server.request("POST", "/v1/check", &[("content-type", "text/plain")], blank.as_bytes()).status, 200);
    server.wait_log("the first log lines", |l| l.matches("/v1/check 200").count() == 3);
    let own_words = words(&server.log());
    for text in &articles {
        let answer = server.post_json("/v1/check", &json!({"text": text, "path": "bagram.txt"}));
        assert_eq!(answer.status, 200);
        assert!(answer.json()["summary"]["errors"].as_u64().unwrap() > 0, "the seed has findings");
        let sarif = server.post_json("/v1/check", &json!({"text": text, "format": "sarif"}));
        assert_eq!(sarif.status, 200);
        let raw = server.request("POST", "/v1/check", &[("content-type", "text/plain")], text.as_bytes());
        assert_eq!(raw.status, 200);
    }
    server.wait_log("the log lines", |l| l.matches("/v1/check 200").count() == 3 + 3 * articles.len());
    let log = server.log();
    let log_words: std::collections::BTreeSet<String> = words(&log).difference(&own_words).cloned().collect();
    for text in &articles {
        let leaked: Vec<String> = words(text).intersection(&log_words).cloned().collect();
        assert!(leaked.is_empty(), "the log holds words of the article: {leaked:?}\n{log}");
    }
}
