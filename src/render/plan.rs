//! What a year's work plan page shows: the items grouped by month or term, each
//! with its status on the day of the build and the entries that record it, and
//! the fulfilment figures (done of planned, by form and by department).

use chrono::{Datelike, NaiveDate};
use std::cmp::Reverse;
use std::collections::BTreeMap;
use tera::{Context, Value};

use crate::lang::Lang;
use crate::lang::dates::today;
use crate::lang::period::{Period, Unit, month_name};
use crate::site::DepartmentId;
use crate::site::plan::{Plan, PlanId, PlanItem, Tally, Written};
use crate::site::urls;

use super::context::Renderer;
use super::prepared::link;
use super::value::{Obj, list};

/// A count of done and planned items, named, as templates see it.
pub(crate) fn tally_value(t: Tally, name: impl Into<Value>) -> Obj {
    Obj::new()
        .set("name", name)
        .set("done", t.done)
        .set("planned", t.planned)
        .set("percent", t.percent())
}

impl Renderer<'_> {
    /// A department's page, when it has one: only departments with entries do.
    fn department_url(&self, d: DepartmentId) -> Option<String> {
        let site = self.site;
        (!site.index.by_department[d].is_empty())
            .then(|| format!("{}index.html", urls::department_dir(site, self.tongue, d)))
    }

    /// A department as the plan's table shows it: its name, and its page if any.
    fn department_link(&self, d: DepartmentId) -> Value {
        Obj::new()
            .set(
                "title",
                self.site.departments[d].name_in(self.site.config.language),
            )
            .set_opt("url", self.department_url(d))
            .build()
    }

    /// A year's plan page.
    pub(super) fn plan_page(&self, ctx: &mut Context, p: PlanId, dir: &str) {
        let site = self.site;
        let plan = &site.plans[p];
        let day = today();
        let title = format!("{} {}", self.t("work_plan"), plan.year.label());
        let mut crumbs = vec![self.home_crumb()];
        if let Some(y) = site.index.year_index(plan.year) {
            crumbs.push(link(
                plan.year.label(),
                format!("{}index.html", urls::year_dir(site, self.tongue, y)),
            ));
        }
        ctx.insert_value("page", self.page_info(&title, dir, crumbs).build());
        let words = (self.t("plan_term"), self.t("plan_all_year"));
        let groups = list(groups(plan, site.config.language, words).into_iter().map(
            |(heading, items)| {
                Obj::new()
                    .set("title", heading)
                    .set("items", list(items.iter().map(|i| self.plan_item(i, day))))
                    .build()
            },
        ));
        ctx.insert_value(
            "plan",
            Obj::new()
                .set("title", title.as_str())
                .set("year", plan.year.label())
                .set("slug", plan.year.slug())
                .set("as_of", self.dates.format(day))
                .set_opt("lang", written_in(plan, site.config.language))
                .set("count", plan.items.len())
                .set("groups", groups)
                .set("figures", self.plan_figures(plan, day))
                .build(),
        );
    }

    /// The plan items an entry carries out, as links to them on the plan page.
    pub(super) fn plan_links(&self, e: &crate::site::Entry) -> Value {
        let site = self.site;
        list(e.plan.iter().filter_map(|l| {
            let (p, i) = l.item?;
            let url = format!(
                "{}index.html#{}",
                urls::plan_dir(site.plans[p].year),
                anchor(&site.plans[p].items[i].id)
            );
            Some(link(l.title.as_str(), url))
        }))
    }

    /// One item as the plan's table shows it.
    fn plan_item(&self, item: &PlanItem, day: NaiveDate) -> Value {
        let site = self.site;
        let lang = site.config.language;
        let status = item.status(day);
        let (reason, moved_to) = match &item.written {
            Written::Planned => (None, None),
            Written::Moved { to, reason } => (reason.clone(), to.as_ref().map(|t| t.1.clone())),
            Written::Cancelled { reason } | Written::Done { reason } => (reason.clone(), None),
        };
        Obj::new()
            .set("id", item.id.as_str())
            .set("anchor", anchor(&item.id))
            .set("title", item.title.as_str())
            .set("form", item.form.name(&site.config, lang))
            .set("when", item.when_written.as_str())
            .set_opt("moved_to", moved_to)
            .set(
                "responsible",
                list(
                    item.responsible
                        .iter()
                        .map(|&a| self.prepared.author_refs[a].clone()),
                ),
            )
            .set_opt(
                "department",
                item.department.map(|d| self.department_link(d)),
            )
            .set_opt("audience", item.audience.as_deref())
            .set_opt("note", item.note.as_deref())
            .set("status", status.id())
            .set("status_label", self.t(&format!("plan_{}", status.id())))
            .set_opt("reason", reason)
            .set("written_done", matches!(item.written, Written::Done { .. }))
            .set(
                "entries",
                list(item.entries.iter().map(|&i| {
                    let e = &site.entries[i];
                    link(e.doc.title.as_str(), format!("{}index.html", e.dir))
                })),
            )
            .build()
    }

    /// The fulfilment figures: each status's count, done of planned in all, by
    /// form and by department.
    pub(super) fn plan_figures(&self, plan: &Plan, day: NaiveDate) -> Value {
        let site = self.site;
        let lang = site.config.language;
        let f = plan.fulfilment(day);
        let statuses = list(f.statuses.iter().map(|&(s, count)| {
            Obj::new()
                .set("id", s.id())
                .set("label", self.t(&format!("plan_{}", s.id())))
                .set("count", count)
                .build()
        }));
        let forms = f
            .by_form
            .iter()
            .map(|&(form, t)| tally_value(t, form.name(&site.config, lang)).build());
        let departments = f.by_department.iter().map(|&(d, t)| match d {
            Some(d) => tally_value(t, site.departments[d].name_in(lang))
                .set_opt("url", self.department_url(d))
                .build(),
            None => tally_value(t, self.t("catalogue_no_department")).build(),
        });
        tally_value(f.total, self.t("plan_total"))
            .set("statuses", statuses)
            .set(
                "tables",
                list([
                    Obj::new()
                        .set("title", self.t("plan_by_form"))
                        .set("column", self.t("plan_form"))
                        .set("rows", list(forms))
                        .build(),
                    Obj::new()
                        .set("title", self.t("plan_by_department"))
                        .set("column", self.t("department"))
                        .set("rows", list(departments))
                        .build(),
                ]),
            )
            .build()
    }
}

