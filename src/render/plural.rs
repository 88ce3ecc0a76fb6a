//! The `plural(key=…, n=…)` function of templates: the UI string `key` in the
//! form a noun takes after the number `n` in the page's language. The theme
//! gives the forms as `key_one`, `key_few`, `key_many`, … beside `key`, which
//! serves every number whose form is not given (and every number in a theme
//! that gives none).

use std::sync::Arc;

use tera::{Kwargs, State, Tera, TeraResult, Value};

use crate::lang::Lang;
use crate::lang::plural::form;
use crate::lang::strings::Strings;

/// Registers `plural()` in the Tera of one language's pages.
pub fn register(tera: &mut Tera, strings: &Strings, lang: Lang) {
    let strings = Arc::new(strings.clone());
    tera.register_function("plural", move |kwargs: Kwargs, _: &State| {
        let key: String = kwargs.must_get("key")?;
        let n: i64 = kwargs.must_get("n")?;
        match form(&strings, lang, &key, n.unsigned_abs()) {
            Some(word) => Ok(Value::from(word)),
            None => Err(tera::Error::message(format!(
                "plural(): the theme has no UI string `{key}`"
            ))),
        }
    });
}

/// Registers a `plural()` that only says it cannot be used, so that templates
/// calling it pass the check at load time; [`register`] replaces it before any
/// page is rendered.
pub fn register_placeholder(tera: &mut Tera) {
    tera.register_function("plural", |_: Kwargs, _: &State| -> TeraResult<Value> {
        Err(tera::Error::message(
            "plural() is available on the site's pages only",
        ))
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::strings::strings;

    #[test]
    fn a_russian_count_takes_the_form_its_number_asks_for() {
        let s = strings(&[
            ("entries_count", "материалов"),
            ("entries_count_one", "материал"),
            ("entries_count_few", "материала"),
        ]);
        let said: Vec<String> = [1, 3, 5, 21, 24, 31, 111]
            .map(|n| format!("{n} {}", form(&s, Lang::Ru, "entries_count", n).unwrap()))
            .into();
        assert_eq!(
            said,
            [
                "1 материал",
                "3 материала",
                "5 материалов",
                "21 материал",
                "24 материала",
                "31 материал",
                "111 материалов"
            ]
        );
    }

    #[test]
    fn a_theme_without_forms_keeps_its_one_string() {
        let s = strings(&[("entries_count", "материал")]);
        assert_eq!(form(&s, Lang::Kk, "entries_count", 1), Some("материал"));
        assert_eq!(form(&s, Lang::Ru, "entries_count", 3), Some("материал"));
        assert_eq!(form(&s, Lang::Ru, "missing", 3), None);
    }

    #[test]
    fn a_form_not_given_is_the_other_form() {
        let s = strings(&[
            ("n", "материалы"),
            ("n_one", "материал"),
            ("n_other", "материалов"),
        ]);
        assert_eq!(form(&s, Lang::Ru, "n", 5), Some("материалов"));
        assert_eq!(form(&s, Lang::Ru, "n", 21), Some("материал"));
    }

    #[test]
    fn templates_call_it_with_a_key_and_a_number() {
        let mut tera = Tera::new();
        register(
            &mut tera,
            &strings(&[
                ("stat_years", "учебных лет"),
                ("stat_years_few", "учебных года"),
            ]),
            Lang::Ru,
        );
        tera.add_raw_template("t", r#"{{ n }} {{ plural(key="stat_years", n=n) }}"#)
            .unwrap();
        let mut ctx = tera::Context::new();
        ctx.insert("n", &2);
        assert_eq!(tera.render("t", &ctx).unwrap(), "2 учебных года");
        ctx.insert("n", &12);
        assert_eq!(tera.render("t", &ctx).unwrap(), "12 учебных лет");
        // A key the theme lacks is an error, as `t.nokey` is.
        tera.add_raw_template("bad", r#"{{ plural(key="nokey", n=1) }}"#)
            .unwrap();
        let e = tera.render("bad", &ctx).unwrap_err();
        assert!(format!("{e:?}").contains("no UI string `nokey`"), "{e:?}");
    }
}
