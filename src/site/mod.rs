//! The site model: every entry, page, author, department and tag, and the indexes
//! that listings are made from. Built once per build; pages read it, never copy it.

pub mod addresses;
pub mod body;
pub mod copies;
pub mod entry;
pub mod fields;
pub mod figures;
pub mod imprint;
pub mod indexes;
pub mod load;
pub mod photos;
pub mod plan;
pub mod portfolio;
pub mod published;
mod record_copy;
pub mod reorder;
mod resemble;
pub mod resolve;
pub mod tongues;
pub mod unlinked;
pub mod urls;

use std::path::PathBuf;
use typed_index_collections::TiVec;

use crate::config::Config;
use crate::config::kinds::{Kind, KindId};
use crate::data::Category;
use crate::diagnostics::Located;
use crate::lang::Lang;
use crate::lang::dates::{AcademicYear, EntryDate};
use crate::paths::{PathMap, PathSet};
use chrono::NaiveDate;

pub use addresses::{Redirect, RedirectId, Withdrawn, WithdrawnId};
pub use indexes::{Indexes, Neighbours, YearEntries};
pub use tongues::{LangId, Tongue};

typed_id!(
    /// An entry's place in [`Site::entries`].
    EntryId
);
typed_id!(
    /// An author's place in [`Site::authors`].
    AuthorId
);
typed_id!(
    /// A department's place in [`Site::departments`].
    DepartmentId
);
typed_id!(
    /// A tag's place in [`Site::tags`].
    TagId
);
typed_id!(
    /// An academic year's place in [`Indexes::by_year`], newest first.
    YearId
);
typed_id!(
    /// A static page's place in [`Site::pages`].
    PageId
);

/// A file attached to an entry, as shown on its page.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Attachment {
    /// The title from front matter, or else the file's name.
    pub title: String,
    /// Site-relative URL of the copied file.
    pub url: String,
    /// Upper-case extension: PDF, DOCX, PPTX, …
    pub format: String,
    /// Size of the file in bytes.
    pub size: u64,
}

/// Markdown text with where it comes from.
#[derive(Debug, Clone)]
pub struct Doc {
    /// Path of the Markdown file, for diagnostics and links between sources.
    pub source: PathBuf,
    /// The `title:` of its front matter.
    pub title: String,
    /// The Markdown after the front matter.
    pub body: body::Body,
    /// The line of the file (from 1) the body starts on, so that diagnostics about
    /// the body point at the right line.
    pub body_line: usize,
    /// The `lang:` of its front matter, if it has one.
    pub lang: Option<Lang>,
    /// The language its file's name gives a translation (`lesson.ru.md`).
    pub translation: Option<Lang>,
    /// When its file was last changed (its last commit's date in git).
    pub updated: Option<NaiveDate>,
    /// Old addresses that lead to its page (`aliases:`), as written.
    pub aliases: Vec<Located<String>>,
    /// Whether its body holds a figures block (see [`figures::has_block`]), which
    /// shows counts of other entries.
    pub figures: bool,
}

/// A publication of one kind (a seminar, a lesson plan, …), with its own page.
#[derive(Debug, Clone)]
pub struct Entry {
    /// Its Markdown file.
    pub doc: Doc,
    /// Its kind.
    pub kind: KindId,
    /// The last part of its URL, from `slug:` or the file's name.
    pub slug: String,
    /// Site-relative folder of its page, like `seminars/slug/`.
    pub dir: String,
    /// The `date:` of its front matter.
    pub date: EntryDate,
    /// The academic year its date falls in.
    pub year: AcademicYear,
    /// Its authors, in the order written, without repeats.
    pub authors: Vec<AuthorId>,
    /// Those of `authors` it names by a former name (data/authors.yaml's
    /// `former_names`), with the name as written: a bibliography cites a work
    /// by the name it was published under.
    pub former_names: Vec<(AuthorId, String)>,
    /// The department written, or else the first author's department.
    pub department: Option<DepartmentId>,
    /// The subject (discipline) it is about, as written.
    pub subject: Option<String>,
    /// Its tags, without repeats.
    pub tags: Vec<TagId>,
    /// A short description for listings and metadata.
    pub summary: Option<String>,
    /// Its language: its file's (`lesson.ru.md`), or else the `lang:` of its
    /// front matter, or else the site's.
    pub lang: Lang,
    /// The other files of the same work, each in another language.
    pub translations: Vec<EntryId>,
    /// Whether it goes into its year's exhibition catalogue (false with `exhibit: false`).
    pub exhibit: bool,
    /// Site-relative URL of the cover image.
    pub cover: Option<String>,
    /// The photo its card shows: its cover's, or else the first of its text.
    pub picture: Option<photos::PhotoId>,
    /// Its files, in the order written in front matter.
    pub attachments: Vec<Attachment>,
    /// Whether `featured: true` puts it on the home page.
    pub featured: bool,
    /// Its fields beyond the common ones, typed, in its kind's order.
    pub fields: Vec<fields::FieldEntry>,
    /// The items of its year's work plan it carries out (`plan:`).
    pub plan: Vec<plan::PlanLink>,
}

