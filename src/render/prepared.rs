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
use crate::site::{AuthorId, DepartmentId, EntryId, LangId, Site, YearId};

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
    /// The language they are in.
    pub tongue: LangId,
}

/// A `title` and `url` pair, as templates see links.
pub(crate) fn link(title: impl Into<Value>, url: impl Into<Value>) -> Value {
    Obj::new().set("title", title).set("url", url).build()
}

/// The language to mark `text` with on a page in `page`, when it reads as
/// written in another (a Kazakh tag on a Russian page): screen readers then
/// say it in its own.
pub(crate) fn other_lang(text: &str, page: crate::lang::Lang) -> Option<&'static str> {
    let l = crate::lang::guess::guess_lang(text, page);
    (l != page).then(|| l.code())
}

/// A photo as templates see it: `url`, `width` and `height` of the copy shown
/// by default, and `copies` (`url`, `width`) for `srcset`.
pub fn photo(p: &crate::site::photos::Photo) -> Value {
    let w = p.probe.default_width();
    // Escaped: a space in a file's name would split a `srcset` candidate.
    let url = |w: u32| crate::paths::escape_path(&p.url(w)).into_owned();
    Obj::new()
        .set("url", url(w))
        .set("width", w)
        .set("height", p.probe.height_at(w))
        .set(
            "copies",
            list(p.probe.widths().into_iter().map(|w| {
                Obj::new()
                    .set("url", url(w))
                    .set("width", w)
                    .set("height", p.probe.height_at(w))
                    .build()
            })),
        )
        .build()
}

/// The site's languages, for the language switch: each one's code, its name in
/// itself, and its home page.
fn language_refs(site: &Site) -> Value {
    list(site.tongues.iter().map(|t| {
        Obj::new()
            .set("code", t.lang.code())
            .set("name", t.lang.autonym())
            .set("url", format!("{}index.html", t.prefix))
            .build()
    }))
}

/// In a language other than the main one, the main language: the plan, the
/// catalogue and the report are made in it alone, so a link to them says where
/// it leads (`hreflang`, and the language's name beside the link's text).
fn main_tongue(site: &Site, l: LangId) -> Option<Value> {
    let main = site.tongues[crate::site::tongues::MAIN].lang;
    (l != crate::site::tongues::MAIN).then(|| {
        Obj::new()
            .set("code", main.code())
            .set("name", main.autonym())
            .build()
    })
}

/// The static pages in language `l`'s menu, in order.
fn menu_refs(site: &Site, l: LangId) -> Value {
    let shown = &site.tongues[l].pages;
    list(
        (site.pages.iter_enumerated())
            .filter(|(i, p)| p.menu.is_some() && shown[*i])
            .map(|(_, p)| {
                Obj::new()
                    .set("title", p.doc.title.as_str())
                    .set("url", format!("{}index.html", p.dir))
                    .set("lang", p.lang.code())
                    .build()
            }),
    )
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

/// The cards of the last model's values in a language, which a new model's may
/// keep (`ozyq serve`): `same` gives the last model's place of an entry whose card
/// key ([`crate::pipeline::keys::Sigs::card`]) has not changed.
#[derive(Clone, Copy)]
pub struct KeptCards<'o> {
    /// The last model's values in the language.
    pub old: &'o Prepared,
    /// An entry's place in the last model, when its card key is the same.
    pub same: &'o (dyn Fn(EntryId) -> Option<EntryId> + Sync),
}

impl Prepared {
    /// Builds every shared value of `site` in language `l` and puts `site` and
    /// `t` into `tera`.
    pub fn new(site: &Site, strings: &Strings, tera: Tera, l: LangId) -> Self {
        Self::keeping(site, strings, tera, l, None)
    }

    /// As [`Prepared::new`], keeping the cards of `kept` that are unchanged: a
    /// round of `ozyq serve` after an edit makes the cards it changed, not 10,000.
    pub fn keeping(
        site: &Site,
        strings: &Strings,
        mut tera: Tera,
        l: LangId,
        kept: Option<KeptCards>,
    ) -> Self {
        let lang = site.tongues[l].lang;
        let ix = site.index_in(l);
        let kind_refs: TiVec<KindId, Value> = site
            .config
            .kinds
            .iter_enumerated()
            .map(|(k, kind)| {
                let dir = urls::kind_dir(site, l, k);
                Obj::new()
                    .set("id", kind.id.as_str())
                    .set("label", kind.label.get(lang))
                    .set("title", kind.plural.get(lang))
                    .set("url", format!("{dir}index.html"))
                    .set("dir", dir)
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
                    .set("url", format!("{}index.html", urls::year_dir(site, l, y)))
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
                        format!("{}index.html", urls::department_dir(site, l, d)),
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
                    .set("title", au.name_in(lang))
                    .set("url", format!("{}index.html", urls::author_dir(site, l, a)))
                    .set(
                        "category",
                        au.category
                            .map(|c| ui(strings, &c.ui_key()).to_string())
                            .unwrap_or_default(),
                    )
                    .set(
                        "position",
                        au.position_in(lang, site.config.language)
                            .map_or("", |(text, _)| text),
                    )
                    .build()
            })
            .collect();

        let cfg = &site.config;
        // Each work once: its file in `l`'s listings.
        let works: usize = ix.by_kind.iter().map(Vec::len).sum();
        let site_value = Obj::new()
            .set("title", cfg.title_in(lang))
            .set_opt("description", cfg.description_in(lang))
            .set_opt("footer", cfg.footer_in(lang).map(sentence))
            .set_opt("college", cfg.college_in(lang))
            .set_opt("city", cfg.city_in(lang))
            .set_opt("base_url", cfg.base_url.as_deref())
            .set("lang", lang.code())
            .set("prefix", site.prefix(l))
            .set("languages", language_refs(site))
            .set_opt("main_tongue", main_tongue(site, l))
            .set("menu", menu_refs(site, l))
            .set("kinds", list(kind_refs.iter().cloned()))
            .set("years", list(year_refs.iter().cloned()))
            .set("departments", list(department_refs.iter().cloned()))
            .set("plans", plan_refs(site))
            .set("entries_count", works)
            .set("authors_count", site.authors_shown_in(l))
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
        super::plural::register(&mut tera, strings, lang);
        let mut p = Prepared {
            tera,
            cards: TiVec::new(),
            kind_refs,
            author_refs,
            department_refs,
            year_refs,
            tongue: l,
        };
        p.cards = p.make_cards(site, kept);
        super::cards::register(&mut p.tera, &p.cards);
        p
    }

