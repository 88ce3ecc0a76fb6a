//! The server a site is published to, as the few operations a publish needs, and
//! the one for a folder (`file:///mnt/share/otm`, a mounted share). Every upload
//! goes to a temporary name in [`UPLOADING`] first and is then renamed into
//! place, so a visitor (and an interrupted publish) never meets half a file.

use std::path::{Path, PathBuf};

use crate::messages::Text;
use crate::t;

impl RemoteError {
    /// `address` could not be reached: for the reason `e` gives.
    pub fn connecting(address: String, e: &std::io::Error) -> RemoteError {
        // A name no DNS server knows; std gives it no kind. Unix says so in
        // getaddrinfo's words; Windows by its codes (WSAHOST_NOT_FOUND,
        // WSANO_DATA), in the system's language.
        let windows = cfg!(windows) && matches!(e.raw_os_error(), Some(11001 | 11004));
        if windows || e.to_string().contains("failed to lookup address") {
            return RemoteError::UnknownName(address);
        }
        RemoteError::ConnectIo {
            address,
            kind: e.kind(),
            words: e.to_string(),
        }
    }
}

/// The folder, at the site's root on the server, that holds files while they
/// travel; emptied at the start and end of every publish.
pub const UPLOADING: &str = ".ozyq-uploading";

/// The server's record of what it holds (the build's record, as uploaded).
pub const RECORD: &str = ".ozyq-published";

/// Why an operation on the server failed, in words a methodist can act on.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RemoteError {
    /// The server could not be reached.
    #[error("cannot connect to {0}")]
    Connect(String),
    /// The server could not be reached, for a reason the system gave.
    #[error("cannot connect to {address}: {words}")]
    ConnectIo {
        /// `host:port`.
        address: String,
        /// What kind of failure, said in the user's language.
        kind: std::io::ErrorKind,
        /// The system's words, for a kind ozyq has no message for.
        words: String,
    },
    /// The server's name is known to no name server (a typo in `url:`, or no
    /// network).
    #[error("cannot connect to {0}: no such name is known")]
    UnknownName(String),
    /// The server did not answer in time.
    #[error("cannot connect to {address}: no answer in {seconds} s")]
    Silent {
        /// `host:port`.
        address: String,
        /// How long ozyq waited.
        seconds: u64,
    },
    /// The server's key is not in `~/.ssh/known_hosts`.
    #[error("the host {host} is not known: its key is not in {known_hosts}")]
    UnknownHost {
        /// `host` or `[host]:port`, as known_hosts writes it.
        host: String,
        /// Where the known keys were looked for.
        known_hosts: String,
        /// The key's SHA-256 fingerprint, to check with the host's administrator.
        fingerprint: String,
    },
    /// The server's key is not the one `~/.ssh/known_hosts` has for it.
    #[error(
        "the host {host} has another key than {known_hosts} says: it may not be the college's server"
    )]
    ChangedHost {
        /// `host` or `[host]:port`.
        host: String,
        /// Where the known keys were looked for.
        known_hosts: String,
    },
    /// No key or password was accepted.
    #[error("the server refused to log in as {user}")]
    Login {
        /// Who.
        user: String,
        /// What was tried.
        tried: Tried,
    },
    /// The server refused to write (permissions, a read-only folder).
    #[error("the server refused to write {path}: {detail}")]
    Refused {
        /// The path on the server.
        path: String,
        /// The server's words.
        detail: String,
    },
    /// A part of the path in the publish folder is a link to another place.
    #[error(
        "{0} in the publish folder is a link to another place: ozyq does not write or delete through links"
    )]
    Link(String),
    /// The server's disk is full.
    #[error("the server has no space left for {0}")]
    Full(String),
    /// Anything else the server or the connection said.
    #[error("{0}")]
    Other(String),
}

/// What a login tried before the server refused it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Tried {
    /// Nothing: no key in ~/.ssh or an ssh-agent, and no password given.
    Nothing,
    /// A password, which the server refused (an FTP server's words).
    Password(String),
    /// No password, for a server that asks for one (its words).
    NoPassword(String),
    /// An SSH server's ways, in the order tried.
    Ssh(Vec<SshWay>),
}

/// A way of logging in to an SSH server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SshWay {
    /// The ssh-agent's keys.
    Agent,
    /// A key file.
    Key(String),
    /// A key file that cannot be read without its passphrase.
    LockedKey(String),
    /// The password.
    Password,
}