/// A person named as an entry's author: a teacher from `data/authors.yaml`, or a
/// guest known only by the name written.
#[derive(Debug, Clone)]
pub struct Author {
    /// The id from the data file, or one made from a guest's name; names the
    /// portfolio's folder.
    pub id: String,
    /// Full name as shown on pages.
    pub name: String,
    /// The name in each language, when the data file gives forms.
    pub names: crate::config::kinds::Labels,
    /// Qualification category; `None` for guests and when the data file does not
    /// say it.
    pub category: Option<Category>,
    /// The author's department.
    pub department: Option<DepartmentId>,
    /// Job title from the data file: one, or one in each language.
    pub position: Option<crate::data::Forms>,
    /// The author's photo.
    pub photo: Option<Photo>,
    /// Whether the author is described in data/authors.yaml.
    pub known: bool,
}

/// An author's photo: its source and where it is copied to.
#[derive(Debug, Clone)]
pub struct Photo {
    /// The photo as the data file names it.
    pub source: PathBuf,
    /// The site-relative URL pages show it from: its default copy, or the file
    /// itself when it could not be read as a photo.
    pub url: String,
    /// Its copies, when it is published as a photo.
    pub copies: Option<photos::PhotoId>,
}

/// A department of the college: from `data/departments.yaml`, or made from a name
/// an entry gives.
#[derive(Debug, Clone)]
pub struct Department {
    /// The id from the data file, or one made from the name; names its folder.
    pub id: String,
    /// Name in Kazakh, used when no translation is given.
    pub name: String,
    /// Name in Russian, if given.
    pub name_ru: Option<String>,
    /// Name in English, if given.
    pub name_en: Option<String>,
    /// The department's head.
    pub head: Option<AuthorId>,
}

impl Author {
    /// The job title shown on a page in `lang`, and the language it is written
    /// in: its form in `lang`, or else the one given (in `main`, the site's
    /// language, when the data file gives one form).
    pub fn position_in(&self, lang: Lang, main: Lang) -> Option<(&str, Lang)> {
        self.position.as_ref().map(|p| p.written(lang, main))
    }

    /// The name in `lang`: its form in that language, or else the one given.
    pub fn name_in(&self, lang: Lang) -> &str {
        if self.names.is_empty() {
            &self.name
        } else {
            self.names.get(lang)
        }
    }

    /// Every form of the name: the one shown and those of each language.
    pub fn all_names(&self) -> impl Iterator<Item = &str> {
        let forms = [&self.names.kk, &self.names.ru, &self.names.en];
        std::iter::once(self.name.as_str()).chain(forms.into_iter().flatten().map(String::as_str))
    }
}

impl Department {
    /// The name in `lang`, falling back to the Kazakh one.
    pub fn name_in(&self, lang: Lang) -> &str {
        match lang {
            Lang::Ru => self.name_ru.as_deref().unwrap_or(&self.name),
            Lang::En => self.name_en.as_deref().unwrap_or(&self.name),
            Lang::Kk => &self.name,
        }
    }
}

