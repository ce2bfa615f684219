//! Puts the commit the binary was built from into `--version`, when built from a git
//! checkout: `complaint 0.1.0 (commit 1a2b3c4d5e6f, 2026-12-02)`; and turns the lexicons and
//! law packs, written in TOML for people, into JSON for the binary, which reads JSON some
//! eight times faster: every command reads the lexicons, and a letter its pack, at start.

use std::path::Path;
use std::process::Command;

fn git(args: &[&str]) -> Option<String> {
    let out = Command::new("git").args(args).output().ok()?;
    let text = String::from_utf8(out.stdout).ok()?;
    (out.status.success() && !text.trim().is_empty()).then(|| text.trim().to_owned())
}

/// Writes `OUT_DIR/<dir>/<name>.json` for each `<dir>/<name>.toml`, the same tables in the
/// same order, and `OUT_DIR/<dir>.rs`: the files by name, `&[("ru", "{...}"), ...]`, for
/// `include!`, so a new file needs no line of code to be built in. A file that is not valid
/// TOML stops the build, named with its line.
fn data_as_json(dir: &str) {
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join(dir);
    std::fs::create_dir_all(&out).expect("OUT_DIR is writable");
    println!("cargo:rerun-if-changed={dir}");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{dir}: {e}"))
        .map(|e| e.expect("a readable folder").path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    let mut table = String::from("&[\n");
    for path in files {
        println!("cargo:rerun-if-changed={}", path.display());
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
        let value: toml::Value =
            toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let json = serde_json::to_string(&value).expect("TOML without dates is JSON");
        let stem = path.file_stem().expect("a file name").to_string_lossy();
        let written = out.join(format!("{stem}.json"));
        std::fs::write(&written, json).expect("OUT_DIR is writable");
        table.push_str(&format!(
            "    ({stem:?}, include_str!({:?})),\n",
            written.display()
        ));
    }
    table.push(']');
    std::fs::write(out.with_extension("rs"), table).expect("OUT_DIR is writable");
}

fn main() {
    data_as_json("lexicon");
    data_as_json("jurisdictions");
    let version = env!("CARGO_PKG_VERSION");
    let full = match (
        git(&["rev-parse", "--short=12", "HEAD"]),
        git(&["log", "-1", "--format=%cs"]),
    ) {
        (Some(commit), Some(date)) => format!("{version} (commit {commit}, {date})"),
        (Some(commit), None) => format!("{version} (commit {commit})"),
        _ => version.to_owned(),
    };
    println!("cargo:rustc-env=COMPLAINT_VERSION={full}");
    // A new commit changes the version: watch HEAD and the branch it points to.
    if let Some(head) = git(&["rev-parse", "--git-path", "HEAD"]) {
        println!("cargo:rerun-if-changed={head}");
    }
    if let Some(branch) = git(&["symbolic-ref", "-q", "HEAD"]) {
        // A branch is a file of its own, or a line in packed-refs.
        for path in [branch.as_str(), "packed-refs"] {
            if let Some(reference) = git(&["rev-parse", "--git-path", path])
                && std::path::Path::new(&reference).exists()
            {
                println!("cargo:rerun-if-changed={reference}");
            }
        }
    }
    println!("cargo:rerun-if-changed=build.rs");
}
