//! `ozyq publish` against real servers started here on 127.0.0.1: OpenSSH's
//! sshd (its own config, host key and authorized key in a temp folder, on a
//! free port) and pyftpdlib (FTP and FTPS). The sample site is published, edited
//! and published again; uploads are interrupted; logins, host keys, permissions
//! and a full disk go wrong.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::Fixture;

/// A port nobody listens on right now.
fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn wait_for_port(port: u16) {
    let start = Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "the server on {port} did not start"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn run(cmd: &mut Command) {
    let out = cmd.output().unwrap_or_else(|e| panic!("{cmd:?}: {e}"));
    assert!(
        out.status.success(),
        "{cmd:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// An sshd of the test's own, and a home folder whose `.ssh` has the user's key
/// and (when trusted) the server's key in `known_hosts`.
struct Sshd {
    dir: tempfile::TempDir,
    port: u16,
    child: Child,
}

impl Sshd {
    /// Starts sshd; `read_only` serves SFTP that refuses every write.
    fn start(read_only: bool) -> Sshd {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        std::fs::create_dir_all(d.join("home/.ssh")).unwrap();
        let keygen = |file: &Path| {
            run(Command::new("ssh-keygen")
                .args(["-q", "-t", "ed25519", "-N", "", "-f"])
                .arg(file));
        };
        keygen(&d.join("host_key"));
        keygen(&d.join("home/.ssh/id_ed25519"));
        std::fs::copy(
            d.join("home/.ssh/id_ed25519.pub"),
            d.join("authorized_keys"),
        )
        .unwrap();
        std::fs::create_dir_all("/run/sshd").unwrap();
        let port = free_port();
        let config = format!(
            "Port {port}\nListenAddress 127.0.0.1\nHostKey {d}/host_key\nPidFile {d}/sshd.pid\n\
             AuthorizedKeysFile {d}/authorized_keys\nPasswordAuthentication no\n\
             KbdInteractiveAuthentication no\nUsePAM no\nStrictModes no\nPermitRootLogin yes\n\
             Subsystem sftp internal-sftp{}\n",
            if read_only { " -R" } else { "" },
            d = d.display()
        );
        std::fs::write(d.join("sshd_config"), config).unwrap();
        let child = Command::new("/usr/sbin/sshd")
            .arg("-D")
            .arg("-f")
            .arg(d.join("sshd_config"))
            .arg("-E")
            .arg(d.join("sshd.log"))
            .spawn()
            .expect("sshd (openssh-server) starts");
        wait_for_port(port);
        let sshd = Sshd { dir, port, child };
        sshd.trust(&sshd.home());
        sshd
    }

    fn home(&self) -> PathBuf {
        self.dir.path().join("home")
    }

    /// Writes the server's key into `home`'s known_hosts.
    fn trust(&self, home: &Path) {
        let key = std::fs::read_to_string(self.dir.path().join("host_key.pub")).unwrap();
        std::fs::create_dir_all(home.join(".ssh")).unwrap();
        std::fs::write(
            home.join(".ssh/known_hosts"),
            format!("[127.0.0.1]:{} {key}", self.port),
        )
        .unwrap();
    }

    fn url(&self, folder: &Path) -> String {
        format!(
            "sftp://{}@127.0.0.1:{}{}",
            whoami(),
            self.port,
            folder.display()
        )
    }
}

impl Drop for Sshd {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn whoami() -> String {
    let out = Command::new("id").arg("-un").output().unwrap();
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

/// The sample site of the repository, in a fixture, publishing to `url`.
fn sample(url: &str) -> Fixture {
    let f = Fixture::new();
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    for dir in ["content", "data"] {
        copy_dir(&repo.join(dir), &f.path(dir));
    }
    let config = std::fs::read_to_string(repo.join("config.yaml")).unwrap();
    f.write(
        "config.yaml",
        &format!("{config}\npublish:\n  college:\n    url: \"{url}\"\n"),
    );
    f
}

fn copy_dir(from: &Path, to: &Path) {
    for item in walkdir::WalkDir::new(from) {
        let item = item.unwrap();
        let dest = to.join(item.path().strip_prefix(from).unwrap());
        if item.file_type().is_dir() {
            std::fs::create_dir_all(&dest).unwrap();
        } else {
            std::fs::copy(item.path(), &dest).unwrap();
        }
    }
}

/// Every file under `dir` with its bytes, without ozyq's own files.
fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e
                .path()
                .strip_prefix(dir)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            (rel, std::fs::read(e.path()).unwrap())
        })
        .filter(|(rel, _)| !rel.starts_with(".ozyq-"))
        .collect()
}

fn assert_same_tree(server: &Path, output: &Path) {
    let (a, b) = (tree(server), tree(output));
    let only = |x: &BTreeMap<String, Vec<u8>>, y: &BTreeMap<String, Vec<u8>>| -> Vec<String> {
        x.keys().filter(|k| !y.contains_key(*k)).cloned().collect()
    };
    assert_eq!(only(&a, &b), Vec::<String>::new(), "only on the server");
    assert_eq!(only(&b, &a), Vec::<String>::new(), "only in output/");
    let differ: Vec<&String> = a.keys().filter(|k| a[*k] != b[*k]).collect();
    assert!(differ.is_empty(), "differ: {differ:?}");
    assert!(
        !server.join(".ozyq-uploading").exists(),
        "nothing left in transit"
    );
}

/// Runs `ozyq publish ARGS` in the site with `home` as HOME; returns (ok, stdout, stderr).
fn publish(
    f: &Fixture,
    home: &Path,
    args: &[&str],
    env: &[(&str, &str)],
) -> (bool, String, String) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_ozyq"));
    cmd.env("OZYQ_LANG", "en");
    cmd.arg("publish")
        .args(args)
        .current_dir(f.root())
        .env("HOME", home)
        .env("NO_COLOR", "1")
        .env_remove("SSH_AUTH_SOCK")
        .env_remove("OZYQ_PUBLISH_PASSWORD");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The number in «N files uploaded».
fn uploaded(stdout: &str) -> usize {
    let before = stdout.split(" files uploaded").next().unwrap();
    before
        .rsplit(' ')
        .next()
        .unwrap()
        .parse()
        .unwrap_or_else(|_| panic!("{stdout}"))
}

/// Changes one entry's title: its page, listings and catalogue change.
fn edit_one_entry(f: &Fixture) {
    let rel = "content/seminars/sandyq-sauattylyq-seminar.md";
    let text = f.read(rel);
    let title = text
        .lines()
        .find(|l| l.starts_with("title:"))
        .unwrap()
        .to_string();
    f.write(
        rel,
        &text.replacen(&title, "title: \"Сандық сауаттылық: жаңа тақырып\"", 1),
    );
}

#[test]
fn sftp_sends_only_what_changed_and_the_server_ends_with_the_output() {
    let sshd = Sshd::start(false);
    let server = tempfile::tempdir().unwrap();
    let site = server.path().join("www/otm");
    let f = sample(&sshd.url(&site));
    let home = sshd.home();
    let (ok, out, err) = publish(&f, &home, &[], &[]);
    assert!(ok, "{err}");
    let output = f.path("output");
    assert_same_tree(&site, &output);
    assert_eq!(uploaded(&out), tree(&output).len(), "{out}");

    // Nothing changed: nothing travels.
    let (ok, out, err) = publish(&f, &home, &[], &[]);
    assert!(ok, "{err}");
    assert_eq!(uploaded(&out), 0, "{out}");

    // One entry edited: a dry run says what would travel, and that travels.
    edit_one_entry(&f);
    let (ok, dry, err) = publish(&f, &home, &["--dry-run"], &[]);
    assert!(ok, "{err}");
    let listed = dry.lines().filter(|l| l.starts_with("upload ")).count();
    assert!(
        dry.contains("upload seminars/sandyq-sauattylyq-seminar/index.html"),
        "{dry}"
    );
    assert!(
        tree(&site) != tree(&output),
        "a dry run changes nothing on the server"
    );
    let (ok, out, err) = publish(&f, &home, &["--no-build"], &[]);
    assert!(ok, "{err}");
    let sent = uploaded(&out);
    assert_eq!(sent, listed, "{out}");
    // The sample is in two languages: the Russian listings show the entry too.
    assert!(
        (1..=60).contains(&sent),
        "a one-entry change sends {sent} files"
    );
    assert_same_tree(&site, &output);

    // An entry removed: the files no page has any more are deleted (its old
    // address keeps a page saying it was withdrawn).
    std::fs::remove_file(f.path("content/seminars/sandyq-sauattylyq-seminar.md")).unwrap();
    let (ok, out, err) = publish(&f, &home, &[], &[]);
    assert!(ok, "{err}");
    assert!(!out.contains(" 0 deleted"), "{out}");
    // Said as `ozyq build` says it.
    assert!(
        out.contains(
            "withdrawn: seminars/sandyq-sauattylyq-seminar/ (content/seminars/sandyq-sauattylyq-seminar.md is gone)"
        ),
        "{out}"
    );
    assert_same_tree(&site, &output);
}

#[test]
fn an_interrupted_publish_leaves_no_half_file_and_the_next_one_completes_it() {
    let sshd = Sshd::start(false);
    let server = tempfile::tempdir().unwrap();
    let site = server.path().join("otm");
    let f = sample(&sshd.url(&site));
    // Large attachments, so that the upload lasts long enough to be stopped.
    let mut attachments = String::from("attachments:\n");
    for n in 0..24 {
        let bytes: Vec<u8> = (0..2_000_000u32)
            .map(|i| (i.wrapping_mul(2_654_435_761) >> (n % 8)) as u8)
            .collect();
        f.write_bytes(&format!("content/articles/big/file-{n}.bin"), &bytes);
        attachments.push_str(&format!("  - file: file-{n}.bin\n    title: Файл {n}\n"));
    }
    f.write(
        "content/articles/big/index.md",
        &format!("---\ntitle: Үлкен файлдар\ndate: 2025-10-01\nauthors: [abenova-g]\n{attachments}---\nМәтін.\n"),
    );
    f.build_ok();
    let home = sshd.home();
    let mut child = Command::new(env!("CARGO_BIN_EXE_ozyq"))
        .env("OZYQ_LANG", "en")
        .args(["publish", "--no-build"])
        .current_dir(f.root())
        .env("HOME", &home)
        .env_remove("SSH_AUTH_SOCK")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Stopped once some files are there, in the middle of the attachments.
    let start = Instant::now();
    while tree(&site).keys().filter(|k| k.ends_with(".bin")).count() < 3 {
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "the upload did not start"
        );
        assert!(
            child.try_wait().unwrap().is_none(),
            "the upload ended before it was stopped"
        );
        std::thread::sleep(Duration::from_millis(5));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    let output = f.path("output");
    let partial = tree(&site);
    let all = tree(&output);
    assert!(
        partial.len() < all.len(),
        "stopped midway: {} of {}",
        partial.len(),
        all.len()
    );
    for (rel, bytes) in &partial {
        assert!(
            all.get(rel) == Some(bytes),
            "{rel} is not whole on the server"
        );
    }
    let (ok, out, err) = publish(&f, &home, &["--no-build"], &[]);
    assert!(ok, "{err}");
    assert!(
        uploaded(&out) < all.len(),
        "the files already there are not sent again: {out}"
    );
    assert_same_tree(&site, &output);
}

#[test]
fn host_keys_logins_and_refusals_are_clear_errors_and_the_site_stays_whole() {
    let sshd = Sshd::start(false);
    let server = tempfile::tempdir().unwrap();
    let site = server.path().join("otm");
    let f = sample(&sshd.url(&site));
    let (ok, _, err) = publish(&f, &sshd.home(), &[], &[]);
    assert!(ok, "{err}");
    let published = tree(&site);
    edit_one_entry(&f);
    let fails = |home: &Path, needles: &[&str]| {
        let (ok, _, err) = publish(&f, home, &[], &[]);
        assert!(!ok, "should fail");
        for n in needles {
            assert!(err.contains(n), "{n}\n{err}");
        }
        assert!(
            err.contains("config.yaml:"),
            "located at the target's url: {err}"
        );
        assert_eq!(tree(&site), published, "the server's site is untouched");
    };
    // A host not in known_hosts.
    let stranger = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(stranger.path().join(".ssh")).unwrap();
    std::fs::copy(
        sshd.home().join(".ssh/id_ed25519"),
        stranger.path().join(".ssh/id_ed25519"),
    )
    .unwrap();
    fails(
        stranger.path(),
        &[
            "is not known",
            "SHA256:",
            &format!("ssh-keyscan -p {} 127.0.0.1", sshd.port),
        ],
    );
    // A host whose key is another one than known_hosts says.
    let other = Sshd::start(false);
    other.trust(stranger.path());
    std::fs::write(
        stranger.path().join(".ssh/known_hosts"),
        std::fs::read_to_string(stranger.path().join(".ssh/known_hosts"))
            .unwrap()
            .replace(&other.port.to_string(), &sshd.port.to_string()),
    )
    .unwrap();
    fails(stranger.path(), &["has another key"]);
    // A key the server does not accept.
    let no_key = tempfile::tempdir().unwrap();
    sshd.trust(no_key.path());
    run(Command::new("ssh-keygen")
        .args(["-q", "-t", "ed25519", "-N", "", "-f"])
        .arg(no_key.path().join(".ssh/id_ed25519")));
    fails(no_key.path(), &["refused to log in", "id_ed25519"]);
    // Nobody listening.
    let port = free_port();
    f.write(
        "config.yaml",
        &f.read("config.yaml")
            .replace(&format!(":{}/", sshd.port), &format!(":{port}/")),
    );
    // Said in the user's words, not the system's («Connection refused (os error 111)»).
    fails(
        &sshd.home(),
        &[
            "cannot connect to 127.0.0.1:",
            ": the server refused the connection",
        ],
    );
    // A folder the server does not let us write.
    let read_only = Sshd::start(true);
    f.write(
        "config.yaml",
        &f.read("config.yaml")
            .replace(&format!(":{port}/"), &format!(":{}/", read_only.port)),
    );
    fails(&read_only.home(), &["refused to write"]);
}

/// An asyncssh SFTP server (`tests/servers/sftp_password.py`) that takes user
/// `metodist` with `password` and no key, serving `dir/server`; and a home with
/// its host key trusted and no key of its own. Returns the server, its port and
/// the home.
fn password_server(d: &Path, password: &str) -> (Stopped, u16, PathBuf) {
    run(Command::new("ssh-keygen")
        .args(["-q", "-t", "ed25519", "-N", "", "-f"])
        .arg(d.join("host_key")));
    let root = d.join("server");
    std::fs::create_dir_all(&root).unwrap();
    let port = free_port();
    let server = Stopped(
        Command::new("/usr/bin/python3")
            .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/servers/sftp_password.py"))
            .arg(port.to_string())
            .arg(d.join("host_key"))
            .arg(&root)
            .args(["metodist", password])
            .stdout(Stdio::null())
            .spawn()
            .expect("python3 with asyncssh (python3-asyncssh) starts"),
    );
    wait_for_port(port);
    let home = d.join("home");
    std::fs::create_dir_all(home.join(".ssh")).unwrap();
    let key = std::fs::read_to_string(d.join("host_key.pub")).unwrap();
    std::fs::write(
        home.join(".ssh/known_hosts"),
        format!("[127.0.0.1]:{port} {key}"),
    )
    .unwrap();
    (server, port, home)
}

/// SFTP with a password (OZYQ_PUBLISH_PASSWORD), when no key is there to try: the
/// right one publishes, a wrong one is refused by name and changes nothing.
#[test]
fn sftp_logs_in_with_a_password_and_a_wrong_one_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let root = d.join("server");
    let (_server, port, home) = password_server(d, "Құпия сөз 2025");
    let f = sample(&format!("sftp://metodist@127.0.0.1:{port}/otm"));
    let right = [("OZYQ_PUBLISH_PASSWORD", "Құпия сөз 2025")];
    let (ok, out, err) = publish(&f, &home, &[], &right);
    assert!(ok, "{err}");
    assert_same_tree(&root.join("otm"), &f.path("output"));
    assert!(uploaded(&out) > 100, "{out}");
    let published = tree(&root.join("otm"));
    edit_one_entry(&f);
    let (ok, _, err) = publish(&f, &home, &[], &[("OZYQ_PUBLISH_PASSWORD", "құпия")]);
    assert!(!ok);
    assert!(err.contains("the password"), "{err}");
    assert!(err.contains("config.yaml:"), "{err}");
    assert_eq!(
        tree(&root.join("otm")),
        published,
        "the server's site is untouched"
    );
    let (ok, _, err) = publish(&f, &home, &[], &[]);
    assert!(!ok);
    assert!(err.contains("no password"), "{err}");
}

/// A Secret Service of the test's own, as a Linux desktop has: a private D-Bus
/// session bus and GNOME Keyring's daemon with a new, unlocked login keyring in a
/// home of its own. Stopped when dropped.
struct SecretService {
    dir: tempfile::TempDir,
    bus: Child,
    keyring: Child,
    address: String,
}

impl SecretService {
    fn start() -> SecretService {
        use std::io::{BufRead, Write};
        let dir = tempfile::tempdir().unwrap();
        let run_dir = dir.path().join("run");
        std::fs::create_dir_all(dir.path().join("home")).unwrap();
        std::fs::create_dir_all(&run_dir).unwrap();
        let mut bus = Command::new("dbus-daemon")
            .args(["--session", "--nofork", "--nopidfile", "--print-address=1"])
            .arg(format!(
                "--address=unix:path={}",
                run_dir.join("bus").display()
            ))
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("dbus-daemon (Debian's dbus-daemon) starts");
        // It prints its address when it is ready.
        let mut address = String::new();
        std::io::BufReader::new(bus.stdout.take().unwrap())
            .read_line(&mut address)
            .unwrap();
        let address = address.trim().to_string();
        let env = Self::env_of(dir.path(), &address);
        let mut keyring = Command::new("gnome-keyring-daemon")
            .args(["--foreground", "--unlock", "--components=secrets"])
            .envs(env.iter().map(|(k, v)| (k, v)))
            .env("HOME", dir.path().join("home"))
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("gnome-keyring-daemon (Debian's gnome-keyring) starts");
        // The login keyring's own password; its end (EOF) tells the daemon to go on.
        let mut stdin = keyring.stdin.take().unwrap();
        stdin.write_all(b"keyring of the test").unwrap();
        drop(stdin);
        let service = SecretService {
            dir,
            bus,
            keyring,
            address,
        };
        // Until the daemon owns its name, a call would make the bus start another
        // one of its own, whose keyring is locked.
        let start = Instant::now();
        while !service.is_up() {
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "gnome-keyring-daemon did not take org.freedesktop.secrets"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        service
    }

    /// What a program needs to find this service.
    fn env(&self) -> Vec<(String, String)> {
        Self::env_of(self.dir.path(), &self.address)
    }

    fn env_of(dir: &Path, address: &str) -> Vec<(String, String)> {
        let path = |p: &str| dir.join(p).display().to_string();
        vec![
            ("DBUS_SESSION_BUS_ADDRESS".into(), address.into()),
            ("XDG_RUNTIME_DIR".into(), path("run")),
            ("XDG_DATA_HOME".into(), path("home/.local/share")),
        ]
    }

    fn is_up(&self) -> bool {
        let out = Command::new("dbus-send")
            .args(["--session", "--print-reply", "--dest=org.freedesktop.DBus"])
            .args(["/org/freedesktop/DBus", "org.freedesktop.DBus.NameHasOwner"])
            .arg("string:org.freedesktop.secrets")
            .envs(self.env())
            .output()
            .expect("dbus-send runs");
        String::from_utf8_lossy(&out.stdout).contains("boolean true")
    }
}

impl Drop for SecretService {
    fn drop(&mut self) {
        for child in [&mut self.keyring, &mut self.bus] {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

/// `ozyq publish --save-password` keeps the password in the system's keyring (a
/// real Secret Service, GNOME Keyring's), from where a publish with nothing in the
/// environment takes it; a password in the environment comes first;
/// `--forget-password` removes it again.
#[test]
fn a_password_kept_in_the_system_keyring_logs_in() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let root = d.join("server");
    let (_server, port, home) = password_server(d, "Құпия сөз 2025");
    let f = sample(&format!("sftp://metodist@127.0.0.1:{port}/otm"));
    let keyring = SecretService::start();
    let env: Vec<(String, String)> = keyring.env();
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let account = format!("sftp://metodist@127.0.0.1:{port}");

    // Nothing kept yet: no password to log in with.
    let (ok, _, err) = publish(&f, &home, &[], &env);
    assert!(!ok);
    assert!(err.contains("no password"), "{err}");

    let save = |input: &str| {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_ozyq"));
        cmd.args(["publish", "--save-password"])
            .current_dir(f.root())
            .env("OZYQ_LANG", "en")
            .env("HOME", &home)
            .envs(env.iter().copied())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = cmd.spawn().unwrap();
        use std::io::Write;
        child
            .stdin
            .take()
            .unwrap()
            .write_all(input.as_bytes())
            .unwrap();
        child.wait_with_output().unwrap()
    };
    let kept = save("Құпия сөз 2025\n");
    let said = String::from_utf8_lossy(&kept.stdout);
    assert!(
        kept.status.success(),
        "{}",
        String::from_utf8_lossy(&kept.stderr)
    );
    assert!(
        said.contains(&account) && said.contains("keyring"),
        "{said}"
    );

    let (ok, out, err) = publish(&f, &home, &[], &env);
    assert!(ok, "{err}");
    assert_same_tree(&root.join("otm"), &f.path("output"));
    assert!(uploaded(&out) > 100, "{out}");

    // The environment's password comes first, even when wrong.
    edit_one_entry(&f);
    let mut wrong = env.clone();
    wrong.push(("OZYQ_PUBLISH_PASSWORD", "құпия"));
    let (ok, _, err) = publish(&f, &home, &[], &wrong);
    assert!(!ok);
    assert!(err.contains("the password"), "{err}");
    let (ok, _, err) = publish(&f, &home, &[], &env);
    assert!(ok, "{err}");
    assert_same_tree(&root.join("otm"), &f.path("output"));

    // An empty line keeps nothing, and the kept password stays.
    let empty = save("\n");
    assert!(!empty.status.success());
    assert!(String::from_utf8_lossy(&empty.stderr).contains("no password was given"));

    let (ok, out, err) = publish(&f, &home, &["--forget-password"], &env);
    assert!(ok, "{err}");
    assert!(out.contains("removed"), "{out}");
    let (ok, _, err) = publish(&f, &home, &["--forget-password"], &env);
    assert!(!ok);
    assert!(
        err.contains("no password is kept for") && err.contains(&account),
        "{err}"
    );
    edit_one_entry(&f);
    let (ok, _, err) = publish(&f, &home, &[], &env);
    assert!(!ok);
    assert!(err.contains("no password"), "{err}");
}

/// A server process, stopped when the test ends, passed or not.
struct Stopped(Child);

impl Drop for Stopped {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[test]
fn a_full_disk_stops_the_publish_cleanly_and_the_next_one_completes_it() {
    let sshd = Sshd::start(false);
    let server = tempfile::tempdir().unwrap();
    let disk = server.path().join("disk");
    std::fs::create_dir_all(&disk).unwrap();
    // A 1 MB tmpfs: the sample site (several MB) does not fit.
    let mounted = Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=1m", "tmpfs"])
        .arg(&disk)
        .status()
        .expect("mount runs");
    assert!(
        mounted.success(),
        "the test mounts a small tmpfs (it runs as root in CI)"
    );
    struct Unmount(PathBuf);
    impl Drop for Unmount {
        fn drop(&mut self) {
            let _ = Command::new("umount").arg(&self.0).status();
        }
    }
    let _unmount = Unmount(disk.clone());
    let site = disk.join("otm");
    let f = sample(&sshd.url(&site));
    let (ok, _, err) = publish(&f, &sshd.home(), &[], &[]);
    assert!(!ok, "the publish fails");
    assert!(
        err.contains("no space left") || err.contains("full disk"),
        "{err}"
    );
    // Not «nothing was published»: the files that arrived are in place.
    assert!(
        err.contains("the publish stopped after ")
            && err.contains("the server has part of the new site"),
        "{err}"
    );
    let output = f.path("output");
    let all = tree(&output);
    for (rel, bytes) in tree(&site) {
        assert!(
            all.get(&rel) == Some(&bytes),
            "{rel} is not whole on the server"
        );
    }
    // More space, and the next publish completes the site.
    run(Command::new("mount")
        .args(["-o", "remount,size=64m"])
        .arg(&disk));
    let (ok, _, err) = publish(&f, &sshd.home(), &["--no-build"], &[]);
    assert!(ok, "{err}");
    assert_same_tree(&site, &output);
}

/// A pyftpdlib server in `root` for user `otm`, password `secret`.
struct Ftpd {
    port: u16,
    child: Child,
    _dir: tempfile::TempDir,
}

impl Ftpd {
    fn start(root: &Path, perm: &str, tls: bool) -> Ftpd {
        let dir = tempfile::tempdir().unwrap();
        let port = free_port();
        let tls_setup = if tls {
            // A certificate authority of the test's own, and the server's
            // certificate signed by it.
            let d = dir.path();
            run(Command::new("openssl")
                .args([
                    "req",
                    "-x509",
                    "-newkey",
                    "rsa:2048",
                    "-nodes",
                    "-days",
                    "2",
                    "-subj",
                    "/CN=ozyq test CA",
                ])
                .arg("-keyout")
                .arg(d.join("ca-key.pem"))
                .arg("-out")
                .arg(d.join("ca.pem")));
            run(Command::new("openssl")
                .args([
                    "req",
                    "-newkey",
                    "rsa:2048",
                    "-nodes",
                    "-subj",
                    "/CN=localhost",
                ])
                .arg("-keyout")
                .arg(d.join("key.pem"))
                .arg("-out")
                .arg(d.join("server.csr")));
            std::fs::write(
                d.join("ext.cnf"),
                "subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\n",
            )
            .unwrap();
            run(Command::new("openssl")
                .args(["x509", "-req", "-days", "2", "-CAcreateserial"])
                .arg("-in")
                .arg(d.join("server.csr"))
                .arg("-CA")
                .arg(d.join("ca.pem"))
                .arg("-CAkey")
                .arg(d.join("ca-key.pem"))
                .arg("-extfile")
                .arg(d.join("ext.cnf"))
                .arg("-out")
                .arg(d.join("cert.pem")));
            format!(
                "from pyftpdlib.handlers import TLS_FTPHandler as H\nH.certfile = {:?}\nH.keyfile = {:?}\nH.tls_control_required = True\nH.tls_data_required = True\n",
                dir.path().join("cert.pem"),
                dir.path().join("key.pem")
            )
        } else {
            "from pyftpdlib.handlers import FTPHandler as H\n".into()
        };
        let script = format!(
            "{tls_setup}from pyftpdlib.authorizers import DummyAuthorizer\nfrom pyftpdlib.servers import FTPServer\n\
             a = DummyAuthorizer()\na.add_user('otm', 'secret', {:?}, perm={perm:?})\nH.authorizer = a\n\
             FTPServer(('127.0.0.1', {port}), H).serve_forever()\n",
            root.to_string_lossy()
        );
        std::fs::write(dir.path().join("ftpd.py"), script).unwrap();
        let child = Command::new("/usr/bin/python3")
            .arg(dir.path().join("ftpd.py"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("python3 with pyftpdlib starts");
        wait_for_port(port);
        Ftpd {
            port,
            child,
            _dir: dir,
        }
    }

    /// The certificate authority that signed the FTPS server's certificate.
    fn cert(&self) -> PathBuf {
        self._dir.path().join("ca.pem")
    }
}

impl Drop for Ftpd {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn ftp_and_ftps_publish_and_a_wrong_password_or_a_read_only_user_is_refused() {
    let server = tempfile::tempdir().unwrap();
    let ftpd = Ftpd::start(server.path(), "elradfmw", false);
    let f = sample(&format!("ftp://otm@127.0.0.1:{}/www/otm", ftpd.port));
    let home = tempfile::tempdir().unwrap();
    let password = [("OZYQ_PUBLISH_PASSWORD", "secret")];
    let (ok, _, err) = publish(&f, home.path(), &[], &password);
    assert!(ok, "{err}");
    let site = server.path().join("www/otm");
    assert_same_tree(&site, &f.path("output"));
    edit_one_entry(&f);
    let (ok, out, err) = publish(&f, home.path(), &[], &password);
    assert!(ok, "{err}");
    assert!((1..=60).contains(&uploaded(&out)), "{out}");
    assert_same_tree(&site, &f.path("output"));

    let published = tree(&site);
    let (ok, _, err) = publish(&f, home.path(), &[], &[("OZYQ_PUBLISH_PASSWORD", "wrong")]);
    assert!(!ok);
    // The server's reply once, and a hint for a password only (no SSH keys).
    assert!(
        err.contains("the password was not accepted (the server said: 530 "),
        "{err}"
    );
    assert!(!err.contains("530 530") && !err.contains("~/.ssh"), "{err}");
    let (ok, _, err) = publish(&f, home.path(), &[], &[]);
    assert!(!ok);
    assert!(
        err.contains("no password was given") && err.contains("OZYQ_PUBLISH_PASSWORD"),
        "{err}"
    );

    let reader = Ftpd::start(server.path(), "elr", false);
    f.write(
        "config.yaml",
        &f.read("config.yaml")
            .replace(&format!(":{}/", ftpd.port), &format!(":{}/", reader.port)),
    );
    f.write(
        "content/articles/new.md",
        "---\ntitle: Жаңа мақала\ndate: 2025-12-01\nauthors: [abenova-g]\n---\nМәтін.\n",
    );
    let (ok, _, err) = publish(&f, home.path(), &[], &password);
    assert!(!ok);
    assert!(err.contains("refused to write"), "{err}");
    assert_eq!(tree(&site), published, "the server's site is untouched");

    // FTPS: the server's certificate is checked (here against its own, given as
    // the trusted authority by SSL_CERT_FILE).
    let secure = Ftpd::start(server.path(), "elradfmw", true);
    let cert = secure.cert();
    f.write(
        "config.yaml",
        &f.read("config.yaml").replace(
            &format!("ftp://otm@127.0.0.1:{}/", reader.port),
            &format!("ftps://otm@localhost:{}/", secure.port),
        ),
    );
    let trusted = [
        ("OZYQ_PUBLISH_PASSWORD", "secret"),
        ("SSL_CERT_FILE", cert.to_str().unwrap()),
    ];
    let (ok, out, err) = publish(&f, home.path(), &[], &trusted);
    assert!(ok, "{err}");
    assert!(uploaded(&out) >= 1, "{out}");
    assert_same_tree(&site, &f.path("output"));
    // Without trusting that certificate, the connection is refused.
    edit_one_entry(&f);
    let (ok, _, err) = publish(
        &f,
        home.path(),
        &[],
        &[
            ("OZYQ_PUBLISH_PASSWORD", "secret"),
            ("SSL_CERT_FILE", "/nonexistent"),
        ],
    );
    assert!(!ok, "an untrusted certificate is refused");
    assert!(err.contains("TLS") || err.contains("certificate"), "{err}");
}

#[test]
fn a_folder_target_and_a_password_in_config_yaml() {
    let share = tempfile::tempdir().unwrap();
    let url = url_of(&share.path().join("otm"));
    let f = sample(&url);
    let home = tempfile::tempdir().unwrap();
    let (ok, out, err) = publish(&f, home.path(), &[], &[]);
    assert!(ok, "{err}");
    assert!(out.contains("files uploaded"), "{out}");
    assert_same_tree(&share.path().join("otm"), &f.path("output"));

    f.write(
        "config.yaml",
        &format!("{}    password: hunter2\n", f.read("config.yaml")),
    );
    let (ok, _, err) = publish(&f, home.path(), &[], &[]);
    assert!(!ok);
    let line = f.read("config.yaml").lines().count();
    assert!(
        err.contains(&format!("config.yaml:{line}:")),
        "at the password's line: {err}"
    );
    assert!(err.contains("OZYQ_PUBLISH_PASSWORD"), "{err}");
    assert_eq!(err.matches("OZYQ_PUBLISH_PASSWORD").count(), 1, "{err}");
    // Every command that reads the settings warns of it at its line, and works.
    for command in ["check", "build"] {
        let (ok, _, err) = f.run(&[command]);
        assert!(ok, "{command}: {err}");
        assert!(
            err.contains(&format!("warning: config.yaml:{line}:"))
                && err.contains("OZYQ_PUBLISH_PASSWORD"),
            "{command}: {err}"
        );
    }
    let (ok, _, err) = publish(&f, home.path(), &["usb"], &[]);
    assert!(!ok);
    assert!(err.contains("no place `usb`"), "{err}");

    // A server name no one knows (a typo), said so, not in the system's words.
    let f = sample("sftp://otm@college.invalid/otm");
    let (ok, _, err) = publish(&f, home.path(), &[], &[]);
    assert!(!ok);
    assert!(
        err.contains("cannot connect to college.invalid:22: no server by this name is known")
            && !err.contains("lookup"),
        "{err}"
    );
}

/// A folder holding a site ozyq did not publish there (the college's own, when
/// `url:` names its folder instead of the one beneath it) is not written over
/// without `--force`; nothing is uploaded before the refusal.
#[test]
fn a_folder_holding_another_site_is_not_written_over() {
    let share = tempfile::tempdir().unwrap();
    let college = share.path().join("www");
    std::fs::create_dir_all(college.join("static")).unwrap();
    std::fs::write(college.join("index.html"), "COLLEGE MAIN SITE").unwrap();
    std::fs::write(college.join("robots.txt"), "User-agent: *").unwrap();
    std::fs::write(college.join("news.html"), "news").unwrap();
    let f = sample(&url_of(&college));
    let home = tempfile::tempdir().unwrap();
    let (ok, _, err) = publish(&f, home.path(), &[], &[]);
    assert!(!ok);
    assert!(
        err.contains("the place's folder holds a site ozyq did not publish there: publishing would write over index.html, robots.txt"),
        "{err}"
    );
    assert!(err.contains("`ozyq publish college --force`"), "{err}");
    assert_eq!(
        std::fs::read_to_string(college.join("index.html")).unwrap(),
        "COLLEGE MAIN SITE"
    );
    assert!(!college.join("404.html").exists());

    // Told to, it replaces them; the next publish needs no telling.
    let (ok, _, err) = publish(&f, home.path(), &["--force"], &[]);
    assert!(ok, "{err}");
    assert_ne!(
        std::fs::read_to_string(college.join("index.html")).unwrap(),
        "COLLEGE MAIN SITE"
    );
    assert_eq!(
        std::fs::read_to_string(college.join("news.html")).unwrap(),
        "news"
    );
    let (ok, _, err) = publish(&f, home.path(), &["--no-build"], &[]);
    assert!(ok, "{err}");
}

/// A first publish cut short leaves its files and an empty record: publishing
/// again goes on, it is no other site.
#[test]
fn a_first_publish_cut_short_goes_on() {
    let share = tempfile::tempdir().unwrap();
    let otm = share.path().join("otm");
    std::fs::create_dir_all(&otm).unwrap();
    std::fs::write(otm.join("index.html"), "half of a first publish").unwrap();
    std::fs::write(otm.join(".ozyq-published"), "").unwrap();
    let f = sample(&url_of(&otm));
    let home = tempfile::tempdir().unwrap();
    let (ok, _, err) = publish(&f, home.path(), &[], &[]);
    assert!(ok, "{err}");
    assert_same_tree(&otm, &f.path("output"));
}

/// A folder to publish to that is the site's own, holds it, or lies in one of
/// its folders is refused before anything is built or written: a publish
/// writes the whole site there, over what it finds.
#[test]
fn a_folder_target_in_or_around_the_site_is_refused() {
    let f = Fixture::valid();
    let root = f.root().canonicalize().unwrap();
    let config = f.read("config.yaml");
    let before = tree_of(&root);
    for (folder, says) in [
        (root.clone(), "this folder holds the site's own config.yaml"),
        (
            root.parent().unwrap().to_path_buf(),
            "this folder holds the site's own",
        ),
        (
            root.join("content/open-lessons"),
            "this folder is inside the site's content",
        ),
        (
            root.join("output"),
            "this folder holds the site's own output",
        ),
        (
            root.join(".ozyq-cache/x"),
            "this folder is inside the site's .ozyq-cache",
        ),
    ] {
        f.write(
            "config.yaml",
            &format!(
                "{config}\npublish:\n  usb:\n    url: \"{}\"\n",
                url_of(&folder)
            ),
        );
        let home = tempfile::tempdir().unwrap();
        let (ok, _, err) = publish(&f, home.path(), &[], &[]);
        assert!(!ok, "{folder:?}");
        assert!(err.contains(says), "{folder:?}: {err}");
        assert!(
            err.contains("publish to a folder outside the site's folder"),
            "{err}"
        );
        let line = config.lines().count() + 4;
        assert!(
            err.contains(&format!("config.yaml:{line}:")),
            "at the url: {err}"
        );
        f.write("config.yaml", &config);
        assert_eq!(tree_of(&root), before, "nothing is written: {folder:?}");
    }
    // With several places, the hint's example names one of them.
    f.write(
        "config.yaml",
        &format!("{config}\npublish:\n  usb:\n    url: file:///media/usb\n  share:\n    url: file:///mnt/share\n"),
    );
    let home = tempfile::tempdir().unwrap();
    let (ok, _, err) = publish(&f, home.path(), &[], &[]);
    assert!(!ok);
    assert!(
        err.contains("e.g. `ozyq publish share`; the places are: share, usb"),
        "{err}"
    );
}

/// Links planted in a publish folder lead to other folders of the user's: a
/// publish neither deletes nor writes through them.
#[cfg(unix)]
#[test]
fn a_publish_folder_s_links_are_never_written_or_deleted_through() {
    let share = tempfile::tempdir().unwrap();
    let target = share.path().join("otm");
    let f = sample(&url_of(&target));
    let home = tempfile::tempdir().unwrap();
    let (ok, _, err) = publish(&f, home.path(), &[], &[]);
    assert!(ok, "{err}");
    let elsewhere = share.path().join("mine");
    std::fs::create_dir_all(&elsewhere).unwrap();
    std::fs::write(elsewhere.join("victim.txt"), "mine").unwrap();
    // The server's record names a file under a link (a publish deletes what the
    // site no longer has), and a folder the site writes to is a link.
    std::os::unix::fs::symlink(&elsewhere, target.join("evil")).unwrap();
    std::fs::remove_dir_all(target.join("seminars")).unwrap();
    std::os::unix::fs::symlink(&elsewhere, target.join("seminars")).unwrap();
    let record = target.join(".ozyq-published");
    let mut text: String = (std::fs::read_to_string(&record).unwrap().lines())
        .filter(|l| !l.contains(" seminars/"))
        .map(|l| format!("{l}\n"))
        .collect();
    text.push_str("bc8e97d3c22643ed0e948bf09529b106 7 evil/victim.txt\n");
    std::fs::write(&record, text).unwrap();
    let (ok, _, err) = publish(&f, home.path(), &[], &[]);
    assert!(!ok, "{err}");
    assert!(err.contains("is a link to another place"), "{err}");
    let left: Vec<_> = (std::fs::read_dir(&elsewhere).unwrap())
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(left, ["victim.txt"]);
    assert_eq!(
        std::fs::read_to_string(elsewhere.join("victim.txt")).unwrap(),
        "mine"
    );
}

/// Every file under `root` with its size.
fn tree_of(root: &Path) -> Vec<(PathBuf, u64)> {
    let mut files: Vec<_> = walkdir::WalkDir::new(root)
        .into_iter()
        .map(|e| e.unwrap())
        .filter(|e| e.file_type().is_file())
        .map(|e| (e.path().to_path_buf(), e.metadata().unwrap().len()))
        .collect();
    files.sort();
    files
}

fn url_of(path: &Path) -> String {
    format!("file://{}", path.display())
}
