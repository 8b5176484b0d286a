//! How checks write numbers into their messages: "60,000", "169 + 13 = 182". Dates written
//! out ("September 18, 2025") are `crate::calendar::long_date`.

/// Numbers added up for a message: "169 + 13 = 182" and the list "169, 13".
pub(crate) struct Addition {
    pub sum: f64,
    /// "169 + 13 = 182"
    pub equation: String,
    /// "169, 13"
    pub list: String,
}

pub(crate) fn addition(values: impl IntoIterator<Item = f64>) -> Addition {
    let values: Vec<f64> = values.into_iter().collect();
    let sum: f64 = values.iter().sum();
    let written: Vec<String> = values.iter().map(|&v| fmt_num(v)).collect();
    Addition { sum, equation: format!("{} = {}", written.join(" + "), fmt_num(sum)), list: written.join(", ") }
}

/// Format a number the way news copy writes it: "182", "60,000", "3.2".
pub fn fmt_num(v: f64) -> String {
    if v.is_infinite() {
        return "∞".into();
    }
    if v.fract().abs() < 1e-9 && v.abs() < 1e15 {
        let n = v.round() as i64;
        let s = n.abs().to_string();
        let mut out = String::new();
        for (i, ch) in s.chars().enumerate() {
            if i > 0 && (s.len() - i).is_multiple_of(3) {
                out.push(',');
            }
            out.push(ch);
        }
        if n < 0 {
            out.insert(0, '-');
        }
        out
    } else {
        let s = format!("{v:.2}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::fmt_num;

    #[test]
    fn numbers_read_like_copy() {
        assert_eq!(fmt_num(182.0), "182");
        assert_eq!(fmt_num(60000.0), "60,000");
        assert_eq!(fmt_num(1204311.0), "1,204,311");
        assert_eq!(fmt_num(3.25), "3.25");
    }
}
