//! Titles set inside «ёлочки», as Kazakh and Russian print them: quotes within
//! are „лапки“, never «…«…»…» (a certificate printed ««Педагогтың кәсіби
//! шеберлігі» облыстық байқауы»).

/// `title` ready to be put between « and »: a title that is one quotation
/// already («Ашық сабақ») loses its own pair, and the quotes inside become „…“
/// (straight "…" too).
pub fn inside_guillemets(title: &str) -> String {
    let title = title.trim();
    let inner = match title.strip_prefix('«').and_then(|t| t.strip_suffix('»')) {
        Some(inner) if balanced(inner) => inner,
        _ => title,
    };
    let mut open = true;
    inner
        .chars()
        .map(|c| match c {
            '«' => '„',
            '»' => '“',
            '"' => {
                open = !open;
                if open { '“' } else { '„' }
            }
            c => c,
        })
        .collect()
}

/// Whether every « in `text` is closed by a » after it, so that the « and »
/// around it were a pair.
fn balanced(text: &str) -> bool {
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '«' => depth += 1,
            '»' => match depth.checked_sub(1) {
                Some(d) => depth = d,
                None => return false,
            },
            _ => {}
        }
    }
    depth == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(title: &str) -> String {
        format!("«{}»", inside_guillemets(title))
    }

    #[test]
    fn quotes_inside_a_title_become_low_ones() {
        assert_eq!(
            quoted("«Педагогтың кәсіби шеберлігі» облыстық байқауы: бейнесабақ"),
            "«„Педагогтың кәсіби шеберлігі“ облыстық байқауы: бейнесабақ»"
        );
        assert_eq!(
            quoted("WorldSkills: «Веб-дизайн және әзірлеу» құзыреті"),
            "«WorldSkills: „Веб-дизайн және әзірлеу“ құзыреті»"
        );
        assert_eq!(
            quoted("Урок \"Перевёрнутый класс\""),
            "«Урок „Перевёрнутый класс“»"
        );
    }

    #[test]
    fn a_title_in_quotes_keeps_one_pair() {
        assert_eq!(quoted("«Ашық сабақ»"), "«Ашық сабақ»");
        assert_eq!(quoted("«Абай» және «Мағжан»"), "«„Абай“ және „Мағжан“»");
        assert_eq!(quoted("Сыни ойлау"), "«Сыни ойлау»");
    }
}
