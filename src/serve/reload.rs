//! Live reload: the messages sent to browsers over the websocket, the script that
//! receives them (injected into every HTML page at serve time, never into the files)
//! and the error overlay it shows.

use crate::diagnostics::Diagnostic;
use crate::lang::Lang;

/// Where the script is served from.
pub const SCRIPT_PATH: &str = "/__ozyq/live.js";
/// The websocket's path.
pub const SOCKET_PATH: &str = "/__ozyq/ws";

/// Above this many changed files, a message says "everything" instead of listing them.
const MAX_LISTED: usize = 500;

fn json_paths(paths: &[String]) -> serde_json::Value {
    if paths.len() > MAX_LISTED {
        serde_json::Value::Null
    } else {
        paths
            .iter()
            .map(|p| serde_json::Value::from(p.as_str()))
            .collect()
    }
}

/// Pages showing the change are ready: every tab reloads (a change of stylesheets
/// only swaps them in without a reload).
pub fn reload(changed: &[String]) -> String {
    let css_only = !changed.is_empty() && changed.iter().all(|p| p.ends_with(".css"));
    serde_json::json!({"type": "reload", "css_only": css_only, "paths": json_paths(changed)})
        .to_string()
}

/// More files were remade after the reload: tabs showing one of them reload.
pub fn updated(changed: &[String]) -> String {
    serde_json::json!({"type": "updated", "paths": json_paths(changed)}).to_string()
}

/// The site cannot be rebuilt: show these problems over the page.
pub fn error(errors: &[Diagnostic], lang: Lang) -> String {
    let items: Vec<serde_json::Value> = errors
        .iter()
        .map(|d| {
            serde_json::json!({
                "file": d.location.file.to_string_lossy(),
                "line": d.location.line,
                "column": d.location.column,
                "message": d.message_in(lang),
                "hint": d.hint_in(lang),
                "hint_label": crate::t!("label-hint").render(lang),
            })
        })
        .collect();
    serde_json::json!({
        "type": "error",
        "errors": items,
        "lang": lang.code(),
        "heading": crate::t!("serve-overlay-heading").render(lang),
        "close": crate::t!("serve-overlay-close").render(lang),
    })
    .to_string()
}

/// The site is fine (again): remove the overlay.
pub fn ok() -> String {
    serde_json::json!({"type": "ok"}).to_string()
}

/// How many times the tabs were told to reload so far: a tab whose page is older
/// reloads. It was loading while the last message went out, and missed it.
pub fn round(n: u64) -> String {
    serde_json::json!({"type": "round", "round": n}).to_string()
}

/// The tag injected before `</body>` of every HTML page served, with the
/// [`round`] the page was read in.
pub fn script_tag(round: u64) -> String {
    format!("<script src=\"{SCRIPT_PATH}\" data-round=\"{round}\"></script>")
}

/// Adds the live-reload script to an HTML page read in `round`.
pub fn inject(html: Vec<u8>, round: u64) -> Vec<u8> {
    let tag = script_tag(round);
    let tag = tag.as_bytes();
    let at = html
        .windows(7)
        .rposition(|w| w.eq_ignore_ascii_case(b"</body>"))
        .unwrap_or(html.len());
    let mut out = Vec::with_capacity(html.len() + tag.len());
    out.extend_from_slice(&html[..at]);
    out.extend_from_slice(tag);
    out.extend_from_slice(&html[at..]);
    out
}

