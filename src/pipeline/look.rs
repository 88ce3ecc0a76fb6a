//! The look of the site: config, theme, UI strings and templates, read once for a
//! build, a catalogue or a serve round, with what each template depends on (so that
//! serve re-renders only the pages of a changed template or site-wide value).

use crate::t;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::path::Path;

use std::path::PathBuf;

use crate::config::Config;
use crate::diagnostics::{Diagnostic, Location};
use crate::lang::strings::{self, Strings};
use crate::render::templates;
use crate::render::theme::Theme;

use super::keys::SiteField;

/// Config, theme, UI strings and templates, with what each template depends on.
pub struct Look {
    /// config.yaml.
    pub config: Config,
    /// The theme's files, with the site's own templates and static files over them.
    pub theme: Theme,
    /// The UI strings in the site's language.
    pub strings: Strings,
    /// The UI strings of each other language the site is published in.
    pub others: Vec<Strings>,
    /// The templates, checked.
    pub tera: tera::Tera,
    /// Warnings found while reading the look.
    pub diags: Vec<Diagnostic>,
    /// What each template says and reads.
    pub templates: TemplateFacts,
}

/// What ozyq knows of the templates beside Tera's compiled form: what they say, and
/// what each one pulls in and reads, to tell which pages a change can touch.
pub struct TemplateFacts {
    /// Template name → its text.
    pub texts: HashMap<String, Vec<u8>>,
    /// Template name → the templates it extends, includes or imports, itself included.
    pub closure: HashMap<String, BTreeSet<String>>,
    /// Template name → the identifiers written in it and its closure; `None` when it
    /// reads values dynamically (`json_encode`, `get`), so it depends on everything.
    pub idents: Idents,
}

/// The Tera tags of a template: `('{', body)` for `{{ }}`, `('%', body)` for `{% %}`.
fn tags(text: &str) -> Vec<(char, &str)> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(i) = rest.find('{') {
        let after = &rest[i + 1..];
        let (kind, close) = match after.chars().next() {
            Some('{') => ('{', "}}"),
            Some('%') => ('%', "%}"),
            _ => {
                rest = after;
                continue;
            }
        };
        let body = &after[1..];
        let end = body.find(close).unwrap_or(body.len());
        out.push((kind, &body[..end]));
        rest = &body[(end + close.len()).min(body.len())..];
    }
    out
}

