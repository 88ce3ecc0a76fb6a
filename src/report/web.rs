//! The report's web page: the context of the theme's `report.html`.

use tera::{Context, Value};

use crate::paths::root_prefix;
use crate::render::chart::bar_chart;
use crate::render::context::Renderer;
use crate::render::plan::tally_value;
use crate::render::prepared::link;
use crate::render::value::{Obj, list, safe};
use crate::site::tongues::MAIN;
use crate::site::urls::{self, report_dir};

use super::Report;

/// The template context of a year's report page.
pub fn context(r: &Renderer, rep: &Report) -> Context {
    let site = rep.site;
    let dir = report_dir(rep.year);
    let mut ctx = Context::new();
    ctx.insert("root", &root_prefix(&dir));
    let title = format!("{} {}", rep.t("report_title"), rep.year.label());
    let mut crumbs = vec![r.home_crumb()];
    if let Some(y) = site.index.year_index(rep.year) {
        crumbs.push(link(
            rep.year.label(),
            format!("{}index.html", urls::year_dir(site, MAIN, y)),
        ));
    }
    ctx.insert_value("page", r.page_info(&title, &dir, crumbs).build());
    if let Some(languages) = r.languages_of_own(&dir) {
        ctx.insert_value("languages", languages);
    }
    let f = &rep.figures;
    let charts = list(f.charts().into_iter().map(|(key, items)| {
        let t = rep.t(key);
        Obj::new()
            .set("title", t)
            .set("svg", safe(&bar_chart(t, items, false)))
            .build()
    }));
    let entry_link = |i: crate::site::EntryId| {
        let e = &site.entries[i];
        link(e.doc.title.as_str(), format!("{}index.html", e.dir))
    };
    let authors = |i: crate::site::EntryId| {
        list(site.entries[i].authors.iter().map(|&a| {
            link(
                site.authors[a].name.as_str(),
                format!("{}index.html", urls::author_dir(site, MAIN, a)),
            )
        }))
    };
    let levels = Obj::new()
        .set(
            "columns",
            list(rep.levels.levels.iter().map(|l| Value::from(l.as_str()))),
        )
        .set(
            "rows",
            list(rep.levels.rows.iter().map(|row| {
                Obj::new()
                    .set("name", row.kind.as_str())
                    .set("cells", list(row.cells.iter().map(|&c| Value::from(c))))
                    .set("total", row.total)
                    .build()
            })),
        )
        .set(
            "totals",
            list(rep.levels.totals.iter().map(|&c| Value::from(c))),
        )
        .build();
    let placings = list(rep.placings.iter().map(|p| {
        Obj::new()
            .set("entry", entry_link(p.entry))
            .set("authors", authors(p.entry))
            .set("result", p.result.as_str())
            .set_opt("level", p.level.as_deref())
            .set_opt("event", p.event.as_deref())
            .build()
    }));
    let publications = list(rep.publications.iter().map(|(i, line)| {
        let e = &site.entries[*i];
        Obj::new()
            .set("text", line.as_str())
            .set("url", format!("{}index.html", e.dir))
            .set("lang", e.lang.code())
            .build()
    }));
    let plan = rep.plan.as_ref().map(|(p, ful)| {
        let forms = ful.by_form.iter().map(|&(form, t)| {
            tally_value(t, form.name(&site.config, site.config.language)).build()
        });
        tally_value(ful.total, rep.t("plan_total"))
            .set(
                "url",
                format!("{}index.html", urls::plan_dir(site.plans[*p].year)),
            )
            .set("by_form", list(forms))
            .build()
    });
    let top = list(rep.top.iter().map(|&(a, n)| {
        Obj::new()
            .set("name", site.authors[a].name.as_str())
            .set(
                "url",
                format!("{}index.html", urls::author_dir(site, MAIN, a)),
            )
            .set("count", n)
            .build()
    }));
    ctx.insert_value(
        "report",
        Obj::new()
            .set("title", rep.t("report_title"))
            .set("year", rep.year.label())
            .set("slug", rep.year.slug())
            .set("count", rep.entries.len())
            .set("authors_count", f.authors)
            .set("levels", levels)
            .set("charts", charts)
            .set("placings", placings)
            .set("publications", publications)
            .set_opt("plan", plan)
            .set("top", top)
            .set(
                "catalogue",
                format!("{}index.html", urls::catalogue_dir(rep.year)),
            )
            .build(),
    );
    ctx
}
