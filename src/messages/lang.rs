//! The languages ozyq writes sites in and speaks to people in.

use serde::Serialize;

/// A language the site and its entries can be written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Kazakh (`kk`), the UI language when `config.yaml` names none.
    Kk,
    /// Russian (`ru`).
    Ru,
    /// English (`en`).
    En,
}

impl Lang {
    /// Every language, Kazakh first.
    pub const ALL: [Lang; 3] = [Lang::Kk, Lang::Ru, Lang::En];

    /// The ISO 639-1 code: `kk`, `ru` or `en`, as in `lang` attributes and file names.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Kk => "kk",
            Lang::Ru => "ru",
            Lang::En => "en",
        }
    }

    /// The language's name in itself, as a language switch shows it.
    pub fn autonym(self) -> &'static str {
        match self {
            Lang::Kk => "Қазақша",
            Lang::Ru => "Русский",
            Lang::En => "English",
        }
    }

    /// Reads a code as a methodist may write it: `kk`, `kz`, `қаз`, `ru-RU`, `eng`, …
    pub fn parse(s: &str) -> Option<Lang> {
        match s.trim().to_lowercase().as_str() {
            "kk" | "kz" | "kaz" | "қаз" | "kk-kz" => Some(Lang::Kk),
            "ru" | "rus" | "рус" | "ru-ru" | "ru-kz" => Some(Lang::Ru),
            "en" | "eng" | "en-gb" | "en-us" => Some(Lang::En),
            _ => None,
        }
    }
}
