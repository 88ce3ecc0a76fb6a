//! Which language ozyq speaks in: `--lang`, then `OZYQ_LANG`, then the site's
//! `language:` (the first of `languages:`), then the system's locale; English when
//! none of them is Kazakh, Russian or English.

use std::path::Path;

use crate::config::CONFIG_FILE;
use crate::lang::Lang;

/// The language of a locale name like `kk_KZ.UTF-8`, `ru-RU` or `en`.
pub fn from_locale(locale: &str) -> Option<Lang> {
    let code = locale
        .split(['_', '-', '.', '@'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    match code.as_str() {
        "kk" => Some(Lang::Kk),
        "ru" => Some(Lang::Ru),
        "en" => Some(Lang::En),
        _ => None,
    }
}

/// The language the site at `root` is written in, read from its config.yaml
/// leniently: a config with errors still tells its language when it can.
fn site_language(root: &Path) -> Option<Lang> {
    let text = std::fs::read_to_string(root.join(CONFIG_FILE)).ok()?;
    let value: serde_yaml::Value = serde_yaml::from_str(&text).ok()?;
    let languages = value.get("languages");
    let first = match languages {
        Some(serde_yaml::Value::Sequence(s)) => s.first().and_then(|v| v.as_str()),
        Some(serde_yaml::Value::Mapping(m)) => m.keys().next().and_then(|k| k.as_str()),
        _ => None,
    };
    first
        .or_else(|| value.get("language").and_then(|v| v.as_str()))
        .and_then(Lang::parse)
}

/// The language for messages: `flag` (`--lang`), else `OZYQ_LANG`, else the site's
/// language, else the system's.
pub fn choose(flag: Option<Lang>, root: &Path) -> Lang {
    flag.or_else(|| {
        std::env::var("OZYQ_LANG")
            .ok()
            .and_then(|v| Lang::parse(&v).or_else(|| from_locale(&v)))
    })
    .or_else(|| site_language(root))
    .or_else(|| sys_locale::get_locale().as_deref().and_then(from_locale))
    .unwrap_or(Lang::En)
}
