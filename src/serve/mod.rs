//! `ozyq serve`: builds the site into a folder of its own, serves it over HTTP on
//! 127.0.0.1 (by default), watches the site's files and rebuilds what a change
//! affects; open browser tabs reload themselves and show errors as an overlay.

pub mod guard;
pub mod http;
pub mod incremental;
mod pdfs;
pub mod reload;
#[cfg(test)]
mod tests;
pub mod watch;

use crate::lang::Lang;
use crate::t;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, mpsc};
use std::thread::JoinHandle;
use std::time::Instant;

use crate::config::CONFIG_FILE;
use crate::diagnostics::Diagnostic;
use guard::{Report, run_guarded};
use incremental::{Changes, Engine, Round};
use pdfs::PdfWorker;
use watch::{Msg, PdfDone, Watcher};

/// What to serve and where.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// The site's folder (the one with config.yaml).
    pub root: PathBuf,
    /// The address to listen on; 127.0.0.1 by default.
    pub interface: IpAddr,
    /// 0 picks a free port.
    pub port: u16,
    /// Include entries marked `draft: true`.
    pub drafts: bool,
    /// Where the served files are built; `None`: a new temporary folder, removed on exit.
    pub dir: Option<PathBuf>,
    /// Where `ozyq build` built the site, whose pages the first build copies where
    /// they would come out the same; `None`: the site's `output/`.
    pub built: Option<PathBuf>,
    /// Print what happens to the terminal.
    pub verbose: bool,
    /// The language problems are shown in, on the terminal and over the pages.
    pub lang: Lang,
}

impl ServeOptions {
    /// Serving the site in `root` on 127.0.0.1:1111, drafts left out, from a temporary folder.
    pub fn new(root: impl Into<PathBuf>) -> Self {
        ServeOptions {
            root: root.into(),
            interface: IpAddr::V4(Ipv4Addr::LOCALHOST),
            port: 1111,
            drafts: false,
            dir: None,
            built: None,
            verbose: true,
            lang: Lang::En,
        }
    }
}

/// What the HTTP side shares with the rebuilding side.
pub struct Shared {
    /// The folder the site is built into and served from.
    pub dir: PathBuf,
    /// Live-reload messages (JSON) for every connected browser.
    pub tx: tokio::sync::broadcast::Sender<String>,
    /// The message a newly connected browser gets first (error or ok).
    pub status: Mutex<String>,
    /// How many reload messages went out (see [`reload::round`]).
    pub round: std::sync::atomic::AtomicU64,
    /// Becomes true when the server stops, to close the browsers' sockets.
    pub stop: tokio::sync::watch::Receiver<bool>,
    /// The path the published site lives at (`/otm/`), which its 404 page's links
    /// start from; here the site is served from the root.
    pub site_path: Mutex<Option<String>>,
}

impl Shared {
    /// Tells the tabs to reload (all of them, or those showing some pages),
    /// counting the round first.
    fn reload(&self, m: String) {
        self.round.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        let _ = self.tx.send(m);
    }
}

/// A running server.
pub struct Server {
    /// The address it listens on, with the port actually bound.
    pub addr: SocketAddr,
    /// The folder the site is built into and served from.
    pub dir: PathBuf,
    remove_dir: bool,
    stop: tokio::sync::watch::Sender<bool>,
    http: Option<JoinHandle<()>>,
    engine_tx: mpsc::Sender<Msg>,
    engine: Option<JoinHandle<()>>,
}

impl Server {
    /// The address to open in a browser, like `http://127.0.0.1:1111/`.
    pub fn url(&self) -> String {
        format!("http://{}/", self.addr)
    }

    /// Stops serving and watching, and removes a temporary serve folder.
    pub fn stop(mut self) {
        self.shutdown();
    }

