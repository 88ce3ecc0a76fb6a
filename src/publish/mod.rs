//! `ozyq publish [TARGET]`: builds the site, then brings a server's copy of it up
//! to date, sending only what changed. The server keeps a record of what it holds
//! ([`remote::RECORD`]); [`plan`] compares it with the build and orders the work
//! so that a visitor never follows a link to a page not there yet; [`run`] does
//! it through a [`remote::Remote`]: a folder ([`remote::Folder`]), SFTP
//! ([`sftp`]) or FTP and FTPS ([`ftp`]). [`target`] reads the places of
//! config.yaml.

pub mod ftp;
pub mod keyring;
pub mod plan;
pub mod remote;
pub mod run;
pub mod sftp;
pub mod target;

use crate::t;
use std::path::{Path, PathBuf};

use crate::build::{BuildOptions, absolute};
use crate::config::Config;
use crate::diagnostics::{Diagnostic, Diagnostics, Location};

use crate::output::target::Refusal;
pub use plan::Plan;
pub use run::Event;
use target::Address;

/// What to publish, and how.
#[derive(Debug, Clone)]
pub struct PublishOptions {
    /// The site's folder.
    pub root: PathBuf,
    /// The place of config.yaml's `publish:` (the only one when `None`).
    pub target: Option<String>,
    /// Build first (else publish `output/` as it is).
    pub build: bool,
    /// Only say what would change.
    pub dry_run: bool,
    /// Publish into a folder that holds files of a site ozyq did not publish
    /// there (see [`not_ours`]), writing over them.
    pub force: bool,
}

/// What a publish did (or, for a dry run, would do).
#[derive(Debug)]
pub struct PublishReport {
    /// The place's name.
    pub target: String,
    /// Its URL.
    pub url: String,
    /// The plan: what was (or would be) uploaded and deleted.
    pub plan: Plan,
    /// Bytes sent.
    pub bytes: u64,
    /// Files that were there already, unchanged.
    pub unchanged: usize,
    /// The build's warnings, when it built.
    pub warnings: Diagnostics,
    /// The addresses the build moved or withdrew, when it built: what the
    /// published site now does with them.
    pub address_changes: Vec<crate::site::addresses::Change>,
}

/// Builds (unless told not to) and publishes the site to its target, telling
/// `on` of each file as it goes.
pub fn publish(
    opts: &PublishOptions,
    on: &mut dyn FnMut(Event),
) -> Result<PublishReport, Diagnostics> {
    let root = absolute(&opts.root);
    let fail = |d: Diagnostic| located(&root, vec![d]);
    let (config, target) = config_and_target(&root, opts.target.as_deref())?;
    if let Address::Folder(folder) = &target.address
        && let Err(source) = outside_site(&root, folder)
    {
        let real_root = crate::output::target::resolve(&root);
        let name = |s: &Path| {
            s.strip_prefix(&real_root)
                .unwrap_or(s)
                .display()
                .to_string()
        };
        let message = match source {
            Refusal::HoldsSource(s) => t!("publish-folder-holds-site", source = name(&s)),
            Refusal::InsideSource(s) => t!("publish-folder-inside-site", source = name(&s)),
            other => other.text(),
        };
        let at = url_location(&config, &target.name);
        let d = Diagnostic::error(at, message).with_hint(t!("publish-folder-outside-site-hint"));
        return Err(fail(d));
    }
    let output = root.join("output");
    let (warnings, address_changes) = if opts.build {
        let built = crate::build::build(&BuildOptions::new(&root))?;
        (built.warnings, built.address_changes)
    } else if !output.join(crate::output::target::MARKER).is_file() {
        return Err(fail(
            Diagnostic::error(Location::folder(&output), t!("publish-there-no-built-site"))
                .with_hint(t!("publish-run-ozyq-build-first-hint")),
        ));
    } else {
        (Diagnostics::new(), Vec::new())
    };
    let local = run::local_files(&output).map_err(|e| {
        fail(Diagnostic::error(
            Location::folder(&output),
            t!("publish-cannot-read-built-site", e = &e),
        ))
    })?;
    let at_url = || url_location(&config, &target.name);
    let remote_failed = |e: remote::RemoteError| {
        let hint = e.hint();
        fail(
            Diagnostic::error(
                at_url(),
                t!(
                    "publish-publishing",
                    name = (target.name).to_string(),
                    e = e.text()
                ),
            )
            .with_hint(hint),
        )
    };
    let mut server = connect(&target.address).map_err(remote_failed)?;
    let mut before = run::read_record(server.as_mut()).map_err(remote_failed)?;
    // A record, even an empty one (a first publish cut short), is ozyq's.
    let recorded = !before.is_empty()
        || server
            .read(remote::RECORD)
            .map_err(remote_failed)?
            .is_some();
    if !recorded && !opts.force {
        let clash = not_ours(server.as_mut(), &local).map_err(remote_failed)?;
        if !clash.is_empty() {
            let files = clash.join(", ");
            let d = Diagnostic::error(
                at_url(),
                t!("publish-folder-holds-other-site", files = files),
            )
            .with_hint(t!(
                "publish-folder-holds-other-site-hint",
                name = target.name.as_str()
            ));
            return Err(fail(d));
        }
    }
    let mut journal = run::Journal::of(&root, &target.name);
    journal.replay(&mut before);
    let plan = plan::plan(&local, &before);
    let unchanged = local.len() - plan.uploads.len();
    let bytes = if opts.dry_run || plan.is_empty() {
        0
    } else {
        run::carry_out(
            server.as_mut(),
            &output,
            &local,
            before,
            &plan,
            &mut journal,
            on,
        )
        .map_err(remote_failed)?
    };
    Ok(PublishReport {
        target: target.name,
        url: target.url,
        plan,
        bytes,
        unchanged,
        warnings,
        address_changes,
    })
}

