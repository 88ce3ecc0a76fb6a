//! Benchmark: on a generated archive, the time of a full build beside the time from a
//! saved one-entry edit (its text, its summary, a tag, its date, an author) to the
//! reloaded page being ready through `ozyq serve` (the wait for quiet, incremental rebuild, the
//! websocket signal and the HTTP request for the page). Prints figures; asserts nothing
//! about speed.
//!
//!     cargo bench --bench serve                     # 10,000 entries
//!     cargo bench --bench serve -- 2000             # another size
//!     OZYQ_BENCH_OUT=/dev/shm cargo bench --bench serve   # outputs on tmpfs
//!     OZYQ_BENCH_LANGUAGES=1 cargo bench --bench serve    # in Kazakh and Russian
//!
//! The full build and the served folder are both made under $OZYQ_BENCH_OUT (else the
//! system's temporary folder), so that the first build in `ozyq serve` and `ozyq build`
//! write to the same file system.
//!
//! The corpus comes from ../shared/bench/gen_corpus.py (or $OZYQ_GEN_CORPUS), as for
//! the build benchmark; with `OZYQ_BENCH_LANGUAGES=1`, its copy in two languages
//! with 30 % of the works translated, as for the languages benchmark.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::PathBuf;
use std::time::{Duration, Instant};

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[path = "shared/corpus.rs"]
mod corpus;
use corpus::corpus;
#[path = "shared/translated.rs"]
mod translated;

fn get(addr: SocketAddr, path: &str) -> (u16, String) {
    let mut s = TcpStream::connect(addr).unwrap();
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut buf = Vec::new();
    s.read_to_end(&mut buf).unwrap();
    let text = String::from_utf8_lossy(&buf).into_owned();
    let status = text
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    (status, text)
}

type Ws = tungstenite::WebSocket<tungstenite::stream::MaybeTlsStream<TcpStream>>;

