//! The fields the School's forms record for each kind of work, with their names in
//! Kazakh, Russian and English, and the words a methodist may write for a choice.

use super::fields::{Choice, Field, FieldType};
use super::kinds::Labels;

fn field(name: &str, ty: FieldType, kk: &str, ru: &str, en: &str) -> Field {
    Field {
        name: name.into(),
        label: Labels::new(kk, ru, en),
        ty,
        choices: Vec::new(),
        built_in: true,
        kinds: None,
        required: false,
        keys: Default::default(),
    }
}

fn choice(id: &str, kk: &str, ru: &str, en: &str, words: &[&str]) -> Choice {
    Choice {
        id: id.into(),
        label: Labels::new(kk, ru, en),
        words: words.iter().map(|w| w.to_string()).collect(),
    }
}

fn choices(mut f: Field, list: Vec<Choice>) -> Field {
    f.choices = list;
    f
}

/// Levels of events, from the college's own to the international.
fn levels() -> Vec<Choice> {
    vec![
        choice(
            "college",
            "Колледжішілік",
            "Внутриколледжный",
            "College",
            &["колледждік", "колледж", "колледжный", "внутри колледжа"],
        ),
        choice(
            "city",
            "Қалалық",
            "Городской",
            "City",
            &["аудандық", "районный"],
        ),
        choice(
            "regional",
            "Облыстық",
            "Областной",
            "Regional",
            &["аймақтық", "региональный"],
        ),
        choice(
            "republican",
            "Республикалық",
            "Республиканский",
            "National",
            &["republic", "national", "ұлттық"],
        ),
        choice(
            "international",
            "Халықаралық",
            "Международный",
            "International",
            &[],
        ),
    ]
}

/// Places and prizes of competitions and olympiads.
fn results() -> Vec<Choice> {
    vec![
        choice(
            "grand_prix",
            "Бас жүлде",
            "Гран-при",
            "Grand Prix",
            &["гран при", "grand prix", "гран-при"],
        ),
        choice(
            "first",
            "I орын",
            "I место",
            "1st place",
            &[
                "1 орын",
                "1-орын",
                "бірінші орын",
                "1 место",
                "1-е место",
                "первое место",
                "1st",
                "first place",
                "i дәрежелі диплом",
                "1 дәрежелі диплом",
                "диплом i дәрежелі",
                "диплом i степени",
                "диплом 1 степени",
            ],
        ),
        choice(
            "second",
            "II орын",
            "II место",
            "2nd place",
            &[
                "2 орын",
                "2-орын",
                "екінші орын",
                "2 место",
                "2-е место",
                "второе место",
                "2nd",
                "second place",
                "ii дәрежелі диплом",
                "2 дәрежелі диплом",
                "диплом ii дәрежелі",
                "диплом ii степени",
                "диплом 2 степени",
            ],
        ),
        choice(
            "third",
            "III орын",
            "III место",
            "3rd place",
            &[
                "3 орын",
                "3-орын",
                "үшінші орын",
                "3 место",
                "3-е место",
                "третье место",
                "3rd",
                "third place",
                "iii дәрежелі диплом",
                "3 дәрежелі диплом",
                "диплом iii дәрежелі",
                "диплом iii степени",
                "диплом 3 степени",
            ],
        ),
        choice(
            "diploma",
            "Диплом",
            "Диплом",
            "Diploma",
            &["дипломант", "лауреат", "laureate"],
        ),
        choice(
            "commendation",
            "Алғыс хат",
            "Благодарственное письмо",
            "Letter of thanks",
            &[
                "грамота",
                "мақтау қағазы",
                "почётная грамота",
                "почетная грамота",
            ],
        ),
        choice(
            "certificate",
            "Сертификат",
            "Сертификат участника",
            "Certificate of participation",
            &["қатысушы", "участник", "участие", "participant"],
        ),
    ]
}

/// What a teacher did at an event.
fn roles() -> Vec<Choice> {
    vec![
        choice(
            "speaker",
            "Баяндамашы",
            "Докладчик",
            "Speaker",
            &["спикер", "баяндама"],
        ),
        choice("participant", "Қатысушы", "Участник", "Participant", &[]),
        choice(
            "organiser",
            "Ұйымдастырушы",
            "Организатор",
            "Organiser",
            &["organizer"],
        ),
    ]
}

/// Who took part in a competition.
fn who_took_part() -> Vec<Choice> {
    vec![
        choice(
            "teacher",
            "Оқытушы",
            "Преподаватель",
            "Teacher",
            &["педагог", "мұғалім", "учитель"],
        ),
        choice(
            "students",
            "Студенттер",
            "Студенты",
            "Students",
            &[
                "студент",
                "білім алушылар",
                "білім алушы",
                "обучающиеся",
                "student",
            ],
        ),
    ]
}

