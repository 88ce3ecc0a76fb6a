//! Shared by the benchmarks: the generated archive they build.

use std::path::{Path, PathBuf};
use std::process::Command;

/// A generated archive of `n` entries (../shared/bench/gen_corpus.py, or
/// $OZYQ_GEN_CORPUS), made once and kept in the temp folder, with its config.yaml.
pub fn corpus(n: usize) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("ozyq-bench-{n}"));
    let site = dir.join("ozyq");
    if !site.join("content").is_dir() {
        let script = std::env::var("OZYQ_GEN_CORPUS")
            .map(PathBuf::from)
            .unwrap_or_else(|_| {
                Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/bench/gen_corpus.py")
            });
        let st = Command::new("python3")
            .arg(&script)
            .arg(n.to_string())
            .arg(&dir)
            .args(["--layout", "ozyq"])
            .status()
            .expect("run python3 gen_corpus.py");
        assert!(st.success(), "gen_corpus.py failed");
    }
    if std::env::var_os("OZYQ_BENCH_NO_PLANS").is_none() && !site.join("content/plan").is_dir() {
        write_plans(&site.join("content"));
    }
    std::fs::write(
        site.join("config.yaml"),
        "title: Колледждің әдістемелік жарияланымдары\nbase_url: https://college.example/otm/\npage_size: 20\n",
    )
    .expect("write config.yaml");
    site
}

/// The archive size given on the command line (`cargo bench --bench x -- 2000`),
/// 10,000 by default.
pub fn size_from_args() -> usize {
    std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(10_000)
}

/// Items in each year's work plan.
const PLAN_ITEMS: usize = 40;
/// One entry in this many records an item of its year's plan.
const PLAN_EVERY: usize = 20;

/// Writes a work plan for every academic year the entries fall in (forty items of
/// every kind and of meetings, over the months of the year), and makes one entry in
/// twenty record one of its year's items: what a college's archive holds. Set
/// OZYQ_BENCH_NO_PLANS to build the archive without them.
fn write_plans(content: &Path) {
    let forms = [
        "seminar",
        "conference",
        "olympiad",
        "article",
        "guideline",
        "bulletin",
        "open_lesson",
        "self-education",
        "meeting",
        "consultation",
    ];
    let months = [
        "қыркүйек",
        "қазан",
        "қараша",
        "желтоқсан",
        "қаңтар",
        "ақпан",
        "наурыз",
        "сәуір",
        "мамыр",
        "маусым",
    ];
    let mut years = std::collections::BTreeSet::new();
    let files: Vec<PathBuf> = walkdir::WalkDir::new(content)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "md"))
        .filter(|e| e.file_name() != "_index.md")
        .map(walkdir::DirEntry::into_path)
        .collect();
    for (n, path) in files.iter().enumerate() {
        let Ok(text) = std::fs::read_to_string(path) else {
            continue;
        };
        let Some(date) = text.lines().find_map(|l| l.strip_prefix("date:")) else {
            continue;
        };
        let digits: String = date.trim().trim_matches('"').chars().take(7).collect();
        let (Some(y), Some(m)) = (
            digits.get(..4).and_then(|y| y.parse::<i32>().ok()),
            digits.get(5..7).and_then(|m| m.parse::<u32>().ok()),
        ) else {
            continue;
        };
        let year = if m >= 9 { y } else { y - 1 };
        years.insert(year);
        if n % PLAN_EVERY == 0 {
            let line = format!("plan: \"{}\"\n", n % PLAN_ITEMS + 1);
            let with = text.replacen("\ndate:", &format!("\n{line}date:"), 1);
            std::fs::write(path, with).expect("write an entry");
        }
    }
    std::fs::create_dir_all(content.join("plan")).expect("make content/plan");
    for year in years {
        let mut plan = String::new();
        for i in 0..PLAN_ITEMS {
            plan.push_str(&format!(
                "- id: \"{}\"\n  title: Жоспар тармағы {}\n  form: {}\n  when: {}\n",
                i + 1,
                i + 1,
                forms[i % forms.len()],
                months[i % months.len()],
            ));
        }
        let file = content
            .join("plan")
            .join(format!("{year}-{}.yaml", year + 1));
        std::fs::write(file, plan).expect("write a plan");
    }
}
