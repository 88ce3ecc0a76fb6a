//! The HTTP side of `ozyq serve`: the built files, the live-reload script and its
//! websocket. Only files inside the serve folder are served: `..`, encoded
//! separators and dots, and symlinks that lead out of the folder are refused.

use axum::Router;
use axum::body::Body;
use axum::extract::Request;
use axum::extract::State;
use axum::extract::ws::{Message, WebSocket, WebSocketUpgrade};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, Uri, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use std::net::IpAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use tower_http::set_header::SetResponseHeaderLayer;

use super::Shared;
use super::reload;

/// The routes of `ozyq serve`: the live-reload socket and script, then the built files.
pub fn router(shared: Arc<Shared>) -> Router {
    Router::new()
        .route(reload::SOCKET_PATH, get(socket))
        .route(reload::SCRIPT_PATH, get(script))
        .fallback(file)
        .layer(middleware::from_fn(read_only))
        .layer(SetResponseHeaderLayer::overriding(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-store"),
        ))
        .with_state(shared)
}

/// The server only shows files: whatever else a request asks is refused before any
/// route sees it (the routes' own refusals would not name the methods allowed).
async fn read_only(req: Request, next: Next) -> Response {
    if matches!(*req.method(), Method::GET | Method::HEAD) {
        return next.run(req).await;
    }
    (
        StatusCode::METHOD_NOT_ALLOWED,
        [
            (header::ALLOW, "GET, HEAD"),
            (header::CONTENT_TYPE, "text/plain; charset=utf-8"),
        ],
        "405 method not allowed: this server only shows the site (GET, HEAD)\n",
    )
        .into_response()
}

async fn script() -> Response {
    (
        [(header::CONTENT_TYPE, "text/javascript; charset=utf-8")],
        reload::SCRIPT,
    )
        .into_response()
}

async fn socket(
    ws: WebSocketUpgrade,
    headers: HeaderMap,
    State(shared): State<Arc<Shared>>,
) -> Response {
    if !own_origin(&headers) {
        return (
            StatusCode::FORBIDDEN,
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            "403 forbidden: live reload is only for pages of this server\n",
        )
            .into_response();
    }
    ws.on_upgrade(move |s| talk(s, shared))
}

/// Whether a websocket request comes from a page of this server. Browsers let any
/// page open a websocket anywhere, and say whose page it is in `Origin`: it must be
/// the address the request was sent to (`Host`, whatever port a tunnel maps), and
/// that address must be `localhost` or a numeric address, never a name that could be
/// made to lead here (DNS rebinding). Clients that send no `Origin` are not browsers.
fn own_origin(headers: &HeaderMap) -> bool {
    let Some(origin) = headers.get(header::ORIGIN) else {
        return true;
    };
    let (Ok(origin), Some(Ok(host))) = (
        origin.to_str(),
        headers.get(header::HOST).map(HeaderValue::to_str),
    ) else {
        return false;
    };
    let name = match host.rsplit_once(':') {
        Some((name, port)) if port.bytes().all(|b| b.is_ascii_digit()) => name,
        _ => host,
    };
    let name = name.trim_start_matches('[').trim_end_matches(']');
    let known = name.eq_ignore_ascii_case("localhost") || name.parse::<IpAddr>().is_ok();
    known && origin.eq_ignore_ascii_case(&format!("http://{host}"))
}

async fn talk(mut socket: WebSocket, shared: Arc<Shared>) {
    let mut rx = shared.tx.subscribe();
    let mut stop = shared.stop.clone();
    let first = shared.status.lock().expect("no panics").clone();
    let round = reload::round(shared.round.load(std::sync::atomic::Ordering::SeqCst));
    for m in [first, round] {
        if socket.send(Message::Text(m.into())).await.is_err() {
            return;
        }
    }
    loop {
        tokio::select! {
            m = rx.recv() => match m {
                Ok(m) => {
                    if socket.send(Message::Text(m.into())).await.is_err() {
                        break;
                    }
                }
                Err(tokio::sync::broadcast::error::RecvError::Lagged(_)) => continue,
                Err(_) => break,
            },
            m = socket.recv() => match m {
                Some(Ok(Message::Close(_))) | Some(Err(_)) | None => break,
                _ => {}
            },
            _ = stop.changed() => {
                let _ = socket.send(Message::Close(None)).await;
                break;
            }
        }
    }
}

/// Why a request gets no file.
#[derive(Debug, PartialEq, Eq)]
pub enum Refusal {
    /// Outside the served folder, or not a path at all: 403.
    Forbidden,
    /// No such file in the served folder: 404.
    NotFound,
    /// A folder asked for without its final `/`.
    Redirect(String),
}

