//! The server's state and its message loop: open documents, the checks they are waiting for,
//! the rules they are checked with, and the messages that change them.

use std::collections::{BTreeSet, HashMap};
use std::panic::AssertUnwindSafe;
use std::path::PathBuf;
use std::str::FromStr;
use std::time::{Duration, Instant};

use copydesk::article::Format;
use copydesk::checker::CheckRequest;
use copydesk::finding::Finding;
use copydesk::fix::{fix_text, FixLevel};
use copydesk::span::Span;
use lsp_server::{Connection, ErrorCode, Message, Notification, Request, RequestId, Response};
use lsp_types::{
    ClientCapabilities, CodeActionOrCommand, CodeActionParams, CodeActionResponse, ConfigurationItem,
    ConfigurationParams, DidChangeConfigurationParams, DidChangeTextDocumentParams, DidCloseTextDocumentParams,
    DidOpenTextDocumentParams, DidSaveTextDocumentParams, FileSystemWatcher, GlobPattern, HoverParams, MessageType,
    PublishDiagnosticsParams, Registration, RegistrationParams, ShowMessageParams, Uri,
};

use super::actions::{self, ActionRequest};
use super::text::{Document, Encoding, Lines};
use super::workspace::{path_of, Checkers, Settings};

/// How long typing must pause before a changed document is checked again.
const DEBOUNCE: Duration = Duration::from_millis(150);

pub struct Server<'a> {
    connection: &'a Connection,
    encoding: Encoding,
    root: Option<PathBuf>,
    settings: Settings,
    /// Ask the client for settings (`workspace/configuration`)?
    asks_configuration: bool,
    watches_files: bool,
    docs: HashMap<Uri, Document>,
    /// Changed documents and when to check them.
    due: HashMap<Uri, Instant>,
    /// Findings by document, for the version they were made from.
    findings: HashMap<Uri, (i32, Vec<Finding>)>,
    checkers: Checkers,
    /// Rule files that have load-error diagnostics now, by URI.
    error_files: BTreeSet<String>,
    /// Whether the settings' rule names were checked against the loaded rules.
    names_checked: bool,
    next_id: i32,
}