fn wait_for(ws: &mut Ws, needle: &str) {
    let start = Instant::now();
    loop {
        if let Ok(tungstenite::Message::Text(t)) = ws.read()
            && t.contains(needle)
        {
            return;
        }
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "no {needle} message"
        );
    }
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn main() {
    ozyq::memory::small_pages();
    let n = corpus::size_from_args();
    let mut site = corpus(n);
    let languages = std::env::var_os("OZYQ_BENCH_LANGUAGES").is_some_and(|v| v == "1");
    if languages {
        let (copy, made) = translated::translated_copy(&site);
        println!("in Kazakh and Russian: {made} works translated");
        site = copy;
    }
    let base = std::env::var_os("OZYQ_BENCH_OUT")
        .map(PathBuf::from)
        .unwrap_or_else(std::env::temp_dir);
    println!(
        "ozyq serve benchmark: {n} entries in {}, outputs in {}, {} threads",
        site.display(),
        base.display(),
        rayon::current_num_threads()
    );

    // A full build, best of two, then one into the same folder, which keeps its pages.
    let out = base.join(format!("ozyq-bench-{n}-serve-full"));
    let build = || {
        let t = Instant::now();
        ozyq::build::build(&ozyq::build::BuildOptions {
            root: site.clone(),
            output: Some(out.clone()),
            drafts: false,
            check_only: false,
            spelling: false,
            force: true,
        })
        .unwrap_or_else(|d| panic!("the build failed: {:?}", d.sorted().first()));
        t.elapsed().as_secs_f64()
    };
    let mut full = f64::MAX;
    for _ in 0..2 {
        let _ = std::fs::remove_dir_all(&out);
        full = full.min(build());
    }
    let kept = build();

    // The server: started once with nothing built, then beside the full build.
    let served = base.join(format!("ozyq-bench-{n}-serve"));
    let start = |built: PathBuf| {
        let _ = std::fs::remove_dir_all(&served);
        let mut opts = ozyq::serve::ServeOptions::new(&site);
        opts.dir = Some(served.clone());
        opts.built = Some(built);
        opts.port = 0;
        opts.verbose = false;
        let t = Instant::now();
        let server = ozyq::serve::start(opts).expect("server starts");
        (server, t.elapsed().as_secs_f64())
    };
    let (server, first) = start(base.join(format!("ozyq-bench-{n}-serve-none")));
    server.stop();
    // Beside the build, on the same file system: its pages are linked, not copied.
    let (server, first_built) = start(out.clone());
    let _ = std::fs::remove_dir_all(&out);
    let addr = server.addr;
    let (mut ws, _) = tungstenite::connect(format!("ws://{addr}/__ozyq/ws")).expect("websocket");
    if let tungstenite::stream::MaybeTlsStream::Plain(s) = ws.get_mut() {
        s.set_read_timeout(Some(Duration::from_millis(100)))
            .unwrap();
    }

    // The entry to edit: the first article; its page is named after its file.
    let dir = site.join("content/articles");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .filter(|p| !p.to_string_lossy().ends_with(".ru.md"))
        .collect();
    files.sort();
    let file = files[0].clone();
    let original = std::fs::read_to_string(&file).unwrap();
    // A file of the copy in two languages is the archive's, hard-linked: the edits
    // go to a file of its own.
    std::fs::remove_file(&file).unwrap();
    std::fs::write(&file, &original).unwrap();
    let name = file.file_stem().unwrap().to_string_lossy().into_owned();
    let slug = ozyq::lang::slug::slugify_short(&name, 80);
    let page = format!("/articles/{slug}/");
    let (status, _) = get(addr, &page);
    assert_eq!(status, 200, "{page}");
    let page_file = format!("articles/{slug}/index.html");

    // Each round edits the saved file in one of these ways; every kind of edit is
    // timed from the save to the entry's page being served with the change.
    const KINDS: [&str; 5] = ["text", "summary", "tag", "date", "author"];
    let mut times: Vec<Vec<f64>> = vec![Vec::new(); KINDS.len()];
    let mut last_body = String::new();
    for round in 0..KINDS.len() * 4 {
        let kind = round % KINDS.len();
        let marker = format!("Өзгеріс {round}");
        let edited = match KINDS[kind] {
            "text" => format!("{original}\n{marker}\n"),
            "summary" => original.replacen("summary: \"", &format!("summary: \"{marker} "), 1),
            "tag" => original.replacen("tags:\n", &format!("tags:\n  - \"{marker}\"\n"), 1),
            "author" => {
                original.replacen("authors:\n", &format!("authors:\n  - \"{marker}\"\n"), 1)
            }
            _ => {
                // Another day of the same month: the entry moves in every listing.
                let line = original.lines().find(|l| l.starts_with("date: ")).unwrap();
                let day = format!("{:02}", 1 + round % 27);
                original.replacen(line, &format!("{}{day}", &line[..line.len() - 2]), 1)
            }
        };
        // Each edit is made to the original file: the previous one is undone first.
        if round > 0 {
            std::thread::sleep(Duration::from_millis(1500));
            while ws.read().is_ok() {}
            std::fs::write(&file, &original).unwrap();
            wait_for(&mut ws, &page_file);
            last_body = get(addr, &page).1;
        }
        // From an idle server: the previous edit's later work (search index, sitemap) is done.
        std::thread::sleep(Duration::from_millis(1500));
        // Drain what the previous round sent afterwards.
        while ws.read().is_ok() {}
        let t = Instant::now();
        std::fs::write(&file, &edited).unwrap();
        wait_for(&mut ws, &page_file);
        let (status, body) = get(addr, &page);
        let secs = t.elapsed().as_secs_f64();
        println!(
            "  edit {round:>2} ({}): {:>6.1} ms",
            KINDS[kind],
            secs * 1000.0
        );
        assert_eq!(status, 200);
        if KINDS[kind] == "date" {
            assert_ne!(body, last_body, "the page shows the new date");
        } else {
            assert!(body.contains(&marker), "the page shows the edit");
        }
        // The first round of each kind warms up.
        if round >= KINDS.len() {
            times[kind].push(secs);
        }
    }
    std::fs::write(&file, &original).unwrap();
    std::thread::sleep(Duration::from_millis(500));
    server.stop();
    let _ = std::fs::remove_dir_all(&served);

    println!(
        "full build ({n} entries):                 {:>8.1} ms",
        full * 1000.0
    );
    println!(
        "build again, pages kept:                   {:>8.1} ms",
        kept * 1000.0
    );
    println!(
        "serve: first build, nothing built          {:>8.1} ms",
        first * 1000.0
    );
    println!(
        "serve: first build beside that build       {:>8.1} ms",
        first_built * 1000.0
    );
    for (kind, t) in KINDS.iter().zip(times) {
        let m = median(t);
        println!(
            "serve: saved edit of an entry's {kind:<7} → page ready  {:>8.1} ms  ({:.0}× faster)",
            m * 1000.0,
            full / m
        );
    }
    println!(
        "(median of 3 edits each, including the {} ms wait for no further change)",
        ozyq::serve::watch::QUIET.as_millis()
    );
}