    /// One card per entry shown in the language: listings show the entries listed
    /// in it; entry pages, their own.
    fn make_cards(&self, site: &Site, kept: Option<KeptCards>) -> TiVec<EntryId, Value> {
        let lang = site.tongues[self.tongue].lang;
        let kept = kept.filter(|k| k.old.tongue == self.tongue);
        let cards: Vec<Value> = (0..site.entries.len())
            .into_par_iter()
            .map_init(
                || DateFormatter::new(lang),
                |dates, i| {
                    let i = EntryId::from(i);
                    if !self.has_card(site, i) {
                        return Value::none();
                    }
                    let last = kept.and_then(|k| Some(&k.old.cards[(k.same)(i)?]));
                    match last {
                        Some(card) if !card.is_none() => self.with_current_refs(site, card, i),
                        _ => self.card(site, dates, i),
                    }
                },
            )
            .collect();
        cards.into()
    }

    /// `card`, made for entry `i` by an earlier model whose card key of it was
    /// the same, with this model's values of its kind, year, authors and
    /// department: their counts change with other entries (a work moved to
    /// another year changes two years' counts, which ~1,700 cards show).
    fn with_current_refs(&self, site: &Site, card: &Value, i: EntryId) -> Value {
        let refs = self.card_refs(site, i);
        if refs.iter().all(|(k, v)| card.get_from_path(k) == Some(v)) {
            return card.clone();
        }
        let Some(mut map) = card.clone().into_map() else {
            return card.clone();
        };
        for (k, v) in refs {
            map.insert(k.into(), v);
        }
        Value::from(map)
    }

    /// The values entry `i`'s card names its kind, year, authors and department
    /// by, under their keys: the only parts of a card that change with other
    /// entries.
    fn card_refs(&self, site: &Site, i: EntryId) -> [(&'static str, Value); 4] {
        let e = &site.entries[i];
        let ix = site.index_in(self.tongue);
        let year = ix.year_index(e.year).unwrap_or(YearId::from(0));
        let department = e.department.map(|d| self.department_ref(site, d));
        [
            ("kind", self.kind_refs[e.kind].clone()),
            ("year", self.year_refs[year].clone()),
            (
                "authors",
                list(e.authors.iter().map(|&a| self.author_refs[a].clone())),
            ),
            ("department", department.unwrap_or_else(Value::none)),
        ]
    }

    /// Makes entry `i`'s card again after the entry changed in place (same kind,
    /// year, authors, department and tags: the references stay valid), when the
    /// language shows it (else its year may not be among the language's).
    pub fn refresh_card(&mut self, site: &Site, i: EntryId) {
        if self.has_card(site, i) {
            let dates = DateFormatter::new(site.tongues[self.tongue].lang);
            self.cards[i] = self.card(site, &dates, i);
        }
    }

    /// Department `d` as a card or a teacher's page names it: without a link
    /// when it has no page in this language (with `untranslated: hide`, one
    /// whose works are all in another has none). The site-wide list keeps
    /// every link, as it lists only departments with works.
    pub(super) fn department_ref(&self, site: &Site, d: DepartmentId) -> Value {
        if !site.index_in(self.tongue).by_department[d].is_empty() {
            return self.department_refs[d].clone();
        }
        let lang = site.tongues[self.tongue].lang;
        Obj::new()
            .set("title", site.departments[d].name_in(lang))
            .set("count", 0)
            .build()
    }

    /// Whether entry `i` has a card in this language: when its listings show it,
    /// or it is written in it (its own page shows its card).
    fn has_card(&self, site: &Site, i: EntryId) -> bool {
        site.tongues[self.tongue].listed[i] || site.entry_tongue(i) == self.tongue
    }

    fn card(&self, site: &Site, dates: &DateFormatter, i: EntryId) -> Value {
        let e = &site.entries[i];
        let card = Obj::new()
            .set("title", e.doc.title.as_str())
            .set("url", format!("{}index.html", e.dir))
            .set("date", dates.format(e.date.date))
            .set("date_iso", e.date.iso_date());
        let card = (self.card_refs(site, i).into_iter()).fold(card, |c, (k, v)| c.set(k, v));
        card.set_opt("summary", e.summary.as_deref())
            .set("lang", e.lang.code())
            .set("lang_name", e.lang.autonym())
            .set_opt("cover", e.cover.as_deref().map(crate::paths::escape_path))
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

/// `text` ended as a sentence, so that the footer's next one («Сайт создан…»)
/// does not run on from it.
fn sentence(text: &str) -> String {
    let text = text.trim_end();
    if text.ends_with(['.', '!', '?', '…', ')', '»', '"']) {
        text.to_string()
    } else {
        format!("{text}.")
    }
}
