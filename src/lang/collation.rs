//! Alphabetical order as a Kazakh reader expects it (Ә after А, Ғ after Г, …).

use icu::collator::{Collator, CollatorBorrowed, options::CollatorOptions};
use icu::locale::locale;
use std::cmp::Ordering;

/// Compares strings in Kazakh alphabetical order (ICU4X, CLDR `kk` tailoring).
pub struct KazakhCollator {
    inner: CollatorBorrowed<'static>,
}

impl KazakhCollator {
    /// Loads the Kazakh collation from the data compiled into the binary.
    pub fn new() -> Self {
        let inner = Collator::try_new(locale!("kk").into(), CollatorOptions::default())
            .expect("the compiled ICU4X data includes the kk collation");
        KazakhCollator { inner }
    }

    /// Alphabetical order of `lang`: Kazakh, Russian or English.
    pub fn of(lang: super::Lang) -> Self {
        let loc = match lang {
            super::Lang::Kk => locale!("kk"),
            super::Lang::Ru => locale!("ru"),
            super::Lang::En => locale!("en"),
        };
        let inner = Collator::try_new(loc.into(), CollatorOptions::default())
            .expect("the compiled ICU4X data includes the collations of kk, ru and en");
        KazakhCollator { inner }
    }

    /// How `a` and `b` compare in Kazakh alphabetical order.
    pub fn compare(&self, a: &str, b: &str) -> Ordering {
        self.inner.compare(a, b)
    }
}

impl Default for KazakhCollator {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kazakh_letters_follow_their_base_letters() {
        let c = KazakhCollator::new();
        let mut names = vec![
            "Ілиясов",
            "Ысқақов",
            "Һ",
            "Х",
            "Үмбетов",
            "Ұлықбек",
            "Уәлиев",
            "Өмір",
            "Оспан",
            "Ң",
            "Н",
            "Қасым",
            "Кенже",
            "Ғ",
            "Г",
            "Әбен",
            "Аубакир",
        ];
        names.sort_by(|a, b| c.compare(a, b));
        assert_eq!(
            names,
            [
                "Аубакир",
                "Әбен",
                "Г",
                "Ғ",
                "Кенже",
                "Қасым",
                "Н",
                "Ң",
                "Оспан",
                "Өмір",
                "Уәлиев",
                "Ұлықбек",
                "Үмбетов",
                "Х",
                "Һ",
                "Ысқақов",
                "Ілиясов"
            ]
        );
    }
}
