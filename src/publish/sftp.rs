//! Publishing over SFTP with `russh` and `russh-sftp` (pure Rust). The host's
//! key must be in `~/.ssh/known_hosts`; the user logs in with an ssh-agent's
//! keys, then `~/.ssh/id_ed25519`, `id_ecdsa` or `id_rsa`, then a password from
//! the environment or the system's keyring. A second SFTP channel renames uploads into place with
//! OpenSSH's `posix-rename@openssh.com`, which replaces the old file at once.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use russh::client::{self, AuthResult, Handle};
use russh::keys::{HashAlg, PrivateKeyWithHashAlg, PublicKeyOrCertificate};
use russh_sftp::client::{RawSftpSession, SftpSession, error::Error as SftpError};
use russh_sftp::protocol::{Packet, StatusCode};

use super::remote::{Remote, RemoteError, SshWay, Tried};
use super::target::Server;

/// What the host key check found, for the error message.
#[derive(Debug, Clone)]
enum HostKey {
    Unknown(String),
    Changed,
}

struct Checker {
    host: String,
    port: u16,
    known_hosts: PathBuf,
    found: Arc<Mutex<Option<HostKey>>>,
}

impl client::Handler for Checker {
    type Error = russh::Error;

    async fn check_server_key(
        &mut self,
        key: &PublicKeyOrCertificate,
    ) -> Result<bool, Self::Error> {
        let PublicKeyOrCertificate::PublicKey { key, .. } = key else {
            *self.found.lock().expect("not poisoned") =
                Some(HostKey::Unknown("a certificate".into()));
            return Ok(false);
        };
        let verdict =
            russh::keys::check_known_hosts_path(&self.host, self.port, key, &self.known_hosts);
        let found = match verdict {
            Ok(true) => return Ok(true),
            Ok(false) => HostKey::Unknown(key.fingerprint(HashAlg::Sha256).to_string()),
            Err(russh::keys::Error::KeyChanged { .. }) => HostKey::Changed,
            Err(_) => HostKey::Unknown(key.fingerprint(HashAlg::Sha256).to_string()),
        };
        *self.found.lock().expect("not poisoned") = Some(found);
        Ok(false)
    }
}

/// How many files one SFTP session opens before a new one is started.
const HANDLES_PER_SESSION: usize = 100;

/// An SFTP connection, in the site's folder.
pub struct Sftp {
    runtime: tokio::runtime::Runtime,
    ssh: Handle<Checker>,
    files: SftpSession,
    /// Files opened in `files` so far (see [`HANDLES_PER_SESSION`]).
    opened: usize,
    renames: RawSftpSession,
    base: String,
    /// Folders known to exist, so that each is asked about once.
    dirs: std::collections::HashSet<String>,
}

/// `[host]:port` (or `host` on port 22), as known_hosts writes it.
fn host_name(server: &Server) -> String {
    if server.port == 22 {
        server.host.clone()
    } else {
        format!("[{}]:{}", server.host, server.port)
    }
}

impl Sftp {
    /// Connects to `server`, checks its key, logs in, opens SFTP and makes the
    /// site's folder if missing.
    pub fn connect(server: &Server) -> Result<Sftp, RemoteError> {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| RemoteError::Other(e.to_string()))?;
        let (ssh, files, renames) = runtime.block_on(open(server))?;
        let mut sftp = Sftp {
            runtime,
            ssh,
            files,
            opened: 0,
            renames,
            base: server.path.trim_end_matches('/').to_string(),
            dirs: std::collections::HashSet::new(),
        };
        sftp.make_dir("")?;
        Ok(sftp)
    }

    /// Counts a file about to be opened, in a new session when due. russh-sftp reads a file
    /// handle as UTF-8 text, so a handle with a byte of 0x80 or more comes back
    /// changed and the server no longer knows it. Servers that number their
    /// handles from 0 in each session (asyncssh, found by the tests) give such a
    /// handle at the 129th file; OpenSSH reuses small numbers. A new session every
    /// 100 files keeps the numbers small.
    fn count_open(&mut self) -> Result<(), RemoteError> {
        if self.opened == HANDLES_PER_SESSION {
            let channel = self.runtime.block_on(subsystem(&self.ssh))?;
            self.files = self
                .runtime
                .block_on(SftpSession::new(channel))
                .map_err(|e| RemoteError::Other(format!("SFTP: {e}")))?;
            self.opened = 0;
        }
        self.opened += 1;
        Ok(())
    }

    fn path(&self, rel: &str) -> String {
        match (self.base.as_str(), rel) {
            ("", "") => ".".into(),
            (base, "") => base.into(),
            ("", rel) => rel.into(),
            (base, rel) => format!("{base}/{rel}"),
        }
    }
}

