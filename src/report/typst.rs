//! The report as Typst markup, laid out with the catalogue's page design
//! (`catalogue.typ`) and a few functions of its own (`report.typ`). As in the
//! catalogue, every text is passed as a string literal, never as markup.

use std::fmt::Write;

use super::Report;
use crate::catalogue::layout::{CATALOGUE, Layouts, REPORT};
use crate::catalogue::typst::{Markup, approver, array, figures_arg, lit, opt_lit, strings};
use crate::lang::plural::form;

/// The report of `rep` on A4.
pub fn markup(rep: &Report, layouts: &Layouts) -> Markup {
    let site = rep.site;
    let cfg = &site.config;
    let college = cfg.college.as_deref().unwrap_or(&cfg.title);
    let title = rep.t("report_title");
    let mut m = Markup::new(layouts, &[CATALOGUE, REPORT], 16 * 1024);
    let s = &mut m.source;
    let _ = writeln!(
        s,
        "#set document(title: {}, author: {})",
        lit(&format!("{title} {}", rep.year.label())),
        lit(college)
    );
    let _ = writeln!(
        s,
        "#show: catalogue.with(paper: \"a4\", lang: {}, title: {}, college: {}, year: {}, contents: \"\", section: \"\", front: 1)",
        lit(cfg.language.code()),
        lit(title),
        lit(college),
        lit(&rep.year.label()),
    );
    let place = match cfg.city_in(cfg.language) {
        Some(c) => format!("{college}, {c}"),
        None => college.to_string(),
    };
    let _ = writeln!(
        s,
        "#report-title({}, {}, {})",
        lit(&place),
        lit(title),
        lit(&format!("{} {}", rep.year.label(), rep.t("academic_year")))
    );
    figures(s, rep);
    results(s, rep);
    publications(s, rep);
    plan(s, rep);
    top(s, rep);
    signature(s, rep);
    m
}

fn heading(s: &mut String, title: &str) {
    let _ = writeln!(s, "#heading(level: 2, {})", lit(title));
}

fn figures(s: &mut String, rep: &Report) {
    heading(s, rep.t("catalogue_figures"));
    // «21 материал», «3 автора»: the nouns in the form their numbers ask for.
    let noun = |key: &'static str, n: usize| {
        let lang = rep.site.config.language;
        form(rep.strings, lang, key, n as u64).unwrap_or(key)
    };
    let _ = writeln!(
        s,
        "#totals({}, {}, {}, {})",
        lit(noun("stat_entries", rep.entries.len())),
        rep.entries.len(),
        lit(noun("stat_authors", rep.figures.authors)),
        rep.figures.authors
    );
    let l = &rep.levels;
    if !l.rows.is_empty() {
        let _ = writeln!(
            s,
            "#block(below: 0.4em, text(weight: \"bold\", {}))",
            lit(rep.t("report_levels"))
        );
        let header = std::iter::once(rep.t("kind").to_string())
            .chain(l.levels.iter().cloned())
            .chain([rep.t("plan_total").to_string()]);
        let rows: Vec<String> = l
            .rows
            .iter()
            .map(|row| {
                strings(
                    std::iter::once(row.kind.clone())
                        .chain(row.cells.iter().map(ToString::to_string))
                        .chain([row.total.to_string()]),
                )
            })
            .collect();
        let foot = std::iter::once(rep.t("plan_total").to_string())
            .chain(l.totals.iter().map(ToString::to_string))
            .chain([rep.entries.len().to_string()]);
        let _ = writeln!(
            s,
            "#figures-table({}, {}, foot: {})",
            strings(header),
            array(&rows),
            strings(foot)
        );
    }
    for (key, items) in rep.figures.charts() {
        let _ = writeln!(s, "#chart({}, {})", lit(rep.t(key)), figures_arg(items));
    }
}

fn results(s: &mut String, rep: &Report) {
    heading(s, rep.t("report_results"));
    if rep.placings.is_empty() {
        let _ = writeln!(s, "#text({})", lit(rep.t("report_no_results")));
        return;
    }
    let site = rep.site;
    let rows: Vec<String> = rep
        .placings
        .iter()
        .map(|p| {
            let e = &site.entries[p.entry];
            let names: Vec<&str> = e
                .authors
                .iter()
                .map(|&a| site.authors[a].name.as_str())
                .collect();
            strings([
                p.result.as_str(),
                p.level.as_deref().unwrap_or(""),
                // The column is the event's: the work's title where none is given.
                p.event.as_deref().unwrap_or(&e.doc.title),
                &names.join(", "),
            ])
        })
        .collect();
    let header = [
        rep.t("report_result"),
        rep.t("report_level"),
        rep.t("plan_what"),
        rep.t("authors"),
    ];
    let _ = writeln!(
        s,
        "#figures-table({}, {}, numeric: false, columns: (auto, auto, 2fr, 1.2fr))",
        strings(header),
        array(&rows)
    );
}

fn publications(s: &mut String, rep: &Report) {
    heading(s, rep.t("report_publications"));
    if rep.publications.is_empty() {
        let _ = writeln!(s, "#text({})", lit(rep.t("report_no_publications")));
        return;
    }
    let _ = writeln!(
        s,
        "#publications({})",
        // Initials stay on the line of the name they belong to.
        strings(
            rep.publications
                .iter()
                .map(|(_, line)| crate::lang::nbsp::bind(line))
        )
    );
}

fn plan(s: &mut String, rep: &Report) {
    let Some((_, ful)) = &rep.plan else {
        return;
    };
    let cfg = &rep.site.config;
    heading(s, rep.t("plan_fulfilment"));
    let row = |name: &str, t: crate::site::plan::Tally| {
        strings([
            name.to_string(),
            t.done.to_string(),
            t.planned.to_string(),
            format!("{}%", t.percent()),
        ])
    };
    let rows: Vec<String> = ful
        .by_form
        .iter()
        .map(|&(form, t)| row(form.name(cfg, cfg.language), t))
        .collect();
    let header = [
        rep.t("plan_form"),
        rep.t("plan_done"),
        rep.t("plan_planned"),
        "%",
    ];
    let _ = writeln!(
        s,
        "#figures-table({}, {}, foot: {})",
        strings(header),
        array(&rows),
        row(rep.t("plan_total"), ful.total)
    );
}

fn top(s: &mut String, rep: &Report) {
    heading(s, rep.t("report_top"));
    let rows: Vec<String> = rep
        .top
        .iter()
        .map(|&(a, n)| strings([rep.site.authors[a].name.clone(), n.to_string()]))
        .collect();
    let _ = writeln!(
        s,
        "#figures-table({}, {})",
        strings([rep.t("by"), rep.t("report_works")]),
        array(&rows)
    );
}

/// The foot of the report: signed by the catalogue's approver (the deputy for
/// methodological work, who keeps the plan), with a line for the day, as the
/// catalogue's cover is. Without `approved_by` a report has no one to sign it.
fn signature(s: &mut String, rep: &Report) {
    let (Some(post), name) = approver(&rep.site.config) else {
        return;
    };
    let end_year = (rep.year.0 + 1).to_string();
    let _ = writeln!(
        s,
        "#report-signature({}, {}, {})",
        lit(&post),
        opt_lit(name.as_deref()),
        lit(&rep
            .t("catalogue_approved_date")
            .replace("{year}", &end_year))
    );
}
