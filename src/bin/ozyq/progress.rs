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
            ui.print_failure(&mut err, diags, |errors| {
                t!("publish-failed", errors = errors)
            });
            return ExitCode::FAILURE;
        }
    };
    for d in report.warnings.sorted() {
        ui.print_diagnostic(&mut err, &d);
    }
    let plan = &report.plan;
    let (target, url) = (report.target.as_str(), report.url.as_str());
    let (uploads, deletes) = (plan.uploads.len(), plan.deletes.len());
    let line = if opts.dry_run {
        for rel in &plan.uploads {
            println!(
                "{}",
                ui.say(t!("publish-would-upload", path = rel.as_str()))
            );
        }
        for rel in &plan.deletes {
            println!(
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
    println!("{}", ui.say(line));
    ExitCode::SUCCESS
}
