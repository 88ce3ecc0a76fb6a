//! The sections `ozyq new` writes under an entry's front matter: a plan of what
//! an entry of its kind usually tells, in the entry's language.

use crate::lang::Lang;
use crate::t;

/// The sections of an entry of the kind `kind_id`, as Markdown headings in `lang`.
/// Each kind's headings are one message, a heading a line (`skeleton.ftl`).
pub fn body(kind_id: &str, lang: Lang) -> String {
    let headings = match kind_id {
        "open_lesson" => t!("skeleton-open-lesson"),
        "article" => t!("skeleton-article"),
        "seminar" => t!("skeleton-seminar"),
        "conference" => t!("skeleton-conference"),
        "olympiad" => t!("skeleton-olympiad"),
        "guideline" => t!("skeleton-guideline"),
        "bulletin" => t!("skeleton-bulletin"),
        "self_education" => t!("skeleton-self-education"),
        // A kind of the site's own, which ozyq knows nothing of.
        _ => t!("skeleton-any"),
    };
    headings
        .render(lang)
        .lines()
        .map(|h| format!("## {}\n\n\n", h.trim()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::kinds::default_kinds;

    #[test]
    fn every_built_in_kind_has_its_own_sections() {
        let mut seen = std::collections::HashSet::new();
        for k in default_kinds() {
            let kk = body(&k.id, Lang::Kk);
            assert_ne!(kk, body("a-kind-of-the-site", Lang::Kk), "{}", k.id);
            assert!(seen.insert(kk), "{} repeats another kind's sections", k.id);
        }
    }

    #[test]
    fn sections_are_in_the_language_asked() {
        assert!(body("article", Lang::Ru).starts_with("## Аннотация\n"));
        assert!(body("article", Lang::Kk).starts_with("## Аңдатпа\n"));
        assert!(body("open_lesson", Lang::En).contains("## Reflection\n"));
    }
}