/// A tag written in entries' front matter; names differing only in case and
/// spacing are one tag.
#[derive(Debug, Clone)]
pub struct Tag {
    /// The name as first written.
    pub name: String,
    /// The tag's folder name under `tags/`, unique among tags.
    pub slug: String,
}

/// A static page such as the regulation.
#[derive(Debug, Clone)]
pub struct Page {
    /// Its Markdown file.
    pub doc: Doc,
    /// Its URL folder name, from `slug:` or the file's name.
    pub slug: String,
    /// Site-relative folder of its page, like `regulation/`.
    pub dir: String,
    /// Its place in the site menu (`menu:`), smallest first; not in the menu if `None`.
    pub menu: Option<i64>,
    /// Its language, as an entry's.
    pub lang: Lang,
    /// The same page in other languages.
    pub translations: Vec<PageId>,
}

/// The foreword of a year's exhibition catalogue.
#[derive(Debug, Clone)]
pub struct Foreword {
    /// The academic year its file is named after.
    pub year: AcademicYear,
    /// Its Markdown file.
    pub doc: Doc,
    /// What the catalogue's imprint page prints, from its front matter and the
    /// site's defaults.
    pub imprint: imprint::Imprint,
}

/// A file copied to the output as it is.
#[derive(Debug, Clone)]
pub struct Asset {
    /// The file it is copied from.
    pub source: PathBuf,
    /// Site-relative output path.
    pub dest: String,
}

/// The whole site as built from its sources: what every page is rendered from.
pub struct Site {
    /// The site's `config.yaml`.
    pub config: Config,
    /// Newest first.
    pub entries: TiVec<EntryId, Entry>,
    /// In Kazakh alphabetical order.
    pub authors: TiVec<AuthorId, Author>,
    /// In Kazakh alphabetical order.
    pub departments: TiVec<DepartmentId, Department>,
    /// In Kazakh alphabetical order.
    pub tags: TiVec<TagId, Tag>,
    /// Static pages in menu order, then by title.
    pub pages: TiVec<PageId, Page>,
    /// Old addresses of entries and pages, and where they lead; by address.
    pub redirects: TiVec<RedirectId, Redirect>,
    /// Addresses of removed entries and pages; by address.
    pub withdrawn: TiVec<WithdrawnId, Withdrawn>,
    /// The record of published addresses as this build leaves it; empty unless
    /// asked for ([`load::LoadOptions::record`]).
    pub record: published::Record,
    /// Addresses this build moved or withdrew, to say so.
    pub address_changes: Vec<addresses::Change>,
    /// The home page's text, `content/_index.md`.
    pub home: Option<Doc>,
    /// Each kind's listing introduction (`content/<folder>/_index.md`).
    pub kind_intros: TiVec<KindId, Option<Doc>>,
    /// Catalogue forewords (`content/catalogue/2025-2026.md`), oldest year first.
    pub forewords: Vec<Foreword>,
    /// The work plans (`content/plan/2025-2026.yaml`), newest year first.
    pub plans: TiVec<plan::PlanId, plan::Plan>,
    /// Files of `content/` copied as they are.
    pub assets: Vec<Asset>,
    /// Photos of `content/`, published as copies in a few widths.
    pub photos: photos::Photos,
    /// Source path of every Markdown file that becomes a page → its site-relative folder.
    pub page_of_source: PathMap<PathBuf, String>,
    /// Asset source path → site-relative output path.
    pub asset_dest: PathMap<PathBuf, String>,
    /// Markdown files that had errors and so have no page, and the files of an
    /// entry folder whose `index.md` is one of them (published with no page).
    pub failed_sources: PathSet<PathBuf>,
    /// The documents that had errors, as text: their Markdown is checked all the
    /// same, so that its problems come in the same build as theirs.
    pub unrendered: Vec<Doc>,
    /// How many entries were left out as drafts, for the build report.
    pub drafts_skipped: usize,
    /// The entries of each listing in the main language (one file of each work).
    pub index: Indexes,
    /// Each language the site is published in, the main one first.
    pub tongues: TiVec<LangId, Tongue>,
}

