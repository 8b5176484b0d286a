//! Tables laid out with spaces: figures in columns, not claims in sentences.
//!
//! Wire copy and plain-text reports print tables by aligning figures with runs of spaces
//! ("Wheat     12.5    11.9    10.2"). Read as prose, such a line gives dates that are not dates
//! ("Feb'87   Jan'87" read as "87 Jan") and sums across cells that nobody wrote. A table is
//! not a claim: its part of a line is blanked before extraction, with a note saying so.
//!
//! A line reads as a table when two or more of its gaps of two or more spaces have a figure on
//! one side (a word holding a digit, or "---", "nil", "n/a" marking empty cells), or one such
//! gap when the line before or after is a table. A sentence that ends in a figure and is
//! followed by two spaces ("rose in 1986.  The") has a full stop, so it is not a figure cell.

use crate::span::Span;

/// The part of each line of `text` that is a table: from its first figure cell to the end of
/// the line. `starts` are the byte offsets where lines start.
pub(super) fn table_spans(text: &str, starts: &[usize]) -> Vec<Span> {
    // A text with no tab and no two spaces in a row has no wide gap on any line.
    if memchr::memchr(b'\t', text.as_bytes()).is_none() && TWO_SPACES.find(text.as_bytes()).is_none() {
        return Vec::new();
    }
    let lines: Vec<(Span, Option<usize>, usize)> = starts
        .iter()
        .enumerate()
        .map(|(i, &start)| {
            let end = starts.get(i + 1).copied().unwrap_or(text.len());
            let line = text[start..end].trim_end_matches(['\n', '\r']);
            let (first, gaps) = figure_gaps(line);
            (Span::new(start, start + line.len()), first.map(|k| start + k), gaps)
        })
        .collect();
    let is_table = |i: usize| lines.get(i).is_some_and(|l| l.2 >= 2);
    let mut spans = Vec::new();
    for (i, &(line, first, gaps)) in lines.iter().enumerate() {
        let beside_table = (i > 0 && is_table(i - 1)) || is_table(i + 1);
        if let Some(from) = first.filter(|_| gaps >= 2 || (gaps == 1 && beside_table)) {
            spans.push(Span::new(from, line.end));
        }
    }
    spans
}

/// A searcher for two spaces, built once: `memmem::find` built one for every line.
static TWO_SPACES: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
    std::sync::LazyLock::new(|| memchr::memmem::Finder::new(b"  "));

/// The gaps of two or more spaces in `line` with a figure cell beside them: their count, and
/// the offset of the first such figure cell (or of the word after the first gap).
fn figure_gaps(line: &str) -> (Option<usize>, usize) {
    let bytes = line.as_bytes();
    // Most lines are prose with single spaces: no gap is wide, and a vector search says so.
    if memchr::memchr(b'\t', bytes).is_none() && TWO_SPACES.find(bytes).is_none() {
        return (None, 0);
    }
    let (mut first, mut count, mut i) = (None, 0, 0);
    while i < bytes.len() {
        if bytes[i] != b' ' && bytes[i] != b'\t' {
            i += 1;
            continue;
        }
        let gap_start = i;
        while i < bytes.len() && (bytes[i] == b' ' || bytes[i] == b'\t') {
            i += 1;
        }
        let wide = i - gap_start >= 2 || bytes[gap_start] == b'\t';
        if !wide || gap_start == 0 || i == bytes.len() {
            continue;
        }
        let left_start = line[..gap_start].rfind([' ', '\t']).map_or(0, |k| k + 1);
        let left = &line[left_start..gap_start];
        let right = line[i..].split([' ', '\t']).next().unwrap_or("");
        let (left_fig, right_fig) = (is_figure_cell(left), is_figure_cell(right));
        if left_fig || right_fig {
            count += 1;
            first.get_or_insert(if left_fig { left_start } else { i });
        }
    }
    (first, count)
}

/// A cell of a table: a word holding a digit that does not end a sentence, or a mark of an
/// empty cell.
fn is_figure_cell(word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    // Three or more dashes mark an empty cell; one or two are a dash in prose.
    if matches!(lower.as_str(), "nil" | "n/a" | "n.a.") || (word.len() >= 3 && word.bytes().all(|b| b == b'-')) {
        return true;
    }
    word.bytes().any(|b| b.is_ascii_digit()) && !word.ends_with(['.', '!', '?', ':', ';'])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tables(text: &str) -> Vec<&str> {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(k, _)| k + 1));
        table_spans(text, &starts).into_iter().map(|s| &text[s.range()]).collect()
    }

    #[test]
    fn columns_of_figures_are_a_table() {
        let text = "Exports by port were:\nHarbour A      1,204    1,150     980\nHarbour B  310  295  nil\n";
        assert_eq!(tables(text), ["1,204    1,150     980", "310  295  nil"]);
    }

    #[test]
    fn a_header_row_of_months_is_part_of_the_table() {
        let text = "Jun'24    May'24    Jun'23 Oats     12.5    11.0    9.75\n";
        assert_eq!(tables(text), ["Jun'24    May'24    Jun'23 Oats     12.5    11.0    9.75"]);
    }

    #[test]
    fn one_wide_gap_beside_a_table_row_joins_it() {
        let text = "Rye     4.1    3.9\nTotal     7.0\n\nA line  of prose with 2 odd gaps.\n";
        assert_eq!(tables(text), ["4.1    3.9", "7.0"]);
    }

    #[test]
    fn double_spaces_between_sentences_are_not_a_table() {
        let text = "Profit rose in 1986.  The board met on May 2.  It paid 40 cts.  Shares rose.\n";
        assert!(tables(text).is_empty());
        assert!(tables("The plan  was approved  by 12 votes to three.\n").is_empty());
    }
}
