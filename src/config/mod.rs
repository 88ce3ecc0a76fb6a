//! `config.yaml`: the site's settings.

use crate::t;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

mod builtin_fields;
pub mod fields;
mod kind_fields;
pub mod kinds;
pub mod languages;

use crate::diagnostics::{Diagnostic, Location};
use crate::lang::Lang;
use crate::yaml;
use fields::{Field, FieldConfig, FieldId};
use kinds::{Kind, KindConfig, KindId, default_kinds};
use typed_index_collections::TiVec;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ConfigFile {
    title: String,
    #[serde(default)]
    description: Option<String>,
    #[serde(default)]
    footer: Option<String>,
    #[serde(default)]
    college: Option<String>,
    #[serde(default)]
    city: Option<String>,
    #[serde(default)]
    base_url: Option<String>,
    #[serde(default)]
    language: Option<String>,
    #[serde(default)]
    languages: Option<languages::LanguagesFile>,
    #[serde(default)]
    untranslated: languages::Untranslated,
    #[serde(default)]
    theme: Option<String>,
    #[serde(default)]
    year_start_month: Option<u32>,
    #[serde(default)]
    page_size: Option<usize>,
    #[serde(default)]
    feed_size: Option<usize>,
    #[serde(default)]
    kinds: Option<Vec<KindConfig>>,
    #[serde(default)]
    fields: Vec<FieldConfig>,
    #[serde(default)]
    strings: BTreeMap<String, String>,
    #[serde(default)]
    catalogue: CatalogueConfig,
    #[serde(default)]
    markdown: MarkdownConfig,
    #[serde(default)]
    images: ImagesConfig,
    #[serde(default)]
    attachments: AttachmentsConfig,
    #[serde(default)]
    publish: BTreeMap<String, PublishTarget>,
    #[serde(default)]
    spelling: SpellingConfig,
}

/// Settings of `ozyq check --spelling`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SpellingConfig {
    /// Hunspell dictionaries by language code (`kk: dicts/kk_KZ`), relative to the
    /// site's folder, for languages whose system dictionary is missing or unwanted.
    #[serde(default)]
    pub dictionaries: BTreeMap<String, PathBuf>,
}

/// A place `ozyq publish` uploads the built site to (`publish: {NAME: {url: …}}`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PublishTarget {
    /// Where: `sftp://user@host[:port]/path`, `ftp://…`, `ftps://…` or
    /// `file:///path` (a mounted share).
    pub url: String,
    /// The environment variable that holds the password (default
    /// `OZYQ_PUBLISH_PASSWORD`).
    #[serde(default)]
    pub password_env: Option<String>,
    /// Read only to refuse it: a password does not belong in a file kept in git.
    #[serde(default)]
    pub password: Option<serde_yaml::Value>,
}

/// The environment variable that holds a publish target's password when its
/// `password_env:` names none.
pub const PASSWORD_ENV: &str = "OZYQ_PUBLISH_PASSWORD";

impl PublishTarget {
    /// The problem of a password written for target `name` in config.yaml
    /// (`text`, read from `file`), at its line: a warning for every command that
    /// reads the settings, as the file is kept in git; `ozyq publish` refuses it.
    pub fn written_password(&self, name: &str, text: &str, file: &Path) -> Option<Diagnostic> {
        self.password.as_ref()?;
        let at = yaml::key_path_location(text, &["publish", name, "password"], file, 1);
        let env = self.password_env.as_deref().unwrap_or(PASSWORD_ENV);
        Some(
            Diagnostic::warning(
                at,
                t!(
                    "publish-target-password-config-yaml-publish",
                    name = name.to_string()
                ),
            )
            .with_hint(t!(
                "publish-target-remove-set-environment-variable-hint",
                password_env = env.to_string()
            )),
        )
    }
}

/// Settings of photos.
#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ImagesConfig {
    /// The most megapixels a photo may have: a larger one is refused before it
    /// is decoded (a small file may claim a huge size and exhaust the memory).
    #[serde(default = "max_megapixels")]
    pub max_megapixels: u64,
}

