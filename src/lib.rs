//! ozyq: a static site generator for the publications of a college's School of
//! Advanced Pedagogical Experience (Озық тәжірибе мектебі).
//!
//! The data flows load → model → render → write: [`config`], [`content`] and [`data`]
//! read the site; [`site`] builds the model and its indexes; [`markdown`] and
//! [`render`] make pages; [`output`] writes them atomically. [`build`] runs it all;
//! [`serve`] serves the site and rebuilds what each change affects.

#![warn(missing_docs)]

/// Defines an id: the place of an item in one of the site's collections (a
/// `TiVec` keyed by the id), so that the index of one collection cannot index
/// another. `u32` keeps the many lists of ids half as large as `usize` would.
macro_rules! typed_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
        pub struct $name(u32);

        impl From<usize> for $name {
            fn from(i: usize) -> Self {
                Self(u32::try_from(i).expect("fewer than 2³² items in a collection"))
            }
        }

        impl From<$name> for usize {
            fn from(id: $name) -> usize {
                id.0 as usize
            }
        }
    };
}

pub mod build;
pub mod catalogue;
pub mod config;
pub mod content;
pub mod data;
pub mod diagnostics;
pub mod fonts;
pub mod images;
pub mod lang;
pub mod markdown;
pub mod memory;
pub mod messages;
pub mod output;
pub mod paths;
pub mod pipeline;
pub mod portfolio;
pub mod publish;
pub mod render;
pub mod report;
pub mod scaffold;
pub mod search;
pub mod serve;
pub mod site;
pub mod source;
pub mod spelling;
pub mod yaml;
