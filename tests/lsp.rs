//! `copydesk lsp` spoken to over its stdio, as an editor would: initialize, open the seed-like
//! article of the corpus, diagnostics, changes, hovers, code actions, settings, rule files,
//! shutdown. And once through a real editor, Neovim, when it is installed.

mod lsp_client;

use std::path::{Path, PathBuf};

use serde_json::{json, Value};

use lsp_client::{apply_edits, uri_of, Client};

fn corpus(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus").join(name)
}

fn seed() -> (PathBuf, String) {
    let path = corpus("seedlike-bagram.txt");
    let text = std::fs::read_to_string(&path).expect("the seed-like article reads");
    (path, text)
}

/// The UTF-16 position of the first `needle` in `text`.
fn position_of(text: &str, needle: &str) -> (u64, u64) {
    let at = text.find(needle).unwrap_or_else(|| panic!("`{needle}` is in the text"));
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let line = text[..at].matches('\n').count() as u64;
    (line, text[line_start..at].encode_utf16().count() as u64)
}

fn start_of(d: &Value) -> (u64, u64) {
    (d["range"]["start"]["line"].as_u64().unwrap(), d["range"]["start"]["character"].as_u64().unwrap())
}

fn codes(published: &Value) -> Vec<String> {
    published["diagnostics"].as_array().unwrap().iter().map(|d| d["code"].as_str().unwrap().to_string()).collect()
}

fn change(uri: &str, version: i64, changes: Value) -> Value {
    json!({"textDocument": {"uri": uri, "version": version}, "contentChanges": changes})
}

