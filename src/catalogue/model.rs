//! Who is in a year's catalogue and in what order: the exhibits grouped by kind in
//! the regulation's order and numbered continuously, the year in figures, and the
//! author index. Both the web page and the PDF are made from this one model.

use std::collections::HashMap;
use std::path::PathBuf;

use crate::config::kinds::KindId;
use crate::lang::Lang;
use crate::lang::collation::KazakhCollator;
use crate::lang::dates::{AcademicYear, DateFormatter};
use crate::lang::strings::Strings;
use crate::render::fields::FieldWords;
use crate::render::ui;
use crate::site::fields::FieldValue;
use crate::site::imprint::Imprint;
use crate::site::photos::Photo;
use crate::site::{AuthorId, Doc, EntryId, Site};

pub use crate::site::figures::{Figure, Figures};

/// One author of an exhibit, with the qualification category when it is known.
#[derive(Debug, Clone)]
pub struct ExhibitAuthor {
    /// The author in the model.
    pub index: AuthorId,
    /// Full name.
    pub name: String,
    /// The category in words, for teachers of `data/authors.yaml` only.
    pub category: Option<String>,
}

/// A kind-specific detail of an exhibit, as the catalogue prints it.
#[derive(Debug, Clone)]
pub struct ExhibitDetail {
    /// The field's name in the site's language.
    pub label: String,
    /// Its text (a level in words).
    pub value: String,
}

/// One entry shown in the catalogue.
#[derive(Debug, Clone)]
pub struct Exhibit {
    /// № in the catalogue, from 1, continuous over all kinds.
    pub number: usize,
    /// The entry in the model.
    pub entry: EntryId,
    /// The entry's title.
    pub title: String,
    /// The entry's authors, in the order written.
    pub authors: Vec<ExhibitAuthor>,
    /// The department's name in the site's language.
    pub department: Option<String>,
    /// The date in words, in the site's language.
    pub date: String,
    /// The entry's fields in words (a choice by its label, a date in words).
    pub details: Vec<ExhibitDetail>,
    /// The entry's short description.
    pub summary: Option<String>,
    /// The cover image's source file.
    pub cover: Option<PathBuf>,
    /// The cover, when it is a photo: printed from a copy of its size.
    pub cover_photo: Option<Photo>,
    /// Absolute URL of the entry's page, when the site has a `base_url`.
    pub url: Option<String>,
    /// Site-relative URL of the entry's page.
    pub page: String,
    /// The entry's language, for the text's hyphenation and `lang` attributes.
    pub lang: Lang,
}

/// The exhibits of one kind.
#[derive(Debug, Clone)]
pub struct Group {
    /// Its kind.
    pub kind: KindId,
    /// The kind's id, like `seminar`.
    pub id: String,
    /// The kind's plural name in the site's language, as the section's heading.
    pub title: String,
    /// Oldest first.
    pub exhibits: Vec<Exhibit>,
}

/// An author with the numbers of their exhibits.
#[derive(Debug, Clone)]
pub struct IndexEntry {
    /// The author in the model.
    pub author: AuthorId,
    /// Full name, by which the index is sorted.
    pub name: String,
    /// The numbers of the author's exhibits, in ascending order.
    pub numbers: Vec<usize>,
}

/// A year's catalogue.
pub struct Catalogue<'a> {
    /// The model it is made from.
    pub site: &'a Site,
    /// The theme's UI strings, for headings and labels.
    pub strings: &'a Strings,
    /// The academic year it presents.
    pub year: AcademicYear,
    /// The year's foreword (`content/catalogue/2025-2026.md`), if written.
    pub foreword: Option<&'a Doc>,
    /// What its imprint page prints.
    pub imprint: Imprint,
    /// The exhibits by kind, in the order of the kinds; kinds without exhibits left out.
    pub groups: Vec<Group>,
    /// The year in figures.
    pub figures: Figures,
    /// Every author of an exhibit, in Kazakh alphabetical order.
    pub author_index: Vec<IndexEntry>,
}

impl<'a> Catalogue<'a> {
    /// The catalogue of `year`: its exhibits are the year's entries without
    /// `exhibit: false`, in the order of the kinds, the oldest first within a kind.
    pub fn new(site: &'a Site, strings: &'a Strings, year: AcademicYear) -> Self {
        let lang = site.config.language;
        let collator = KazakhCollator::of(lang);
        let making = Making {
            site,
            strings,
            dates: DateFormatter::new(lang),
            // A photo's cover is its default copy; the PDF takes the photo itself.
            cover_source: (site.assets.iter())
                .map(|a| (a.dest.as_str(), &a.source))
                .chain(
                    (site.photos.by_url.iter())
                        .map(|(url, &p)| (url.as_str(), &site.photos.list[p].source)),
                )
                .collect(),
        };
        let in_year: Vec<EntryId> = site
            .index
            .by_year
            .iter()
            .find(|y| y.year == year)
            .map(|y| {
                y.entries
                    .iter()
                    .copied()
                    .filter(|&i| site.entries[i].exhibit)
                    .collect()
            })
            .unwrap_or_default();

        let mut groups = Vec::new();
        let mut number = 0;
        for (k, kind) in site.config.kinds.iter_enumerated() {
            let mut of_kind: Vec<EntryId> = in_year
                .iter()
                .copied()
                .filter(|&i| site.entries[i].kind == k)
                .collect();
            if of_kind.is_empty() {
                continue;
            }
            of_kind.sort_by(|&a, &b| {
                let (ea, eb) = (&site.entries[a], &site.entries[b]);
                ea.date
                    .date
                    .cmp(&eb.date.date)
                    .then_with(|| collator.compare(&ea.doc.title, &eb.doc.title))
            });
            let exhibits = of_kind
                .into_iter()
                .map(|i| {
                    number += 1;
                    making.exhibit(i, number)
                })
                .collect();
            groups.push(Group {
                kind: k,
                id: kind.id.clone(),
                title: kind.plural.get(lang).to_string(),
                exhibits,
            });
        }

        let exhibits: Vec<&Exhibit> = groups.iter().flat_map(|g| &g.exhibits).collect();
        let in_catalogue: Vec<EntryId> = exhibits.iter().map(|ex| ex.entry).collect();
        let figures = Figures::of(site, strings, &in_catalogue);
        let author_index = author_index(site, &exhibits, &collator);
        let of_year = site.forewords.iter().find(|f| f.year == year);
        let foreword = of_year.map(|f| &f.doc);
        let imprint = of_year.map_or_else(
            || Imprint::defaults(&site.config.catalogue),
            |f| f.imprint.clone(),
        );
        Catalogue {
            site,
            strings,
            year,
            foreword,
            imprint,
            groups,
            figures,
            author_index,
        }
    }