    fn shutdown(&mut self) {
        let _ = self.stop.send(true);
        let _ = self.engine_tx.send(Msg::Stop);
        if let Some(h) = self.http.take() {
            let _ = h.join();
        }
        if let Some(h) = self.engine.take() {
            let _ = h.join();
        }
        if self.remove_dir {
            let _ = std::fs::remove_dir_all(&self.dir);
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.shutdown();
    }
}

/// A line on the terminal; the server goes on when no one reads it any more
/// (`println!` would panic on a closed pipe).
fn say(line: &str) {
    use std::io::Write;
    let _ = writeln!(std::io::stdout().lock(), "{line}");
}

/// Tells `diags` (errors or warnings) on the terminal, in `lang`.
fn print_diagnostics(diags: &[Diagnostic], lang: Lang) {
    for d in diags {
        eprintln!("{}", d.text_in(lang));
    }
}

/// Which round [`report`] tells of.
#[derive(Clone, Copy)]
enum Stage {
    /// The first build.
    Built,
    /// A change's pages, written before the browsers reload.
    Rebuilt,
    /// The rest of a change's round.
    Done,
}

/// One line per round on the terminal, in `lang`: what changed, how many pages
/// were made and how long it took.
fn report(verbose: bool, lang: Lang, stage: Stage, round: &Round, start: Instant) {
    if verbose {
        let stage = match stage {
            Stage::Built => t!("serve-round-built"),
            Stage::Rebuilt => t!("serve-round-rebuilt"),
            Stage::Done => t!("serve-round-done"),
        };
        let ms = (start.elapsed().as_secs_f64() * 1000.0).round();
        let line = t!(
            "serve-round",
            stage = stage,
            files = round.changed.len(),
            pages = round.rendered,
            ms = ms
        );
        say(&line.render(lang));
    }
}

/// Why `ozyq serve` could not start.
#[derive(Debug)]
pub enum ServeError {
    /// Nothing can listen at the address: another server uses the port, or the
    /// address is not one of this computer's.
    Listen {
        /// The address and port asked for.
        address: SocketAddr,
        /// What the system said.
        error: std::io::Error,
    },
    /// The system refused something else: the serve folder, a thread, the
    /// watching of the site's files.
    Io(std::io::Error),
}

impl ServeError {
    /// What went wrong, to say in the user's language; its English is the
    /// error's [`Display`](std::fmt::Display).
    pub fn text(&self) -> crate::messages::Text {
        let why = match self {
            ServeError::Listen { address, error }
                if error.kind() == std::io::ErrorKind::AddrInUse =>
            {
                t!("serve-port-taken", address = address.to_string())
            }
            ServeError::Listen { address, error } => t!(
                "serve-cannot-listen",
                address = address.to_string(),
                error = error
            ),
            ServeError::Io(error) => crate::messages::io_error(error),
        };
        t!("serve-cannot-start", error = why)
    }
}

impl std::fmt::Display for ServeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text().render(Lang::En))
    }
}

impl std::error::Error for ServeError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ServeError::Listen { error, .. } | ServeError::Io(error) => Some(error),
        }
    }
}

impl From<std::io::Error> for ServeError {
    fn from(e: std::io::Error) -> Self {
        ServeError::Io(e)
    }
}

