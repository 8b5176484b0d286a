//! Party and state labels written beside a name: wire style ("R-Mass.", "(D-CA)"), and prose
//! ("a Republican from Ohio", "an Ohio Democrat", "Texas Republican Ted Cruz").

use crate::span::Span;

/// (postal code, AP abbreviation, full name) of each state and the District of Columbia. AP
/// spells out the eight states with short names (Alaska, Hawaii, Idaho, Iowa, Maine, Ohio, Texas,
/// Utah).
#[rustfmt::skip]
pub(super) const STATES: &[(&str, &str, &str)] = &[
    ("AL", "Ala.", "Alabama"), ("AK", "Alaska", "Alaska"), ("AZ", "Ariz.", "Arizona"), ("AR", "Ark.", "Arkansas"),
    ("CA", "Calif.", "California"), ("CO", "Colo.", "Colorado"), ("CT", "Conn.", "Connecticut"),
    ("DE", "Del.", "Delaware"), ("DC", "D.C.", "District of Columbia"), ("FL", "Fla.", "Florida"),
    ("GA", "Ga.", "Georgia"), ("HI", "Hawaii", "Hawaii"), ("ID", "Idaho", "Idaho"), ("IL", "Ill.", "Illinois"),
    ("IN", "Ind.", "Indiana"), ("IA", "Iowa", "Iowa"), ("KS", "Kan.", "Kansas"), ("KY", "Ky.", "Kentucky"),
    ("LA", "La.", "Louisiana"), ("ME", "Maine", "Maine"), ("MD", "Md.", "Maryland"), ("MA", "Mass.", "Massachusetts"),
    ("MI", "Mich.", "Michigan"), ("MN", "Minn.", "Minnesota"), ("MS", "Miss.", "Mississippi"), ("MO", "Mo.", "Missouri"),
    ("MT", "Mont.", "Montana"), ("NE", "Neb.", "Nebraska"), ("NV", "Nev.", "Nevada"), ("NH", "N.H.", "New Hampshire"),
    ("NJ", "N.J.", "New Jersey"), ("NM", "N.M.", "New Mexico"), ("NY", "N.Y.", "New York"),
    ("NC", "N.C.", "North Carolina"), ("ND", "N.D.", "North Dakota"), ("OH", "Ohio", "Ohio"), ("OK", "Okla.", "Oklahoma"),
    ("OR", "Ore.", "Oregon"), ("PA", "Pa.", "Pennsylvania"), ("RI", "R.I.", "Rhode Island"),
    ("SC", "S.C.", "South Carolina"), ("SD", "S.D.", "South Dakota"), ("TN", "Tenn.", "Tennessee"), ("TX", "Texas", "Texas"),
    ("UT", "Utah", "Utah"), ("VT", "Vt.", "Vermont"), ("VA", "Va.", "Virginia"), ("WA", "Wash.", "Washington"),
    ("WV", "W.Va.", "West Virginia"), ("WI", "Wis.", "Wisconsin"), ("WY", "Wyo.", "Wyoming"),
    ("PR", "P.R.", "Puerto Rico"), ("GU", "Guam", "Guam"), ("VI", "V.I.", "Virgin Islands"),
    ("AS", "American Samoa", "American Samoa"), ("MP", "N. Mariana Islands", "Northern Mariana Islands"),
];

/// Older state abbreviations that wire copy of the 1980s still uses ("D-Tex.", "R-Nebr.",
/// "D-Wisc."), beside the AP ones above: (postal code, abbreviation).
#[rustfmt::skip]
const OLDER_ABBREVIATIONS: &[(&str, &str)] = &[
    ("TX", "Tex."), ("NE", "Nebr."), ("KS", "Kans."), ("WI", "Wisc."), ("OR", "Oreg."), ("PA", "Penn."),
    ("PA", "Penna."), ("NM", "N.Mex."), ("ND", "N.Dak."), ("SD", "S.Dak."), ("ID", "Ida."), ("ME", "Me."),
    ("CA", "Cal."), ("IA", "Ia."), ("WV", "W.Va."),
];

/// A label as written: the party and state it claims (either may be absent) and where it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Label {
    pub party: Option<&'static str>,
    pub state: Option<&'static str>,
    pub span: Span,
}

/// The record's party name for a party word or wire letter.
fn party_of(word: &str, wire: bool) -> Option<&'static str> {
    match word {
        "D" if wire => Some("Democrat"),
        "R" if wire => Some("Republican"),
        "I" if wire => Some("Independent"),
        "Democrat" | "Democratic" => Some("Democrat"),
        "Republican" | "GOP" => Some("Republican"),
        "Independent" | "independent" => Some("Independent"),
        _ => None,
    }
}

