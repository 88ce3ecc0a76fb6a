//! Bad input: each kind gets a clear message with file, line, column and a hint; all
//! of a build's problems come together; the exit code is non-zero; the previous
//! output stays as it was.

mod common;
use common::Fixture;

/// The diagnostic lines (without hints) of a failed build, in order.
fn errors(f: &Fixture) -> Vec<String> {
    f.build_fails()
        .lines()
        .filter(|l| !l.starts_with("  hint:"))
        .map(str::to_string)
        .collect()
}

/// How many of `lines` start with `prefix`.
fn starting(lines: &[String], prefix: &str) -> usize {
    lines.iter().filter(|l| l.starts_with(prefix)).count()
}

/// The stderr of a build of a site with one entry file `rel` holding `bytes`.
fn one_bad_file(rel: &str, bytes: &[u8]) -> (Fixture, String) {
    let f = Fixture::valid();
    f.write_bytes(rel, bytes);
    let err = f.build_fails();
    (f, err)
}

#[test]
fn windows_1251_file_is_named_with_a_hint() {
    let (_, err) = one_bad_file(
        "content/articles/cp.md",
        b"---\ntitle: \xd3\xf0\xee\xea\ndate: 2025-01-01\n---\n",
    );
    assert!(err.contains("error: content/articles/cp.md:2:8: the file is not UTF-8 text: it looks like Windows-1251 (Cyrillic)\n  hint: re-save it as UTF-8"), "{err}");
}

#[test]
fn a_config_saved_in_windows_1251_is_named_as_a_content_file_is() {
    let f = Fixture::valid();
    // «Школа» in Windows-1251, as Notepad saves «ANSI» on a Russian Windows.
    f.write_bytes(
        "config.yaml",
        b"title: \xd8\xea\xee\xeb\xe0\r\nlanguage: ru\r\n",
    );
    let err = f.build_fails();
    assert!(
        err.contains("error: config.yaml:1:8: the file is not UTF-8 text: it looks like Windows-1251 (Cyrillic)\n  hint: re-save it as UTF-8"),
        "{err}"
    );
}

/// Letters of another alphabet that look the same (a Latin «a» in a Kazakh
/// name, a Cyrillic «о» in an id) would make another person, tag or
/// department: they are read as the letters they look like, with a warning.
#[test]
fn look_alike_letters_of_another_alphabet_name_the_same_teacher_tag_and_department() {
    let f = Fixture::valid();
    f.write(
        "content/articles/x.md",
        "---\ntitle: Х\ndate: 2025-10-01\nauthors: [\"Әбенов\u{61} Гүлнар\", \u{43e}marov-n]\ntags: [Сыни \u{6f}йлау]\ndepartment: \"Ақп\u{61}раттық технологиялар бөлімі\"\nsummary: С.\n---\nМәтін.\n",
    );
    let (ok, _, err) = f.run(&["build"]);
    assert!(ok, "{err}");
    let told: Vec<&str> = err.lines().filter(|l| l.contains("look like")).collect();
    assert_eq!(told.len(), 4, "{err}");
    assert!(
        told[0].starts_with(
            "warning: content/articles/x.md:4:18: `authors`: «Әбеновa Гүлнар» has Latin letters"
        ),
        "{}",
        told[0]
    );
    assert!(told[1].contains("has Cyrillic letters"), "{}", told[1]);
    let dirs = |rel: &str| -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(f.path(rel))
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .filter(|n| !n.ends_with(".html"))
            .collect();
        names.sort();
        names
    };
    assert_eq!(
        dirs("output/authors"),
        ["abenova-g", "kasymova-a", "omarov-n", "seiitova-zhanar"]
    );
    assert_eq!(dirs("output/departments"), ["it", "lang"]);
    assert!(
        !dirs("output/tags").iter().any(|t| t.ends_with("-2")),
        "{:?}",
        dirs("output/tags")
    );
    assert!(
        f.read("output/authors/omarov-n/index.html")
            .contains("articles/x/")
    );
}

/// What Word and messengers paste into front matter: a non-breaking space
/// after `date:` is one error at its place (it was errors on the lines after
/// it), and a value in typographic quotes is told that they are no quotes.
#[test]
fn pasted_non_breaking_spaces_and_typographic_quotes_are_named() {
    let f = Fixture::valid();
    f.write(
        "content/articles/n.md",
        "---\ntitle: Т\ndate:\u{a0}05.03.2025\nauthors: [abenova-g]\nsummary: С.\n---\nМәтін.\n",
    );
    f.write(
        "content/articles/q.md",
        "---\ntitle: “Ашық сабақ: Абай”\ndate: 2025-03-05\nauthors: [abenova-g]\n---\nМәтін.\n",
    );
    let err = f.build_fails();
    assert!(
        err.contains("error: content/articles/n.md:3:6: a non-breaking space"),
        "{err}"
    );
    assert_eq!(err.matches("content/articles/n.md").count(), 1, "{err}");
    assert!(err.contains("which YAML does not read as quotes"), "{err}");
    assert!(err.contains("2 errors"), "{err}");
}

/// A teacher's name in data/authors.yaml with a stray Latin letter still
/// meets the entries that copied it, and those that did not.
#[test]
fn a_look_alike_letter_in_the_data_file_names_the_same_teacher() {
    let f = Fixture::valid();
    f.write(
        "data/authors.yaml",
        &common::AUTHORS.replace("Қасымова Айгерім", "Қасымов\u{61} Айгерім"),
    );
    for (file, name) in [("a", "Қасымов\u{61} Айгерім"), ("b", "Қасымова Айгерім")]
    {
        f.write(
            &format!("content/articles/{file}x.md"),
            &format!("---\ntitle: {file}\ndate: 2025-10-01\nauthors: [\"{name}\"]\nsummary: С.\n---\nМәтін.\n"),
        );
    }
    let (ok, _, err) = f.run(&["build"]);
    assert!(ok, "{err}");
    let page = f.read("output/authors/kasymova-a/index.html");
    assert!(
        page.contains("articles/ax/") && page.contains("articles/bx/"),
        "{page}"
    );
}

#[test]
fn a_data_file_saved_as_utf16_is_named_and_its_departments_are_not_called_missing() {
    let f = Fixture::valid();
    // As Notepad saves «Unicode»: a BOM, then UTF-16 little-endian.
    let bytes: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(
            common::DEPARTMENTS
                .encode_utf16()
                .flat_map(u16::to_le_bytes),
        )
        .collect();
    f.write_bytes("data/departments.yaml", &bytes);
    let err = f.build_fails();
    assert!(
        err.contains(
            "error: data/departments.yaml:1:1: the file is not UTF-8 text: it looks like UTF-16"
        ),
        "{err}"
    );
    assert!(err.contains("1 error, 0 warnings"), "{err}");
}