    /// All exhibits in catalogue order.
    pub fn exhibits(&self) -> impl Iterator<Item = &Exhibit> {
        self.groups.iter().flat_map(|g| &g.exhibits)
    }

    /// How many exhibits it has.
    pub fn len(&self) -> usize {
        self.groups.iter().map(|g| g.exhibits.len()).sum()
    }

    /// Whether the year has no exhibits.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// A UI string of the theme.
    pub fn t(&self, key: &'a str) -> &'a str {
        ui(self.strings, key)
    }

    /// `Әдістемелік көрме каталогы` or the site's override.
    pub fn title(&self) -> &'a str {
        self.t("catalogue_title")
    }
}

/// What each exhibit is made with: the site, its words, its date format, and the
/// source of each copied cover.
struct Making<'s> {
    site: &'s Site,
    strings: &'s Strings,
    dates: DateFormatter,
    cover_source: HashMap<&'s str, &'s PathBuf>,
}

impl Making<'_> {
    fn t(&self, key: &str) -> String {
        ui(self.strings, key).to_string()
    }

    fn field_words(&self) -> FieldWords<'_> {
        FieldWords {
            site: self.site,
            strings: self.strings,
            lang: self.site.config.language,
            dates: &self.dates,
            tongue: crate::site::tongues::MAIN,
        }
    }

    /// The entry `i` as the catalogue's exhibit № `number`.
    fn exhibit(&self, i: EntryId, number: usize) -> Exhibit {
        let site = self.site;
        let e = &site.entries[i];
        let lang = site.config.language;
        Exhibit {
            number,
            entry: i,
            title: e.doc.title.clone(),
            authors: e
                .authors
                .iter()
                .map(|&a| {
                    let au = &site.authors[a];
                    ExhibitAuthor {
                        index: a,
                        name: au.name.clone(),
                        category: au.category.map(|c| self.t(&c.ui_key())),
                    }
                })
                .collect(),
            department: e
                .department
                .map(|d| site.departments[d].name_in(lang).to_string()),
            date: self.dates.format(e.date.date),
            details: {
                let words = self.field_words();
                let fields = e.fields.iter().map(|f| {
                    let shown = words.shown(f);
                    // A file's name means nothing on paper: its format and size
                    // say there is one, on the site the QR code opens.
                    let value = match shown.links.first().and_then(|l| l.note.as_ref()) {
                        Some(note) if matches!(f.value, FieldValue::File(_)) => {
                            format!("{note} — {}", self.t("catalogue_on_site"))
                        }
                        _ => shown.text,
                    };
                    ExhibitDetail {
                        label: shown.label,
                        value,
                    }
                });
                // A work is shown once, with its titles in the other languages.
                let titles = e.translations.iter().map(|&j| {
                    let t = &site.entries[j];
                    ExhibitDetail {
                        label: self.t(&format!("title_in_{}", t.lang.code())),
                        value: t.doc.title.clone(),
                    }
                });
                fields.chain(titles).collect()
            },
            summary: e.summary.clone(),
            cover: e
                .cover
                .as_deref()
                .and_then(|c| self.cover_source.get(c).map(|p| (*p).clone())),
            cover_photo: e.cover.as_deref().and_then(|c| site.photos.at(c)).cloned(),
            url: site
                .config
                .base_url
                .as_ref()
                .map(|b| format!("{b}{}", e.dir)),
            page: format!("{}index.html", e.dir),
            lang: e.lang,
        }
    }
}

/// Every author of the exhibits with the numbers of their exhibits, in Kazakh
/// alphabetical order.
fn author_index(site: &Site, exhibits: &[&Exhibit], collator: &KazakhCollator) -> Vec<IndexEntry> {
    let mut by_author: HashMap<AuthorId, Vec<usize>> = HashMap::new();
    for ex in exhibits {
        for a in &ex.authors {
            let list = by_author.entry(a.index).or_default();
            if list.last() != Some(&ex.number) {
                list.push(ex.number);
            }
        }
    }
    let mut index: Vec<IndexEntry> = by_author
        .into_iter()
        .map(|(a, numbers)| IndexEntry {
            author: a,
            name: site.authors[a].name.clone(),
            numbers,
        })
        .collect();
    index.sort_by(|a, b| {
        collator
            .compare(&a.name, &b.name)
            .then_with(|| a.author.cmp(&b.author))
    });
    index
}
