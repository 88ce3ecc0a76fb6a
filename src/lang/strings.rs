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
    for (k, v) in overrides {
        if !strings.contains_key(k) {
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
