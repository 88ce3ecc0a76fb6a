//! Keeping `ozyq serve` alive through its own bugs: a panic in a rebuild or in the
//! PDF worker would end the thread that runs it, and with it every later rebuild,
//! while the server went on serving stale pages without a word. Caught, it is
//! reported like a build error and the next change is tried again.

use std::any::Any;
use std::fmt;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::PathBuf;

use crate::diagnostics::{Diagnostic, Location};

/// What a caught panic said.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PanicMessage(pub String);

impl fmt::Display for PanicMessage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl PanicMessage {
    /// The error shown for it (terminal and overlay): at the file whose change the
    /// failed work followed, `what` naming the work.
    pub fn diagnostic(&self, file: PathBuf, what: &str) -> Diagnostic {
        Diagnostic::error(
            Location::file(file),
            format!("{what} stopped with an internal error (a bug in ozyq): {self}"),
        )
        .with_hint(
            "the last good pages are shown; the next saved change is tried again. \
             Please report this with the file you changed",
        )
    }
}

/// Runs `f`, turning a panic into its message. The caller must not trust what `f`
/// left half-changed (hence `AssertUnwindSafe`): the rebuild engine starts over.
pub fn run_guarded<T>(f: impl FnOnce() -> T) -> Result<T, PanicMessage> {
    catch_unwind(AssertUnwindSafe(f)).map_err(|p| PanicMessage(message_of(p.as_ref())))
}

/// The text a panic was raised with (`panic!` gives a `&str` or a `String`).
fn message_of(payload: &(dyn Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "(a panic without a message)".to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_becomes_its_message_and_values_pass_through() {
        assert_eq!(run_guarded(|| 2 + 2), Ok(4));
        assert_eq!(
            run_guarded(|| -> u8 { panic!("end byte index 7 is not a char boundary") }),
            Err(PanicMessage(
                "end byte index 7 is not a char boundary".into()
            ))
        );
        let n = 3;
        assert_eq!(
            run_guarded(|| -> u8 { panic!("entry {n} of {}", 5) }),
            Err(PanicMessage("entry 3 of 5".into()))
        );
        assert_eq!(
            run_guarded(|| std::panic::panic_any(42_u32)),
            Err::<(), _>(PanicMessage("(a panic without a message)".into()))
        );
        // State the closure changed before the panic is the caller's to distrust.
        let mut v = vec![1];
        let r = run_guarded(|| {
            v.push(2);
            panic!("halfway")
        });
        assert_eq!(r, Err::<(), _>(PanicMessage("halfway".into())));
        assert_eq!(v, [1, 2]);
    }

    #[test]
    fn the_diagnostic_names_the_work_and_says_what_happens_next() {
        let d = PanicMessage("boom".into()).diagnostic("content/a.md".into(), "the rebuild");
        assert!(d.is_error());
        assert_eq!(d.location, Location::file("content/a.md"));
        assert_eq!(
            d.message,
            "the rebuild stopped with an internal error (a bug in ozyq): boom"
        );
        assert!(d.hint.as_deref().is_some_and(|h| h.contains("tried again")));
    }
}
