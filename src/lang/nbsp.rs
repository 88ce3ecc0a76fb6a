//! Non-breaking spaces where print must not break a line: between initials and
//! the name they belong to («Н. Ж. Бекмұхамбетова» was printed «…Н. Ж.» at a
//! line's end and «Бекмұхамбетова» on the next), after № and inside a date.

use std::borrow::Cow;

/// The no-break space.
pub const NBSP: char = '\u{A0}';

/// `text` with the spaces after initials (a capital letter and a full stop
/// before a capital: «Н. Ж. Бекмұхамбетова») and after № made no-break.
pub fn bind(text: &str) -> Cow<'_, str> {
    if !text.contains(". ") && !text.contains("№ ") {
        return Cow::Borrowed(text);
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 8);
    for (i, &c) in chars.iter().enumerate() {
        let binds = c == ' '
            && chars.get(i + 1).is_some_and(|n| !n.is_whitespace())
            && (after_initial(&chars[..i]) && chars[i + 1].is_uppercase()
                || i > 0 && chars[i - 1] == '№');
        out.push(if binds { NBSP } else { c });
    }
    Cow::Owned(out)
}

/// Whether `before` ends with an initial: a capital letter, standing alone,
/// and a full stop.
fn after_initial(before: &[char]) -> bool {
    match before {
        [rest @ .., letter, '.'] => {
            letter.is_uppercase()
                && letter.is_alphabetic()
                && rest.last().is_none_or(|p| !p.is_alphanumeric())
        }
        _ => false,
    }
}

/// `signer` («Директордың орынбасары Н. Ж. Бекмұхамбетова», or «… Бекмұхамбетова
/// Н. Ж.») parted into the post and the name at its end (initials and a
/// surname, either way round); `None` when it does not end with a name.
pub fn split_name(signer: &str) -> Option<(&str, &str)> {
    let words: Vec<(usize, &str)> = signer
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - signer.as_ptr() as usize, w))
        .collect();
    // «Н.» or «Н.Ж.»: each part a capital and a full stop.
    let initial = |w: &str| {
        !w.is_empty() && w.split_inclusive('.').all(|p| {
            let mut c = p.chars();
            matches!((c.next(), c.next(), c.next()), (Some(l), Some('.'), None) if l.is_uppercase())
        })
    };
    let surname = |w: &str| w.chars().next().is_some_and(char::is_uppercase) && !initial(w);
    let n = words.len();
    // Initials before the surname, or after it.
    let start = if n >= 2 && surname(words[n - 1].1) && initial(words[n - 2].1) {
        let mut i = n - 2;
        while i > 0 && initial(words[i - 1].1) {
            i -= 1;
        }
        i
    } else if n >= 2 && initial(words[n - 1].1) {
        let mut i = n - 1;
        while i > 0 && initial(words[i - 1].1) {
            i -= 1;
        }
        (i > 0 && surname(words[i - 1].1)).then(|| i - 1)?
    } else {
        return None;
    };
    if start == 0 {
        return None;
    }
    let at = words[start].0;
    Some((signer[..at].trim_end(), &signer[at..]))
}

/// A date (or any short phrase) that a line may not break inside.
pub fn unbroken(text: &str) -> String {
    text.replace(' ', "\u{A0}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(text: &str) -> String {
        bind(text).replace(NBSP, "_")
    }

    #[test]
    fn initials_keep_to_each_other_and_to_the_name() {
        assert_eq!(
            shown("орынбасары Н. Ж. Бекмұхамбетова"),
            "орынбасары Н._Ж._Бекмұхамбетова"
        );
        assert_eq!(shown("Әбенова Г. С."), "Әбенова Г._С.");
        assert_eq!(shown("№ 3 хаттама"), "№_3 хаттама");
    }

    #[test]
    fn a_signer_parts_into_post_and_name() {
        let post = "Оқу-әдістемелік жұмыс жөніндегі директор орынбасары";
        assert_eq!(
            split_name(&format!("{post} Н. Ж. Бекмұхамбетова")),
            Some((post, "Н. Ж. Бекмұхамбетова"))
        );
        assert_eq!(
            split_name(&format!("{post} Н.Ж. Бекмұхамбетова")),
            Some((post, "Н.Ж. Бекмұхамбетова"))
        );
        assert_eq!(
            split_name(&format!("{post} Бекмұхамбетова Н. Ж.")),
            Some((post, "Бекмұхамбетова Н. Ж."))
        );
        assert_eq!(split_name("Н. Ж. Бекмұхамбетова"), None);
        assert_eq!(split_name("Директордың орынбасары"), None);
    }

    #[test]
    fn sentences_and_abbreviations_are_left_alone() {
        // A sentence's end is a word, not a letter.
        assert_eq!(shown("Сабақ өтті. Келесі"), "Сабақ өтті. Келесі");
        assert_eq!(shown("2025 ж. 30 мамыр"), "2025 ж. 30 мамыр");
        assert_eq!(shown("т.б. Басқа"), "т.б. Басқа");
        assert_eq!(
            unbroken("2025 ж. 30 мамыр"),
            "2025\u{A0}ж.\u{A0}30\u{A0}мамыр"
        );
    }
}