/// A URL path segment decoded; `None` for a malformed escape or bytes that are not
/// UTF-8, which no file ozyq wrote is named with.
fn percent_decode(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let malformed = b.iter().enumerate().any(|(i, &c)| {
        c == b'%'
            && !b
                .get(i + 1..i + 3)
                .is_some_and(|h| h.iter().all(u8::is_ascii_hexdigit))
    });
    if malformed {
        return None;
    }
    let decoded = percent_encoding::percent_decode_str(s).decode_utf8().ok()?;
    Some(decoded.into_owned())
}

/// The file inside `dir` that the URL path `raw` names.
pub fn resolve(dir: &Path, raw: &str) -> Result<PathBuf, Refusal> {
    let Some(rest) = raw.strip_prefix('/') else {
        return Err(Refusal::Forbidden);
    };
    let mut rel = PathBuf::new();
    for seg in rest.split('/') {
        if seg.is_empty() {
            continue;
        }
        let seg = percent_decode(seg).ok_or(Refusal::Forbidden)?;
        if seg == "."
            || seg == ".."
            || seg.contains(['/', '\\', '\0', ':'])
            || Path::new(&seg).is_absolute()
        {
            return Err(Refusal::Forbidden);
        }
        rel.push(seg);
    }
    let base = dir.canonicalize().map_err(|_| Refusal::NotFound)?;
    let inside = |p: &Path| -> Result<PathBuf, Refusal> {
        let c = p.canonicalize().map_err(|_| Refusal::NotFound)?;
        if c.starts_with(&base) {
            Ok(c)
        } else {
            Err(Refusal::Forbidden)
        }
    };
    let path = inside(&base.join(&rel))?;
    if path.is_dir() {
        if !raw.ends_with('/') {
            // One leading slash: `//seminars/` would name the host `seminars`.
            return Err(Refusal::Redirect(format!(
                "/{}/",
                rest.trim_start_matches('/')
            )));
        }
        return inside(&path.join("index.html"));
    }
    Ok(path)
}

/// The media type of a file, with the charset of text.
pub fn content_type(path: &Path) -> &'static str {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    match ext.as_str() {
        "html" | "htm" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "json" | "map" => "application/json",
        "xml" => "application/xml; charset=utf-8",
        "txt" => "text/plain; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "avif" => "image/avif",
        "ico" => "image/x-icon",
        "pdf" => "application/pdf",
        "woff" => "font/woff",
        "woff2" => "font/woff2",
        "doc" => "application/msword",
        "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "pptx" => "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "mp4" => "video/mp4",
        "mp3" => "audio/mpeg",
        "zip" => "application/zip",
        _ => "application/octet-stream",
    }
}

/// Sends a file; `from` is given for a 404 page: how its links start (see
/// [`served_from_root`]).
async fn send_file(
    shared: &Shared,
    path: &Path,
    status: StatusCode,
    from: Option<String>,
) -> Response {
    // Read before the file: a page is at least as new as the round it names.
    let round = shared.round.load(std::sync::atomic::Ordering::SeqCst);
    match tokio::fs::read(path).await {
        Ok(bytes) => {
            let ty = content_type(path);
            let bytes = if let Some(from) = from {
                // The 404 page's links start from the published site's path; here the
                // site is served from the root.
                reload::inject(served_from_root(bytes, &from), round)
            } else if ty.starts_with("text/html") {
                reload::inject(bytes, round)
            } else {
                bytes
            };
            (status, [(header::CONTENT_TYPE, ty)], Body::from(bytes)).into_response()
        }
        Err(_) => not_found_text(shared),
    }
}

/// Makes a 404 page's links, which start with `from`, start from the root of
/// this server. In the built page they start from the published site's path
/// (`/otm/`), or, when the site has no `base_url`, from the page's folder (`./`,
/// `../` for a language's), which only works where the page lies.
fn served_from_root(bytes: Vec<u8>, from: &str) -> Vec<u8> {
    if from == "/" {
        return bytes;
    }
    match String::from_utf8(bytes) {
        Ok(text) => text.replace(&format!("\"{from}"), "\"/").into_bytes(),
        Err(e) => e.into_bytes(),
    }
}

/// How the links of the 404 page at `path` start, when it is one: the site's
/// (`404.html`) or a language's (`ru/404.html`).
fn not_found_from(shared: &Shared, path: &Path) -> Option<String> {
    let rel = path.strip_prefix(&shared.dir).ok()?;
    let depth = match rel.iter().collect::<Vec<_>>()[..] {
        [name] if name == "404.html" => 0,
        [_, name] if name == "404.html" => 1,
        _ => return None,
    };
    let site_path = shared.site_path.lock().expect("no panics").clone();
    Some(site_path.unwrap_or_else(|| {
        if depth == 0 {
            "./".into()
        } else {
            "../".into()
        }
    }))
}

