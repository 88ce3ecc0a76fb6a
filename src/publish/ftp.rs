//! Publishing over FTP, and FTPS (explicit TLS, checked against the system's
//! certificate authorities, or the ones `SSL_CERT_FILE` names), with `suppaftp`.

use std::io::Cursor;
use std::sync::Arc;

use suppaftp::{FtpError, RustlsConnector, RustlsFtpStream, Status};

use super::remote::{Remote, RemoteError, Tried};
use super::target::Server;

/// An FTP connection, in the site's folder.
pub struct Ftp {
    stream: RustlsFtpStream,
    /// The site's folder on the server, without a `/` at its end.
    base: String,
}

/// The TLS settings of FTPS: the system's certificate authorities.
fn tls_config() -> Result<Arc<rustls::ClientConfig>, RemoteError> {
    let mut roots = rustls::RootCertStore::empty();
    let found = rustls_native_certs::load_native_certs();
    for cert in found.certs {
        let _ = roots.add(cert);
    }
    if roots.is_empty() {
        return Err(RemoteError::Other(
            "no certificate authorities found on this computer to check the FTPS server with"
                .into(),
        ));
    }
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| RemoteError::Other(e.to_string()))?
        .with_root_certificates(roots)
        .with_no_client_auth();
    Ok(Arc::new(config))
}

impl Ftp {
    /// Connects and logs in to `server` (over TLS when `tls`), and makes the
    /// site's folder if missing.
    pub fn connect(server: &Server, tls: bool) -> Result<Ftp, RemoteError> {
        let address = format!("{}:{}", server.host, server.port);
        let mut stream = RustlsFtpStream::connect(address.as_str()).map_err(|e| match &e {
            FtpError::ConnectionError(io) => RemoteError::connecting(address.clone(), io),
            _ => RemoteError::Connect(format!("{address}: {e}")),
        })?;
        if tls {
            let connector = RustlsConnector::from(tls_config()?);
            stream = stream
                .into_secure(connector, &server.host)
                .map_err(|e| RemoteError::Connect(format!("{address} (TLS): {e}")))?;
        }
        let given = server.password();
        let password = given.clone().unwrap_or_default();
        stream
            .login(server.user.as_str(), password.as_str())
            .map_err(|e| RemoteError::Login {
                user: server.user.clone(),
                tried: match given {
                    Some(_) => Tried::Password(words(&e)),
                    None => Tried::NoPassword(words(&e)),
                },
            })?;
        stream
            .transfer_type(suppaftp::types::FileType::Binary)
            .map_err(|e| RemoteError::Other(words(&e)))?;
        let mut ftp = Ftp {
            stream,
            base: server.path.trim_end_matches('/').to_string(),
        };
        ftp.make_dir("")?;
        Ok(ftp)
    }

    fn path(&self, rel: &str) -> String {
        if rel.is_empty() {
            return if self.base.is_empty() {
                "/".into()
            } else {
                self.base.clone()
            };
        }
        format!("{}/{rel}", self.base)
    }
}

/// The server's reply, in words.
fn words(e: &FtpError) -> String {
    match e {
        FtpError::UnexpectedResponse(r) => {
            let code = r.status.code().to_string();
            let body = String::from_utf8_lossy(&r.body).trim().to_string();
            // The reply's text usually starts with its code already.
            match body.starts_with(&code) {
                true => body,
                false => format!("{code} {body}"),
            }
        }
        other => other.to_string(),
    }
}

/// An FTP error while writing `path`, classified.
fn write_error(path: &str, e: &FtpError) -> RemoteError {
    match e {
        FtpError::UnexpectedResponse(r) => match r.status {
            Status::ExceededStorage => RemoteError::Full(path.to_string()),
            Status::FileUnavailable | Status::BadFilename | Status::NotLoggedIn => {
                RemoteError::Refused {
                    path: path.to_string(),
                    detail: words(e),
                }
            }
            // 452: insufficient storage.
            _ if r.status.code() == 452 => RemoteError::Full(path.to_string()),
            _ => RemoteError::Other(format!("{path}: {}", words(e))),
        },
        _ => RemoteError::Other(format!("{path}: {}", words(e))),
    }
}

impl Remote for Ftp {
    fn read(&mut self, rel: &str) -> Result<Option<Vec<u8>>, RemoteError> {
        let path = self.path(rel);
        match self.stream.retr_as_buffer(&path) {
            Ok(buf) => Ok(Some(buf.into_inner())),
            Err(FtpError::UnexpectedResponse(r)) if r.status == Status::FileUnavailable => Ok(None),
            Err(e) => Err(RemoteError::Other(format!("{path}: {}", words(&e)))),
        }
    }

    fn make_dir(&mut self, rel: &str) -> Result<(), RemoteError> {
        let full = self.path(rel);
        let mut sofar = String::new();
        for part in full.split('/').filter(|p| !p.is_empty()) {
            sofar.push('/');
            sofar.push_str(part);
            if self.stream.cwd(&sofar).is_ok() {
                continue;
            }
            self.stream
                .mkdir(&sofar)
                .map_err(|e| write_error(&sofar, &e))?;
        }
        Ok(())
    }

    fn write(&mut self, rel: &str, bytes: &[u8]) -> Result<(), RemoteError> {
        let path = self.path(rel);
        self.stream
            .put_file(&path, &mut Cursor::new(bytes))
            .map(drop)
            .map_err(|e| write_error(&path, &e))
    }

    fn rename(&mut self, from: &str, to: &str) -> Result<(), RemoteError> {
        let (from, to) = (self.path(from), self.path(to));
        self.stream
            .rename(&from, &to)
            .map_err(|e| write_error(&to, &e))
    }

    fn remove(&mut self, rel: &str) -> Result<(), RemoteError> {
        let path = self.path(rel);
        match self.stream.rm(&path) {
            Ok(()) => Ok(()),
            // Not there (or not removable, which the next listing would show).
            Err(FtpError::UnexpectedResponse(r)) if r.status == Status::FileUnavailable => Ok(()),
            Err(e) => Err(write_error(&path, &e)),
        }
    }

    fn remove_dir(&mut self, rel: &str) -> Result<(), RemoteError> {
        let _ = self.stream.rmdir(self.path(rel));
        Ok(())
    }

    fn list(&mut self, rel: &str) -> Result<Vec<String>, RemoteError> {
        let path = self.path(rel);
        Ok(self
            .stream
            .nlst(Some(&path))
            .unwrap_or_default()
            .into_iter()
            .filter_map(|n| n.rsplit('/').next().map(str::to_string))
            .filter(|n| !n.is_empty() && n != "." && n != "..")
            .collect())
    }
}

impl Drop for Ftp {
    fn drop(&mut self) {
        let _ = self.stream.quit();
    }
}
