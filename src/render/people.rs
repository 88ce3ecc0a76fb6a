//! What an author's portfolio and the authors index show.

use tera::Value;

use crate::config::kinds::{Kind, KindId};
use crate::site::{AuthorId, EntryId, Site, portfolio};

use super::context::Renderer;
use super::value::{Obj, list};
use crate::site::urls;

/// A kind on a portfolio: its id, listing, name and how many of the author's works.
fn kind_group(site: &Site, l: crate::site::LangId, k: KindId, kind: &Kind, count: usize) -> Obj {
    Obj::new()
        .set("id", kind.id.as_str())
        .set("url", format!("{}index.html", urls::kind_dir(site, l, k)))
        .set("title", kind.plural.get(site.tongues[l].lang))
        .set("count", count)
}

impl Renderer<'_> {
    pub(super) fn author_value(&self, a: AuthorId) -> Value {
        let site = self.site;
        let au = &site.authors[a];
        let entries = &self.ix().by_author[a];
        let mut years: Vec<Value> = Vec::new();
        for y in self.ix().by_year.iter().map(|y| y.year) {
            let in_year: Vec<EntryId> = entries
                .iter()
                .copied()
                .filter(|&i| site.entries[i].year == y)
                .collect();
            if in_year.is_empty() {
                continue;
            }
            let kinds = list(site.config.kinds.iter_enumerated().filter_map(|(k, kind)| {
                let items: Vec<Value> = in_year
                    .iter()
                    .filter(|&&i| site.entries[i].kind == k)
                    .map(|&i| self.work(i, a))
                    .collect();
                (!items.is_empty()).then(|| {
                    kind_group(site, self.tongue, k, kind, items.len())
                        .set("items", list(items))
                        .build()
                })
            }));
            years.push(
                Obj::new()
                    .set("title", y.label())
                    .set("slug", y.slug())
                    .set("count", in_year.len())
                    .set("kinds", kinds)
                    .build(),
            );
        }
        let kind_counts = list(site.config.kinds.iter_enumerated().filter_map(|(k, kind)| {
            let n = entries
                .iter()
                .filter(|&&i| site.entries[i].kind == k)
                .count();
            (n > 0).then(|| kind_group(site, self.tongue, k, kind, n).build())
        }));
        let position = au.position_in(self.lang(), site.config.language);
        Obj::new()
            .set("name", au.name_in(self.lang()))
            .set_opt(
                "photo",
                au.photo.as_ref().map(|p| match p.copies {
                    Some(id) => super::prepared::photo(&site.photos.list[id]),
                    None => Obj::new()
                        .set("url", crate::paths::escape_path(&p.url))
                        .build(),
                }),
            )
            .set(
                "category",
                self.prepared.author_refs[a]
                    .get_from_path("category")
                    .cloned()
                    .unwrap_or(Value::none()),
            )
            .set_opt("position", position.map(|(text, _)| text))
            // Given in another language only: said so, for screen readers.
            .set_opt(
                "position_lang",
                position.and_then(|(_, l)| (l != self.lang()).then(|| l.code())),
            )
            .set_opt(
                "department",
                au.department.map(|d| self.prepared.department_ref(site, d)),
            )
            .set("count", entries.len())
            .set("years", list(years))
            .set("kind_counts", kind_counts)
            .set("summary", self.portfolio_summary(entries))
            .set_opt(
                "pdf",
                // One PDF in each of the site's languages, beside this page; none
                // for a guest beside the described teachers.
                site.has_portfolio(self.tongue, a).then(|| {
                    let dir = urls::author_dir(site, self.tongue, a);
                    format!("{dir}{}", urls::PORTFOLIO_PDF)
                }),
            )
            .build()
    }

    /// A work on author `a`'s portfolio: its card, the facts an attestation asks
    /// about (`facts`: `label`, `value`), and its other authors (`coauthors`), as
    /// an attestation counts a joint work as shared.
    fn work(&self, i: EntryId, a: AuthorId) -> Value {
        let words = self.field_words();
        let facts = list(portfolio::facts(self.site, i).into_iter().map(|f| {
            let shown = words.shown(f);
            Obj::new()
                .set("key", shown.key)
                .set("label", shown.label)
                .set("value", shown.text)
                .build()
        }));
        let card = &self.prepared.cards[i];
        let Some(mut map) = card.as_map().cloned() else {
            return card.clone();
        };
        map.insert("facts".into(), facts);
        let others = (self.site.entries[i].authors.iter()).filter(|&&o| o != a);
        let others = others.map(|&o| self.prepared.author_refs[o].clone());
        map.insert("coauthors".into(), list(others));
        Value::from(map)
    }

    /// The count of `works` by kind and level: `levels` (the column titles),
    /// `rows` (`title`, `counts`, `total`), `totals` and `total`.
    fn portfolio_summary(&self, works: &[EntryId]) -> Value {
        let site = self.site;
        let lang = self.lang();
        let s = portfolio::summary(site, works);
        let level = site.config.field("level").map(|f| &site.config.fields[f]);
        let levels = list(s.levels.iter().map(|l| {
            let name = match (l, level) {
                (Some(c), Some(field)) => field.choices[*c].label.get(lang).to_string(),
                _ => crate::lang::strings::ui(self.strings, "level_none").to_string(),
            };
            Value::from(name)
        }));
        let rows = list(s.rows.iter().map(|(k, counts, total)| {
            Obj::new()
                .set("title", site.config.kinds[*k].plural.get(lang))
                .set("counts", counts.clone())
                .set("total", *total)
                .build()
        }));
        Obj::new()
            .set("levels", levels)
            .set("rows", rows)
            .set("totals", s.totals)
            .set("total", s.total)
            .build()
    }

    /// Authors grouped by initial letter, in Kazakh alphabetical order.
    pub(super) fn author_groups(&self) -> Value {
        let site = self.site;
        let mut groups: Vec<(String, Vec<Value>)> = Vec::new();
        let mut order: Vec<AuthorId> = (site.authors.keys())
            .filter(|&a| site.author_shown_in(self.tongue, a))
            .collect();
        // The model is in Kazakh order; another language's page sorts its own forms.
        if self.tongue != crate::site::tongues::MAIN {
            let c = crate::lang::collation::KazakhCollator::of(self.lang());
            let name = |a: AuthorId| site.authors[a].name_in(self.lang());
            order.sort_by(|&a, &b| c.compare(name(a), name(b)));
        }
        for a in order {
            let au = &site.authors[a];
            let mut letter: String = au
                .name_in(self.lang())
                .chars()
                .next()
                .map(|c| c.to_uppercase().collect())
                .unwrap_or_default();
            // Russian (and English, by the root order) sorts Ё as Е (Егорова,
            // Ёлкина, Ершова): one group; Kazakh gives it a place of its own.
            if self.lang() != crate::lang::Lang::Kk && letter == "Ё" {
                letter = "Е".into();
            }
            let item = Obj::new()
                .set("title", au.name_in(self.lang()))
                .set(
                    "url",
                    format!("{}index.html", urls::author_dir(site, self.tongue, a)),
                )
                .set(
                    "category",
                    self.prepared.author_refs[a]
                        .get_from_path("category")
                        .cloned()
                        .unwrap_or(Value::none()),
                )
                .set_opt(
                    "department",
                    au.department.map(|d| self.prepared.department_ref(site, d)),
                )
                .set("count", self.ix().by_author[a].len())
                .build();
            match groups.last_mut() {
                Some((l, items)) if *l == letter => items.push(item),
                _ => groups.push((letter, vec![item])),
            }
        }
        list(groups.into_iter().map(|(letter, items)| {
            Obj::new()
                .set("letter", letter)
                .set("items", list(items))
                .build()
        }))
    }
}
