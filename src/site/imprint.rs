//! The imprint page of a year's catalogue, as a methodological collection has
//! one: who compiled it, who reviewed it, the methodological council's approval
//! (minutes and date), УДК/ББК and an annotation. A year's foreword file gives
//! them in its front matter; `catalogue:` in config.yaml gives the site's
//! defaults for all but the approval.

use crate::t;
use chrono::NaiveDate;
use serde_yaml::Value;

use crate::config::CatalogueConfig;
use crate::content::front_matter::RawField;
use crate::diagnostics::Diagnostic;
use crate::lang::dates::{YEARS, four_digit_year, parse_date};
use crate::yaml::{describe, scalar_text};
use chrono::Datelike;

/// What the imprint page prints; every part may be missing.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Imprint {
    /// Who compiled the catalogue (құрастырған, составитель).
    pub compiler: Option<String>,
    /// Its reviewers (пікір жазғандар, рецензенты).
    pub reviewers: Vec<String>,
    /// The day the methodological council approved it.
    pub approved: Option<NaiveDate>,
    /// The number of the council's minutes.
    pub minutes: Option<String>,
    /// Universal Decimal Classification index.
    pub udc: Option<String>,
    /// Library-bibliographic classification index (ББК).
    pub bbk: Option<String>,
    /// A short annotation: what the catalogue holds and whom it is for.
    pub annotation: Option<String>,
    /// The day of the exhibition, which the certificates are dated.
    pub exhibited: Option<NaiveDate>,
}

impl Imprint {
    /// The site's defaults from config.yaml.
    pub fn defaults(config: &CatalogueConfig) -> Imprint {
        Imprint {
            compiler: config.compiler.clone(),
            reviewers: config.reviewers.clone().unwrap_or_default(),
            udc: config.udc.clone(),
            bbk: config.bbk.clone(),
            annotation: config.annotation.clone(),
            ..Imprint::default()
        }
    }

    /// The imprint of a foreword whose front matter has `fields` (those of
    /// `front_matter::IMPRINT_FIELDS`), over the site's defaults.
    pub fn read(
        fields: &[RawField],
        config: &CatalogueConfig,
        diags: &mut Vec<Diagnostic>,
    ) -> Self {
        let mut imprint = Imprint::defaults(config);
        for f in fields {
            let at = &f.key.location;
            let key = f.key.value.as_str();
            let text = || {
                scalar_text(&f.value)
                    .map(|s| s.trim().to_string())
                    .filter(|s| !s.is_empty())
            };
            match key {
                "reviewers" => match &f.value {
                    Value::Sequence(items) => {
                        imprint.reviewers = items.iter().filter_map(scalar_text).collect();
                    }
                    v => match scalar_text(v) {
                        Some(one) => imprint.reviewers = vec![one],
                        None => diags.push(
                            Diagnostic::error(
                                at.clone(),
                                t!("site-imprint-reviewers-must-list-names", v = describe(v)),
                            )
                            .with_hint(t!("site-imprint-write-reviewers-hint")),
                        ),
                    },
                },
                "approved" | "exhibited" => match text().map(|s| (parse_date(&s), s)) {
                    Some((Some(d), _)) if YEARS.contains(&d.date.year()) => {
                        if key == "approved" {
                            imprint.approved = Some(d.date);
                        } else {
                            imprint.exhibited = Some(d.date);
                        }
                    }
                    // `20.05.26` would be printed as the year 26.
                    Some((Some(d), s)) => diags.push(
                        Diagnostic::error(
                            at.clone(),
                            t!("site-imprint-not-date", key = key.to_string()),
                        )
                        .with_hint(
                            match four_digit_year(&s, d.date.year()) {
                                Some(fixed) => t!(
                                    "site-imprint-year-in-full-hint",
                                    key = key.to_string(),
                                    fixed = fixed
                                ),
                                None => t!(
                                    "content-front-matter-years-accepted-hint",
                                    from = *YEARS.start(),
                                    to = *YEARS.end()
                                ),
                            },
                        ),
                    ),
                    _ => diags.push(
                        Diagnostic::error(
                            at.clone(),
                            t!("site-imprint-not-date", key = key.to_string()),
                        )
                        .with_hint(if key == "approved" {
                            t!("site-imprint-approved-hint")
                        } else {
                            t!("site-imprint-exhibited-hint")
                        }),
                    ),
                },
                // Several compilers, as a list: printed one after another.
                "compiler" if f.value.is_sequence() => {
                    let items = f.value.as_sequence().into_iter().flatten();
                    let names: Vec<String> = items.filter_map(scalar_text).collect();
                    imprint.compiler = (!names.is_empty()).then(|| names.join(", "));
                }
                // A list or map would leave the printed imprint without it.
                _ if matches!(f.value, Value::Sequence(_) | Value::Mapping(_)) => diags.push(
                    Diagnostic::error(
                        at.clone(),
                        t!(
                            "content-front-matter-must-text-found",
                            key = key.to_string(),
                            v = describe(&f.value)
                        ),
                    )
                    .with_hint(t!(
                        "site-imprint-write-one-line-hint",
                        key = key.to_string(),
                        example = example(key)
                    )),
                ),
                _ => {
                    let slot = match key {
                        "compiler" => &mut imprint.compiler,
                        "minutes" => &mut imprint.minutes,
                        "udc" => &mut imprint.udc,
                        "bbk" => &mut imprint.bbk,
                        _ => &mut imprint.annotation,
                    };
                    *slot = text();
                }
            }
        }
        imprint
    }
}

/// A value of the imprint's text field `key`, as a hint writes it.
fn example(key: &str) -> &'static str {
    match key {
        "compiler" => "Асанова Г. Т.",
        "minutes" => "3",
        "udc" => "377.5",
        "bbk" => "74.5",
        _ => "\"…\"",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::{Located, Location};

    fn fields(yaml: &str) -> Vec<RawField> {
        let map: serde_yaml::Mapping = serde_yaml::from_str(yaml).unwrap();
        (map.into_iter())
            .map(|(k, value)| RawField {
                key: Located::new(k.as_str().unwrap().to_string(), Location::file("f.md")),
                value,
            })
            .collect()
    }

    #[test]
    fn compilers_may_be_a_list_and_other_lines_may_not() {
        let config = CatalogueConfig::default();
        let mut diags = Vec::new();
        let read = |yaml, diags: &mut Vec<Diagnostic>| Imprint::read(&fields(yaml), &config, diags);
        let i = read(
            "compiler: [А. Б. Асанова, В. Г. Бекова]\nudc: '377'",
            &mut diags,
        );
        assert_eq!(i.compiler.as_deref(), Some("А. Б. Асанова, В. Г. Бекова"));
        assert_eq!(i.udc.as_deref(), Some("377"));
        assert!(diags.is_empty(), "{diags:?}");
        let i = read("minutes: [3, 4]\nbbk: {a: 1}", &mut diags);
        assert_eq!((i.minutes, i.bbk), (None, None));
        assert_eq!(diags.len(), 2, "{diags:?}");
        assert!(diags.iter().all(Diagnostic::is_error));
    }
}
