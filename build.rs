//! Puts the commit the binary was built from into `--version`, when built from a git
//! checkout: `complaint 0.1.0 (commit 1a2b3c4d5e6f, 2026-12-02)`.

use std::process::Command;

fn git(args: &[&str]) -> Option<String> {
    let out = Command::new("git").args(args).output().ok()?;
    let text = String::from_utf8(out.stdout).ok()?;
    (out.status.success() && !text.trim().is_empty()).then(|| text.trim().to_owned())
}

fn main() {
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
