//! Fixture sites for the integration tests: a folder with config.yaml and content,
//! built with the library or the binary.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

pub struct Fixture {
    pub dir: tempfile::TempDir,
}

pub const CONFIG: &str = "title: Тест сайты\ncollege: Тест колледжі\nbase_url: https://college.example/otm/\npage_size: 2\n";

pub const AUTHORS: &str = "\
- id: abenova-g
  name: Әбенова Гүлнар
  category: master
  department: it
  position: Оқытушы
- id: omarov-n
  name: Омаров Нұрлан
  category: first
  department: lang
- id: kasymova-a
  name: Қасымова Айгерім
  department: it
";

pub const DEPARTMENTS: &str = "\
- id: it
  name: Ақпараттық технологиялар бөлімі
  name_ru: Отделение ИТ
- id: lang
  name: Тілдер бөлімі
";

impl Fixture {
    /// An empty site with config and data files.
    pub fn new() -> Self {
        let f = Fixture {
            dir: tempfile::tempdir().expect("temp dir"),
        };
        f.write("config.yaml", CONFIG);
        f.write("data/authors.yaml", AUTHORS);
        f.write("data/departments.yaml", DEPARTMENTS);
        f
    }

    /// A small valid site: entries of several kinds over two academic years.
    pub fn valid() -> Self {
        let f = Fixture::new();
        f.write("content/_index.md", "---\ntitle: Басты\n---\nОТМ туралы.\n");
        f.write(
            "content/open-lessons/qazaq.md",
            "---\ntitle: Қазақ тілі ашық сабағы\ndate: 14.10.2025\nauthors: abenova-g\ntags: [Сыни ойлау, Цифрлық]\ngroup: ПО-21\ntechnology: Кейс-стади\nsummary: Қысқаша.\n---\n## Мақсаты\n\nМәтін [семинар](../seminars/sem.md).\n\n## Барысы\n\n|a|b|\n|-|-|\n|1|2|\n",
        );
        f.write(
            "content/seminars/sem.md",
            "---\ntitle: \"Семинар: цифрлық сауаттылық\"\ndate: 2024-11-02\nauthors: [omarov-n, \"Сейітова Жанар\"]\nlevel: облыстық\nevent: Облыстық семинар\ntags: [цифрлық]\nsummary: Семинар туралы.\n---\nМәтін.[^1]\n\n[^1]: Ескерту.\n",
        );
        f.write(
            "content/articles/maqala/index.md",
            "---\ntitle: Мақала\ndate: 2025-03-01T10:00:00+05:00\nauthors: [kasymova-a, abenova-g]\njournal: «Кәсіптік білім»\npages: \"12-15\"\nattachments:\n  - file: plan.pdf\n    title: Жоспар\ncover: cover.svg\nlang: ru\nsummary: О статье.\n---\n![сурет](cover.svg)\n",
        );
        f.write("content/articles/maqala/plan.pdf", "%PDF-1.4\n%%EOF\n");
        f.write(
            "content/articles/maqala/cover.svg",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
        );
        f.write(
            "content/articles/b.md",
            "---\ntitle: Бірінші мақала\ndate: 2025-09-10\nauthors: abenova-g\nsummary: Мақала туралы.\n---\nМәтін.\n",
        );
        f.write("content/articles/c.md", "---\ntitle: Екінші мақала\ndate: 2025-09-11\nauthors: abenova-g\ndraft: true\n---\nМәтін.\n");
        f.write(
            "content/pages/rules.md",
            "---\ntitle: Ереже\nslug: regulation\nmenu: 1\n---\n## 1. Жалпы\n\nМәтін.\n",
        );
        f
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    pub fn write(&self, rel: &str, text: &str) {
        self.write_bytes(rel, text.as_bytes());
    }

    pub fn write_bytes(&self, rel: &str, bytes: &[u8]) {
        let p = self.path(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, bytes).unwrap();
    }

    /// Every file of the built site's search index (`output/search/**.js`),
    /// concatenated.
    #[allow(dead_code)]
    pub fn search_files(&self) -> String {
        let dir = self.root().join("output/search");
        let mut out = String::new();
        for e in walkdir::WalkDir::new(&dir).sort_by_file_name() {
            let e = e.unwrap();
            if e.path().extension().is_some_and(|x| x == "js") {
                out.push_str(&std::fs::read_to_string(e.path()).unwrap());
                out.push('\n');
            }
        }
        out
    }

    pub fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.path(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
    }

    /// Runs the `ozyq` binary in the site; returns exit success, stdout, stderr.
    pub fn run(&self, args: &[&str]) -> (bool, String, String) {
        self.run_on(None, args)
    }

    /// [`Self::run`] on the day `today` (`OZYQ_TODAY`), when given.
    pub fn run_on(&self, today: Option<&str>, args: &[&str]) -> (bool, String, String) {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_ozyq"));
        // The tests read what ozyq says in English.
        cmd.args(args)
            .current_dir(self.root())
            .env("NO_COLOR", "1")
            .env("OZYQ_LANG", "en");
        match today {
            Some(day) => cmd.env("OZYQ_TODAY", day),
            None => cmd.env_remove("OZYQ_TODAY"),
        };
        let out = cmd.output().expect("run ozyq");
        (
            out.status.success(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    }

    /// Builds with the binary and returns its stderr, asserting that the build failed.
    pub fn build_fails(&self) -> String {
        let (ok, _, err) = self.run(&["build"]);
        assert!(!ok, "the build should fail; stderr:\n{err}");
        err
    }

    pub fn build_ok(&self) -> String {
        let (ok, out, err) = self.run(&["build"]);
        assert!(ok, "the build should succeed; stderr:\n{err}");
        out
    }
}