/// Builds the site, starts serving and watching it; returns once it is served.
pub fn start(opts: ServeOptions) -> Result<Server, ServeError> {
    crate::memory::keep_freed_memory();
    let root = std::path::absolute(&opts.root)?;
    // Before the build: a port in use is known at once, and nothing is left behind.
    let address = SocketAddr::new(opts.interface, opts.port);
    let listener = std::net::TcpListener::bind(address)
        .map_err(|error| ServeError::Listen { address, error })?;
    let (dir, remove_dir) = match &opts.dir {
        Some(d) => (std::path::absolute(d)?, false),
        None => {
            static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
            let n = N.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let d = std::env::temp_dir().join(format!("ozyq-serve-{}-{n}", std::process::id()));
            (d, true)
        }
    };
    std::fs::create_dir_all(&dir)?;
    let (verbose, lang) = (opts.verbose, opts.lang);

    let mut engine = Engine::new(&root, &dir, opts.drafts);
    engine.defer_pdfs();
    // What `ozyq build` last made of the same files need not be rendered again.
    engine.seed_from(opts.built.clone().unwrap_or_else(|| root.join("output")));
    let t = Instant::now();
    let first = run_guarded(|| engine.full(|_| {})).unwrap_or_else(|panic| {
        engine.start_over();
        let d = panic.diagnostic(root.join(CONFIG_FILE), t!("serve-work-first-build"));
        Round {
            errors: engine.relative(vec![d]),
            ..Round::default()
        }
    });
    print_diagnostics(&first.new_warnings, lang);
    let status = if first.errors.is_empty() {
        reload::ok()
    } else {
        print_diagnostics(&first.errors, lang);
        reload::error(&first.errors, lang)
    };
    report(verbose, lang, Stage::Built, &first, t);
    crate::pipeline::tally::print();

    listener.set_nonblocking(true)?;
    let addr = listener.local_addr()?;
    let (tx, _) = tokio::sync::broadcast::channel(64);
    let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
    let shared = Arc::new(Shared {
        dir: dir.clone(),
        tx,
        status: Mutex::new(status),
        round: Default::default(),
        stop: stop_rx,
        site_path: Mutex::new(engine.site_path()),
    });

    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    let app = http::router(shared.clone());
    let mut stop_http = shared.stop.clone();
    let http = std::thread::Builder::new()
        .name("ozyq-http".into())
        .spawn(move || {
            rt.block_on(async move {
                let Ok(listener) = tokio::net::TcpListener::from_std(listener) else {
                    return;
                };
                let _ = axum::serve(listener, app)
                    .with_graceful_shutdown(async move {
                        let _ = stop_http.changed().await;
                    })
                    .await;
            });
            rt.shutdown_timeout(std::time::Duration::from_secs(1));
        })?;

    let (engine_tx, engine_rx) = mpsc::channel();
    let watcher = Watcher::new(&root, engine_tx.clone()).map_err(std::io::Error::other)?;
    let pdfs = PdfWorker::start(&root, engine_tx.clone())?;
    pdfs.submit(engine.take_pdf_work());
    // Addresses the first round moved or withdrew (files renamed while serve
    // was not running), as a build would say them.
    for c in &first.address_changes {
        say(&c.text().render(lang));
    }
    let looping = Looping {
        told: first.address_changes.clone(),
        had_errors: !first.errors.is_empty(),
        watcher,
        pdfs,
        shared,
        verbose,
        lang,
    };
    let engine = std::thread::Builder::new()
        .name("ozyq-rebuild".into())
        .spawn(move || rebuild_loop(engine, looping, engine_rx))?;
    Ok(Server {
        addr,
        dir,
        remove_dir,
        stop: stop_tx,
        http: Some(http),
        engine_tx,
        engine: Some(engine),
    })
}

/// What the rebuild thread works with besides the engine.
struct Looping {
    watcher: Watcher,
    pdfs: PdfWorker,
    shared: Arc<Shared>,
    verbose: bool,
    lang: Lang,
    /// The browsers show errors (of a round, a PDF or a panic): the next good round
    /// tells them to hide them.
    had_errors: bool,
    /// The address changes said so far: serve leaves published.yaml to `ozyq
    /// build`, so every round finds them again.
    told: Vec<crate::site::addresses::Change>,
}

impl Looping {
    /// Shows errors on the terminal and over the pages, now and to browsers that
    /// connect later.
    fn show_errors(&mut self, errors: &[Diagnostic]) {
        print_diagnostics(errors, self.lang);
        let m = reload::error(errors, self.lang);
        *self.shared.status.lock().expect("no panics") = m.clone();
        let _ = self.shared.tx.send(m);
        self.had_errors = true;
    }
}