impl Tried {
    /// Said in the user's language.
    fn text(&self) -> Text {
        match self {
            Tried::Nothing => t!("publish-login-nothing"),
            Tried::Password(words) => t!("publish-login-password-refused", words = words),
            Tried::NoPassword(words) => t!("publish-login-no-password", words = words),
            Tried::Ssh(ways) => {
                let way = |w: &SshWay| match w {
                    SshWay::Agent => t!("publish-login-agent"),
                    SshWay::Key(path) => t!("publish-login-key", path = path),
                    SshWay::LockedKey(path) => t!("publish-login-locked-key", path = path),
                    SshWay::Password => t!("publish-login-the-password"),
                };
                let mut ways = ways.iter().map(way);
                let first = ways.next().unwrap_or_else(|| t!("publish-login-nothing"));
                let all = ways.fold(first, |a, b| t!("publish-login-and", a = a, b = b));
                t!("publish-login-tried", ways = all)
            }
        }
    }
}

impl RemoteError {
    /// What went wrong, to say in the user's language; its English is the
    /// error's `Display`. The server's and the libraries' own words are given as
    /// they are.
    pub fn text(&self) -> Text {
        match self {
            RemoteError::Connect(address) => t!("publish-remote-connect", address = address),
            RemoteError::ConnectIo {
                address,
                kind,
                words,
            } => t!(
                "publish-remote-connect-because",
                address = address,
                why = crate::messages::io_error_kind(*kind, words)
            ),
            RemoteError::UnknownName(address) => {
                t!("publish-remote-unknown-name", address = address)
            }
            RemoteError::Silent { address, seconds } => t!(
                "publish-remote-no-answer",
                address = address,
                seconds = *seconds
            ),
            RemoteError::UnknownHost {
                host, known_hosts, ..
            } => t!(
                "publish-remote-unknown-host",
                host = host,
                known_hosts = known_hosts
            ),
            RemoteError::ChangedHost { host, known_hosts } => t!(
                "publish-remote-changed-host",
                host = host,
                known_hosts = known_hosts
            ),
            RemoteError::Login { user, tried } => {
                t!("publish-remote-login", user = user, detail = tried.text())
            }
            RemoteError::Refused { path, detail } => {
                t!("publish-remote-refused", path = path, detail = detail)
            }
            RemoteError::Full(path) => t!("publish-remote-full", path = path),
            RemoteError::Link(path) => t!("publish-remote-link", path = path),
            RemoteError::Other(words) => t!("publish-remote-other", words = words),
        }
    }

    /// What to do about it.
    pub fn hint(&self) -> Text {
        match self {
            RemoteError::Connect(_)
            | RemoteError::ConnectIo { .. }
            | RemoteError::Silent { .. } => t!("publish-remote-connect-hint"),
            RemoteError::UnknownName(_) => t!("publish-remote-unknown-name-hint"),
            RemoteError::UnknownHost {
                host,
                known_hosts,
                fingerprint,
            } => t!(
                "publish-remote-unknown-host-hint",
                fingerprint = fingerprint,
                keyscan = keyscan_args(host),
                known_hosts = known_hosts
            ),
            RemoteError::ChangedHost { known_hosts, .. } => {
                t!(
                    "publish-remote-changed-host-hint",
                    known_hosts = known_hosts
                )
            }
            // FTP takes a password only.
            RemoteError::Login {
                tried: Tried::Password(_) | Tried::NoPassword(_),
                ..
            } => t!("publish-remote-login-password-hint"),
            RemoteError::Login { .. } => t!("publish-remote-login-hint"),
            RemoteError::Refused { .. } => t!("publish-remote-refused-hint"),
            RemoteError::Full(_) => t!("publish-remote-full-hint"),
            RemoteError::Link(_) => t!("publish-remote-link-hint"),
            RemoteError::Other(_) => t!("publish-remote-other-hint"),
        }
    }
}

/// `[host]:port` as `-p port host`, for ssh-keyscan.
fn keyscan_args(host: &str) -> String {
    match host.strip_prefix('[').and_then(|h| h.split_once("]:")) {
        Some((h, port)) => format!("-p {port} {h}"),
        None => host.to_string(),
    }
}

