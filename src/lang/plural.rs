//! Which form a noun takes after a number, by the language's CLDR rules:
//! Russian says «1 материал», «3 материала», «31 материал», «5 материалов»;
//! Kazakh keeps one form; English has two.

use std::sync::LazyLock;

use icu::locale::locale;
use icu::plurals::{PluralCategory, PluralRules};

use super::Lang;
use super::strings::Strings;

static RULES: LazyLock<[Option<PluralRules>; 3]> = LazyLock::new(|| {
    Lang::ALL.map(|l| {
        let locale = match l {
            Lang::Kk => locale!("kk"),
            Lang::Ru => locale!("ru"),
            Lang::En => locale!("en"),
        };
        PluralRules::try_new_cardinal(locale.into()).ok()
    })
});

/// The string `key` in the form `lang` gives a noun after `n`: `key_<category>`,
/// else `key_other`, else `key`; `None` when the theme has none of them.
pub fn form<'s>(strings: &'s Strings, lang: Lang, key: &str, n: u64) -> Option<&'s str> {
    [category(lang, n), "other"]
        .iter()
        .find_map(|c| strings.get(&format!("{key}_{c}")))
        .or_else(|| strings.get(key))
        .map(String::as_str)
}

/// Every CLDR category, as UI string keys end (`entries_count_few`).
pub const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// The noun `key` is a form of (`entries_count` of `entries_count_few`), when
/// it ends in a CLDR category.
pub fn base_of(key: &str) -> Option<&str> {
    let (base, category) = key.rsplit_once('_')?;
    CATEGORIES.contains(&category).then_some(base)
}

/// The CLDR category of `n` in `lang`: `one`, `few`, `many` or `other` (and
/// `zero`, `two` in languages that have them), as UI string keys end.
pub fn category(lang: Lang, n: u64) -> &'static str {
    let index = Lang::ALL.iter().position(|&l| l == lang).unwrap_or(0);
    let Some(rules) = &RULES[index] else {
        return "other";
    };
    match rules.category_for(n) {
        PluralCategory::Zero => "zero",
        PluralCategory::One => "one",
        PluralCategory::Two => "two",
        PluralCategory::Few => "few",
        PluralCategory::Many => "many",
        PluralCategory::Other => "other",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn russian_has_three_forms_after_whole_numbers() {
        let forms: Vec<_> = [0, 1, 2, 4, 5, 11, 12, 21, 22, 25, 101, 111]
            .map(|n| category(Lang::Ru, n))
            .into();
        assert_eq!(
            forms,
            [
                "many", "one", "few", "few", "many", "many", "many", "one", "few", "many", "one",
                "many"
            ]
        );
    }

    #[test]
    fn english_and_kazakh_have_one_and_other() {
        assert_eq!(category(Lang::En, 1), "one");
        assert_eq!(category(Lang::En, 2), "other");
        assert_eq!(category(Lang::Kk, 1), "one");
        assert_eq!(category(Lang::Kk, 5), "other");
    }
}
