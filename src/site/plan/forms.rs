//! The forms of work a plan item may take besides the site's kinds: the School's
//! meetings, consultations, lectures and the rest of what a work plan lists but
//! the archive does not publish as a kind of its own.

use std::collections::HashMap;

use crate::config::Config;
use crate::config::fields::choice_key;
use crate::config::kinds::{KindId, Labels};
use crate::lang::Lang;

/// A form of work that is not one of the site's kinds.
pub struct OtherForm {
    /// Its id, as a plan may write it.
    pub id: &'static str,
    /// Its name in Kazakh, Russian and English.
    pub names: [&'static str; 3],
    /// Other words for it that a plan may write.
    pub words: &'static [&'static str],
}

/// The forms a plan item may take besides the site's kinds.
pub const OTHER_FORMS: &[OtherForm] = &[
    OtherForm {
        id: "meeting",
        names: ["ОТМ отырысы", "Заседание ШПО", "Meeting of the School"],
        words: &["отырыс", "заседание", "meeting"],
    },
    OtherForm {
        id: "consultation",
        names: ["Кеңес беру", "Консультация", "Consultation"],
        words: &["кеңес", "консультация", "консультации", "consultation"],
    },
    OtherForm {
        id: "lecture",
        names: ["Дәріс", "Лекция", "Lecture"],
        words: &["дәріс", "лекция", "lecture"],
    },
    OtherForm {
        id: "training",
        names: ["Тренинг", "Тренинг", "Training"],
        words: &["тренинг", "training", "workshop", "практикум"],
    },
    OtherForm {
        id: "master-class",
        names: ["Шеберлік сыныбы", "Мастер-класс", "Master class"],
        words: &["шеберлік сыныбы", "мастер класс", "master class"],
    },
    OtherForm {
        id: "round-table",
        names: ["Дөңгелек үстел", "Круглый стол", "Round table"],
        words: &["дөңгелек үстел", "круглый стол", "round table"],
    },
    OtherForm {
        id: "lesson-visits",
        names: [
            "Сабаққа өзара қатысу",
            "Взаимопосещение занятий",
            "Lesson visits",
        ],
        words: &[
            "сабаққа қатысу",
            "взаимопосещение",
            "взаимопосещение уроков",
            "lesson visits",
        ],
    },
    OtherForm {
        id: "mentoring",
        names: ["Тәлімгерлік", "Наставничество", "Mentoring"],
        words: &["тәлімгерлік", "наставничество", "mentoring"],
    },
    OtherForm {
        id: "exhibition",
        names: [
            "Әдістемелік көрме",
            "Методическая выставка",
            "Methodological exhibition",
        ],
        words: &["көрме", "выставка", "exhibition"],
    },
    OtherForm {
        id: "report",
        names: ["Есеп", "Отчёт", "Report"],
        words: &["есеп", "отчёт", "отчет", "report"],
    },
];

/// Everyday words for the built-in kinds that a plan may write as a form («семинар»
/// for the seminar report, «олимпиада» or «байқау» for the competition), beside
/// their ids, folders and full names.
const KIND_WORDS: &[(&str, &[&str])] = &[
    ("seminar", &["семинар", "семинар баяндамасы", "доклад"]),
    ("conference", &["конференция"]),
    (
        "olympiad",
        &["олимпиада", "байқау", "конкурс", "competition", "olympiad"],
    ),
    ("article", &["статья"]),
    (
        "guideline",
        &["нұсқау", "әдістемелік құрал", "рекомендации", "методичка"],
    ),
    (
        "open_lesson",
        &["ашық сабақ", "открытый урок", "открытое занятие"],
    ),
    (
        "self_education",
        &[
            "өздігінен білім алу",
            "самообразование",
            "тема самообразования",
        ],
    ),
];

/// The form of a plan item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Form {
    /// One of the site's kinds: entries of it record the item.
    Kind(KindId),
    /// Another form, by its place in [`OTHER_FORMS`].
    Other(usize),
}

impl Form {
    /// Its name in `lang`.
    pub fn name(self, config: &Config, lang: Lang) -> &str {
        match self {
            Form::Kind(k) => config.kinds[k].label.get(lang),
            Form::Other(i) => OTHER_FORMS[i].names[lang_index(lang)],
        }
    }
}

fn lang_index(lang: Lang) -> usize {
    match lang {
        Lang::Kk => 0,
        Lang::Ru => 1,
        Lang::En => 2,
    }
}

fn labels(l: &Labels) -> impl Iterator<Item = &str> {
    [&l.kk, &l.ru, &l.en]
        .into_iter()
        .flatten()
        .map(String::as_str)
}

/// Every way a plan may name a form, by its [`choice_key`]: a kind by id, folder
/// or name (in any language, one or many), or one of [`OTHER_FORMS`] by id, name
/// or word. Made once for all of a plan's items, not once per item.
pub struct Forms(HashMap<String, (Form, String)>);

impl Forms {
    /// The names of the site's kinds and of the other forms. A name two forms
    /// share is the first one's: kinds first, in the site's order.
    pub fn of(config: &Config) -> Forms {
        let mut keys = HashMap::new();
        for (i, kind) in config.kinds.iter_enumerated() {
            let names = [kind.id.as_str(), kind.folder.as_str()]
                .into_iter()
                .chain(labels(&kind.label))
                .chain(labels(&kind.plural));
            for name in names {
                (keys.entry(choice_key(name))).or_insert((Form::Kind(i), name.to_string()));
            }
        }
        // After every kind's own names: a site's kind named «Конкурс» keeps it.
        for (i, kind) in config.kinds.iter_enumerated() {
            let words = (KIND_WORDS.iter())
                .filter(|(id, _)| *id == kind.id)
                .flat_map(|(_, words)| words.iter().copied());
            for name in words {
                (keys.entry(choice_key(name))).or_insert((Form::Kind(i), name.to_string()));
            }
        }
        for (i, f) in OTHER_FORMS.iter().enumerate() {
            let names = std::iter::once(f.id)
                .chain(f.names)
                .chain(f.words.iter().copied());
            for name in names {
                (keys.entry(choice_key(name))).or_insert((Form::Other(i), name.to_string()));
            }
        }
        Forms(keys)
    }

    /// The form `written` names.
    pub fn find(&self, written: &str) -> Option<Form> {
        self.0.get(&choice_key(written)).map(|(form, _)| *form)
    }

    /// The name of a form nearest to `written`, as that name is written, for a
    /// hint («семинар» for «семенар»).
    pub fn nearest(&self, written: &str) -> Option<&str> {
        // In a fixed order, so that of two names as near the hint is always one.
        let mut keys: Vec<&str> = self.0.keys().map(String::as_str).collect();
        keys.sort_unstable();
        let key = crate::diagnostics::nearest(&choice_key(written), keys)?;
        self.0.get(key).map(|(_, name)| name.as_str())
    }
}

/// The ids a plan may write as forms, for messages: the kinds', then the others'.
pub fn ids(config: &Config) -> Vec<&str> {
    config
        .kinds
        .iter()
        .map(|k| k.id.as_str())
        .chain(OTHER_FORMS.iter().map(|f| f.id))
        .collect()
}
