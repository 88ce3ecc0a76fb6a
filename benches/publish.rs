//! Benchmark: `ozyq publish` of the generated archive over SFTP to an sshd started
//! here on 127.0.0.1 (Debian's openssh-server): the first publish (every file),
//! then, after one entry's title is edited, the publish of that change (build
//! included): how many files travel and how long it takes. Prints figures;
//! asserts nothing about speed.
//!
//!     cargo bench --bench publish                   # 10,000 entries
//!     cargo bench --bench publish -- 2000           # another size

use std::path::Path;
use std::process::{Child, Command};
use std::time::{Duration, Instant};

#[path = "shared/corpus.rs"]
mod corpus;

/// An sshd in `dir` on a free port, and a home with the key it accepts and its
/// host key trusted.
fn sshd(dir: &Path) -> (Child, u16) {
    let keygen = |file: &Path| {
        let st = Command::new("ssh-keygen")
            .args(["-q", "-t", "ed25519", "-N", "", "-f"])
            .arg(file)
            .status()
            .expect("ssh-keygen");
        assert!(st.success());
    };
    std::fs::create_dir_all(dir.join("home/.ssh")).unwrap();
    keygen(&dir.join("host_key"));
    keygen(&dir.join("home/.ssh/id_ed25519"));
    std::fs::copy(
        dir.join("home/.ssh/id_ed25519.pub"),
        dir.join("authorized_keys"),
    )
    .unwrap();
    std::fs::create_dir_all("/run/sshd").unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    std::fs::write(
        dir.join("sshd_config"),
        format!(
            "Port {port}\nListenAddress 127.0.0.1\nHostKey {d}/host_key\nPidFile {d}/sshd.pid\n\
             AuthorizedKeysFile {d}/authorized_keys\nPasswordAuthentication no\nUsePAM no\n\
             StrictModes no\nPermitRootLogin yes\nSubsystem sftp internal-sftp\n",
            d = dir.display()
        ),
    )
    .unwrap();
    let child = Command::new("/usr/sbin/sshd")
        .arg("-D")
        .arg("-f")
        .arg(dir.join("sshd_config"))
        .spawn()
        .expect("/usr/sbin/sshd (apt install openssh-server)");
    let start = Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "sshd did not start"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    let key = std::fs::read_to_string(dir.join("host_key.pub")).unwrap();
    std::fs::write(
        dir.join("home/.ssh/known_hosts"),
        format!("[127.0.0.1]:{port} {key}"),
    )
    .unwrap();
    (child, port)
}

/// Runs `ozyq ARGS` in `site`; returns its last line and the time it took.
fn ozyq(site: &Path, home: &Path, args: &[&str]) -> (String, f64) {
    let t = Instant::now();
    let out = Command::new(env!("CARGO_BIN_EXE_ozyq"))
        .env("OZYQ_LANG", "en")
        .args(args)
        .current_dir(site)
        .env("HOME", home)
        .env_remove("SSH_AUTH_SOCK")
        .output()
        .unwrap();
    let took = t.elapsed().as_secs_f64();
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    (stdout.lines().last().unwrap_or_default().to_string(), took)
}

fn main() {
    let n = corpus::size_from_args();
    let site = corpus::corpus(n);
    let tmp = std::env::temp_dir().join(format!("ozyq-bench-{n}-publish"));
    let _ = std::fs::remove_dir_all(&tmp);
    std::fs::create_dir_all(&tmp).unwrap();
    let (mut server, port) = sshd(&tmp);
    let remote = tmp.join("server/otm");
    let config = std::fs::read_to_string(site.join("config.yaml")).unwrap();
    std::fs::write(
        site.join("config.yaml"),
        format!(
            "{config}publish:\n  college:\n    url: \"sftp://root@127.0.0.1:{port}{}\"\n",
            remote.display()
        ),
    )
    .unwrap();
    let home = tmp.join("home");
    println!("ozyq publish benchmark: {n} entries over SFTP to 127.0.0.1");
    let (line, took) = ozyq(&site, &home, &["publish"]);
    println!("first publish (build included): {took:.2} s: {line}");
    let (line, took) = ozyq(&site, &home, &["publish"]);
    println!("nothing changed (build included): {took:.2} s: {line}");

    // One entry's title edited: its page, its listings and its year's PDFs change.
    let dir = site.join("content/articles");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    files.sort();
    let original = std::fs::read_to_string(&files[0]).unwrap();
    let edited = original.replacen("title: ", "title: Өзгертілген ", 1);
    std::fs::write(&files[0], edited).unwrap();
    let (line, took) = ozyq(&site, &home, &["publish"]);
    println!("one entry's title edited (build included): {took:.2} s: {line}");
    // The same change back, the build and the upload timed apart.
    std::fs::write(&files[0], &original).unwrap();
    let (_, build) = ozyq(&site, &home, &["build"]);
    let (line, took) = ozyq(&site, &home, &["publish", "--no-build"]);
    println!("the edit undone: build {build:.2} s, then publish --no-build {took:.2} s: {line}");
    let _ = server.kill();
    let _ = server.wait();
    std::fs::write(site.join("config.yaml"), config).unwrap();
}
