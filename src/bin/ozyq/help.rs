//! The command line in the user's language: clap knows only English, so each
//! command's and argument's help text is a message (`cli-help.ftl`) looked up by
//! its path (`cli-build-output` for `ozyq build --output`), and clap's own
//! headings, flags and errors are replaced by messages too.

use clap::builder::{Command, StyledStr};
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, CommandFactory, FromArgMatches};
use std::ffi::OsString;
use std::path::PathBuf;

use crate::args::Cli;
use crate::ui::Ui;
use ozyq::lang::Lang;
use ozyq::messages::{Text, lookup};
use ozyq::t;

/// The command line as `lang` says it: help texts, headings and flags.
pub fn command(lang: Lang) -> Command {
    let say = |id: &str| lookup(lang, id).unwrap_or_default();
    let root = Cli::command()
        .disable_help_flag(true)
        .disable_version_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .global(true)
                .help(say("cli-flag-help")),
        )
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(say("cli-flag-version")),
        );
    let mut root = localize(root, "cli", lang);
    // The `help` command is made by clap as the tree is built.
    root.build();
    root.mut_subcommand("help", |h| {
        h.about(say("cli-help"))
            .help_template(template(lang))
            .mut_args(|a| a.help(say("cli-help-command")))
    })
}

/// `cmd` and its subcommands, their texts taken from the messages under `key`.
fn localize(cmd: Command, key: &str, lang: Lang) -> Command {
    let say = |id: &str| lookup(lang, id).unwrap_or_default();
    let (arguments, options) = (say("cli-heading-arguments"), say("cli-heading-options"));
    let mut cmd = cmd
        .about(say(key))
        .help_template(template(lang))
        .subcommand_help_heading(say("cli-heading-commands"))
        .subcommand_value_name(say("cli-value-command"))
        // `ozyq theme --help` is the way; clap's own `ozyq theme help` would
        // speak English.
        .disable_help_subcommand(key != "cli")
        .disable_help_flag(true)
        .mut_args(|a| {
            let heading = if a.is_positional() {
                arguments.clone()
            } else {
                options.clone()
            };
            // The root's global arguments are named without the path.
            let id = match a.get_id().as_str() {
                g @ ("root" | "lang") => format!("cli-{g}"),
                g @ ("help" | "version") => format!("cli-flag-{g}"),
                name => format!("{key}-{}", name.replace('_', "-")),
            };
            // Defaults and choices are in the help texts, in words.
            let takes_value = a.get_action().takes_values();
            let mut a = a
                .help_heading(heading)
                .hide_default_value(takes_value)
                .hide_possible_values(takes_value);
            if a.is_global_set() {
                // The site's folder and the language come after a command's own.
                a = a.display_order(100);
            }
            if let Some(name) = lookup(lang, &format!("{id}-value")) {
                a = a.value_name(name);
            }
            match lookup(lang, &id) {
                Some(help) => a.help(help),
                None => a,
            }
        });
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        let sub_key = format!("{key}-{name}");
        cmd = cmd.mut_subcommand(&name, |s| localize(s, &sub_key, lang));
    }
    cmd
}

/// clap's help layout with its one English word, «Usage», said in `lang`.
fn template(lang: Lang) -> StyledStr {
    let usage = lookup(lang, "cli-heading-usage").unwrap_or_default();
    format!(
        "{{before-help}}{{about-with-newline}}\n{usage}: {{usage}}\n\n{{all-args}}{{after-help}}"
    )
    .into()
}

/// `--lang` and `--root` as written, read before the command line is parsed: the
/// help and the command line's own errors are said in the user's language.
pub fn early(args: &[OsString]) -> (Option<Lang>, PathBuf) {
    let args: Vec<String> = args
        .iter()
        .skip(1)
        .map(|a| a.to_string_lossy().into_owned())
        .take_while(|a| a != "--")
        .collect();
    // `--lang kk`, `--lang=kk`; `-r DIR`, `--root DIR`, `--root=DIR`.
    let value = |flags: &[&str]| {
        args.iter().enumerate().rev().find_map(|(i, a)| {
            flags.iter().find_map(|f| match a.strip_prefix(f) {
                Some("") => args.get(i + 1).cloned(),
                Some(rest) if f.starts_with("--") => rest.strip_prefix('=').map(str::to_string),
                _ => None,
            })
        })
    };
    let lang = value(&["--lang"]).and_then(|v| Lang::parse(&v));
    let root = value(&["--root", "-r"]).map_or_else(|| PathBuf::from("."), PathBuf::from);
    (lang, root)
}

