//! Each command: call the library, then tell the user what was made or why not.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::args::ThemeAction;
use crate::ui::Ui;
use ozyq::build::{BuildOptions, build};
use ozyq::t;

/// `ozyq new`: the entry's path, and where its files go in a bundle.
pub fn new(root: &Path, new: &ozyq::scaffold::NewEntry, ui: Ui) -> ExitCode {
    match ozyq::scaffold::new_entry(root, new) {
        Ok(p) => {
            out!("{}", ui.say(t!("new-created", path = p.as_path())));
            if new.bundle
                && let Some(dir) = p.parent()
            {
                out!("{}", ui.say(t!("new-bundle-files", dir = dir)));
            }
            ExitCode::SUCCESS
        }
        Err(e) => scaffold_failed(e, ui),
    }
}

/// Shows why `ozyq new`, `init` or `theme` made nothing.
fn scaffold_failed(e: ozyq::scaffold::ScaffoldError, ui: Ui) -> ExitCode {
    let mut err = std::io::stderr().lock();
    for d in &e.diagnostics() {
        ui.print_diagnostic(&mut err, d);
    }
    ExitCode::FAILURE
}

/// `ozyq theme list|show|eject`.
pub fn theme(root: &Path, action: ThemeAction, ui: Ui) -> ExitCode {
    use ozyq::scaffold::eject;
    let done = match action {
        ThemeAction::List => eject::list(root).map(|names| {
            for n in names {
                out!("{n}");
            }
        }),
        ThemeAction::Show { name } => eject::show(root, &name).map(|(_, bytes)| {
            let _ = std::io::stdout().write_all(&bytes);
        }),
        ThemeAction::Eject { names } if names.is_empty() => eject::list(root).map(|names| {
            out!("{}", ui.say(t!("theme-eject-which")));
            for n in names {
                out!("  {n}");
            }
        }),
        ThemeAction::Eject { names } => eject::eject(root, &names).map(|done| {
            for p in done.made {
                out!("{}", ui.say(t!("theme-copied", path = p.as_path())));
            }
            for p in done.kept {
                out!("{}", ui.say(t!("theme-own-copy-kept", path = p.as_path())));
            }
            out!("{}", ui.say(t!("theme-copies-used")));
        }),
    };
    match done {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => scaffold_failed(e, ui),
    }
}

/// `ozyq init DIR`.
pub fn init(dir: &Path, title: Option<&str>, ui: Ui) -> ExitCode {
    let title = title.unwrap_or_else(|| ozyq::scaffold::default_title(ui.lang));
    match ozyq::scaffold::init(dir, title, ui.lang) {
        Ok(files) => {
            out!(
                "{}",
                ui.say(t!("init-created", dir = dir, files = files.len()))
            );
            let lang = ozyq::scaffold::site_language(title, ui.lang);
            out!("{}", ui.say(t!("init-language", lang = lang.code())));
            // One command a line: Windows PowerShell 5.1 has no `&&`; a folder
            // with a space or a sign a shell reads (`&`, `$`, `,`, …) is quoted.
            let shown = dir.display().to_string();
            let plain = |c: char| c.is_alphanumeric() || "._-/\\:".contains(c);
            let folder = if !shown.chars().all(plain) {
                format!("\"{shown}\"")
            } else {
                shown
            };
            out!("{}", ui.say(t!("init-next")));
            out!("  cd {folder}");
            let title = ui.say(t!("init-next-title"));
            out!("  ozyq new open-lesson \"{title}\"");
            out!("  ozyq build");
            ExitCode::SUCCESS
        }
        Err(e) => scaffold_failed(e, ui),
    }
}

/// The output folder as the user named it (`output/` when they did not), to
/// say that it was left as it was.
fn output_folder(opts: &BuildOptions) -> String {
    match &opts.output {
        None => "output/".into(),
        Some(p) => {
            let p = p.display().to_string();
            if p.ends_with(std::path::MAIN_SEPARATOR) || p.ends_with('/') {
                p
            } else {
                format!("{p}{}", std::path::MAIN_SEPARATOR)
            }
        }
    }
}

/// A time in seconds, as the user's language writes it: Kazakh and Russian with
/// a decimal comma.
fn seconds(lang: ozyq::lang::Lang, elapsed: std::time::Duration) -> String {
    let s = format!("{:.2}", elapsed.as_secs_f64());
    match lang {
        ozyq::lang::Lang::En => s,
        _ => s.replace('.', ","),
    }
}

/// `ozyq build` and `ozyq check`: the problems, then one line of what was done.
pub fn build_site(opts: BuildOptions, ui: Ui) -> ExitCode {
    let mut err = std::io::stderr();
    let check = opts.check_only;
    match build(&opts) {
        Ok(report) => {
            let (_, warnings) = ui.print_all(&mut err, report.warnings.clone());
            if !check {
                for c in &report.address_changes {
                    out!("{}", ui.say(c.text()));
                }
            }
            let drafts = match report.drafts_skipped {
                0 => String::new(),
                n => ui.say(t!("summary-drafts", count = n)),
            };
            let mut entries = ui.say(t!("summary-entries", count = report.entries));
            if report.translations > 0 {
                entries += &ui.say(t!("summary-translations", count = report.translations));
            }
            let pages = ui.say(t!("summary-pages", count = report.pages));
            let warnings = ui.say(t!("summary-warnings", count = warnings));
            let seconds = seconds(ui.lang, report.elapsed);
            let line = if check {
                t!(
                    "summary-checked",
                    entries = entries,
                    pages = pages,
                    warnings = warnings,
                    drafts = drafts,
                    seconds = seconds
                )
            } else {
                t!(
                    "summary-built",
                    entries = entries,
                    pages = pages,
                    warnings = warnings,
                    drafts = drafts,
                    seconds = seconds,
                    output = report.output.as_path()
                )
            };
            out!("{}", ui.say(line));
            ExitCode::SUCCESS
        }
        Err(diags) => {
            let (errors, warnings) = ui.print_all(&mut err, diags);
            let errors = ui.say(t!("summary-errors", count = errors));
            let warnings = ui.say(t!("summary-warnings", count = warnings));
            let written = (opts.output.clone())
                .unwrap_or_else(|| opts.root.join("output"))
                .is_dir();
            // Nothing to keep unchanged where there was no output before.
            let line = if check {
                t!("check-failed", errors = errors, warnings = warnings)
            } else if !written {
                t!("build-failed-nothing", errors = errors, warnings = warnings)
            } else {
                t!(
                    "build-failed",
                    errors = errors,
                    warnings = warnings,
                    output = output_folder(&opts)
                )
            };
            let _ = writeln!(err, "{}", ui.say(line));
            ExitCode::FAILURE
        }
    }
}