impl<'a> Server<'a> {
    pub fn new(
        connection: &'a Connection,
        encoding: Encoding,
        root: Option<PathBuf>,
        capabilities: &ClientCapabilities,
        settings: Settings,
        checkers: Checkers,
    ) -> Server<'a> {
        let workspace = capabilities.workspace.as_ref();
        Server {
            connection,
            encoding,
            root,
            settings,
            asks_configuration: workspace.and_then(|w| w.configuration).unwrap_or(false),
            watches_files: workspace
                .and_then(|w| w.did_change_watched_files.as_ref())
                .and_then(|d| d.dynamic_registration)
                .unwrap_or(false),
            docs: HashMap::new(),
            due: HashMap::new(),
            findings: HashMap::new(),
            checkers,
            error_files: BTreeSet::new(),
            names_checked: false,
            next_id: 0,
        }
    }

    /// Handle messages until `exit`; whether `shutdown` came first.
    pub fn run(&mut self) -> Result<bool, String> {
        loop {
            let next = self.due.values().min().copied();
            let message = match next {
                Some(deadline) => match self.connection.receiver.recv_deadline(deadline) {
                    Ok(m) => Some(m),
                    Err(e) if e.is_timeout() => None,
                    Err(_) => return Err("the client closed the connection without `exit`".into()),
                },
                None => match self.connection.receiver.recv() {
                    Ok(m) => Some(m),
                    Err(_) => return Err("the client closed the connection without `exit`".into()),
                },
            };
            match message {
                None => self.publish_due(),
                Some(Message::Request(req)) => {
                    if self.connection.handle_shutdown(&req).map_err(|e| e.to_string())? {
                        return Ok(true);
                    }
                    self.request(req);
                }
                Some(Message::Notification(n)) if n.method == "exit" => return Ok(false),
                Some(Message::Notification(n)) => self.notification(n),
                Some(Message::Response(r)) => self.response(r),
            }
        }
    }

    fn send(&self, message: impl Into<Message>) {
        // A closed connection ends the loop at the next receive.
        let _ = self.connection.sender.send(message.into());
    }

    fn notify<P: serde::Serialize>(&self, method: &str, params: P) {
        self.send(Notification::new(method.into(), params));
    }

    fn ask<P: serde::Serialize>(&mut self, method: &str, params: P) {
        self.next_id += 1;
        self.send(Request::new(RequestId::from(format!("copydesk/{}", self.next_id)), method.into(), params));
    }

    /// A message the writer should see, in the editor's message area.
    pub fn warn(&self, message: String) {
        self.notify("window/showMessage", ShowMessageParams { typ: MessageType::WARNING, message });
    }

    fn request(&mut self, req: Request) {
        let id = req.id.clone();
        let result = match req.method.as_str() {
            "textDocument/hover" => parse(req).map(|p: HoverParams| serde_json::to_value(self.hover(&p))),
            "textDocument/codeAction" => {
                parse(req).map(|p: CodeActionParams| serde_json::to_value(self.code_actions(&p)))
            }
            other => Err(Response::new_err(id.clone(), ErrorCode::MethodNotFound as i32, format!("no `{other}`"))),
        };
        match result {
            Ok(Ok(value)) => self.send(Response::new_ok(id, value)),
            Ok(Err(e)) => self.send(Response::new_err(id, ErrorCode::InternalError as i32, e.to_string())),
            Err(response) => self.send(response),
        }
    }

    fn notification(&mut self, n: Notification) {
        match n.method.as_str() {
            "textDocument/didOpen" => {
                if let Ok(p) = serde_json::from_value::<DidOpenTextDocumentParams>(n.params) {
                    let d = p.text_document;
                    let doc = Document { text: d.text, version: d.version, language: d.language_id };
                    self.docs.insert(d.uri.clone(), doc);
                    self.publish(&d.uri);
                }
            }
            "textDocument/didChange" => {
                if let Ok(p) = serde_json::from_value::<DidChangeTextDocumentParams>(n.params) {
                    let uri = p.text_document.uri;
                    if let Some(doc) = self.docs.get_mut(&uri) {
                        doc.apply(p.content_changes, self.encoding);
                        doc.version = p.text_document.version;
                        self.due.insert(uri, Instant::now() + DEBOUNCE);
                    }
                }
            }
            "textDocument/didClose" => {
                if let Ok(p) = serde_json::from_value::<DidCloseTextDocumentParams>(n.params) {
                    let uri = p.text_document.uri;
                    self.docs.remove(&uri);
                    self.due.remove(&uri);
                    self.findings.remove(&uri);
                    if !self.error_files.contains(uri.as_str()) {
                        self.send_diagnostics(uri, Vec::new(), None);
                    }
                }
            }
            "textDocument/didSave" => {
                if let Ok(p) = serde_json::from_value::<DidSaveTextDocumentParams>(n.params) {
                    if p.text_document.uri.as_str().ends_with(".toml") {
                        self.reload();
                    }
                }
            }
            "workspace/didChangeWatchedFiles" => self.reload(),
            "workspace/didChangeConfiguration" => {
                let p = serde_json::from_value::<DidChangeConfigurationParams>(n.params).ok();
                match p.map(|p| p.settings).filter(|s| !s.is_null() && s != &serde_json::json!({})) {
                    Some(settings) => self.set_settings(&settings),
                    None if self.asks_configuration => self.ask_configuration(),
                    None => {}
                }
            }
            _ => {}
        }
    }

    fn response(&mut self, r: Response) {
        // Only `workspace/configuration` answers carry anything: the `copydesk` section.
        if let Ok(serde_json::Value::Array(items)) = r.response_result {
            if let Some(settings) = items.first().filter(|s| !s.is_null()) {
                self.set_settings(&settings.clone());
            }
        }
    }

    /// After `initialized` (which `lsp_server` reads as part of initializing): watch the rule
    /// files, ask for the settings.
    pub fn initialized(&mut self) {
        if self.watches_files {
            let watchers = ["**/*.toml"]
                .map(|glob| FileSystemWatcher { glob_pattern: GlobPattern::String(glob.into()), kind: None });
            let options = serde_json::json!({ "watchers": watchers });
            let registration = Registration {
                id: "copydesk/watch-rules".into(),
                method: "workspace/didChangeWatchedFiles".into(),
                register_options: Some(options),
            };
            self.ask("client/registerCapability", RegistrationParams { registrations: vec![registration] });
        }
        if self.asks_configuration {
            self.ask_configuration();
        }
    }

    fn ask_configuration(&mut self) {
        let item = ConfigurationItem { scope_uri: None, section: Some("copydesk".into()) };
        self.ask("workspace/configuration", ConfigurationParams { items: vec![item] });
    }

    fn set_settings(&mut self, value: &serde_json::Value) {
        match Settings::from_json(value) {
            Ok(settings) if settings == self.settings => {}
            Ok(settings) => {
                self.settings = settings;
                self.names_checked = false;
                self.recheck_all();
            }
            Err(message) => self.warn(message),
        }
    }

    /// A config or rule file changed: load the rules again and check every document again.
    fn reload(&mut self) {
        self.checkers.clear();
        self.names_checked = false;
        self.recheck_all();
        self.publish_load_errors();
    }

    fn recheck_all(&mut self) {
        self.findings.clear();
        let uris: Vec<Uri> = self.docs.keys().cloned().collect();
        for uri in uris {
            self.publish(&uri);
        }
    }

    fn publish_due(&mut self) {
        let now = Instant::now();
        let due: Vec<Uri> = self.due.iter().filter(|(_, &t)| t <= now).map(|(u, _)| u.clone()).collect();
        for uri in due {
            self.due.remove(&uri);
            self.publish(&uri);
        }
    }

    fn publish(&mut self, uri: &Uri) {
        self.due.remove(uri);
        let Some(findings) = self.findings_of(uri) else { return };
        let Some(doc) = self.docs.get(uri) else { return };
        let version = doc.version;
        let lines = Lines::new(&doc.text, self.encoding);
        let config = self.checkers.config_for(path_of(uri).as_deref(), self.root.as_deref());
        let diagnostics = match self.checkers.get(config) {
            Ok(checker) => findings.iter().map(|f| actions::diagnostic(f, &lines, uri, checker.rules())).collect(),
            Err(_) => Vec::new(),
        };
        self.send_diagnostics(uri.clone(), diagnostics, Some(version));
        self.publish_load_errors();
    }

    fn send_diagnostics(&self, uri: Uri, diagnostics: Vec<lsp_types::Diagnostic>, version: Option<i32>) {
        self.notify("textDocument/publishDiagnostics", PublishDiagnosticsParams { uri, diagnostics, version });
    }

    /// Diagnostics for the rule files that failed to load, and none for those that no longer fail.
    fn publish_load_errors(&mut self) {
        let by_file = self.checkers.error_diagnostics(self.encoding);
        let now: BTreeSet<String> = by_file.keys().cloned().collect();
        if now.is_empty() && self.error_files.is_empty() {
            return;
        }
        for stale in self.error_files.difference(&now) {
            if let Ok(uri) = Uri::from_str(stale) {
                self.send_diagnostics(uri, Vec::new(), None);
            }
        }
        let fresh = now.difference(&self.error_files).count() > 0;
        for (uri, diagnostics) in by_file.into_values() {
            self.send_diagnostics(uri, diagnostics, None);
        }
        if fresh {
            let files = now.iter().cloned().collect::<Vec<_>>().join(", ");
            self.warn(format!("copydesk: the rules did not load, so nothing is checked until they do: see {files}"));
        }
        self.error_files = now;
    }

    /// The findings shown for a document now (checked again if its text changed since), or
    /// None for a document that is not an article (a rule file) or not open.
    fn findings_of(&mut self, uri: &Uri) -> Option<Vec<Finding>> {
        let doc = self.docs.get(uri)?;
        let path = path_of(uri);
        if doc.language == "toml" || uri.as_str().ends_with(".toml") {
            return None;
        }
        if let Some((version, findings)) = self.findings.get(uri) {
            if *version == doc.version {
                return Some(findings.clone());
            }
        }
        let config = self.checkers.config_for(path.as_deref(), self.root.as_deref());
        let Ok(checker) = self.checkers.get(config) else {
            return Some(Vec::new());
        };
        let shown = path.as_ref().map_or_else(|| uri.as_str().to_string(), |p| p.display().to_string());
        let request = check_request(&shown, doc, &self.settings);
        // A check that panics costs this document its findings, not the writer their editor.
        let checked = std::panic::catch_unwind(AssertUnwindSafe(|| checker.check(doc.text.clone(), &request)));
        let mut warnings = Vec::new();
        let findings: Vec<Finding> = match checked {
            Ok(checked) => checked.findings.into_iter().filter(|f| self.settings.shows(f.severity)).collect(),
            Err(_) => {
                warnings.push(format!("copydesk failed while checking {shown}: please report it (the log says more)"));
                Vec::new()
            }
        };
        if !self.names_checked {
            let names: Vec<&String> = self.settings.select.iter().chain(&self.settings.ignore).collect();
            warnings.extend(checker.validate_rule_names(&names).iter().map(|u| format!("copydesk settings: {u}")));
            self.names_checked = true;
        }
        for w in warnings {
            self.warn(w);
        }
        self.findings.insert(uri.clone(), (doc.version, findings.clone()));
        Some(findings)
    }

    fn hover(&mut self, p: &HoverParams) -> Option<lsp_types::Hover> {
        let uri = &p.text_document_position_params.text_document.uri;
        let findings = self.findings_of(uri)?;
        let doc = self.docs.get(uri)?;
        let lines = Lines::new(&doc.text, self.encoding);
        let offset = lines.offset(p.text_document_position_params.position);
        let config = self.checkers.config_for(path_of(uri).as_deref(), self.root.as_deref());
        let checker = self.checkers.get(config).as_ref().ok()?;
        actions::hover(&findings, offset, &lines, checker.rules())
    }

    fn code_actions(&mut self, p: &CodeActionParams) -> CodeActionResponse {
        let uri = &p.text_document.uri;
        let Some(findings) = self.findings_of(uri) else { return Vec::new() };
        let Some(doc) = self.docs.get(uri) else { return Vec::new() };
        let lines = Lines::new(&doc.text, self.encoding);
        let path = path_of(uri);
        let config = self.checkers.config_for(path.as_deref(), self.root.as_deref());
        let Ok(checker) = self.checkers.get(config) else { return Vec::new() };
        let shown = path.as_ref().map_or_else(|| uri.as_str().to_string(), |p| p.display().to_string());
        let request = check_request(&shown, doc, &self.settings);
        let fix_all = || fix_text(checker, doc.text.clone(), &request, FixLevel::Safe).checked.article.into_source();
        let request = ActionRequest {
            uri,
            text: &doc.text,
            lines: &lines,
            span: Span::new(lines.offset(p.range.start), lines.offset(p.range.end)),
            only: p.context.only.as_deref(),
            line_break: doc.line_break(),
            rules: checker.rules(),
            fix_all: &fix_all,
        };
        actions::code_actions(&findings, &request).into_iter().map(CodeActionOrCommand::CodeAction).collect()
    }
}

/// How a document is checked: as Markdown when the editor says so, else by its name; with the
/// settings' dateline and rule selection.
fn check_request<'a>(shown: &'a str, doc: &Document, settings: &'a Settings) -> CheckRequest<'a> {
    let format = if doc.language == "markdown" { Format::Markdown } else { Format::from_path(shown) };
    CheckRequest {
        path: shown,
        format: Some(format),
        dateline: settings.dateline,
        select: &settings.select,
        ignore: &settings.ignore,
        ..CheckRequest::default()
    }
}

/// A request's params, or the error response for params that do not parse.
fn parse<P: serde::de::DeserializeOwned>(req: Request) -> Result<P, Response> {
    serde_json::from_value(req.params)
        .map_err(|e| Response::new_err(req.id, ErrorCode::InvalidParams as i32, format!("bad params: {e}")))
}
