//! Bounds and ranges: "at least 25", "nearly 60,000", "between 30 and 40", "30-40".

use super::mention::{Bound, NumberKind, NumberMention};
use crate::extract::words::{TokenKind, Tokens};
use crate::extract::wordset::with_lowercase;

/// Words before a number that make it a bound, with the interval they give. The words are
/// as written: every bound word is ASCII without a "k", so a word lower-cases
/// (`str::to_lowercase`) to one exactly when it is that word in any ASCII case.
fn bound_before(w: &[&str]) -> Option<(Bound, usize)> {
    let two = |a: &str, b: &str| {
        w.len() >= 2 && w[w.len() - 2].eq_ignore_ascii_case(a) && w[w.len() - 1].eq_ignore_ascii_case(b)
    };
    if two("at", "least")
        || two("more", "than")
        || two("upwards", "of")
        || two("in", "excess")
        || two("no", "fewer")
        || two("no", "less")
    {
        return Some((Bound::AtLeast, 2));
    }
    if two("fewer", "than")
        || two("less", "than")
        || two("up", "to")
        || two("as", "many")
        || two("at", "most")
        || two("no", "more")
    {
        return Some((Bound::AtMost, 2));
    }
    if two("close", "to") || two("an", "estimated") || two("just", "over") || two("just", "under") {
        return Some((Bound::About, 2));
    }
    w.last().and_then(|last| with_lowercase(last, bound_word))
}

/// The interval a single word before a number gives, the word in lower case.
fn bound_word(last: &str) -> Option<(Bound, usize)> {
    match last {
        "over" | "above" | "exceeding" | "beyond" => Some((Bound::AtLeast, 1)),
        "nearly" | "almost" | "under" | "below" | "within" => Some((Bound::AtMost, 1)),
        "about" | "around" | "approximately" | "roughly" | "some" | "estimated" | "circa" | "approx" | "perhaps"
        | "maybe" | "reportedly" | "possibly" => Some((Bound::About, 1)),
        _ => None,
    }
}

/// Turn bound words into intervals and join "between 30 and 40", "30-40", "30 to 40".
pub(super) fn apply_bounds_and_ranges(text: &str, tokens: &Tokens, nums: &mut [NumberMention]) {
    for i in 0..nums.len() {
        if nums[i].bound != Bound::Exact {
            continue;
        }
        // Up to two words before the number, same sentence (all `bound_before` reads).
        let mut near = ["", ""];
        let mut count = 0;
        let mut t = nums[i].token;
        while t > 0 && count < 2 {
            t -= 1;
            let tok = &tokens[t];
            if !tokens.in_sentence(t, nums[i].sentence) || tok.kind() != TokenKind::Word {
                break;
            }
            count += 1;
            near[2 - count] = tok.text(text);
        }
        let v = nums[i].value;
        if let Some((b, _)) = bound_before(&near[2 - count..]) {
            nums[i].bound = b;
            let (lo, hi) = match b {
                Bound::AtLeast => (v, f64::INFINITY),
                Bound::AtMost => (0.0, v),
                _ => (v * 0.8, v * 1.2),
            };
            nums[i].low = lo;
            nums[i].high = hi;
        }
        let after = text[nums[i].span.end..].trim_start();
        // Every word below opens with "o", "-" or "+".
        if !matches!(after.as_bytes().first(), Some(b'o' | b'-' | b'+')) {
            continue;
        }
        if after.starts_with("or more") || after.starts_with("-plus") || after.starts_with('+') {
            nums[i].bound = Bound::AtLeast;
            nums[i].high = f64::INFINITY;
        }
        if after.starts_with("or so") || after.starts_with("-odd") || after.starts_with("or fewer") {
            nums[i].bound = Bound::About;
            nums[i].low = v * 0.8;
            nums[i].high = v * 1.2;
        }
    }
    // Ranges: the first number takes the whole interval; the second is marked as range too.
    for i in 0..nums.len().saturating_sub(1) {
        let (a, b) = (&nums[i], &nums[i + 1]);
        if a.sentence != b.sentence || a.kind != b.kind && !(a.kind == NumberKind::Count) {
            continue;
        }
        // (Two mentions can overlap: "1,20,3411" holds more than one reading.)
        let Some(between) = text.get(a.span.end..b.span.start) else { continue };
        let joined = matches!(between.trim(), "-" | "–" | "to" | "and" | "or");
        if !joined {
            continue;
        }
        let before_a = text[..a.span.start].trim_end();
        let is_range = matches!(between.trim(), "-" | "–" | "to" | "or")
            || (between.trim() == "and" && crate::lexicon::ends_with_ignoring_case(before_a, "between"));
        if between.trim() == "to" && (before_a.ends_with("from") || before_a.ends_with("From")) {
            continue; // "from 400 to 500" is a change, not a range
        }
        // "fell by 300 to 1,500 from 1,900", "rose $12 million to $118 million from $109
        // million": the change, then the new value, then the old one.
        let after_b = text.get(b.span.end..).unwrap_or("").trim_start();
        let old_follows = after_b.strip_prefix("from ").is_some_and(|rest| {
            nums.get(i + 2).is_some_and(|c| {
                c.sentence == b.sentence && c.kind == b.kind && c.span.start == text.len() - rest.len()
            })
        });
        let last_word = before_a.rsplit(' ').next().unwrap_or("");
        let by_then_from = last_word == "by" && after_b.starts_with("from ");
        let verb_then_old = crate::extract::vocab::CHANGE_VERBS.contains(&last_word) && old_follows;
        if between.trim() == "to" && (by_then_from || verb_then_old) {
            continue;
        }
        if is_range && b.value >= a.value {
            let (lo, hi) = (a.value.min(b.value), a.value.max(b.value));
            for n in [i, i + 1] {
                nums[n].bound = Bound::Range;
                nums[n].low = lo;
                nums[n].high = hi;
            }
        }
    }
}
