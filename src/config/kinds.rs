//! The forms of work the School's regulation names, and how a site may change them.

use crate::t;
use serde::{Deserialize, Serialize};

use super::fields::FieldId;
use crate::diagnostics::{Diagnostic, Location};
use crate::lang::Lang;

/// A text in each UI language.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq, Eq, Hash)]
#[serde(deny_unknown_fields)]
pub struct Labels {
    /// The Kazakh text.
    #[serde(default)]
    pub kk: Option<String>,
    /// The Russian text.
    #[serde(default)]
    pub ru: Option<String>,
    /// The English text.
    #[serde(default)]
    pub en: Option<String>,
}

impl Labels {
    pub(crate) fn new(kk: &str, ru: &str, en: &str) -> Self {
        Labels {
            kk: Some(kk.into()),
            ru: Some(ru.into()),
            en: Some(en.into()),
        }
    }

    /// The text in `lang`, falling back to Kazakh, then any.
    pub fn get(&self, lang: Lang) -> &str {
        self.written(lang).map_or("", |(text, _)| text)
    }

    /// The text [`Labels::get`] gives for `lang`, and the language it is written
    /// in (another when `lang` has none); `None` when no language has a text.
    pub fn written(&self, lang: Lang) -> Option<(&str, Lang)> {
        let own = match lang {
            Lang::Kk => &self.kk,
            Lang::Ru => &self.ru,
            Lang::En => &self.en,
        };
        [
            (own, lang),
            (&self.kk, Lang::Kk),
            (&self.ru, Lang::Ru),
            (&self.en, Lang::En),
        ]
        .into_iter()
        .find_map(|(text, l)| Some((text.as_deref()?, l)))
    }

    pub(crate) fn merge(&mut self, other: &Labels) {
        if other.kk.is_some() {
            self.kk.clone_from(&other.kk);
        }
        if other.ru.is_some() {
            self.ru.clone_from(&other.ru);
        }
        if other.en.is_some() {
            self.en.clone_from(&other.en);
        }
    }

    /// True when no language has a text.
    pub fn is_empty(&self) -> bool {
        self.kk.is_none() && self.ru.is_none() && self.en.is_none()
    }
}

typed_id!(
    /// A kind's place in `Config::kinds`.
    KindId
);

/// One kind of entry: its folder under `content/`, its names, and its fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Kind {
    /// Stable name used in `config.yaml` and templates, like `seminar`.
    pub id: String,
    /// Folder under `content/` and in the output, without slashes.
    pub folder: String,
    /// One such entry: «Ашық сабақ».
    pub label: Labels,
    /// The listing's heading: «Ашық сабақтар».
    pub plural: Labels,
    /// Front matter fields an entry of this kind must have, beyond title and date:
    /// common ones (`REQUIRABLE`) and fields of the kind.
    pub required: Vec<String>,
    /// The fields of the kind, shown as the entry's details in this order.
    pub fields: Vec<FieldId>,
}

fn kind(id: &str, folder: &str, label: Labels, plural: Labels) -> Kind {
    Kind {
        id: id.into(),
        folder: folder.into(),
        label,
        plural,
        required: Vec::new(),
        fields: Vec::new(),
    }
}

/// Finds a kind by id, folder, a hyphenated id (`open-lesson`) or one of its
/// names in any language («тәлімгерлік», «Ашық сабақтар», or «ашык сабак» typed
/// on a Russian keyboard), as a plan's `form:` names it.
pub fn find_kind<'a>(kinds: &'a [Kind], given: &str) -> Option<&'a Kind> {
    use crate::lang::fold::fold;
    let g = given.trim().to_lowercase().replace('-', "_");
    let named = fold(&super::fields::choice_key(given));
    if let Some(k) = kinds.iter().find(|k| k.id == g) {
        return Some(k);
    }
    kinds.iter().find(|k| {
        k.folder.replace('-', "_") == g
            || k.folder.trim_end_matches('s').replace('-', "_") == g
            || [&k.label, &k.plural]
                .iter()
                .flat_map(|l| [&l.kk, &l.ru, &l.en])
                .flatten()
                .any(|name| fold(&super::fields::choice_key(name)) == named)
    })
}

