//! Finding and reading the Hunspell dictionaries `ozyq check --spelling` uses: the
//! ones config.yaml names, else the system's (Debian's `hunspell-kk`, `hunspell-ru`),
//! with the site's own words (`data/words.txt`) and its people's names added.

use crate::t;
use std::path::{Path, PathBuf};

use spellbook::Dictionary;

use crate::config::Config;
use crate::diagnostics::{Diagnostic, Location};
use crate::lang::Lang;
use crate::messages::Text;

/// The site's word list: names and terms the dictionaries do not have.
pub const WORDS_FILE: &str = "data/words.txt";

/// The dictionaries of a site's languages, each with the site's words.
pub struct Dictionaries {
    by_lang: Vec<(Lang, Dictionary)>,
}

/// The usual names of a language's dictionary files, without `.dic`/`.aff`.
fn file_names(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::Kk => &["kk_KZ", "kk"],
        Lang::Ru => &["ru_RU", "ru"],
        Lang::En => &["en_US", "en_GB", "en"],
    }
}

/// Folders Hunspell dictionaries are installed in: `DICPATH` first, as Hunspell
/// itself reads it, then the system's.
fn system_dirs() -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::env::var_os("DICPATH")
        .map(|p| std::env::split_paths(&p).collect())
        .unwrap_or_default();
    for d in [
        "/usr/share/hunspell",
        "/usr/share/myspell/dicts",
        "/usr/share/myspell",
        "/usr/local/share/hunspell",
        "/Library/Spelling",
    ] {
        dirs.push(PathBuf::from(d));
    }
    dirs
}

/// Where `lang`'s dictionary is: the `.aff` path and the `.dic` path.
fn locate(config: &Config, lang: Lang) -> Option<(PathBuf, PathBuf)> {
    let pair = |base: PathBuf| {
        let base = match base.extension().and_then(|e| e.to_str()) {
            Some("dic" | "aff") => base.with_extension(""),
            _ => base,
        };
        let aff = base.with_extension("aff");
        let dic = base.with_extension("dic");
        (aff.is_file() && dic.is_file()).then_some((aff, dic))
    };
    if let Some(p) = config.spelling.dictionaries.get(lang.code()) {
        return pair(config.root.join(p));
    }
    system_dirs()
        .into_iter()
        .flat_map(|d| file_names(lang).iter().map(move |n| d.join(n)))
        .find_map(pair)
}

/// A dictionary file's text as UTF-8, without a byte-order mark or carriage returns
/// (files made on Windows have both).
fn read_text(path: &Path) -> Result<String, Text> {
    let bytes = std::fs::read(path).map_err(|e| crate::messages::io_error(&e))?;
    let text = String::from_utf8(bytes).map_err(|_| t!("spelling-dictionary-not-utf8"))?;
    Ok(text.trim_start_matches('\u{feff}').replace('\r', ""))
}

fn load(aff: &Path, dic: &Path) -> Result<Dictionary, Text> {
    let aff_text = read_text(aff)?;
    let dic_text = read_text(dic)?;
    // The dictionary library's words are about the .aff file's syntax, which only
    // the dictionary's maker can act on; they are given as they are.
    Dictionary::new(&aff_text, &dic_text)
        .map_err(|e| t!("spelling-dictionary-damaged", detail = e.to_string()))
}

/// The words of `data/words.txt` (one a line; `#` starts a comment) and of the
/// site's people's and departments' names.
fn site_words(config: &Config, extra: &[String], diags: &mut Vec<Diagnostic>) -> Vec<String> {
    let path = config.root.join(WORDS_FILE);
    let mut words: Vec<String> = Vec::new();
    match std::fs::read_to_string(&path) {
        Ok(text) => {
            for line in text.lines() {
                let w = line.split('#').next().unwrap_or("").trim();
                if !w.is_empty() {
                    words.push(w.to_string());
                }
            }
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => diags.push(Diagnostic::error(
            Location::file(&path),
            t!("spelling-dictionaries-cannot-read-site-s", e = &e),
        )),
    }
    for name in extra {
        words.extend(super::words::split(name).map(|(_, w)| w.to_string()));
    }
    words.extend(skeleton_words());
    words
}

/// The words of the headings `ozyq new` writes (`## Аңдатпа`): ozyq's own
/// words, which a dictionary may lack, are no mistake of the methodist's.
fn skeleton_words() -> Vec<String> {
    let kinds = crate::config::kinds::default_kinds();
    let ids = kinds.iter().map(|k| k.id.as_str()).chain(["any"]);
    let bodies: Vec<String> = ids
        .flat_map(|id| Lang::ALL.map(|l| crate::content::skeleton::body(id, l)))
        .collect();
    let mut words: Vec<String> = bodies
        .iter()
        .flat_map(|b| super::words::split(b).map(|(_, w)| w.to_string()))
        .collect();
    words.sort_unstable();
    words.dedup();
    words
}

impl Dictionaries {
    /// The dictionaries of `langs`. A language without one is a warning that says
    /// how to get it, and its texts go unchecked.
    pub fn load(
        config: &Config,
        langs: &[Lang],
        names: &[String],
        diags: &mut Vec<Diagnostic>,
    ) -> Dictionaries {
        let words = site_words(config, names, diags);
        let mut by_lang = Vec::new();
        for &lang in langs {
            let Some((aff, dic)) = locate(config, lang) else {
                let at = crate::yaml::key_path_location(
                    &config.text,
                    &["spelling", "dictionaries", lang.code()],
                    &config.file,
                    1,
                );
                diags.push(missing(config, lang, at));
                continue;
            };
            match load(&aff, &dic) {
                Ok(mut d) => {
                    for w in &words {
                        // A word Hunspell's flags syntax cannot take is left out, not fatal.
                        let _ = d.add(w);
                    }
                    by_lang.push((lang, d));
                }
                Err(e) => diags.push(Diagnostic::warning(
                    Location::file(&dic),
                    t!(
                        "spelling-dictionaries-cannot-read-dictionary-texts",
                        e = &e,
                        code = (lang.code()).to_string()
                    ),
                )),
            }
        }
        Dictionaries { by_lang }
    }

    /// The dictionary of `lang`, when there is one.
    pub fn get(&self, lang: Lang) -> Option<&Dictionary> {
        self.by_lang
            .iter()
            .find(|(l, _)| *l == lang)
            .map(|(_, d)| d)
    }

    /// Whether any dictionary of a Cyrillic language but `lang` has `word`: a Russian
    /// term in a Kazakh text, a Kazakh name in a Russian one.
    pub fn other_has(&self, lang: Lang, word: &str) -> bool {
        self.by_lang
            .iter()
            .any(|(l, d)| *l != lang && *l != Lang::En && d.check(word))
    }
}

/// The hint for a language without a dictionary.
fn missing(config: &Config, lang: Lang, at: Location) -> Diagnostic {
    let (package, name) = match lang {
        Lang::Kk => ("hunspell-kk", "kk_KZ"),
        Lang::Ru => ("hunspell-ru", "ru_RU"),
        Lang::En => ("hunspell-en-us", "en_US"),
    };
    let named = config.spelling.dictionaries.get(lang.code());
    let message = match named {
        Some(p) => t!(
            "spelling-no-dictionary-at",
            path = p.as_path(),
            code = lang.code()
        ),
        None => t!("spelling-no-dictionary", code = lang.code()),
    };
    Diagnostic::warning(at, message).with_hint(t!(
        "spelling-dictionaries-debian-ubuntu-apt-install-hint",
        package = package.to_string(),
        name = name.to_string(),
        code = (lang.code()).to_string()
    ))
}
