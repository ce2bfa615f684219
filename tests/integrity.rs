//! Nothing lost, nothing written where it should not be: parallel changes to one case,
//! output paths, what killed runs leave, and hostile input that once crashed or hung it.

use std::path::Path;
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use expectrl::Expect;

use crate::pdf::{poppler, run_tool};
use crate::support::{DATE, Env, Run, example_json, example_path};

fn example_bytes() -> Vec<u8> {
    std::fs::read(example_path("en")).unwrap()
}

fn contacts(path: &Path) -> Vec<serde_json::Value> {
    let case: serde_json::Value = serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap();
    case["contacts"].as_array().cloned().unwrap_or_default()
}

/// The names in a folder that a killed run could have left: `.complaint-*`.
fn leftovers(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".complaint-"))
        .collect()
}

/// Waits for a child, killing it (and failing) if it is still running after a minute: a
/// guard against a hang, not a measure of speed.
fn finish(mut child: Child) -> Run {
    let guard = Instant::now() + Duration::from_secs(60);
    while child.try_wait().unwrap().is_none() {
        if Instant::now() > guard {
            child.kill().unwrap();
            panic!("the command hung");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let out = child.wait_with_output().unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn spawn(env: &Env, args: &[&str]) -> Child {
    env.command(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

// ---------------------------------------------------------------------------------------
// Lost updates.

#[test]
fn thirty_parallel_logs_keep_every_contact() {
    let env = Env::new();
    let path = env.write("data/cases/mine.json", example_bytes());
    let before = contacts(Path::new(&path)).len();
    // Half by path, half by saved name: both are the same file.
    let children: Vec<Child> = (0..30)
        .map(|i| {
            let reference = format!("PAR-{i}");
            let case = if i % 2 == 0 { path.as_str() } else { "mine" };
            spawn(
                &env,
                &["log", case, "--channel", "chat", "--reference", &reference],
            )
        })
        .collect();
    for child in children {
        finish(child).ok();
    }
    let after = contacts(Path::new(&path));
    assert_eq!(after.len(), before + 30);
    for i in 0..30 {
        let reference = format!("PAR-{i}");
        assert!(
            after.iter().any(|c| c["reference"] == reference.as_str()),
            "{reference} was lost"
        );
    }
    assert!(leftovers(&env.path("data/cases")).is_empty());
}

// ---------------------------------------------------------------------------------------
// Text that once panicked.

#[test]
fn wide_spaces_before_shouting_are_advice_not_a_crash() {
    let env = Env::new();
    let mut json = example_json("en");
    json["event"]["summary"] = "Charged twice\u{a0}AGAIN!!".into();
    json["goal"]["summary"] = "Refund the duplicate charge\u{2028}now?!".into();
    json["fallback"] = "A credit e\u{301}\u{a0}\u{5e9}\u{5dc}\u{5d5}\u{5dd}?!".into();
    let path = env.write("wide.json", json.to_string());
    let run = env.run(&["validate", &path]).ok();
    assert!(
        run.stdout.contains("\"AGAIN!!\" reads as shouting"),
        "{}",
        run.stdout
    );
    let run = env.run(&["check", &path]).ok();
    assert!(
        run.stdout.contains("\"now?!\" reads as shouting"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("\"שלום?!\""), "{}", run.stdout);
    for what in ["opener", "brief", "message", "letter"] {
        env.run(&[what, &path, "--date", DATE]).ok();
    }
}

// ---------------------------------------------------------------------------------------
// The terminal.

#[test]
fn the_letter_on_a_terminal_cannot_rewrite_the_screen() {
    let env = Env::new();
    let mut json = example_json("en");
    json["event"]["details"] =
        "Seen \x1b[2J\x1b[H cleared, \x1b]52;c;cHduZWQ=\x07 copied, \u{202E}txt.exe".into();
    let path = env.write("escape.json", json.to_string());
    let mut session =
        expectrl::Session::spawn(env.command(&["letter", &path, "--date", DATE])).unwrap();
    session.set_expect_timeout(Some(Duration::from_secs(20)));
    let found = session.expect(expectrl::Eof).unwrap();
    let mut bytes = found.before().to_vec();
    bytes.extend(found.get(0).unwrap_or_default());
    let screen = String::from_utf8_lossy(&bytes).into_owned();
    assert!(screen.contains("Anna Petrova"), "{screen:?}");
    assert!(
        !screen.contains('\x1b') && !screen.contains('\x07') && !screen.contains('\u{202E}'),
        "{screen:?}"
    );
    assert!(screen.contains("\u{241b}]52;c;cHduZWQ="), "{screen:?}");
    // To a file, the text stays as typed.
    env.run(&["letter", &path, "-o", "letter.txt", "--date", DATE])
        .ok();
    assert!(env.read("letter.txt").contains("\x1b]52;c;"));
}

// ---------------------------------------------------------------------------------------
// Output paths.

#[cfg(unix)]
fn mkfifo(path: &Path) {
    use std::os::unix::ffi::OsStrExt;
    let c = std::ffi::CString::new(path.as_os_str().as_bytes()).unwrap();
    // SAFETY: a valid NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
}

#[cfg(unix)]
#[test]
fn letter_never_writes_over_a_link_a_pipe_or_a_device() {
    use std::os::unix::fs::FileTypeExt;
    let env = Env::new();
    let case = example_path("en");
    env.write("real.txt", "mine");
    std::os::unix::fs::symlink(env.path("real.txt"), env.path("link.txt")).unwrap();
    let run = env
        .run(&["letter", &case, "-o", "link.txt", "--force", "--date", DATE])
        .expect_code(74);
    assert!(
        run.stderr.contains("link.txt: it is a symbolic link"),
        "{}",
        run.stderr
    );
    assert!(
        std::fs::symlink_metadata(env.path("link.txt"))
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(env.read("real.txt"), "mine");
    // A pipe stands for every special file: a device node is refused the same way.
    mkfifo(&env.path("pipe"));
    let run = env
        .run(&["letter", &case, "-o", "pipe", "--force", "--format", "pdf"])
        .expect_code(74);
    assert!(
        run.stderr.contains("a device or other special file"),
        "{}",
        run.stderr
    );
    assert!(
        std::fs::symlink_metadata(env.path("pipe"))
            .unwrap()
            .file_type()
            .is_fifo()
    );
    assert!(leftovers(&env.path("")).is_empty());
}

#[cfg(unix)]
#[test]
fn render_writes_only_inside_out_dir_and_never_through_a_link() {
    let env = Env::new();
    env.write("in/...json", example_bytes());
    env.write("in/..json", example_bytes());
    env.write("in/.hidden.json", example_bytes());
    env.run(&["render", "in", "--out-dir", "out/inner", "--date", DATE])
        .ok();
    let mut names: Vec<_> = std::fs::read_dir(env.path("out/inner"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["case", "case-2", "hidden"]);
    for name in &names {
        assert!(env.path(&format!("out/inner/{name}/letter.txt")).is_file());
    }
    assert!(!env.path("out/letter.txt").exists() && !env.path("letter.txt").exists());

    // A link where a case's folder goes receives nothing, even with --force.
    std::fs::create_dir(env.path("elsewhere")).unwrap();
    env.write("in2/victim.json", example_bytes());
    std::fs::create_dir(env.path("out2")).unwrap();
    std::os::unix::fs::symlink(env.path("elsewhere"), env.path("out2/victim")).unwrap();
    for force in [false, true] {
        let mut args = vec!["render", "in2", "--out-dir", "out2"];
        if force {
            args.push("--force");
        }
        let run = env.run(&args).expect_code(74);
        assert!(run.stderr.contains("symbolic link"), "{}", run.stderr);
        assert_eq!(std::fs::read_dir(env.path("elsewhere")).unwrap().count(), 0);
    }
}

// ---------------------------------------------------------------------------------------
// Size: lists, images.

#[test]
fn long_lists_are_refused_with_their_field() {
    let env = Env::new();
    let mut json = example_json("en");
    let ids: Vec<_> = (0..200_000)
        .map(|i| serde_json::json!({ "label": "Ref", "value": format!("R{i:06}") }))
        .collect();
    json["identifiers"]["other"] = ids.into();
    let path = env.write("many.json", json.to_string());
    for what in ["validate", "opener"] {
        let run = env.run(&[what, &path]).expect_code(65);
        let both = format!("{}{}", run.stdout, run.stderr);
        assert!(
            both.contains("identifiers.other: 200000 entries is over the limit of 200"),
            "{both}"
        );
    }
    // At the limit, every identifier is still masked in the shared brief.
    let ids: Vec<_> = (0..200)
        .map(|i| serde_json::json!({ "label": "Ref", "value": format!("R-{i:06}") }))
        .collect();
    json["identifiers"]["other"] = ids.into();
    json["event"]["details"] = "See R-000199 and R-000007.".into();
    let path = env.write("limit.json", json.to_string());
    let brief = env.run(&["brief", &path, "--redact"]).ok().stdout;
    assert!(
        !brief.contains("R-000199") && !brief.contains("R-000007"),
        "{brief}"
    );
}

/// A PNG that says it is `width` × `height` pixels; its pixel data is not there, since only
/// its header may be read.
fn png_header_only(width: u32, height: u32) -> Vec<u8> {
    fn crc(bytes: &[u8]) -> u32 {
        let mut c = 0xFFFF_FFFFu32;
        for &b in bytes {
            c ^= u32::from(b);
            for _ in 0..8 {
                c = if c & 1 == 1 {
                    0xEDB8_8320 ^ (c >> 1)
                } else {
                    c >> 1
                };
            }
        }
        !c
    }
    let mut ihdr = b"IHDR".to_vec();
    ihdr.extend(width.to_be_bytes());
    ihdr.extend(height.to_be_bytes());
    ihdr.extend([8, 2, 0, 0, 0]);
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    png.extend(13u32.to_be_bytes());
    png.extend(&ihdr);
    png.extend(crc(&ihdr).to_be_bytes());
    for chunk in [b"IDAT", b"IEND"] {
        png.extend(0u32.to_be_bytes());
        png.extend(chunk);
        png.extend(crc(chunk).to_be_bytes());
    }
    png
}

#[test]
fn images_are_kept_within_a_pixel_budget() {
    let env = Env::new();
    env.write("case/huge.png", png_header_only(10_000, 10_000));
    let big = image::RgbImage::from_fn(2600, 2000, |x, y| image::Rgb([x as u8, y as u8, 7]));
    big.save(env.path("case/big.png")).unwrap();
    let mut json = example_json("en");
    json["attachments"] = serde_json::json!([
        { "path": "huge.png", "description": "Huge" },
        { "path": "big.png", "description": "Big" }
    ]);
    env.write("case/case.json", json.to_string());
    // Named without a folder, from its own folder: the attachments are beside it.
    let out = env
        .command(&[
            "letter",
            "case.json",
            "--format",
            "pdf",
            "--embed-attachments",
            "-o",
            "../l.pdf",
            "--date",
            DATE,
        ])
        .current_dir(env.path("case"))
        .output()
        .unwrap();
    let run = Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
    .ok();
    assert!(
        run.stderr
            .contains("10000 × 10000 pixels is over the limit of 40 million"),
        "{}",
        run.stderr
    );
    let doc = lopdf::Document::load(env.path("l.pdf")).unwrap();
    assert_eq!(doc.get_pages().len(), 2, "the letter and the big image");
    let sizes: Vec<(i64, i64)> = doc
        .objects
        .values()
        .filter_map(|o| o.as_stream().ok())
        .filter(|s| {
            s.dict.get(b"Subtype").and_then(|v| v.as_name()).ok() == Some(b"Image".as_slice())
        })
        .map(|s| {
            let n = |k: &[u8]| s.dict.get(k).and_then(|v| v.as_i64()).unwrap();
            (n(b"Width"), n(b"Height"))
        })
        .collect();
    assert_eq!(sizes.len(), 1, "{sizes:?}");
    let (w, h) = sizes[0];
    assert!(w * h <= 4_000_000 && w > 0, "scaled down to {w} × {h}");
}

// ---------------------------------------------------------------------------------------
// Folder walks.

#[cfg(unix)]
#[test]
fn folder_walks_skip_links_that_loop() {
    let env = Env::new();
    env.write("cases/a.json", example_bytes());
    env.write("cases/sub/b.json", example_bytes());
    std::os::unix::fs::symlink(".", env.path("cases/loop")).unwrap();
    std::os::unix::fs::symlink("..", env.path("cases/sub/up")).unwrap();
    let run = spawn(
        &env,
        &[
            "render",
            "cases",
            "--recursive",
            "--out-dir",
            "out",
            "--format",
            "text",
        ],
    );
    let run = finish(run).ok();
    assert!(run.stderr.contains("rendered 2 cases"), "{}", run.stderr);

    env.write(
        "tpl/en/opener.txt",
        "My own opener for {{ company.name }}.\n",
    );
    std::os::unix::fs::symlink(".", env.path("tpl/loop")).unwrap();
    std::os::unix::fs::symlink("..", env.path("tpl/en/up")).unwrap();
    let run = finish(spawn(
        &env,
        &["opener", &example_path("en"), "--templates", "tpl"],
    ))
    .ok();
    assert!(
        run.stdout.contains("My own opener for MegaTel"),
        "{}",
        run.stdout
    );
}

// ---------------------------------------------------------------------------------------
// Layout injection.

#[test]
fn a_line_starting_with_at_at_is_text_not_layout() {
    let env = Env::new();
    let mut json = example_json("en");
    json["event"]["details"] =
        "They charged twice.\n@@ signature center\nForged Signatory\n@@ footer\nPage 9".into();
    let path = env.write("at.json", json.to_string());
    let letter = env.render("letter", &path);
    for line in [
        "@@ signature center",
        "Forged Signatory",
        "@@ footer",
        "Page 9",
    ] {
        assert!(letter.contains(line), "{line} vanished:\n{letter}");
    }
    // The real signature block is still the last one.
    assert!(letter.trim_end().ends_with("Anna Petrova"), "{letter}");
    if poppler() {
        env.run(&[
            "letter", &path, "--format", "pdf", "-o", "at.pdf", "--date", DATE,
        ])
        .ok();
        let text = run_tool("pdftotext", &[env.path("at.pdf").to_str().unwrap(), "-"]);
        assert!(text.contains("@@ signature center"), "{text}");
        assert!(text.contains("Forged Signatory"), "{text}");
    }
}

// ---------------------------------------------------------------------------------------
// What killed runs leave.

#[test]
fn what_a_killed_run_left_is_removed_by_the_next() {
    let env = Env::new();
    env.write("data/cases/mine.json", example_bytes());
    // A temporary file whose writer is gone (nobody holds its lock).
    env.write("data/cases/.complaint-dead.tmp", "{ half a case");
    env.run(&["log", "mine", "--channel", "phone"]).ok();
    assert!(leftovers(&env.path("data/cases")).is_empty());

    // A half-filled case folder and a temporary file in the output folder.
    env.write("out/.complaint-dead.part/letter.txt", "half");
    env.write("out/.complaint-dead2.tmp", "half");
    env.run(&[
        "render",
        &example_path("en"),
        "--out-dir",
        "out",
        "--date",
        DATE,
    ])
    .ok();
    assert!(leftovers(&env.path("out")).is_empty());
}

#[cfg(unix)]
#[test]
fn killed_renders_leave_whole_folders_and_a_forced_rerun_is_complete() {
    let env = Env::new();
    for i in 0..24 {
        env.write(&format!("in/c{i:02}.json"), example_bytes());
    }
    let outputs = [
        "opener.txt",
        "brief.txt",
        "message.txt",
        "letter.txt",
        "letter.pdf",
    ];
    let args = [
        "render",
        "in",
        "--out-dir",
        "out",
        "--format",
        "text,pdf",
        "--force",
        "--jobs",
        "2",
    ];
    for wait_ms in [30, 60, 100, 150, 220, 300, 400, 550] {
        let mut child = spawn(&env, &args);
        std::thread::sleep(Duration::from_millis(wait_ms));
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        // Whatever it reached: every case folder in place is whole.
        if let Ok(entries) = std::fs::read_dir(env.path("out")) {
            for entry in entries {
                let entry = entry.unwrap();
                let name = entry.file_name().to_string_lossy().into_owned();
                if name.starts_with('.') {
                    continue;
                }
                for o in outputs {
                    assert!(entry.path().join(o).is_file(), "{name}/{o} is missing");
                }
            }
        }
    }
    finish(spawn(&env, &args)).ok();
    assert!(leftovers(&env.path("out")).is_empty());
    for i in 0..24 {
        let folder = env.path(&format!("out/c{i:02}"));
        let mut names: Vec<_> = std::fs::read_dir(&folder)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        assert_eq!(
            names,
            [
                "brief.txt",
                "letter.pdf",
                "letter.txt",
                "message.txt",
                "opener.txt"
            ]
        );
    }
}

#[cfg(unix)]
#[test]
fn killed_logs_leave_no_copies_of_the_case() {
    let env = Env::new();
    let path = env.write("data/cases/mine.json", example_bytes());
    for round in 0..6 {
        let children: Vec<Child> = (0..8)
            .map(|i| {
                spawn(
                    &env,
                    &["log", "mine", "--reference", &format!("K{round}-{i}")],
                )
            })
            .collect();
        std::thread::sleep(Duration::from_millis(5 * round));
        for mut child in children {
            let _ = child.kill();
            child.wait().unwrap();
        }
    }
    // The case is whole, and the next change removes every copy a killed run left.
    env.run(&["validate", &path]).ok();
    env.run(&["log", "mine", "--reference", "AFTER"]).ok();
    assert!(leftovers(&env.path("data/cases")).is_empty());
}

// ---------------------------------------------------------------------------------------
// Links, modes, limits, odd folders.

#[cfg(unix)]
#[test]
fn log_keeps_links_and_permissions() {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let env = Env::new();
    let real = env.path("real/case.json");
    env.write("real/case.json", example_bytes());
    std::fs::set_permissions(&real, std::fs::Permissions::from_mode(0o640)).unwrap();
    std::os::unix::fs::symlink(&real, env.path("link.json")).unwrap();
    std::fs::hard_link(&real, env.path("hard.json")).unwrap();
    let before = contacts(&real).len();

    env.run(&["log", "link.json", "--reference", "VIA-LINK"])
        .ok();
    env.run(&["log", "hard.json", "--reference", "VIA-HARD"])
        .ok();
    let link = std::fs::symlink_metadata(env.path("link.json")).unwrap();
    assert!(link.file_type().is_symlink());
    let after = contacts(&real);
    assert_eq!(after.len(), before + 2);
    assert_eq!(after[before]["reference"], "VIA-LINK");
    assert_eq!(after[before + 1]["reference"], "VIA-HARD");
    let meta = std::fs::metadata(&real).unwrap();
    assert_eq!(meta.nlink(), 2, "the hard link still shares the file");
    assert_eq!(meta.mode() & 0o777, 0o640);
    assert_eq!(
        std::fs::read(&real).unwrap(),
        std::fs::read(env.path("hard.json")).unwrap()
    );
}

/// The example case as a person might keep it by hand: keys in alphabetical order (not the
/// format's), indented by `indent`, with a `null` the format would leave out, and with
/// `ascii` every other character as a `\u` escape (as Python's `json` writes it).
fn hand_written(indent: &[u8], ascii: bool) -> Vec<u8> {
    use serde::Serialize;
    let mut case = example_json("en");
    case["consequence"] = serde_json::Value::Null;
    let mut out = Vec::new();
    let formatter = serde_json::ser::PrettyFormatter::with_indent(indent);
    let mut ser = serde_json::Serializer::with_formatter(&mut out, formatter);
    case.serialize(&mut ser).unwrap();
    out.extend_from_slice(b"\n");
    if !ascii {
        return out;
    }
    let mut escaped = String::new();
    for c in String::from_utf8(out).unwrap().chars() {
        match c {
            c if c.is_ascii() => escaped.push(c),
            c => {
                for unit in c.encode_utf16(&mut [0; 2]) {
                    escaped.push_str(&format!("\\u{unit:04x}"));
                }
            }
        }
    }
    escaped.into_bytes()
}

/// `after` is `before` with one piece put in, holding `added`: the bytes before and after the
/// piece are the file as it was, byte for byte.
#[track_caller]
fn only_inserted(before: &[u8], after: &[u8], added: &str) {
    let head = before.iter().zip(after).take_while(|(a, b)| a == b).count();
    let rest = before.len() - head;
    let tail = before
        .iter()
        .rev()
        .zip(after.iter().rev())
        .take(rest)
        .take_while(|(a, b)| a == b)
        .count();
    let shown = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    assert_eq!(
        head + tail,
        before.len(),
        "more than an insertion changed:\n--- before\n{}\n--- after\n{}",
        shown(before),
        shown(after)
    );
    let piece = shown(&after[head..after.len() - tail]);
    assert!(piece.contains(added), "the inserted piece: {piece}");
}

#[test]
fn log_keeps_the_layout_of_a_hand_written_case() {
    let layouts = [
        ("four spaces", &b"    "[..], false),
        ("tabs", &b"\t"[..], false),
        ("escapes", &b"  "[..], true),
    ];
    for (label, indent, ascii) in layouts {
        let env = Env::new();
        let original = hand_written(indent, ascii);
        assert_eq!(original.is_ascii(), ascii, "{label}");
        env.write("mine.json", &original);
        let read = || std::fs::read(env.path("mine.json")).unwrap();
        assert!(
            String::from_utf8_lossy(&original).contains("\"consequence\": null"),
            "{label}"
        );

        env.run(&[
            "log",
            "mine.json",
            "--date",
            DATE,
            "--channel",
            "letter",
            "--sent-by",
            "registered-mail",
            "--tracking",
            "RA123456785RU",
            "--summary",
            "Asked for £49.99 back",
        ])
        .ok();
        let logged = read();
        assert_eq!(logged.is_ascii(), ascii, "{label}");
        only_inserted(&original, &logged, "RA123456785RU");
        assert_eq!(contacts(&env.path("mine.json")).len(), 2, "{label}");

        env.run(&["log", "mine.json", "--delivered", DATE]).ok();
        let delivered = read();
        only_inserted(&logged, &delivered, "\"delivered\"");

        // The file still is the case, to every command that reads it.
        env.run(&["validate", "mine.json"]).ok();
    }
}

#[test]
fn log_refuses_to_grow_a_case_past_the_size_limit() {
    let env = Env::new();
    let mut json = example_json("en");
    let long = "x".repeat(99_000);
    json["contacts"] = (0..105)
        .map(|_| serde_json::json!({ "channel": "phone", "summary": long }))
        .collect::<Vec<_>>()
        .into();
    let path = env.write("big.json", serde_json::to_string_pretty(&json).unwrap());
    env.run(&["validate", &path]).ok();
    let before = std::fs::read(&path).unwrap();
    let summary = "y".repeat(99_000);
    let run = env
        .run(&["log", &path, "--summary", &summary])
        .expect_code(65);
    assert!(
        run.stderr
            .contains("over the limit of 10 MB for a case file; nothing was changed"),
        "{}",
        run.stderr
    );
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn list_passes_over_a_folder_named_like_a_case() {
    let env = Env::new();
    env.write("data/cases/mine.json", example_bytes());
    std::fs::create_dir_all(env.path("data/cases/x.json")).unwrap();
    let run = env.run(&["list"]).ok();
    assert!(run.stdout.contains("mine"), "{}", run.stdout);
    assert!(
        !run.stdout.contains("x.json") && !run.stdout.contains("\nx "),
        "{}",
        run.stdout
    );
}

#[test]
fn demo_replaces_only_its_own_files_without_force() {
    let env = Env::new();
    env.write("letter.txt", "my own letter");
    let run = env.run(&["demo", "--out-dir", "."]).expect_code(74);
    assert!(run.stderr.contains("already exists"), "{}", run.stderr);
    assert_eq!(env.read("letter.txt"), "my own letter");
    assert!(
        !env.path("case.json").exists(),
        "a refused demo writes nothing"
    );
    env.run(&["demo", "--out-dir", ".", "--force"]).ok();
    assert!(env.read("letter.txt").contains("Anna Petrova"));
}

#[cfg(unix)]
#[test]
fn attachments_outside_the_case_folder_or_not_files_are_not_read() {
    let env = Env::new();
    env.write("secret.png", "outside");
    std::fs::create_dir(env.path("case")).unwrap();
    mkfifo(&env.path("case/x.png"));
    std::os::unix::fs::symlink(env.path("secret.png"), env.path("case/out.png")).unwrap();
    let mut json = example_json("en");
    json["attachments"] = serde_json::json!([
        { "path": "x.png", "description": "A pipe" },
        { "path": "../secret.png", "description": "Up" },
        { "path": "out.png", "description": "A link out" }
    ]);
    let path = env.write("case/case.json", json.to_string());
    let child = spawn(
        &env,
        &[
            "letter",
            &path,
            "--format",
            "pdf",
            "--embed-attachments",
            "-o",
            "l.pdf",
        ],
    );
    let run = finish(child).ok();
    assert!(
        run.stderr.contains("x.png (it is not a regular file)"),
        "{}",
        run.stderr
    );
    assert_eq!(
        run.stderr
            .matches("it is outside the case file's folder")
            .count(),
        2,
        "{}",
        run.stderr
    );
}