async fn open(
    server: &Server,
) -> Result<(Handle<Checker>, SftpSession, RawSftpSession), RemoteError> {
    let known_hosts = super::known_hosts().unwrap_or_else(|| PathBuf::from(".ssh/known_hosts"));
    let found = Arc::new(Mutex::new(None));
    let checker = Checker {
        host: server.host.clone(),
        port: server.port,
        known_hosts: known_hosts.clone(),
        found: Arc::clone(&found),
    };
    let config = Arc::new(client::Config {
        inactivity_timeout: Some(std::time::Duration::from_secs(60)),
        ..Default::default()
    });
    let address = (server.host.as_str(), server.port);
    let connecting = client::connect(config, address, checker);
    let mut ssh = match tokio::time::timeout(std::time::Duration::from_secs(20), connecting).await {
        Ok(Ok(h)) => h,
        Ok(Err(e)) => {
            let host = host_name(server);
            let known_hosts = known_hosts.display().to_string();
            return Err(match found.lock().expect("not poisoned").clone() {
                Some(HostKey::Unknown(fingerprint)) => RemoteError::UnknownHost {
                    host,
                    known_hosts,
                    fingerprint,
                },
                Some(HostKey::Changed) => RemoteError::ChangedHost { host, known_hosts },
                None => {
                    let address = format!("{}:{}", server.host, server.port);
                    match &e {
                        russh::Error::IO(io) => RemoteError::connecting(address, io),
                        _ => RemoteError::Connect(format!("{address}: {e}")),
                    }
                }
            });
        }
        Err(_) => {
            return Err(RemoteError::Silent {
                address: format!("{}:{}", server.host, server.port),
                seconds: 20,
            });
        }
    };
    log_in(&mut ssh, server).await?;
    let files = SftpSession::new(subsystem(&ssh).await?)
        .await
        .map_err(|e| RemoteError::Other(format!("SFTP: {e}")))?;
    let renames = RawSftpSession::new(subsystem(&ssh).await?);
    renames
        .init()
        .await
        .map_err(|e| RemoteError::Other(format!("SFTP: {e}")))?;
    Ok((ssh, files, renames))
}

/// A new channel with the SFTP subsystem.
async fn subsystem(
    ssh: &Handle<Checker>,
) -> Result<russh::ChannelStream<client::Msg>, RemoteError> {
    let channel = ssh
        .channel_open_session()
        .await
        .map_err(|e| RemoteError::Other(format!("SSH: {e}")))?;
    channel
        .request_subsystem(true, "sftp")
        .await
        .map_err(|e| RemoteError::Other(format!("the server offers no SFTP: {e}")))?;
    Ok(channel.into_stream())
}

/// Logs in with the agent's keys, the key files, then the password.
async fn log_in(ssh: &mut Handle<Checker>, server: &Server) -> Result<(), RemoteError> {
    let user = server.user.as_str();
    let mut tried: Vec<SshWay> = Vec::new();
    let rsa_hash = ssh.best_supported_rsa_hash().await.ok().flatten().flatten();
    if std::env::var_os("SSH_AUTH_SOCK").is_some()
        && let Ok(mut agent) = russh::keys::agent::client::AgentClient::connect_env().await
    {
        let identities = agent.request_identities().await.unwrap_or_default();
        for id in identities {
            let key = id.public_key().into_owned();
            let result = ssh
                .authenticate_publickey_with(user, key, rsa_hash, &mut agent)
                .await;
            if result.is_ok_and(|r| r.success()) {
                return Ok(());
            }
        }
        tried.push(SshWay::Agent);
    }
    for path in super::key_files() {
        let Ok(key) = russh::keys::load_secret_key(&path, None) else {
            tried.push(SshWay::LockedKey(path.display().to_string()));
            continue;
        };
        let key = PrivateKeyWithHashAlg::new(Arc::new(key), rsa_hash);
        if ssh
            .authenticate_publickey(user, key)
            .await
            .is_ok_and(|r| r.success())
        {
            return Ok(());
        }
        tried.push(SshWay::Key(path.display().to_string()));
    }
    if let Some(password) = server.password() {
        let result = ssh.authenticate_password(user, &password).await;
        if matches!(result, Ok(AuthResult::Success)) {
            return Ok(());
        }
        tried.push(SshWay::Password);
    }
    Err(RemoteError::Login {
        user: server.user.clone(),
        tried: if tried.is_empty() {
            Tried::Nothing
        } else {
            Tried::Ssh(tried)
        },
    })
}

/// An SFTP error at `path`, classified.
fn sftp_error(path: &str, e: &SftpError) -> RemoteError {
    match e {
        SftpError::Status(s) if s.status_code == StatusCode::PermissionDenied => {
            RemoteError::Refused {
                path: path.to_string(),
                detail: s.error_message.clone(),
            }
        }
        SftpError::Status(s) if s.error_message.to_lowercase().contains("no space") => {
            RemoteError::Full(path.to_string())
        }
        SftpError::Status(s) if s.status_code == StatusCode::Failure => {
            RemoteError::Other(format!(
                "{path}: the server failed ({}); a full disk or a quota are common causes",
                s.error_message
            ))
        }
        other => RemoteError::Other(format!("{path}: {other}")),
    }
}