fn not_found_text(shared: &Shared) -> Response {
    let round = shared.round.load(std::sync::atomic::Ordering::SeqCst);
    let page = format!(
        "<!doctype html><meta charset=\"utf-8\"><title>404</title><p>Not found.</p>{}",
        reload::script_tag(round)
    );
    (
        StatusCode::NOT_FOUND,
        [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
        page,
    )
        .into_response()
}

async fn file(State(shared): State<Arc<Shared>>, uri: Uri) -> Response {
    match resolve(&shared.dir, uri.path()) {
        Ok(path) => {
            let from = not_found_from(&shared, &path);
            send_file(&shared, &path, StatusCode::OK, from).await
        }
        Err(Refusal::Redirect(to)) => (
            StatusCode::MOVED_PERMANENTLY,
            [(header::LOCATION, to)],
            Body::empty(),
        )
            .into_response(),
        Err(Refusal::Forbidden) => (
            StatusCode::FORBIDDEN,
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            "403 forbidden\n",
        )
            .into_response(),
        Err(Refusal::NotFound) => {
            // Under a language's folder, that language's page (`ru/404.html`).
            let section = uri.path().trim_start_matches('/').split('/').next();
            let own = section
                .filter(|s| !s.is_empty() && !s.contains(".."))
                .map(|s| shared.dir.join(s).join("404.html"));
            let page = own
                .filter(|p| p.is_file())
                .unwrap_or_else(|| shared.dir.join("404.html"));
            match not_found_from(&shared, &page).filter(|_| page.is_file()) {
                Some(from) => send_file(&shared, &page, StatusCode::NOT_FOUND, Some(from)).await,
                None => not_found_text(&shared),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_404_page_links_from_the_root_of_the_server() {
        let page = |p: &str| format!("<a href=\"{p}index.html\">x</a><a href=\"#main\">y</a>");
        let got = |b: String, at| String::from_utf8(served_from_root(b.into_bytes(), at)).unwrap();
        assert_eq!(got(page("/otm/"), "/otm/"), page("/"));
        assert_eq!(got(page("./"), "./"), page("/"));
        assert_eq!(got(page("../"), "../"), page("/"));
        assert_eq!(got(page("/"), "/"), page("/"));
    }

    #[test]
    fn only_pages_of_this_server_may_open_the_socket() {
        let ask = |origin: Option<&str>, host: &str| {
            let mut h = HeaderMap::new();
            h.insert(header::HOST, host.parse().unwrap());
            if let Some(o) = origin {
                h.insert(header::ORIGIN, o.parse().unwrap());
            }
            own_origin(&h)
        };
        assert!(ask(None, "127.0.0.1:1111"));
        assert!(ask(Some("http://127.0.0.1:1111"), "127.0.0.1:1111"));
        assert!(ask(Some("http://[::1]:1111"), "[::1]:1111"));
        assert!(ask(Some("http://192.168.1.5:1111"), "192.168.1.5:1111"));
        assert!(ask(Some("http://LOCALHOST:8080"), "localhost:8080"));
        assert!(!ask(Some("http://127.0.0.1:1111"), "localhost:1111"));
        assert!(!ask(Some("http://college.example"), "127.0.0.1:1111"));
        assert!(!ask(
            Some("http://college.example:1111"),
            "college.example:1111"
        ));
        assert!(!ask(Some("null"), "127.0.0.1:1111"));
    }

    #[test]
    fn paths_that_leave_the_folder_are_refused() {
        let dir = std::env::temp_dir().join(format!("ozyq-resolve-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("a")).unwrap();
        std::fs::write(dir.join("a/index.html"), "x").unwrap();
        std::fs::write(dir.join("b.css"), "x").unwrap();
        assert!(resolve(&dir, "/b.css").is_ok());
        assert!(resolve(&dir, "/a/").unwrap().ends_with("a/index.html"));
        assert_eq!(resolve(&dir, "/a"), Err(Refusal::Redirect("/a/".into())));
        assert_eq!(resolve(&dir, "//a"), Err(Refusal::Redirect("/a/".into())));
        for bad in [
            "/../etc/passwd",
            "/a/../../etc/passwd",
            "/%2e%2e/etc/passwd",
            "/%2E%2E/%2e%2e/etc/passwd",
            "/a%2f..%2f..%2fetc%2fpasswd",
            "/%2fetc%2fpasswd",
            "/..%5c..%5cetc",
            "/%zz",
            "relative",
        ] {
            assert_eq!(resolve(&dir, bad), Err(Refusal::Forbidden), "{bad}");
        }
        assert_eq!(resolve(&dir, "/nope.html"), Err(Refusal::NotFound));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