impl Entry {
    /// The day its file was last changed, when that is after its date: shown as
    /// "updated" on its page and in the sitemap and the feed.
    pub fn updated_after(&self) -> Option<NaiveDate> {
        self.doc.updated.filter(|&d| d > self.date.date)
    }

    /// Its date, or the day it was updated if later, for the sitemap and the feed.
    pub fn last_change(&self) -> NaiveDate {
        self.updated_after().unwrap_or(self.date.date)
    }
}

impl Site {
    /// Whether author `a` gets a portfolio PDF in language `l`: their page in it
    /// lists works, and they are a teacher of data/authors.yaml, or the site has
    /// no such file (then everyone it names is its own). A guest beside the
    /// described teachers gets none: it is printed under the college's name, for
    /// an attestation.
    pub fn has_portfolio(&self, l: LangId, a: AuthorId) -> bool {
        !self.index_in(l).by_author[a].is_empty() && !self.is_guest(a)
    }

    /// Whether author `a` is a guest: not described in data/authors.yaml while
    /// other authors are (without that file, everyone named is the site's own).
    pub fn is_guest(&self, a: AuthorId) -> bool {
        !self.authors[a].known && self.authors.iter().any(|x| x.known)
    }

    /// The kind of `entry`, from the config.
    pub fn kind(&self, entry: &Entry) -> &Kind {
        &self.config.kinds[entry.kind]
    }

    /// The listings of language `l`.
    pub fn index_in(&self, l: LangId) -> &Indexes {
        if l == tongues::MAIN {
            &self.index
        } else {
            &self.tongues[l].index
        }
    }

    /// Whether author `a` has a page and a place in the authors' list in
    /// language `l`: always in the site's first language (the report and the
    /// other languages link there); in another, unless the site hides
    /// untranslated works and `a` has works, none of them listed in `l` (a
    /// teacher with no works yet has a page in every language).
    pub fn author_shown_in(&self, l: LangId, a: AuthorId) -> bool {
        use crate::config::languages::Untranslated;
        self.config.untranslated != Untranslated::Hide
            || l == tongues::MAIN
            || !self.index_in(l).by_author[a].is_empty()
            || self
                .tongues
                .keys()
                .all(|t| self.index_in(t).by_author[a].is_empty())
    }

    /// How many authors language `l`'s listings show (see [`Self::author_shown_in`]).
    pub fn authors_shown_in(&self, l: LangId) -> usize {
        (self.authors.keys())
            .filter(|&a| self.author_shown_in(l, a))
            .count()
    }

    /// The home page's text in language `l`.
    pub fn home_in(&self, l: LangId) -> Option<&Doc> {
        if l == tongues::MAIN {
            self.home.as_ref()
        } else {
            self.tongues[l].home.as_ref()
        }
    }

    /// Kind `k`'s introduction in language `l`.
    pub fn kind_intro_in(&self, l: LangId, k: KindId) -> Option<&Doc> {
        if l == tongues::MAIN {
            self.kind_intros[k].as_ref()
        } else {
            self.tongues[l].kind_intros[k].as_ref()
        }
    }

    /// The language whose section holds entry `i`'s page.
    pub fn entry_tongue(&self, i: EntryId) -> LangId {
        tongues::tongue_of(&self.config, self.entries[i].lang)
    }

    /// The language whose section holds static page `i`.
    pub fn page_tongue(&self, i: PageId) -> LangId {
        tongues::tongue_of(&self.config, self.pages[i].lang)
    }

    /// The language whose folder holds the site-relative `address`: `ru/…` is
    /// the Russian section's, any other the main language's.
    pub fn address_tongue(&self, address: &str) -> LangId {
        (self.tongues.iter_enumerated())
            .find(|(_, t)| !t.prefix.is_empty() && address.starts_with(t.prefix.as_str()))
            .map_or(tongues::MAIN, |(l, _)| l)
    }

    /// The folder language `l`'s pages are under: empty for the main language.
    pub fn prefix(&self, l: LangId) -> &str {
        &self.tongues[l].prefix
    }

    /// Files copied to the output as they are: content assets, and authors'
    /// photos that could not be read as photos.
    pub fn copied_files(&self) -> Vec<Asset> {
        self.assets.clone()
    }
}
