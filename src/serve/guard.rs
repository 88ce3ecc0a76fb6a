//! Keeping `ozyq serve` alive through its own bugs: a panic in a rebuild or in the
//! PDF worker would end the thread that runs it, and with it every later rebuild,
//! while the server went on serving stale pages without a word. Caught, it is
//! reported like a build error and the next change is tried again.

use crate::t;
use std::path::PathBuf;

pub use crate::diagnostics::guard::{PanicMessage, run_guarded};
use crate::diagnostics::{Diagnostic, Location};
use crate::messages::Text;

/// How serve reports a caught panic.
pub trait Report {
    /// The error shown for it (terminal and overlay): at the file whose change the
    /// failed work followed, `what` naming the work (`the rebuild`).
    fn diagnostic(&self, file: PathBuf, what: Text) -> Diagnostic;
}

impl Report for PanicMessage {
    fn diagnostic(&self, file: PathBuf, what: Text) -> Diagnostic {
        Diagnostic::error(
            Location::file(file),
            t!(
                "serve-guard-stopped-internal-error-bug",
                what = what,
                panic = self.to_string()
            ),
        )
        .with_hint(t!("serve-guard-last-good-pages-are-hint"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_diagnostic_names_the_work_and_says_what_happens_next() {
        let d =
            PanicMessage("boom".into()).diagnostic("content/a.md".into(), t!("serve-work-rebuild"));
        assert!(d.is_error());
        assert_eq!(d.location, Location::file("content/a.md"));
        assert_eq!(
            d.message,
            "the rebuild stopped with an internal error (a bug in ozyq): boom"
        );
        assert!(d.hint.as_deref().is_some_and(|h| h.contains("tried again")));
    }
}
