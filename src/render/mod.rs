//! Rendering the site model into pages: one job per output file, run in parallel.

pub mod alternates;
pub mod cards;
pub mod chart;
pub mod context;
pub mod ejected;
mod entry;
pub mod fields;
pub mod figures;
mod moved;
pub mod page;
mod people;
pub mod plan;
pub mod plural;
pub mod prepared;
pub mod templates;
pub mod theme;
pub mod value;

use crate::lang::strings::Strings;

pub use crate::lang::strings::ui;

/// `1.2 МБ`, `340 КБ`: sizes as people read them, in the UI language's units.
pub fn human_size(bytes: u64, strings: &Strings) -> String {
    let kb = ui(strings, "unit_kb");
    let mb = ui(strings, "unit_mb");
    let sep = ui(strings, "decimal_separator");
    if bytes >= 1024 * 1024 {
        let v = bytes as f64 / (1024.0 * 1024.0);
        format!("{:.1} {mb}", v).replace('.', sep)
    } else {
        format!("{} {kb}", bytes.div_ceil(1024).max(1))
    }
}
