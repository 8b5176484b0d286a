//! English number words: "thirteen", "Twenty-one", "one hundred and sixty-nine", "a dozen".

/// The value of a single number word, with whether it multiplies what came before.
fn word_value(w: &str) -> Option<(f64, bool)> {
    let v = match w {
        "zero" => 0.0,
        "one" => 1.0,
        "two" => 2.0,
        "three" => 3.0,
        "four" => 4.0,
        "five" => 5.0,
        "six" => 6.0,
        "seven" => 7.0,
        "eight" => 8.0,
        "nine" => 9.0,
        "ten" => 10.0,
        "eleven" => 11.0,
        "twelve" => 12.0,
        "thirteen" => 13.0,
        "fourteen" => 14.0,
        "fifteen" => 15.0,
        "sixteen" => 16.0,
        "seventeen" => 17.0,
        "eighteen" => 18.0,
        "nineteen" => 19.0,
        "twenty" => 20.0,
        "thirty" => 30.0,
        "forty" => 40.0,
        "fifty" => 50.0,
        "sixty" => 60.0,
        "seventy" => 70.0,
        "eighty" => 80.0,
        "ninety" => 90.0,
        "hundred" => return Some((100.0, true)),
        "thousand" => return Some((1_000.0, true)),
        "million" => return Some((1_000_000.0, true)),
        "billion" => return Some((1_000_000_000.0, true)),
        "trillion" => return Some((1_000_000_000_000.0, true)),
        _ => return None,
    };
    Some((v, false))
}

/// Parse a run of number words into a value. `None` when the words do not form one number
/// ("one two").
pub fn parse(text: &str) -> Option<f64> {
    let lower = text.to_lowercase();
    let words: Vec<&str> =
        lower.split(|c: char| c.is_whitespace() || c == '-').filter(|w| !w.is_empty() && *w != "and").collect();
    match words.as_slice() {
        ["a", "dozen"] | ["dozen"] => return Some(12.0),
        [n, "dozen"] => return word_value(n).filter(|v| !v.1).map(|(v, _)| v * 12.0),
        _ => {}
    }
    let mut total = 0.0;
    let mut current = 0.0;
    let mut last_small: Option<f64> = None;
    for w in &words {
        let (v, mult) = word_value(w)?;
        if mult {
            if current == 0.0 {
                current = 1.0;
            }
            if v >= 1000.0 {
                total += current * v;
                current = 0.0;
            } else {
                current *= v;
            }
            last_small = None;
        } else {
            // "twenty one" is 21, but "one two" and "twenty thirty" are not numbers.
            if let Some(prev) = last_small {
                if !(prev >= 20.0 && prev % 10.0 == 0.0 && v < 10.0) {
                    return None;
                }
            }
            current += v;
            last_small = Some(v);
        }
    }
    Some(total + current)
}

/// Cardinal words for small numbers, for messages ("thirteen" reads back as 13).
pub fn ordinal_value(word: &str) -> Option<u32> {
    let v = match word.to_lowercase().as_str() {
        "first" => 1,
        "second" => 2,
        "third" => 3,
        "fourth" => 4,
        "fifth" => 5,
        "sixth" => 6,
        "seventh" => 7,
        "eighth" => 8,
        "ninth" => 9,
        "tenth" => 10,
        _ => return None,
    };
    Some(v)
}

/// English words for 0..=999,999 as copy writes them ("three hundred and forty-two thousand
/// six hundred and five"); the inverse of [`parse`], used by tests and examples.
pub fn spell(v: u64) -> String {
    #[rustfmt::skip]
    const ONES: [&str; 20] = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];
    const TENS: [&str; 10] = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
    fn below_hundred(r: u64) -> String {
        match r {
            0..=19 => ONES[r as usize].to_string(),
            _ if r.is_multiple_of(10) => TENS[(r / 10) as usize].to_string(),
            _ => format!("{}-{}", TENS[(r / 10) as usize], ONES[(r % 10) as usize]),
        }
    }
    fn below_thousand(v: u64) -> String {
        let (h, r) = (v / 100, v % 100);
        match (h, r) {
            (0, r) => below_hundred(r),
            (h, 0) => format!("{} hundred", ONES[h as usize]),
            (h, r) => format!("{} hundred and {}", ONES[h as usize], below_hundred(r)),
        }
    }
    match (v / 1000, v % 1000) {
        (0, r) => below_thousand(r),
        (t, 0) => format!("{} thousand", below_thousand(t)),
        (t, r) => format!("{} thousand {}", below_thousand(t), below_thousand(r)),
    }
}

#[cfg(test)]
mod tests {
    use super::parse;

    #[test]
    fn reads_number_words() {
        for (s, v) in [
            ("thirteen", 13.0),
            ("Twenty-one", 21.0),
            ("one hundred sixty-nine", 169.0),
            ("one hundred and sixty-nine", 169.0),
            ("a dozen", 12.0),
            ("two dozen", 24.0),
            ("three thousand four hundred", 3400.0),
            ("five million", 5_000_000.0),
            ("Nineteen", 19.0),
        ] {
            assert_eq!(parse(s), Some(v), "{s}");
        }
        assert_eq!(parse("one two"), None);
    }
}