/// The `posix-rename@openssh.com` request's data: the two paths as SSH strings.
fn two_strings(a: &str, b: &str) -> Vec<u8> {
    let mut data = Vec::with_capacity(a.len() + b.len() + 8);
    for s in [a, b] {
        data.extend_from_slice(&(s.len() as u32).to_be_bytes());
        data.extend_from_slice(s.as_bytes());
    }
    data
}

impl Remote for Sftp {
    fn read(&mut self, rel: &str) -> Result<Option<Vec<u8>>, RemoteError> {
        let path = self.path(rel);
        self.count_open()?;
        match self.runtime.block_on(self.files.read(path.as_str())) {
            Ok(b) => Ok(Some(b)),
            Err(SftpError::Status(s)) if s.status_code == StatusCode::NoSuchFile => Ok(None),
            Err(e) => Err(sftp_error(&path, &e)),
        }
    }

    fn make_dir(&mut self, rel: &str) -> Result<(), RemoteError> {
        let full = self.path(rel);
        let absolute = full.starts_with('/');
        let mut sofar = String::new();
        for part in full.split('/').filter(|p| !p.is_empty() && *p != ".") {
            if absolute || !sofar.is_empty() {
                sofar.push('/');
            }
            sofar.push_str(part);
            if self.dirs.contains(&sofar) {
                continue;
            }
            let exists = self.runtime.block_on(self.files.try_exists(sofar.as_str()));
            if !exists.is_ok_and(|e| e) {
                self.runtime
                    .block_on(self.files.create_dir(sofar.as_str()))
                    .map_err(|e| sftp_error(&sofar, &e))?;
            }
            self.dirs.insert(sofar.clone());
        }
        Ok(())
    }

    fn write(&mut self, rel: &str, bytes: &[u8]) -> Result<(), RemoteError> {
        use tokio::io::AsyncWriteExt;
        let path = self.path(rel);
        self.count_open()?;
        self.runtime
            .block_on(async {
                let mut f = self.files.create(path.as_str()).await?;
                f.write_all(bytes)
                    .await
                    .map_err(|e| SftpError::IO(e.to_string()))?;
                f.shutdown()
                    .await
                    .map_err(|e| SftpError::IO(e.to_string()))?;
                Ok::<(), SftpError>(())
            })
            .map_err(|e| match e {
                // A write the server refused midway: most often a full disk.
                SftpError::IO(msg) if msg.to_lowercase().contains("failure") => {
                    RemoteError::Full(path.clone())
                }
                e => sftp_error(&path, &e),
            })
    }

    fn rename(&mut self, from: &str, to: &str) -> Result<(), RemoteError> {
        let (from, to) = (self.path(from), self.path(to));
        let reply = self.runtime.block_on(
            self.renames
                .extended("posix-rename@openssh.com", two_strings(&from, &to)),
        );
        match reply {
            Ok(Packet::Status(s)) if s.status_code == StatusCode::Ok => Ok(()),
            Ok(Packet::Status(s)) if s.status_code != StatusCode::OpUnsupported => {
                Err(sftp_error(&to, &SftpError::Status(s)))
            }
            // A server without the extension: replace the old file, then rename.
            _ => {
                let _ = self.runtime.block_on(self.files.remove_file(to.as_str()));
                self.runtime
                    .block_on(self.files.rename(from.as_str(), to.as_str()))
                    .map_err(|e| sftp_error(&to, &e))
            }
        }
    }

    fn remove(&mut self, rel: &str) -> Result<(), RemoteError> {
        let path = self.path(rel);
        match self.runtime.block_on(self.files.remove_file(path.as_str())) {
            Ok(()) => Ok(()),
            Err(SftpError::Status(s)) if s.status_code == StatusCode::NoSuchFile => Ok(()),
            Err(e) => Err(sftp_error(&path, &e)),
        }
    }

    fn remove_dir(&mut self, rel: &str) -> Result<(), RemoteError> {
        let path = self.path(rel);
        if self
            .runtime
            .block_on(self.files.remove_dir(path.as_str()))
            .is_ok()
        {
            self.dirs.remove(&path);
        }
        Ok(())
    }

    fn list(&mut self, rel: &str) -> Result<Vec<String>, RemoteError> {
        let path = self.path(rel);
        let Ok(dir) = self.runtime.block_on(self.files.read_dir(path.as_str())) else {
            return Ok(Vec::new());
        };
        Ok(dir
            .filter(|e| e.file_type().is_file())
            .map(|e| e.file_name())
            .collect())
    }
}