#[test]
fn the_seed_article_round_trip() {
    let (path, text) = seed();
    let uri = uri_of(&path);
    let (mut client, init) = Client::start(json!({}), Value::Null, path.parent().unwrap());
    assert_eq!(init["capabilities"]["positionEncoding"], "utf-16", "UTF-16 when the client offers nothing");
    assert_eq!(init["serverInfo"]["name"], "copydesk");
    client.open(&uri, "plaintext", &text);

    let published = client.diagnostics(&uri, |_| true);
    assert_eq!(codes(&published), ["date.year-mismatch"]);
    let d = &published["diagnostics"][0];
    assert_eq!(start_of(d), position_of(&text, "September 18, 2021"));
    assert_eq!(d["severity"], 1, "the rule's severity, error");
    assert_eq!(d["source"], "copydesk");
    let related = &d["relatedInformation"][0];
    assert_eq!(related["location"]["uri"], uri.as_str());
    assert_eq!(start_of(&related["location"]), position_of(&text, "September 18 news conference"));

    // Hover over the finding: the rule's explanation.
    let (line, character) = start_of(d);
    let hover = client.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": {"line": line, "character": character + 3}}),
    );
    let shown = hover["contents"]["value"].as_str().unwrap();
    assert!(shown.starts_with("**date.year-mismatch** (error)"), "{shown}");
    assert!(shown.contains("What it does: flags a full date whose year contradicts the dateline"), "{shown}");
    let elsewhere = client
        .request("textDocument/hover", json!({"textDocument": {"uri": uri}, "position": {"line": 0, "character": 0}}));
    assert_eq!(elsewhere, Value::Null);

    // Code actions on the finding; "disable for this line" applied, as the editor would.
    let actions = client.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": uri}, "range": d["range"], "context": {"diagnostics": [d]}}),
    );
    let titles: Vec<&str> = actions.as_array().unwrap().iter().map(|a| a["title"].as_str().unwrap()).collect();
    assert_eq!(titles, ["write the year 2025", "Disable date.year-mismatch for this line"]);
    // The check's fix, first, gives the corpus's fixed twin, byte for byte.
    let fix = &actions[0];
    assert_eq!((fix["kind"].as_str(), fix["isPreferred"].as_bool()), (Some("quickfix"), Some(false)), "suggested");
    assert_eq!(fix["diagnostics"][0]["code"], "date.year-mismatch");
    let fixed = apply_edits(&text, fix["edit"]["changes"][uri.as_str()].as_array().unwrap());
    assert_eq!(fixed, std::fs::read_to_string(corpus("seedlike-bagram-fixed.txt")).unwrap());
    // Nothing is safe to fix without asking: no fix-all.
    let only_fix_all = client.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": uri}, "range": d["range"], "context": {"diagnostics": [], "only": ["source.fixAll"]}}),
    );
    assert_eq!(only_fix_all, json!([]));
    let disable =
        actions.as_array().unwrap().iter().find(|a| a["title"].as_str().unwrap().starts_with("Disable")).unwrap();
    assert_eq!(disable["kind"], "quickfix");
    let edits = disable["edit"]["changes"][uri.as_str()].as_array().unwrap().clone();
    let disabled = apply_edits(&text, &edits);
    assert!(disabled.contains("\n<!-- copydesk-disable-next-line date.year-mismatch -->\nTrump raised the base"));
    let changes: Vec<Value> = edits.iter().map(|e| json!({"range": e["range"], "text": e["newText"]})).collect();
    client.notify("textDocument/didChange", change(&uri, 2, json!(changes)));
    let published = client.diagnostics(&uri, |p| p["version"] == 2);
    assert_eq!(codes(&published), Vec::<String>::new(), "the directive silences the finding");

    // Typing in the middle of the paragraph (an incremental change) brings nothing back...
    let (line, character) = position_of(&disabled, "2021, as his");
    let range =
        json!({"start": {"line": line, "character": character}, "end": {"line": line, "character": character + 4}});
    client.notify("textDocument/didChange", change(&uri, 3, json!([{"range": range, "text": "2020"}])));
    // ...and removing the directive (a whole-text change) brings the finding back, at its place.
    let mut reverted = disabled.replacen("2021, as his", "2020, as his", 1);
    reverted = reverted.replace("<!-- copydesk-disable-next-line date.year-mismatch -->\n", "");
    client.notify("textDocument/didChange", change(&uri, 4, json!([{"text": reverted}])));
    let published = client.diagnostics(&uri, |p| p["version"] == 4);
    assert_eq!(codes(&published), ["date.year-mismatch"]);
    assert_eq!(start_of(&published["diagnostics"][0]), position_of(&reverted, "September 18, 2020"));

    client.notify("textDocument/didClose", json!({"textDocument": {"uri": uri}}));
    let closed = client.diagnostics(&uri, |_| true);
    assert_eq!(closed["diagnostics"], json!([]));
    assert!(client.shut_down().success(), "exit after shutdown is a clean exit");
}

#[test]
fn a_burst_of_changes_is_checked_once() {
    let (path, text) = seed();
    let uri = uri_of(&path);
    let (mut client, _) = Client::start(json!({}), Value::Null, path.parent().unwrap());
    client.open(&uri, "plaintext", &text);
    client.diagnostics(&uri, |p| p["version"] == 1);
    // Typing "x" ten times at the end, faster than the debounce.
    let end = text.lines().count() as u64;
    for version in 2..=11 {
        let at = json!({"line": end, "character": version - 2});
        client.notify(
            "textDocument/didChange",
            change(&uri, version, json!([{"range": {"start": at, "end": at}, "text": "x"}])),
        );
    }
    let last = client.diagnostics(&uri, |p| p["version"] == 11);
    assert_eq!(codes(&last), ["date.year-mismatch"]);
    let earlier = client.notifications.iter().filter(|m| m["method"] == "textDocument/publishDiagnostics").count();
    assert!(earlier < 3, "{earlier} checks published for versions before the last");
    assert!(client.shut_down().success());
}

