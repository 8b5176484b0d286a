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

impl Driver {
    /// Where the browser saves downloads.
    fn downloads(&self) -> PathBuf {
        self.profile.join("downloads")
    }
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
    std::fs::create_dir_all(profile.join("downloads")).unwrap();
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
    let prefs = json!({
        "download.default_directory": driver.downloads().display().to_string(),
        "download.prompt_for_download": false,
    });
    let caps = json!({
        "browserName": "chrome",
        "goog:chromeOptions": {"args": args, "binary": chromium.display().to_string(), "prefs": prefs},
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

/// Start a server with `args`, chromedriver and a browser session, and run `scenario` on the
/// page; skipped (loudly) when chromium is missing, unless COPYDESK_REQUIRE_BROWSER=1.
/// Returns the server's log.
fn in_browser<F, Fut>(args: &[&str], scenario: F) -> Option<String>
where
    F: FnOnce(Client, String, PathBuf) -> Fut,
    Fut: std::future::Future<Output = ()> + Send + 'static,
{
    let required = std::env::var_os("COPYDESK_REQUIRE_BROWSER").is_some_and(|v| v == "1");
    let chromium = find(&["/usr/lib/chromium/chromium", "chromium", "chromium-browser"]);
    let driver = find(&["chromedriver", "/usr/lib/chromium/chromedriver"]);
    let (Some(chromium), Some(driver)) = (chromium, driver) else {
        assert!(!required, "COPYDESK_REQUIRE_BROWSER=1 but chromium or chromedriver is missing");
        eprintln!("\n*** SKIPPED the browser test: install Debian's chromium and chromium-driver to run it ***\n");
        return None;
    };
    let server = Server::start(args);
    let driver = start_driver(&driver);
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().unwrap();
    runtime.block_on(async {
        let c = connect(&driver, &chromium).await;
        // On a task, so that a failed scenario still ends the browser (killing chromedriver
        // would leave chromium running) before its panic is passed on.
        let run = tokio::spawn(scenario(c.clone(), format!("http://{}/", server.addr), driver.downloads()));
        let outcome = run.await;
        let _ = c.close().await;
        if let Err(e) = outcome {
            std::panic::resume_unwind(e.into_panic());
        }
    });
    Some(server.log())
}

#[test]
fn the_page_in_headless_chromium() {
    let Some(log) = in_browser(&[], |c, url, _| async move { scenario(&c, &url).await }) else { return };
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
    details(c, &item).await;
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

    dateline_severity_and_scroll(c, &text, &item, &fresh_item).await;

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
    assert_eq!(left, "4", "the arith findings stay"); // the corpus file's fifth sum is a known miss
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

/// The list item of the selected finding: severity (symbol and word), message, help; the
/// legend; and nothing loaded from anywhere but the server.
async fn details(c: &Client, item: &str) {
    let parts = "const li = document.querySelector(arguments[0]); return li.querySelector('.sym.error') !== null \
         && li.querySelector('.head strong').textContent === 'error' && li.querySelector('.message').textContent.length > 40 \
         && li.querySelector('.help').textContent.startsWith('Help: If this is the same event') \
         && document.querySelectorAll('.legend mark.error, .legend mark.warning, .legend mark.info, .legend mark.related').length === 4;";
    wait_until(c, "severity, message, help and legend", parts, vec![json!(item)]).await;
    // Nothing was loaded from anywhere but the server.
    let local = "return performance.getEntriesByType('resource').every(e => e.name.startsWith(location.origin));";
    wait_until(c, "no request off the server", local, vec![]).await;
}

async fn dateline_severity_and_scroll(c: &Client, text: &str, item: &str, fresh_item: &str) {
    // The dateline: the page shows the one read; setting another re-dates the article and the
    // 2021 date is right again.
    let read = "return document.getElementById('dateline-read').textContent.startsWith('read: 2025-09-19');";
    wait_until(c, "the dateline read", read, vec![]).await;
    paste(c, text).await;
    wait_until(c, "the finding again", HAS, vec![json!(fresh_item)]).await;
    c.find(Locator::Id("dateline")).await.unwrap().send_keys("2021-09-19").await.unwrap();
    let redated = "return document.getElementById('dateline-read').textContent.startsWith('read: 2021-09-19') \
                   && document.querySelector('li.finding[data-rule=\"date.year-mismatch\"]') === null;";
    wait_until(c, "the finding to go with the dateline set", redated, vec![]).await;
    c.find(Locator::Id("dateline")).await.unwrap().clear().await.unwrap();
    c.execute("document.getElementById('dateline').dispatchEvent(new Event('input'));", vec![]).await.unwrap();
    wait_until(c, "the finding back with no dateline set", HAS, vec![json!(fresh_item)]).await;

    // The severity filter: errors hidden, then shown again.
    c.find(Locator::Css("#severities input[value=\"error\"]")).await.unwrap().click().await.unwrap();
    wait_until(c, "errors filtered out", HAS_NOT, vec![json!("li.finding[data-severity=\"error\"]")]).await;
    wait_until(c, "their highlights gone", HAS_NOT, vec![json!("#backdrop mark.error")]).await;
    c.find(Locator::Css("#severities input[value=\"error\"]")).await.unwrap().click().await.unwrap();
    wait_until(c, "errors back", HAS, vec![json!(item)]).await;

    // Clicking a finding far down a long draft scrolls the draft to it.
    let (head, body) = text.split_once("\n\n").unwrap();
    let filler = "The council met again on the plan and talked for a long while.\n\n".repeat(80);
    paste(c, &format!("{head}\n\n{filler}{body}")).await;
    let far = "li.finding[data-rule=\"date.year-mismatch\"]";
    wait_until(c, "the finding in the long draft", HAS, vec![json!(format!("body[data-state=\"fresh\"] {far}"))]).await;
    let top = "const d = document.getElementById('draft'); d.scrollTop = 0; d.dispatchEvent(new Event('scroll')); return d.scrollTop === 0;";
    wait_until(c, "the draft scrolled to its top", top, vec![]).await;
    c.find(Locator::Css(far)).await.unwrap().click().await.unwrap();
    let in_view = "const d = document.getElementById('draft'); const m = document.querySelector('#backdrop mark.error.current'); \
                   return m !== null && d.scrollTop > 0 && m.offsetTop >= d.scrollTop && m.offsetTop < d.scrollTop + d.clientHeight;";
    wait_until(c, "the draft scrolled to the finding", in_view, vec![]).await;
}

async fn string(c: &Client, script: &str, arg: &str) -> String {
    match c.execute(script, vec![json!(arg)]).await.expect("script runs") {
        Value::String(s) => s,
        Value::Bool(b) => b.to_string(),
        other => other.to_string(),
    }
}

/// The seed with its paragraphs in HTML: tags, and dates in attributes that text mode would
/// read, around the same words on the same lines.
fn seed_as_html(text: &str) -> String {
    let (head, body) = text.split_once("\n\n").unwrap();
    let paragraphs: Vec<String> =
        body.split("\n\n").filter(|p| !p.trim().is_empty()).map(|p| format!("<p class=\"body\">{p}</p>")).collect();
    let html = format!("{head}\n\n{}\n", paragraphs.join("\n\n"));
    let html = html.replacen("September 18, 2021", "<time datetime=\"2021-09-18\">September 18, 2021</time>", 1);
    html.replacen(
        "The Taliban dismissed",
        "<img alt=\"\" src=\"/photos/2021-09-18-kabul.jpg\">The Taliban dismissed",
        1,
    )
}

/// Drop a file on the editor, as the browser hands a dropped file to the page.
async fn drop_file(c: &Client, name: &str, mime: &str, content: &str) {
    let script = "const t = new DataTransfer(); t.items.add(new File([arguments[1]], arguments[0], {type: arguments[2]})); \
                  document.getElementById('editor').dispatchEvent(new DragEvent('drop', {dataTransfer: t, bubbles: true, cancelable: true}));";
    c.execute(script, vec![json!(name), json!(content), json!(mime)]).await.expect("drop");
}

const YEAR_MARKS: &str =
    "return [...document.querySelectorAll('#backdrop mark.error')].map(m => m.textContent).join('|')";

#[test]
fn files_modes_copy_and_downloads() {
    in_browser(&[], |c, url, downloads| async move { files_and_reports(&c, &url, &downloads).await });
}

async fn files_and_reports(c: &Client, url: &str, downloads: &Path) {
    c.goto(url).await.expect("the page opens");
    let text = std::fs::read_to_string(root().join("corpus/seedlike-bagram.txt")).unwrap();
    let fresh = |rule: &str| json!(format!("body[data-state=\"fresh\"] li.finding[data-rule=\"{rule}\"]"));
    let count = |n: usize| {
        format!(
            "return document.body.dataset.state === 'fresh' && document.querySelectorAll('li.finding').length === {n};"
        )
    };

    // An HTML file dropped: read as HTML, its tags masked. Only the date in the text is found,
    // highlighted where it stands in the source, not the dates inside the tags.
    let html = seed_as_html(&text);
    drop_file(c, "story.html", "text/html", &html).await;
    wait_until(c, "the HTML file's finding", HAS, vec![fresh("date.year-mismatch")]).await;
    wait_until(c, "one finding in HTML mode", &count(1), vec![]).await;
    assert_eq!(string(c, "return document.getElementById('format').value", "").await, "html");
    assert_eq!(string(c, "return document.getElementById('draft').value", "").await, html, "the source is shown");
    assert_eq!(string(c, YEAR_MARKS, "").await, "September 18, 2021");
    let line = html.lines().position(|l| l.contains("<time")).unwrap() + 1;
    let mark = format!("#backdrop mark.error[data-line=\"{line}\"]");
    wait_until(c, "the mark on its source line", HAS, vec![json!(mark)]).await;
    // The same source read as text: the dates in the tags are found too.
    c.find(Locator::Css("#format option[value=\"text\"]")).await.unwrap().click().await.unwrap();
    wait_until(c, "three findings in text mode", &count(3), vec![]).await;

    // A Markdown file chosen with the file input: read as Markdown, so a date in code is not
    // prose; read as text, it is.
    let markdown = text.replacen("September 18, 2021", "`September 18, 2021`", 1);
    let md_path = downloads.with_file_name("story.md");
    std::fs::write(&md_path, &markdown).unwrap();
    c.find(Locator::Id("file")).await.unwrap().send_keys(&md_path.display().to_string()).await.unwrap();
    let md_read = "return document.getElementById('format').value === 'markdown' && document.getElementById('draft').value === arguments[0] \
                   && document.body.dataset.state === 'fresh' && document.querySelector('li.finding') === null;";
    wait_until(c, "the Markdown file with no finding", md_read, vec![json!(markdown)]).await;
    c.find(Locator::Css("#format option[value=\"text\"]")).await.unwrap().click().await.unwrap();
    wait_until(c, "the code's date found as text", HAS, vec![fresh("date.year-mismatch")]).await;

    // A .txt file dropped: text mode, the seed's finding.
    drop_file(c, "story.txt", "text/plain", &text).await;
    let txt_read = "return document.getElementById('format').value === 'text' && document.getElementById('draft').value === arguments[0];";
    wait_until(c, "the text file read", txt_read, vec![json!(text)]).await;
    wait_until(c, "its finding", HAS, vec![fresh("date.year-mismatch")]).await;
    wait_until(c, "one finding", &count(1), vec![]).await;

    // "Copy report": the lines `check --format short` prints, then the summary line.
    c.execute("window.copied = null; navigator.clipboard.writeText = async (t) => { window.copied = t; };", vec![])
        .await
        .unwrap();
    c.find(Locator::Id("copy")).await.unwrap().click().await.unwrap();
    wait_until(c, "the report copied", "return typeof window.copied === 'string';", vec![]).await;
    let copied = string(c, "return window.copied", "").await;
    let short = cli_output(&["check", "--format", "short", "corpus/seedlike-bagram.txt"]);
    let expected =
        short.replace("corpus/seedlike-bagram.txt:", "story.txt:") + "1 file checked: 1 error, 0 warnings, 0 infos\n";
    assert_eq!(copied, expected);

    // "Download JSON" and "Download SARIF": the server's answers, as `check` writes them.
    for (button, name, format) in
        [("download-json", "copydesk.json", "json"), ("download-sarif", "copydesk.sarif", "sarif")]
    {
        c.find(Locator::Id(button)).await.unwrap().click().await.unwrap();
        let file = downloads.join(name);
        let until = std::time::Instant::now() + WAIT;
        while !file.is_file() {
            assert!(std::time::Instant::now() < until, "no {name} downloaded");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let saved = std::fs::read_to_string(&file).unwrap();
        let cli = cli_output(&["check", "--format", format, "corpus/seedlike-bagram.txt"]);
        assert_eq!(saved, cli.replace("corpus/seedlike-bagram.txt", "story.txt"), "{name}");
    }
}

/// What `copydesk ARGS` prints, run in the project.
fn cli_output(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_copydesk")).args(args).current_dir(root()).output().expect("runs");
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn the_token_is_asked_once_a_session() {
    in_browser(&["--token", "s3cret"], |c, url, _| async move { token(&c, &url).await });
}

async fn token(c: &Client, url: &str) {
    c.goto(url).await.expect("the page opens");
    let text = std::fs::read_to_string(root().join("corpus/seedlike-bagram.txt")).unwrap();
    let asked = "return document.getElementById('token-form').classList.contains('shown');";
    let not_asked = "return !document.getElementById('token-form').classList.contains('shown');";
    wait_until(c, "the page to ask for the token", asked, vec![]).await;
    paste(c, &text).await;
    // A wrong token: asked again, saying so.
    c.find(Locator::Id("token")).await.unwrap().send_keys("wrong\n").await.unwrap();
    let again = "return document.getElementById('token-form').classList.contains('shown') \
                 && document.getElementById('status').textContent.includes('not accepted');";
    wait_until(c, "the wrong token refused", again, vec![]).await;
    c.find(Locator::Id("token")).await.unwrap().send_keys("s3cret\n").await.unwrap();
    let fresh = json!("body[data-state=\"fresh\"] li.finding[data-rule=\"date.year-mismatch\"]");
    wait_until(c, "the check with the token", HAS, vec![fresh.clone()]).await;
    wait_until(c, "the prompt gone", not_asked, vec![]).await;
    // "why" needs the token too, and has it.
    c.find(Locator::Css("li.finding .why-button")).await.unwrap().click().await.unwrap();
    wait_until(c, "the explain text", HAS, vec![json!("li.finding .why")]).await;
    // A reload in the same session: the page keeps the token and does not ask again.
    c.refresh().await.unwrap();
    wait_until(c, "the rule filters, loaded with the token", HAS, vec![json!("#prefixes input[value=\"date\"]")]).await;
    paste(c, &text).await;
    wait_until(c, "the check after the reload", HAS, vec![fresh]).await;
    wait_until(c, "no prompt after the reload", not_asked, vec![]).await;
}
