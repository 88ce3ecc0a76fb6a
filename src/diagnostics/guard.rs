//! Surviving a bug: a panic in work that can be given up on its own (a rebuild of
//! `ozyq serve`, one catalogue's Typst compilation) is caught and becomes an error
//! of that work, instead of ending the thread and everything after it.

use std::any::Any;
use std::fmt;
use std::panic::{AssertUnwindSafe, catch_unwind};

/// What a caught panic said.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PanicMessage(pub String);

impl fmt::Display for PanicMessage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Runs `f`, turning a panic into its message. The caller must not trust what `f`
/// left half-changed (hence `AssertUnwindSafe`): it throws that away or starts over.
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
    fn a_panic_on_another_thread_of_the_work_is_caught_too() {
        // Typst lays pages out on rayon's threads; their panics come back to the caller.
        use rayon::prelude::*;
        let r = run_guarded(|| {
            (0..64).into_par_iter().for_each(|i| {
                if i == 40 {
                    panic!("page {i}");
                }
            })
        });
        assert_eq!(r, Err(PanicMessage("page 40".into())));
    }
}