#[test]
fn positions_count_what_the_client_asked_for() {
    let (path, text) = seed();
    let with_emoji = text.replacen("Trump raised the base", "Trump 😀 raised the base", 1);
    let (line, plain) = position_of(&text, "September 18, 2021");
    for (offered, expect_encoding, emoji_units) in
        [(json!(null), "utf-16", 2), (json!(["utf-8", "utf-16"]), "utf-8", 4), (json!(["utf-32"]), "utf-32", 1)]
    {
        let capabilities = json!({"general": {"positionEncodings": offered}});
        let (mut client, init) = Client::start(capabilities, Value::Null, path.parent().unwrap());
        assert_eq!(init["capabilities"]["positionEncoding"], expect_encoding);
        let uri = uri_of(&path);
        client.open(&uri, "plaintext", &with_emoji);
        let published = client.diagnostics(&uri, |_| true);
        // The emoji and the space after it.
        assert_eq!(start_of(&published["diagnostics"][0]), (line, plain + emoji_units + 1), "{expect_encoding}");
        assert!(client.shut_down().success());
    }
}

#[test]
fn settings_come_from_initialization_options_and_workspace_configuration() {
    let (path, text) = seed();
    let uri = uri_of(&path);
    let root = path.parent().unwrap();
    // A dateline in 2021 makes the year fit (and Keir Starmer's title wrong: fact.role-term);
    // `select`, `ignore` and a minimum severity hide the finding.
    for options in [
        json!({"dateline": "2021-09-19"}),
        json!({"ignore": ["date.year-mismatch"]}),
        json!({"select": ["arith"]}),
        json!({"copydesk": {"minimumSeverity": "error", "ignore": ["date"]}}),
    ] {
        let (mut client, _) = Client::start(json!({}), options.clone(), root);
        client.open(&uri, "plaintext", &text);
        let shown = codes(&client.diagnostics(&uri, |_| true));
        assert!(!shown.contains(&"date.year-mismatch".to_string()), "{options}: {shown:?}");
        assert!(client.shut_down().success());
    }
    // Settings that do not read, or name no rule, are said, not ignored.
    for (options, said) in [
        (json!({"select": ["datee"]}), "no loaded rule is named `datee` or starts with `datee.`; did you mean `date`?"),
        (json!({"dateline": "Friday"}), "dateline `Friday` is not a date like 2025-09-19"),
    ] {
        let (mut client, _) = Client::start(json!({}), options, root);
        client.open(&uri, "plaintext", &text);
        let message = client.wait_for(|m| m["method"] == "window/showMessage");
        assert!(message["params"]["message"].as_str().unwrap().ends_with(said), "{message}");
        assert!(client.shut_down().success());
    }
    // A client that answers `workspace/configuration`: asked after `initialized`, and again when
    // the configuration changes.
    let (mut client, _) = Client::start(json!({"workspace": {"configuration": true}}), Value::Null, root);
    client.configuration = json!([{"ignore": ["date.year-mismatch"]}]);
    client.open(&uri, "plaintext", &text);
    client.diagnostics(&uri, |p| p["diagnostics"] == json!([]));
    client.configuration = json!([{}]);
    // Forget the diagnostics published before the first answer.
    client.notifications.clear();
    client.notify("workspace/didChangeConfiguration", json!({"settings": null}));
    let published = client.diagnostics(&uri, |p| p["diagnostics"] != json!([]));
    assert_eq!(codes(&published), ["date.year-mismatch"]);
    assert_eq!(client.server_requests.iter().filter(|m| *m == "workspace/configuration").count(), 2);
    assert!(client.shut_down().success());
}

