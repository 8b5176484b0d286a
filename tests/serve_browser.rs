//! The editors' page in headless Chromium, driven over WebDriver (fantoccini, no TLS, nothing
//! downloaded): paste the seed article, see the year highlighted and listed, select it and see
//! the related span, fix the year by typing, filter, and paste HTML that must stay inert.
//!
//! Needs Debian's `chromium` and `chromium-driver` (.ci/run installs them). Without them the
//! test says so loudly and passes, unless COPYDESK_REQUIRE_BROWSER=1 (as in CI).

mod serve_support;

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};
use serve_support::{request, wait_for, Server};

const WAIT: Duration = Duration::from_secs(30);

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The first of `names` on PATH or at a known Debian place.
fn find(names: &[&str]) -> Option<PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    names.iter().find_map(|name| {
        let candidate = Path::new(name);
        if candidate.is_absolute() {
            return candidate.is_file().then(|| candidate.to_path_buf());
        }
        std::env::split_paths(&path).map(|d| d.join(name)).find(|p| p.is_file())
    })
}

struct Driver {
    child: Child,
    url: String,
    profile: PathBuf,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.profile);
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// chromedriver on a free port, once it answers /status.
fn start_driver(driver: &Path) -> Driver {
    let port = free_port();
    let child = Command::new(driver)
        .args([format!("--port={port}"), "--allowed-ips=127.0.0.1".into()])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromedriver starts");
    let profile = std::env::temp_dir().join(format!("copydesk-chromium-{}-{port}", std::process::id()));
    std::fs::create_dir_all(&profile).unwrap();
    let addr = format!("127.0.0.1:{port}").parse().unwrap();
    wait_for("chromedriver to answer", WAIT, || {
        std::net::TcpStream::connect(addr).is_ok() && request(addr, "GET", "/status", &[], b"").status == 200
    });
    Driver { child, url: format!("http://127.0.0.1:{port}"), profile }
}

async fn connect(driver: &Driver, chromium: &Path) -> Client {
    let args = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1400,900",
    ];
    let mut args: Vec<String> = args.iter().map(ToString::to_string).collect();
    args.push(format!("--user-data-dir={}", driver.profile.display()));
    let caps = json!({
        "browserName": "chrome",
        "goog:chromeOptions": {"args": args, "binary": chromium.display().to_string()},
    });
    let caps = caps.as_object().unwrap().clone().into_iter().collect();
    let connector = hyper_util::client::legacy::connect::HttpConnector::new();
    ClientBuilder::new(connector).capabilities(caps).connect(&driver.url).await.expect("a WebDriver session")
}

