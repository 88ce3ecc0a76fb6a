//! The `ozyq` command: reads the command line, calls the library, and tells
//! people what happened, in their language.

/// `println!` that ends the program quietly when the reader of its output is
/// gone (`ozyq theme list | head -1`): `println!` would panic there.
macro_rules! out {
    ($($arg:tt)*) => {
        $crate::ui::line(format_args!($($arg)*))
    };
}

mod args;
mod commands;
mod help;
mod progress;
mod ui;

use std::process::ExitCode;

use args::{Cli, Command};
use ozyq::build::BuildOptions;
use ui::Ui;

// A build allocates many small values on every thread; mimalloc handles that much
// better than the system allocator.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    ozyq::memory::small_pages();
    let raw: Vec<std::ffi::OsString> = std::env::args_os().collect();
    // The help and the command line's errors are already in the user's language.
    let (lang, root) = help::early(&raw);
    let root = site_root(root);
    let early = Ui::new(lang, &root);
    let mut cli = match help::parse(raw, early) {
        Ok(cli) => cli,
        Err(code) => return code,
    };
    cli.root = site_root(cli.root);
    // clap's reading wins where the early look was fooled (`--lang` as a value).
    let ui = if (cli.lang, &cli.root) == (lang, &root) {
        early
    } else {
        Ui::new(cli.lang, &cli.root)
    };
    run(cli, ui)
}

/// The site's folder: `root` as given, or, when it is the current folder and that
/// has no `config.yaml`, the nearest folder above it that has one and a `content/`
/// folder, as git and cargo find theirs: a methodist whose terminal is open in
/// `content/articles/` builds their site.
fn site_root(root: std::path::PathBuf) -> std::path::PathBuf {
    let is_site =
        |d: &std::path::Path| d.join("config.yaml").is_file() && d.join("content").is_dir();
    if root != std::path::Path::new(".") || root.join("config.yaml").exists() {
        return root;
    }
    let Ok(here) = std::env::current_dir() else {
        return root;
    };
    here.ancestors()
        .skip(1)
        .find(|d| is_site(d))
        .map_or(root, std::path::Path::to_path_buf)
}

fn run(cli: Cli, ui: Ui) -> ExitCode {
    let root = cli.root;
    let site = |output, drafts, check_only, spelling, force| BuildOptions {
        root: root.clone(),
        output,
        drafts,
        check_only,
        spelling,
        force,
    };
    match cli.command {
        Command::Build {
            output,
            drafts,
            force,
        } => commands::build_site(site(output, drafts, false, false, force), ui),
        Command::Check { drafts, spelling } => {
            commands::build_site(site(None, drafts, true, spelling, false), ui)
        }
        Command::New {
            kind,
            title,
            date,
            authors,
            bundle,
        } => {
            let date = date.unwrap_or_else(|| chrono::Local::now().format("%Y-%m-%d").to_string());
            let title = title.join(" ");
            let new = ozyq::scaffold::NewEntry {
                kind: &kind,
                title: &title,
                date: &date,
                authors: &authors,
                lang: cli.lang,
                bundle,
            };
            commands::new(&root, &new, ui)
        }
        Command::Theme { action } => commands::theme(&root, action, ui),
        Command::Serve {
            port,
            interface,
            drafts,
        } => {
            let mut opts = ozyq::serve::ServeOptions::new(root);
            opts.port = port;
            opts.interface = interface;
            opts.drafts = drafts;
            opts.lang = ui.lang;
            commands::serve(opts, ui)
        }
        Command::Init { dir, title } => commands::init(&dir, title.as_deref(), ui),
        Command::Catalogue {
            year,
            paper,
            booklet,
            output,
        } => commands::catalogue(&root, &year, paper.as_deref(), booklet, output, ui),
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
            commands::certificates(&root, &year, event, letter, output, ui)
        }
        Command::Portfolio {
            author,
            years,
            language,
            output,
        } => commands::portfolio(&root, &author.join(" "), years, language, output, ui),
        Command::Publish {
            target,
            save_password: true,
            ..
        } => progress::keep_password(&root, target.as_deref(), progress::KeyringChange::Save, ui),
        Command::Publish {
            target,
            forget_password: true,
            ..
        } => progress::keep_password(
            &root,
            target.as_deref(),
            progress::KeyringChange::Forget,
            ui,
        ),
        Command::Publish {
            target,
            no_build,
            dry_run,
            force,
            ..
        } => {
            let opts = ozyq::publish::PublishOptions {
                root,
                target,
                build: !no_build,
                dry_run,
                force,
            };
            progress::publish(&opts, ui)
        }
    }
}
