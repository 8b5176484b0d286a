//! Two spellings of one name word in an article, and the finding that says which one the text
//! favours: shared by the surname and given-name readings of person.name-spelling.

use crate::checks::context::{Ctx, Hit};
use crate::finding::{Applicability, Edit, Fix, Related};
use crate::span::Span;

/// The two spellings of one name word and how often each is written.
pub(super) struct Spelling {
    /// The later spelling and its count.
    pub variant: (Span, usize),
    /// The introduced spelling and its count.
    pub introduced: (Span, usize),
    /// The full name of the introduction.
    pub name: Span,
}

impl Spelling {
    /// The finding, honest about which spelling is wrong: the variant when the introduced
    /// spelling is written more often; the introduction when the later spelling is; neither,
    /// and no fix, when each is written as often.
    pub fn hit(&self, ctx: &Ctx, name: &str) -> Hit {
        let ((variant_span, n_variant), (introduced_span, n_introduced)) = (self.variant, self.introduced);
        let (variant, introduced) = (ctx.text(variant_span), ctx.text(introduced_span));
        let (span, wrong, right, note, related) = if n_variant > n_introduced {
            let note = format!(", the spelling written {} after the introduction", times(n_variant));
            let rel = Related { span: variant_span, message: format!("written {variant} here") };
            (introduced_span, introduced, variant.to_string(), note, rel)
        } else {
            let rel = Related { span: self.name, message: format!("introduced here as {name}") };
            let note = if n_variant == n_introduced {
                format!(", or the introduction is misspelt: each spelling is written {}", times(n_variant))
            } else {
                String::new()
            };
            (variant_span, variant, name.to_string(), note, rel)
        };
        let fix_to = if n_variant > n_introduced { variant } else { introduced };
        let fixes = (n_variant != n_introduced)
            .then(|| Fix {
                description: format!("Write {fix_to}"),
                edits: vec![Edit { span, replacement: fix_to.to_string() }],
                applicability: Applicability::Suggested,
            })
            .into_iter()
            .collect();
        Hit {
            span,
            label: if span == variant_span {
                format!("introduced as {name}")
            } else {
                format!("also written {variant}")
            },
            vars: vec![
                ("variant", wrong.to_string()),
                ("name", right),
                ("surname", fix_to.to_string()),
                ("note", note),
            ],
            related: vec![related],
            fixes,
            ..Hit::default()
        }
    }
}

/// "once", "twice", "3 times".
fn times(n: usize) -> String {
    match n {
        1 => "once".into(),
        2 => "twice".into(),
        _ => format!("{n} times"),
    }
}