#[test]
fn an_authors_file_that_cannot_be_read_is_the_one_problem_reported() {
    let f = Fixture::valid();
    // Indented one space too far: the whole file is unreadable YAML.
    f.write(
        "data/authors.yaml",
        &common::AUTHORS.replacen("\n  name:", "\n   name:", 1),
    );
    let err = f.build_fails();
    assert!(err.contains("error: data/authors.yaml:"), "{err}");
    assert!(
        !err.contains("without"),
        "no entry is said to lack its authors: {err}"
    );
    assert!(err.contains("1 error, 0 warnings"), "{err}");
}

#[test]
fn an_authors_photo_that_is_not_there_is_called_missing() {
    let f = Fixture::valid();
    f.write(
        "data/authors.yaml",
        &common::AUTHORS.replacen(
            "  position: Оқытушы\n",
            "  position: Оқытушы\n  photo: photos/abenova.png\n",
            1,
        ),
    );
    let err = f.build_fails();
    assert!(
        err.contains(
            "the photo of `abenova-g` is not there: there is no file data/photos/abenova.png"
        ),
        "{err}"
    );
}

/// A teacher with an empty name is an error at the name, not a blank heading.
#[test]
fn a_teacher_with_an_empty_name_is_an_error() {
    let f = Fixture::valid();
    f.write(
        "data/authors.yaml",
        &common::AUTHORS.replacen("  name: Әбенова Гүлнар\n", "  name: \"\"\n", 1),
    );
    let err = f.build_fails();
    assert!(
        err.contains("data/authors.yaml:2:9: the teacher `abenova-g` has an empty name"),
        "{err}"
    );
}

#[test]
fn a_guest_author_named_like_a_teacher_is_asked_about() {
    let f = Fixture::valid();
    f.write(
        "content/articles/g.md",
        "---\ntitle: Қонақ\ndate: 2025-01-01\nauthors: [Омаров Н.Е., Омаров Нариман, Иванов И.И.]\n---\n",
    );
    let (ok, _, out) = f.run(&["build"]);
    assert!(ok, "{out}");
    assert!(
        out.contains(
            "content/articles/g.md:4:11: «Омаров Н.Е.» is not in data/authors.yaml: it is a guest \
             author with a page of its own, but the name looks like the teacher «Омаров Нұрлан»\n  \
             hint: to credit the teacher, write the id `omarov-n`; if it is someone else, write \
             their given name in full"
        ),
        "{out}"
    );
    assert!(
        !out.contains("«Омаров Нариман»") && !out.contains("«Иванов И.И.»"),
        "{out}"
    );
}

#[test]
fn markdown_saved_with_txt_at_the_end_is_warned_of() {
    let f = Fixture::valid();
    f.write(
        "content/seminars/seminar.md.txt",
        "---\ntitle: Семинар\ndate: 2025-01-01\n---\n",
    );
    let (ok, _, err) = f.run(&["build"]);
    assert!(ok, "{err}");
    assert!(
        err.contains(
            "warning: content/seminars/seminar.md.txt:1:1: this looks like a Markdown file saved with \
             `.txt` at the end of its name: it is published as a file, not as a page\n  hint: \
             rename it to `seminar.md`"
        ),
        "{err}"
    );
}

#[test]
fn a_file_in_a_kind_folder_that_no_page_names_is_warned_of() {
    let f = Fixture::valid();
    // A teacher's report, copied in as it came by mail: nothing links to it.
    f.write("content/seminars/Баяндама.docx", "PK");
    // Linked from a work's text, percent-encoded, in another folder.
    f.write("content/seminars/Слайдтар 1.pptx", "PK");
    f.write(
        "content/articles/slides.md",
        "---\ntitle: Слайдтар\ndate: 2025-01-01\n---\n[Слайдтар](../seminars/%D0%A1%D0%BB%D0%B0%D0%B9%D0%B4%D1%82%D0%B0%D1%80%201.pptx)\n",
    );
    // Linked from the home page, whose folder is not a kind's.
    f.write("content/seminars/ereje.pdf", "%PDF-1.4\n");
    f.write(
        "content/_index.md",
        "---\ntitle: Басты\n---\n[Ереже](seminars/ereje.pdf)\n",
    );
    // Named only by a draft, which is still being written.
    f.write("content/seminars/draft.pdf", "%PDF-1.4\n");
    f.write(
        "content/seminars/later.md",
        "---\ntitle: Кейін\ndate: 2025-01-01\ndraft: true\nattachments: [draft.pdf]\n---\n",
    );
    // In a work's own folder, beside its index.md: that work is to attach it.
    f.write(
        "content/seminars/kitap/index.md",
        "---\ntitle: Кітап\ndate: 2025-01-01\n---\nМәтін.\n",
    );
    f.write("content/seminars/kitap/files/Есеп, 1.pdf", "%PDF-1.4\n");
    let (ok, _, err) = f.run(&["build"]);
    assert!(ok, "{err}");
    assert!(
        err.contains(
            "hint: it lies in the folder of the work content/seminars/kitap/: add \
             `attachments: [\"files/Есеп, 1.pdf\"]` to the front matter of its index.md"
        ),
        "{err}"
    );
    assert!(
        err.contains(
            "warning: content/seminars/Баяндама.docx:1:1: no page links to `Баяндама.docx`: it is \
             published, but no visitor will find it (a work's page is made only from a Markdown .md \
             file)\n  hint: to publish it as a work, make its page with `ozyq new seminar \"Title\"` \
             and attach the file there with `attachments: [Баяндама.docx]`"
        ),
        "{err}"
    );
    assert_eq!(err.matches("no page links to").count(), 2, "{err}");
    // The file the fixture's article attaches, in its own folder, is not asked about.
    assert!(!err.contains("plan.pdf"), "{err}");
}

#[test]
fn an_author_with_a_used_id_is_checked_whole_in_the_same_build() {
    let f = Fixture::valid();
    f.write(
        "data/authors.yaml",
        &format!(
            "{}- id: omarov-n\n  name: Омаров Басқа\n  category: жогары\n  department: informatika\n",
            common::AUTHORS
        ),
    );
    let err = errors(&f);
    let expected = [
        "error: data/authors.yaml:13:7: author id `omarov-n` is used twice",
        "error: data/authors.yaml:15:13: unknown qualification category `жогары`",
        "error: data/authors.yaml:16:15: author `omarov-n` names the department `informatika`, which is not in data/departments.yaml",
    ];
    for e in expected {
        assert!(err.iter().any(|l| l == e), "{e}\n{err:#?}");
    }
    assert!(
        f.build_fails().contains(
            "used twice\n  hint: keep one of the two: the item on line 6 has the same id"
        ),
        "{err:#?}"
    );
    assert!(
        f.build_fails()
            .contains("category `жогары`\n  hint: did you mean `жоғары`?"),
        "{err:#?}"
    );
}