fn rebuild_loop(mut engine: Engine, mut l: Looping, rx: mpsc::Receiver<Msg>) {
    let serve_dir = l.shared.dir.clone();
    let root = engine.root().to_path_buf();
    while let Ok(msg) = rx.recv() {
        let Some(mut paths) = take_waiting(&mut engine, &mut l, &rx, msg) else {
            return;
        };
        paths.retain(|p| !p.starts_with(&serve_dir));
        let changes = Changes::from_paths(&root, paths.iter().cloned());
        if changes.is_empty() {
            continue;
        }
        l.watcher.watch_new_folders();
        if let Err(panic) = run_guarded(|| rebuild(&mut engine, &mut l, &changes)) {
            engine.start_over();
            // Reported at the first changed file of the site: the one the user just
            // saved, most likely what the round choked on.
            let at = paths
                .into_iter()
                .find(|p| {
                    // ozyq's own record, written by a build, is nobody's save.
                    p.file_name() != Some(std::ffi::OsStr::new(crate::site::published::FILE))
                        && !Changes::from_paths(&root, [p.clone()]).is_empty()
                })
                .unwrap_or_else(|| root.join(CONFIG_FILE));
            let d = panic.diagnostic(at, t!("serve-work-rebuild"));
            l.show_errors(&engine.relative(vec![d]));
        }
    }
}

/// The changed paths of `first` and of every message already waiting behind it; a
/// compiled PDF is handled at once. `None` when the loop must stop.
fn take_waiting(
    engine: &mut Engine,
    l: &mut Looping,
    rx: &mpsc::Receiver<Msg>,
    first: Msg,
) -> Option<Vec<PathBuf>> {
    let mut paths = Vec::new();
    if !absorb(engine, l, first, &mut paths) {
        return None;
    }
    // The watcher reports each event as it happens, while the file may still be being
    // written: wait for a quiet moment, so that a save written in pieces is read whole
    // (a writer that never pauses holds the round back only so long).
    let start = Instant::now();
    while start.elapsed() < watch::QUIET_MAX {
        let Ok(m) = rx.recv_timeout(watch::QUIET) else {
            break;
        };
        if !absorb(engine, l, m, &mut paths) {
            return None;
        }
    }
    // An editor that empties a file before writing it may be caught in between:
    // give it a moment, and take what it writes next with this change.
    if paths
        .iter()
        .any(|p| std::fs::metadata(p).is_ok_and(|m| m.is_file() && m.len() == 0))
    {
        std::thread::sleep(std::time::Duration::from_millis(50));
        for m in std::iter::from_fn(|| rx.try_recv().ok()) {
            if !absorb(engine, l, m, &mut paths) {
                return None;
            }
        }
    }
    Some(paths)
}

/// One round after `changes`: browsers reload once the pages that show the change
/// are written, and are told of errors and of the files made after.
fn rebuild(engine: &mut Engine, l: &mut Looping, changes: &Changes) {
    let t = Instant::now();
    if std::env::var_os("OZYQ_TIMINGS").is_some() {
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap_or_default();
        eprintln!("[serve] change reported at {} ms", now.as_millis());
    }
    let shared = l.shared.clone();
    let send = |m: String| {
        let _ = shared.tx.send(m);
    };
    let reload = |m: String| shared.reload(m);
    let mut fast_ok = false;
    let mut fast_len = 0;
    let (verbose, had_errors, lang) = (l.verbose, l.had_errors, l.lang);
    let round = engine.update(changes, |fast| {
        fast_ok = true;
        fast_len = fast.changed.len();
        // Every saved change reloads the tabs, even one that changed no page;
        // one that cannot be made shows its errors instead (below).
        if fast.errors.is_empty() {
            if had_errors {
                *shared.status.lock().expect("no panics") = reload::ok();
                send(reload::ok());
            }
            reload(reload::reload(&fast.changed));
        }
        report(verbose, lang, Stage::Rebuilt, fast, t);
    });
    *shared.site_path.lock().expect("no panics") = engine.site_path();
    l.pdfs.submit(engine.take_pdf_work());
    print_diagnostics(&round.new_warnings, lang);
    // As `ozyq build` says them, once: the page was moved, or withdrawn.
    for c in &round.address_changes {
        if !l.told.contains(c) {
            say(&c.text().render(lang));
            l.told.push(c.clone());
        }
    }
    if !round.errors.is_empty() {
        l.show_errors(&round.errors);
    } else {
        l.had_errors = false;
        *shared.status.lock().expect("no panics") = reload::ok();
    }
    if fast_ok {
        report(verbose, lang, Stage::Done, &round, t);
        let later = &round.changed[fast_len.min(round.changed.len())..];
        if !later.is_empty() {
            reload(reload::updated(later));
        }
    }
    crate::pipeline::tally::print();
}