/// The fragment id of an item on the plan page: its id when that is already
/// fit for an address, else made so (with a short hash of the id, so that `1.1`
/// and `1-1`, or `Ә` and `ә`, stay apart).
pub fn anchor(id: &str) -> String {
    let slug = crate::lang::slug::slugify(id);
    if slug == id {
        format!("item-{slug}")
    } else {
        let hash = xxhash_rust::xxh3::xxh3_64(id.as_bytes()) & 0xffff;
        format!("item-{slug}-{hash:04x}")
    }
}

/// Groups sort by their last day, then by their first day, latest first.
type GroupKey = (NaiveDate, Reverse<NaiveDate>);

/// The items grouped as the page shows them: by month when an item's time lies in
/// one month, else by its written time («I жартыжылдық», «жыл бойы»); groups in
/// the order they end, a month before a longer stretch ending with it.
fn groups<'p>(plan: &'p Plan, lang: Lang, words: (&str, &str)) -> Vec<(String, Vec<&'p PlanItem>)> {
    let mut groups: BTreeMap<GroupKey, (String, Vec<&PlanItem>)> = BTreeMap::new();
    for item in &plan.items {
        let p = item.period();
        let (key, heading) = if p.in_one_month() {
            let first = p.start.with_day(1).unwrap_or(p.start);
            let last = first + chrono::Months::new(1) - chrono::Days::new(1);
            let name = month_name(p.start.month(), lang);
            ((last, Reverse(first)), format!("{name} {}", p.start.year()))
        } else {
            let heading = period_heading(&p, lang, words).unwrap_or_else(|| written_heading(item));
            ((p.end, Reverse(p.start)), heading)
        };
        groups
            .entry(key)
            .or_insert_with(|| (heading, Vec::new()))
            .1
            .push(item);
    }
    groups.into_values().collect()
}

/// A time longer than a month as a heading in `lang`, as a month is said
/// («Ақпан–наурыз 2025», «I жартыжылдық», «Жыл бойы» for a Russian plan's
/// «февраль–март», «I полугодие», «в течение года»); `words`: the term's
/// heading (with `{n}`) and the year's. `None` for a range of days.
fn period_heading(p: &Period, lang: Lang, (term, year): (&str, &str)) -> Option<String> {
    let whole_months = p.start.day() == 1 && p.end.succ_opt().is_some_and(|next| next.day() == 1);
    match p.unit {
        Unit::Term(n) => Some(term.replace("{n}", if n == 1 { "I" } else { "II" })),
        Unit::Year => Some(year.to_string()),
        Unit::Range if whole_months => {
            let to = month_name(p.end.month(), lang);
            let to = if lang == Lang::En {
                to
            } else {
                to.to_lowercase()
            };
            let from = month_name(p.start.month(), lang);
            Some(if p.start.year() == p.end.year() {
                format!("{from}–{to} {}", p.end.year())
            } else {
                format!("{from} {} – {to} {}", p.start.year(), p.end.year())
            })
        }
        _ => None,
    }
}

/// The language the plan's lines are written in, when it is not the site's
/// (a Russian plan on a Kazakh site): its titles, times and notes are marked
/// so, for screen readers and hyphenation.
fn written_in(plan: &Plan, site: Lang) -> Option<&'static str> {
    let titles = plan.items.iter().map(|i| i.title.as_str());
    let lang = crate::lang::guess::most_in(titles, site);
    (lang != site).then(|| lang.code())
}

/// A written time as a heading: its first letter capitalised.
fn written_heading(item: &PlanItem) -> String {
    let w = match &item.written {
        Written::Moved {
            to: Some((_, t)), ..
        } => t.as_str(),
        _ => item.when_written.as_str(),
    };
    let mut c = w.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}