#[test]
fn author_and_authors_together_are_one_field_written_twice() {
    let (_, err) = one_bad_file(
        "content/articles/two.md",
        "---\ntitle: Екі автор\ndate: 2025-01-01\nauthor: omarov-n\nauthors: []\n---\n".as_bytes(),
    );
    assert!(err.contains("error: content/articles/two.md:5:1: `authors` and `author` are the same field, written twice\n  hint: write every author in one list, like authors: [abenova-g, omarov-n], and delete the other line (line 4)"), "{err}");
}

#[test]
fn a_required_key_written_otherwise_is_pointed_at() {
    for (key, line) in [
        ("Date", "Date: 2025-01-01"),
        ("дата", "дата: 2025-01-01"),
        ("dtae", "dtae: 2025-01-01"),
    ] {
        let (_, err) = one_bad_file(
            "content/articles/d.md",
            format!("---\ntitle: Күні\n{line}\n---\n").as_bytes(),
        );
        assert!(err.contains(&format!("error: content/articles/d.md:3:1: the required field `date` is missing\n  hint: `{key}` is written here: write it as date:")), "{err}");
    }
    let (_, err) = one_bad_file(
        "content/articles/t.md",
        "---\nTitle: Тақырып\ndate: 2025-01-01\nname: x\n---\n".as_bytes(),
    );
    assert!(err.contains("error: content/articles/t.md:2:1: the required field `title` is missing\n  hint: `Title` is written here: write it as title:"), "{err}");
}

#[test]
fn a_key_indented_past_the_one_above_is_told_so() {
    let (_, err) = one_bad_file(
        "content/articles/i.md",
        "---\ntitle: Шегініс\ndate: 2025-01-01\nsubject: Математика\n  tags: [x]\n---\n".as_bytes(),
    );
    assert!(err.contains("content/articles/i.md:5:7: invalid YAML: mapping values are not allowed in this context\n  hint: this line starts 2 spaces further right than the key above it: keys of one level start at the same column, so remove them"), "{err}");
}

#[test]
fn every_mistake_in_config_is_reported_in_one_run() {
    let f = Fixture::valid();
    f.write(
        "config.yaml",
        "title: Тест сайты\nyear_start_month: сентябрь\npagesize: 10\nmarkdown:\n  smart: yes\nimages:\n  widths: many\nbase_url: college.example/otm\n",
    );
    let err = f.build_fails();
    assert!(err.contains("config.yaml:2:19: "), "the wrong type: {err}");
    assert!(
        err.contains("config.yaml:3:1: ") && err.contains("`pagesize`"),
        "the unknown key: {err}"
    );
    assert!(
        err.contains("config.yaml:5:3: ") && err.contains("`smart`"),
        "a nested unknown key: {err}"
    );
    assert!(err.contains("config.yaml:7:"), "a nested wrong type: {err}");
    assert!(
        err.contains("config.yaml:8:11: ") && err.contains("college.example/otm"),
        "the address: {err}"
    );
    assert!(err.contains("5 errors"), "{err}");
}

#[test]
fn unterminated_front_matter() {
    let (_, err) = one_bad_file(
        "content/articles/u.md",
        "---\ntitle: Ашық\ndate: 2025-01-01\n\nМәтін\n".as_bytes(),
    );
    assert!(err.contains("error: content/articles/u.md:1:1: the front matter is not closed: no second `---` line was found\n  hint: add a line with just --- after the last field"), "{err}");
}

#[test]
fn missing_front_matter() {
    let (_, err) = one_bad_file("content/articles/n.md", "# Тақырып\n".as_bytes());
    assert!(err.contains("error: content/articles/n.md:1:1: the file does not start with front matter (a `---` line)\n  hint: start the file with ---"), "{err}");
}

#[test]
fn invalid_yaml_points_at_the_place() {
    let (_, err) = one_bad_file(
        "content/articles/y.md",
        "---\ntitle: Ашық: сабақ\ndate: 2025-01-01\n---\n".as_bytes(),
    );
    assert!(err.contains("error: content/articles/y.md:2:12: invalid YAML: mapping values are not allowed in this context\n  hint: a value that contains «: » must be put in quotes"), "{err}");
}

#[test]
fn a_list_where_a_map_belongs() {
    let (_, err) = one_bad_file(
        "content/articles/l.md",
        "---\n- title: a\n- date: 2025-01-01\n---\n".as_bytes(),
    );
    assert!(err.contains("error: content/articles/l.md:2:1: the front matter must be a map of `field: value` lines, found a list\n  hint:"), "{err}");
    let (_, err) = one_bad_file(
        "content/articles/l.md",
        "---\ntitle: a\ndate: 2025-01-01\ntags: {a: 1}\n---\n".as_bytes(),
    );
    assert!(err.contains("error: content/articles/l.md:4:7: `tags` must be a name or a list of names, found a map\n  hint:"), "{err}");
}

#[test]
fn a_wrong_date() {
    let (_, err) = one_bad_file(
        "content/articles/d.md",
        "---\ntitle: Күн\ndate: 31.02.2025\n---\n".as_bytes(),
    );
    assert!(err.contains("error: content/articles/d.md:3:7: `31.02.2025` is not a valid date\n  hint: write the date as 2025-10-14 or 14.10.2025 (day.month.year)"), "{err}");
}

#[test]
fn an_unknown_kind() {
    let (_, err) = one_bad_file(
        "content/seminarz/x.md",
        "---\ntitle: Түр\ndate: 2025-01-01\n---\n".as_bytes(),
    );
    assert!(err.contains("error: content/seminarz/x.md:1:1: unknown kind: no kind uses the folder `seminarz`\n  hint: did you mean `seminars`? Rename content/seminarz/ to content/seminars/"), "{err}");
    let (_, err) = one_bad_file(
        "content/bulletins/k.md",
        "---\ntitle: Түр\ndate: 2025-01-01\nkind: artcle\n---\n".as_bytes(),
    );
    assert!(err.contains("error: content/bulletins/k.md:4:7: the file is in the folder of kind `bulletin`, but says `kind: artcle`\n  hint: did you mean `article`?"), "{err}");
}

