//! A running server that meets a bug of its own: a round or a PDF compilation that
//! panics (made to by the test-only marks, which exist only in the library's own
//! tests). Real servers, real HTTP over TCP, real file edits, as in tests/serve.rs.

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::Path;
use std::time::{Duration, Instant};

use super::incremental::PANIC_MARK as ROUND_PANIC;
use super::pdfs::PANIC_MARK as PDF_PANIC;
use super::{ServeOptions, Server, start};
use crate::build::{BuildOptions, build};

struct Site {
    dir: tempfile::TempDir,
}

impl Site {
    fn new() -> Site {
        let s = Site {
            dir: tempfile::tempdir().expect("a temporary folder"),
        };
        s.write(
            "config.yaml",
            "title: Тест\nbase_url: https://college.example/otm/\n",
        );
        s.write(
            "data/authors.yaml",
            "- id: abenova-g\n  name: Әбенова Гүлнар\n  department: it\n",
        );
        s.write("data/departments.yaml", "- id: it\n  name: ИТ бөлімі\n");
        s.entry("a", "2025-10-01", "Бірінші мәтін.", "Бірінші.");
        s.entry("b", "2025-10-02", "Екінші мәтін.", "Екінші.");
        s
    }

    fn root(&self) -> &Path {
        self.dir.path()
    }

    fn write(&self, rel: &str, text: &str) {
        let p = self.root().join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }

    /// An exhibit (in its year's catalogue, with its summary) at `/articles/{slug}/`.
    fn entry(&self, slug: &str, date: &str, body: &str, summary: &str) {
        self.write(
            &format!("content/articles/{slug}.md"),
            &format!(
                "---\ntitle: Жазба {slug}\nslug: {slug}\ndate: {date}\nauthors: abenova-g\nexhibit: true\nsummary: {summary}\n---\n{body}\n"
            ),
        );
    }

    fn serve(&self) -> (Server, tempfile::TempDir) {
        let dir = tempfile::tempdir().unwrap();
        let mut opts = ServeOptions::new(self.root());
        opts.port = 0;
        opts.dir = Some(dir.path().join("site"));
        opts.verbose = false;
        (start(opts).expect("the server starts"), dir)
    }
}

fn get(addr: SocketAddr, path: &str) -> (u16, String) {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut buf = Vec::new();
    s.read_to_end(&mut buf).unwrap();
    let text = String::from_utf8_lossy(&buf).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    (status, body.to_string())
}

/// How long a test waits for what serve does in the background. Generous: a
/// portfolio compiled while other suites build beside it took over 20 s once.
const WAIT: Duration = Duration::from_secs(60);

