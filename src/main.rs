//! The `ozyq` command: parses arguments, calls the library, and shows its diagnostics
//! to people.

use clap::{Parser, Subcommand};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use ozyq::build::{BuildOptions, build};
use ozyq::diagnostics::{Diagnostic, Diagnostics, Severity};
use ozyq::lang::Lang;
use ozyq::t;

// A build allocates many small values on every thread; mimalloc handles that much
// better than the system allocator.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// ozyq builds the website and exhibition catalogue of a college's School of Advanced
/// Pedagogical Experience (Озық тәжірибе мектебі) from Markdown files.
#[derive(Parser)]
#[command(name = "ozyq", version, about, long_about = None)]
struct Cli {
    /// The site's folder (the one with config.yaml).
    #[arg(short, long, global = true, default_value = ".")]
    root: PathBuf,
    /// The language ozyq speaks in, kk, ru or en (default: OZYQ_LANG, else the
    /// site's language, else the system's); for `new`, the entry's language too.
    #[arg(long, global = true, value_parser = parse_lang)]
    lang: Option<Lang>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum ThemeAction {
    /// Name the theme's files a site may have its own copy of.
    List,
    /// Print one of the theme's files as the theme has it, e.g. `ozyq theme show base.html`.
    Show {
        /// The file: `base.html`, `partials/card.html`, `static/style.css`, …
        name: String,
    },
    /// Copy theme files into the site's templates/, static/ or print/ to change them,
    /// e.g. `ozyq theme eject base.html`. A file the site has is never written over.
    Eject {
        /// The files: `base.html`, `partials/card.html`, `style.css`, `catalogue.typ`, …
        names: Vec<String>,
    },
}

#[derive(Subcommand)]
enum Command {
    /// Build the site into output/ (the previous output stays if the build fails).
    Build {
        /// Write the site here instead of output/.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Include entries marked `draft: true`.
        #[arg(long)]
        drafts: bool,
        /// Write into the --output folder even if it has files ozyq did not make:
        /// they are deleted. (The site's own files are never written over.)
        #[arg(long)]
        force: bool,
    },
    /// Check all content, data and templates without writing the site (photos and PDFs
    /// it makes are kept in .ozyq-cache/ for the next build).
    Check {
        /// Include entries marked `draft: true`.
        #[arg(long)]
        drafts: bool,
        /// Check the spelling of titles, summaries and texts too (Hunspell
        /// dictionaries: Debian's hunspell-kk and hunspell-ru, or config.yaml's
        /// `spelling: {dictionaries: …}`; the site's own words in data/words.txt).
        #[arg(long)]
        spelling: bool,
    },
    /// Create a new entry with its fields filled in, e.g. `ozyq new open-lesson "Тақырып"`.
    New {
        /// The kind: seminar, conference, olympiad, article, guideline, bulletin,
        /// open-lesson, self-education (or a kind from config.yaml).
        kind: String,
        /// The entry's title.
        title: String,
        /// The date (default: today), e.g. 2025-10-14.
        #[arg(long)]
        date: Option<String>,
        /// An author id or name (repeat for several).
        #[arg(long = "author")]
        authors: Vec<String>,
        /// Make a folder with index.md, to put the entry's photos and files beside it.
        #[arg(long)]
        bundle: bool,
    },
    /// Serve the site on http://127.0.0.1:1111/, rebuild what each saved change
    /// affects and reload open browser tabs.
    Serve {
        /// The port (0 picks a free one).
        #[arg(short, long, default_value_t = 1111)]
        port: u16,
        /// The address to listen on; 0.0.0.0 makes the site reachable from other machines.
        #[arg(short, long, default_value = "127.0.0.1")]
        interface: std::net::IpAddr,
        /// Include entries marked `draft: true`.
        #[arg(long)]
        drafts: bool,
    },
    /// Create a new, empty site in DIR that uses the theme built into ozyq.
    Init {
        dir: PathBuf,
        /// The site's title.
        #[arg(long, default_value = "Озық тәжірибе мектебі")]
        title: String,
    },
    /// The site's theme: list its files, show one, or copy some into the site to
    /// change them (`ozyq theme eject base.html`).
    Theme {
        #[command(subcommand)]
        action: ThemeAction,
    },
    /// Make a year's exhibition catalogue: output/catalogue/YEAR/index.html and
    /// catalogue.pdf, e.g. `ozyq catalogue 2025-2026`.
    Catalogue {
        /// The academic year, e.g. 2025-2026.
        year: String,
        /// The paper: a5 or a4 (default: catalogue.paper in config.yaml, else a5).
        #[arg(long, value_parser = ["a4", "a5"])]
        paper: Option<String>,
        /// Impose the A5 pages two per A4 sheet for saddle-stitch printing.
        #[arg(long)]
        booklet: bool,
        /// Write the PDF here instead of output/catalogue/YEAR/catalogue.pdf.
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// Make the certificates of a year's exhibitors (or of one event's participants).
    Certificates {
        /// The academic year, e.g. 2025-2026.
        year: String,
        /// Only the authors of exhibits whose `event` contains this text.
        #[arg(long)]
        event: Option<String>,
        /// Letters of thanks (алғыс хат) instead of certificates: thanks.pdf.
        #[arg(long)]
        thanks: bool,
        /// Write the PDF here instead of output/catalogue/YEAR/certificates.pdf.
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// Build the site and upload what changed to a place of config.yaml's
    /// `publish:` (SFTP, FTP, FTPS or a folder), e.g. `ozyq publish college`.
    Publish {
        /// The place's name in config.yaml (may be left out when there is one).
        target: Option<String>,
        /// Publish output/ as it is, without building first.
        #[arg(long)]
        no_build: bool,
        /// Only list what would be uploaded and deleted.
        #[arg(long)]
        dry_run: bool,
    },
    /// Make a teacher's portfolio for attestation: output/authors/ID/portfolio.pdf,
    /// e.g. `ozyq portfolio abenova-g --years 2023-2026`.
    Portfolio {
        /// The author: their id in data/authors.yaml or their full name.
        author: String,
        /// The academic years, e.g. 2023-2026 (three years) or 2025-2026 (one); all by default.
        #[arg(long)]
        years: Option<String>,
        /// Write the PDF here instead of output/authors/ID/portfolio[-YEARS].pdf.
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
}

/// How the binary talks to people: in colour or not, and in which language.
#[derive(Clone, Copy)]
struct Ui {
    color: bool,
    lang: Lang,
}

impl Ui {
    /// A message of the message files in the user's language.
    fn say(self, text: ozyq::messages::Text) -> String {
        text.render(self.lang)
    }
}

fn print_diagnostic(out: &mut impl Write, d: &Diagnostic, ui: Ui) {
    let label = d.label_in(ui.lang);
    let code = match d.severity {
        Severity::Error => "\x1b[1;31m",
        Severity::Warning => "\x1b[1;33m",
    };
    let (on, off) = if ui.color {
        (code, "\x1b[0m")
    } else {
        ("", "")
    };
    let _ = writeln!(
        out,
        "{on}{label}{off}: {}: {}",
        d.location,
        d.message_in(ui.lang)
    );
    if let Some(h) = d.hint_in(ui.lang) {
        let _ = writeln!(out, "  {}: {h}", ui.say(t!("label-hint")));
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let ui = Ui {
        color: std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
        lang: choose_lang(cli.lang, &cli.root),
    };
    // Not locked for the whole run: `serve` prints from its rebuild thread.
    let mut err = std::io::stderr();
    match cli.command {
        Command::Build {
            output,
            drafts,
            force,
        } => run_build(
            BuildOptions {
                root: cli.root,
                output,
                drafts,
                check_only: false,
                spelling: false,
                force,
            },
            ui,
            &mut err,
        ),
        Command::Check { drafts, spelling } => run_build(
            BuildOptions {
                root: cli.root,
                output: None,
                drafts,
                check_only: true,
                spelling,
                force: false,
            },
            ui,
            &mut err,
        ),
        Command::New {
            kind,
            title,
            date,
            authors,
            bundle,
        } => {
            let date = date.unwrap_or_else(|| chrono::Local::now().format("%Y-%m-%d").to_string());
            let new = ozyq::scaffold::NewEntry {
                kind: &kind,
                title: &title,
                date: &date,
                authors: &authors,
                lang: cli.lang,
                bundle,
            };
            run_new(&cli.root, &new, ui, &mut err)
        }
        Command::Theme { action } => run_theme(&cli.root, action, ui, &mut err),
        Command::Serve {
            port,
            interface,
            drafts,
        } => {
            let mut opts = ozyq::serve::ServeOptions::new(cli.root);
            opts.port = port;
            opts.interface = interface;
            opts.drafts = drafts;
            opts.lang = ui.lang;
            match ozyq::serve::run(opts) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    let _ = writeln!(err, "error: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        Command::Init { dir, title } => run_init(&dir, &title, ui, &mut err),
        Command::Catalogue {
            year,
            paper,
            booklet,
            output,
        } => run_catalogue(&cli.root, &year, paper, booklet, output, ui, &mut err),
        Command::Certificates {
            year,
            event,
            thanks,
            output,
        } => {
            use ozyq::catalogue::certificates::Letter;
            let letter = if thanks {
                Letter::Thanks
            } else {
                Letter::Certificate
            };
            run_certificates(&cli.root, &year, event, letter, output, ui, &mut err)
        }
        Command::Portfolio {
            author,
            years,
            output,
        } => run_portfolio(&cli.root, &author, years, output, ui, &mut err),
        Command::Publish {
            target,
            no_build,
            dry_run,
        } => {
            let opts = ozyq::publish::PublishOptions {
                root: cli.root,
                target,
                build: !no_build,
                dry_run,
            };
            run_publish(&opts, ui, &mut err)
        }
    }
}

fn run_new(
    root: &std::path::Path,
    new: &ozyq::scaffold::NewEntry,
    ui: Ui,
    err: &mut impl Write,
) -> ExitCode {
    match ozyq::scaffold::new_entry(root, new) {
        Ok(p) => {
            println!("{}", ui.say(t!("new-created", path = p.as_path())));
            if new.bundle
                && let Some(dir) = p.parent()
            {
                println!("{}", ui.say(t!("new-bundle-files", dir = dir)));
            }
            ExitCode::SUCCESS
        }
        Err(e) => scaffold_failed(e, ui, err),
    }
}

/// Shows why `ozyq new`, `init` or `theme` made nothing.
fn scaffold_failed(e: ozyq::scaffold::ScaffoldError, ui: Ui, err: &mut impl Write) -> ExitCode {
    for d in &e.diagnostics() {
        print_diagnostic(err, d, ui);
    }
    ExitCode::FAILURE
}

fn run_theme(
    root: &std::path::Path,
    action: ThemeAction,
    ui: Ui,
    err: &mut impl Write,
) -> ExitCode {
    use ozyq::scaffold::eject;
    let done = match action {
        ThemeAction::List => eject::list(root).map(|names| {
            for n in names {
                println!("{n}");
            }
        }),
        ThemeAction::Show { name } => eject::show(root, &name).map(|(_, bytes)| {
            let _ = std::io::stdout().write_all(&bytes);
        }),
        ThemeAction::Eject { names } if names.is_empty() => eject::list(root).map(|names| {
            println!("{}", ui.say(t!("theme-eject-which")));
            for n in names {
                println!("  {n}");
            }
        }),
        ThemeAction::Eject { names } => eject::eject(root, &names).map(|made| {
            for p in made {
                println!("{}", ui.say(t!("theme-copied", path = p.as_path())));
            }
            println!("{}", ui.say(t!("theme-copies-used")));
        }),
    };
    match done {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => scaffold_failed(e, ui, err),
    }
}

fn run_init(dir: &std::path::Path, title: &str, ui: Ui, err: &mut impl Write) -> ExitCode {
    match ozyq::scaffold::init(dir, title, ui.lang) {
        Ok(files) => {
            println!(
                "{}",
                ui.say(t!("init-created", dir = dir, files = files.len()))
            );
            println!("{}", ui.say(t!("init-next", dir = dir)));
            ExitCode::SUCCESS
        }
        Err(e) => scaffold_failed(e, ui, err),
    }
}

/// Shows a publish's progress: a bar on a terminal, else a line every 100 files.
struct Progress {
    bar: Option<indicatif::ProgressBar>,
    files: usize,
    done: usize,
}

impl Progress {
    fn new() -> Progress {
        Progress {
            bar: None,
            files: 0,
            done: 0,
        }
    }

    fn event(&mut self, e: ozyq::publish::Event) {
        use ozyq::publish::Event;
        match e {
            Event::Start { files, bytes } => {
                self.files = files;
                if std::io::stderr().is_terminal() && files > 0 {
                    let bar = indicatif::ProgressBar::new(bytes);
                    let style = indicatif::ProgressStyle::with_template(
                        "{bar:30} {bytes}/{total_bytes} {bytes_per_sec} {msg}",
                    )
                    .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar());
                    bar.set_style(style);
                    self.bar = Some(bar);
                } else {
                    eprintln!("uploading {files} files ({} KB)", bytes.div_ceil(1024));
                }
            }
            Event::Uploaded { bytes, .. } => {
                self.done += 1;
                match &self.bar {
                    Some(bar) => {
                        bar.inc(bytes);
                        bar.set_message(format!("{}/{} files", self.done, self.files));
                    }
                    None if self.done.is_multiple_of(100) || self.done == self.files => {
                        eprintln!("uploaded {}/{} files", self.done, self.files);
                    }
                    None => {}
                }
            }
            Event::Deleted(rel) => {
                if self.bar.is_none() {
                    eprintln!("deleted {rel}");
                }
            }
        }
    }
}

fn run_publish(opts: &ozyq::publish::PublishOptions, ui: Ui, err: &mut impl Write) -> ExitCode {
    let mut progress = Progress::new();
    let result = ozyq::publish::publish(opts, &mut |e| progress.event(e));
    if let Some(bar) = progress.bar.take() {
        bar.finish_and_clear();
    }
    match result {
        Ok(report) => {
            for d in report.warnings.sorted() {
                print_diagnostic(err, &d, ui);
            }
            let plan = &report.plan;
            if opts.dry_run {
                for rel in &plan.uploads {
                    println!("upload {rel}");
                }
                for rel in &plan.deletes {
                    println!("delete {rel}");
                }
                println!(
                    "would upload {} files and delete {} at {} ({}); {} unchanged",
                    plan.uploads.len(),
                    plan.deletes.len(),
                    report.target,
                    report.url,
                    report.unchanged
                );
            } else {
                println!(
                    "published to {} ({}): {} files uploaded ({} KB), {} deleted, {} unchanged",
                    report.target,
                    report.url,
                    plan.uploads.len(),
                    report.bytes.div_ceil(1024),
                    plan.deletes.len(),
                    report.unchanged
                );
            }
            ExitCode::SUCCESS
        }
        Err(diags) => {
            let (errors, _) = print_all(err, diags, ui);
            let _ = writeln!(err, "publish failed: {errors} errors");
            ExitCode::FAILURE
        }
    }
}

fn run_portfolio(
    root: &std::path::Path,
    author: &str,
    years: Option<String>,
    output: Option<PathBuf>,
    ui: Ui,
    err: &mut impl Write,
) -> ExitCode {
    match ozyq::build::portfolio(root, author, years.as_deref(), output.as_deref()) {
        Ok(report) => {
            println!(
                "made the portfolio of {}: {} works → {}",
                report.name,
                report.works,
                report.pdf.display()
            );
            ExitCode::SUCCESS
        }
        Err(diags) => {
            let (errors, _) = print_all(err, diags, ui);
            let _ = writeln!(err, "portfolio failed: {errors} errors");
            ExitCode::FAILURE
        }
    }
}

fn run_certificates(
    root: &std::path::Path,
    year: &str,
    event: Option<String>,
    letter: ozyq::catalogue::certificates::Letter,
    output: Option<PathBuf>,
    ui: Ui,
    err: &mut impl Write,
) -> ExitCode {
    match ozyq::build::certificates(root, year, event.as_deref(), letter, output.as_deref()) {
        Ok(report) => {
            let what = match letter {
                ozyq::catalogue::certificates::Letter::Certificate => "certificates",
                ozyq::catalogue::certificates::Letter::Thanks => "letters of thanks",
            };
            println!(
                "made {} {what} of {year} → {}",
                report.count,
                report.pdf.display()
            );
            ExitCode::SUCCESS
        }
        Err(diags) => {
            let (errors, _) = print_all(err, diags, ui);
            let _ = writeln!(err, "certificates failed: {errors} errors");
            ExitCode::FAILURE
        }
    }
}

fn run_catalogue(
    root: &std::path::Path,
    year: &str,
    paper: Option<String>,
    booklet: bool,
    output: Option<PathBuf>,
    ui: Ui,
    err: &mut impl Write,
) -> ExitCode {
    use ozyq::catalogue::{Paper, PdfOptions};
    let opts = (paper.is_some() || booklet).then(|| PdfOptions {
        paper: paper.as_deref().and_then(Paper::parse).unwrap_or_default(),
        booklet,
    });
    match ozyq::build::catalogue(root, year, opts, output.as_deref()) {
        Ok(report) => {
            for d in report.warnings.sorted() {
                print_diagnostic(err, &d, ui);
            }
            println!(
                "made the catalogue of {year}: {} exhibits, {} KB in {:.2} s{} → {}",
                report.exhibits,
                report.produced.bytes.len().div_ceil(1024),
                report.produced.elapsed.as_secs_f64(),
                if report.produced.cached {
                    " (unchanged, from .ozyq-cache/)"
                } else {
                    ""
                },
                report.pdf.display()
            );
            ExitCode::SUCCESS
        }
        Err(diags) => {
            let (errors, _) = print_all(err, diags, ui);
            let _ = writeln!(err, "catalogue failed: {errors} errors");
            ExitCode::FAILURE
        }
    }
}

/// Prints each problem once (many pages can meet the same one in a shared
/// template) and returns how many errors and warnings were printed.
fn print_all(err: &mut impl Write, diags: Diagnostics, ui: Ui) -> (usize, usize) {
    let sorted = diags.sorted();
    for d in &sorted {
        print_diagnostic(err, d, ui);
    }
    let errors = sorted.iter().filter(|d| d.is_error()).count();
    (errors, sorted.len() - errors)
}

fn run_build(opts: BuildOptions, ui: Ui, err: &mut impl Write) -> ExitCode {
    let check = opts.check_only;
    match build(&opts) {
        Ok(report) => {
            let (_, warnings) = print_all(err, report.warnings.clone(), ui);
            if !check {
                for c in &report.address_changes {
                    println!("{c}");
                }
            }
            let drafts = match report.drafts_skipped {
                0 => String::new(),
                n => ui.say(t!("summary-drafts", count = n)),
            };
            let entries = ui.say(t!("summary-entries", count = report.entries));
            let pages = ui.say(t!("summary-pages", count = report.pages));
            let warnings = ui.say(t!("summary-warnings", count = warnings));
            let seconds = format!("{:.2}", report.elapsed.as_secs_f64());
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
            println!("{}", ui.say(line));
            ExitCode::SUCCESS
        }
        Err(diags) => {
            let (errors, warnings) = print_all(err, diags, ui);
            let errors = ui.say(t!("summary-errors", count = errors));
            let warnings = ui.say(t!("summary-warnings", count = warnings));
            let line = if check {
                t!("check-failed", errors = errors, warnings = warnings)
            } else {
                t!("build-failed", errors = errors, warnings = warnings)
            };
            let _ = writeln!(err, "{}", ui.say(line));
            ExitCode::FAILURE
        }
    }
}

/// The language the site at `root` is written in, read from its config.yaml
/// leniently: a config with errors still tells its language when it can.
fn site_language(root: &Path) -> Option<Lang> {
    let text = std::fs::read_to_string(root.join(ozyq::config::CONFIG_FILE)).ok()?;
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

fn parse_lang(s: &str) -> Result<ozyq::lang::Lang, String> {
    ozyq::lang::Lang::parse(s).ok_or_else(|| format!("unknown language `{s}`: use kk, ru or en"))
}