/// Takes a message in: changed paths are added to `paths`, a compiled PDF is
/// handled at once. False when the loop must stop.
fn absorb(engine: &mut Engine, l: &mut Looping, m: Msg, paths: &mut Vec<PathBuf>) -> bool {
    match m {
        Msg::Paths(p) => paths.extend(p),
        Msg::Pdf(done) => {
            let rel = done.rel.clone();
            if let Err(panic) = run_guarded(|| pdf_done(engine, l, done)) {
                engine.start_over();
                let what = t!("serve-work-writing", file = rel.as_str());
                let d = panic.diagnostic(engine.root().join(CONFIG_FILE), what);
                l.show_errors(&engine.relative(vec![d]));
            }
        }
        Msg::Stop => return false,
    }
    true
}

/// A PDF compiled in the background: written if the site still needs it, and the
/// tabs that show it are told.
fn pdf_done(engine: &mut Engine, l: &mut Looping, done: PdfDone) {
    let compiled = done.result.as_ref().map(Vec::as_slice);
    match engine.accept_pdf(&done.rel, &done.key, compiled) {
        Ok(true) => {
            // Not a reload round: a tab opened while PDFs compile after the start
            // would otherwise load twice.
            let _ = (l.shared.tx).send(reload::updated(std::slice::from_ref(&done.rel)));
        }
        Ok(false) => {}
        // As a build would fail: shown in the terminal and over the pages.
        Err(errors) => l.show_errors(&errors),
    }
}

/// `ozyq serve`: serves until Ctrl+C.
pub fn run(opts: ServeOptions) -> Result<(), ServeError> {
    let (root, lang) = (opts.root.clone(), opts.lang);
    let server = start(opts)?;
    let serving = t!(
        "serve-serving",
        root = abs(&root).as_path(),
        url = server.url(),
        watched = watched(&root)
    );
    say(&serving.render(lang));
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    rt.block_on(stop_signal());
    say(&t!("serve-stopping").render(lang));
    server.stop();
    Ok(())
}

/// The site's folders that serve watches now, for the line it starts with: a
/// folder made later is watched from then on, unnamed.
fn watched(root: &Path) -> String {
    let mut names: Vec<String> = (watch::WATCHED.iter())
        .filter(|d| root.join(d).is_dir())
        .map(|d| format!("{d}/"))
        .collect();
    names.push("config.yaml".into());
    names.join(", ")
}

/// Ctrl+C, or (on Unix) the polite request to stop that service managers send.
async fn stop_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        if let Ok(mut term) = signal(SignalKind::terminate()) {
            tokio::select! {
                _ = tokio::signal::ctrl_c() => {}
                _ = term.recv() => {}
            }
            return;
        }
    }
    let _ = tokio::signal::ctrl_c().await;
}

fn abs(p: &Path) -> PathBuf {
    std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf())
}
