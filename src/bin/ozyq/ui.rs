//! How the binary talks to people: in which language, in colour or not, and the
//! shape of a diagnostic on the terminal.

use std::io::{IsTerminal, Write};
use std::path::Path;

use ozyq::diagnostics::{Diagnostic, Diagnostics, Severity};
use ozyq::lang::Lang;
use ozyq::messages::Text;
use ozyq::t;

/// Writes a line on stdout (see `out!`). A closed pipe ends the program as
/// its reader asked, with success; another failure (a full disk) with one.
pub fn line(args: std::fmt::Arguments) {
    let mut out = std::io::stdout().lock();
    if let Err(e) = writeln!(out, "{args}") {
        let code = i32::from(e.kind() != std::io::ErrorKind::BrokenPipe);
        std::process::exit(code);
    }
}

/// The language and colours the binary speaks in.
#[derive(Clone, Copy)]
pub struct Ui {
    pub color: bool,
    pub lang: Lang,
}

impl Ui {
    /// Colours on a terminal unless `NO_COLOR` is set; the language by
    /// [`choose_lang`].
    pub fn new(flag: Option<Lang>, root: &Path) -> Ui {
        Ui {
            color: std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
            lang: choose_lang(flag, root),
        }
    }

    /// A message in the user's language.
    pub fn say(self, text: Text) -> String {
        text.render(self.lang)
    }

    /// `label` (error or warning) in its colour.
    fn label(self, label: &str, severity: Severity) -> String {
        if !self.color {
            return label.to_string();
        }
        let code = match severity {
            Severity::Error => "\x1b[1;31m",
            Severity::Warning => "\x1b[1;33m",
        };
        format!("{code}{label}\x1b[0m")
    }

    /// `error: file:line:col: message`, and the hint on a line of its own.
    pub fn print_diagnostic(self, out: &mut impl Write, d: &Diagnostic) {
        let label = self.label(&d.label_in(self.lang), d.severity);
        let _ = writeln!(
            out,
            "{label}: {}: {}",
            d.location.text_in(self.lang),
            d.message_in(self.lang)
        );
        if let Some(h) = d.hint_in(self.lang) {
            let _ = writeln!(out, "  {}: {h}", self.say(t!("label-hint")));
        }
    }

    /// An error that has no place in a file (the command line's), on stderr.
    pub fn print_problem(self, message: &Text, hint: Option<&Text>) {
        let mut err = std::io::stderr().lock();
        let label = self.label(&self.say(t!("label-error")), Severity::Error);
        let _ = writeln!(err, "{label}: {}", message.render(self.lang));
        if let Some(h) = hint {
            let _ = writeln!(
                err,
                "  {}: {}",
                self.say(t!("label-hint")),
                h.render(self.lang)
            );
        }
    }

    /// Prints each problem once (many pages can meet the same one in a shared
    /// template) and returns how many errors and warnings were printed.
    pub fn print_all(self, err: &mut impl Write, diags: Diagnostics) -> (usize, usize) {
        let sorted = diags.sorted();
        for d in &sorted {
            self.print_diagnostic(err, d);
        }
        let errors = sorted.iter().filter(|d| d.is_error()).count();
        (errors, sorted.len() - errors)
    }

    /// The problems of a command that made nothing, then its `failed` line, which
    /// `failed` makes from the number of errors said in words.
    pub fn print_failure(
        self,
        err: &mut impl Write,
        diags: Diagnostics,
        failed: impl FnOnce(String) -> Text,
    ) {
        let (errors, _) = self.print_all(err, diags);
        let errors = self.say(t!("summary-errors", count = errors));
        let _ = writeln!(err, "{}", self.say(failed(errors)));
    }
}

/// The language the site at `root` is written in, read from its config.yaml
/// leniently: a config with errors still tells its language when it can.
fn site_language(root: &Path) -> Option<Lang> {
    let text = std::fs::read_to_string(root.join(ozyq::config::CONFIG_FILE)).ok()?;
    // Nested too deep, the file would take minutes to read, and fail.
    if ozyq::yaml::too_deep(&text).is_some() {
        return language_line(&text);
    }
    let Ok(value) = serde_yaml::from_str::<serde_yaml::Value>(&text) else {
        // A YAML error elsewhere in the file: its `language:` line still says.
        return language_line(&text);
    };
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

/// The language a config.yaml that is not valid YAML names on lines of its own:
/// the first of `languages:` (`[kk, ru]`, or the next line's `- kk` or `kk:`),
/// else `language: kk`; each key at the start of its line.
fn language_line(text: &str) -> Option<Lang> {
    let bare = |v: &str| {
        let v = v.split(" #").next().unwrap_or("").trim();
        Lang::parse(v.trim_matches(['"', '\'']))
    };
    let lines: Vec<&str> = text.lines().collect();
    let at = lines.iter().position(|l| l.starts_with("languages:"));
    let listed = at.and_then(|i| {
        let value = lines[i]["languages:".len()..].trim_start();
        if let Some(list) = value.strip_prefix('[') {
            return bare(list.split([',', ']']).next()?);
        }
        let item = (lines[i + 1..].iter().map(|l| l.trim()))
            .find(|l| !l.is_empty() && !l.starts_with('#'))?;
        bare(item.trim_start_matches(['-', ' ']).split(':').next()?)
    });
    listed.or_else(|| (lines.iter()).find_map(|l| bare(l.strip_prefix("language:")?)))
}

/// The language for messages: `flag` (`--lang`), else `OZYQ_LANG`, else the site's
/// language, else the system's, else English.
fn choose_lang(flag: Option<Lang>, root: &Path) -> Lang {
    flag.or_else(|| {
        std::env::var("OZYQ_LANG")
            .ok()
            .and_then(|v| Lang::parse(&v).or_else(|| ozyq::messages::from_locale(&v)))
    })
    .or_else(|| site_language(root))
    .or_else(|| {
        sys_locale::get_locale()
            .as_deref()
            .and_then(ozyq::messages::from_locale)
    })
    .unwrap_or(Lang::En)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_broken_config_still_tells_its_language() {
        let broken = "title: [broken\n";
        for (text, lang) in [
            ("language: ru # the site's\n", Some(Lang::Ru)),
            ("languages: [ru, kk]\nlanguage: kk\n", Some(Lang::Ru)),
            (
                "languages:\n  # first\n  - \"kk\"\n  - ru\n",
                Some(Lang::Kk),
            ),
            (
                "languages:\n  ru:\n    title: x\nlanguage: kk\n",
                Some(Lang::Ru),
            ),
            ("language: de\n", None),
            ("  language: kk\n", None),
        ] {
            assert_eq!(language_line(&format!("{broken}{text}")), lang, "{text}");
        }
    }
}