/// The eight forms of the regulation, in the regulation's order.
pub fn default_kinds() -> Vec<Kind> {
    vec![
        kind(
            "seminar",
            "seminars",
            Labels::new(
                "Оқу-әдістемелік семинар баяндамасы",
                "Доклад на учебно-методическом семинаре",
                "Seminar report",
            ),
            Labels::new("Семинарлар", "Семинары", "Seminars"),
        ),
        kind(
            "conference",
            "conferences",
            Labels::new(
                "Ғылыми-практикалық конференция",
                "Научно-практическая конференция",
                "Conference paper",
            ),
            Labels::new("Конференциялар", "Конференции", "Conferences"),
        ),
        kind(
            "olympiad",
            "competitions",
            Labels::new(
                "Байқау, олимпиада",
                "Конкурс, олимпиада",
                "Competition or olympiad",
            ),
            Labels::new(
                "Байқаулар мен олимпиадалар",
                "Конкурсы и олимпиады",
                "Competitions and olympiads",
            ),
        ),
        kind(
            "article",
            "articles",
            Labels::new("Мақала", "Статья", "Article"),
            Labels::new("Мақалалар", "Статьи", "Articles"),
        ),
        kind(
            "guideline",
            "guidelines",
            Labels::new(
                "Әдістемелік нұсқау",
                "Методические рекомендации",
                "Methodological guideline",
            ),
            Labels::new(
                "Әдістемелік нұсқаулар",
                "Методические рекомендации",
                "Methodological guidelines",
            ),
        ),
        kind(
            "bulletin",
            "bulletins",
            Labels::new("Бюллетень", "Бюллетень", "Bulletin"),
            Labels::new("Бюллетеньдер", "Бюллетени", "Bulletins"),
        ),
        kind(
            "open_lesson",
            "open-lessons",
            Labels::new("Ашық сабақ", "Открытый урок", "Open lesson"),
            Labels::new("Ашық сабақтар", "Открытые уроки", "Open lessons"),
        ),
        kind(
            "self_education",
            "self-education",
            Labels::new(
                "Өздігінен білім алу тақырыбын қорғау",
                "Защита темы самообразования",
                "Self-education defence",
            ),
            Labels::new("Өздігінен білім алу", "Самообразование", "Self-education"),
        ),
    ]
}

/// A kind as written in `config.yaml`: a built-in id with changes, or a new kind.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KindConfig {
    /// A built-in kind's id to change, or a new kind's id.
    pub id: String,
    /// Folder under `content/`; a new kind's default is its id with `-` for `_`.
    #[serde(default)]
    pub folder: Option<String>,
    /// Names of one entry, merged over the built-in ones language by language.
    #[serde(default)]
    pub label: Option<Labels>,
    /// Listing headings, merged over the built-in ones language by language.
    #[serde(default)]
    pub plural: Option<Labels>,
    /// Replaces the kind's required front matter fields.
    #[serde(default)]
    pub required: Option<Vec<String>>,
    /// Replaces the kind's fields: names of built-in fields and of `fields:`.
    #[serde(default)]
    pub fields: Option<Vec<String>>,
}

impl KindConfig {
    /// The kind this configuration describes; `Err` is a problem located at `at`
    /// (the kind in config.yaml) naming what a new kind lacks.
    pub fn resolve(&self, at: &Location) -> Result<Kind, Diagnostic> {
        let base = default_kinds().into_iter().find(|k| k.id == self.id);
        let mut k = match base {
            Some(k) => k,
            None => {
                let label = self
                    .label
                    .clone()
                    .filter(|l| !l.is_empty())
                    .ok_or_else(|| {
                        Diagnostic::error(
                            at.clone(),
                            t!(
                                "config-kinds-kind-not-built-kind",
                                id = (self.id).to_string()
                            ),
                        )
                        .with_hint(t!("config-kinds-add-label-kk-ru-hint"))
                    })?;
                Kind {
                    id: self.id.clone(),
                    folder: self.id.replace('_', "-"),
                    plural: label.clone(),
                    label,
                    required: Vec::new(),
                    fields: Vec::new(),
                }
            }
        };
        if let Some(f) = &self.folder {
            k.folder = f.trim_matches('/').to_string();
        }
        if !crate::paths::is_safe_id(&k.folder) {
            let (id, folder) = (self.id.as_str(), k.folder.as_str());
            let message = if self.folder.is_some() {
                t!(
                    "config-kinds-folder-cannot-be-folder",
                    id = id,
                    folder = folder
                )
            } else {
                t!("config-kinds-id-cannot-be-folder", id = id, folder = folder)
            };
            return Err(
                Diagnostic::error(at.clone(), message).with_hint(crate::paths::safe_id_hint())
            );
        }
        if let Some(l) = &self.label {
            k.label.merge(l);
        }
        if let Some(p) = &self.plural {
            k.plural.merge(p);
        }
        if let Some(r) = &self.required {
            k.required = r.clone();
        }
        Ok(k)
    }
}
