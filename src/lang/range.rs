//! Ranges of pages as they are typeset: `12-15` is written with a hyphen, which is
//! what a keyboard has, and printed with an en dash, `12–15`.

/// `text` with each hyphen between two numbers (spaces around it dropped) made
/// an en dash; anything else is left as written.
pub fn en_dashed(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 2);
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '-' {
            let before = out.trim_end().chars().next_back();
            let after = chars[i + 1..].iter().find(|c| **c != ' ');
            if before.is_some_and(|b| b.is_ascii_digit())
                && after.is_some_and(|a| a.is_ascii_digit())
            {
                out.truncate(out.trim_end().len());
                out.push('–');
                i += 1;
                while chars.get(i) == Some(&' ') {
                    i += 1;
                }
                continue;
            }
        }
        out.push(c);
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::en_dashed;

    #[test]
    fn a_range_of_numbers_gets_an_en_dash() {
        assert_eq!(en_dashed("12-15"), "12–15");
        assert_eq!(en_dashed("12 - 15"), "12–15");
        assert_eq!(en_dashed("12-15, 40-42"), "12–15, 40–42");
        assert_eq!(en_dashed("С. 7-9"), "С. 7–9");
    }

    #[test]
    fn other_hyphens_are_left_as_written() {
        assert_eq!(en_dashed("12"), "12");
        assert_eq!(en_dashed("iv-x"), "iv-x");
        assert_eq!(en_dashed("12-"), "12-");
        assert_eq!(en_dashed("-3"), "-3");
        assert_eq!(en_dashed("12–15"), "12–15");
    }
}
