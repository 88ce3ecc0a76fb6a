//! A teacher's portfolio as a PDF, for attestation: `authors/<id>/portfolio.pdf`
//! in every build, and `ozyq portfolio AUTHOR [--years 2023-2026]`. It shows what
//! the web portfolio shows (`site::portfolio`: the works by year and kind with
//! their event, level, result and journal, and a count by kind and level), with a
//! QR code to each work's page, laid out by `print/portfolio.typ`.

use std::fmt::Write;

use crate::catalogue::layout::{Layouts, PORTFOLIO};
use crate::catalogue::typst::{FileData, Markup, PrintedPhoto, VirtualFile, lit, opt_lit};
use crate::lang::Lang;
use crate::lang::dates::DateFormatter;
use crate::lang::fit::{DETAIL, NAME, TITLE, fit};
use crate::lang::strings::{Strings, ui};
use crate::render::fields::FieldWords;
use crate::site::portfolio::{self, YearSpan};
use crate::site::{AuthorId, EntryId, LangId, Site};

/// How wide the teacher's photo is printed, mm.
const PHOTO_MM: f64 = 32.0;

/// What a portfolio is made from.
pub struct Portfolio<'a> {
    /// The model.
    pub site: &'a Site,
    /// The UI strings in the portfolio's language.
    pub strings: &'a Strings,
    /// The language it is written in: the site's, or another it is published
    /// in. It lists the works the teacher's page in that language lists.
    pub tongue: LangId,
    /// The teacher.
    pub author: AuthorId,
    /// The academic years it covers; all the teacher's works without one.
    pub span: Option<YearSpan>,
}