#[test]
fn missing_required_fields() {
    let (_, err) = one_bad_file(
        "content/articles/t.md",
        "---\ndate: 2025-01-01\n---\n".as_bytes(),
    );
    assert!(
        err.contains(
            "error: content/articles/t.md:2:1: the required field `title` is missing\n  hint:"
        ),
        "{err}"
    );
    let (_, err) = one_bad_file(
        "content/articles/t.md",
        "---\ntitle: Күнсіз\n---\n".as_bytes(),
    );
    assert!(err.contains("error: content/articles/t.md:2:1: the required field `date` is missing\n  hint: add a line such as: date: 2025-10-14"), "{err}");
    // A kind's own required fields come from config.yaml.
    let f = Fixture::valid();
    f.write("config.yaml", &format!("{}kinds:\n  - id: open_lesson\n    required: [group, technology]\n  - id: seminar\n  - id: article\n", common::CONFIG));
    f.write(
        "content/open-lessons/qazaq.md",
        "---\ntitle: Сабақ\ndate: 2025-01-01\ngroup: ПО-1\n---\n",
    );
    let err = f.build_fails();
    assert!(err.contains("error: content/open-lessons/qazaq.md:2:1: the field `technology` is required for entries of kind `open_lesson`"), "{err}");
}

#[test]
fn missing_attachment_and_one_that_leaves_the_site() {
    let f = Fixture::valid();
    f.write(
        "content/open-lessons/b/index.md",
        "---\ntitle: Файл\ndate: 2025-01-01\nattachments:\n  - file: slides.pdf\n  - ../../../../../etc/passwd\n---\n",
    );
    let err = f.build_fails();
    assert!(err.contains("error: content/open-lessons/b/index.md:5:11: the attachment `slides.pdf` does not exist\n  hint: expected the file at "), "{err}");
    assert!(err.contains("error: content/open-lessons/b/index.md:6:5: the attachment `../../../../../etc/passwd` is outside the site folder\n  hint:"), "{err}");
}

#[test]
fn unknown_author_id_and_department() {
    let (_, err) = one_bad_file(
        "content/articles/a.md",
        "---\ntitle: A\ndate: 2025-01-01\nauthors: [abenova-q]\ndepartment: itt\n---\n".as_bytes(),
    );
    assert!(err.contains("error: content/articles/a.md:4:11: no author has the id `abenova-q` in data/authors.yaml\n  hint: did you mean `abenova-g`?"), "{err}");
    assert!(err.contains("error: content/articles/a.md:5:13: no department has the id `itt` in data/departments.yaml\n  hint: did you mean `it`?"), "{err}");
}

#[test]
fn a_department_far_from_every_id_gets_the_list_and_the_named_output_is_said_kept() {
    let f = Fixture::valid();
    let out = f.path("elsewhere");
    let (ok, _, err) = f.run(&["build", "--output", out.to_str().unwrap()]);
    assert!(ok, "{err}");
    f.write(
        "content/articles/a.md",
        "---\ntitle: A\ndate: 2025-01-01\ndepartment: informatika\n---\n",
    );
    let (ok, _, err) = f.run(&["build", "--output", out.to_str().unwrap()]);
    assert!(!ok);
    assert!(err.contains("error: content/articles/a.md:4:13: no department has the id `informatika` in data/departments.yaml\n  hint: the departments in data/departments.yaml are: it, lang"), "{err}");
    assert!(
        err.contains(&format!("the previous {}/ is unchanged", out.display())),
        "{err}"
    );
}

#[test]
fn a_link_to_a_missing_file_names_file_and_line() {
    let (_, err) = one_bad_file(
        "content/bulletins/l.md",
        "---\ntitle: Сілтеме\ndate: 2025-01-01\n---\n\nМәтін [жоқ](../seminars/none.md).\n"
            .as_bytes(),
    );
    assert!(err.contains("error: content/bulletins/l.md:6:7: the link `../seminars/none.md` points to a content file that does not exist\n  hint:"), "{err}");
}

#[test]
fn duplicate_urls_name_both_files() {
    let f = Fixture::valid();
    f.write(
        "content/bulletins/a1.md",
        "---\ntitle: Бірдей\nslug: birdei\ndate: 2025-01-01\n---\n",
    );
    f.write(
        "content/bulletins/a2.md",
        "---\ntitle: Бірдей\nslug: birdei\ndate: 2025-02-01\n---\n",
    );
    let err = f.build_fails();
    assert!(
        err.contains(
            "content/bulletins/a2.md:3:7: the address `bulletins/birdei/` is also that of \
             content/bulletins/a1.md:3:7\n  hint: rename one of the two files, or give it a `slug:`"
        ),
        "{err}"
    );
    // Said once, not again as two pages written to one file.
    assert!(err.contains("build failed: 1 error, "), "{err}");
    f.write(
        "content/bulletins/a2.md",
        "---\ntitle: Бірдей\ndate: 2025-02-01\n---\n",
    );
    f.write(
        "content/bulletins/birdei.md",
        "---\ntitle: Бірдей\ndate: 2025-02-01\n---\n",
    );
    let err = f.build_fails();
    assert!(
        err.contains("content/bulletins/birdei.md:1:1: the address `bulletins/birdei/` is also that of content/bulletins/a1.md:3:7"),
        "{err}"
    );
}

#[test]
fn unknown_fields_warn_with_the_nearest_name() {
    let f = Fixture::valid();
    f.write(
        "content/bulletins/w.md",
        "---\ntitle: Ескерту\ndate: 2025-01-01\nsumary: x\n---\n",
    );
    let (ok, _, err) = f.run(&["build"]);
    assert!(ok, "a warning does not fail the build: {err}");
    assert!(err.contains("warning: content/bulletins/w.md:4:1: unknown field `sumary` is ignored\n  hint: did you mean `summary`?"), "{err}");
}

#[test]
fn template_errors_name_the_template_and_line() {
    let f = Fixture::valid();
    f.write("templates/404.html", "{% extends \"base.html\" %}\n{% block content %}\n{{ nothing.here }}\n{% endblock content %}\n");
    let err = f.build_fails();
    assert!(
        err.contains("error: templates/404.html:3:4: template error: "),
        "{err}"
    );
}