/// The postal code of a state as written in a wire label: AP abbreviation, postal code or
/// full name ("W.Va." and "W. Va." both).
fn state_in_wire(s: &str) -> Option<&'static str> {
    let squeezed = s.replace(". ", ".");
    // "D-Mass", "R-Tex": wire copy often drops the abbreviation's final period.
    let dotted = format!("{squeezed}.");
    let abbreviation = |a: &str| squeezed == a || !squeezed.ends_with('.') && dotted == a;
    STATES
        .iter()
        .find(|(code, ap, full)| abbreviation(ap) || s == *code || s == *full)
        .map(|(c, _, _)| *c)
        .or_else(|| OLDER_ABBREVIATIONS.iter().find(|(_, a)| abbreviation(a)).map(|(c, _)| *c))
}

/// A state written out in prose ("from Ohio", "an Ohio Democrat").
fn state_in_prose(s: &str) -> Option<&'static str> {
    STATES.iter().find(|(_, _, full)| s == *full).map(|(c, _, _)| *c)
}

/// The AP way of writing a record's party and state: "D-Mass.".
pub(super) fn wire_label(party: Option<&str>, state: Option<&str>) -> String {
    let letter = match party {
        Some("Democrat") => "D",
        Some("Republican") => "R",
        Some("Independent") => "I",
        Some(p) => p,
        None => "?",
    };
    let st = state.and_then(|s| STATES.iter().find(|(c, _, _)| *c == s)).map_or("?", |(_, ap, _)| ap);
    format!("{letter}-{st}")
}

/// A wire label right after a name: ", R-Mass.," or " (D-CA)" or " (R-Ga.-14)".
pub(super) fn wire_after(text: &str, name_end: usize) -> Option<Label> {
    let rest = &text[name_end..];
    let (skip, closer) = if rest.starts_with(", ") {
        (2, ',')
    } else if rest.starts_with(" (") {
        (2, ')')
    } else {
        return None;
    };
    let body = &rest[skip..];
    let mut chars = body.chars();
    let letter = chars.next()?;
    if !matches!(letter, 'D' | 'R' | 'I') || chars.next() != Some('-') {
        return None;
    }
    let after = &body[2..];
    let end = after.find([closer, ',', ')', ';', '\n']).unwrap_or(after.len());
    // "R-Ga.-14": a district after the state.
    let raw = after[..end].trim_end();
    let st = raw.rsplit_once('-').filter(|(_, d)| d.chars().all(|c| c.is_ascii_digit())).map_or(raw, |(s, _)| s);
    // A label ending the sentence carries the full stop: "R-Texas." is Texas, "R-Mass." is Mass.
    let state = state_in_wire(st).or_else(|| st.strip_suffix('.').and_then(state_in_wire))?;
    let start = name_end + skip;
    Some(Label {
        party: party_of(&letter.to_string(), true),
        state: Some(state),
        span: Span::new(start, start + 2 + end),
    })
}