/// The fields ozyq knows, in the order they are shown.
pub fn builtin_fields() -> Vec<Field> {
    let mut fields = event_fields();
    fields.extend(record_fields());
    fields
}

/// The fields of seminars, conferences and competitions.
fn event_fields() -> Vec<Field> {
    use FieldType::*;
    vec![
        field("event", Text, "Іс-шара", "Мероприятие", "Event"),
        choices(
            field("level", Choice, "Деңгейі", "Уровень", "Level"),
            levels(),
        ),
        field(
            "venue",
            Text,
            "Өткізілген орны",
            "Место проведения",
            "Venue",
        ),
        field(
            "organiser",
            Text,
            "Ұйымдастырушы",
            "Организатор",
            "Organiser",
        ),
        choices(field("role", Choice, "Рөлі", "Роль", "Role"), roles()),
        field(
            "participants",
            Count,
            "Қатысушылар саны",
            "Количество участников",
            "Participants",
        ),
        field("programme", File, "Бағдарламасы", "Программа", "Programme"),
        choices(
            field(
                "participant",
                Choice,
                "Кім қатысты",
                "Кто участвовал",
                "Who took part",
            ),
            who_took_part(),
        ),
        field("students", Names, "Студенттер", "Студенты", "Students"),
        field("group", Text, "Топ", "Группа", "Group"),
        choices(
            field("result", Choice, "Нәтижесі", "Результат", "Result"),
            results(),
        ),
    ]
}

/// The fields of publications, approvals, lessons and defences.
fn record_fields() -> Vec<Field> {
    use FieldType::*;
    vec![
        field(
            "journal",
            Text,
            "Журнал, жинақ",
            "Журнал, сборник",
            "Journal or collection",
        ),
        field("issue", Text, "Нөмірі", "Номер", "Issue"),
        field("year", Year, "Жылы", "Год", "Year"),
        field("pages", Text, "Беттері", "Страницы", "Pages"),
        field("issn", Text, "ISSN", "ISSN", "ISSN"),
        field("isbn", Text, "ISBN", "ISBN", "ISBN"),
        field("doi", Text, "DOI", "DOI", "DOI"),
        field("url", Url, "Сілтеме", "Ссылка", "Link"),
        field(
            "reviewers",
            Names,
            "Пікір жазғандар",
            "Рецензенты",
            "Reviewers",
        ),
        field("approved_by", Text, "Бекіткен", "Утверждено", "Approved by"),
        field("minutes", Text, "Хаттама №", "Протокол №", "Minutes No."),
        field(
            "minutes_date",
            Date,
            "Хаттама күні",
            "Дата протокола",
            "Minutes date",
        ),
        field("technology", Text, "Технология", "Технология", "Technology"),
        field(
            "observers",
            Names,
            "Сабаққа қатысқандар",
            "Присутствовали",
            "Observers",
        ),
        field(
            "analysis",
            File,
            "Сабақ талдауы",
            "Анализ урока",
            "Lesson analysis",
        ),
        field("topic", Text, "Тақырыбы", "Тема", "Topic"),
        field("period", Text, "Кезеңі", "Период", "Period"),
        field(
            "defended",
            Date,
            "Қорғалған күні",
            "Дата защиты",
            "Defended on",
        ),
        field(
            "defended_at",
            Text,
            "Қайда қорғалды",
            "Где защищена",
            "Defended at",
        ),
        field(
            "number",
            Text,
            "Шығарылым нөмірі",
            "Номер выпуска",
            "Issue number",
        ),
        field("editors", Names, "Редакторлар", "Редакторы", "Editors"),
    ]
}

/// The built-in fields of each built-in kind, in the order shown.
pub fn kind_fields(kind: &str) -> &'static [&'static str] {
    const EVENT: &[&str] = &[
        "event",
        "level",
        "venue",
        "organiser",
        "role",
        "participants",
        "programme",
    ];
    match kind {
        "seminar" | "conference" => EVENT,
        "olympiad" => &[
            "event",
            "level",
            "participant",
            "students",
            "group",
            "result",
        ],
        "article" => &[
            "journal", "issue", "year", "pages", "issn", "isbn", "doi", "url",
        ],
        "guideline" => &["reviewers", "approved_by", "minutes", "minutes_date"],
        "bulletin" => &["number", "editors"],
        "open_lesson" => &["group", "technology", "observers", "analysis"],
        "self_education" => &["topic", "period", "defended", "defended_at", "minutes"],
        _ => &[],
    }
}