/// Errors Tera finds while checking templates together (an unknown filter, a missing
/// parent) and the syntax errors of several templates are each at their own place.
#[test]
fn every_template_error_is_at_its_own_template() {
    let f = Fixture::valid();
    f.write(
        "templates/404.html",
        "{% extends \"base.html\" %}\n{% block content %}\n<p>{{ page.title | nofilter }}</p>\n{% endblock content %}\n",
    );
    f.write("templates/author.html", "\n{% extends \"nobase.html\" %}\n");
    let lines = errors(&f);
    assert!(
        lines.contains(
            &"error: templates/404.html:3:20: template error: Unknown filter `nofilter`"
                .to_string()
        ),
        "{lines:#?}"
    );
    assert!(lines.contains(&"error: templates/author.html:2:13: template error: `author.html` extends `nobase.html`, which does not exist".to_string()), "{lines:#?}");
    assert!(
        !lines.iter().any(|l| l.contains("base.html:1:1")),
        "{lines:#?}"
    );
    let f = Fixture::valid();
    f.write("templates/page.html", "a {{ x }\n");
    f.write("templates/list.html", "\n\n{% if %}\n");
    let lines = errors(&f);
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("error: templates/page.html:1:8: template error: ")),
        "{lines:#?}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("error: templates/list.html:3:7: template error: ")),
        "{lines:#?}"
    );
}

/// A key written twice is shown where it is written the second time, in front
/// matter, config.yaml and data files alike (serde_yaml names the map's start).
#[test]
fn a_repeated_key_is_at_its_second_line() {
    let (_, err) = one_bad_file(
        "content/articles/k.md",
        "---\ntitle: Бір\ndate: 2025-01-01\nsummary: x\ntitle: Екі\n---\n".as_bytes(),
    );
    assert!(err.contains("error: content/articles/k.md:5:1: the key `title` is written twice\n  hint: keep one of the two: it is also on line 2"), "{err}");
    let f = Fixture::valid();
    f.write(
        "config.yaml",
        &format!(
            "# settings\n{}language: kk\ncity: A\nlanguage: ru\n",
            common::CONFIG
        ),
    );
    let err = f.build_fails();
    assert!(
        err.contains("error: config.yaml:8:1: the key `language` is written twice"),
        "{err}"
    );
    let f = Fixture::valid();
    f.write(
        "data/departments.yaml",
        &format!("{}  name: Екі\n", common::DEPARTMENTS),
    );
    let err = f.build_fails();
    assert!(
        err.contains("error: data/departments.yaml:6:3: item 2: the key `name` is written twice"),
        "{err}"
    );
}

/// Each bad item of a data file is reported at its own line (or field), all of them
/// in one run; the good items are kept, and an entry naming a bad item is not
/// reported again.
#[test]
fn every_bad_data_item_at_its_own_place() {
    let f = Fixture::valid();
    f.write(
        "data/authors.yaml",
        &format!(
            "{}- id: bad-type\n  name: [X]\n- id: bad-field\n  name: Y\n  categry: master\n- id: omarov-n\n  name: Again\n- id: z\n  name: Z\n  category: mastr\n",
            common::AUTHORS
        ),
    );
    f.write(
        "content/articles/w.md",
        "---\ntitle: W\ndate: 2025-01-01\nauthors: [bad-type, kasymova-a]\n---\n",
    );
    let lines = errors(&f);
    let want = [
        "error: data/authors.yaml:14:9: item 4: expected a text, or a text in each language ({kk: …, ru: …}), found a list",
        "error: data/authors.yaml:17:3: item 5: unknown field `categry`, expected one of `id`, `name`, `category`, `department`, `position`, `photo`, `former_names`",
        "error: data/authors.yaml:18:7: author id `omarov-n` is used twice",
        "error: data/authors.yaml:22:13: unknown qualification category `mastr`",
    ];
    for w in want {
        assert!(lines.contains(&w.to_string()), "{w}\n{lines:#?}");
    }
    let errors = lines.iter().filter(|l| l.starts_with("error: ")).count();
    assert_eq!(errors, want.len(), "{lines:#?}");
    assert!(
        f.build_fails()
            .contains("category `mastr`\n  hint: did you mean `master`?"),
        "{lines:#?}"
    );
}

#[test]
fn bad_data_files_and_config() {
    let f = Fixture::valid();
    f.write(
        "data/authors.yaml",
        "- id: a\n  name: A\n  categry: master\n",
    );
    let err = f.build_fails();
    assert!(err.contains("error: data/authors.yaml:3:3: item 1: unknown field `categry`, expected one of `id`, `name`, `category`, `department`, `position`, `photo`, `former_names`\n  hint: did you mean `category`?"), "{err}");
    let f = Fixture::valid();
    f.write(
        "config.yaml",
        "title: T\nyear_start_month: 13\nlanguage: fr\n",
    );
    let err = f.build_fails();
    assert!(
        err.contains(
            "error: config.yaml:3:11: unknown site language `fr`\n  hint: use kk, ru or en"
        ),
        "{err}"
    );
    assert!(
        err.contains("error: config.yaml:2:19: year_start_month must be a month number, found 13"),
        "{err}"
    );
}

/// A `base_url` a browser could not follow as written is refused where it is written.
#[test]
fn a_base_url_with_spaces_is_located() {
    let f = Fixture::valid();
    f.write(
        "config.yaml",
        "title: T\nbase_url: https://college.example/әдістемелік кабинет/\n",
    );
    let err = f.build_fails();
    assert!(
        err.contains("error: config.yaml:2:11: base_url `https://college.example/әдістемелік кабинет/` has a space in it, which a URL cannot have\n  hint: write each space as %20"),
        "{err}"
    );
    f.write(
        "config.yaml",
        "title: T\nbase_url: \"https://college.example/a|b\"\n",
    );
    let err = f.build_fails();
    assert!(err.contains("error: config.yaml:2:11: base_url `https://college.example/a|b` has `|` in it, which a URL cannot have"), "{err}");
}

#[test]
fn all_problems_together_nonzero_exit_and_previous_output_intact() {
    let f = Fixture::valid();
    f.build_ok();
    let before = f.read("output/index.html");
    f.write(
        "content/articles/d.md",
        "---\ntitle: Күн\ndate: 31.02.2025\n---\n",
    );
    f.write("content/articles/y.md", "---\ntitle: [\n---\n");
    f.write_bytes("content/articles/cp.md", b"---\ntitle: \xd3\xf0\n---\n");
    f.write(
        "content/bulletins/l.md",
        "---\ntitle: L\ndate: 2025-01-01\nexhibit: false\n---\n[x](nope.md)\n",
    );
    let lines = errors(&f);
    let count = |needle: &str| lines.iter().filter(|l| l.contains(needle)).count();
    assert_eq!(count("content/articles/d.md:3:7"), 1, "{lines:#?}");
    // Its YAML error, and (read past it) the `date:` it lacks.
    assert_eq!(count("content/articles/y.md:"), 2, "{lines:#?}");
    assert_eq!(count("content/articles/cp.md:2:8"), 1, "{lines:#?}");
    assert_eq!(count("content/bulletins/l.md:6:1"), 1, "{lines:#?}");
    assert!(
        lines
            .last()
            .unwrap()
            .starts_with("build failed: 5 errors, 0 warnings; the previous output/ is unchanged"),
        "{lines:#?}"
    );
    assert_eq!(f.read("output/index.html"), before);
    // No staging folder is left behind.
    let leftovers: Vec<_> = std::fs::read_dir(f.root())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().starts_with(".output"))
        .collect();
    assert!(leftovers.is_empty());
}