/// Words of a short stretch with their offsets.
fn words(text: &str, base: usize) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
        let part = c.is_alphanumeric();
        match (part, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((base + s, &text[s..i]));
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// Up to three words naming a state at the start of `ws`: (state, words used).
fn state_words(ws: &[(usize, &str)]) -> Option<(&'static str, usize)> {
    (1..=3.min(ws.len())).rev().find_map(|n| {
        let joined: Vec<&str> = ws[..n].iter().map(|w| w.1).collect();
        state_in_prose(&joined.join(" ")).map(|s| (s, n))
    })
}

/// A prose label in apposition: ", a Republican from Ohio", ", an Ohio Democrat", ", the
/// Vermont independent".
pub(super) fn prose_after(text: &str, name_end: usize) -> Option<Label> {
    let rest = text[name_end..].strip_prefix(", ")?;
    let base = name_end + 2;
    let stop = rest.find([',', ';', '.', '(', ')', '\n']).unwrap_or(rest.len());
    let ws = words(&rest[..stop], base);
    let (first, tail) = ws.split_first()?;
    // "Democrat of Vermont": a party and its state with no article.
    if party_of(first.1, false).is_some() && tail.first().is_some_and(|w| matches!(w.1, "of" | "from")) {
        let (state, n) = state_words(&tail[1..])?;
        let last = tail[n];
        let span = Span::new(first.0, last.0 + last.1.len());
        return Some(Label { party: party_of(first.1, false), state: Some(state), span });
    }
    if !matches!(first.1, "a" | "an" | "the") {
        return None;
    }
    // "an Ohio Democrat" or "a Democrat from Ohio".
    let (state, used) = state_words(tail).map_or((None, 0), |(s, n)| (Some(s), n));
    let (pos, word) = *tail.get(used)?;
    let party = party_of(word, false)?;
    // "a Democrat who ..." is a label; "a Republican strategist" is another person's job.
    let next = tail.get(used + 1).map(|w| w.1);
    if next.is_some_and(|w| w.starts_with(char::is_lowercase) && !matches!(w, "from" | "of" | "who" | "whose" | "and"))
    {
        return None;
    }
    let mut end = pos + word.len();
    let mut state = state;
    if state.is_none() && matches!(next, Some("from" | "of")) {
        if let Some((s, n)) = state_words(&tail[used + 2..]) {
            state = Some(s);
            let last = tail[used + 1 + n];
            end = last.0 + last.1.len();
        }
    }
    Some(Label { party: Some(party), state, span: Span::new(first.0, end) })
}

/// A label before a name or its title: "Ohio Democrat Sherrod Brown", "Republican Sen. Ted
/// Cruz", "Texas Republican Sen. Ted Cruz". Only capitalized party words count here.
pub(super) fn before(text: &str, start: usize) -> Option<Label> {
    // After the stop character, whatever its width in bytes ("“" is three).
    let line_start = text[..start]
        .char_indices()
        .rev()
        .find(|(_, c)| matches!(c, '\n' | ',' | ';' | '(' | '"' | '“'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let ws = words(&text[line_start..start], line_start);
    let &(pos, word) = ws.last()?;
    // The party word must sit right before the name or title.
    if text[pos + word.len()..start].trim() != "" || word == "independent" {
        return None;
    }
    let party = party_of(word, false)?;
    let head = &ws[..ws.len() - 1];
    let state = (1..=3.min(head.len())).rev().find_map(|n| {
        let joined: Vec<&str> = head[head.len() - n..].iter().map(|w| w.1).collect();
        state_in_prose(&joined.join(" ")).map(|s| (s, head[head.len() - n].0))
    });
    let from = state.map_or(pos, |(_, p)| p);
    Some(Label { party: Some(party), state: state.map(|(s, _)| s), span: Span::new(from, pos + word.len()) })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wire_labels() {
        let t = "Sen. Elizabeth Warren, R-Mass., said";
        let l = wire_after(t, 21).unwrap();
        assert_eq!((l.party, l.state), (Some("Republican"), Some("MA")));
        assert_eq!(&t[l.span.start..l.span.end], "R-Mass.");
        let t = "Rep. Nancy Pelosi (D-CA) spoke.";
        assert_eq!(wire_after(t, 17).unwrap().state, Some("CA"));
        let t = "said Sen. Ted Cruz, R-Texas.";
        assert_eq!(wire_after(t, 18).unwrap().state, Some("TX"));
        assert_eq!(wire_after("Ted Cruz, Republican", 8), None);
        // 1980s wire copy: older abbreviations, and the final period dropped.
        let t = "Rep. Charles Stenholm (D-Tex.) said";
        assert_eq!(wire_after(t, 21).unwrap().state, Some("TX"));
        let t = "Rep. Hal Daub (R-Nebr.) said";
        assert_eq!(wire_after(t, 13).unwrap().state, Some("NE"));
        let t = "Rep. Edward Markey, D-Mass, the chairman, said";
        let l = wire_after(t, 18).unwrap();
        assert_eq!((l.party, l.state, &t[l.span.start..l.span.end]), (Some("Democrat"), Some("MA"), "D-Mass"));
        assert_eq!(wire_after("Chairman William Proxmire (D-Wis) said", 25).unwrap().state, Some("WI"));
        // A word that only looks like a state is not one.
        assert_eq!(wire_after("Rep. Jo Smith, D-Massive, said", 13), None);
    }

    #[test]
    fn prose_labels() {
        let t = "Sherrod Brown, an Ohio Democrat, said";
        let l = prose_after(t, 13).unwrap();
        assert_eq!((l.party, l.state), (Some("Democrat"), Some("OH")));
        let t = "Jim Jordan, a Republican from Ohio, said";
        assert_eq!(prose_after(t, 10).unwrap().state, Some("OH"));
        let t = "Patrick Leahy, a Democrat of Vermont, said";
        assert_eq!(prose_after(t, 13).unwrap().state, Some("VT"));
        let t = "Senator Patrick J. Leahy, Democrat of Vermont, said";
        let l = prose_after(t, 24).unwrap();
        assert_eq!(
            (l.party, l.state, &t[l.span.start..l.span.end]),
            (Some("Democrat"), Some("VT"), "Democrat of Vermont")
        );
        assert_eq!(prose_after("Jim Jordan, Republican leader, said", 10), None);
        assert_eq!(prose_after("Jim Jordan, a Republican strategist, said", 10), None);
        let t = "the Texas Republican Sen. Ted Cruz said";
        let l = before(t, 21).unwrap();
        assert_eq!((l.party, l.state), (Some("Republican"), Some("TX")));
        // A multi-byte quotation mark before the label.
        let t = "he said. “Republican Sen. Ted Cruz said";
        assert_eq!(before(t, t.find("Sen.").unwrap()).unwrap().party, Some("Republican"));
    }
}