fn max_megapixels() -> u64 {
    50
}

impl ImagesConfig {
    /// The limits photos are read with.
    pub fn limits(&self) -> crate::images::PhotoLimits {
        crate::images::PhotoLimits {
            max_pixels: self.max_megapixels.saturating_mul(1_000_000),
        }
    }
}

impl Default for ImagesConfig {
    fn default() -> Self {
        ImagesConfig {
            max_megapixels: max_megapixels(),
        }
    }
}

/// Settings of the files entries attach.
#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AttachmentsConfig {
    /// Above this size, in megabytes, an attachment is warned of: college
    /// hosts often refuse larger uploads.
    #[serde(default = "max_megabytes")]
    pub max_megabytes: u64,
}

fn max_megabytes() -> u64 {
    20
}

impl Default for AttachmentsConfig {
    fn default() -> Self {
        AttachmentsConfig {
            max_megabytes: max_megabytes(),
        }
    }
}

/// How Markdown bodies are read.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MarkdownConfig {
    /// Whether HTML written in a body is published as HTML (true, the default: the
    /// site's authors are its own teachers, who embed videos and tables) or shown
    /// as text (false: for sites that publish text pasted from elsewhere).
    #[serde(default = "yes")]
    pub raw_html: bool,
}

fn yes() -> bool {
    true
}

impl Default for MarkdownConfig {
    fn default() -> Self {
        MarkdownConfig { raw_html: true }
    }
}

/// Settings of the exhibition catalogue.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CatalogueConfig {
    /// Image for the catalogue's cover, relative to the site's root.
    #[serde(default)]
    pub logo: Option<String>,
    /// A photo printed across the catalogue's cover, relative to the site's root.
    #[serde(default)]
    pub cover_photo: Option<String>,
    /// Who approved the catalogue, printed on its cover.
    #[serde(default)]
    pub approved_by: Option<String>,
    /// Paper size as written: `a5` or `a4`; A5 when not set.
    #[serde(default)]
    pub paper: Option<String>,
    /// How exhibit labels are laid out, as written: `2x4` (columns × rows of an
    /// A4 sheet) or `a6`; 2 × 4 when not set.
    #[serde(default)]
    pub labels: Option<String>,
    /// Who compiles the catalogues, for their imprint page (a year's foreword
    /// may say otherwise).
    #[serde(default)]
    pub compiler: Option<String>,
    /// The catalogues' reviewers, for their imprint page.
    #[serde(default)]
    pub reviewers: Option<Vec<String>>,
    /// УДК index of the catalogues.
    #[serde(default)]
    pub udc: Option<String>,
    /// ББК index of the catalogues.
    #[serde(default)]
    pub bbk: Option<String>,
    /// A short annotation printed on the imprint page.
    #[serde(default)]
    pub annotation: Option<String>,
    /// Who signs the certificates, side by side at their foot.
    #[serde(default)]
    pub signatures: Vec<Signature>,
}

/// A signature line of the certificates.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Signature {
    /// The signer's name, under the line: «Н. Ж. Бекмұхамбетова».
    pub name: String,
    /// Their role, above the line: «Директордың оқу-әдістемелік жұмыс жөніндегі орынбасары».
    pub role: String,
}

