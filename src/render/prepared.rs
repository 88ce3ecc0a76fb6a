//! Values many pages show, built once from the model: an entry card per entry, the
//! references to kinds, years, departments and authors, and the `site` and `t`
//! values every template sees. `ozyq serve` keeps them between rebuilds and
//! refreshes only the cards of the entries that changed.

use rayon::prelude::*;
use std::collections::BTreeMap;
use tera::{Tera, Value};
use typed_index_collections::TiVec;

use crate::config::kinds::KindId;
use crate::lang::dates::DateFormatter;
use crate::lang::strings::Strings;
use crate::site::{AuthorId, DepartmentId, EntryId, Site, YearId};

use super::ui;
use super::value::{Obj, list};
use crate::site::urls;

/// Values many pages show, built once from the model.
pub struct Prepared {
    /// The templates, with `site` and `t` in their global context.
    pub tera: Tera,
    /// One card per entry.
    pub(super) cards: TiVec<EntryId, Value>,
    pub(super) kind_refs: TiVec<KindId, Value>,
    pub(super) author_refs: TiVec<AuthorId, Value>,
    pub(super) department_refs: TiVec<DepartmentId, Value>,
    pub(super) year_refs: TiVec<YearId, Value>,
}

/// A `title` and `url` pair, as templates see links.
pub(crate) fn link(title: impl Into<Value>, url: impl Into<Value>) -> Value {
    Obj::new().set("title", title).set("url", url).build()
}

/// A photo as templates see it: `url`, `width` and `height` of the copy shown
/// by default, and `copies` (`url`, `width`) for `srcset`.
pub fn photo(p: &crate::site::photos::Photo) -> Value {
    let w = p.probe.default_width();
    Obj::new()
        .set("url", p.url(w))
        .set("width", w)
        .set("height", p.probe.height_at(w))
        .set(
            "copies",
            list(p.probe.widths().into_iter().map(|w| {
                Obj::new()
                    .set("url", p.url(w))
                    .set("width", w)
                    .set("height", p.probe.height_at(w))
                    .build()
            })),
        )
        .build()
}

/// The years' work plans, newest first, for the `site` value.
fn plan_refs(site: &Site) -> Value {
    list(site.plans.iter().map(|p| {
        Obj::new()
            .set("slug", p.year.slug())
            .set("title", p.year.label())
            .set("url", format!("{}index.html", urls::plan_dir(p.year)))
            .build()
    }))
}

impl Prepared {
    /// Builds every shared value of `site` and puts `site` and `t` into `tera`.
    pub fn new(site: &Site, strings: &Strings, mut tera: Tera) -> Self {
        let lang = site.config.language;
        let ix = &site.index;
        let kind_refs: TiVec<KindId, Value> = site
            .config
            .kinds
            .iter_enumerated()
            .map(|(k, kind)| {
                Obj::new()
                    .set("id", kind.id.as_str())
                    .set("label", kind.label.get(lang))
                    .set("title", kind.plural.get(lang))
                    .set("url", format!("{}index.html", urls::kind_dir(site, k)))
                    .set("count", ix.by_kind[k].len())
                    .build()
            })
            .collect();
        let year_refs: TiVec<YearId, Value> = ix
            .by_year
            .iter_enumerated()
            .map(|(y, year)| {
                Obj::new()
                    .set("slug", year.year.slug())
                    .set("title", year.year.label())
                    .set("url", format!("{}index.html", urls::year_dir(site, y)))
                    .set("count", year.entries.len())
                    .build()
            })
            .collect();
        let department_refs: TiVec<DepartmentId, Value> = site
            .departments
            .iter_enumerated()
            .map(|(d, dep)| {
                Obj::new()
                    .set("title", dep.name_in(lang))
                    .set(
                        "url",
                        format!("{}index.html", urls::department_dir(site, d)),
                    )
                    .set("count", ix.by_department[d].len())
                    .build()
            })
            .collect();
        let author_refs: TiVec<AuthorId, Value> = site
            .authors
            .iter_enumerated()
            .map(|(a, au)| {
                Obj::new()
                    .set("title", au.name.as_str())
                    .set("url", format!("{}index.html", urls::author_dir(site, a)))
                    .set(
                        "category",
                        if au.known {
                            ui(strings, &format!("category_{}", au.category.id())).to_string()
                        } else {
                            String::new()
                        },
                    )
                    .set("position", au.position.clone().unwrap_or_default())
                    .build()
            })
            .collect();

        let cfg = &site.config;
        let menu = list(
            site.pages
                .iter()
                .filter(|p| p.menu.is_some())
                .map(|p| link(p.doc.title.as_str(), format!("{}index.html", p.dir))),
        );
        let site_value = Obj::new()
            .set("title", cfg.title.as_str())
            .set_opt("description", cfg.description.as_deref())
            .set_opt("college", cfg.college.as_deref())
            .set_opt("city", cfg.city.as_deref())
            .set_opt("base_url", cfg.base_url.as_deref())
            .set("lang", lang.code())
            .set("menu", menu)
            .set("kinds", list(kind_refs.iter().cloned()))
            .set("years", list(year_refs.iter().cloned()))
            .set("departments", list(department_refs.iter().cloned()))
            .set("plans", plan_refs(site))
            .set("entries_count", site.entries.len())
            .set("authors_count", site.authors.len())
            .set("generator", concat!("ozyq ", env!("CARGO_PKG_VERSION")))
            .build();
        let strings_value = Value::from(
            strings
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect::<BTreeMap<String, String>>(),
        );
        tera.global_context().insert_value("site", site_value);
        tera.global_context().insert_value("t", strings_value);
        let mut p = Prepared {
            tera,
            cards: TiVec::new(),
            kind_refs,
            author_refs,
            department_refs,
            year_refs,
        };
        let cards: Vec<Value> = (0..site.entries.len())
            .into_par_iter()
            .map_init(
                || DateFormatter::new(lang),
                |dates, i| p.card(site, dates, EntryId::from(i)),
            )
            .collect();
        p.cards = cards.into();
        p
    }

    /// Makes entry `i`'s card again after the entry changed in place (same kind,
    /// year, authors, department and tags: the references stay valid).
    pub fn refresh_card(&mut self, site: &Site, i: EntryId) {
        let dates = DateFormatter::new(site.config.language);
        self.cards[i] = self.card(site, &dates, i);
    }

    fn card(&self, site: &Site, dates: &DateFormatter, i: EntryId) -> Value {
        let e = &site.entries[i];
        let year = site.index.year_index(e.year).unwrap_or(YearId::from(0));
        Obj::new()
            .set("title", e.doc.title.as_str())
            .set("url", format!("{}index.html", e.dir))
            .set("date", dates.format(e.date.date))
            .set("date_iso", e.date.iso_date())
            .set("kind", self.kind_refs[e.kind].clone())
            .set("year", self.year_refs[year].clone())
            .set(
                "authors",
                list(e.authors.iter().map(|&a| self.author_refs[a].clone())),
            )
            .set_opt(
                "department",
                e.department.map(|d| self.department_refs[d].clone()),
            )
            .set_opt("summary", e.summary.as_deref())
            .set("lang", e.lang.code())
            .set_opt("cover", e.cover.as_deref())
            .set_opt(
                "cover_photo",
                e.cover
                    .as_deref()
                    .and_then(|u| site.photos.at(u))
                    .map(photo),
            )
            .set_opt("picture", e.picture.map(|p| photo(&site.photos.list[p])))
            .build()
    }
}
