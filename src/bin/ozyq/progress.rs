//! `ozyq publish` as it goes: a bar on a terminal, else a line every 100 files;
//! then what was sent, or what would be.

use std::io::IsTerminal;
use std::process::ExitCode;

use crate::ui::Ui;
use ozyq::publish::{Event, PublishOptions};
use ozyq::t;

/// What the user sees of a publish under way.
struct Progress {
    ui: Ui,
    bar: Option<indicatif::ProgressBar>,
    files: usize,
    done: usize,
}

impl Progress {
    fn event(&mut self, e: Event) {
        let ui = self.ui;
        match e {
            Event::Start { files, bytes } => {
                self.files = files;
                if std::io::stderr().is_terminal() && files > 0 {
                    let bar = indicatif::ProgressBar::new(bytes);
                    let style = indicatif::ProgressStyle::with_template(
                        "{bar:30} {bytes}/{total_bytes} {bytes_per_sec} {msg}",
                    )
                    .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar());
                    bar.set_style(style);
                    self.bar = Some(bar);
                } else {
                    let kb = bytes.div_ceil(1024);
                    eprintln!(
                        "{}",
                        ui.say(t!("publish-uploading", files = files, kb = kb))
                    );
                }
            }
            Event::Uploaded { bytes, .. } => {
                self.done += 1;
                let line = t!("publish-uploaded", done = self.done, files = self.files);
                match &self.bar {
                    Some(bar) => {
                        bar.inc(bytes);
                        bar.set_message(ui.say(line));
                    }
                    None if self.done.is_multiple_of(100) || self.done == self.files => {
                        eprintln!("{}", ui.say(line));
                    }
                    None => {}
                }
            }
            Event::Deleted(rel) => {
                if self.bar.is_none() {
                    eprintln!("{}", ui.say(t!("publish-deleted", path = rel.as_str())));
                }
            }
        }
    }
}

/// `ozyq publish [TARGET]`.
pub fn publish(opts: &PublishOptions, ui: Ui) -> ExitCode {
    let mut progress = Progress {
        ui,
        bar: None,
        files: 0,
        done: 0,
    };
    let result = ozyq::publish::publish(opts, &mut |e| progress.event(e));
    if let Some(bar) = progress.bar.take() {
        bar.finish_and_clear();
    }
    let mut err = std::io::stderr();
    let report = match result {
        Ok(report) => report,
        Err(diags) => {
            // Files renamed into place stay there: the site is part new, part old.
            let (done, files) = (progress.done, progress.files);
            ui.print_failure(&mut err, diags, |errors| match done {
                0 => t!("publish-failed", errors = errors),
                _ => t!(
                    "publish-stopped",
                    errors = errors,
                    done = done,
                    files = files
                ),
            });
            return ExitCode::FAILURE;
        }
    };
    for d in report.warnings.sorted() {
        ui.print_diagnostic(&mut err, &d);
    }
    // As `ozyq build` says them: the published site's old addresses now lead
    // elsewhere or say the work was withdrawn.
    for c in &report.address_changes {
        out!("{}", ui.say(c.text()));
    }
    let plan = &report.plan;
    let (target, url) = (report.target.as_str(), report.url.as_str());
    let (uploads, deletes) = (plan.uploads.len(), plan.deletes.len());
    let line = if opts.dry_run {
        for rel in &plan.uploads {
            out!(
                "{}",
                ui.say(t!("publish-would-upload", path = rel.as_str()))
            );
        }
        for rel in &plan.deletes {
            out!(
                "{}",
                ui.say(t!("publish-would-delete", path = rel.as_str()))
            );
        }
        t!(
            "publish-dry-run",
            uploads = uploads,
            deletes = deletes,
            target = target,
            url = url,
            unchanged = report.unchanged
        )
    } else {
        t!(
            "publish-done",
            uploads = uploads,
            kb = report.bytes.div_ceil(1024),
            deletes = deletes,
            target = target,
            url = url,
            unchanged = report.unchanged
        )
    };
    out!("{}", ui.say(line));
    ExitCode::SUCCESS
}

/// What `ozyq publish` is asked to do with a place's password in the keyring.
#[derive(Clone, Copy)]
pub enum KeyringChange {
    /// `--save-password`: ask for it and keep it.
    Save,
    /// `--forget-password`: remove it.
    Forget,
}

/// `ozyq publish --save-password|--forget-password [TARGET]`. A password is asked
/// for without showing it on a terminal; else a line of the input is read (for
/// scripts).
pub fn keep_password(
    root: &std::path::Path,
    target: Option<&str>,
    change: KeyringChange,
    ui: Ui,
) -> ExitCode {
    let (name, account) = match ozyq::publish::keyring_account(root, target) {
        Ok(found) => found,
        Err(diags) => {
            let mut err = std::io::stderr();
            ui.print_failure(&mut err, diags, |errors| {
                t!("publish-failed", errors = errors)
            });
            return ExitCode::FAILURE;
        }
    };
    let (account, target) = (account.as_str(), name.as_str());
    let (done, said) = match change {
        KeyringChange::Forget => (
            ozyq::publish::keyring::forget(account),
            t!(
                "publish-password-forgotten",
                account = account,
                target = target
            ),
        ),
        KeyringChange::Save => {
            let prompt = ui.say(t!("publish-password-prompt", account = account));
            let password = match read_password(&prompt) {
                Ok(p) if !p.is_empty() => p,
                Ok(_) => {
                    eprintln!("{}", ui.say(t!("publish-password-empty")));
                    return ExitCode::FAILURE;
                }
                Err(e) => {
                    eprintln!("{}", ui.say(t!("publish-failed", errors = e.to_string())));
                    return ExitCode::FAILURE;
                }
            };
            (
                ozyq::publish::keyring::save(account, &password),
                t!("publish-password-saved", account = account, target = target),
            )
        }
    };
    keyring_said(done, said, ui)
}

/// A password typed at the terminal (not shown), or the input's first line.
fn read_password(prompt: &str) -> std::io::Result<String> {
    let line = if std::io::stdin().is_terminal() {
        let term = console::Term::stderr();
        term.write_str(&format!("{prompt} "))?;
        term.read_secure_line()?
    } else {
        let mut line = String::new();
        std::io::stdin().read_line(&mut line)?;
        line
    };
    Ok(line.trim_end_matches(['\r', '\n']).to_string())
}

/// Says `done` when the keyring did its part, else why not.
fn keyring_said(
    result: Result<(), ozyq::publish::keyring::KeyringError>,
    done: ozyq::messages::Text,
    ui: Ui,
) -> ExitCode {
    match result {
        Ok(()) => {
            out!("{}", ui.say(done));
            ExitCode::SUCCESS
        }
        Err(e) => {
            let d = ozyq::diagnostics::Diagnostic::error(
                ozyq::diagnostics::Location::command_line(),
                e.text(),
            )
            .with_hint(e.hint());
            ui.print_diagnostic(&mut std::io::stderr(), &d);
            ExitCode::FAILURE
        }
    }
}
