//! The command line's shape. The help texts are not here: they are messages
//! (`cli-help.ftl`), given to each command and argument by [`crate::help`] in the
//! user's language, keyed by the command's path and the argument's name.

use clap::{Parser, Subcommand};
use std::path::PathBuf;

use ozyq::lang::Lang;

#[derive(Parser)]
#[command(name = "ozyq", version)]
pub struct Cli {
    #[arg(short, long, global = true, default_value = ".")]
    pub root: PathBuf,
    #[arg(long, global = true, value_parser = parse_lang)]
    pub lang: Option<Lang>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum ThemeAction {
    List,
    Show { name: String },
    Eject { names: Vec<String> },
}

#[derive(Subcommand)]
pub enum Command {
    Build {
        #[arg(short, long)]
        output: Option<PathBuf>,
        #[arg(long)]
        drafts: bool,
        #[arg(long)]
        force: bool,
    },
    Check {
        #[arg(long)]
        drafts: bool,
        #[arg(long)]
        spelling: bool,
    },
    New {
        kind: String,
        // Words, joined: a title typed without quotes is still one title.
        #[arg(required = true, num_args = 1..)]
        title: Vec<String>,
        #[arg(long)]
        date: Option<String>,
        #[arg(long = "author")]
        authors: Vec<String>,
        #[arg(long)]
        bundle: bool,
    },
    Serve {
        #[arg(short, long, default_value_t = 1111)]
        port: u16,
        #[arg(short, long, default_value = "127.0.0.1")]
        interface: std::net::IpAddr,
        #[arg(long)]
        drafts: bool,
    },
    Init {
        dir: PathBuf,
        // The School's name in the site's language when not given.
        #[arg(long)]
        title: Option<String>,
    },
    Theme {
        #[command(subcommand)]
        action: ThemeAction,
    },
    Catalogue {
        year: String,
        #[arg(long, value_parser = ["a4", "a5"], ignore_case = true)]
        paper: Option<String>,
        #[arg(long)]
        booklet: bool,
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    Certificates {
        year: String,
        #[arg(long)]
        event: Option<String>,
        #[arg(long)]
        thanks: bool,
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    Publish {
        target: Option<String>,
        #[arg(long)]
        no_build: bool,
        #[arg(long)]
        dry_run: bool,
        #[arg(long, conflicts_with_all = ["no_build", "dry_run", "forget_password"])]
        save_password: bool,
        #[arg(long, conflicts_with_all = ["no_build", "dry_run"])]
        forget_password: bool,
        #[arg(long, conflicts_with_all = ["save_password", "forget_password"])]
        force: bool,
    },
    Portfolio {
        // Words, joined: a name typed without quotes is still one name.
        #[arg(required = true, num_args = 1..)]
        author: Vec<String>,
        #[arg(long)]
        years: Option<String>,
        // `--in ru`: the PDF's language, not ozyq's (`--lang`).
        #[arg(long = "in", value_parser = parse_lang)]
        language: Option<Lang>,
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
}

/// `--lang`'s value. Its error is replaced by a message of our own when the
/// command line is reported ([`crate::help`]), so these words are never shown.
fn parse_lang(s: &str) -> Result<Lang, String> {
    Lang::parse(s).ok_or_else(|| format!("unknown language `{s}`"))
}
