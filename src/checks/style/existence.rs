//! The `existence` kind: words or phrases to flag wherever they appear.

use super::matches;
use crate::checks::context::{Ctx, Hit};
use crate::rules::ExistenceSettings;

pub(crate) fn check(ctx: &Ctx, settings: &ExistenceSettings) -> Vec<Hit> {
    matches(ctx, &settings.phrases)
        .into_iter()
        .map(|(_, span)| Hit {
            span,
            label: "found here".into(),
            vars: vec![("match", ctx.text(span).to_string())],
            related: vec![],
            ..Hit::default()
        })
        .collect()
}
