//! Publish passwords kept in the operating system's keyring: the Windows
//! Credential Manager, the macOS Keychain, or the Secret Service of a Linux desktop
//! (GNOME Keyring, KWallet). A password there is found by the service `ozyq` and an
//! account named after the server and the login ([`account`]), so that a user can
//! also see, change or remove it with the system's own tools.

use crate::t;

use crate::messages::Text;

use super::target::Server;

/// The service name every ozyq password is kept under.
pub const SERVICE: &str = "ozyq";

/// What went wrong with the keyring.
#[derive(Debug, thiserror::Error)]
pub enum KeyringError {
    /// There is no keyring to talk to (no Secret Service on a Linux machine without
    /// a desktop session, say), or it refused access (locked).
    #[error("the system's keyring cannot be used: {0}")]
    Unavailable(String),
    /// Nothing is kept for this account.
    #[error("no password is kept for {0}")]
    NotFound(String),
}

impl KeyringError {
    /// What to tell the user, in their language.
    pub fn text(&self) -> Text {
        match self {
            KeyringError::Unavailable(words) => {
                t!("publish-keyring-unavailable", words = words.as_str())
            }
            KeyringError::NotFound(account) => {
                t!("publish-keyring-not-found", account = account.as_str())
            }
        }
    }

    /// What to do about it.
    pub fn hint(&self) -> Text {
        match self {
            KeyringError::Unavailable(_) => t!("publish-keyring-unavailable-hint"),
            KeyringError::NotFound(_) => t!("publish-keyring-not-found-hint"),
        }
    }
}

/// The account a server's password is kept under: `sftp://user@host:port`, without
/// the folder, since the password belongs to the login, not to one folder.
pub fn account(scheme: &str, server: &Server) -> String {
    let host = match server.host.contains(':') {
        true => format!("[{}]", server.host),
        false => server.host.clone(),
    };
    format!("{scheme}://{}@{host}:{}", server.user, server.port)
}

/// The password kept for `account`, if the keyring has one. A keyring that cannot
/// be reached counts as holding none: the password may come from elsewhere, and
/// the login failure that follows says where to put one.
pub fn find(account: &str) -> Option<String> {
    entry(account).ok()?.get_password().ok()
}

/// Keeps `password` for `account`, replacing the one kept before.
pub fn save(account: &str, password: &str) -> Result<(), KeyringError> {
    entry(account)?
        .set_password(password)
        .map_err(|e| unavailable(&e))
}

/// Removes the password kept for `account`.
pub fn forget(account: &str) -> Result<(), KeyringError> {
    match entry(account)?.delete_credential() {
        Ok(()) => Ok(()),
        Err(keyring_core::Error::NoEntry) => Err(KeyringError::NotFound(account.to_string())),
        Err(e) => Err(unavailable(&e)),
    }
}

fn entry(account: &str) -> Result<keyring_core::Entry, KeyringError> {
    store()?;
    keyring_core::Entry::new(SERVICE, account).map_err(|e| unavailable(&e))
}

fn unavailable(e: &keyring_core::Error) -> KeyringError {
    KeyringError::Unavailable(e.to_string())
}

/// Chooses the system's keyring for this process, once.
fn store() -> Result<(), KeyringError> {
    static CHOSEN: std::sync::OnceLock<Result<(), String>> = std::sync::OnceLock::new();
    CHOSEN
        .get_or_init(|| {
            let store = system_store().map_err(|e| e.to_string())?;
            keyring_core::set_default_store(store);
            Ok(())
        })
        .clone()
        .map_err(KeyringError::Unavailable)
}

#[cfg(target_os = "windows")]
fn system_store() -> keyring_core::Result<std::sync::Arc<keyring_core::CredentialStore>> {
    Ok(windows_native_keyring_store::Store::new()?)
}

#[cfg(target_os = "macos")]
fn system_store() -> keyring_core::Result<std::sync::Arc<keyring_core::CredentialStore>> {
    Ok(apple_native_keyring_store::keychain::Store::new()?)
}

#[cfg(all(unix, not(target_os = "macos")))]
fn system_store() -> keyring_core::Result<std::sync::Arc<keyring_core::CredentialStore>> {
    Ok(zbus_secret_service_keyring_store::Store::new()?)
}