/// The files at the top of a server's folder that holds no record of a publish
/// that a publish would write over: a site's there already (the college's own,
/// when `url:` names its folder instead of the one beneath it).
fn not_ours(
    server: &mut dyn remote::Remote,
    local: &std::collections::BTreeMap<String, crate::output::manifest::Record>,
) -> Result<Vec<String>, remote::RemoteError> {
    let mut clash: Vec<String> = (server.list("")?.into_iter())
        .filter(|name| local.contains_key(name.as_str()))
        .collect();
    clash.sort();
    Ok(clash)
}

/// The name of the site's target `target` (the only one when `None`) and the
/// account its password is kept under in the system's keyring
/// ([`keyring::save`], [`keyring::forget`]).
pub fn keyring_account(root: &Path, target: Option<&str>) -> Result<(String, String), Diagnostics> {
    let root = absolute(root);
    let (config, target) = config_and_target(&root, target)?;
    match target.address.keyring_account() {
        Some(account) => Ok((target.name.clone(), account.to_string())),
        None => {
            let msg = t!("publish-folder-no-password", name = target.name.as_str());
            let at = url_location(&config, &target.name);
            Err(located(&root, vec![Diagnostic::error(at, msg)]))
        }
    }
}

/// The site's config.yaml and its target `wanted` (the only one when `None`).
fn config_and_target(
    root: &Path,
    wanted: Option<&str>,
) -> Result<(Config, target::Target), Diagnostics> {
    let config = Config::load(root).map_err(|ds| located(root, ds))?;
    let target = target::choose(&config, wanted).map_err(|d| located(root, vec![d]))?;
    Ok((config, target))
}

/// Where config.yaml gives the URL of its target `name`.
fn url_location(config: &Config, name: &str) -> Location {
    let path = ["publish", name, "url"];
    crate::yaml::key_path_location(&config.text, &path, &config.file, 1)
}

/// Refuses a folder to publish to that holds the site at `root`, or any of its
/// own files and folders, or lies inside one: a publish writes the whole
/// site there, over what it finds (`file:///D:/otm` for a site in
/// `D:\otm`, or `…/content`, are easy slips).
fn outside_site(root: &Path, folder: &Path) -> Result<(), Refusal> {
    let mut own = crate::config::source_paths(root);
    own.extend(["output", ".ozyq-cache", "published.yaml"].map(|n| root.join(n)));
    crate::output::target::outside_sources(&crate::output::target::resolve(folder), &own)
}

/// `ds`, with their files named from the site's folder `root`.
fn located(root: &Path, ds: Vec<Diagnostic>) -> Diagnostics {
    let mut all = Diagnostics::new();
    all.extend(ds);
    all.relative_to(root);
    all
}

/// Connects to `address`.
fn connect(address: &Address) -> Result<Box<dyn remote::Remote>, remote::RemoteError> {
    Ok(match address {
        Address::Folder(path) => Box::new(remote::Folder::open(path)?),
        Address::Sftp(server) => Box::new(sftp::Sftp::connect(server)?),
        Address::Ftp { server, tls } => Box::new(ftp::Ftp::connect(server, *tls)?),
    })
}

/// Where `ozyq publish` reads known host keys: `~/.ssh/known_hosts`.
pub fn known_hosts() -> Option<PathBuf> {
    home().map(|h| h.join(".ssh").join("known_hosts"))
}

/// The user's home folder.
pub fn home() -> Option<PathBuf> {
    std::env::var_os("HOME")
        .or_else(|| std::env::var_os("USERPROFILE"))
        .filter(|h| !h.is_empty())
        .map(PathBuf::from)
}

/// The private keys `ozyq publish` offers, in the order ssh tries them.
pub fn key_files() -> Vec<PathBuf> {
    let Some(home) = home() else {
        return Vec::new();
    };
    ["id_ed25519", "id_ecdsa", "id_rsa"]
        .iter()
        .map(|k| home.join(".ssh").join(k))
        .filter(|p| Path::is_file(p))
        .collect()
}