/// `ozyq serve`, until Ctrl+C.
pub fn serve(opts: ozyq::serve::ServeOptions, ui: Ui) -> ExitCode {
    match ozyq::serve::run(opts) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            ui.print_problem(&e.text(), None);
            ExitCode::FAILURE
        }
    }
}

/// `ozyq portfolio AUTHOR`.
pub fn portfolio(
    root: &Path,
    author: &str,
    years: Option<String>,
    lang: Option<ozyq::lang::Lang>,
    output: Option<PathBuf>,
    ui: Ui,
) -> ExitCode {
    match ozyq::build::portfolio(root, author, years.as_deref(), lang, output.as_deref()) {
        Ok(report) => {
            let line = t!(
                "portfolio-made",
                name = report.name.as_str(),
                works = report.works,
                pdf = report.pdf.as_path()
            );
            out!("{}", ui.say(line));
            note_if_replaced(report.removed_by_build, &report.pdf, ui);
            ExitCode::SUCCESS
        }
        Err(diags) => {
            ui.print_failure(&mut std::io::stderr(), diags, |errors| {
                t!("portfolio-failed", errors = errors)
            });
            ExitCode::FAILURE
        }
    }
}

/// Says so when `pdf`, a file one of these commands wrote into `output/`, is
/// not one a build makes: the next `ozyq build` replaces `output/` whole, and
/// it would be gone without a word.
fn note_if_replaced(removed_by_build: bool, pdf: &Path, ui: Ui) {
    if removed_by_build {
        out!("{}", ui.say(t!("print-replaced-by-build", pdf = pdf)));
    }
}

/// `ozyq certificates YEAR`.
pub fn certificates(
    root: &Path,
    year: &str,
    event: Option<String>,
    letter: ozyq::catalogue::certificates::Letter,
    output: Option<PathBuf>,
    ui: Ui,
) -> ExitCode {
    use ozyq::catalogue::certificates::Letter;
    match ozyq::build::certificates(root, year, event.as_deref(), letter, output.as_deref()) {
        Ok(report) => {
            let (count, pdf, year) = (report.count, report.pdf.as_path(), &report.year);
            let line = match letter {
                Letter::Certificate => {
                    t!("certificates-made", count = count, year = year, pdf = pdf)
                }
                Letter::Thanks => t!("thanks-made", count = count, year = year, pdf = pdf),
            };
            out!("{}", ui.say(line));
            note_if_replaced(report.removed_by_build, pdf, ui);
            ExitCode::SUCCESS
        }
        Err(diags) => {
            ui.print_failure(&mut std::io::stderr(), diags, |errors| {
                t!("certificates-failed", errors = errors)
            });
            ExitCode::FAILURE
        }
    }
}

/// `ozyq catalogue YEAR`.
pub fn catalogue(
    root: &Path,
    year: &str,
    paper: Option<&str>,
    booklet: bool,
    output: Option<PathBuf>,
    ui: Ui,
) -> ExitCode {
    use ozyq::catalogue::{Paper, PdfOptions};
    let paper = paper.and_then(Paper::parse);
    // A booklet is of A5 pages, two to an A4 sheet: no A4 booklet.
    if booklet && paper == Some(Paper::A4) {
        let hint = t!("cli-booklet-is-a5-hint");
        ui.print_problem(&t!("cli-booklet-is-a5"), Some(&hint));
        return ExitCode::from(2);
    }
    let pdf = (paper.is_some() || booklet).then(|| PdfOptions {
        paper: paper.unwrap_or_default(),
        booklet,
    });
    let mut err = std::io::stderr();
    match ozyq::build::catalogue(root, year, pdf, output.as_deref()) {
        Ok(report) => {
            for d in report.warnings.sorted() {
                ui.print_diagnostic(&mut err, &d);
            }
            if report.other_years > 0 {
                let line = t!("catalogue-other-years-warnings", count = report.other_years);
                let _ = writeln!(err, "{}", ui.say(line));
            }
            let made = &report.produced;
            let line = t!(
                "catalogue-made",
                year = report.year.as_str(),
                exhibits = report.exhibits,
                kb = made.bytes.len().div_ceil(1024),
                seconds = seconds(ui.lang, made.elapsed),
                cached = if made.cached { "yes" } else { "no" },
                pdf = report.pdf.as_path()
            );
            out!("{}", ui.say(line));
            note_if_replaced(report.removed_by_build, &report.pdf, ui);
            ExitCode::SUCCESS
        }
        Err(diags) => {
            ui.print_failure(&mut err, diags, |errors| {
                t!("catalogue-failed", errors = errors)
            });
            ExitCode::FAILURE
        }
    }
}
