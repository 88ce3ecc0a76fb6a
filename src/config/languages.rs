//! The languages a site is published in (`languages:` in config.yaml): the first
//! at the site's root, each other one under its own folder (`ru/`, `en/`), with the
//! site's title and description in each.

use crate::t;
use std::collections::BTreeMap;

use serde::Deserialize;

use crate::diagnostics::{Diagnostic, Location};
use crate::lang::Lang;

/// `languages:` as written: a list of codes, or codes with the site's texts in
/// each language.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub(super) enum LanguagesFile {
    /// `[kk, ru]`.
    Codes(Vec<String>),
    /// `{kk: {}, ru: {title: …}}`, in the order written.
    Texts(serde_yaml::Mapping),
}

/// The site's texts in one language, where they differ from config.yaml's own.
#[derive(Debug, Clone, Default, Deserialize, PartialEq, Eq, Hash)]
#[serde(deny_unknown_fields)]
pub struct SiteTexts {
    /// The site's name in this language.
    #[serde(default)]
    pub title: Option<String>,
    /// Its description in this language.
    #[serde(default)]
    pub description: Option<String>,
    /// The footer's line of the site's own in this language.
    #[serde(default)]
    pub footer: Option<String>,
    /// The college's name in this language.
    #[serde(default)]
    pub college: Option<String>,
    /// The college's city in this language.
    #[serde(default)]
    pub city: Option<String>,
    /// The theme's UI strings changed in this language, over `strings:`'s (which
    /// are the main language's).
    #[serde(default)]
    pub strings: BTreeMap<String, String>,
}

/// What a language's listings show of the works written in another language
/// only (`untranslated:`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Untranslated {
    /// Listed too, marked with their language (the default: a Russian article is
    /// still part of the Kazakh site's archive).
    #[default]
    Show,
    /// Left out: each language lists only what is written in it.
    Hide,
}

/// The site's languages, in order (the main one first), and the texts written for
/// each.
pub(super) struct Languages {
    pub list: Vec<Lang>,
    pub texts: BTreeMap<Lang, SiteTexts>,
}

/// The languages read, in order, with their texts; errors go to `errors`. The
/// UI `language` is the first; `None` when `languages:` is not written.
pub(super) fn read(
    raw: Option<&LanguagesFile>,
    at: &dyn Fn(&str) -> Location,
    errors: &mut Vec<Diagnostic>,
) -> Option<Languages> {
    let raw = raw?;
    let mut langs = Vec::new();
    let mut texts = BTreeMap::new();
    let mut add = |code: &str, t: Option<SiteTexts>, errors: &mut Vec<Diagnostic>| {
        let Some(lang) = Lang::parse(code) else {
            errors.push(
                Diagnostic::error(
                    at("languages"),
                    t!("config-languages-unknown-language", code = code.to_string()),
                )
                .with_hint(t!("config-languages-ozyq-speaks-kk-kazakh-hint")),
            );
            return;
        };
        if langs.contains(&lang) {
            errors.push(Diagnostic::error(
                at("languages"),
                t!(
                    "config-languages-language-named-twice",
                    code = code.to_string()
                ),
            ));
            return;
        }
        langs.push(lang);
        if let Some(t) = t {
            texts.insert(lang, t);
        }
    };
    match raw {
        LanguagesFile::Codes(codes) => {
            for c in codes {
                add(c, None, errors);
            }
        }
        LanguagesFile::Texts(map) => {
            for (k, v) in map {
                let code = k.as_str().unwrap_or_default();
                let t = if v.is_null() {
                    Some(SiteTexts::default())
                } else {
                    match serde_yaml::from_value::<SiteTexts>(v.clone()) {
                        Ok(t) => Some(t),
                        Err(e) => {
                            // At the unknown field itself, below its language.
                            let said = e.to_string();
                            let place = (said.strip_prefix("unknown field `"))
                                .and_then(|rest| rest.split('`').next())
                                .map_or_else(
                                    || format!("languages.{code}"),
                                    |f| format!("languages.{code}.{f}"),
                                );
                            errors.push(
                                Diagnostic::error(
                                    at(&place),
                                    t!(
                                        "config-languages-texts-language",
                                        code = code.to_string(),
                                        e = crate::yaml::error_text(&e)
                                    ),
                                )
                                .with_hint(t!("config-languages-language-may-give-title-hint")),
                            );
                            None
                        }
                    }
                };
                add(code, t, errors);
            }
        }
    }
    if langs.is_empty() {
        errors.push(
            Diagnostic::error(
                at("languages"),
                t!("config-languages-languages-names-no-language"),
            )
            .with_hint(t!("config-languages-write-site-s-languages-hint")),
        );
        return None;
    }
    Some(Languages { list: langs, texts })
}
