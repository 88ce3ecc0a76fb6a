//! Which language a short text (a title, a plan's line) is written in, Kazakh
//! or Russian, from its letters and a few words: for a new entry's `lang:` and
//! for the `lang` marks of text written in another language than the site's.

use super::Lang;

/// Kazakh words a Cyrillic title may have without a letter only Kazakh has: verbal
/// nouns (`ойлау`, `дамыту` has none, `тексеру`…) and words Russian does not have.
fn kazakh_without_its_letters(word: &str) -> bool {
    const ENDINGS: [&str; 7] = ["лау", "леу", "дау", "деу", "тау", "теу", "ру"];
    const WORDS: [&str; 6] = ["мен", "бен", "пен", "туралы", "бойынша", "арасында"];
    let w = word.to_lowercase();
    WORDS.contains(&w.as_str())
        || (w.chars().count() > 4 && ENDINGS.iter().any(|e| w.ends_with(e)) && !w.ends_with("уру"))
}

/// The language a title is written in: Kazakh when it has a Kazakh letter or a word
/// only Kazakh has, Russian when it is in Cyrillic otherwise, else `fallback`.
pub fn guess_lang(title: &str, fallback: Lang) -> Lang {
    let kazakh_letter = |c: char| "әғқңөұүһіӘҒҚҢӨҰҮҺІ".contains(c);
    let cyrillic = |c: char| ('\u{0400}'..='\u{04FF}').contains(&c);
    if title.chars().any(kazakh_letter)
        || title
            .split(|c: char| !c.is_alphabetic())
            .any(kazakh_without_its_letters)
    {
        Lang::Kk
    } else if title.chars().any(cyrillic) {
        Lang::Ru
    } else {
        fallback
    }
}

/// The language most of `texts` are written in (a plan's lines): Russian
/// when more of them read as Russian than as Kazakh, else Kazakh; `fallback`
/// when none has Cyrillic letters.
pub fn most_in(texts: impl IntoIterator<Item = impl AsRef<str>>, fallback: Lang) -> Lang {
    let (mut kk, mut ru) = (0, 0);
    for t in texts {
        match guess_lang(t.as_ref(), Lang::En) {
            Lang::Kk => kk += 1,
            Lang::Ru => ru += 1,
            Lang::En => {}
        }
    }
    match (kk, ru) {
        (0, 0) => fallback,
        (kk, ru) if ru > kk => Lang::Ru,
        _ => Lang::Kk,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_titles_language_is_guessed_from_its_letters_and_words() {
        for (title, lang) in [
            ("Бөлшектерді қосу", Lang::Kk),
            ("Сыни ойлау", Lang::Kk),
            ("Кейс-стади әдісі", Lang::Kk),
            ("Математика мен информатика", Lang::Kk),
            ("Сложение дробей", Lang::Ru),
            ("Урок-квест по физике", Lang::Ru),
            ("Работу над ошибками", Lang::Ru),
            ("STEM lesson", Lang::En),
        ] {
            assert_eq!(guess_lang(title, Lang::En), lang, "{title}");
        }
    }

    #[test]
    fn a_plan_s_language_is_that_of_most_of_its_lines() {
        let ru = [
            "Семинар по критическому мышлению",
            "Открытый урок",
            "Әбенова Г. — отчёт",
        ];
        assert_eq!(most_in(ru, Lang::Kk), Lang::Ru);
        assert_eq!(most_in(["Ашық сабақ", "Семинар"], Lang::Kk), Lang::Kk);
        assert_eq!(most_in(["15.10.2025"], Lang::Kk), Lang::Kk);
    }
}