/// The site's settings, read from `config.yaml` with defaults filled in.
#[derive(Debug, Clone)]
pub struct Config {
    /// The site's folder, the one with `config.yaml`.
    pub root: PathBuf,
    /// Path of `config.yaml`, for diagnostics.
    pub file: PathBuf,
    /// The file's text, kept to point at keys in later diagnostics.
    pub text: String,
    /// The site's name, shown in headers, feeds and the catalogue.
    pub title: String,
    /// A line about the site, for the header and pages' meta description.
    pub description: Option<String>,
    /// A line of the site's own in every page's footer (`footer:`), when set.
    pub footer: Option<String>,
    /// The college's name; the title stands in for it when not set.
    pub college: Option<String>,
    /// The college's city, shown on the catalogue's cover.
    pub city: Option<String>,
    /// Absolute URL of the site's root, ending in `/`, when the site has one.
    pub base_url: Option<String>,
    /// The UI language; Kazakh when not set. With `languages:`, the first of them.
    pub language: Lang,
    /// The languages the site is published in, `language` first (the one at the
    /// site's root); only `language` when `languages:` is not written.
    pub languages: Vec<Lang>,
    /// The site's title, description and college in other languages than config.yaml's own.
    pub language_texts: BTreeMap<Lang, languages::SiteTexts>,
    /// Whether a language's listings show the works written only in another.
    pub untranslated: languages::Untranslated,
    /// Name of the theme: `default` or a folder under `themes/`.
    pub theme: String,
    /// The month (1–12) an academic year starts in; 9 (September) when not set.
    pub year_start_month: u32,
    /// Entries per listing page, at least 1.
    pub page_size: usize,
    /// Entries in the Atom feed, at least 1.
    pub feed_size: usize,
    /// The kinds of entry, in the order the site lists them.
    pub kinds: TiVec<KindId, Kind>,
    /// Every field an entry may have beyond the common ones: built-in, then the site's.
    pub fields: TiVec<FieldId, Field>,
    /// Overrides of the theme's UI strings, by key.
    pub strings: BTreeMap<String, String>,
    /// Settings of the exhibition catalogue.
    pub catalogue: CatalogueConfig,
    /// How Markdown bodies are read.
    pub markdown: MarkdownConfig,
    /// Settings of photos.
    pub images: ImagesConfig,
    /// Settings of attached files.
    pub attachments: AttachmentsConfig,
    /// Where `ozyq publish` uploads the site, by name.
    pub publish: BTreeMap<String, PublishTarget>,
    /// Settings of the spelling check.
    pub spelling: SpellingConfig,
}

/// Name of the settings file in a site's root.
pub const CONFIG_FILE: &str = "config.yaml";

/// The site's own files and folders in `root`: what no command may write into
/// (the ones that do not exist yet included, so that they stay free).
pub fn source_paths(root: &Path) -> Vec<PathBuf> {
    [
        CONFIG_FILE,
        "content",
        "data",
        "themes",
        "templates",
        "static",
        "print",
        "i18n",
        ".git",
    ]
    .iter()
    .map(|name| root.join(name))
    .collect()
}

/// config.yaml's text, as content's is read (saved by Notepad: a BOM, `\r\n`,
/// another encoding); the error when it cannot be read, or when reading the
/// site would write caches among its sources.
fn read_text(root: &Path, file: &Path) -> Result<String, Diagnostic> {
    // Reading the site writes caches (a copy of published.yaml): not into it.
    if let Some(d) = cache_among_sources(root) {
        return Err(d);
    }
    match std::fs::read(file) {
        Ok(bytes) => crate::source::decode_owned(bytes, file),
        // Said of the folder: the user named it (`--root`), or is in it.
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let (at, said) = if root.is_dir() {
                (Location::folder(root), t!("config-no-config-here"))
            } else {
                (
                    Location::command_line(),
                    t!("config-no-such-folder", folder = root),
                )
            };
            Err(Diagnostic::error(at, said).with_hint(t!("config-run-ozyq-site-s-hint")))
        }
        Err(e) => Err(Diagnostic::error(
            Location::file(file),
            t!("config-cannot-read-site-s", e = &e),
        )
        .with_hint(t!("config-run-ozyq-site-s-hint"))),
    }
}

/// The error for a cache folder that is a link into or around the site's
/// sources (`.ozyq-cache` → `content/`), where ozyq would write its caches.
fn cache_among_sources(root: &Path) -> Option<Diagnostic> {
    use crate::output::target::{self, CACHE, Refusal};
    let source = match target::check_cache(root, &source_paths(root)) {
        Ok(()) => return None,
        Err(Refusal::HoldsSource(s) | Refusal::InsideSource(s)) => s,
        Err(_) => return None,
    };
    let d = Diagnostic::error(
        Location::file(root.join(CACHE)),
        t!("config-cache-among-sources", source = source.as_path()),
    );
    Some(d.with_hint(t!("config-cache-link-hint")))
}

