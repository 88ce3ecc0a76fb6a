//! Language-specific work: slugs, Kazakh collation, dates, UI strings, the form a noun
//! takes after a number, how much of a text the printed catalogue takes, and where a
//! word may break.

pub mod collation;
pub mod dates;
pub mod fit;
pub mod fold;
pub mod guess;
pub mod hyphen;
pub mod lookalike;
pub mod nbsp;
pub mod period;
pub mod plural;
pub mod quotes;
pub mod range;
pub mod slug;
pub mod strings;

// The languages are defined beside the messages, below every other module, so that
// diagnostics can be said in each of them without an import cycle.
pub use crate::messages::Lang;