fn wait_page(addr: SocketAddr, path: &str, ok: impl Fn(u16, &str) -> bool) -> String {
    let start = Instant::now();
    loop {
        let (status, body) = get(addr, path);
        if ok(status, &body) {
            return body;
        }
        assert!(
            start.elapsed() < WAIT,
            "{path}: still {status} after {WAIT:?}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

type Ws = tungstenite::WebSocket<tungstenite::stream::MaybeTlsStream<TcpStream>>;

fn socket(addr: SocketAddr) -> Ws {
    let (mut ws, _) = tungstenite::connect(format!("ws://{addr}/__ozyq/ws")).expect("websocket");
    if let tungstenite::stream::MaybeTlsStream::Plain(s) = ws.get_mut() {
        s.set_read_timeout(Some(Duration::from_millis(200)))
            .unwrap();
    }
    ws
}

/// Waits for a websocket message containing every one of `needles`.
fn wait_message(ws: &mut Ws, needles: &[&str]) -> String {
    let start = Instant::now();
    let mut seen = Vec::new();
    loop {
        match ws.read() {
            Ok(tungstenite::Message::Text(t)) => {
                if needles.iter().all(|n| t.contains(n)) {
                    return t.to_string();
                }
                seen.push(t.to_string());
            }
            Ok(_) => {}
            Err(tungstenite::Error::Io(e))
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                ) => {}
            Err(e) => panic!("websocket: {e}"),
        }
        assert!(
            start.elapsed() < WAIT,
            "no message with {needles:?} in {WAIT:?}; got {seen:?}"
        );
    }
}

/// A folder's files; the marker of a build's output folder is not part of the site.
fn read_tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| {
            e.file_type().is_file()
                && e.file_name() != crate::output::target::MARKER
                && e.file_name() != crate::output::manifest::MANIFEST
        })
        .map(|e| {
            let rel = e.path().strip_prefix(dir).unwrap();
            (
                rel.to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect()
}

/// The served folder holds what a clean build of the site makes, byte for byte.
fn assert_as_clean(served: &Path, site: &Site, step: &str) {
    assert_becomes_clean(served, site, step, Duration::ZERO);
}

/// The served folder comes to hold what a clean build makes within `wait`: PDFs
/// compiled in the background (a catalogue's, then the portfolios) land one by one.
fn assert_becomes_clean(served: &Path, site: &Site, step: &str, wait: Duration) {
    let clean = tempfile::tempdir().unwrap();
    let opts = BuildOptions {
        output: Some(clean.path().join("out")),
        ..BuildOptions::new(site.root())
    };
    build(&opts).unwrap_or_else(|d| panic!("{step}: the clean build failed: {d:?}"));
    let b = read_tree(&clean.path().join("out"));
    let start = Instant::now();
    loop {
        let a = read_tree(served);
        let keys = |t: &BTreeMap<String, Vec<u8>>| t.keys().cloned().collect::<Vec<_>>();
        let differs = (keys(&a) != keys(&b))
            .then(|| "other files".to_string())
            .or_else(|| a.iter().find(|(k, v)| *v != &b[*k]).map(|(k, _)| k.clone()));
        match differs {
            None => return,
            Some(what) if start.elapsed() >= wait => {
                panic!("{step}: {what} differs from a clean build")
            }
            Some(_) => std::thread::sleep(Duration::from_millis(50)),
        }
    }
}

#[test]
fn a_round_that_panics_is_reported_and_the_next_change_rebuilds_everything() {
    let site = Site::new();
    let (server, _dir) = site.serve();
    let addr = server.addr;
    let mut ws = socket(addr);
    wait_message(&mut ws, &["\"ok\""]);

    // An entry edited in place: the quick round panics after writing its page.
    site.entry("a", "2025-10-01", ROUND_PANIC, "Бірінші.");
    let m = wait_message(&mut ws, &["\"error\"", "internal error"]);
    assert!(m.contains("content/articles/a.md"), "{m}");
    assert!(m.contains("a test made this round panic"), "{m}");
    // Browsers that connect later see it too.
    wait_message(&mut socket(addr), &["\"error\"", "internal error"]);

    // The next change is built again, and nothing of the broken round stays: the
    // other entry's text (taken apart by the round), the page written unrecorded.
    site.entry("a", "2025-10-01", "Бірінші мәтін.", "Бірінші.");
    wait_message(&mut ws, &["\"ok\""]);
    let page = wait_page(addr, "/articles/a/", |s, b| {
        s == 200 && !b.contains(ROUND_PANIC)
    });
    assert!(page.contains("Бірінші мәтін."));
    assert!(get(addr, "/articles/b/").1.contains("Екінші мәтін."));
    assert_as_clean(&server.dir, &site, "after the quick round's panic");

    // A new entry takes the full round, which panics too, and recovers the same way.
    site.entry("c", "2025-10-03", ROUND_PANIC, "Үшінші.");
    wait_message(&mut ws, &["\"error\"", "content/articles/c.md"]);
    site.entry("c", "2025-10-03", "Үшінші мәтін.", "Үшінші.");
    wait_message(&mut ws, &["\"ok\""]);
    wait_page(addr, "/articles/c/", |s, b| {
        s == 200 && b.contains("Үшінші мәтін.")
    });
    // The catalogue, with the new entry, is compiled in the background.
    wait_message(
        &mut ws,
        &["\"updated\"", "catalogue/2025-2026/catalogue.pdf"],
    );
    // The author's portfolio may still be compiling.
    let step = "after the full round's panic";
    assert_becomes_clean(&server.dir, &site, step, WAIT);
    server.stop();
}

#[test]
fn a_pdf_compilation_that_panics_is_reported_and_the_worker_goes_on() {
    let site = Site::new();
    let (server, _dir) = site.serve();
    let addr = server.addr;
    let mut ws = socket(addr);
    wait_message(&mut ws, &["\"ok\""]);
    let pdf = "/catalogue/2025-2026/catalogue.pdf";
    wait_page(addr, pdf, |s, _| s == 200);

    // The summary is in the catalogue: its PDF is compiled again, and panics.
    site.entry("a", "2025-10-01", "Бірінші мәтін.", PDF_PANIC);
    let m = wait_message(&mut ws, &["\"error\"", "internal error"]);
    assert!(m.contains("catalogue of 2025"), "{m}");
    assert!(m.contains("a test made this PDF panic"), "{m}");

    // The next change is compiled: the worker lives on, and the overlay goes.
    site.entry("a", "2025-10-01", "Бірінші мәтін.", "Жаңа.");
    wait_message(&mut ws, &["\"ok\""]);
    wait_message(&mut ws, &["\"updated\"", &pdf[1..]]);
    assert_eq!(get(addr, pdf).0, 200);
    assert_as_clean(&server.dir, &site, "after the PDF's panic");
    server.stop();
}

/// A port another program holds is refused at once, in the user's language,
/// with what to do.
#[test]
fn a_taken_port_is_said_in_the_user_s_language() {
    use crate::lang::Lang;
    let taken = std::net::TcpListener::bind("127.0.0.1:0").expect("a free port");
    let mut opts = ServeOptions::new(std::env::temp_dir());
    opts.port = taken.local_addr().expect("bound").port();
    opts.verbose = false;
    let e = start(opts).err().expect("the port is taken");
    assert!(matches!(e, super::ServeError::Listen { .. }), "{e:?}");
    let kk = e.text().render(Lang::Kk);
    assert!(
        kk.starts_with("серверді іске қосу мүмкін болмады: сайтты 127.0.0.1:"),
        "{kk}"
    );
    assert!(
        kk.contains("басқа бағдарлама") && kk.contains("--port"),
        "{kk}"
    );
    assert!(
        e.to_string()
            .starts_with("cannot start the server: cannot listen on 127.0.0.1:")
    );
}

/// A tab that was loading while a reload went out missed it: its page names the
/// round it was read in, and the socket says the round now, so that it reloads.
#[test]
fn a_page_read_before_the_last_reload_learns_it_is_old() {
    let site = Site::new();
    let (server, _dir) = site.serve();
    let addr = server.addr;
    let mut ws = socket(addr);
    wait_message(&mut ws, &["\"round\":0"]);
    assert!(get(addr, "/articles/a/").1.contains("data-round=\"0\""));

    site.entry("a", "2025-10-01", "Жаңа мәтін.", "Бірінші.");
    wait_message(&mut ws, &["\"reload\""]);
    let (_, page) = get(addr, "/articles/a/");
    assert!(
        page.contains("Жаңа мәтін.") && !page.contains("data-round=\"0\""),
        "{page}"
    );
    // A socket opened now hears a later round than a page read before the edit has.
    let m = wait_message(&mut socket(addr), &["\"round\""]);
    assert!(!m.contains("\"round\":0"), "{m}");
    assert!(super::reload::SCRIPT.contains("m.round > mine"));
    server.stop();
}

/// A text edit that cannot be made (a link to a file there is not) is shown as
/// its error, without a reload before it, and leaves the search index as the
/// last good round made it: `ozyq build` would write nothing.
#[test]
fn an_edit_that_cannot_be_made_leaves_the_search_index_alone() {
    let site = Site::new();
    let (server, _dir) = site.serve();
    let addr = server.addr;
    let mut ws = socket(addr);
    wait_message(&mut ws, &["\"ok\""]);
    let index = read_tree(&server.dir.join("search"));
    assert!(!index.is_empty());

    site.entry(
        "a",
        "2025-10-01",
        "Кемпірқосақшатырлы [жоспар](joq.pdf).",
        "Бірінші.",
    );
    let m = wait_message(&mut ws, &["\"error\"", "joq.pdf"]);
    assert!(m.contains("content/articles/a.md"), "{m}");
    assert!(
        read_tree(&server.dir.join("search")) == index,
        "the search index changed"
    );

    // Mended, the word is found.
    site.entry("a", "2025-10-01", "Кемпірқосақшатырлы сөз.", "Бірінші.");
    wait_message(&mut ws, &["\"reload\""]);
    assert_becomes_clean(&server.dir, &site, "after the mend", WAIT);
    server.stop();
}