/// Run `script` (a function body; `arguments` as WebDriver passes them) until it returns
/// true, or fail after WAIT saying what was awaited.
async fn wait_until(c: &Client, what: &str, script: &str, args: Vec<Value>) {
    let until = std::time::Instant::now() + WAIT;
    loop {
        if c.execute(script, args.clone()).await.expect("script runs") == Value::Bool(true) {
            return;
        }
        if std::time::Instant::now() > until {
            let summary = c.execute("return document.getElementById('summary').textContent + ' / ' + document.getElementById('status').textContent", vec![]).await;
            panic!("timed out waiting for {what} (page: {summary:?})");
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Put `text` in the draft as a paste would, and fire the input event the page listens to.
async fn paste(c: &Client, text: &str) {
    let script = "const d = document.getElementById('draft'); d.focus(); d.value = arguments[0]; \
                  d.dispatchEvent(new InputEvent('input', {inputType: 'insertFromPaste'}));";
    c.execute(script, vec![json!(text)]).await.expect("paste");
}

const HAS: &str = "return document.querySelector(arguments[0]) !== null;";
const HAS_NOT: &str = "return document.querySelector(arguments[0]) === null;";

/// The seed article, and the lines of its year finding and of the related span.
/// The screenshot kept in docs/ shows the corpus's seed-like article, never the original.
fn seed() -> (String, usize, usize) {
    let original = root().join("../shared/seeds/bagram-2025-09-19.txt");
    let read = if std::env::var_os("COPYDESK_SCREENSHOT").is_some() {
        Err(std::io::ErrorKind::NotFound.into())
    } else {
        std::fs::read_to_string(original)
    };
    match read {
        Ok(text) => (text, 3, 11),
        Err(_) => (std::fs::read_to_string(root().join("corpus/seedlike-bagram.txt")).unwrap(), 5, 15),
    }
}

#[test]
fn the_page_in_headless_chromium() {
    let required = std::env::var_os("COPYDESK_REQUIRE_BROWSER").is_some_and(|v| v == "1");
    let chromium = find(&["/usr/lib/chromium/chromium", "chromium", "chromium-browser"]);
    let driver = find(&["chromedriver", "/usr/lib/chromium/chromedriver"]);
    let (Some(chromium), Some(driver)) = (chromium, driver) else {
        assert!(!required, "COPYDESK_REQUIRE_BROWSER=1 but chromium or chromedriver is missing");
        eprintln!("\n*** SKIPPED the browser test: install Debian's chromium and chromium-driver to run it ***\n");
        return;
    };
    let server = Server::start(&[]);
    let driver = start_driver(&driver);
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().unwrap();
    runtime.block_on(async {
        let c = connect(&driver, &chromium).await;
        scenario(&c, &format!("http://{}/", server.addr)).await;
        let _ = c.close().await;
    });
    let log = server.log();
    assert!(!log.contains("Trump"), "the server log holds article text:\n{log}");
}

async fn scenario(c: &Client, url: &str) {
    c.goto(url).await.expect("the page opens");
    let (text, line, related_line) = seed();

    // Paste the seed: the year is highlighted on its line and listed.
    paste(c, &text).await;
    let mark = format!("#backdrop mark.error[data-line=\"{line}\"]");
    wait_until(c, "the highlight", HAS, vec![json!(mark)]).await;
    let item = format!("li.finding[data-rule=\"date.year-mismatch\"][data-line=\"{line}\"]");
    let fresh_item = format!("body[data-state=\"fresh\"] {item}");
    wait_until(c, "the finding in the list", HAS, vec![json!(fresh_item)]).await;
    let highlighted: String =
        string(c, "return [...document.querySelectorAll(arguments[0])].map(m => m.textContent).join('')", &mark).await;
    assert_eq!(highlighted, "September 18, 2021");

    // Select it: the related span is highlighted on its own line, and "why" explains.
    c.find(Locator::Css(&item)).await.unwrap().click().await.unwrap();
    let related = format!("#backdrop mark.related[data-line=\"{related_line}\"]");
    wait_until(c, "the related span", HAS, vec![json!(related)]).await;
    c.find(Locator::Css(&format!("{item} .why-button"))).await.unwrap().click().await.unwrap();
    wait_until(c, "the explain text", HAS, vec![json!(format!("{item} .why"))]).await;
    if std::env::var_os("COPYDESK_SCREENSHOT").is_some() {
        let png = c.screenshot().await.unwrap();
        std::fs::write(root().join("docs/serve-page.png"), png).unwrap();
    }

    // Type: replace 2021 by 2025 where the finding is, and the finding goes.
    let start = text.find("September 18, 2021").unwrap() + "September 18, ".len();
    let utf16 = text[..start].encode_utf16().count();
    let select =
        "const d = document.getElementById('draft'); d.focus(); d.setSelectionRange(arguments[0], arguments[0] + 4);";
    c.execute(select, vec![json!(utf16)]).await.unwrap();
    c.find(Locator::Id("draft")).await.unwrap().send_keys("2025").await.unwrap();
    wait_until(c, "the finding to go", HAS_NOT, vec![json!("li.finding[data-rule=\"date.year-mismatch\"]")]).await;
    wait_until(c, "its highlight to go", HAS_NOT, vec![json!("#backdrop mark.error")]).await;
    let typed =
        string(c, "return document.getElementById('draft').value.includes(arguments[0])", "September 18, 2025").await;
    assert_eq!(typed, "true");

    // Filter out dates: the date findings go, the others stay.
    let arith = std::fs::read_to_string(root().join("corpus/arith-sum.txt")).unwrap();
    let body = arith.split_once("\n\n").unwrap().1;
    paste(c, &format!("{text}\n{body}")).await;
    wait_until(c, "date and arith findings", HAS, vec![json!("li.finding[data-rule=\"date.year-mismatch\"]")]).await;
    wait_until(c, "arith findings", HAS, vec![json!("li.finding[data-rule=\"arith.sum\"]")]).await;
    c.find(Locator::Css("#prefixes input[value=\"date\"]")).await.unwrap().click().await.unwrap();
    wait_until(c, "date findings filtered out", HAS_NOT, vec![json!("li.finding[data-rule^=\"date.\"]")]).await;
    let left = string(
        c,
        "return String(document.querySelectorAll(arguments[0]).length)",
        "li.finding[data-rule=\"arith.sum\"]",
    )
    .await;
    assert_eq!(left, "5", "the arith findings stay");
    c.find(Locator::Css("#prefixes input[value=\"date\"]")).await.unwrap().click().await.unwrap();

    // The keyboard: F8 selects the next finding; "ignore" hides it for the session.
    c.find(Locator::Id("draft")).await.unwrap().send_keys("\u{E038}").await.unwrap();
    wait_until(c, "F8 to select a finding", HAS, vec![json!("li.finding.selected")]).await;
    let count = "return String(document.querySelectorAll('li.finding').length)";
    let before: usize = string(c, count, "").await.parse().unwrap();
    c.find(Locator::Css("li.finding.selected button.ignore")).await.unwrap().click().await.unwrap();
    let fewer = format!("return document.querySelectorAll('li.finding').length === {};", before - 1);
    wait_until(c, "the ignored finding to go", &fewer, vec![]).await;
    c.find(Locator::Id("unignore")).await.unwrap().click().await.unwrap();
    c.execute("sessionStorage.clear();", vec![]).await.unwrap();

    // Positions: an emoji and a curly quote before the finding on its line move nothing.
    let shifted = text.replacen("September 18, 2021", "😀 “x” September 18, 2021", 1);
    paste(c, &shifted).await;
    wait_until(c, "the highlight after an emoji", HAS, vec![json!(mark)]).await;
    let highlighted =
        string(c, "return [...document.querySelectorAll(arguments[0])].map(m => m.textContent).join('')", &mark).await;
    assert_eq!(highlighted, "September 18, 2021", "UTF-16 offsets");

    // "Apply" writes the finding's suggested fix into the draft, and the finding goes.
    paste(c, &text).await;
    wait_until(c, "the finding again", HAS, vec![json!(format!("body[data-state=\"fresh\"] {item}"))]).await;
    c.find(Locator::Css(&format!("{item} button.apply"))).await.unwrap().click().await.unwrap();
    wait_until(
        c,
        "the applied fix to clear the finding",
        HAS_NOT,
        vec![json!("li.finding[data-rule=\"date.year-mismatch\"]")],
    )
    .await;
    let fixed =
        string(c, "return document.getElementById('draft').value.includes(arguments[0])", "September 18, 2025").await;
    assert_eq!(fixed, "true");

    // HTML pasted stays text: nothing runs, no element is made from it.
    let html = "date 2025-09-19\n\n<script>window.pwned = 1</script><img src=x onerror=\"window.pwned = 2\"> <b>Bold</b> The vote on Thursday, Sept. 18, 2024 passed.\n";
    paste(c, html).await;
    wait_until(c, "the HTML draft's finding", HAS, vec![json!("body[data-state=\"fresh\"] li.finding")]).await;
    let inert = "return window.pwned === undefined && !document.querySelector('#backdrop script, #backdrop img, #backdrop b, #findings img, #findings script') && document.getElementById('backdrop').textContent.includes('<script>window.pwned = 1</script>');";
    wait_until(c, "the HTML to stay inert", inert, vec![]).await;
}

async fn string(c: &Client, script: &str, arg: &str) -> String {
    match c.execute(script, vec![json!(arg)]).await.expect("script runs") {
        Value::String(s) => s,
        Value::Bool(b) => b.to_string(),
        other => other.to_string(),
    }
}
