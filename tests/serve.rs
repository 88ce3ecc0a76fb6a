//! `ozyq serve`: a running server is edited under its feet; the incremental rebuild
//! is compared byte for byte with clean builds over random edit sequences.

mod common;

use common::Fixture;
use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::Path;
use std::time::{Duration, Instant};

use ozyq::build::{BuildOptions, BuildReport, build};
use ozyq::serve::incremental::{Changes, Engine, Round};
use ozyq::serve::{ServeOptions, Server, start};

// ---------- helpers ----------

/// Warnings as sorted, distinct strings, to compare what a round told with what
/// a clean build says.
fn said<'d>(ds: impl IntoIterator<Item = &'d ozyq::diagnostics::Diagnostic>) -> Vec<String> {
    let mut v: Vec<String> = ds.into_iter().map(|d| format!("{d:?}")).collect();
    v.sort();
    v.dedup();
    v
}

/// Builds the fixture into `clean`, rendering every page (none is kept from the
/// last build into it: its keys are serve's, and would share serve's mistakes), and
/// asserts that `served` holds the same files; returns the build's report.
fn assert_like_clean_build(f: &Fixture, served: &Path, clean: &Path, step: &str) -> BuildReport {
    let _ = std::fs::remove_dir_all(f.path(".ozyq-cache/pages"));
    let mut opts = BuildOptions::new(f.root());
    opts.output = Some(clean.to_path_buf());
    let report =
        build(&opts).unwrap_or_else(|d| panic!("{step}: clean build failed: {:?}", d.sorted()));
    assert_same_tree(served, clean, step);
    report
}

fn entry(
    title: &str,
    date: &str,
    authors: &str,
    tags: &str,
    slug: Option<&str>,
    body: &str,
) -> String {
    let slug = slug.map(|s| format!("slug: {s}\n")).unwrap_or_default();
    format!(
        "---\ntitle: \"{title}\"\ndate: {date}\nauthors: [{authors}]\ntags: [{tags}]\n{slug}---\n{body}\n"
    )
}

fn serve(f: &Fixture) -> (Server, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let mut opts = ServeOptions::new(f.root());
    opts.port = 0;
    opts.dir = Some(dir.path().join("site"));
    opts.verbose = false;
    (start(opts).expect("server starts"), dir)
}

struct Resp {
    status: u16,
    headers: String,
    body: String,
}

fn get(addr: SocketAddr, path: &str) -> Resp {
    request(addr, "GET", path)
}

