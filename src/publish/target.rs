//! The publish targets of config.yaml (`publish: {college: {url: …}}`), checked:
//! a known scheme, a host and a user where one is needed, and no password.

use crate::t;
use std::path::PathBuf;

use crate::config::{Config, PASSWORD_ENV, PublishTarget};
use crate::diagnostics::{Diagnostic, Severity};
use crate::messages::Text;

use super::keyring;

/// How a target is reached.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Address {
    /// SSH File Transfer Protocol.
    Sftp(Server),
    /// Plain FTP (or FTPS, with TLS, when `tls`).
    Ftp {
        /// Where.
        server: Server,
        /// Whether the connection is encrypted (explicit TLS, `ftps://`).
        tls: bool,
    },
    /// A folder: a mounted share or a USB stick.
    Folder(PathBuf),
}

/// A server and the folder on it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Server {
    /// Host name or address.
    pub host: String,
    /// Port.
    pub port: u16,
    /// Who to log in as.
    pub user: String,
    /// The site's folder on the server (for FTP, from the FTP root).
    pub path: String,
    /// The password, from the environment, when set there.
    pub password: Option<String>,
    /// The account its password is kept under in the system's keyring when the
    /// environment has none ([`keyring::account`]).
    pub keyring_account: String,
}

impl Server {
    /// The password to log in with: the environment's, else the one kept in the
    /// system's keyring. Asked for only when needed, since a locked keyring may
    /// ask the user to unlock it, which a login by key should not cause.
    pub fn password(&self) -> Option<String> {
        (self.password.clone()).or_else(|| keyring::find(&self.keyring_account))
    }
}

impl Address {
    /// The account of its server's password in the system's keyring (none for a
    /// folder).
    pub fn keyring_account(&self) -> Option<&str> {
        match self {
            Address::Sftp(server) | Address::Ftp { server, .. } => Some(&server.keyring_account),
            Address::Folder(_) => None,
        }
    }
}

/// A checked target.
#[derive(Debug, Clone)]
pub struct Target {
    /// Its name in config.yaml.
    pub name: String,
    /// Its URL as written.
    pub url: String,
    /// How it is reached.
    pub address: Address,
}

/// The target `wanted` names (or the only one), checked.
pub fn choose(config: &Config, wanted: Option<&str>) -> Result<Target, Diagnostic> {
    let at = |name: &str, key: &str| {
        crate::yaml::key_path_location(&config.text, &["publish", name, key], &config.file, 1)
    };
    let names: Vec<&str> = config.publish.keys().map(String::as_str).collect();
    let name = match (wanted, names.as_slice()) {
        (_, []) => {
            return Err(Diagnostic::error(
                crate::diagnostics::Location::file(&config.file),
                t!("publish-target-config-yaml-names-no"),
            )
            .with_hint(t!("publish-target-add-e-g-publish-hint")));
        }
        (None, [one]) => one.to_string(),
        (None, _) => {
            return Err(Diagnostic::error(
                crate::diagnostics::Location::command_line(),
                t!("publish-target-config-yaml-names-several"),
            )
            .with_hint(t!(
                "publish-target-e-g-ozyq-publish-hint",
                first = (names[0]).to_string(),
                names = (names.join(", ")).to_string()
            )));
        }
        (Some(w), _) if names.contains(&w) => w.to_string(),
        (Some(w), _) => {
            let places = names.join(", ");
            let hint = match crate::diagnostics::nearest(w, names.iter().copied()) {
                Some(n) => t!(
                    "publish-target-did-you-mean-hint",
                    name = n,
                    places = places
                ),
                None => t!("publish-target-places-hint", places = places),
            };
            return Err(Diagnostic::error(
                crate::diagnostics::Location::command_line(),
                t!("publish-target-config-yaml-s-publish", w = w.to_string()),
            )
            .with_hint(hint));
        }
    };
    let t = &config.publish[&name];
    // What every command warns of, `publish` refuses.
    if let Some(mut d) = t.written_password(&name, &config.text, &config.file) {
        d.severity = Severity::Error;
        return Err(d);
    }
    let address = address(t).map_err(|msg| {
        Diagnostic::error(
            at(&name, "url"),
            t!(
                "publish-target-publish-target",
                name = name.to_string(),
                msg = msg
            ),
        )
        .with_hint(t!("publish-target-write-like-sftp-user-hint"))
    })?;
    Ok(Target {
        name,
        url: t.url.clone(),
        address,
    })
}

/// How `t` is reached, or what is wrong with its URL.
fn address(t: &PublishTarget) -> Result<Address, Text> {
    let written = t.url.as_str();
    // The URL parser's words (English) say what in the text is wrong.
    let url = url::Url::parse(t.url.trim()).map_err(|e| {
        t!(
            "publish-target-not-a-url",
            url = written,
            error = e.to_string()
        )
    })?;
    if url.scheme() == "file" {
        return url
            .to_file_path()
            .map(Address::Folder)
            .map_err(|()| t!("publish-target-not-a-folder", url = written));
    }
    let port = match url.scheme() {
        "sftp" => 22,
        "ftp" | "ftps" => 21,
        other => {
            return Err(t!("publish-target-unknown-scheme", scheme = other));
        }
    };
    let host = url
        .host_str()
        .filter(|h| !h.is_empty())
        .ok_or_else(|| t!("publish-target-no-host", url = written))?
        .trim_matches(['[', ']'])
        .to_string();
    if url.password().is_some() {
        return Err(t!("publish-target-password-in-url"));
    }
    let decode = |s: &str| {
        percent_encoding::percent_decode_str(s)
            .decode_utf8_lossy()
            .into_owned()
    };
    let user = match url.username() {
        "" if url.scheme() == "sftp" => std::env::var("USER").unwrap_or_else(|_| "root".into()),
        "" => "anonymous".into(),
        u => decode(u),
    };
    let env = t.password_env.as_deref().unwrap_or(PASSWORD_ENV);
    let mut server = Server {
        host,
        port: url.port().unwrap_or(port),
        user,
        path: decode(url.path()),
        password: std::env::var(env).ok().filter(|p| !p.is_empty()),
        keyring_account: String::new(),
    };
    server.keyring_account = keyring::account(url.scheme(), &server);
    Ok(match url.scheme() {
        "sftp" => Address::Sftp(server),
        scheme => Address::Ftp {
            server,
            tls: scheme == "ftps",
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(url: &str) -> Result<Address, Text> {
        address(&PublishTarget {
            url: url.into(),
            password_env: Some("OZYQ_TEST_NO_SUCH_VARIABLE".into()),
            password: None,
        })
    }

    #[test]
    fn urls_read_as_addresses() {
        let Address::Sftp(s) = of("sftp://otm%20web@college.kz:2222/var/www/otm").unwrap() else {
            panic!()
        };
        assert_eq!(
            (s.host.as_str(), s.port, s.user.as_str()),
            ("college.kz", 2222, "otm web")
        );
        assert_eq!(s.path, "/var/www/otm");
        let Address::Ftp { server, tls } = of("ftps://u@127.0.0.1/otm").unwrap() else {
            panic!()
        };
        assert!(tls);
        assert_eq!((server.port, server.path.as_str()), (21, "/otm"));
        assert_eq!(
            of("file:///mnt/share/otm").unwrap(),
            Address::Folder("/mnt/share/otm".into())
        );
        for bad in [
            "http://college.kz/otm",
            "sftp:///otm",
            "not a url",
            "ftp://u:secret@h/otm",
        ] {
            assert!(of(bad).is_err(), "{bad}");
        }
    }
}