impl Portfolio<'_> {
    fn t(&self, key: &'static str) -> &str {
        ui(self.strings, key)
    }

    fn lang(&self) -> Lang {
        self.site.tongues[self.tongue].lang
    }

    /// The works it shows, newest first.
    pub fn works(&self) -> Vec<EntryId> {
        portfolio::works(self.site, self.tongue, self.author, self.span)
    }

    /// The portfolio as Typst markup; `None` when the teacher has no works in
    /// its years (no empty PDF is ever made).
    pub fn markup(&self, layouts: &Layouts) -> Option<Markup> {
        let works = self.works();
        if works.is_empty() {
            return None;
        }
        let site = self.site;
        let cfg = &site.config;
        let au = &site.authors[self.author];
        let name = au.name_in(self.lang());
        let college = cfg.college_in(self.lang()).unwrap_or(&cfg.title);
        let mut m = Markup::new(layouts, &[PORTFOLIO], 2048 + works.len() * 600);
        let photo = self.photo();
        let photo_path = photo.as_ref().map(|f| f.path.clone());
        m.files.extend(photo);
        let s = &mut m.source;
        let _ = writeln!(
            s,
            "#show: portfolio.with(lang: {}, college: {}, name: {}, page-label: \"\")",
            lit(self.lang().code()),
            lit(college),
            lit(name),
        );
        let _ = writeln!(
            s,
            "#title-block(college: {}, title: {}, name: {}, facts: ({}), photo: {})",
            lit(college),
            lit(self.t("portfolio_title")),
            lit(name),
            self.about(&works),
            opt_lit(photo_path.as_deref()),
        );
        self.summary(s, &works);
        self.works_by_year(&mut m, &works);
        Some(m)
    }

    /// The facts about the teacher, as Typst pairs.
    fn about(&self, works: &[EntryId]) -> String {
        let site = self.site;
        let lang = self.lang();
        let au = &site.authors[self.author];
        let mut facts: Vec<(&str, String)> = Vec::new();
        if let Some(c) = au.category {
            let category = ui(self.strings, &c.ui_key()).to_string();
            facts.push((self.t("category"), category));
        }
        if let Some((p, _)) = au.position_in(lang, site.config.language) {
            facts.push((self.t("position"), p.to_string()));
        }
        if let Some(d) = au.department {
            facts.push((
                self.t("department"),
                site.departments[d].name_in(lang).into(),
            ));
        }
        let span = self.span.unwrap_or_else(|| {
            let years = works.iter().map(|&i| site.entries[i].year);
            YearSpan {
                first: years.clone().min().expect("a portfolio has works"),
                last: years.max().expect("a portfolio has works"),
            }
        });
        facts.push((self.t("portfolio_years"), span.label()));
        facts.push((self.t("works_total"), works.len().to_string()));
        facts
            .iter()
            .map(|(l, v)| format!("({}, {}),", lit(l), lit(v)))
            .collect()
    }

    /// The teacher's photo as printed, about 300 dpi.
    fn photo(&self) -> Option<VirtualFile> {
        let site = self.site;
        let id = site.authors[self.author].photo.as_ref()?.copies?;
        let photo = site.photos.list[id].clone();
        let width = ((PHOTO_MM / 25.4 * 300.0).ceil() as u32).clamp(1, photo.probe.width);
        Some(VirtualFile {
            path: format!("/photo.{}", photo.probe.format.ext()),
            data: FileData::Photo(PrintedPhoto {
                root: site.config.root.clone(),
                photo,
                width,
                limits: site.config.images.limits(),
            }),
        })
    }

    /// The count of the works by kind and level.
    fn summary(&self, s: &mut String, works: &[EntryId]) {
        let site = self.site;
        let lang = self.lang();
        let sum = portfolio::summary(site, works);
        let level = site.config.field("level").map(|f| &site.config.fields[f]);
        let mut header = vec![self.t("portfolio_kind").to_string()];
        header.extend(sum.levels.iter().map(|l| match (l, level) {
            (Some(c), Some(field)) => field.choices[*c].label.get(lang).to_string(),
            _ => self.t("level_none").to_string(),
        }));
        header.push(self.t("portfolio_total").to_string());
        let count = |n: usize| {
            if n == 0 {
                "–".to_string()
            } else {
                n.to_string()
            }
        };
        let rows: String = (sum.rows.iter())
            .map(|(k, counts, total)| {
                let mut cells = vec![site.config.kinds[*k].plural.get(lang).to_string()];
                cells.extend(counts.iter().map(|&n| count(n)));
                cells.push(total.to_string());
                format!("{},", crate::catalogue::typst::strings(&cells))
            })
            .collect();
        let foot = (sum.rows.len() > 1).then(|| {
            let mut cells = vec![self.t("portfolio_total").to_string()];
            cells.extend(sum.totals.iter().map(|&n| count(n)));
            cells.push(sum.total.to_string());
            crate::catalogue::typst::strings(&cells)
        });
        let _ = writeln!(
            s,
            "#summary(title: {}, header: {}, rows: ({rows}), foot: {})",
            lit(self.t("portfolio_summary")),
            crate::catalogue::typst::strings(&header),
            foot.unwrap_or_else(|| "none".into()),
        );
    }

    /// Every work, by academic year and kind, numbered through.
    fn works_by_year(&self, m: &mut Markup, works: &[EntryId]) {
        let site = self.site;
        let cfg = &site.config;
        let lang = self.lang();
        let dates = DateFormatter::new(lang);
        let words = FieldWords {
            site,
            strings: self.strings,
            lang,
            dates: &dates,
            tongue: self.tongue,
        };
        let mut number = 0;
        for y in portfolio::by_year(site, works) {
            let title = format!("{} {}", y.year.label(), self.t("academic_year"));
            let _ = writeln!(m.source, "#year({})", lit(&title));
            for (k, list) in &y.kinds {
                let _ = writeln!(m.source, "#kind({})", lit(cfg.kinds[*k].plural.get(lang)));
                for &i in list {
                    number += 1;
                    // A work translated into the language is its translation
                    // here: its title, date, page and the facts it gives.
                    let e = &site.entries[i];
                    let mut facts: String = (portfolio::facts(site, i).into_iter())
                        .map(|f| {
                            let shown = words.shown(f);
                            let text = fit(&shown.text, DETAIL).text;
                            format!("({}, {}),", lit(&shown.label), lit(&text))
                        })
                        .collect();
                    // A joint work says so: an attestation counts it as shared.
                    let others: Vec<std::borrow::Cow<str>> = (e.authors.iter())
                        .filter(|&&a| a != self.author)
                        .map(|&a| fit(site.authors[a].name_in(lang), NAME).text)
                        .collect();
                    if !others.is_empty() {
                        let label = self.t("portfolio_coauthors");
                        let names = others.join(", ");
                        let names = fit(&names, DETAIL).text;
                        let _ = write!(facts, "({}, {}),", lit(label), lit(&names));
                    }
                    let url = (cfg.base_url.as_ref()).map(|base| format!("{base}{}", e.dir));
                    let qr = url.as_ref().map(|url| {
                        let path = format!("/qr/{number}.png");
                        m.files.push(VirtualFile {
                            path: path.clone(),
                            data: FileData::QrCode(url.clone()),
                        });
                        path
                    });
                    let _ = writeln!(
                        m.source,
                        "#work(number: {number}, title: {}, date: {}, facts: ({facts}), qr: {}, url: {}, lang: {})",
                        // Cut as the catalogue cuts them: a text pasted by
                        // mistake would make a page of its own, or no PDF.
                        lit(&fit(&e.doc.title, TITLE).text),
                        lit(&dates.format(e.date.date)),
                        opt_lit(qr.as_deref()),
                        opt_lit(url.as_deref()),
                        lit(e.lang.code()),
                    );
                }
            }
        }
    }
}