#[test]
fn no_input_makes_it_panic() {
    // A handful of hostile inputs: each must give diagnostics, never a crash.
    let inputs: [&[u8]; 9] = [
        b"",
        b"---",
        b"---\n---\n",
        b"---\n: :\n---\n",
        b"---\ntitle: !tag {a: 1}\ndate: 2025-01-01\n---\n",
        b"---\ntitle: a\ndate: 2025-01-01\nattachments: 5\n---\n",
        b"---\ntitle: a\ndate: 2025-01-01\n---\n[x](%zz.md) ![y](\xe2\x80\x8b.png)\n",
        b"\xff\xfe---\n",
        b"---\ntitle: a\ndate: 99999-01-01\nmenu: x\n---\n",
    ];
    for (i, input) in inputs.iter().enumerate() {
        let f = Fixture::valid();
        f.write_bytes(&format!("content/articles/x{i}.md"), input);
        let (ok, _, err) = f.run(&["build"]);
        assert!(!ok, "input {i} should fail");
        assert!(!err.contains("panicked"), "input {i}: {err}");
        assert!(
            err.contains(&format!("content/articles/x{i}.md:")),
            "input {i}: {err}"
        );
    }
}

/// A bad argument is a problem with the command, not with a file of the site.
#[test]
fn a_bad_catalogue_year_is_a_command_line_problem() {
    let f = Fixture::valid();
    let (ok, _, err) = f.run(&["catalogue", "nosuch"]);
    assert!(!ok);
    assert!(
        err.starts_with("error: (command line): `nosuch` is not an academic year\n  hint: write it like 2025-2026\n"),
        "{err}"
    );
    let (ok, _, err) = f.run(&["catalogue", "2031-2032"]);
    assert!(!ok);
    assert!(
        err.starts_with("error: (command line): no entries in the academic year 2031-2032\n  hint: years with entries: "),
        "{err}"
    );
}

/// The command line's help and its errors are in the user's language; the
/// summary of a failed command says its errors with the language's plurals.
#[test]
fn the_command_line_speaks_the_users_language() {
    let f = Fixture::valid();
    let (ok, out, _) = f.run(&["--lang", "kk", "--help"]);
    assert!(ok);
    assert!(
        out.contains("Командалар:\n  build         Сайтты output/ қалтасына жинау"),
        "{out}"
    );
    let (ok, out, _) = f.run(&["--lang", "ru", "catalogue", "--help"]);
    assert!(ok);
    assert!(
        out.contains("Использование: ozyq catalogue [OPTIONS] <ГОД>"),
        "{out}"
    );
    assert!(
        !out.contains("possible values") && !out.contains("Print help"),
        "{out}"
    );
    // A command of commands speaks the language too, to its last line.
    for lang in ["kk", "ru"] {
        let (ok, out, _) = f.run(&["--lang", lang, "theme", "--help"]);
        assert!(
            ok && !out.contains("Print") && out.contains("eject"),
            "{out}"
        );
    }
    let (ok, _, err) = f.run(&["--lang", "kk", "bild"]);
    assert!(!ok);
    assert_eq!(
        err.lines().next(),
        Some("қате: `bild` деген команда жоқ"),
        "{err}"
    );
    assert!(err.contains("`build` деп жазғыңыз келді ме?"), "{err}");
    let (ok, _, err) = f.run(&["--lang", "ru", "catalogue", "--paper", "a3", "2025-2026"]);
    assert!(!ok);
    assert!(err.contains("напишите одно из: a4, a5"), "{err}");
    // As the guide writes it.
    let (ok, _, err) = f.run(&["catalogue", "--paper", "A4", "nosuch"]);
    assert!(
        !ok && err.contains("`nosuch`") && !err.contains("A4"),
        "{err}"
    );
    let (ok, _, err) = f.run(&["--lang", "ru", "catalogue", "nosuch"]);
    assert!(!ok);
    assert!(
        err.starts_with("ошибка: (командная строка): `nosuch`"),
        "{err}"
    );
    assert!(err.ends_with("каталог не создан: 1 ошибка\n"), "{err}");
    let (_, _, err) = f.run(&["catalogue", "nosuch"]);
    assert!(
        err.ends_with("the catalogue was not made: 1 error\n"),
        "{err}"
    );
}

/// A theme that does not exist is one error at `theme:`, naming the themes there are,
/// not a "template not found" for each template.
#[test]
fn a_missing_theme_is_one_error_at_its_line() {
    let f = Fixture::valid();
    f.write("config.yaml", &format!("{}theme: mien\n", common::CONFIG));
    f.write("themes/mine/templates/base.html", "x");
    let lines = errors(&f);
    assert_eq!(
        lines,
        [
            "error: config.yaml:5:8: the theme `mien` does not exist: there is no folder themes/mien/",
            // No build made an output/ before this one.
            "build failed: 1 error, 0 warnings; nothing was written"
        ],
        "{lines:#?}"
    );
    let err = f.build_fails();
    assert!(
        err.contains("  hint: did you mean `mine`? The themes are: default, mine\n"),
        "{err}"
    );
}

