//! A small LSP client for the protocol tests: it spawns `copydesk lsp`, frames JSON-RPC over
//! its stdio, answers the server's own requests, and waits (with a deadline) for what a test
//! expects.

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Child, ChildStdin, Command, ExitStatus, Stdio};
use std::sync::mpsc::{channel, Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

/// How long any one wait may take before the test fails (a debug build on a busy machine).
const PATIENCE: Duration = Duration::from_secs(30);

pub struct Client {
    child: Child,
    stdin: ChildStdin,
    incoming: Receiver<Value>,
    /// Notifications read while waiting for something else.
    pub notifications: Vec<Value>,
    next_id: i64,
    /// What `workspace/configuration` is answered with (one value per item asked for).
    pub configuration: Value,
    /// The server's own requests, by method.
    pub server_requests: Vec<String>,
}

impl Client {
    /// Spawn the server and initialize it with these client capabilities and options.
    pub fn start(capabilities: Value, options: Value, root: &Path) -> (Client, Value) {
        Client::start_with(&["lsp"], capabilities, options, root)
    }

    /// The same, with the command line given (global options, then `lsp`).
    pub fn start_with(args: &[&str], capabilities: Value, options: Value, root: &Path) -> (Client, Value) {
        let mut child = Command::new(env!("CARGO_BIN_EXE_copydesk"))
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("copydesk lsp starts");
        let stdin = child.stdin.take().expect("piped stdin");
        let stdout = child.stdout.take().expect("piped stdout");
        let (tx, incoming) = channel();
        std::thread::spawn(move || {
            let mut reader = BufReader::new(stdout);
            while let Some(message) = read_message(&mut reader) {
                if tx.send(message).is_err() {
                    break;
                }
            }
        });
        let mut client = Client {
            child,
            stdin,
            incoming,
            notifications: Vec::new(),
            next_id: 0,
            configuration: Value::Null,
            server_requests: Vec::new(),
        };
        let params = json!({
            "processId": null,
            "rootUri": uri_of(root),
            "capabilities": capabilities,
            "initializationOptions": options,
        });
        let result = client.request("initialize", params);
        client.notify("initialized", json!({}));
        (client, result)
    }

    fn write(&mut self, message: &Value) {
        let body = serde_json::to_string(message).expect("JSON");
        write!(self.stdin, "Content-Length: {}\r\n\r\n{body}", body.len()).expect("the server reads");
        self.stdin.flush().expect("the server reads");
    }

    pub fn notify(&mut self, method: &str, params: Value) {
        self.write(&json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    /// Send a request and wait for its result (a response error fails the test).
    pub fn request(&mut self, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        self.write(&json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        let response = self.wait_for(|m| m.get("id") == Some(&json!(id)) && m.get("method").is_none());
        if let Some(error) = response.get("error") {
            panic!("{method} failed: {error}");
        }
        response["result"].clone()
    }

    /// The next message `wanted` accepts, answering server requests and keeping notifications
    /// on the way.
    pub fn wait_for(&mut self, wanted: impl Fn(&Value) -> bool) -> Value {
        if let Some(i) = self.notifications.iter().position(&wanted) {
            return self.notifications.remove(i);
        }
        let deadline = Instant::now() + PATIENCE;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            let message = match self.incoming.recv_timeout(left) {
                Ok(m) => m,
                Err(RecvTimeoutError::Timeout) => panic!("nothing wanted came in time; got {:#?}", self.notifications),
                Err(RecvTimeoutError::Disconnected) => panic!("the server closed its output"),
            };
            if wanted(&message) {
                return message;
            }
            if let (Some(id), Some(method)) = (message.get("id"), message["method"].as_str()) {
                self.server_requests.push(method.to_string());
                let result = match method {
                    "workspace/configuration" => self.configuration.clone(),
                    _ => Value::Null,
                };
                self.write(&json!({"jsonrpc": "2.0", "id": id, "result": result}));
            } else if message.get("method").is_some() {
                self.notifications.push(message);
            }
        }
    }

    /// The next diagnostics published for `uri` that `wanted` accepts.
    pub fn diagnostics(&mut self, uri: &str, wanted: impl Fn(&Value) -> bool) -> Value {
        let message = self.wait_for(|m| {
            m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri && wanted(&m["params"])
        });
        message["params"].clone()
    }

    pub fn open(&mut self, uri: &str, language: &str, text: &str) {
        let item = json!({"uri": uri, "languageId": language, "version": 1, "text": text});
        self.notify("textDocument/didOpen", json!({ "textDocument": item }));
    }

    /// `shutdown`, then `exit`: the server's exit status.
    pub fn shut_down(mut self) -> ExitStatus {
        let result = self.request("shutdown", Value::Null);
        assert_eq!(result, Value::Null);
        self.notify("exit", Value::Null);
        self.wait_exit()
    }

    /// Wait for the server to exit on its own.
    pub fn wait_exit(&mut self) -> ExitStatus {
        let deadline = Instant::now() + PATIENCE;
        loop {
            if let Some(status) = self.child.try_wait().expect("the server can be waited for") {
                return status;
            }
            assert!(Instant::now() < deadline, "the server did not exit after `exit`");
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Client {
    fn drop(&mut self) {
        // A failed test must not leave the server running.
        if matches!(self.child.try_wait(), Ok(None)) {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

fn read_message(reader: &mut impl BufRead) -> Option<Value> {
    let mut length = None;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).ok()? == 0 {
            return None;
        }
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some(n) = line.strip_prefix("Content-Length: ") {
            length = n.parse::<usize>().ok();
        }
    }
    let mut body = vec![0; length?];
    reader.read_exact(&mut body).ok()?;
    serde_json::from_slice(&body).ok()
}

/// The `file:` URI of an absolute path (test paths need no escaping but spaces).
pub fn uri_of(path: &Path) -> String {
    format!("file://{}", path.display().to_string().replace(' ', "%20"))
}

/// `text` with LSP text edits applied (UTF-16 positions, as these tests negotiate).
pub fn apply_edits(text: &str, edits: &[Value]) -> String {
    let mut spans: Vec<(usize, usize, String)> = edits
        .iter()
        .map(|e| {
            let at = |p: &Value| offset(text, p["line"].as_u64().unwrap(), p["character"].as_u64().unwrap());
            (at(&e["range"]["start"]), at(&e["range"]["end"]), e["newText"].as_str().unwrap().to_string())
        })
        .collect();
    spans.sort_by_key(|s| std::cmp::Reverse(s.0));
    let mut out = text.to_string();
    for (start, end, new) in spans {
        out.replace_range(start..end, &new);
    }
    out
}

/// The byte offset of a UTF-16 position in `text` (lines end at `\n`).
pub fn offset(text: &str, line: u64, character: u64) -> usize {
    let start: usize = text.split_inclusive('\n').take(line as usize).map(str::len).sum();
    let mut units = 0;
    for (i, c) in text[start..].char_indices() {
        if units >= character || c == '\n' {
            return start + i;
        }
        units += c.len_utf16() as u64;
    }
    text.len()
}
