//! ozyq: a static site generator for the publications of a college's School of
//! Advanced Pedagogical Experience (Озық тәжірибе мектебі).
//!
//! The data flows load → model → render → write: [`config`], [`content`] and [`data`]
//! read the site; [`site`] builds the model and its indexes; [`markdown`] and
//! [`render`] make pages; [`output`] writes them atomically. [`build`] runs it all;
//! [`serve`] serves the site and rebuilds what each change affects.

#![warn(missing_docs)]

pub mod build;
pub mod catalogue;
pub mod config;
pub mod content;
pub mod data;
pub mod diagnostics;
pub mod lang;
pub mod markdown;
pub mod output;
pub mod paths;
pub mod pipeline;
pub mod render;
pub mod scaffold;
pub mod search;
pub mod serve;
pub mod site;
pub mod yaml;
