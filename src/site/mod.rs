//! The site model: every entry, page, author, department and tag, and the indexes
//! that listings are made from. Built once per build; pages read it, never copy it.

pub mod indexes;
pub mod load;
pub mod resolve;
pub mod urls;

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

use crate::config::Config;
use crate::config::kinds::Kind;
use crate::data::Category;
use crate::lang::Lang;
use crate::lang::dates::{AcademicYear, EntryDate};

pub use indexes::Indexes;

/// A file attached to an entry, as shown on its page.
#[derive(Debug, Clone)]
pub struct Attachment {
    pub title: String,
    /// Site-relative URL of the copied file.
    pub url: String,
    /// Upper-case extension: PDF, DOCX, PPTX, …
    pub format: String,
    pub size: u64,
}

/// Markdown text with where it comes from.
#[derive(Debug, Clone)]
pub struct Doc {
    pub source: PathBuf,
    pub title: String,
    pub body: String,
    pub body_line: usize,
    pub lang: Option<Lang>,
}

#[derive(Debug, Clone)]
pub struct Entry {
    pub doc: Doc,
    pub kind: usize,
    pub slug: String,
    /// Site-relative folder of its page, like `seminars/slug/`.
    pub dir: String,
    pub date: EntryDate,
    pub year: AcademicYear,
    pub authors: Vec<usize>,
    pub department: Option<usize>,
    pub subject: Option<String>,
    pub tags: Vec<usize>,
    pub summary: Option<String>,
    pub lang: Lang,
    pub exhibit: bool,
    /// Site-relative URL of the cover image.
    pub cover: Option<String>,
    pub attachments: Vec<Attachment>,
    /// Kind-specific fields (`level` already normalised to its id).
    pub details: Vec<(String, String)>,
}

#[derive(Debug, Clone)]
pub struct Author {
    pub id: String,
    pub name: String,
    pub category: Category,
    pub department: Option<usize>,
    pub position: Option<String>,
    /// Source photo and the site-relative URL it is copied to.
    pub photo: Option<(PathBuf, String)>,
    /// Whether the author is described in data/authors.yaml.
    pub known: bool,
}

#[derive(Debug, Clone)]
pub struct Department {
    pub id: String,
    pub name: String,
    pub name_ru: Option<String>,
    pub name_en: Option<String>,
    pub head: Option<usize>,
}

impl Department {
    pub fn name_in(&self, lang: Lang) -> &str {
        match lang {
            Lang::Ru => self.name_ru.as_deref().unwrap_or(&self.name),
            Lang::En => self.name_en.as_deref().unwrap_or(&self.name),
            Lang::Kk => &self.name,
        }
    }
}

#[derive(Debug, Clone)]
pub struct Tag {
    pub name: String,
    pub slug: String,
}

/// A static page such as the regulation.
#[derive(Debug, Clone)]
pub struct Page {
    pub doc: Doc,
    pub slug: String,
    pub dir: String,
    pub menu: Option<i64>,
}

/// A file copied to the output as it is.
#[derive(Debug, Clone)]
pub struct Asset {
    pub source: PathBuf,
    /// Site-relative output path.
    pub dest: String,
}

pub struct Site {
    pub config: Config,
    /// Newest first.
    pub entries: Vec<Entry>,
    /// In Kazakh alphabetical order.
    pub authors: Vec<Author>,
    /// In Kazakh alphabetical order.
    pub departments: Vec<Department>,
    /// In Kazakh alphabetical order.
    pub tags: Vec<Tag>,
    pub pages: Vec<Page>,
    pub home: Option<Doc>,
    pub kind_intros: Vec<Option<Doc>>,
    pub forewords: Vec<(AcademicYear, Doc)>,
    pub assets: Vec<Asset>,
    /// Source path of every Markdown file that becomes a page → its site-relative folder.
    pub page_of_source: HashMap<PathBuf, String>,
    /// Asset source path → site-relative output path.
    pub asset_dest: HashMap<PathBuf, String>,
    /// Markdown files that had errors and so have no page.
    pub failed_sources: HashSet<PathBuf>,
    pub drafts_skipped: usize,
    pub index: Indexes,
}

impl Site {
    pub fn kind(&self, entry: &Entry) -> &Kind {
        &self.config.kinds[entry.kind]
    }

    /// Files copied to the output as they are: content assets and author photos,
    /// each with its site-relative destination.
    pub fn copied_files(&self) -> Vec<(PathBuf, String)> {
        self.assets
            .iter()
            .map(|a| (a.source.clone(), a.dest.clone()))
            .chain(self.authors.iter().filter_map(|a| a.photo.clone()))
            .collect()
    }
}
