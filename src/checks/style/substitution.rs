//! The `substitution` kind: a word or phrase to replace with another.

use super::matches;
use crate::checks::context::{Ctx, Hit};
use crate::checks::fixes::applicability;
use crate::finding::{Edit, Fix};
use crate::rules::SubstitutionSettings;

pub(crate) fn check(ctx: &Ctx, settings: &SubstitutionSettings) -> Vec<Hit> {
    matches(ctx, &settings.phrases)
        .into_iter()
        .filter_map(|(p, span)| {
            let (_, to) = &settings.swap[p];
            let found = ctx.text(span);
            // A replacement that is already what is written (case-insensitive rule) is fine.
            if found == to {
                return None;
            }
            Some(Hit {
                span,
                label: format!("use “{to}”"),
                vars: vec![("match", found.to_string()), ("replacement", to.clone())],
                related: vec![],
                fixes: vec![Fix::single(
                    format!("write “{to}”"),
                    Edit::new(span, to.clone()),
                    applicability(settings.fix_safe),
                )],
                ..Hit::default()
            })
        })
        .collect()
}
