//! date.dateline-conflict: the metadata date and the printed dateline disagree.

use chrono::Datelike;

use crate::checks::context::{Ctx, Hit};
use crate::finding::Related;

pub(crate) fn check(ctx: &Ctx) -> Vec<Hit> {
    let (Some(meta), Some(printed)) = (&ctx.article.meta_date, &ctx.article.printed) else { return vec![] };
    let same = match printed.date {
        Some(d) if printed.has_year => d == meta.date,
        _ => printed.month == meta.date.month() && printed.day == meta.date.day(),
    };
    if same {
        return vec![];
    }
    let printed_text = ctx.text(printed.span).trim().to_string();
    let mut related = Vec::new();
    if let Some(s) = meta.span {
        related.push(Related { span: s, message: format!("metadata date {}", meta.date) });
    }
    vec![Hit {
        span: printed.span,
        label: format!("printed dateline: {printed_text}"),
        vars: vec![("meta", meta.date.to_string()), ("printed", printed_text)],
        related,
    }]
}
