//! Reading `content/`: finding the files, splitting and checking their front matter.

pub mod front_matter;
pub mod history;
pub mod list_file;
pub mod plan;
pub mod source;
pub mod walk;
