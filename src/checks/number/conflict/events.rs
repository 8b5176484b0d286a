//! The event a count's verb or noun names, so "died" and "killed", "burned" and "burning"
//! compare equal.

/// Verbs that say the same thing happened, grouped so "died" and "killed" compare.
pub(super) fn event_family(verb: &str) -> String {
    let fam = match verb {
        "killed" | "died" | "dead" | "perished" | "drowned" | "slain" | "kill" | "kills" | "killing" => "death",
        "injured" | "wounded" | "hurt" | "hospitalized" | "hospitalised" => "injury",
        "evacuated" | "evacuate" | "leave" | "flee" | "fled" | "displaced" => "evacuation",
        "arrested" | "detained" => "arrest",
        "rescued" | "saved" => "rescue",
        _ => return stem(verb),
    };
    fam.to_string()
}

/// A crude stem that lets "burned", "burning" and "burn" compare equal.
pub(super) fn stem(w: &str) -> String {
    let w = w.to_lowercase();
    for suffix in ["ing", "ed", "es", "s"] {
        if let Some(s) = w.strip_suffix(suffix) {
            if s.len() >= 3 {
                return s.trim_end_matches('e').to_string();
            }
        }
    }
    w.trim_end_matches('e').to_string()
}