/// Independent problems come in one run: an error in config.yaml's values, in a
/// template and in a front matter does not hide a broken link elsewhere (nor does a
/// link to the file with the bad front matter count as broken).
#[test]
fn no_problem_waits_for_another_to_be_fixed() {
    let f = Fixture::valid();
    f.write(
        "config.yaml",
        &format!("{}year_start_month: 13\n", common::CONFIG),
    );
    f.write("templates/page.html", "a {{ x }\n");
    f.write("content/articles/bad.md", "---\ntitle: [\n---\n");
    f.write(
        "content/bulletins/l.md",
        "---\ntitle: L\ndate: 2025-01-01\nexhibit: false\n---\n[x](nope.md) [y](../articles/bad.md)\n",
    );
    let lines = errors(&f);
    let errors: Vec<&String> = lines.iter().filter(|l| l.starts_with("error: ")).collect();
    let at = |place: &str| errors.iter().filter(|l| l.contains(place)).count();
    assert_eq!(
        at("error: config.yaml:5:19: year_start_month"),
        1,
        "{lines:#?}"
    );
    assert_eq!(
        at("error: templates/page.html:1:8: template error"),
        1,
        "{lines:#?}"
    );
    // Its YAML error, and the `date:` it lacks.
    assert_eq!(at("error: content/articles/bad.md:"), 2, "{lines:#?}");
    assert_eq!(
        at(
            "error: content/bulletins/l.md:6:1: the link `nope.md` points to a content file that does not exist"
        ),
        1,
        "{lines:#?}"
    );
    assert_eq!(errors.len(), 5, "{lines:#?}");
}

/// A work whose front matter has an error gets no page, but its text is still read:
/// a broken link in it is reported in the same build, and a file it names is not
/// called unlinked.
#[test]
fn the_text_of_a_work_with_a_front_matter_error_is_checked_too() {
    let f = Fixture::valid();
    f.write("content/seminars/Баяндама.docx", "PK");
    f.write(
        "content/seminars/bad.md",
        "---\ntitle: Семинар\ndate: 32.13.2025\n---\n\n[Баяндама](Баяндама.docx) мен [жоқ](zhoq.pdf)\n",
    );
    // An entry's folder: its own files are there, though not published.
    f.write("content/open-lessons/b/slides.pdf", "%PDF-1.4\n");
    f.write(
        "content/open-lessons/b/index.md",
        "---\ntitle: Сабақ\ndate: 2025-01-01\nfeatured: иә емес\n---\n[Слайдтар](slides.pdf), [жоқ](none.pdf)\n",
    );
    // No closing `---`: the text is kept for the names in it, though no body is told.
    f.write("content/seminars/Слайд.pptx", "PK");
    f.write(
        "content/seminars/open.md",
        "---\ntitle: Ашық\nattachments: [Слайд.pptx]\n",
    );
    let lines = errors(&f);
    let has = |s: &str| starting(&lines, s);
    assert_eq!(
        has("error: content/seminars/bad.md:3:7: `32.13.2025` is not a valid date"),
        1,
        "{lines:#?}"
    );
    assert_eq!(
        has(
            "error: content/seminars/bad.md:6:31: the link `zhoq.pdf` points to a file that does not exist"
        ),
        1,
        "{lines:#?}"
    );
    assert_eq!(has("error: content/seminars/open.md:"), 1, "{lines:#?}");
    assert_eq!(
        has("error: content/open-lessons/b/index.md:4:"),
        1,
        "{lines:#?}"
    );
    assert_eq!(
        has("error: content/open-lessons/b/index.md:6:25: the link `none.pdf`"),
        1,
        "{lines:#?}"
    );
    assert!(
        !lines.iter().any(|l| l.contains("no page links to")),
        "{lines:#?}"
    );
    assert_eq!(starting(&lines, "error: "), 5, "{lines:#?}");
}

/// An entry whose front matter reads but which fails later (an author id no
/// one has) has its text checked in the same build too, and the file it links
/// is not called unlinked.
#[test]
fn the_text_of_a_work_that_fails_after_its_front_matter_is_checked_too() {
    let f = Fixture::valid();
    f.write("content/seminars/Баяндама.docx", "PK");
    f.write(
        "content/seminars/who.md",
        "---\ntitle: Семинар\ndate: 2025-10-01\nauthors: [nobody-x]\n---\n\n[Баяндама](Баяндама.docx) мен [жоқ](zhoq.pdf)\n",
    );
    let lines = errors(&f);
    let has = |s: &str| starting(&lines, s);
    assert_eq!(has("error: content/seminars/who.md:4:"), 1, "{lines:#?}");
    assert!(
        lines
            .iter()
            .any(|l| l.contains("no author has the id `nobody-x`")),
        "{lines:#?}"
    );
    assert_eq!(
        has(
            "error: content/seminars/who.md:7:31: the link `zhoq.pdf` points to a file that does not exist"
        ),
        1,
        "{lines:#?}"
    );
    assert!(
        !lines.iter().any(|l| l.contains("no page links to")),
        "{lines:#?}"
    );
    assert_eq!(starting(&lines, "error: "), 2, "{lines:#?}");
}

/// A file named in front matter that is there in other capitals gets the same
/// hint as a link in the text to it: its name as it is.
#[test]
fn a_front_matter_file_in_other_capitals_is_named_as_it_is() {
    let f = Fixture::valid();
    f.write("content/seminars/plan/plan.pdf", "%PDF-1.4\n%%EOF\n");
    f.write(
        "content/seminars/plan/index.md",
        "---\ntitle: Жоспар\ndate: 2025-10-01\nauthors: abenova-g\nattachments: [Plan.PDF]\n---\nМәтін.\n",
    );
    let err = f.build_fails();
    assert!(
        err.contains("hint: the file is named `plan.pdf`: capital and small letters must match"),
        "{err}"
    );
    // Its broken link is told: the file is not also said to be named by no
    // page (beside a work's file as in its folder).
    assert!(!err.contains("no page links to"), "{err}");
    f.write("content/seminars/lesson-plan.pdf", "%PDF-1.4\n%%EOF\n");
    f.write(
        "content/seminars/x.md",
        "---\ntitle: Сабақ\ndate: 2025-10-02\nauthors: abenova-g\nattachments: [Lesson-Plan.pdf]\n---\nМәтін.\n",
    );
    let (ok, _, err) = f.run(&["build"]);
    assert!(
        !ok && err.contains("the file is named `lesson-plan.pdf`"),
        "{err}"
    );
    assert!(!err.contains("no page links to"), "{err}");
}

/// A front matter with an error in one field has its other fields checked in
/// the same build: a bad date does not hide an author id no one has, nor a
/// level that is not in the list.
#[test]
fn a_field_in_error_does_not_hide_the_other_fields_problems() {
    let f = Fixture::valid();
    f.write(
        "content/seminars/a5.md",
        "---\ntitle: Бесінші\ndate: 31.02.2025\nauthors: [omarov-nn]\nsummary: Қысқаша.\nlevel: облыстык\n---\nМәтін.\n",
    );
    let lines = errors(&f);
    let at = |s: &str| starting(&lines, s) > 0;
    assert!(
        at("error: content/seminars/a5.md:3:7: `31.02.2025` is not a valid date"),
        "{lines:#?}"
    );
    assert!(
        at("error: content/seminars/a5.md:4:11: no author has the id `omarov-nn`"),
        "{lines:#?}"
    );
    assert!(
        at("error: content/seminars/a5.md:6:8: `облыстык` is not one of the choices"),
        "{lines:#?}"
    );
    assert_eq!(starting(&lines, "error: "), 3, "{lines:#?}");
}

