//! `copydesk lsp`: the language server, over stdio. Plain text and Markdown documents are
//! checked on open and, debounced, after changes; findings become diagnostics, fixes code
//! actions, rule explanations hovers. One thread: a check takes milliseconds.

mod actions;
mod server;
mod text;
mod workspace;

use std::path::PathBuf;
use std::process::ExitCode;

use copydesk::checker::CheckerOptions;

use lsp_server::Connection;
use lsp_types::{
    CodeActionKind, CodeActionOptions, CodeActionProviderCapability, HoverProviderCapability, InitializeParams,
    ServerCapabilities, TextDocumentSyncCapability, TextDocumentSyncKind, TextDocumentSyncOptions,
    TextDocumentSyncSaveOptions,
};

use server::Server;
use text::Encoding;
use workspace::{path_of, Checkers, Settings};

use crate::args::Cli;

/// Serve one client until it says `exit`: 0 after a `shutdown`, 1 without one (as the protocol
/// asks), 2 when the connection breaks or the client does not initialize. `--config`, `--rules`
/// and `--no-default-rules` apply to every document (paths against the current folder).
pub fn command(cli: &Cli) -> ExitCode {
    let absolute = |p: &PathBuf| std::path::absolute(p).unwrap_or_else(|_| p.clone());
    let base = CheckerOptions {
        default_rules: !cli.global.no_default_rules,
        rule_paths: cli.global.rules.iter().map(absolute).collect(),
        config: cli.global.config.as_ref().map(absolute),
        ..CheckerOptions::default()
    };
    let (connection, io_threads) = Connection::stdio();
    let result = serve(&connection, Checkers::new(base));
    // The writer thread ends when the last sender is gone.
    drop(connection);
    let joined = io_threads.join();
    match (result, joined) {
        (Ok(true), Ok(())) => ExitCode::SUCCESS,
        (Ok(false), Ok(())) => ExitCode::from(1),
        (Err(message), _) => {
            eprintln!("error: copydesk lsp: {message}");
            ExitCode::from(2)
        }
        (_, Err(e)) => {
            eprintln!("error: copydesk lsp: {e}");
            ExitCode::from(2)
        }
    }
}

/// Initialize, then run; whether the client shut down before it exited.
fn serve(connection: &Connection, checkers: Checkers) -> Result<bool, String> {
    let (id, params) = connection.initialize_start().map_err(|e| e.to_string())?;
    let params: InitializeParams = serde_json::from_value(params).map_err(|e| format!("bad initialize params: {e}"))?;
    let encoding = Encoding::choose(params.capabilities.general.as_ref().and_then(|g| g.position_encodings.as_deref()));
    let capabilities = ServerCapabilities {
        position_encoding: Some(encoding.kind()),
        text_document_sync: Some(TextDocumentSyncCapability::Options(TextDocumentSyncOptions {
            open_close: Some(true),
            change: Some(TextDocumentSyncKind::INCREMENTAL),
            save: Some(TextDocumentSyncSaveOptions::Supported(true)),
            ..TextDocumentSyncOptions::default()
        })),
        hover_provider: Some(HoverProviderCapability::Simple(true)),
        code_action_provider: Some(CodeActionProviderCapability::Options(CodeActionOptions {
            code_action_kinds: Some(vec![
                CodeActionKind::QUICKFIX,
                CodeActionKind::SOURCE_FIX_ALL,
                CodeActionKind::from(actions::FIX_ALL.to_string()),
            ]),
            ..CodeActionOptions::default()
        })),
        ..ServerCapabilities::default()
    };
    let result = serde_json::json!({
        "capabilities": capabilities,
        "serverInfo": {"name": "copydesk", "version": env!("CARGO_PKG_VERSION")},
    });
    connection.initialize_finish(id, result).map_err(|e| e.to_string())?;
    #[allow(deprecated)] // `rootUri`: older clients (Neovim 0.7) send it, and no folders.
    let root = params
        .workspace_folders
        .as_ref()
        .and_then(|f| f.first())
        .map(|f| &f.uri)
        .or(params.root_uri.as_ref())
        .and_then(path_of);
    let (settings, problem) = match params.initialization_options.as_ref().map(Settings::from_json) {
        None => (Settings::default(), None),
        Some(Ok(s)) => (s, None),
        Some(Err(e)) => (Settings::default(), Some(e)),
    };
    let mut server = Server::new(connection, encoding, root, &params.capabilities, settings, checkers);
    if let Some(problem) = problem {
        server.warn(problem);
    }
    server.initialized();
    server.run()
}
