//! Reading `content/`: finding the files, splitting and checking their front matter;
//! and the sections a new entry starts with.

pub mod dashes;
pub mod front_matter;
pub mod history;
pub mod list_file;
pub mod plan;
pub mod skeleton;
pub mod walk;