impl Config {
    /// The `content/` folder, with entries and pages in Markdown.
    pub fn content_dir(&self) -> PathBuf {
        self.root.join("content")
    }

    /// The `data/` folder, with `authors.yaml` and `departments.yaml`.
    pub fn data_dir(&self) -> PathBuf {
        self.root.join("data")
    }

    /// Whether the site is published in more than one language.
    pub fn multilingual(&self) -> bool {
        self.languages.len() > 1
    }

    /// The site's title in `lang`.
    pub fn title_in(&self, lang: Lang) -> &str {
        (self.language_texts.get(&lang))
            .and_then(|t| t.title.as_deref())
            .unwrap_or(&self.title)
    }

    /// The site's description in `lang`.
    pub fn description_in(&self, lang: Lang) -> Option<&str> {
        (self.language_texts.get(&lang))
            .and_then(|t| t.description.as_deref())
            .or(self.description.as_deref())
    }

    /// The footer's line of the site's own in `lang`.
    pub fn footer_in(&self, lang: Lang) -> Option<&str> {
        (self.language_texts.get(&lang))
            .and_then(|t| t.footer.as_deref())
            .or(self.footer.as_deref())
            .filter(|s| !s.trim().is_empty())
    }

    /// The college's city in `lang`.
    pub fn city_in(&self, lang: Lang) -> Option<&str> {
        (self.language_texts.get(&lang))
            .and_then(|t| t.city.as_deref())
            .filter(|s| !s.trim().is_empty())
            .or(self.city.as_deref())
    }

    /// The college's name in `lang`.
    pub fn college_in(&self, lang: Lang) -> Option<&str> {
        (self.language_texts.get(&lang))
            .and_then(|t| t.college.as_deref())
            .filter(|s| !s.trim().is_empty())
            .or(self.college.as_deref())
    }

    /// The field written as `name` in front matter.
    pub fn field(&self, name: &str) -> Option<FieldId> {
        self.fields.position(|f| f.name == name)
    }

    /// The kind stored in `folder` under `content/`.
    pub fn kind_by_folder(&self, folder: &str) -> Option<KindId> {
        self.kinds.position(|k| k.folder == folder)
    }

    /// Reads `config.yaml` in `root`; every problem found is returned together.
    pub fn load(root: &Path) -> Result<Config, Vec<Diagnostic>> {
        match Config::load_checked(root) {
            (Some(c), diags) if !diags.iter().any(Diagnostic::is_error) => Ok(c),
            (_, diags) => Err(diags),
        }
    }