/// The browser side.
pub const SCRIPT: &str = r#"(() => {
  "use strict";
  const here = () => {
    let p = decodeURI(location.pathname).replace(/^\/+/, "");
    if (p === "" || p.endsWith("/")) p += "index.html";
    return p;
  };
  let overlay = null;
  const onKey = (ev) => { if (ev.key === "Escape") hide(); };
  const hide = () => {
    if (overlay) { overlay.remove(); overlay = null; document.removeEventListener("keydown", onKey); }
  };
  const show = (m) => {
    hide();
    overlay = document.createElement("div");
    overlay.id = "ozyq-error-overlay";
    overlay.setAttribute("role", "alert");
    overlay.lang = m.lang;
    overlay.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;" +
      "background:rgba(20,20,24,.94);color:#fff;font:14px/1.5 ui-monospace,monospace;padding:2rem";
    const h = document.createElement("h2");
    h.textContent = m.heading;
    h.style.cssText = "color:#ff8a80;font-size:1.1rem;margin:0 0 1rem";
    overlay.appendChild(h);
    for (const e of m.errors) {
      const p = document.createElement("pre");
      p.style.cssText = "white-space:pre-wrap;margin:0 0 1rem";
      const at = e.line > 0 ? `${e.file}:${e.line}:${e.column}` : e.file;
      p.textContent = `${at}: ${e.message}` + (e.hint ? `\n  ${e.hint_label}: ${e.hint}` : "");
      overlay.appendChild(p);
    }
    const close = document.createElement("button");
    close.textContent = "×";
    close.setAttribute("aria-label", m.close);
    close.style.cssText = "position:absolute;top:1rem;right:1rem;font-size:1.5rem;background:none;color:#fff;border:0;cursor:pointer";
    close.onclick = hide;
    overlay.prepend(close);
    document.body.appendChild(overlay);
    document.addEventListener("keydown", onKey);
  };
  const swapCss = () => {
    for (const l of document.querySelectorAll('link[rel="stylesheet"]')) {
      const u = new URL(l.href);
      u.searchParams.set("ozyq", Date.now());
      const n = l.cloneNode();
      n.href = u.href;
      n.onload = () => l.remove();
      l.after(n);
    }
  };
  // The reload round the page was read in (see `round` above).
  const mine = Number((document.currentScript && document.currentScript.dataset.round) || 0);
  let connected = false;
  // While the server is away, try again less and less often.
  let delay = 500;
  const connect = () => {
    const ws = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/__ozyq/ws");
    ws.onopen = () => { delay = 500; if (connected) location.reload(); };
    ws.onmessage = (ev) => {
      const m = JSON.parse(ev.data);
      connected = true;
      if (m.type === "error") show(m);
      else if (m.type === "ok") hide();
      else if (m.type === "round") { if (m.round > mine) location.reload(); }
      else if (m.type === "reload") { if (m.css_only) swapCss(); else location.reload(); }
      else if (m.type === "updated") { if (m.paths === null || m.paths.includes(here())) location.reload(); }
    };
    ws.onclose = () => { setTimeout(connect, delay); delay = Math.min(delay * 2, 5000); };
  };
  connect();
})();
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_goes_before_the_end_of_body() {
        let html = b"<html><body><p>x</p></BODY></html>".to_vec();
        let out = String::from_utf8(inject(html, 3)).unwrap();
        assert_eq!(
            out,
            "<html><body><p>x</p><script src=\"/__ozyq/live.js\" data-round=\"3\"></script></BODY></html>"
        );
        let out = String::from_utf8(inject(b"<p>no body".to_vec(), 3)).unwrap();
        assert!(out.ends_with(&script_tag(3)));
    }

    #[test]
    fn css_changes_do_not_reload() {
        assert!(reload(&["static/style.css".into()]).contains("\"css_only\":true"));
        assert!(reload(&["index.html".into()]).contains("\"css_only\":false"));
    }

    #[test]
    fn the_error_overlay_speaks_the_users_language() {
        let d = Diagnostic::error(
            crate::diagnostics::Location::new(std::path::Path::new("content/a.md"), 2, 8),
            crate::t!("serve-work-rebuild"),
        );
        let m: serde_json::Value = serde_json::from_str(&error(&[d], Lang::Ru)).unwrap();
        assert_eq!(m["lang"], "ru");
        assert_eq!(
            m["heading"],
            "ozyq: сайт не удаётся пересобрать (показаны последние верные страницы)"
        );
        assert_eq!(m["close"], "Закрыть (Escape)");
        assert_eq!(m["errors"][0]["message"], "пересборка");
        assert_eq!(m["errors"][0]["line"], 2);
        assert!(SCRIPT.contains("h.textContent = m.heading"));
    }
}