/// The command line read, or the exit code after its help, version or error
/// was printed.
pub fn parse(args: Vec<OsString>, ui: Ui) -> Result<Cli, std::process::ExitCode> {
    let matches = command(ui.lang).try_get_matches_from(args);
    let parsed = matches.and_then(|m| Cli::from_arg_matches(&m));
    parsed.map_err(|e| {
        let code = std::process::ExitCode::from(e.exit_code() as u8);
        match explain(&e) {
            Some((message, hint)) => ui.print_problem(&message, hint.as_ref()),
            // Help and version go to standard output, already in the user's language.
            None => {
                let _ = e.print();
            }
        }
        code
    })
}

/// What is wrong with the command line, and what to do, as messages; `None` for
/// help and version, which clap prints as they are.
fn explain(e: &clap::Error) -> Option<(Text, Option<Text>)> {
    let get = |kind: ContextKind| match e.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(v)) => v.join(", "),
        Some(other) => other.to_string(),
        None => String::new(),
    };
    let see_help = t!("cli-error-see-help");
    let suggested = |kind: ContextKind| {
        let s = get(kind);
        if s.is_empty() {
            Some(see_help.clone())
        } else {
            Some(t!("cli-error-did-you-mean", what = s))
        }
    };
    let said = match e.kind() {
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => return None,
        ErrorKind::InvalidSubcommand => (
            t!(
                "cli-error-no-command",
                what = get(ContextKind::InvalidSubcommand)
            ),
            suggested(ContextKind::SuggestedSubcommand),
        ),
        ErrorKind::UnknownArgument => (
            t!("cli-error-no-option", what = get(ContextKind::InvalidArg)),
            suggested(ContextKind::SuggestedArg),
        ),
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => (
            t!(
                "cli-error-bad-value",
                value = get(ContextKind::InvalidValue),
                arg = get(ContextKind::InvalidArg)
            ),
            Some(match get(ContextKind::ValidValue) {
                v if !v.is_empty() => t!("cli-error-valid-values", values = v),
                // `--lang` and `--in` both take a language ozyq speaks.
                _ if ["--lang", "--in "]
                    .iter()
                    .any(|f| get(ContextKind::InvalidArg).starts_with(f)) =>
                {
                    t!("cli-error-valid-values", values = "kk, ru, en")
                }
                _ => see_help,
            }),
        ),
        ErrorKind::MissingRequiredArgument => (
            t!("cli-error-missing", what = get(ContextKind::InvalidArg)),
            Some(see_help),
        ),
        ErrorKind::MissingSubcommand => (t!("cli-error-no-command-given"), Some(see_help)),
        _ => (
            t!("cli-error-other", detail = e.kind().to_string()),
            Some(see_help),
        ),
    };
    Some(said)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every command and argument of the tree, with the path its texts are under.
    fn texts(cmd: &Command, out: &mut Vec<(String, String)>) {
        let about = cmd.get_about().map(|s| s.to_string()).unwrap_or_default();
        out.push((cmd.get_name().to_string(), about));
        for a in cmd.get_arguments() {
            let help = a.get_help().map(|s| s.to_string()).unwrap_or_default();
            out.push((format!("{} {}", cmd.get_name(), a.get_id()), help));
        }
        for s in cmd.get_subcommands() {
            texts(s, out);
        }
    }

    #[test]
    fn every_command_and_argument_has_help_in_every_language() {
        for lang in Lang::ALL {
            let mut out = Vec::new();
            texts(&command(lang), &mut out);
            assert!(out.len() > 50, "{}", out.len());
            for (what, help) in out {
                assert!(
                    !help.trim().is_empty(),
                    "{what} has no help in {}",
                    lang.code()
                );
            }
        }
        let kk = command(Lang::Kk).render_help().to_string();
        assert!(
            kk.contains("Командалар:") && kk.contains("Қолданылуы: ozyq"),
            "{kk}"
        );
        assert!(!kk.contains("Print"), "{kk}");
    }

    #[test]
    fn a_bad_language_is_answered_with_the_languages() {
        for line in ["ozyq --lang xx build", "ozyq portfolio a --in xx"] {
            let args = line.split(' ').map(OsString::from);
            let e = command(Lang::En).try_get_matches_from(args).unwrap_err();
            let (_, hint) = explain(&e).unwrap();
            let hint = hint.unwrap().render(Lang::En);
            assert!(hint.ends_with("kk, ru, en"), "{line}: {hint}");
        }
    }

    #[test]
    fn the_language_and_folder_are_read_before_the_command_line() {
        let args = |s: &str| -> Vec<OsString> { s.split(' ').map(OsString::from).collect() };
        assert_eq!(
            early(&args("ozyq --lang ru build")),
            (Some(Lang::Ru), PathBuf::from("."))
        );
        assert_eq!(
            early(&args("ozyq build --lang=kk -r site")),
            (Some(Lang::Kk), PathBuf::from("site"))
        );
        assert_eq!(
            early(&args("ozyq new article -- --lang")),
            (None, PathBuf::from("."))
        );
    }
}
