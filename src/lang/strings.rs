//! UI strings: every word the theme shows comes from the theme's `i18n/<lang>.yaml`,
//! with single strings overridable from `config.yaml`.

use crate::t;
use std::collections::BTreeMap;
use std::path::Path;

use crate::diagnostics::{Diagnostic, Location};
use crate::yaml;

/// UI strings by key, like `category_master` → «Педагог-шебер».
pub type Strings = BTreeMap<String, String>;

/// A UI string, or its key when the theme lacks it (the template check reports that).
pub fn ui<'a>(strings: &'a Strings, key: &'a str) -> &'a str {
    strings.get(key).map(String::as_str).unwrap_or(key)
}

/// Reads a flat `key: text` file of UI strings.
pub fn load(text: &str, file: &Path) -> Result<Strings, Diagnostic> {
    let map: BTreeMap<String, yaml::Value> = yaml::from_str(text, file, 1)?;
    let mut out = Strings::new();
    for (k, v) in map {
        match yaml::scalar_text(&v) {
            Some(s) => {
                out.insert(k, s);
            }
            None => {
                return Err(Diagnostic::error(
                    yaml::key_location(text, &k, file, 1),
                    t!(
                        "lang-strings-ui-string-must-text",
                        k = k.to_string(),
                        v = yaml::describe(&v)
                    ),
                ));
            }
        }
    }
    Ok(out)
}

/// Applies a site's overrides, warning about keys the theme does not have.
pub fn apply_overrides(
    strings: &mut Strings,
    overrides: &BTreeMap<String, String>,
    config_file: &Path,
    config_text: &str,
) -> Vec<Diagnostic> {
    let mut warnings = Vec::new();
    // A site that renames a counted noun (`stat_entries: работ`) means it for
    // every number: the theme's forms of the old word go (the site may give
    // forms of its own, `stat_entries_one: работа`).
    strings.retain(|s, _| super::plural::base_of(s).is_none_or(|b| !overrides.contains_key(b)));
    for (k, v) in overrides {
        // A form of a noun the theme has (`stat_authors_one`) is no stranger.
        let a_form = super::plural::base_of(k).is_some_and(|b| strings.contains_key(b));
        if !strings.contains_key(k) && !a_form {
            let mut d = Diagnostic::warning(
                find_line(config_text, k, config_file),
                t!("lang-strings-theme-has-no-ui", k = k.to_string()),
            );
            if let Some(n) = crate::diagnostics::nearest(k, strings.keys().map(String::as_str)) {
                d = d.with_hint(t!("lang-strings-did-you-mean-hint", n = n.to_string()));
            }
            warnings.push(d);
        }
        strings.insert(k.clone(), v.clone());
    }
    warnings
}

fn find_line(text: &str, key: &str, file: &Path) -> Location {
    for (i, line) in text.lines().enumerate() {
        let t = line.trim_start();
        if t.strip_prefix(key)
            .is_some_and(|r| r.trim_start().starts_with(':'))
        {
            return Location::new(file, i + 1, line.len() - t.len() + 1);
        }
    }
    Location::file(file)
}

/// UI strings of `(key, text)` pairs, for tests.
#[cfg(test)]
pub(crate) fn strings(pairs: &[(&str, &str)]) -> Strings {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn theme() -> Strings {
        strings(&[
            ("stat_entries", "материалов"),
            ("stat_entries_one", "материал"),
            ("stat_entries_few", "материала"),
            ("stat_authors", "автор"),
        ])
    }

    #[test]
    fn a_renamed_noun_serves_every_number_unless_the_site_gives_its_forms() {
        let mut s = theme();
        let w = apply_overrides(
            &mut s,
            &strings(&[("stat_entries", "работ")]),
            Path::new("config.yaml"),
            "",
        );
        assert!(w.is_empty());
        assert_eq!(s.get("stat_entries_one"), None);
        assert_eq!(s.get("stat_entries_few"), None);

        let mut s = theme();
        let own = strings(&[("stat_entries", "работ"), ("stat_entries_one", "работа")]);
        apply_overrides(&mut s, &own, Path::new("config.yaml"), "");
        assert_eq!(s["stat_entries_one"], "работа");
        assert_eq!(
            s.get("stat_entries_few"),
            None,
            "the theme's forms of another word"
        );
    }

    #[test]
    fn a_form_of_a_themes_noun_is_no_unknown_string() {
        let mut s = theme();
        let w = apply_overrides(
            &mut s,
            &strings(&[("stat_authors_one", "педагог"), ("stat_nothing_one", "x")]),
            Path::new("config.yaml"),
            "strings:\n  stat_authors_one: педагог\n  stat_nothing_one: x\n",
        );
        assert_eq!(s["stat_authors_one"], "педагог");
        assert_eq!(w.len(), 1, "{w:?}");
        assert_eq!(w[0].location.line, 3);
    }
}
