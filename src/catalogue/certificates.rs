//! Certificates: `catalogue/<year>/certificates.pdf`, a page for each teacher
//! who showed work at the year's exhibition, naming their works, with the
//! signature lines config.yaml gives (`catalogue: {signatures: …}`).

use std::collections::HashMap;
use std::fmt::Write;

use super::Catalogue;
use super::typst::{Markup, lit, opt_lit, strings};
use crate::lang::dates::DateFormatter;
use crate::lang::fit::{TITLE, fit};

/// The layout: the page and one certificate.
const PREAMBLE: &str = include_str!("certificates.typ");

/// The most works a certificate names; it says how many more there are.
const MOST_WORKS: usize = 4;

/// A certificate for every author of `cat`'s exhibits, in the author index's
/// (Kazakh alphabetical) order.
pub fn markup(cat: &Catalogue) -> Markup {
    let cfg = &cat.site.config;
    let lang = cfg.language.code();
    let college = cfg.college.as_deref().unwrap_or(&cfg.title);
    let mut s = String::with_capacity(4096 + cat.author_index.len() * 600);
    s.push_str(PREAMBLE);
    let _ = writeln!(
        s,
        "\n#set document(title: {}, author: {})\n#show: certificates.with(lang: {})",
        lit(&format!(
            "{} {}",
            cat.t("certificate_title"),
            cat.year.label()
        )),
        lit(college),
        lit(lang),
    );
    let titles: HashMap<usize, &str> = cat
        .exhibits()
        .map(|ex| (ex.number, ex.title.as_str()))
        .collect();
    let when = match cat.imprint.exhibited {
        Some(day) => DateFormatter::new(cfg.language).format(day),
        None => format!("{} {}", cat.year.label(), cat.t("academic_year")),
    };
    let place_date = match cfg.city.as_deref() {
        Some(city) => format!("{city}, {when}"),
        None => when,
    };
    let signatures: String = cfg
        .catalogue
        .signatures
        .iter()
        .map(|sig| format!("({}, {}),", lit(&sig.name), lit(&sig.role)))
        .collect();
    let text = cat
        .t("certificate_text")
        .replace("{year}", &cat.year.label());
    for a in &cat.author_index {
        let works: Vec<String> = (a.numbers.iter())
            .filter_map(|n| titles.get(n))
            .take(MOST_WORKS)
            .map(|t| fit(t, TITLE).text.into_owned())
            .collect();
        let more = (a.numbers.len() > MOST_WORKS).then(|| {
            cat.t("certificate_more")
                .replace("{n}", &(a.numbers.len() - MOST_WORKS).to_string())
        });
        let label = if a.numbers.len() == 1 {
            cat.t("certificate_work")
        } else {
            cat.t("certificate_works")
        };
        let _ = writeln!(
            s,
            "#certificate(college: {}, title: {}, name: {}, text-before: {}, works-label: {}, \
             works: {}, more: {}, place-date: {}, signatures: ({signatures}), lang: {})",
            lit(college),
            lit(cat.t("certificate_title")),
            lit(&fit(&a.name, crate::lang::fit::NAME).text),
            lit(&text),
            lit(label),
            strings(&works),
            opt_lit(more.as_deref()),
            lit(&place_date),
            lit(lang),
        );
    }
    Markup {
        source: s,
        files: Vec::new(),
    }
}