    /// Reads `config.yaml` in `root`, with every problem found. The settings come
    /// back even with errors in values that content does not depend on (a value in
    /// error replaced by its default), so that the content can be checked in the
    /// same run; `None` when the file cannot be read or its kinds are in error.
    pub fn load_checked(root: &Path) -> (Option<Config>, Vec<Diagnostic>) {
        let file = root.join(CONFIG_FILE);
        let text = match read_text(root, &file) {
            Ok(text) => text,
            Err(d) => return (None, vec![d]),
        };
        // Every key in error at once; the settings without them are checked on.
        let (raw, mut errors) = yaml::from_str_each::<ConfigFile>(&text, &file, 1);
        let Some(raw) = raw else {
            return (None, errors);
        };
        // A key, or a nested one as `languages.ru.city`.
        let at = |key: &str| match key.contains('.') {
            true => yaml::key_path_location(&text, &key.split('.').collect::<Vec<_>>(), &file, 1),
            false => yaml::key_location(&text, key, &file, 1),
        };

        let language = match &raw.language {
            None => Lang::Kk,
            Some(s) => Lang::parse(s).unwrap_or_else(|| {
                errors.push(
                    Diagnostic::error(
                        at("language"),
                        t!("config-unknown-ui-language", s = s.to_string()),
                    )
                    .with_hint(t!("config-use-kk-ru-en-hint")),
                );
                Lang::Kk
            }),
        };
        let languages::Languages {
            list: languages,
            texts: language_texts,
        } = languages_setting(&raw, language, &at, &mut errors);
        // Never empty: an empty `languages:` is an error, and then `language` stands.
        let language = languages[0];
        let year_start_month = raw.year_start_month.unwrap_or(9);
        if !(1..=12).contains(&year_start_month) {
            errors.push(
                Diagnostic::error(
                    at("year_start_month"),
                    t!(
                        "config-year-start-month-must",
                        year_start_month = year_start_month.to_string()
                    ),
                )
                .with_hint(t!("config-means-academic-year-starts-hint")),
            );
        }
        let page_size = raw.page_size.unwrap_or(20);
        if page_size == 0 {
            errors.push(Diagnostic::error(
                at("page_size"),
                t!("config-page-size-must-least"),
            ));
        }
        let base_url = checked_base_url(raw.base_url.as_deref(), &at, &mut errors);

        let errors_before_kinds = errors.len();
        let mut kinds = checked_kinds(raw.kinds.as_deref(), &text, &file, &at, &mut errors);
        let fields: TiVec<FieldId, Field> =
            fields::checked_fields(&raw.fields, &text, &file, &at("fields"), &mut errors).into();
        kind_fields::link(
            &mut kinds,
            raw.kinds.as_deref(),
            &fields,
            &text,
            &file,
            &at("kinds"),
            &mut errors,
        );

        if errors.len() > errors_before_kinds {
            return (None, errors);
        }
        let config = Config {
            root: root.to_path_buf(),
            file,
            title: raw.title,
            description: raw.description,
            footer: raw.footer.filter(|s| !s.trim().is_empty()),
            // `college: ""`, as `ozyq init` writes it, is not written: a PDF
            // leaves the line out rather than print «, 2026».
            college: raw.college.filter(|s| !s.trim().is_empty()),
            city: raw.city.filter(|s| !s.trim().is_empty()),
            base_url,
            language,
            languages,
            language_texts,
            untranslated: raw.untranslated,
            theme: raw.theme.unwrap_or_else(|| "default".into()),
            year_start_month: if (1..=12).contains(&year_start_month) {
                year_start_month
            } else {
                9
            },
            page_size: page_size.max(1),
            feed_size: raw.feed_size.unwrap_or(30).max(1),
            kinds,
            fields,
            strings: raw.strings,
            catalogue: raw.catalogue,
            markdown: raw.markdown,
            images: raw.images,
            attachments: raw.attachments,
            publish: raw.publish,
            spelling: raw.spelling,
            text,
        };
        let passwords = (config.publish.iter())
            .filter_map(|(name, t)| t.written_password(name, &config.text, &config.file));
        errors.extend(passwords);
        (Some(config), errors)
    }
}

/// The site's languages, the main one first, and their texts: `languages:`, or
/// else `language` alone. `language:` written beside `languages:` must be its first.
fn languages_setting(
    raw: &ConfigFile,
    language: Lang,
    at: &dyn Fn(&str) -> Location,
    errors: &mut Vec<Diagnostic>,
) -> languages::Languages {
    match languages::read(raw.languages.as_ref(), at, errors) {
        Some(read) => {
            let list = &read.list;
            if raw.language.is_some() && list[0] != language {
                errors.push(
                    Diagnostic::error(
                        at("language"),
                        t!(
                            "config-language-not-first-languages",
                            code = (language.code()).to_string()
                        ),
                    )
                    .with_hint(t!("config-first-languages-site-s-hint")),
                );
            }
            read
        }
        None => languages::Languages {
            list: vec![language],
            texts: BTreeMap::new(),
        },
    }
}