/// A scratch workspace: a config naming a house rule file, and an article the rule flags.
fn workspace(name: &str, severity: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("copydesk-lsp-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("copydesk.toml"), "rule-paths = [\"house.toml\"]\n").unwrap();
    write_rule(&dir, severity);
    std::fs::write(dir.join("story.md"), "date 2025-09-19\n\nThe zzz ran on Friday.\n").unwrap();
    dir
}

fn write_rule(dir: &Path, severity: &str) {
    let rule = format!(
        "[[rule]]\nid = \"house.zzz\"\nkind = \"existence\"\nseverity = \"{severity}\"\nmessage = \"no zzz\"\ntokens = [\"zzz\"]\n"
    );
    std::fs::write(dir.join("house.toml"), rule).unwrap();
}

#[test]
fn the_workspace_rules_load_and_their_errors_point_into_the_rule_file() {
    let dir = workspace("rules", "loud");
    let story = uri_of(&dir.join("story.md"));
    let house = uri_of(&dir.join("house.toml"));
    let capabilities = json!({"workspace": {"didChangeWatchedFiles": {"dynamicRegistration": true}}});
    let (mut client, _) = Client::start(capabilities, Value::Null, &dir);
    client.open(&story, "markdown", &std::fs::read_to_string(dir.join("story.md")).unwrap());
    assert_eq!(client.diagnostics(&story, |_| true)["diagnostics"], json!([]), "nothing checked with broken rules");
    let errors = client.diagnostics(&house, |_| true);
    let e = &errors["diagnostics"][0];
    assert_eq!(start_of(e), (3, 11), "at `\"loud\"`, line 4 column 12");
    assert!(e["message"].as_str().unwrap().contains("unknown variant `loud`"), "{e}");
    client.wait_for(|m| m["method"] == "window/showMessage");
    assert!(client.server_requests.contains(&"client/registerCapability".to_string()));

    // Fixed on disk: the error goes, the house rule runs.
    write_rule(&dir, "warning");
    client.notify("workspace/didChangeWatchedFiles", json!({"changes": [{"uri": house, "type": 2}]}));
    let published = client.diagnostics(&story, |p| p["diagnostics"] != json!([]));
    assert_eq!(codes(&published), ["house.zzz"]);
    assert_eq!(published["diagnostics"][0]["severity"], 2, "warning, as the rule says");
    assert_eq!(client.diagnostics(&house, |_| true)["diagnostics"], json!([]));

    // Saving the config reloads too: turned off there, the rule's finding goes.
    std::fs::write(dir.join("copydesk.toml"), "rule-paths = [\"house.toml\"]\n[rules]\n\"house\" = \"off\"\n").unwrap();
    client.notify("textDocument/didSave", json!({"textDocument": {"uri": uri_of(&dir.join("copydesk.toml"))}}));
    client.diagnostics(&story, |p| p["diagnostics"] == json!([]));
    assert!(client.shut_down().success());
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn fix_all_applies_the_safe_fixes() {
    let dir = workspace("fixall", "warning");
    let swap = "[[rule]]\nid = \"house.airbase\"\nkind = \"substitution\"\nseverity = \"warning\"\nmessage = \"Write “{replacement}”, not “{match}”\"\nswap = { \"Bagram Airbase\" = \"Bagram Air Base\" }\nfix = \"safe\"\n";
    std::fs::write(dir.join("house.toml"), swap).unwrap();
    let text = "date 2025-09-19\n\nTroops left Bagram Airbase in July.\n\nBagram Airbase is \"an hour away\".\n";
    let uri = uri_of(&dir.join("story.md"));
    let (mut client, _) = Client::start(json!({}), Value::Null, &dir);
    client.open(&uri, "markdown", text);
    let published = client.diagnostics(&uri, |_| true);
    assert_eq!(codes(&published), ["house.airbase", "house.airbase"]);
    // On save, a client asks for `source.fixAll` (its codeActionsOnSave).
    let range = json!({"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}});
    let only = json!({"diagnostics": [], "only": ["source.fixAll"]});
    let actions = client
        .request("textDocument/codeAction", json!({"textDocument": {"uri": uri}, "range": range, "context": only}));
    assert_eq!(actions.as_array().unwrap().len(), 1, "{actions}");
    assert_eq!(actions[0]["kind"], "source.fixAll.copydesk");
    let fixed = apply_edits(text, actions[0]["edit"]["changes"][uri.as_str()].as_array().unwrap());
    assert_eq!(fixed, text.replace("Bagram Airbase", "Bagram Air Base"));
    // Each finding's own safe fix is the preferred quick fix.
    let d = &published["diagnostics"][0];
    let context = json!({"diagnostics": [d], "only": ["quickfix"]});
    let actions = client.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": uri}, "range": d["range"], "context": context}),
    );
    assert_eq!(actions[0]["isPreferred"], true);
    assert_eq!(actions[0]["edit"]["changes"][uri.as_str()][0]["newText"], "Bagram Air Base");
    assert!(actions.as_array().unwrap().iter().all(|a| a["kind"] == "quickfix"));
    assert!(client.shut_down().success());
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn command_line_rule_options_apply_to_every_document() {
    let dir = workspace("cli", "info");
    std::fs::remove_file(dir.join("copydesk.toml")).unwrap();
    let rules = dir.join("house.toml");
    let args = ["--no-default-rules", "--rules", rules.to_str().unwrap(), "lsp"];
    let (mut client, _) = Client::start_with(&args, json!({}), Value::Null, &dir);
    let (path, text) = seed();
    let seed_uri = uri_of(&path);
    client.open(&seed_uri, "plaintext", &text);
    assert_eq!(client.diagnostics(&seed_uri, |_| true)["diagnostics"], json!([]), "no built-in rules");
    let uri = "untitled:Untitled-1";
    client.open(uri, "markdown", "The zzz ran.\n");
    let published = client.diagnostics(uri, |_| true);
    assert_eq!(codes(&published), ["house.zzz"]);
    assert_eq!(published["diagnostics"][0]["severity"], 3, "info");
    assert!(client.shut_down().success());
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn exit_without_shutdown_is_an_error_exit() {
    let (path, _) = seed();
    let (mut client, _) = Client::start(json!({}), Value::Null, path.parent().unwrap());
    client.notify("exit", Value::Null);
    let status = client.wait_exit();
    assert_eq!(status.code(), Some(1));
}

/// Whether Neovim is here to test with. Without it the test says so loudly and passes, unless
/// `COPYDESK_REQUIRE_NVIM` is set (as `.ci/run` sets it, after installing Neovim).
fn neovim_present() -> bool {
    let found = std::process::Command::new("nvim").arg("--version").output().is_ok_and(|o| o.status.success());
    if !found {
        assert!(
            std::env::var_os("COPYDESK_REQUIRE_NVIM").is_none(),
            "COPYDESK_REQUIRE_NVIM is set but nvim is not here"
        );
        eprintln!("SKIPPED: nvim is not installed, so copydesk lsp was not tested in Neovim (apt-get install neovim)");
    }
    found
}

#[test]
fn neovim_shows_the_diagnostics_and_applies_the_fix() {
    if !neovim_present() {
        return;
    }
    let (_, text) = seed();
    // A copy, alone in its folder: nothing of the repository's is read or written.
    let dir = std::env::temp_dir().join(format!("copydesk-lsp-nvim-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let article = dir.join("seedlike-bagram.txt");
    std::fs::write(&article, &text).unwrap();
    let out = dir.join("report");
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/nvim/lsp_check.lua");
    let mut nvim = std::process::Command::new("nvim")
        .args(["--headless", "--clean", "-c"])
        .arg(format!("luafile {}", script.display()))
        .env("COPYDESK_BIN", env!("CARGO_BIN_EXE_copydesk"))
        .env("COPYDESK_ARTICLE", &article)
        .env("COPYDESK_OUT", &out)
        .env("COPYDESK_ACTION", "write the year")
        .current_dir(&dir)
        .stdin(std::process::Stdio::null())
        .spawn()
        .expect("nvim starts");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(120);
    let status = loop {
        if let Some(status) = nvim.try_wait().unwrap() {
            break status;
        }
        if std::time::Instant::now() > deadline {
            let _ = nvim.kill();
            panic!("nvim did not finish in two minutes");
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    };
    let report = std::fs::read_to_string(&out).unwrap_or_default();
    assert!(status.success(), "nvim failed:\n{report}");
    let expected_path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/nvim/seedlike-bagram.expected");
    let expected = std::fs::read_to_string(expected_path).unwrap();
    assert_eq!(report, expected, "what Neovim saw");
    let buffer = std::fs::read_to_string(out.with_extension("buffer")).unwrap();
    let fixed = std::fs::read_to_string(corpus("seedlike-bagram-fixed.txt")).unwrap();
    assert_eq!(buffer, fixed, "the buffer after the fix: the corpus's fixed twin");
    std::fs::remove_dir_all(dir).unwrap();
}