/// The operations a publish needs; paths are site-relative, with `/`.
pub trait Remote {
    /// The file at `rel`, or `None` when there is none.
    fn read(&mut self, rel: &str) -> Result<Option<Vec<u8>>, RemoteError>;
    /// Makes the folder `rel` (and its parents) if missing.
    fn make_dir(&mut self, rel: &str) -> Result<(), RemoteError>;
    /// Writes `bytes` to `rel` (whose folder exists), replacing it.
    fn write(&mut self, rel: &str, bytes: &[u8]) -> Result<(), RemoteError>;
    /// Renames `from` to `to`, replacing `to`.
    fn rename(&mut self, from: &str, to: &str) -> Result<(), RemoteError>;
    /// Deletes the file `rel`; a file that is not there is no error.
    fn remove(&mut self, rel: &str) -> Result<(), RemoteError>;
    /// Deletes the folder `rel` if it is empty; anything else is no error.
    fn remove_dir(&mut self, rel: &str) -> Result<(), RemoteError>;
    /// The files directly in the folder `rel` (none when it does not exist).
    fn list(&mut self, rel: &str) -> Result<Vec<String>, RemoteError>;
}

/// A folder on this computer or a mounted share.
pub struct Folder {
    root: PathBuf,
}

impl Folder {
    /// The site's folder `root`, made if missing.
    pub fn open(root: &Path) -> Result<Folder, RemoteError> {
        std::fs::create_dir_all(root).map_err(|e| io_error(&root.display().to_string(), &e))?;
        Ok(Folder {
            root: root.to_path_buf(),
        })
    }

    /// Where `rel` is in the folder; refused when a part of it inside the folder
    /// is a link: a publish writes and deletes only inside its folder, never in
    /// the place a link leads to (another folder of the user's).
    fn path(&self, rel: &str) -> Result<PathBuf, RemoteError> {
        let mut path = self.root.clone();
        let mut end = 0;
        for part in rel.split('/') {
            path.push(part);
            end += part.len();
            if (path.symlink_metadata()).is_ok_and(|m| m.file_type().is_symlink()) {
                // The link itself (`seminars`), where the user will look.
                return Err(RemoteError::Link(rel[..end].to_string()));
            }
            end += 1;
        }
        Ok(path)
    }
}

/// An error of the file system, classified.
pub fn io_error(what: &str, e: &std::io::Error) -> RemoteError {
    use std::io::ErrorKind;
    match e.kind() {
        ErrorKind::PermissionDenied | ErrorKind::ReadOnlyFilesystem => RemoteError::Refused {
            path: what.to_string(),
            detail: e.to_string(),
        },
        ErrorKind::StorageFull | ErrorKind::QuotaExceeded => RemoteError::Full(what.to_string()),
        _ => RemoteError::Other(format!("{what}: {e}")),
    }
}

impl Remote for Folder {
    fn read(&mut self, rel: &str) -> Result<Option<Vec<u8>>, RemoteError> {
        match std::fs::read(self.path(rel)?) {
            Ok(b) => Ok(Some(b)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(io_error(rel, &e)),
        }
    }

    fn make_dir(&mut self, rel: &str) -> Result<(), RemoteError> {
        std::fs::create_dir_all(self.path(rel)?).map_err(|e| io_error(rel, &e))
    }

    fn write(&mut self, rel: &str, bytes: &[u8]) -> Result<(), RemoteError> {
        use std::io::Write;
        let mut f = std::fs::File::create(self.path(rel)?).map_err(|e| io_error(rel, &e))?;
        f.write_all(bytes)
            .and_then(|()| f.sync_data())
            .map_err(|e| io_error(rel, &e))
    }

    fn rename(&mut self, from: &str, to: &str) -> Result<(), RemoteError> {
        std::fs::rename(self.path(from)?, self.path(to)?).map_err(|e| io_error(to, &e))
    }

    fn remove(&mut self, rel: &str) -> Result<(), RemoteError> {
        match std::fs::remove_file(self.path(rel)?) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(io_error(rel, &e)),
            _ => Ok(()),
        }
    }

    fn remove_dir(&mut self, rel: &str) -> Result<(), RemoteError> {
        let _ = std::fs::remove_dir(self.path(rel)?);
        Ok(())
    }

    fn list(&mut self, rel: &str) -> Result<Vec<String>, RemoteError> {
        let Ok(dir) = std::fs::read_dir(self.path(rel)?) else {
            return Ok(Vec::new());
        };
        Ok(dir
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect())
    }
}
