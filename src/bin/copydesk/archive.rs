//! `copydesk check --input jsonl`: an archive of articles, one JSON object per line, checked
//! in parallel; one result line per article, in input order.

use std::io::Write;
use std::process::ExitCode;

use copydesk::article::Format as ArticleFormat;
use copydesk::checker::CheckRequest;
use copydesk::report::{self, Summary};

use crate::args::Format;
use crate::parallel::ordered_map;
use crate::run::Run;

/// Field names of a JSON Lines archive.
pub struct Fields {
    pub id: String,
    pub date: String,
    pub text: String,
}

/// One archive line to check.
struct Record {
    line: usize,
    bytes: Vec<u8>,
}

/// Check one archive line; the result line (without its newline) and its counts.
fn check_record(run: &Run, fields: &Fields, rec: Record) -> (String, Summary, bool) {
    use serde_json::Value;
    let fail = |id: &Value, message: String| {
        (report::record_error_json(id, rec.line, &message).to_string(), Summary::default(), true)
    };
    let mut obj = match serde_json::from_slice::<Value>(&rec.bytes) {
        Ok(Value::Object(o)) => o,
        Ok(_) => return fail(&Value::Null, "line is not a JSON object".into()),
        Err(e) => return fail(&Value::Null, format!("line is not valid JSON: {e}")),
    };
    let id = obj.remove(&fields.id).unwrap_or(Value::Null);
    let text = match obj.remove(&fields.text) {
        Some(Value::String(t)) => t,
        Some(_) => return fail(&id, format!("field `{}` is not a string", fields.text)),
        None => return fail(&id, format!("no field `{}`", fields.text)),
    };
    let date = match obj.get(&fields.date) {
        None | Some(Value::Null) => None,
        Some(Value::String(d)) => {
            // A date, or the date part of a timestamp.
            match d.get(..10).and_then(copydesk::calendar::parse_iso_date) {
                Some(d) => Some(d),
                None => return fail(&id, format!("field `{}` is not a date like 2025-09-19: `{d}`", fields.date)),
            }
        }
        Some(_) => return fail(&id, format!("field `{}` is not a string", fields.date)),
    };
    let name = match &id {
        Value::String(s) => s.clone(),
        Value::Null => format!("line {}", rec.line),
        other => other.to_string(),
    };
    // The archive's own date wins over --dateline; the text is plain text whatever its id says.
    let request = CheckRequest {
        path: &name,
        format: Some(ArticleFormat::Text),
        dateline: date.or(run.request.dateline),
        ..run.request.clone()
    };
    let checked = run.checker.check(text, &request);
    (report::record_json(&id, &checked.article, &checked.findings), Summary::of_file(&checked.findings), false)
}

/// Records of an archive, one per non-blank line; a read error ends them with a message.
struct Records<R> {
    reader: R,
    line: usize,
    error: std::rc::Rc<std::cell::RefCell<Option<String>>>,
}

impl<R: std::io::BufRead> Iterator for Records<R> {
    type Item = Record;
    fn next(&mut self) -> Option<Record> {
        loop {
            let mut bytes = Vec::new();
            match self.reader.read_until(b'\n', &mut bytes) {
                Ok(0) => return None,
                Ok(_) => {
                    self.line += 1;
                    if bytes.iter().all(u8::is_ascii_whitespace) {
                        continue;
                    }
                    crate::allocator::input_of_size(bytes.len());
                    return Some(Record { line: self.line, bytes });
                }
                Err(e) => {
                    *self.error.borrow_mut() = Some(format!("cannot read: {e}"));
                    return None;
                }
            }
        }
    }
}

/// `check --input jsonl`: one article per line in, one result line per article out, in input
/// order, in bounded batches (memory does not grow with the archive).
pub fn check_archive(run: &Run, paths: &[String], format: Format, fields: &Fields, out: &mut dyn Write) -> ExitCode {
    if !matches!(format, Format::Human | Format::Jsonl) {
        eprintln!("error: --input jsonl writes JSON Lines results; --format must be jsonl");
        return ExitCode::from(2);
    }
    let pool = run.pool();
    let mut summary = Summary::default();
    let mut input_error = false;
    let paths: Vec<String> = if paths == ["."] { vec!["-".into()] } else { paths.to_vec() };
    for path in &paths {
        let reader: Box<dyn std::io::BufRead> = if path == "-" {
            Box::new(std::io::BufReader::with_capacity(1 << 20, std::io::stdin()))
        } else {
            match std::fs::File::open(path) {
                Ok(f) => Box::new(std::io::BufReader::with_capacity(1 << 20, f)),
                Err(e) => {
                    eprintln!("error: {path}: cannot read: {e}");
                    input_error = true;
                    continue;
                }
            }
        };
        let error = std::rc::Rc::new(std::cell::RefCell::new(None));
        let records = Records { reader, line: 0, error: error.clone() };
        let mut bad = 0usize;
        ordered_map(
            pool.as_ref(),
            records,
            &mut (),
            |_, rec| check_record(run, fields, rec),
            |_, (line, s, failed)| {
                summary.merge(s);
                if failed {
                    bad += 1;
                }
                let _ = out.write_all(line.as_bytes());
                let _ = out.write_all(b"\n");
            },
        );
        let _ = out.flush();
        if bad > 0 {
            input_error = true;
            eprintln!("error: {path}: {bad} line(s) could not be checked (see their \"error\" field)");
        }
        let read_error = error.borrow_mut().take();
        if let Some(e) = read_error {
            input_error = true;
            eprintln!("error: {path}: {e}");
        }
    }
    let _ = out.flush();
    run.exit(input_error, &summary)
}