/// A site that adds one kind of its own with `kinds:` leaves out the built-in
/// ones: the files in their folders say so, and how to keep them.
#[test]
fn a_kinds_list_without_the_built_in_ones_says_it_replaces_them() {
    let f = Fixture::valid();
    f.write(
        "config.yaml",
        &format!(
            "{}kinds:\n  - id: mentoring\n    label: {{kk: Тәлімгерлік, ru: Наставничество}}\n",
            common::CONFIG
        ),
    );
    let (ok, _, err) = f.run(&["check"]);
    assert!(!ok);
    assert!(
        err.contains(
            "hint: content/articles/ is the folder of the built-in kind `article`, which `kinds:` \
             in config.yaml leaves out: that list replaces the built-in kinds, so list every kind \
             the site keeps there (`- id: article` is enough for a built-in one)"
        ),
        "{err}"
    );
}

/// A work copied to start another and not retitled: two of one kind, year and
/// language with one title are warned of, at the later file; the same title in
/// another year, kind or language is not.
#[test]
fn two_works_of_a_kind_and_year_with_one_title_are_warned_of() {
    let f = Fixture::valid();
    let seminar = |title: &str, date: &str| {
        format!("---\ntitle: \"{title}\"\ndate: {date}\nauthors: [abenova-g]\n---\nМәтін.\n")
    };
    f.write(
        "content/seminars/a.md",
        &seminar("Сыни ойлау", "2025-10-01"),
    );
    f.write(
        "content/seminars/b.md",
        &seminar("сыни  ОЙЛАУ", "2025-11-01"),
    );
    f.write(
        "content/seminars/c.md",
        &seminar("Сыни ойлау", "2024-11-01"),
    );
    f.write(
        "content/articles/d.md",
        "---\ntitle: Сыни ойлау\ndate: 2025-10-01\nauthors: [abenova-g]\n---\nМәтін.\n",
    );
    let (ok, _, err) = f.run(&["build"]);
    assert!(ok, "{err}");
    assert!(
        err.contains(
            "warning: content/seminars/b.md:1:1: «сыни  ОЙЛАУ» is also the title of \
             content/seminars/a.md, a work of the same kind, year and language: is one a copy \
             of the other?"
        ),
        "{err}"
    );
    assert_eq!(err.matches("is also the title of").count(), 1, "{err}");
}

/// An entry left out for one error still has its other names checked: its
/// department and the plan item it names are told in the same build.
#[test]
fn an_entry_with_an_error_has_its_department_and_plan_items_checked_too() {
    let f = Fixture::valid();
    f.write(
        "content/plan/2025-2026.yaml",
        "- id: \"1\"\n  title: Семинар\n  form: seminar\n  when: қазан\n",
    );
    f.write(
        "content/articles/a.md",
        "---\ntitle: A\ndate: 2025-10-10\nauthors: [gabitova]\ndepartment: xyz\nplan: \"99\"\n---\n",
    );
    // A date that cannot be read: the department is still checked.
    f.write(
        "content/articles/b.md",
        "---\ntitle: B\ndate: 2025-13-45\ndepartment: qwe\n---\n",
    );
    let lines = errors(&f);
    for at in [
        "content/articles/a.md:4:11",
        "content/articles/a.md:5:13",
        "content/articles/a.md:6:8",
        "content/articles/b.md:3:7",
        "content/articles/b.md:4:13",
    ] {
        assert_eq!(
            starting(&lines, &format!("error: {at}: ")),
            1,
            "{at}: {lines:#?}"
        );
    }
    assert_eq!(lines.len(), 6, "{lines:#?}");
}

/// A `#` in a file's name starts a place in a page when linked; a cover from the
/// web is no file of the site. Each missing file says what to do about it.
#[test]
fn a_hash_in_a_file_name_and_a_cover_from_the_web_get_their_hints() {
    let f = Fixture::valid();
    f.write_bytes("content/articles/hash/Сабақ #5.docx", b"PK");
    f.write(
        "content/articles/hash/index.md",
        "---\ntitle: B\ndate: 2025-01-01\ncover: https://example.com/pics/x.jpg?s=1\n---\n[сабақ](<Сабақ #5.docx>)\n",
    );
    let err = f.build_fails();
    assert!(
        err.contains("hint: in a link, # starts a place in a page: write the file's # as %23 (`Сабақ %235.docx`)"),
        "{err}"
    );
    assert!(err.contains("save it beside the entry (in the folder with index.md) and write its name, like `x.jpg`"), "{err}");
}

/// A number too large for a YAML value (a certificate's number written bare) is
/// named with its digits and the cure, not in serde's words.
#[test]
fn a_number_too_large_to_read_is_named_with_a_hint() {
    let (_, err) = one_bad_file(
        "content/articles/big.md",
        "---\ntitle: Үлкен сан\ndate: 202510140000000000001\nauthors: [Асанова Гүлнар]\n---\nМәтін.\n"
            .as_bytes(),
    );
    assert!(
        err.contains("content/articles/big.md:3:7: date: the number 202510140000000000001 is too large to be read\n  hint: if it is a code or an identifier rather than an amount, write it in quotes"),
        "{err}"
    );
    assert!(!err.contains("any YAML value"), "{err}");
}

/// Two files whose names differ only in how a letter is encoded («й» as one
/// character, or «и» and a combining mark, as a Mac may save it) make one
/// address; the hint says why the two names look the same. (macOS's file
/// system takes the two names for one.)
#[test]
#[cfg(not(target_os = "macos"))]
fn file_names_that_differ_only_in_encoding_are_explained() {
    let f = Fixture::valid();
    for (name, title) in [("Ойын", "Бірінші"), ("Ои\u{306}ын", "Екінші")] {
        f.write(
            &format!("content/articles/{name}.md"),
            &format!(
                "---\ntitle: {title}\ndate: 2025-10-14\nauthors: [Асанова Гүлнар]\n---\nМәтін.\n"
            ),
        );
    }
    let err = f.build_fails();
    assert!(
        err.contains("the address `articles/oiyn/` is also that of"),
        "{err}"
    );
    assert!(
        err.contains("hint: the two files' names look the same but are written with different character codes"),
        "{err}"
    );
}
