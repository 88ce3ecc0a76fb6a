//! The sections `ozyq new` writes under an entry's front matter: a plan of what
//! an entry of its kind usually tells, in the entry's language.

use crate::lang::Lang;

/// One section heading in Kazakh, Russian and English.
type Heading = [&'static str; 3];

const LESSON: &[Heading] = &[
    ["Сабақтың мақсаты", "Цели урока", "Aims of the lesson"],
    [
        "Қолданылған технологиялар",
        "Используемые технологии",
        "Technologies used",
    ],
    ["Сабақтың барысы", "Ход урока", "Course of the lesson"],
    ["Рефлексия", "Рефлексия", "Reflection"],
];

const ARTICLE: &[Heading] = &[
    ["Аңдатпа", "Аннотация", "Abstract"],
    ["Кіріспе", "Введение", "Introduction"],
    ["Негізгі бөлім", "Основная часть", "Main part"],
    ["Қорытынды", "Заключение", "Conclusion"],
    ["Әдебиеттер", "Список литературы", "References"],
];

const SEMINAR: &[Heading] = &[
    ["Семинардың мақсаты", "Цель семинара", "Aim of the seminar"],
    ["Күн тәртібі", "Программа", "Agenda"],
    ["Баяндамалар", "Доклады", "Reports"],
    ["Шешім", "Решение", "Resolution"],
];

const CONFERENCE: &[Heading] = &[
    [
        "Баяндаманың өзектілігі",
        "Актуальность доклада",
        "Relevance",
    ],
    ["Негізгі ойлар", "Основные положения", "Main points"],
    ["Қорытынды", "Выводы", "Conclusions"],
];

const OLYMPIAD: &[Heading] = &[
    ["Байқау туралы", "О конкурсе", "About the competition"],
    ["Дайындық", "Подготовка", "Preparation"],
    ["Нәтижелер", "Результаты", "Results"],
];

const GUIDELINE: &[Heading] = &[
    ["Түсінік хат", "Пояснительная записка", "Explanatory note"],
    ["Мазмұны", "Содержание", "Contents"],
    [
        "Әдістемелік ұсыныстар",
        "Методические рекомендации",
        "Recommendations",
    ],
    ["Әдебиеттер", "Список литературы", "References"],
];

const BULLETIN: &[Heading] = &[
    ["Басты тақырып", "Главная тема", "Main topic"],
    ["Жаңалықтар", "Новости", "News"],
    [
        "Алдағы іс-шаралар",
        "Предстоящие мероприятия",
        "Coming events",
    ],
];

const SELF_EDUCATION: &[Heading] = &[
    [
        "Тақырыптың өзектілігі",
        "Актуальность темы",
        "Relevance of the topic",
    ],
    ["Мақсаты мен міндеттері", "Цель и задачи", "Aim and tasks"],
    ["Жұмыс кезеңдері", "Этапы работы", "Stages of the work"],
    ["Нәтижелері", "Результаты", "Results"],
    ["Қорытынды", "Выводы", "Conclusions"],
];

/// For a kind of the site's own, which ozyq knows nothing of.
const ANY: &[Heading] = &[
    ["Мақсаты", "Цель", "Aims"],
    ["Барысы", "Ход работы", "Course of work"],
    ["Қорытынды", "Выводы", "Conclusions"],
];

/// The sections of an entry of the kind `kind_id`, as Markdown headings in `lang`.
pub fn body(kind_id: &str, lang: Lang) -> String {
    let headings = match kind_id {
        "open_lesson" => LESSON,
        "article" => ARTICLE,
        "seminar" => SEMINAR,
        "conference" => CONFERENCE,
        "olympiad" => OLYMPIAD,
        "guideline" => GUIDELINE,
        "bulletin" => BULLETIN,
        "self_education" => SELF_EDUCATION,
        _ => ANY,
    };
    let i = match lang {
        Lang::Kk => 0,
        Lang::Ru => 1,
        Lang::En => 2,
    };
    headings
        .iter()
        .map(|h| format!("## {}\n\n\n", h[i]))
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