/// The Tera code of a template: what is inside `{{ }}` and `{% %}` (HTML around
/// it, such as `method="get"`, says nothing about the values it reads).
fn code(text: &str) -> String {
    tags(text)
        .iter()
        .map(|(_, body)| *body)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether Tera code reads `site` other than by naming its fields (`site[x]`,
/// `for k, v in site`), so that it may show any of them.
fn reads_site_whole(code: &str) -> bool {
    let word = |c: char| c.is_ascii_alphanumeric() || c == '_';
    code.match_indices("site").any(|(i, _)| {
        let rest = &code[i + 4..];
        let before = code[..i].chars().next_back();
        !before.is_some_and(|c| word(c) || c == '.')
            && !rest.chars().next().is_some_and(word)
            && !rest.trim_start().starts_with('.')
    })
}

/// Whether Tera code calls the `card()` function.
fn calls_card(code: &str) -> bool {
    code.match_indices("card").any(|(i, _)| {
        let before = code[..i].chars().next_back();
        !before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.')
            && code[i + 4..].trim_start().starts_with('(')
    })
}

fn idents(text: &str) -> HashSet<String> {
    let mut out = HashSet::new();
    let mut cur = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() || c == '_' {
            cur.push(c);
        } else if !cur.is_empty() {
            out.insert(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        out.insert(cur);
    }
    out
}

/// The templates a template extends, includes or imports, or renders through
/// `card()`.
fn referenced<'a>(text: &str, names: &'a HashSet<String>) -> Vec<&'a String> {
    let mut out = Vec::new();
    for (kind, body) in tags(text) {
        if calls_card(body)
            && let Some(n) = names.get(crate::render::cards::CARD_TEMPLATE)
        {
            out.push(n);
        }
        let body = body.trim_matches(|c: char| c == '-' || c.is_whitespace());
        let names_others = ["extends", "include", "import"]
            .iter()
            .any(|k| body.starts_with(k));
        if kind != '%' || !names_others {
            continue;
        }
        for q in ['"', '\'', '`'] {
            // Every other piece is inside quotes.
            for (i, piece) in body.split(q).skip(1).enumerate() {
                if i % 2 == 0
                    && let Some(n) = names.get(piece)
                {
                    out.push(n);
                }
            }
        }
    }
    out
}

/// Why nothing can be rendered: the problems, and the settings when they could be read
/// (so that the content can still be checked and all problems reported together).
pub struct Unusable {
    /// config.yaml, when it could be read.
    pub config: Option<Box<Config>>,
    /// Every problem found.
    pub diags: Vec<Diagnostic>,
}

/// The UI strings of the theme in `lang`, with config.yaml's overrides in the
/// site's own language.
pub fn load_strings(
    theme: &Theme,
    config: &Config,
    lang: crate::lang::Lang,
    diags: &mut Vec<Diagnostic>,
) -> Strings {
    let code = lang.code();
    let rel = format!("i18n/{code}.yaml");
    let mut s = match theme.file(&rel) {
        Some(f) => {
            let path = f
                .path
                .clone()
                .unwrap_or_else(|| PathBuf::from(format!("(built-in theme)/{rel}")));
            let text = String::from_utf8_lossy(&f.bytes).into_owned();
            strings::load(&text, &path).unwrap_or_else(|d| {
                diags.push(d);
                Strings::new()
            })
        }
        None => {
            diags.push(Diagnostic::error(
                Location::file(config.root.join("themes").join(&config.theme).join(&rel)),
                t!("pipeline-look-theme-has-no-ui", code = code.to_string()),
            ));
            Strings::new()
        }
    };
    // `strings:` is the main language's; `languages: {ru: {strings: …}}` any one's.
    let mut overrides = BTreeMap::new();
    if lang == config.language {
        overrides.clone_from(&config.strings);
    }
    if let Some(texts) = config.language_texts.get(&lang) {
        overrides.extend(texts.strings.clone());
    }
    diags.extend(strings::apply_overrides(
        &mut s,
        &overrides,
        &config.file,
        &config.text,
    ));
    s
}

impl Look {
    /// Reads config.yaml, the theme, its UI strings and templates of the site in `root`.
    pub fn load(root: &Path) -> Result<Look, Unusable> {
        let (config, mut diags) = Config::load_checked(root);
        let Some(config) = config else {
            return Err(Unusable {
                config: None,
                diags,
            });
        };
        // Settings with errors in their values still serve to check the theme, the
        // templates and the content in the same run; they are not used to render.
        let config_errors = diags.iter().any(Diagnostic::is_error);
        let Some(theme) = Theme::load(&config, &mut diags) else {
            return Err(Unusable {
                config: Some(Box::new(config)),
                diags,
            });
        };
        let strings = load_strings(&theme, &config, config.language, &mut diags);
        let others = (config.languages[1..].iter())
            .map(|&l| load_strings(&theme, &config, l, &mut diags))
            .collect();
        let tera = templates::load(&theme, &mut diags);
        let Some(tera) = tera.filter(|_| !config_errors) else {
            return Err(Unusable {
                config: Some(Box::new(config)),
                diags,
            });
        };
        let templates = TemplateFacts::read(&theme);
        Ok(Look {
            config,
            theme,
            strings,
            others,
            tera,
            diags,
            templates,
        })
    }
}

impl TemplateFacts {
    /// Reads the templates of `theme`: their texts, what each pulls in, what it reads.
    fn read(theme: &Theme) -> TemplateFacts {
        let texts: HashMap<String, Vec<u8>> = theme
            .templates()
            .map(|(n, f)| (n.to_string(), f.bytes.clone()))
            .collect();
        let names: HashSet<String> = texts.keys().cloned().collect();
        let direct: HashMap<&String, Vec<&String>> = names
            .iter()
            .map(|n| (n, referenced(&String::from_utf8_lossy(&texts[n]), &names)))
            .collect();
        let mut closure = HashMap::new();
        let mut idents_of = HashMap::new();
        for n in &names {
            let mut seen: BTreeSet<String> = BTreeSet::new();
            let mut stack = vec![n];
            while let Some(t) = stack.pop() {
                if seen.insert(t.clone()) {
                    stack.extend(direct[t].iter().copied());
                }
            }
            let mut ids = HashSet::new();
            let mut dynamic = false;
            for t in &seen {
                let code = code(&String::from_utf8_lossy(&texts[t]));
                dynamic |= reads_site_whole(&code);
                ids.extend(idents(&code));
            }
            dynamic |= ["json_encode", "tojson", "get", "__tera_context"]
                .iter()
                .any(|d| ids.contains(*d));
            idents_of.insert(n.clone(), (!dynamic).then_some(ids));
            closure.insert(n.clone(), seen);
        }
        TemplateFacts {
            texts,
            closure,
            idents: idents_of,
        }
    }

    /// Whether a template may show one of the changed values of `site`: it names both
    /// the top-level field the value is in and the value itself.
    pub fn mentions(&self, template: &str, fields: &HashSet<SiteField>) -> bool {
        match self.idents.get(template) {
            // `kinds` is also read through each card's `kind`, and so on.
            Some(Some(ids)) => fields.iter().any(|f| {
                let one = f.top.strip_suffix('s').unwrap_or(&f.top);
                (ids.contains(&f.top) || ids.contains(one)) && ids.contains(&f.name)
            }),
            _ => true,
        }
    }
}

/// Template name → the identifiers written in it and its closure (see
/// [`TemplateFacts::idents`]).
pub type Idents = HashMap<String, Option<HashSet<String>>>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_tera_code_names_values() {
        let t = r#"<form method="get" class="count">{{ page.title }}{% if site.menu %}x{% endif %}{# get #}</form>"#;
        let ids = idents(&code(t));
        for want in ["page", "title", "if", "site", "menu", "endif"] {
            assert!(ids.contains(want), "{want} in {ids:?}");
        }
        assert!(!ids.contains("get") && !ids.contains("count") && !ids.contains("form"));
    }

    #[test]
    fn reading_site_as_a_whole_is_seen() {
        assert!(reads_site_whole(" for k, v in site "));
        assert!(reads_site_whole(" site[name] "));
        assert!(reads_site_whole(" site "));
        assert!(!reads_site_whole(" site.title "));
        assert!(!reads_site_whole(" site . menu "));
        assert!(!reads_site_whole(" insite website site_x "));
    }

    #[test]
    fn extends_include_import_and_card_name_other_templates() {
        let names: HashSet<String> = ["base.html", "index.html", "partials/card.html"]
            .map(String::from)
            .into();
        let t = r#"{% extends "base.html" %}{{ k.url | replace(from="index.html", to="") }}{%- include 'partials/card.html' -%}<a href="index.html">"#;
        let mut got: Vec<&String> = referenced(t, &names);
        got.sort();
        assert_eq!(got, ["base.html", "partials/card.html"]);
        let t = r#"{% extends "base.html" %}{% for item in list.items %}{{ card(item=item, level=2) }}{% endfor %}{{ entry.card.url }}"#;
        let got: Vec<&str> = referenced(t, &names).iter().map(|s| s.as_str()).collect();
        assert_eq!(got, ["base.html", "partials/card.html"]);
        assert!(!calls_card(" entry.card.url ") && !calls_card(" discard(x) "));
    }
}