fn request(addr: SocketAddr, method: &str, path: &str) -> Resp {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    write!(
        s,
        "{method} {path} HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
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
    Resp {
        status,
        headers: head.to_ascii_lowercase(),
        body: body.to_string(),
    }
}

/// Polls until the page satisfies `ok`.
fn wait_page(addr: SocketAddr, path: &str, ok: impl Fn(&Resp) -> bool) -> Resp {
    let start = Instant::now();
    loop {
        let r = get(addr, path);
        if ok(&r) {
            return r;
        }
        assert!(
            start.elapsed() < Duration::from_secs(15),
            "{path}: still {} after 15 s:\n{}",
            r.status,
            &r.body[..r.body.len().min(400)]
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

/// A websocket handshake as a browser makes it: with `Origin` and, when given, `Host`.
fn socket_as(addr: SocketAddr, origin: &str, host: Option<&str>) -> Result<Ws, u16> {
    use tungstenite::client::IntoClientRequest;
    let mut req = format!("ws://{addr}/__ozyq/ws")
        .into_client_request()
        .unwrap();
    req.headers_mut().insert("origin", origin.parse().unwrap());
    if let Some(h) = host {
        req.headers_mut().insert("host", h.parse().unwrap());
    }
    match tungstenite::connect(req) {
        Ok((ws, _)) => Ok(ws),
        Err(tungstenite::Error::Http(r)) => Err(r.status().as_u16()),
        Err(e) => panic!("websocket: {e}"),
    }
}

/// The next text message, or `None` when none came within the socket's timeout.
fn next_text(ws: &mut Ws) -> Option<String> {
    match ws.read() {
        Ok(tungstenite::Message::Text(t)) => Some(t.to_string()),
        Ok(_) => None,
        Err(tungstenite::Error::Io(e))
            if matches!(
                e.kind(),
                std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
            ) =>
        {
            None
        }
        Err(e) => panic!("websocket: {e}"),
    }
}

/// Waits for a websocket message containing `needle`; returns it.
fn wait_message(ws: &mut Ws, needle: &str) -> String {
    let start = Instant::now();
    let mut seen = Vec::new();
    loop {
        if let Some(t) = next_text(ws) {
            if t.contains(needle) {
                return t;
            }
            seen.push(t);
        }
        assert!(
            start.elapsed() < Duration::from_secs(15),
            "no message with {needle} in 15 s; got {seen:?}"
        );
    }
}

/// Asserts that no reload is sent for `quiet`: the server settles after a change
/// (reading files while rebuilding must not count as a change).
fn assert_settles(ws: &mut Ws, quiet: Duration) {
    let start = Instant::now();
    while start.elapsed() < quiet {
        if let Some(t) = next_text(ws) {
            assert!(!t.contains("\"reload\""), "a reload nobody asked for: {t}");
        }
    }
}

fn sleep_for_mtime() {
    // Let file times move on between writes of files of the same size.
    std::thread::sleep(Duration::from_millis(20));
}

// ---------- the running server ----------

#[test]
fn served_pages_follow_edits_adds_renames_moves_and_deletes() {
    let f = Fixture::valid();
    f.write(
        "content/articles/x.md",
        &entry(
            "Бастапқы",
            "2025-10-01",
            "abenova-g",
            "алғы",
            Some("x-entry"),
            "Бірінші нұсқа.",
        ),
    );
    let (server, _dir) = serve(&f);
    let addr = server.addr;
    let mut ws = socket(addr);
    wait_message(&mut ws, "\"ok\"");

    let r = get(addr, "/articles/x-entry/");
    assert_eq!(r.status, 200);
    assert!(r.body.contains("Бірінші нұсқа."));
    assert!(
        r.body.contains("/__ozyq/live.js"),
        "the live-reload script is injected"
    );
    assert!(
        !std::fs::read_to_string(server.dir.join("articles/x-entry/index.html"))
            .unwrap()
            .contains("live.js"),
        "files on disk are left as a clean build makes them"
    );

    // Edit: the page and the listing that shows it change; the reload fires.
    f.write(
        "content/articles/x.md",
        &entry(
            "Өзгерген атау",
            "2025-10-01",
            "abenova-g",
            "алғы",
            Some("x-entry"),
            "Екінші нұсқа.",
        ),
    );
    let m = wait_message(&mut ws, "articles/x-entry/index.html");
    assert!(m.contains("\"reload\""), "{m}");
    let r = get(addr, "/articles/x-entry/");
    assert!(r.body.contains("Екінші нұсқа.") && r.body.contains("Өзгерген атау"));
    assert!(get(addr, "/articles/").body.contains("Өзгерген атау"));
    assert_settles(&mut ws, Duration::from_millis(1500));

    // Add.
    f.write(
        "content/articles/y.md",
        &entry(
            "Жаңа жазба",
            "2025-10-02",
            "omarov-n",
            "жаңа",
            Some("y-entry"),
            "Жаңа мәтін.",
        ),
    );
    wait_message(&mut ws, "\"reload\"");
    wait_page(addr, "/articles/y-entry/", |r| r.status == 200);
    wait_page(addr, "/tags/zhana/", |r| {
        r.status == 200 && r.body.contains("Жаңа жазба")
    });
    wait_page(addr, "/authors/omarov-n/", |r| {
        r.body.contains("Жаңа жазба")
    });

    // Rename within the kind: same page, from another file.
    std::fs::rename(
        f.path("content/articles/y.md"),
        f.path("content/articles/y2.md"),
    )
    .unwrap();
    wait_message(&mut ws, "\"reload\"");
    wait_page(addr, "/articles/y-entry/", |r| r.status == 200);

    // Move to another kind's folder: the page moves.
    std::fs::create_dir_all(f.path("content/bulletins")).unwrap();
    std::fs::rename(
        f.path("content/articles/y2.md"),
        f.path("content/bulletins/y2.md"),
    )
    .unwrap();
    wait_page(addr, "/bulletins/y-entry/", |r| r.status == 200);
    // Never built, the entry's old address was never published: nothing keeps it.
    wait_page(addr, "/articles/y-entry/", |r| r.status == 404);
    wait_page(addr, "/bulletins/", |r| r.body.contains("Жаңа жазба"));

    // Delete.
    std::fs::remove_file(f.path("content/bulletins/y2.md")).unwrap();
    wait_message(&mut ws, "\"reload\"");
    wait_page(addr, "/bulletins/y-entry/", |r| r.status == 404);
    wait_page(addr, "/tags/zhana/", |r| r.status == 404);

    // A stylesheet change applies without a full reload.
    f.write("static/extra.css", "body { color: red }\n");
    let m = wait_message(&mut ws, "static/extra.css");
    assert!(m.contains("\"css_only\":true"), "{m}");
    let r = get(addr, "/static/extra.css");
    assert!(r.headers.contains("content-type: text/css; charset=utf-8"));
    server.stop();
}

#[test]
fn a_save_written_in_pieces_ends_whole_and_is_never_an_error() {
    // A save that reaches the disk in many writes is read whole in the end. (On a
    // loaded machine the writer can pause longer than serve's quiet moment
    // (ozyq::serve::watch::DEBOUNCE), so a round may read part of it first: the
    // test asserts what holds on any machine, that no round reports an error and
    // that the page ends whole, not how many rounds it took.)
    let f = Fixture::valid();
    let (server, _dir) = serve(&f);
    let addr = server.addr;
    let mut ws = socket(addr);
    wait_message(&mut ws, "\"ok\"");
    let body = format!(
        "{}Соңы.",
        "Абзац мәтіні, ұзын сабақ жоспары. ".repeat(8_000)
    );
    let text = entry(
        "Үлкен жазба",
        "2025-10-01",
        "abenova-g",
        "алғы",
        Some("big"),
        &body,
    );
    {
        // As a buffered editor saves: created empty, then 8 KiB at a time, each write
        // an event of its own. (Not with sleeps between them: on a loaded machine a
        // 1 ms sleep can last longer than serve's quiet moment, and the test would
        // then measure the machine, not serve.)
        use std::io::Write;
        let mut file = std::fs::File::create(f.path("content/articles/big.md")).unwrap();
        for chunk in text.as_bytes().chunks(8192) {
            file.write_all(chunk).unwrap();
            file.flush().unwrap();
            std::thread::yield_now();
        }
    }
    let start = Instant::now();
    loop {
        if let Some(t) = next_text(&mut ws) {
            assert!(!t.contains("\"error\""), "a half-read save: {t}");
        }
        let r = get(addr, "/articles/big/");
        if r.status == 200 && r.body.contains("Соңы.") {
            break;
        }
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "the page never had the whole text"
        );
    }
    server.stop();
}

#[test]
fn broken_yaml_shows_an_overlay_and_keeps_the_last_good_pages() {
    let f = Fixture::valid();
    f.write(
        "content/articles/x.md",
        &entry(
            "Жақсы жазба",
            "2025-10-01",
            "abenova-g",
            "алғы",
            Some("x-entry"),
            "Жақсы мәтін.",
        ),
    );
    let (server, _dir) = serve(&f);
    let addr = server.addr;
    let mut ws = socket(addr);
    wait_message(&mut ws, "\"ok\"");

    // Half-written: the front matter is broken YAML.
    f.write(
        "content/articles/x.md",
        "---\ntitle: \"Жақсы\ndate: [2025\n---\nМәтін [жоқ](zhoq.pdf)\n",
    );
    let m = wait_message(&mut ws, "\"error\"");
    let v: serde_json::Value = serde_json::from_str(&m).unwrap();
    let e = &v["errors"][0];
    assert_eq!(e["file"], "content/articles/x.md", "{m}");
    assert!(e["line"].as_u64().unwrap() >= 2, "{m}");
    assert!(!e["message"].as_str().unwrap().is_empty());
    // Its text's problems come in the same round as its front matter's.
    let link = (v["errors"].as_array().unwrap().iter())
        .find(|e| e["message"].as_str().unwrap().contains("zhoq.pdf"));
    assert_eq!(link.map(|e| e["line"].as_u64()), Some(Some(5)), "{m}");
    // The last good page is still served, and a new browser gets the overlay too.
    let r = get(addr, "/articles/x-entry/");
    assert_eq!(r.status, 200);
    assert!(r.body.contains("Жақсы мәтін."));
    let mut ws2 = socket(addr);
    wait_message(&mut ws2, "content/articles/x.md");
    let js = get(addr, "/__ozyq/live.js");
    assert!(js.body.contains("ozyq-error-overlay"));
    assert!(js.headers.contains("text/javascript; charset=utf-8"));

    // Fixed: the overlay goes, the page updates.
    f.write(
        "content/articles/x.md",
        &entry(
            "Жақсы жазба",
            "2025-10-01",
            "abenova-g",
            "алғы",
            Some("x-entry"),
            "Түзетілген мәтін.",
        ),
    );
    wait_message(&mut ws, "\"ok\"");
    wait_page(addr, "/articles/x-entry/", |r| {
        r.body.contains("Түзетілген мәтін.")
    });
    server.stop();
}

/// A deleted photo is an error while a page shows it: that page's last good
/// version stays served, and so do the photo's copies it shows, until a round
/// without errors.
#[test]
fn a_deleted_photo_s_copies_stay_while_the_page_showing_it_is_broken() {
    let f = Fixture::valid();
    let body = "Сурет:\n\n![Сабақ](foto.jpg)";
    let text = entry("Сабақ", "2025-10-01", "abenova-g", "а", Some("x"), body);
    f.write("content/articles/x/index.md", &text);
    f.write_bytes("content/articles/x/foto.jpg", &photo(1200, 800));
    let (server, dir) = serve(&f);
    let served = dir.path().join("site/articles/x");
    let mut ws = socket(server.addr);
    wait_message(&mut ws, "\"ok\"");
    let copies = |what: &str| -> Vec<String> {
        let names = std::fs::read_dir(&served).unwrap_or_else(|e| panic!("{what}: {e}"));
        let mut names: Vec<String> = (names.map(|e| e.unwrap().file_name()))
            .filter_map(|n| n.into_string().ok())
            .filter(|n| n.starts_with("foto"))
            .collect();
        names.sort();
        names
    };
    let before = copies("built");
    assert!(!before.is_empty(), "no copies of foto.jpg served");

    std::fs::remove_file(f.path("content/articles/x/foto.jpg")).unwrap();
    let m = wait_message(&mut ws, "\"error\"");
    assert!(m.contains("foto.jpg"), "{m}");
    assert_eq!(copies("broken"), before);
    let page = get(server.addr, "/articles/x/");
    assert!(page.body.contains("foto"), "the last good page is served");

    // Fixed without the photo: its copies go.
    let fixed = entry(
        "Сабақ",
        "2025-10-01",
        "abenova-g",
        "а",
        Some("x"),
        "Суретсіз.",
    );
    f.write("content/articles/x/index.md", &fixed);
    wait_message(&mut ws, "\"ok\"");
    assert_eq!(copies("fixed"), Vec::<String>::new());
    server.stop();
}

/// A missing page under a language's folder gets that language's 404 page,
/// with its links made to start from this server's root too.
#[test]
fn a_missing_page_is_said_missing_in_the_language_of_its_folder() {
    let f = Fixture::valid();
    f.write(
        "config.yaml",
        &format!("{}languages: [kk, ru]\n", common::CONFIG),
    );
    let (server, _dir) = serve(&f);
    let r = get(server.addr, "/ru/no/such/page/");
    assert_eq!(r.status, 404);
    assert!(r.body.contains("<html lang=\"ru\""), "{}", r.body);
    assert!(r.body.contains("href=\"/static/style.css\""), "{}", r.body);
    let r = get(server.addr, "/no/such/page/");
    assert_eq!(r.status, 404);
    assert!(r.body.contains("<html lang=\"kk\""), "{}", r.body);
    // Without base_url, the language's page links from its folder (`../`).
    f.write(
        "config.yaml",
        &format!(
            "{}languages: [kk, ru]\n",
            common::CONFIG.replace("base_url: https://college.example/otm/\n", "")
        ),
    );
    let (server, _dir) = serve(&f);
    assert!(
        !std::fs::read_to_string(server.dir.join("ru/404.html"))
            .unwrap()
            .contains("/otm/")
    );
    let r = get(server.addr, "/ru/no/such/page/");
    assert!(r.body.contains("href=\"/static/style.css\""), "{}", r.body);
}

#[test]
fn only_files_inside_the_output_are_served_with_their_types() {
    let f = Fixture::valid();
    let (server, dir) = serve(&f);
    let addr = server.addr;
    let secret = dir.path().join("secret.txt");
    std::fs::write(&secret, "secret").unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(&secret, server.dir.join("link.txt")).unwrap();

    for bad in [
        "/../secret.txt",
        "/static/../../secret.txt",
        "/%2e%2e/secret.txt",
        "/%2E%2E/%2e%2e/%2e%2e/etc/passwd",
        "/static%2f..%2f..%2fsecret.txt",
        "/%2fetc%2fpasswd",
        "/..%5csecret.txt",
    ] {
        let r = get(addr, bad);
        assert!(matches!(r.status, 403 | 404), "{bad}: {}", r.status);
        assert!(!r.body.contains("secret"), "{bad}");
    }
    #[cfg(unix)]
    {
        let r = get(addr, "/link.txt");
        assert_eq!(r.status, 403, "a symlink out of the folder");
    }
    let r = get(addr, "/");
    assert_eq!(r.status, 200);
    assert!(r.headers.contains("content-type: text/html; charset=utf-8"));
    let r = get(addr, "/static/style.css");
    assert_eq!(r.status, 200);
    assert!(r.headers.contains("content-type: text/css; charset=utf-8"));
    let r = get(addr, "/search/index.js");
    assert_eq!(r.status, 200);
    assert!(
        r.headers
            .contains("content-type: text/javascript; charset=utf-8")
    );
    let r = get(addr, "/articles");
    assert_eq!(r.status, 301);
    // The site's 404 page, its links made to start from this server's root (the
    // built page's start from the published site's path, /otm/).
    let r = get(addr, "/no/such/page/");
    assert_eq!(r.status, 404);
    assert!(r.body.contains("href=\"/static/style.css\""), "{}", r.body);
    assert!(!r.body.contains("/otm/"), "{}", r.body);
    let r = get(addr, "/404.html");
    assert_eq!(r.status, 200);
    assert!(r.body.contains("href=\"/static/style.css\""), "{}", r.body);
    let built = std::fs::read_to_string(server.dir.join("404.html")).unwrap();
    assert!(built.contains("href=\"/otm/static/style.css\""), "{built}");

    // Clients that go away mid-response, and many at once.
    let handles: Vec<_> = (0..40)
        .map(|i| {
            std::thread::spawn(move || {
                let mut s = TcpStream::connect(addr).unwrap();
                write!(s, "GET /search/index.js HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
                if i % 2 == 0 {
                    let mut b = [0u8; 16];
                    let _ = s.read(&mut b);
                    drop(s);
                } else {
                    drop(s);
                }
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    let handles: Vec<_> = (0..32)
        .map(|_| std::thread::spawn(move || get(addr, "/").status))
        .collect();
    for h in handles {
        assert_eq!(h.join().unwrap(), 200);
    }
    server.stop();
}

// ---------- incremental = clean ----------

/// Redirects stay on this server (`//seminars` must not become a link to the host
/// `seminars`), and only GET and HEAD are answered; HEAD without the body.
#[test]
fn redirects_stay_on_this_server_and_only_get_and_head_are_answered() {
    let f = Fixture::valid();
    let (server, _dir) = serve(&f);
    let addr = server.addr;
    for (path, to) in [
        ("/seminars", "/seminars/"),
        ("//seminars", "/seminars/"),
        ("///seminars", "/seminars/"),
        ("//articles//maqala", "/articles//maqala/"),
    ] {
        let r = get(addr, path);
        assert_eq!(r.status, 301, "{path}");
        assert!(
            r.headers.contains(&format!("\r\nlocation: {to}\r\n")),
            "{path}: {}",
            r.headers
        );
    }

    for method in ["POST", "PUT", "DELETE", "PATCH", "OPTIONS"] {
        for path in ["/", "/static/style.css", "/no/such/", "/__ozyq/live.js"] {
            let r = request(addr, method, path);
            assert_eq!(r.status, 405, "{method} {path}");
            assert!(
                r.headers.contains("\r\nallow: get, head\r\n"),
                "{method} {path}: {}",
                r.headers
            );
        }
    }
    let full = get(addr, "/");
    let head = request(addr, "HEAD", "/");
    assert_eq!(head.status, 200);
    assert!(head.body.is_empty(), "HEAD sent a body: {}", head.body);
    assert!(
        head.headers
            .contains("content-type: text/html; charset=utf-8")
    );
    assert!(!full.body.is_empty());
    let head = request(addr, "HEAD", "/no/such/");
    assert_eq!(head.status, 404);
    assert!(head.body.is_empty(), "HEAD sent a body: {}", head.body);
    server.stop();
}

/// Live reload talks only to pages of this server: another site open in the same
/// browser (or one whose name leads here, DNS rebinding) is refused; clients that
/// send no Origin (not browsers) are let in.
#[test]
fn the_live_reload_socket_refuses_pages_of_other_origins() {
    let f = Fixture::valid();
    let (server, _dir) = serve(&f);
    let addr = server.addr;
    let port = addr.port();
    let mut ws = socket(addr);
    wait_message(&mut ws, "\"ok\"");
    let own = [
        (format!("http://127.0.0.1:{port}"), None),
        (
            format!("http://localhost:{port}"),
            Some(format!("localhost:{port}")),
        ),
    ];
    for (origin, host) in &own {
        let mut ws = socket_as(addr, origin, host.as_deref())
            .unwrap_or_else(|s| panic!("{origin}: refused with {s}"));
        wait_message(&mut ws, "\"ok\"");
    }
    let others = [
        ("http://evil.example".to_string(), None),
        ("null".to_string(), None),
        (format!("https://127.0.0.1:{port}.evil.example"), None),
        ("http://127.0.0.1:1".to_string(), None),
        (format!("http://localhost:{port}"), None),
        (
            format!("http://rebound.example:{port}"),
            Some(format!("rebound.example:{port}")),
        ),
    ];
    for (origin, host) in &others {
        match socket_as(addr, origin, host.as_deref()) {
            Err(status) => assert_eq!(status, 403, "{origin}"),
            Ok(_) => panic!("{origin} (host {host:?}) was let in"),
        }
    }
    server.stop();
}

/// A `base_url` with a space is shown over the pages where it is written, and its
/// fix is picked up.
#[test]
fn a_base_url_with_spaces_is_shown_in_the_overlay() {
    let f = Fixture::valid();
    let (server, _dir) = serve(&f);
    let addr = server.addr;
    let mut ws = socket(addr);
    wait_message(&mut ws, "\"ok\"");
    f.write(
        "config.yaml",
        "title: Тест сайты\nbase_url: https://college.example/my site/\n",
    );
    let m = wait_message(&mut ws, "\"error\"");
    let v: serde_json::Value = serde_json::from_str(&m).unwrap();
    let e = &v["errors"][0];
    assert_eq!(
        (e["file"].as_str(), e["line"].as_u64(), e["column"].as_u64()),
        (Some("config.yaml"), Some(2), Some(11)),
        "{m}"
    );
    assert!(e["message"].as_str().unwrap().contains("space"), "{m}");
    assert!(e["hint"].as_str().unwrap().contains("%20"), "{m}");
    f.write(
        "config.yaml",
        "title: Тест сайты\nbase_url: https://college.example/my%20site/\n",
    );
    wait_message(&mut ws, "\"ok\"");
    server.stop();
}

/// A file attached under a name with spaces (and characters that end a path) is
/// linked with them percent-encoded, and the link leads to the file.
#[test]
fn attachment_links_are_percent_encoded() {
    let f = Fixture::valid();
    f.write(
        "content/articles/jospar/index.md",
        "---\ntitle: Жоспар\nslug: jospar\ndate: 2025-03-02\nauthors: abenova-g\nattachments:\n  - file: \"оқу жоспары #2.pdf\"\n    title: Жоспар\n---\nМәтін.\n",
    );
    f.write(
        "content/articles/jospar/оқу жоспары #2.pdf",
        "%PDF-1.4\n%%EOF\n",
    );
    let (server, _dir) = serve(&f);
    let addr = server.addr;
    let page = get(addr, "/articles/jospar/");
    assert_eq!(page.status, 200);
    let href = page
        .body
        .split("href=\"")
        .map(|h| h.split('"').next().unwrap())
        .find(|h| h.contains(".pdf"))
        .expect("a link to the attachment")
        .to_string();
    assert!(
        !href.contains(' ') && !href.contains('#'),
        "raw characters in {href}"
    );
    // Encoded as every other link of a page is (letters too, as pulldown-cmark does).
    assert!(
        href.ends_with(
            "/%D0%BE%D2%9B%D1%83%20%D0%B6%D0%BE%D1%81%D0%BF%D0%B0%D1%80%D1%8B%20%232.pdf"
        ),
        "{href}"
    );
    // From the page to the root, then the file.
    let target = format!("/{}", href.trim_start_matches("../../"));
    let file = get(addr, &target);
    assert_eq!(file.status, 200, "{target}");
    assert!(file.body.starts_with("%PDF"), "{target}");
    server.stop();
}

/// The files of a built or served folder; the marker a build leaves in its output
/// folder (serve's folder is its own, unmarked) is not part of the site.
fn read_tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    for e in walkdir::WalkDir::new(dir) {
        let e = e.unwrap();
        if e.file_type().is_file()
            && e.file_name() != ".ozyq-output"
            && e.file_name() != ".ozyq-manifest"
        {
            let rel = e
                .path()
                .strip_prefix(dir)
                .unwrap()
                .to_string_lossy()
                .into_owned();
            out.insert(rel, std::fs::read(e.path()).unwrap());
        }
    }
    out
}

fn assert_same_tree(incremental: &Path, clean: &Path, step: &str) {
    let a = read_tree(incremental);
    let b = read_tree(clean);
    let only_a: Vec<_> = a.keys().filter(|k| !b.contains_key(*k)).collect();
    let only_b: Vec<_> = b.keys().filter(|k| !a.contains_key(*k)).collect();
    assert!(
        only_a.is_empty() && only_b.is_empty(),
        "{step}: only in incremental: {only_a:?}; only in clean: {only_b:?}"
    );
    for (k, v) in &a {
        if v != &b[k] {
            let x = String::from_utf8_lossy(v);
            let y = String::from_utf8_lossy(&b[k]);
            let at = x
                .bytes()
                .zip(y.bytes())
                .position(|(p, q)| p != q)
                .unwrap_or(0);
            // 150 bytes either side, widened to whole characters.
            let around = |t: &str| {
                let mut lo = at.saturating_sub(150);
                let mut hi = (at + 150).min(t.len());
                while !t.is_char_boundary(lo) {
                    lo -= 1;
                }
                while !t.is_char_boundary(hi) {
                    hi += 1;
                }
                t[lo..hi].to_string()
            };
            panic!(
                "{step}: {k} differs at byte {at}:\nincremental: …{}…\nclean:       …{}…",
                around(&x),
                around(&y)
            );
        }
    }
}

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a, T>(&mut self, v: &'a [T]) -> &'a T {
        &v[self.below(v.len())]
    }
}

const KINDS: &[&str] = &[
    "articles",
    "seminars",
    "bulletins",
    "open-lessons",
    "guidelines",
];
const AUTHORS: &[&str] = &[
    "abenova-g",
    "omarov-n",
    "kasymova-a",
    "\"Қонақ Автор\"",
    "\"Жаңа Адам\"",
    // A guest who may be a teacher (warned of where first met), and a guest
    // written another way (the model keeps the name as first written).
    "\"Омаров Н.\"",
    "\"қонақ  автор\"",
];
const TAGS: &[&str] = &[
    "алғы",
    "цифрлық",
    "сыни ойлау",
    "жоба",
    "STEM",
    "тәрбие",
    "Жоба",
];
const TITLES: &[&str] = &[
    "Алма",
    "Бақша",
    "Есеп",
    "Жоба",
    "Мектеп",
    "Оқу",
    "Сабақ",
    "Тіл",
    "Әдіс",
    "Ұстаз",
];

struct Doc {
    kind: &'static str,
    file: String,
    title: String,
    date: String,
    authors: Vec<&'static str>,
    tags: Vec<&'static str>,
    body: String,
    slug: Option<String>,
    summary: Option<String>,
    /// More front matter lines: `exhibit`, kind details, an unknown field.
    extra: Vec<String>,
    /// The title and a tag of its Russian translation (`dN.ru.md` beside it), on a
    /// site in two languages. The tag is one of the originals': a work listed in
    /// Russian by its translation leaves the original's tags there.
    ru: Option<(String, &'static str)>,
    /// Whether it ever had a translation, or was ever Russian itself: a published
    /// address under `ru/` stays its translation's, or its own.
    had_ru: (bool, bool),
}

impl Doc {
    fn rel(&self) -> String {
        format!("content/{}/{}", self.kind, self.file)
    }
    fn ru_rel(&self) -> String {
        let stem = self.file.trim_end_matches(".md");
        format!("content/{}/{stem}.ru.md", self.kind)
    }
    /// Writes or removes its translation to match `ru`; returns the file.
    fn sync_ru(&self, f: &Fixture) -> std::path::PathBuf {
        let path = f.path(&self.ru_rel());
        match &self.ru {
            Some((title, tag)) => f.write(
                &self.ru_rel(),
                &format!(
                    "---\ntitle: \"{title}\"\ndate: {}\nauthors: [{}]\ntags: [{tag}]\n---\nРусский текст.\n",
                    self.date,
                    self.authors.join(", ")
                ),
            ),
            None => {
                let _ = std::fs::remove_file(&path);
            }
        }
        path
    }
    fn text(&self) -> String {
        let slug = self.slug.as_ref().map(|s| format!("slug: {s}\n"));
        let summary = self.summary.as_ref().map(|s| format!("summary: \"{s}\"\n"));
        format!(
            "---\ntitle: \"{}\"\ndate: {}\nauthors: [{}]\ntags: [{}]\n{}{}{}---\n{}\n",
            self.title,
            self.date,
            self.authors.join(", "),
            self.tags.join(", "),
            slug.unwrap_or_default(),
            summary.unwrap_or_default(),
            self.extra
                .iter()
                .map(|l| format!("{l}\n"))
                .collect::<String>(),
            self.body
        )
    }
}

/// An entry given other tags or authors is patched in place; its pages (the
/// tags' and authors' listings, related works, counts) come out as a clean
/// build's. The model keeps a tag or a guest as the first file to name it
/// writes it: an edit that changes that takes the full way.
#[test]
fn an_entry_given_other_tags_or_authors_is_patched_in_place() {
    let f = Fixture::valid();
    let write = |name: &str, authors: &str, tags: &str, body: &str| {
        let text = entry(name, "2025-02-03", authors, tags, None, body);
        f.write(&format!("content/bulletins/{name}.md"), &text);
        f.path(&format!("content/bulletins/{name}.md"))
    };
    write("t1", "abenova-g, \"Қонақ Автор\"", "жоба, STEM", "Мәтін.");
    write("t2", "omarov-n", "жоба, тәрбие", "Мәтін.");
    write("t3", "kasymova-a", "STEM", "Мәтін.");
    let work = tempfile::tempdir().unwrap();
    let (served, clean) = (work.path().join("serve"), work.path().join("clean"));
    let mut engine = Engine::new(f.root(), &served, false);
    let first = engine.full(|_| {});
    assert!(first.errors.is_empty(), "{:?}", first.errors);
    let mut warned = said(&first.new_warnings);
    let guest = "omarov-n, \"Омаров Н.\"";
    let steps = [
        // Names entries before it name.
        ("t3", "kasymova-a", "жоба, тәрбие", "Мәтін.", true),
        (
            "t3",
            "omarov-n, \"Қонақ Автор\"",
            "жоба, тәрбие",
            "Мәтін.",
            true,
        ),
        ("t2", "omarov-n", "жоба, тәрбие, STEM", "Мәтін.", true),
        // «тәрбие», which t2 names first, written another way (and «жоба» dropped).
        ("t2", "omarov-n", "Тәрбие, STEM", "Мәтін.", false),
        // The guest and «жоба» t1 names first, dropped: t3, the next to name
        // them, writes them the same.
        ("t1", "abenova-g", "STEM", "Мәтін.", true),
        // «STEM», which t1 names first, written another way; then dropped,
        // when t2, the next to name it, writes it otherwise.
        ("t1", "abenova-g", "stem", "Мәтін.", false),
        ("t1", "abenova-g", "", "Мәтін.", false),
        // A guest no file named before (who may be a teacher, warned of in
        // t2, where first met); then t2's text.
        ("t2", guest, "Тәрбие, STEM", "Мәтін.", false),
        ("t2", guest, "Тәрбие, STEM", "Басқа мәтін.", true),
        // A tag written twice counts as first written: a second spelling added
        // changes nothing, the two swapped change the tag's name.
        ("t2", guest, "Тәрбие, STEM, stem", "Басқа мәтін.", true),
        ("t2", guest, "Тәрбие, stem, STEM", "Басқа мәтін.", false),
        // Names new to the site: a tag; another whose address is the first
        // one's but for a letter, numbered after it in alphabetical order
        // whichever file the walk meets first; a guest. Their last uses
        // dropped, the full way forgets them.
        (
            "t3",
            "omarov-n, \"Қонақ Автор\"",
            "жоба, тәрбие, сән",
            "Мәтін.",
            true,
        ),
        ("t1", "abenova-g", "сан", "Мәтін.", true),
        ("t1", "abenova-g, \"Жаңабаев Ерлан\"", "сан", "Мәтін.", true),
        ("t1", "abenova-g", "сан", "Мәтін.", false),
        (
            "t3",
            "omarov-n, \"Қонақ Автор\"",
            "жоба, тәрбие",
            "Мәтін.",
            false,
        ),
    ];
    for (i, (name, authors, tags, body, patched)) in steps.into_iter().enumerate() {
        sleep_for_mtime();
        let path = write(name, authors, tags, body);
        let changes = Changes {
            content: vec![path],
            ..Changes::default()
        };
        let round = engine.update(&changes, |_| {});
        let step = format!("step {i}: {name} by {authors}, tagged {tags}");
        assert!(round.errors.is_empty(), "{step}: {:?}", round.errors);
        assert_eq!(round.patched, patched, "{step}: patched");
        let report = assert_like_clean_build(&f, &served, &clean, &step);
        // The same warnings as the clean build: those it has that the last
        // round had not are told.
        assert_eq!(round.warnings, report.warnings.len(), "{step}: warnings");
        let now = said(report.warnings.iter());
        let fresh: Vec<String> = now
            .iter()
            .filter(|w| !warned.contains(w))
            .cloned()
            .collect();
        assert_eq!(said(&round.new_warnings), fresh, "{step}: told");
        warned = now;
    }
    // The guest's warning was among those compared.
    let teacher = |w: &&String| w.contains("Омаров Нұрлан");
    assert_eq!(warned.iter().filter(teacher).count(), 1);
}

/// An entry given another date (or a title that sorts it past another of its
/// day) moves among the entries in place: into another academic year, past an
/// entry whose old address leads to it, and back. Its pages and every listing
/// come out as a clean build's.
#[test]
fn an_entry_given_another_date_moves_in_place() {
    let f = Fixture::valid();
    let write = |name: &str, title: &str, date: &str, extra: &str| {
        let text = format!(
            "---\ntitle: \"{title}\"\ndate: {date}\nauthors: [abenova-g]\ntags: [жоба]\n{extra}---\nМәтін.\n"
        );
        f.write(&format!("content/bulletins/{name}.md"), &text);
        f.path(&format!("content/bulletins/{name}.md"))
    };
    write("m1", "Бірінші", "2025-02-03", "");
    write("m2", "Екінші", "2025-01-10", "aliases: [bulletins/eski/]\n");
    write("m3", "Үшінші", "2024-05-05", "");
    write("m4", "Төртінші", "2025-01-10", "");
    let work = tempfile::tempdir().unwrap();
    let (served, clean) = (work.path().join("serve"), work.path().join("clean"));
    let mut engine = Engine::new(f.root(), &served, false);
    let first = engine.full(|_| {});
    assert!(first.errors.is_empty(), "{:?}", first.errors);
    let (mut record_seen, mut told_elsewhere) = (String::new(), 0);
    // The catalogue printed m1 in 2024–2025 (the clean build's record): moved
    // out of that year, it is warned of.
    let steps = [
        // Past m2 and m4, in the same year.
        ("m1", "Бірінші", "2024-12-01", ""),
        // Into the year before, past m3.
        ("m1", "Бірінші", "2024-03-01", ""),
        // The one whose old address leads to it, to the top.
        ("m2", "Екінші", "2025-06-01", "aliases: [bulletins/eski/]\n"),
        // Another day of the same place.
        ("m3", "Үшінші", "2024-05-06", ""),
        ("m2", "Екінші", "2025-01-10", "aliases: [bulletins/eski/]\n"),
        // Titles that sort it before another of its day (m2's), and back.
        ("m4", "Ақ", "2025-01-10", ""),
        ("m4", "Төртінші", "2025-01-10", ""),
        ("m1", "Бірінші", "2025-02-03", ""),
    ];
    for (i, (name, title, date, extra)) in steps.into_iter().enumerate() {
        sleep_for_mtime();
        let path = write(name, title, date, extra);
        let changes = Changes {
            content: vec![path],
            ..Changes::default()
        };
        let round = engine.update(&changes, |_| {});
        let step = format!("step {i}: {name} «{title}» of {date}");
        let elsewhere = |d: &&ozyq::diagnostics::Diagnostic| {
            d.text.as_ref().map(|t| t.id) == Some("site-addresses-printed-elsewhere")
        };
        told_elsewhere += round.new_warnings.iter().filter(elsewhere).count();
        assert!(round.errors.is_empty(), "{step}: {:?}", round.errors);
        assert!(round.patched, "{step}: patched");
        let report = assert_like_clean_build(&f, &served, &clean, &step);
        assert_eq!(
            round.warnings,
            report.warnings.len(),
            "{step}: warnings {:?}",
            said(report.warnings.iter())
        );
        // The clean build recorded what its catalogues printed: serve's watcher
        // would see the record change.
        let record = std::fs::read_to_string(f.path("published.yaml")).unwrap_or_default();
        if record != record_seen {
            let told = Changes {
                data: true,
                ..Changes::default()
            };
            assert!(engine.update(&told, |_| {}).errors.is_empty(), "{step}");
            record_seen = record;
        }
    }
    assert_eq!(told_elsewhere, 1, "m1 left its printed catalogue once");
    // The old address leads to m2's page where it now is.
    let redirect = std::fs::read_to_string(served.join("bulletins/eski/index.html")).unwrap();
    assert!(redirect.contains("m2"), "{redirect}");
}

fn random_doc(rng: &mut Rng, n: usize) -> Doc {
    let mut authors = vec![*rng.pick(AUTHORS)];
    if rng.below(3) == 0 {
        let a = *rng.pick(AUTHORS);
        if !authors.contains(&a) {
            authors.push(a);
        }
    }
    let tags: Vec<&str> = (0..rng.below(3)).map(|_| *rng.pick(TAGS)).collect();
    Doc {
        kind: KINDS[rng.below(KINDS.len())],
        file: format!("d{n}.md"),
        title: format!("{} {n}", rng.pick(TITLES)),
        date: random_date(rng),
        authors,
        tags,
        body: random_body(rng, format!("Мәтін {n}.")),
        // Entries with a slug keep their URL when their title changes.
        slug: (rng.below(2) == 0).then(|| format!("d{n}")),
        summary: None,
        extra: Vec::new(),
        ru: None,
        had_ru: (false, false),
    }
}

/// A small JPEG `w` × `h`, for a photo the entries show.
fn photo(w: u32, h: u32) -> Vec<u8> {
    use image::ImageEncoder;
    let img = image::RgbImage::from_fn(w, h, |x, y| {
        image::Rgb([(x % 256) as u8, (y % 256) as u8, 90])
    });
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 85)
        .write_image(img.as_raw(), w, h, image::ExtendedColorType::Rgb8)
        .unwrap();
    out
}

/// `text`, and now and then a figures block, which counts other entries.
fn random_body(rng: &mut Rng, text: String) -> String {
    // Now and then the site's photo, whose size pages show.
    let text = if rng.below(4) == 0 {
        format!("{text}\n\n![Сурет](../articles/pic.jpg)\n")
    } else {
        text
    };
    if rng.below(4) != 0 {
        return text;
    }
    let by = rng.pick(&["kind", "level", "department", "kind-level"]);
    let year = rng.pick(&["", "year: all\n", "year: 2024-2025\n"]);
    format!("{text}\n\n```figures\nby: {by}\n{year}```\n")
}

/// The plan of the academic year starting in `year`: items `p1` and `p2`, the
/// first one titled `title`.
fn write_plan(f: &Fixture, year: i32, title: &str) {
    f.write(
        &format!("content/plan/{year}-{}.yaml", year + 1),
        &format!("- id: p1\n  title: {title}\n  form: seminar\n  when: жыл бойы\n- id: p2\n  title: Ашық сабақ\n  form: open-lesson\n  when: II жартыжылдық\n  responsible: abenova-g\n"),
    );
}

fn random_date(rng: &mut Rng) -> String {
    format!(
        "20{}-{:02}-{:02}",
        23 + rng.below(3),
        1 + rng.below(12),
        1 + rng.below(3) * 9
    )
}

#[test]
fn incremental_rebuilds_equal_clean_builds_over_random_edits() {
    random_edits(false);
}

/// The same over a site in Kazakh and Russian, whose entries gain, lose and edit
/// translations and turn Russian.
#[test]
fn incremental_rebuilds_of_a_two_language_site_equal_clean_builds() {
    random_edits(true);
}

fn random_edits(two_languages: bool) {
    let steps: usize = std::env::var("OZYQ_SERVE_STEPS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(40);
    for seed in [0x9e37_79b9_7f4a_7c15u64, 0xdead_beef_1234_5678] {
        let mut rng = Rng(seed);
        let f = Fixture::valid();
        if two_languages {
            // The second seed lists each language's own works only.
            let hide = if seed == 0xdead_beef_1234_5678 {
                "untranslated: hide\n"
            } else {
                ""
            };
            f.write(
                "config.yaml",
                &format!("{}languages: [kk, ru]\n{hide}", common::CONFIG),
            );
        }
        // A new entry has a translation now and then, on a site in two languages.
        let new_doc = |rng: &mut Rng, n: usize| {
            let mut d = random_doc(rng, n);
            if two_languages && rng.below(3) == 0 {
                d.ru = Some((format!("Перевод {n}"), *rng.pick(TAGS)));
                d.had_ru.0 = true;
            }
            d
        };
        // Every year an entry may fall in has a plan with the items entries name.
        for year in 2022..2026 {
            write_plan(&f, year, "Семинар");
        }
        f.write_bytes("content/articles/pic.jpg", &photo(1200, 800));
        let mut photo_sizes = [(1200, 800), (2000, 1000), (700, 900)];
        // A page, a kind's introduction and a catalogue's foreword that show
        // figures of every year, by level: edits in place change those.
        let block = |by: &str| format!("```figures\nby: {by}\nyear: all\n```\n");
        let level = block("level");
        f.write(
            "content/pages/figures.md",
            &format!("---\ntitle: Сандар\n---\n{level}"),
        );
        let intro = format!("---\ntitle: Сабақтар\n---\n{}", block("kind-level"));
        f.write("content/open-lessons/_index.md", &intro);
        // Its Russian introduction, with figures too, edited now and then.
        let ru_intro =
            |n: usize| format!("---\ntitle: Уроки\n---\nТекст {n}.\n\n{}", block("kind"));
        if two_languages {
            f.write("content/open-lessons/_index.ru.md", &ru_intro(0));
            // The Russian home page counts works by level, the Russian ones or all.
            let home = format!("---\ntitle: Главная\n---\n{level}");
            f.write("content/_index.ru.md", &home);
        }
        f.write(
            "content/catalogue/2024-2025.md",
            &format!("---\ntitle: Алғы сөз\n---\n{level}"),
        );
        let mut docs: Vec<Doc> = Vec::new();
        let mut n = 0;
        for _ in 0..8 {
            let d = new_doc(&mut rng, n);
            n += 1;
            f.write(&d.rel(), &d.text());
            d.sync_ru(&f);
            docs.push(d);
        }
        let work = tempfile::tempdir().unwrap();
        let serve_dir = work.path().join("serve");
        let clean_dir = work.path().join("clean");
        let mut engine = Engine::new(f.root(), &serve_dir, false);
        let first = engine.full(|_| {});
        assert!(first.errors.is_empty(), "{:?}", first.errors);
        // The warnings the site has, as a clean build says them: a round tells
        // those its clean build has and the last one's had not.
        let mut warned = said(&first.new_warnings);
        // Rounds that told warnings.
        let mut told = 0;

        // Rounds that patched the model instead of rebuilding it, and rounds that
        // rendered less than half the pages.
        let (mut patched, mut partial) = (0, 0);
        // Of those, rounds whose entry was listed under other names.
        let mut renamed = 0;
        // And rounds whose entry moved to another date.
        let mut redated = 0;
        // Rounds that started again beside a build and copied pages from it.
        let mut copied = 0;
        // Each clean build records the addresses it published; the engine is told,
        // as the watcher of `ozyq serve` would tell it.
        let record = f.path("published.yaml");
        let mut record_seen = std::fs::read_to_string(&record).unwrap_or_default();
        for step in 0..steps {
            sleep_for_mtime();
            let mut touched = Vec::new();
            let op = rng.below(if two_languages { 19 } else { 16 });
            let label;
            if op == 18 {
                let rel = "content/open-lessons/_index.ru.md";
                f.write(rel, &ru_intro(step));
                touched.push(f.path(rel));
                label = "the Russian introduction".to_string();
            } else if docs.is_empty() || op == 0 {
                let d = new_doc(&mut rng, n);
                n += 1;
                label = format!("add {}", d.rel());
                f.write(&d.rel(), &d.text());
                touched.push(f.path(&d.rel()));
                touched.push(d.sync_ru(&f));
                docs.push(d);
            } else {
                let i = rng.below(docs.len());
                let old = f.path(&docs[i].rel());
                // A file that moves or goes takes its translation with it.
                if (6..=8).contains(&op) && docs[i].ru.is_some() {
                    let ru = f.path(&docs[i].ru_rel());
                    std::fs::remove_file(&ru).unwrap();
                    touched.push(ru);
                }
                match op {
                    1 => {
                        docs[i].title = format!("{} {}", rng.pick(TITLES), rng.below(1000));
                        label = format!("title of {}", docs[i].rel());
                    }
                    2 => {
                        docs[i].date = random_date(&mut rng);
                        label = format!("date of {}", docs[i].rel());
                    }
                    3 => {
                        docs[i].tags = (0..rng.below(4)).map(|_| *rng.pick(TAGS)).collect();
                        label = format!("tags of {}", docs[i].rel());
                    }
                    4 => {
                        docs[i].authors = vec![*rng.pick(AUTHORS)];
                        label = format!("authors of {}", docs[i].rel());
                    }
                    5 => {
                        let text = format!("Жаңа мәтін {}.", rng.below(1000));
                        docs[i].body = random_body(&mut rng, text);
                        label = format!("body of {}", docs[i].rel());
                    }
                    6 => {
                        let d = docs.remove(i);
                        std::fs::remove_file(&old).unwrap();
                        touched.push(old.clone());
                        label = format!("delete {}", d.rel());
                    }
                    7 => {
                        docs[i].file = format!("r{n}.md");
                        n += 1;
                        std::fs::rename(&old, f.path(&docs[i].rel())).unwrap();
                        label = format!("rename to {}", docs[i].rel());
                    }
                    8 => {
                        docs[i].kind = KINDS[rng.below(KINDS.len())];
                        std::fs::create_dir_all(f.path(&format!("content/{}", docs[i].kind)))
                            .unwrap();
                        std::fs::rename(&old, f.path(&docs[i].rel())).unwrap();
                        label = format!("move to {}", docs[i].rel());
                    }
                    9 => {
                        docs[i].summary = Some(format!("Қысқаша {}", rng.below(1000)));
                        label = format!("summary of {}", docs[i].rel());
                    }
                    10 => {
                        docs[i].title = format!("{} {}", rng.pick(TITLES), rng.below(1000));
                        let text = format!("Басқа мәтін {}.", rng.below(1000));
                        docs[i].body = random_body(&mut rng, text);
                        label = format!("title and body of {}", docs[i].rel());
                    }
                    11 => {
                        // Out of the catalogue or back, and a kind detail.
                        let lines = [
                            "exhibit: false",
                            "level: облыстық",
                            "level: республикалық",
                            "plan: p1",
                            "plan: [p1, p2]",
                        ];
                        docs[i].extra = vec![rng.pick(&lines).to_string()];
                        label = format!("exhibit or level of {}", docs[i].rel());
                    }
                    12 => {
                        // A warning comes or goes.
                        let has = docs[i].extra.iter().any(|l| l.starts_with("colour"));
                        docs[i].extra.retain(|l| !l.starts_with("colour"));
                        if !has {
                            docs[i].extra.push("colour: көк".into());
                        }
                        label = format!("unknown field of {}", docs[i].rel());
                    }
                    13 => {
                        // Two files saved at once.
                        let j = rng.below(docs.len());
                        docs[j].body = format!("Қосымша мәтін {}.", rng.below(1000));
                        f.write(&docs[j].rel(), &docs[j].text());
                        touched.push(f.path(&docs[j].rel()));
                        docs[i].summary = Some(format!("Екеуі {}", rng.below(1000)));
                        label = format!("{} and {}", docs[i].rel(), docs[j].rel());
                    }
                    15 => {
                        // The photo replaced by one of another size, in turn: 1200 and
                        // 2000 px wide keep the address of the copy pages show, 700 not.
                        photo_sizes.rotate_left(1);
                        let (w, h) = photo_sizes[0];
                        f.write_bytes("content/articles/pic.jpg", &photo(w, h));
                        touched.push(f.path("content/articles/pic.jpg"));
                        label = format!("photo now {w}×{h}");
                    }
                    14 if rng.below(2) == 0 => {
                        // A plan item's title, which entries recording it show.
                        let year = 2022 + rng.below(4) as i32;
                        write_plan(&f, year, &format!("Дәріс {}", rng.below(1000)));
                        touched.push(f.path(&format!("content/plan/{year}-{}.yaml", year + 1)));
                        label = format!("plan of {year}");
                    }
                    16 if !docs[i].had_ru.1 => {
                        // A translation comes, goes or is retitled.
                        docs[i].ru = match rng.below(3) {
                            0 => None,
                            _ => Some((format!("Перевод {}", rng.below(1000)), *rng.pick(TAGS))),
                        };
                        docs[i].had_ru.0 |= docs[i].ru.is_some();
                        label = format!("translation of {}", docs[i].rel());
                    }
                    16 | 17 if !docs[i].had_ru.0 => {
                        // The original turns Russian (and so has no translation) or back.
                        let ru = docs[i].extra.iter().any(|l| l == "lang: ru");
                        docs[i].extra.retain(|l| l != "lang: ru");
                        if !ru {
                            docs[i].extra.push("lang: ru".into());
                        }
                        docs[i].had_ru.1 = true;
                        label = format!("language of {}", docs[i].rel());
                    }
                    16 | 17 => {
                        docs[i].ru =
                            Some((format!("Перевод {}", rng.below(1000)), *rng.pick(TAGS)));
                        label = format!("translation title of {}", docs[i].rel());
                    }
                    _ => {
                        // The linked seminar's title (and so its URL) changes.
                        let t = format!("Семинар {}", rng.below(1000));
                        f.write(
                            "content/seminars/sem.md",
                            &format!("---\ntitle: \"{t}\"\ndate: 2024-11-02\nauthors: [omarov-n]\n---\nМәтін.\n"),
                        );
                        touched.push(f.path("content/seminars/sem.md"));
                        label = "title of the linked seminar".into();
                    }
                }
                if (1..=5).contains(&op) || (7..=13).contains(&op) || op >= 16 {
                    if op != 7 && op != 8 {
                        f.write(&docs[i].rel(), &docs[i].text());
                    }
                    touched.push(old);
                    touched.push(f.path(&docs[i].rel()));
                    if two_languages {
                        touched.push(docs[i].sync_ru(&f));
                    }
                }
            }
            let record_now = std::fs::read_to_string(&record).unwrap_or_default();
            // Now and then serve starts again beside the last clean build (with its
            // record, as `ozyq serve` after `ozyq build`): its first round copies
            // the pages that would come out the same.
            let round = if step % 9 == 8 {
                engine = Engine::new(f.root(), &serve_dir, false);
                engine.seed_from(&clean_dir);
                let round = engine.full(|_| {});
                copied += usize::from(round.kept > 0);
                round
            } else {
                engine.update(
                    &Changes {
                        content: touched,
                        data: record_now != record_seen,
                        ..Changes::default()
                    },
                    |_| {},
                )
            };
            record_seen = record_now;
            let step_name = format!("seed {seed:x} step {step} ({label})");
            assert!(round.errors.is_empty(), "{step_name}: {:?}", round.errors);
            patched += usize::from(round.patched);
            let names = label.starts_with("tags of") || label.starts_with("authors of");
            renamed += usize::from(round.patched && names);
            redated += usize::from(round.patched && label.starts_with("date of"));
            partial += usize::from(round.rendered * 2 < first.rendered);
            let report = assert_like_clean_build(&f, &serve_dir, &clean_dir, &step_name);
            assert_eq!(
                round.warnings,
                report.warnings.len(),
                "{step_name}: warnings"
            );
            let now = said(report.warnings.iter());
            // A round that starts again tells them all.
            let fresh: Vec<String> = (now.iter())
                .filter(|w| step % 9 == 8 || !warned.contains(w))
                .cloned()
                .collect();
            assert_eq!(
                said(&round.new_warnings),
                fresh,
                "{step_name}: warnings told"
            );
            told += usize::from(!fresh.is_empty());
            warned = now;
        }
        eprintln!(
            "seed {seed:x}: of {steps} rounds, {patched} patched the model ({renamed} of them with other authors or tags, {redated} with another date), {partial} rendered less than half the pages, {copied} started again and copied pages, {told} told warnings"
        );
        assert!(
            patched >= steps / 10,
            "seed {seed:x}: only {patched} of {steps} rounds took the quick way"
        );
        // A site in one language has entries without translations, whose
        // authors and tags change in place.
        assert!(
            two_languages || steps < 40 || renamed > 0,
            "seed {seed:x}: no round that edited authors or tags was patched"
        );
        assert!(
            two_languages || steps < 40 || redated > 0,
            "seed {seed:x}: no round that edited a date was patched"
        );
        assert!(
            copied * 2 >= steps / 9,
            "seed {seed:x}: only {copied} of {} starts beside a build copied pages",
            steps / 9
        );
        assert!(
            partial >= steps / 4,
            "seed {seed:x}: only {partial} of {steps} rounds kept most pages"
        );
    }
}

#[test]
fn templates_data_and_config_changes_rebuild_what_they_affect() {
    let f = Fixture::valid();
    let work = tempfile::tempdir().unwrap();
    let serve_dir = work.path().join("serve");
    let clean_dir = work.path().join("clean");
    let mut engine = Engine::new(f.root(), &serve_dir, false);
    assert!(engine.full(|_| {}).errors.is_empty());
    let check = |engine: &mut Engine, changes: Changes, name: &str| {
        let round = engine.update(&changes, |_| {});
        assert!(round.errors.is_empty(), "{name}: {:?}", round.errors);
        assert_like_clean_build(&f, &serve_dir, &clean_dir, name);
        round
    };
    // An override of the entry template: entry pages only.
    let entry = String::from_utf8(
        ozyq::render::theme::DEFAULT_THEME
            .get_file("templates/entry.html")
            .unwrap()
            .contents()
            .to_vec(),
    )
    .unwrap();
    f.write(
        "templates/entry.html",
        &entry.replace("{% block content %}", "{% block content %}<p>override</p>"),
    );
    let r = check(
        &mut engine,
        Changes {
            theme: true,
            ..Changes::default()
        },
        "entry template",
    );
    assert!(
        r.changed.iter().all(|p| !p.starts_with("tags/")),
        "{:?}",
        r.changed
    );
    // A person's name: their pages and the pages that show their entries.
    f.write(
        "data/authors.yaml",
        &common::AUTHORS.replace("Омаров Нұрлан", "Омаров Нұрлан Асқарұлы"),
    );
    check(
        &mut engine,
        Changes {
            data: true,
            ..Changes::default()
        },
        "authors.yaml",
    );
    // A menu page's title is in every page's menu.
    f.write(
        "content/pages/rules.md",
        "---\ntitle: Ереже (жаңа)\nslug: regulation\nmenu: 1\n---\nМәтін.\n",
    );
    check(
        &mut engine,
        Changes {
            content: vec![f.path("content/pages/rules.md")],
            ..Changes::default()
        },
        "menu page",
    );
    // A kind's introduction shows on its listing only: no PDF is made again.
    let intro = "content/open-lessons/_index.md";
    f.write(intro, "---\ntitle: Сабақтар\n---\nБірінші кіріспе.\n");
    let changes = || Changes {
        content: vec![f.path(intro)],
        ..Changes::default()
    };
    check(&mut engine, changes(), "a new introduction");
    f.write(intro, "---\ntitle: Сабақтар\n---\nЕкінші кіріспе.\n");
    let r = check(&mut engine, changes(), "an introduction edited");
    assert!(
        r.changed.iter().all(|p| !p.ends_with(".pdf")),
        "{:?}",
        r.changed
    );
    // The config: everything.
    f.write(
        "config.yaml",
        &common::CONFIG.replace("page_size: 2", "page_size: 1"),
    );
    check(
        &mut engine,
        Changes {
            config: true,
            ..Changes::default()
        },
        "config",
    );
    // A plan item's form that is no kind of the site is an error, until
    // config.yaml adds that kind: the plan is read again with the new kinds.
    let plan = "content/plan/2025-2026.yaml";
    f.write(
        plan,
        "- id: q1\n  title: Викторина\n  form: quiz\n  when: қазан\n",
    );
    let round = engine.update(
        &Changes {
            content: vec![f.path(plan)],
            ..Changes::default()
        },
        |_| {},
    );
    let said = format!("{:?}", round.errors);
    assert!(said.contains("quiz"), "{said}");
    f.write(
        "config.yaml",
        &format!(
            "{}kinds:\n  - id: open_lesson\n  - id: seminar\n  - id: article\n  - id: quiz\n    folder: quizzes\n    label: {{kk: Викторина, ru: Викторина}}\n    plural: {{kk: Викториналар, ru: Викторины}}\n",
            common::CONFIG.replace("page_size: 2", "page_size: 1")
        ),
    );
    check(
        &mut engine,
        Changes {
            config: true,
            ..Changes::default()
        },
        "a kind added for the plan's form",
    );
}

#[test]
fn catalogue_pdfs_are_made_in_the_background_and_a_busy_port_is_named() {
    let f = Fixture::valid();
    f.write(
        "content/articles/x.md",
        "---\ntitle: Көрме жұмысы\ndate: 2025-10-01\nauthors: [abenova-g]\nexhibit: true\nsummary: Бірінші.\n---\nМәтін.\n",
    );
    let (server, _dir) = serve(&f);
    let addr = server.addr;
    let mut ws = socket(addr);
    wait_message(&mut ws, "\"ok\"");
    let pdf = "/catalogue/2025-2026/catalogue.pdf";
    let first = wait_page(addr, pdf, |r| r.status == 200);
    assert!(first.headers.contains("content-type: application/pdf"));

    // The exhibit's summary is in the catalogue: the PDF is made again after the
    // reload, and the tabs are told when it is there.
    f.write(
        "content/articles/x.md",
        "---\ntitle: Көрме жұмысы\ndate: 2025-10-01\nauthors: [abenova-g]\nexhibit: true\nsummary: Екінші.\n---\nМәтін.\n",
    );
    wait_message(&mut ws, "\"reload\"");
    let m = wait_message(&mut ws, "catalogue/2025-2026/catalogue.pdf");
    assert!(m.contains("\"updated\""), "{m}");
    let second = get(addr, pdf);
    assert_ne!(first.body, second.body, "the PDF changed");

    // A second server on the same port fails at once, naming it.
    let mut opts = ServeOptions::new(f.root());
    opts.port = addr.port();
    opts.verbose = false;
    let e = start(opts).err().expect("the port is taken");
    let msg = e.to_string();
    assert!(
        msg.contains(&addr.port().to_string()) && msg.contains("--port"),
        "{msg}"
    );
    server.stop();
}

// ---------- the binary ----------

/// The `ozyq serve` command as a user runs it: the URL is printed, a broken file is
/// reported on the terminal while the last good pages stay served, its fix is picked
/// up, and Ctrl+C (SIGINT) stops the server cleanly.
#[cfg(unix)]
#[test]
fn the_serve_command_reports_errors_keeps_serving_and_stops_on_ctrl_c() {
    use std::io::BufRead;
    use std::process::{Command, Stdio};
    use std::sync::mpsc;

    let f = Fixture::valid();
    let write_x = |body: &str| {
        let text = entry(
            "Жақсы",
            "2025-10-01",
            "abenova-g",
            "алғы",
            Some("x-entry"),
            body,
        );
        f.write("content/articles/x.md", &text);
    };
    write_x("Бірінші.");
    let mut child = Command::new(env!("CARGO_BIN_EXE_ozyq"))
        .env("OZYQ_LANG", "en")
        .args(["serve", "--port", "0", "--root"])
        .arg(f.root())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("ozyq serve starts");
    let lines = |r: Box<dyn Read + Send>| {
        let (tx, rx) = mpsc::channel::<String>();
        std::thread::spawn(move || {
            for l in std::io::BufReader::new(r).lines().map_while(Result::ok) {
                let _ = tx.send(l);
            }
        });
        rx
    };
    let out = lines(Box::new(child.stdout.take().unwrap()));
    let err = lines(Box::new(child.stderr.take().unwrap()));
    let wait_line = |rx: &mpsc::Receiver<String>, needle: &str| -> String {
        let start = Instant::now();
        loop {
            let left = Duration::from_secs(30).saturating_sub(start.elapsed());
            match rx.recv_timeout(left) {
                Ok(l) if l.contains(needle) => return l,
                Ok(_) => {}
                Err(_) => panic!("no line with {needle:?} in 30 s"),
            }
        }
    };
    let line = wait_line(&out, "http://127.0.0.1:");
    let url = line
        .split_whitespace()
        .find(|w| w.starts_with("http://"))
        .unwrap();
    let addr: SocketAddr = url
        .trim_start_matches("http://")
        .trim_end_matches('/')
        .parse()
        .unwrap();
    assert!(get(addr, "/articles/x-entry/").body.contains("Бірінші."));

    f.write("content/articles/x.md", "---\ntitle: \"Жақсы\n---\nМәтін\n");
    let e = wait_line(&err, "error: content/articles/x.md");
    assert!(e.contains("error"), "{e}");
    assert!(get(addr, "/articles/x-entry/").body.contains("Бірінші."));

    write_x("Екінші.");
    wait_page(addr, "/articles/x-entry/", |r| r.body.contains("Екінші."));
    // A warning found while serving is told on the terminal, as a build tells it.
    f.write(
        "content/articles/y.md",
        "---\ntitle: Басқа\ndate: 2025-10-02\nauthors: [abenova-g]\nsumary: Қате.\n---\nМәтін.\n",
    );
    let w = wait_line(&err, "content/articles/y.md:5");
    assert!(w.contains("warning") && w.contains("sumary"), "{w}");

    let st = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(st.success());
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        assert!(
            start.elapsed() < Duration::from_secs(15),
            "still running 15 s after Ctrl+C"
        );
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(status.success(), "{status}");
    wait_line(&out, "stopping");
}

#[test]
fn a_site_in_two_languages_is_served_as_it_is_built() {
    let f = Fixture::valid();
    f.write(
        "config.yaml",
        &format!("{}languages: [kk, ru]\n", common::CONFIG),
    );
    f.write(
        "content/seminars/sem.ru.md",
        "---\ntitle: \"Семинар: цифровая грамотность\"\ndate: 2024-11-02\nauthors: [omarov-n]\n---\nТекст.\n",
    );
    let work = tempfile::tempdir().unwrap();
    let (serve_dir, clean_dir) = (work.path().join("serve"), work.path().join("clean"));
    let mut engine = Engine::new(f.root(), &serve_dir, false);
    let first = engine.full(|_| {});
    assert!(first.errors.is_empty(), "{:?}", first.errors);
    let lesson = "content/open-lessons/qazaq.ru.md";
    let steps: [(&str, &str, Option<&str>); 6] = [
        (
            "a translation's title",
            "content/seminars/sem.ru.md",
            Some(
                "---\ntitle: Семинар о цифре\ndate: 2024-11-02\nauthors: [omarov-n]\n---\nТекст.\n",
            ),
        ),
        (
            // The Russian portfolio page shows the original's level and event
            // beside the translation's card.
            "the original's level and event",
            "content/seminars/sem.md",
            Some(
                "---\ntitle: \"Семинар: цифрлық сауаттылық\"\ndate: 2024-11-02\nauthors: [omarov-n, \"Сейітова Жанар\"]\nlevel: республикалық\nevent: Республикалық семинар\ntags: [цифрлық]\nsummary: Семинар туралы.\n---\nМәтін.[^1]\n\n[^1]: Ескерту.\n",
            ),
        ),
        (
            "a new translation",
            lesson,
            Some(
                "---\ntitle: Открытый урок казахского\ndate: 14.10.2025\nauthors: abenova-g\n---\nТекст урока.\n",
            ),
        ),
        (
            "an original now Russian, under ru/ (and so two Russian files)",
            "content/articles/ru-only.md",
            Some(
                "---\ntitle: Только по-русски\ndate: 2025-03-01\nauthors: omarov-n\nlang: ru\n---\nТекст.\n",
            ),
        ),
        ("a translation removed", lesson, None),
        (
            "the other translation removed",
            "content/seminars/sem.ru.md",
            None,
        ),
    ];
    for (label, rel, text) in steps {
        sleep_for_mtime();
        match text {
            Some(t) => f.write(rel, t),
            None => std::fs::remove_file(f.path(rel)).unwrap(),
        }
        let round = engine.update(
            &Changes {
                content: vec![f.path(rel)],
                data: true,
                ..Changes::default()
            },
            |_| {},
        );
        assert!(round.errors.is_empty(), "{label}: {:?}", round.errors);
        assert_like_clean_build(&f, &serve_dir, &clean_dir, label);
    }
    // The removed translation's address stays, as a page saying where it went.
    let left = std::fs::read_to_string(serve_dir.join("ru/seminars/sem/index.html")).unwrap();
    assert!(!left.contains("Текст."), "{left}");
    // A translation that names no authors is by its original's, and a text edit
    // of it is patched in place like any other's.
    for (label, body) in [
        ("a translation without authors", "Урок."),
        ("its text edited", "Другой урок."),
    ] {
        sleep_for_mtime();
        f.write(
            lesson,
            &format!("---\ntitle: Открытый урок\ndate: 14.10.2025\n---\n{body}\n"),
        );
        let changes = Changes {
            content: vec![f.path(lesson)],
            ..Changes::default()
        };
        let round = engine.update(&changes, |_| {});
        assert!(round.errors.is_empty(), "{label}: {:?}", round.errors);
        assert_eq!(round.patched, label == "its text edited", "{label}");
        assert_like_clean_build(&f, &serve_dir, &clean_dir, label);
    }
    let page = std::fs::read_to_string(serve_dir.join("ru/open-lessons/qazaq/index.html")).unwrap();
    assert!(page.contains("ru/authors/abenova-g/"), "{page}");
    // A kind's Russian introduction shows on its Russian listing only.
    let intro = "content/open-lessons/_index.ru.md";
    for (label, body) in [
        ("a Russian introduction", "Вступление."),
        ("it edited", "Другое."),
    ] {
        sleep_for_mtime();
        f.write(intro, &format!("---\ntitle: Уроки\n---\n{body}\n"));
        let changes = Changes {
            content: vec![f.path(intro)],
            ..Changes::default()
        };
        let round = engine.update(&changes, |_| {});
        assert!(round.errors.is_empty(), "{label}: {:?}", round.errors);
        assert_like_clean_build(&f, &serve_dir, &clean_dir, label);
        // The catalogue PDFs are those of the last round: none is copied again.
        assert_eq!(round.changed, ["ru/open-lessons/index.html"], "{label}");
    }
}

/// A date moved without changing the order of entries still changes how near the
/// entry is to others, and so the related works of those that share its tag.
#[test]
fn a_date_that_changes_no_order_still_reranks_related_works() {
    let f = Fixture::valid();
    let write = |file: &str, title: &str, date: &str, authors: &str| {
        f.write(
            &format!("content/articles/{file}.md"),
            &entry(title, date, authors, "жақындық", Some(file), "Мәтін."),
        );
    };
    write("x", "Өзі", "2025-01-10", "\"Жақсыбеков Ерлан\"");
    // Four nearer works share the author (not one of the fixture's others); the
    // fifth place goes to the nearer in days of `p` (four days before) and `q`
    // (three days after).
    for (n, date) in ["2025-01-11", "2025-01-09", "2025-01-12", "2025-01-05"]
        .iter()
        .enumerate()
    {
        write(
            &format!("a{n}"),
            &format!("Авторы ортақ {n}"),
            date,
            "\"Жақсыбеков Ерлан\"",
        );
    }
    write("p", "Жылжитын жұмыс", "2025-01-06", "\"Басқа Адам\"");
    write("q", "Үш күн кейін", "2025-01-13", "\"Басқа Адам\"");
    let work = tempfile::tempdir().unwrap();
    let serve_dir = work.path().join("serve");
    let clean_dir = work.path().join("clean");
    let mut engine = Engine::new(f.root(), &serve_dir, false);
    assert!(engine.full(|_| {}).errors.is_empty());
    let page = serve_dir.join("articles/x/index.html");
    let related = |page: &Path| {
        let html = std::fs::read_to_string(page).unwrap();
        let at = html.find("class=\"related\"").expect("a related section");
        let end = at + html[at..].find("</section>").unwrap();
        html[at..end].to_string()
    };
    let shown = related(&page);
    assert!(
        shown.contains("Үш күн кейін") && !shown.contains("Жылжитын жұмыс"),
        "{shown}"
    );

    // Two days before now: nothing lies between its old and new day. The page of
    // `x` showed neither its card nor its place.
    write("p", "Жылжитын жұмыс", "2025-01-08", "\"Басқа Адам\"");
    let round = engine.update(
        &Changes {
            content: vec![f.path("content/articles/p.md")],
            ..Changes::default()
        },
        |_| {},
    );
    assert!(round.errors.is_empty(), "{:?}", round.errors);
    let shown = related(&page);
    assert!(
        shown.contains("Жылжитын жұмыс") && !shown.contains("Үш күн кейін"),
        "{shown}"
    );
    assert_like_clean_build(&f, &serve_dir, &clean_dir, "the date moved");
}

/// A round keeps the last round's card of each entry whose card key is the same,
/// unless a count it shows changed: a card that shows its year's, kind's and
/// department's counts follows a work moved to another year, a work added and
/// one deleted, as a clean build shows them.
#[test]
fn kept_cards_show_the_counts_of_this_round() {
    let f = Fixture::valid();
    f.write(
        "templates/partials/card.html",
        "<article><a href=\"{{ root }}{{ item.url }}\">{{ item.title }}</a> {{ item.year.title }}: \
         {{ item.year.count }}, {{ item.kind.label }}: {{ item.kind.count }}\
         {% if item.department %}, {{ item.department.title }}: {{ item.department.count }}{% endif %}\
         {% for a in item.authors %}, {{ a.title }}{% endfor %}</article>\n",
    );
    let work = tempfile::tempdir().unwrap();
    let serve_dir = work.path().join("serve");
    let mut engine = Engine::new(f.root(), &serve_dir, false);
    let first = engine.full(|_| {});
    assert!(first.errors.is_empty(), "{:?}", first.errors);
    let mut edit = |rel: &str, text: Option<&str>, step: &str| {
        match text {
            Some(t) => f.write(rel, t),
            None => std::fs::remove_file(f.path(rel)).unwrap(),
        }
        // The clean builds record the addresses they published, as `ozyq build`
        // beside `ozyq serve` would: the engine is told.
        let round = engine.update(
            &Changes {
                content: vec![f.path(rel)],
                data: true,
                ..Changes::default()
            },
            |_| {},
        );
        assert!(round.errors.is_empty(), "{step}: {:?}", round.errors);
        let clean = tempfile::tempdir().unwrap();
        assert_like_clean_build(&f, &serve_dir, clean.path(), step);
    };
    let moved = "content/articles/b.md";
    let text = std::fs::read_to_string(f.path(moved)).unwrap();
    edit(
        moved,
        Some(&text.replace("date: 2025-09-10", "date: 2023-01-15")),
        "a work moved to another year",
    );
    edit(
        "content/articles/new.md",
        Some(&entry(
            "Жаңа мақала",
            "2025-09-20",
            "abenova-g",
            "цифрлық",
            None,
            "Мәтін.",
        )),
        "a work added",
    );
    edit("content/articles/new.md", None, "a work deleted");
    edit(moved, Some(&text), "the work moved back");
}

/// A warning is told in the round that finds it, once: not again in rounds
/// that leave it as it was, and again when it moves (another line).
#[test]
fn a_round_tells_the_warnings_it_finds_anew() {
    let f = Fixture::valid();
    let write = |file: &str, extra: &str| {
        f.write(
            &format!("content/articles/{file}.md"),
            &format!("---\ntitle: Мақала {file}\ndate: 2025-01-10\n{extra}{FULL}---\nМәтін.\n"),
        );
    };
    write("a", "");
    write("b", "sumary: қате\n");
    // What the catalogue asks of an exhibit, so that it warns of nothing.
    const FULL: &str = "authors: [abenova-g]\nsummary: Қысқаша.\n";
    let work = tempfile::tempdir().unwrap();
    let mut engine = Engine::new(f.root(), work.path().join("serve"), false);
    let first = engine.full(|_| {});
    let told = |round: &Round| -> Vec<String> {
        (round.new_warnings.iter())
            .map(|d| format!("{}:{}", d.location.file.display(), d.location.line))
            .collect()
    };
    assert_eq!(told(&first), ["content/articles/b.md:4"]);
    let edit = |engine: &mut Engine, file: &str| {
        engine.update(
            &Changes {
                content: vec![f.path(&format!("content/articles/{file}.md"))],
                ..Changes::default()
            },
            |_| {},
        )
    };
    // An unknown field in a: told; b's stays untold.
    write("a", "rating: 5\n");
    let round = edit(&mut engine, "a");
    assert_eq!(told(&round), ["content/articles/a.md:4"]);
    assert_eq!(round.warnings, 2);
    // a's text edited, its warning where it was: nothing told.
    f.write(
        "content/articles/a.md",
        &format!("---\ntitle: Мақала a\ndate: 2025-01-10\nrating: 5\n{FULL}---\nБасқа мәтін.\n"),
    );
    let round = edit(&mut engine, "a");
    assert!(told(&round).is_empty(), "{:?}", round.new_warnings);
    // Moved a line down: told again, at its new line.
    write("a", "tags: [x]\nrating: 5\n");
    assert_eq!(told(&edit(&mut engine, "a")), ["content/articles/a.md:5"]);
    // Mended: nothing told, one warning left.
    write("a", "");
    let round = edit(&mut engine, "a");
    assert!(told(&round).is_empty(), "{:?}", round.new_warnings);
    assert_eq!(round.warnings, 1);
    // b retitled as a is (a warning about two entries): told, and gone again
    // when b has its own title back.
    f.write(
        "content/articles/b.md",
        &format!("---\ntitle: Мақала a\ndate: 2025-01-10\nsumary: қате\n{FULL}---\nМәтін.\n"),
    );
    let round = edit(&mut engine, "b");
    assert_eq!(told(&round), ["content/articles/b.md:1"]);
    assert_eq!(round.warnings, 2);
    // Its text edited, still a twin: the warning stays, untold.
    f.write(
        "content/articles/b.md",
        &format!("---\ntitle: Мақала a\ndate: 2025-01-10\nsumary: қате\n{FULL}---\nБасқа мәтін.\n"),
    );
    let round = edit(&mut engine, "b");
    assert!(told(&round).is_empty(), "{:?}", round.new_warnings);
    assert_eq!(round.warnings, 2);
    write("b", "sumary: қате\n");
    let round = edit(&mut engine, "b");
    assert_eq!(round.warnings, 1);
}

/// A work gaining a translation leaves the other language's lists: the works of
/// that language that were related to it through the original's tag (which the
/// translation does not have) are related to it no more.
#[test]
fn a_translation_takes_its_original_out_of_the_related_works_of_its_language() {
    let f = Fixture::valid();
    f.write(
        "config.yaml",
        &format!("{}languages: [kk, ru]\n", common::CONFIG),
    );
    let write = |file: &str, title: &str, date: &str, authors: &str, tag: &str| {
        f.write(
            &format!("content/articles/{file}"),
            &entry(title, date, authors, tag, None, "Мәтін."),
        );
    };
    write(
        "a.md",
        "Бірінші жұмыс",
        "2025-01-01",
        "\"Жақсыбеков Ерлан\"",
        "ортақ",
    );
    // Between the two, so that `a` is no neighbour of `b`.
    write(
        "c.md",
        "Басқа жұмыс",
        "2025-01-05",
        "\"Үшінші Адам\"",
        "басқа",
    );
    write(
        "d.md",
        "Тағы бір жұмыс",
        "2025-01-07",
        "\"Үшінші Адам\"",
        "басқа",
    );
    write(
        "b.md",
        "Екінші жұмыс",
        "2025-01-10",
        "\"Басқа Адам\"",
        "ортақ",
    );
    write(
        "b.ru.md",
        "Вторая работа",
        "2025-01-10",
        "\"Басқа Адам\"",
        "ортақ",
    );
    let work = tempfile::tempdir().unwrap();
    let serve_dir = work.path().join("serve");
    let clean_dir = work.path().join("clean");
    let mut engine = Engine::new(f.root(), &serve_dir, false);
    assert!(engine.full(|_| {}).errors.is_empty());
    // The Russian page of `b` shows `a` (untranslated, so listed in Russian too).
    let page = serve_dir.join("ru/articles/b/index.html");
    assert!(
        std::fs::read_to_string(&page)
            .unwrap()
            .contains("Бірінші жұмыс")
    );

    // `a` gets a translation with another tag and author: Russian lists show it
    // instead of `a`, and it shares nothing with `b`'s translation.
    write(
        "a.ru.md",
        "Первая работа",
        "2025-01-01",
        "\"Третий Автор\"",
        "другое",
    );
    let round = engine.update(
        &Changes {
            content: vec![f.path("content/articles/a.ru.md")],
            ..Changes::default()
        },
        |_| {},
    );
    assert!(round.errors.is_empty(), "{:?}", round.errors);
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(
        !html.contains("Бірінші жұмыс"),
        "still related to the original"
    );
    assert_like_clean_build(&f, &serve_dir, &clean_dir, "a translation added");
}

/// On a site in two languages that lists each language's own works only, with no
/// Russian work at all: a Kazakh entry edited in place has no card in Russian (whose
/// listings have none of its years), and a teacher whose works are all Kazakh
/// has no page in Russian, while his Kazakh page links the portfolio his
/// works make, and only while they do; with no work left he has a Russian page.
#[test]
fn a_site_hiding_untranslated_works_follows_edits_in_every_language() {
    let f = Fixture::valid();
    f.write(
        "config.yaml",
        &format!(
            "{}languages: [kk, ru]\nuntranslated: hide\n",
            common::CONFIG
        ),
    );
    // A second teacher of Омаров's department, to take his work without changing
    // the figures every page shows.
    f.write(
        "data/authors.yaml",
        &format!(
            "{}- id: temir-a\n  name: Темір Асқар\n  department: lang\n",
            common::AUTHORS
        ),
    );
    // The fixture's one Russian work, now Kazakh.
    let maqala = "content/articles/maqala/index.md";
    f.write(maqala, &f.read(maqala).replace("lang: ru\n", ""));
    let sem = "content/seminars/sem.md";
    let text = f.read(sem);
    let work = tempfile::tempdir().unwrap();
    let serve_dir = work.path().join("serve");
    let clean_dir = work.path().join("clean");
    let mut engine = Engine::new(f.root(), &serve_dir, false);
    assert!(engine.full(|_| {}).errors.is_empty());
    let portfolio = serve_dir.join("authors/omarov-n/index.html");
    let links_pdf = |page: &Path| {
        std::fs::read_to_string(page)
            .unwrap()
            .contains("portfolio.pdf")
    };
    assert!(links_pdf(&portfolio));
    // His works are all Kazakh: no Russian page (until he has no work at all).
    assert!(!serve_dir.join("ru/authors/omarov-n").exists());
    let edits = [
        (
            "a title edited in place",
            text.replace("цифрлық сауаттылық", "жаңа тақырып"),
        ),
        (
            "the teacher's only work now another's",
            text.replace("omarov-n", "temir-a"),
        ),
    ];
    for (label, edited) in edits {
        sleep_for_mtime();
        f.write(sem, &edited);
        let round = engine.update(
            &Changes {
                content: vec![f.path(sem)],
                ..Changes::default()
            },
            |_| {},
        );
        assert!(round.errors.is_empty(), "{label}: {:?}", round.errors);
        // Both in place: data describes both teachers.
        assert!(round.patched, "{label}");
        assert_like_clean_build(&f, &serve_dir, &clean_dir, label);
    }
    assert!(!links_pdf(&portfolio));
    // A Russian work of his department: the department gets a Russian page,
    // which his Russian page, showing no work, now links.
    let ru_page = serve_dir.join("ru/authors/omarov-n/index.html");
    let links_department = || {
        std::fs::read_to_string(&ru_page)
            .unwrap()
            .contains("ru/departments/lang/index.html")
    };
    assert!(!links_department());
    let article = "content/articles/temir.md";
    f.write(
        article,
        "---\ntitle: Статья\ndate: 2025-03-01\nauthors: [temir-a]\nlang: ru\n---\nТекст.\n",
    );
    let changes = Changes {
        content: vec![f.path(article)],
        ..Changes::default()
    };
    let round = engine.update(&changes, |_| {});
    assert!(round.errors.is_empty(), "{:?}", round.errors);
    assert_like_clean_build(&f, &serve_dir, &clean_dir, "a Russian work");
    assert!(links_department());
}

/// An author's name in another language, a department's Russian name and the
/// title of a translation dated in another academic year than its original: each
/// is shown on pages (an author page, a catalogue) that no entry's text changes.
#[test]
fn names_in_other_languages_and_a_translation_of_another_year_are_followed() {
    let f = Fixture::valid();
    f.write(
        "config.yaml",
        &format!("{}languages: [kk, ru]\n", common::CONFIG),
    );
    // A teacher without works yet: her page shows nothing but her names.
    let authors = |ru: &str| {
        format!(
            "{}- id: zhanova-s\n  name: {{kk: Жанова Сәуле, ru: {ru}}}\n  department: lang\n",
            common::AUTHORS
        )
    };
    f.write("data/authors.yaml", &authors("Жанова Сауле"));
    // The original is of 2024–2025; its translation (a warning) of 2025–2026.
    let translation = |title: &str| {
        format!("---\ntitle: {title}\ndate: 2025-10-01\nauthors: [omarov-n]\n---\nТекст.\n")
    };
    let sem_ru = "content/seminars/sem.ru.md";
    f.write(sem_ru, &translation("Семинар о цифре"));
    let work = tempfile::tempdir().unwrap();
    let (serve_dir, clean_dir) = (work.path().join("serve"), work.path().join("clean"));
    let mut engine = Engine::new(f.root(), &serve_dir, false);
    let first = engine.full(|_| {});
    assert!(first.errors.is_empty(), "{:?}", first.errors);
    let steps: [(&str, &str, String, bool); 3] = [
        (
            "an author's Russian name",
            "data/authors.yaml",
            authors("Жанова Сауле Маратовна"),
            true,
        ),
        (
            "a department's Russian name",
            "data/departments.yaml",
            common::DEPARTMENTS.replace("Отделение ИТ", "Отделение информатики"),
            true,
        ),
        (
            "a translation's title",
            sem_ru,
            translation("Семинар о цифровой грамотности"),
            false,
        ),
    ];
    for (label, rel, text, data) in steps {
        sleep_for_mtime();
        f.write(rel, &text);
        let round = engine.update(
            &Changes {
                content: if data { vec![] } else { vec![f.path(rel)] },
                data,
                ..Changes::default()
            },
            |_| {},
        );
        assert!(round.errors.is_empty(), "{label}: {:?}", round.errors);
        assert_like_clean_build(&f, &serve_dir, &clean_dir, label);
    }
    let page = |rel: &str| std::fs::read_to_string(serve_dir.join(rel)).unwrap();
    assert!(page("ru/authors/zhanova-s/index.html").contains("Жанова Сауле Маратовна"));
    assert!(page("ru/authors/abenova-g/index.html").contains("Отделение информатики"));
    let catalogue = page("catalogue/2024-2025/index.html");
    assert!(
        catalogue.contains("Семинар о цифровой грамотности"),
        "{catalogue}"
    );
}

/// Started beside a built site, serve copies from `output/` the pages that would
/// come out the same (linked, where it can), and the search index, never changing
/// `output/`: a later round writes the index again
/// with every entry's words, those of the copied pages read then. A page changed
/// by hand in `output/`, and an entry edited since the build, are made anew.
#[test]
fn a_first_round_copies_what_the_built_site_holds_unchanged() {
    let f = Fixture::valid();
    let work = tempfile::tempdir().unwrap();
    let clean_dir = work.path().join("clean");
    let first_round = |name: &str| {
        let mut engine = Engine::new(f.root(), work.path().join(name), false);
        engine.seed_from(f.path("output"));
        let round = engine.full(|_| {});
        assert!(round.errors.is_empty(), "{name}: {:?}", round.errors);
        (engine, round)
    };
    let built = build(&BuildOptions::new(f.root())).expect("the site builds");
    let output = read_tree(&f.path("output"));
    let (mut engine, first) = first_round("a");
    assert!(first.kept > 0 && first.rendered < first.kept, "{first:?}");
    assert_eq!(first.kept + first.rendered, built.pages - 1, "{first:?}");
    assert_like_clean_build(&f, &work.path().join("a"), &clean_dir, "copied");
    let b = "content/articles/b.md";
    sleep_for_mtime();
    f.write(
        b,
        &entry(
            "Бірінші мақала",
            "2025-09-10",
            "abenova-g",
            "",
            None,
            "Зерттеушілік мәтін.",
        ),
    );
    let round = engine.update(
        &Changes {
            content: vec![f.path(b)],
            ..Changes::default()
        },
        |_| {},
    );
    assert!(round.errors.is_empty(), "{:?}", round.errors);
    assert_like_clean_build(&f, &work.path().join("a"), &clean_dir, "an edit after");
    // The pages copied (hard links, on one file system) were replaced, not
    // written through: the built site is as it was.
    assert!(read_tree(&f.path("output")) == output, "output/ changed");

    build(&BuildOptions::new(f.root())).expect("the site builds again");
    sleep_for_mtime();
    std::fs::write(f.path("output/index.html"), "changed by hand").unwrap();
    let sem = std::fs::read_to_string(f.path("content/seminars/sem.md")).unwrap();
    f.write(
        "content/seminars/sem.md",
        &sem.replace("Мәтін.", "Басқа мәтін."),
    );
    let (_, first) = first_round("b");
    assert!(first.kept > 0, "{first:?}");
    let step = "a page touched and an entry edited since the build";
    assert_like_clean_build(&f, &work.path().join("b"), &clean_dir, step);
}

/// A published page whose file is gone is withdrawn in serve as in a build, and
/// the round says so, as `ozyq build` would: serve is where files are renamed.
#[test]
fn a_round_says_which_published_addresses_it_withdraws() {
    let f = Fixture::valid();
    // A build records the published addresses (published.yaml).
    build(&BuildOptions::new(f.root())).unwrap();
    let work = tempfile::tempdir().unwrap();
    let mut engine = Engine::new(f.root(), work.path().join("serve"), false);
    assert!(engine.full(|_| {}).errors.is_empty());
    let gone = f.path("content/open-lessons/qazaq.md");
    std::fs::remove_file(&gone).unwrap();
    let round = engine.update(&Changes::from_paths(f.root(), [gone]), |_| {});
    assert!(round.errors.is_empty(), "{:?}", round.errors);
    let said: Vec<String> = (round.address_changes.iter())
        .map(|c| c.text().render(ozyq::lang::Lang::En))
        .collect();
    assert!(
        said.iter()
            .any(|s| s.starts_with("withdrawn: open-lessons/qazaq/")),
        "{said:?}"
    );
}