/// `base_url` with a `/` at its end; `None` when not set or in error (reported).
fn checked_base_url(
    raw: Option<&str>,
    at: &dyn Fn(&str) -> Location,
    errors: &mut Vec<Diagnostic>,
) -> Option<String> {
    let base_url = raw.map(str::trim).filter(|s| !s.is_empty());
    let errors_before_url = errors.len();
    if let Some(u) = base_url
        && !(u.starts_with("http://") || u.starts_with("https://"))
    {
        errors.push(
            Diagnostic::error(
                at("base_url"),
                t!("config-base-url-not-absolute", u = u.to_string()),
            )
            .with_hint(t!("config-write-full-e-g-hint")),
        );
    }
    if let Some(u) = base_url
        && let Some(c) = u.chars().find(|&c| not_in_url(c))
    {
        use crate::messages::IntoArg;
        let (what, hint) = if c.is_whitespace() {
            (
                t!("config-base-url-a-space").into_arg(),
                t!("config-base-url-space-hint"),
            )
        } else {
            (
                format!("`{}`", c.escape_default()).into_arg(),
                t!("config-base-url-as-browser-shows-hint"),
            )
        };
        errors.push(
            Diagnostic::error(
                at("base_url"),
                t!("config-base-url-has-which", u = u, what = what),
            )
            .with_hint(hint),
        );
    }
    let base_url_ok = errors.len() == errors_before_url;
    base_url.filter(|_| base_url_ok).map(|u| {
        if u.ends_with('/') {
            u.to_string()
        } else {
            format!("{u}/")
        }
    })
}

/// The site's kinds: the built-in ones, or those of `kinds:` (each checked, and
/// no two with one id or folder).
fn checked_kinds(
    raw: Option<&[KindConfig]>,
    text: &str,
    file: &Path,
    at: &dyn Fn(&str) -> Location,
    errors: &mut Vec<Diagnostic>,
) -> TiVec<KindId, Kind> {
    let kinds = match raw {
        None => default_kinds(),
        Some(list) => {
            let mut kinds: Vec<Kind> = Vec::new();
            for kc in list {
                // The kind's own line: where its `id:` is, else the list's.
                let here =
                    fields::item_location(text, "id", &kc.id, file).unwrap_or_else(|| at("kinds"));
                match kc.resolve(&here) {
                    Ok(k) => {
                        if kinds.iter().any(|o| o.id == k.id) {
                            errors.push(Diagnostic::error(
                                at("kinds"),
                                t!("config-kind-listed-twice", id = (k.id).to_string()),
                            ));
                        } else if let Some(o) = kinds.iter().find(|o| o.folder == k.folder) {
                            errors.push(Diagnostic::error(
                                at("kinds"),
                                t!(
                                    "config-kinds-both-use-folder",
                                    id = (o.id).to_string(),
                                    id2 = (k.id).to_string(),
                                    folder = (k.folder).to_string()
                                ),
                            ));
                        } else {
                            kinds.push(k);
                        }
                    }
                    Err(d) => errors.push(d),
                }
            }
            if kinds.is_empty() {
                errors.push(Diagnostic::error(
                    at("kinds"),
                    t!("config-site-has-no-kinds"),
                ));
            }
            kinds
        }
    };
    for k in &kinds {
        if matches!(
            k.folder.as_str(),
            "pages"
                | "catalogue"
                | "plan"
                | "report"
                | ""
                | "authors"
                | "years"
                | "departments"
                | "tags"
                | "search"
                | "static"
        ) {
            errors.push(Diagnostic::error(
                at("kinds"),
                t!(
                    "config-kind-cannot-use-folder",
                    id = (k.id).to_string(),
                    folder = (k.folder).to_string()
                ),
            ));
        }
    }
    kinds.into()
}

/// Characters a URL cannot have as they are (RFC 3986): pages would link to a
/// different address than the one written.
fn not_in_url(c: char) -> bool {
    c.is_whitespace() || c.is_control() || "\"<>\\^`{|}".contains(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_kind_without_a_label_is_reported_at_its_own_line() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let text = "title: T\nkinds:\n  - id: seminar\n  - id: practice\n    folder: practice\n";
        std::fs::write(dir.path().join(CONFIG_FILE), text).expect("write config.yaml");
        let errors = Config::load(dir.path()).expect_err("a kind without a label");
        assert_eq!(errors.len(), 1, "{errors:?}");
        let d = &errors[0];
        assert!(d.message.contains("`practice`"), "{}", d.message);
        assert_eq!((d.location.line, d.location.column), (4, 5), "{d:?}");
        assert!(d.hint.as_deref().is_some_and(|h| h.contains("label")));
    }
}
