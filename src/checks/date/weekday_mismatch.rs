//! date.weekday-mismatch: a weekday that does not fall on its date.

use chrono::{Datelike, NaiveDate};

use crate::calendar::long_date;
use crate::calendar::nearest_year;
use crate::checks::context::{Ctx, Hit};
use crate::lexicon::weekday_name;

pub(crate) fn check(ctx: &Ctx) -> Vec<Hit> {
    let dct = ctx.article.dateline_date();
    let mut out = Vec::new();
    for d in &ctx.m.dates {
        let (Some(wd), Some(date), Some(ws)) = (d.weekday, d.date, d.weekday_span) else { continue };
        if d.relative.is_some() || date.weekday() == wd {
            continue;
        }
        let mut note = String::new();
        if d.year_explicit {
            if let Some(dct) = dct {
                let ty = nearest_year(dct, date.month(), date.day());
                if let Some(alt) = NaiveDate::from_ymd_opt(ty, date.month(), date.day()) {
                    if ty != date.year() && alt.weekday() == wd {
                        note = format!(
                            "; {} is a {} in {}, the dateline's year, so the year {} may be the error",
                            long_date(alt).rsplit_once(',').map(|x| x.0).unwrap_or_default(),
                            weekday_name(wd),
                            ty,
                            date.year()
                        );
                    }
                }
            }
        }
        out.push(Hit {
            span: d.span,
            label: format!("{} was a {}", long_date(date), weekday_name(date.weekday())),
            vars: vec![
                ("stated", ctx.text(ws).to_string()),
                ("actual", weekday_name(date.weekday()).to_string()),
                ("date", long_date(date)),
                ("note", note),
            ],
            related: vec![],
        });
    }
    out
}
