//! A test environment: its own temp folder, a clean environment, a fixed letter date.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// The date every test letter carries, so outputs are stable.
pub const DATE: &str = "2026-11-22";

pub struct Env {
    dir: tempfile::TempDir,
}

/// What a run of the binary left behind.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// Panics with everything the run printed unless it exited with `code`.
    #[track_caller]
    pub fn expect_code(self, code: i32) -> Run {
        assert_eq!(
            self.code, code,
            "exit status\n--- stdout\n{}\n--- stderr\n{}",
            self.stdout, self.stderr
        );
        self
    }

    #[track_caller]
    pub fn ok(self) -> Run {
        self.expect_code(0)
    }
}

impl Env {
    pub fn new() -> Env {
        Env {
            dir: tempfile::tempdir().expect("a temp folder"),
        }
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// Writes a file into the test folder and returns its path as a string.
    pub fn write(&self, name: &str, contents: impl AsRef<[u8]>) -> String {
        let path = self.path(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).unwrap();
        }
        std::fs::write(&path, contents).unwrap();
        path.to_string_lossy().into_owned()
    }

    /// Copies a fixture from `tests/fixtures/` into the test folder.
    pub fn fixture(&self, name: &str) -> String {
        self.write(name, fixture(name))
    }

    pub fn read(&self, name: &str) -> String {
        std::fs::read_to_string(self.path(name)).unwrap()
    }

    /// The binary with this environment, for tests that drive it themselves (a pty).
    pub fn command(&self, args: &[&str]) -> Command {
        self.program(env!("CARGO_BIN_EXE_complaint"), args)
    }

    /// Another program (a shell) in this environment, with the binary's folder first on PATH.
    pub fn program(&self, program: &str, args: &[&str]) -> Command {
        let bin_dir = Path::new(env!("CARGO_BIN_EXE_complaint")).parent().unwrap();
        let mut path = vec![bin_dir.to_path_buf()];
        path.extend(std::env::split_paths(
            &std::env::var_os("PATH").unwrap_or_default(),
        ));
        let mut cmd = Command::new(program);
        cmd.args(args)
            .current_dir(self.dir.path())
            .env_clear()
            .env("PATH", std::env::join_paths(path).unwrap())
            .env("HOME", self.dir.path())
            .env("XDG_DATA_HOME", self.dir.path().join("xdg-data"))
            .env("XDG_CONFIG_HOME", self.dir.path().join("xdg-config"))
            .env("COMPLAINT_DATA_DIR", self.dir.path().join("data"))
            .env("COMPLAINT_CONFIG_DIR", self.dir.path().join("config"))
            .env("LANG", "C.UTF-8")
            .env("NO_COLOR", "1");
        cmd
    }

    /// Runs `complaint ARGS` with no standard input.
    pub fn run(&self, args: &[&str]) -> Run {
        self.run_with_stdin(args, b"")
    }

    pub fn run_with_stdin(&self, args: &[&str], stdin: &[u8]) -> Run {
        self.run_command(self.command(args), stdin)
    }

    /// Runs `complaint ARGS` with an English interface, whatever the case's language: for
    /// tests about what a command works out rather than the words it says it in.
    pub fn run_en(&self, args: &[&str]) -> Run {
        let mut cmd = self.command(args);
        cmd.env("COMPLAINT_UI_LANG", "en");
        self.run_command(cmd, b"")
    }

    /// Runs `complaint ARGS` with the system locale `LANG` set to `locale`.
    pub fn run_in(&self, locale: &str, args: &[&str]) -> Run {
        let mut cmd = self.command(args);
        cmd.env("LANG", locale);
        self.run_command(cmd, b"")
    }

    fn run_command(&self, mut cmd: Command, stdin: &[u8]) -> Run {
        let mut child = cmd
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the complaint binary runs");
        // The binary may stop reading early (a file over the size limit): not an error here.
        if let Err(e) = child.stdin.take().unwrap().write_all(stdin) {
            assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "{e}");
        }
        let Output {
            status,
            stdout,
            stderr,
        } = child.wait_with_output().unwrap();
        Run {
            code: status.code().unwrap_or(-1),
            stdout: String::from_utf8(stdout).expect("stdout is UTF-8"),
            stderr: String::from_utf8(stderr).expect("stderr is UTF-8"),
        }
    }

    /// `complaint RENDERING CASE --date DATE`, which must succeed; its output.
    pub fn render(&self, rendering: &str, case: &str) -> String {
        self.run(&[rendering, case, "--date", DATE]).ok().stdout
    }
}

pub fn fixture_path(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

pub fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(fixture_path(name)).unwrap_or_else(|e| panic!("fixture {name}: {e}"))
}

/// The built-in examples, as files in the repository.
pub fn example_path(lang: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(format!("examples/case.{lang}.json"))
        .to_string_lossy()
        .into_owned()
}

/// A built-in example as JSON, for tests that change a field or two.
pub fn example_json(lang: &str) -> serde_json::Value {
    serde_json::from_str(&std::fs::read_to_string(example_path(lang)).unwrap()).unwrap()
}

/// A rendering reads as if a careful person wrote it: no "None" or "null", no empty
/// brackets or dangling punctuation, no template syntax left over, and no gap but the
/// letter's room to sign.
#[track_caller]
pub fn assert_reads_well(label: &str, what: &str, out: &str) {
    let lower = out.to_lowercase();
    for bad in [
        "none",
        "null",
        "undefined",
        "()",
        " ,",
        " .",
        ",.",
        "..",
        ": .",
        ":\n\n",
        "  .",
        "{{",
        "{%",
    ] {
        assert!(
            !lower.contains(bad),
            "{label} {what} contains {bad:?}:\n{out}"
        );
    }
    let gaps = usize::from(what == "letter");
    assert_eq!(
        out.matches("\n\n\n\n").count(),
        gaps,
        "{label} {what}:\n{out}"
    );
}

/// The width and height of a PDF's first page, in points.
pub fn page_size(doc: &lopdf::Document) -> (f32, f32) {
    let (_, page) = doc.get_pages().into_iter().next().expect("a page");
    let media = doc
        .get_dictionary(page)
        .and_then(|d| d.get(b"MediaBox"))
        .and_then(lopdf::Object::as_array)
        .expect("a MediaBox")
        .clone();
    (media[2].as_float().unwrap(), media[3].as_float().unwrap())
}

/// The text with every run of white space folded to one space, so phrases can be found
/// wherever the letter's line wrapping broke them.
pub fn unwrapped(text: &str) -> String {
    // ASCII white space only: the no-break spaces in "1 290,00 руб." are part of the text.
    text.split(|c: char| c.is_ascii_whitespace())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Sentences in a text: runs ending in `.`, `!`, `?` or `…` followed by a space or the end.
pub fn sentences(text: &str) -> usize {
    let chars: Vec<char> = text.trim().chars().collect();
    chars
        .iter()
        .enumerate()
        .filter(|(i, c)| {
            matches!(c, '.' | '!' | '?' | '…') && chars.get(i + 1).is_none_or(|n| n.is_whitespace())
        })
        .count()
}

#[test]
fn sentence_counter_counts_sentences() {
    assert_eq!(sentences("One. Two? Three"), 2);
    assert_eq!(sentences("Version 8.2 broke. Fix it."), 2);
    assert_eq!(sentences("Сумма 1 290,00 руб."), 1);
}

/// [`unwrapped`], with no-break spaces as plain spaces and without the left-to-right marks
/// the letter puts before phone numbers and addresses in right-to-left text: for phrases
/// checked as words, wherever the letter keeps them together.
pub fn plain(text: &str) -> String {
    unwrapped(&text.replace('\u{a0}', " ").replace('\u{200e}', ""))
}

/// The words of the English interface: every word of `messages/en.ftl` outside its
/// placeables, lower case, as sets of single words and of three words in a row.
fn english_interface() -> (Vec<String>, Vec<String>) {
    let text =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("messages/en.ftl"))
            .unwrap();
    let mut words = Vec::new();
    let mut triples = Vec::new();
    for line in text.lines() {
        if line.starts_with('#') {
            continue;
        }
        let value = match line.split_once(" = ") {
            Some((_, v)) => v,
            None if line.trim_start().starts_with('[') || line.trim_start().starts_with("*[") => {
                line.split_once(']').map_or("", |(_, v)| v)
            }
            None => continue,
        };
        // Text between placeables, split where punctuation or code breaks a sentence.
        let mut plain = String::new();
        let mut depth = 0;
        let mut in_code = false;
        for c in value.chars() {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                '`' => in_code = !in_code,
                _ if depth == 0 && !in_code => plain.push(c),
                _ => {}
            }
            if depth > 0 || in_code || c == '`' {
                plain.push('|');
            }
        }
        let (w, t) = vocabulary(&plain);
        words.extend(w);
        triples.extend(t);
    }
    words.sort();
    words.dedup();
    (words, triples)
}

/// Fails when `out` holds an English sentence of the interface: three words in a row from
/// the English message file, or one of its words standing alone outside commands, field
/// paths and quoted data.
pub fn assert_no_english(label: &str, out: &str) {
    let (words, triples) = english_interface();
    no_english(label, &unmarked(out), &words, &triples);
}

/// The keys of a pack's texts the interface shows; the others are the law's own words.
const PACK_SHOWN: &[&str] = &["name", "not_advice", "counts_from", "note", "needs", "text"];
/// The keys of the law's own words: shown in the languages a letter under it is written in.
const PACK_LETTER: &[&str] = &[
    "cite",
    "ask",
    "notice",
    "penalty",
    "after",
    "consequence",
    "remedy",
    "threat",
    "turn",
    "source",
];

/// Every text of every pack under `keys`, outside the tables named in `skip`, with the
/// language it is in ("" for a text in no language, such as a source).
fn pack_texts(keys: &[&str], skip: &[&str]) -> Vec<(String, String)> {
    fn collect(lang: &str, v: &toml::Value, out: &mut Vec<(String, String)>) {
        match v {
            toml::Value::String(s) => out.push((lang.to_owned(), s.clone())),
            toml::Value::Table(t) => t.iter().for_each(|(k, v)| collect(k, v, out)),
            _ => {}
        }
    }
    fn walk(v: &toml::Value, keys: &[&str], skip: &[&str], out: &mut Vec<(String, String)>) {
        match v {
            toml::Value::Table(t) => {
                for (k, v) in t {
                    if skip.contains(&k.as_str()) {
                    } else if keys.contains(&k.as_str()) {
                        collect("", v, out);
                    } else {
                        walk(v, keys, skip, out);
                    }
                }
            }
            toml::Value::Array(a) => a.iter().for_each(|v| walk(v, keys, skip, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    for code in ["ru", "il", "gb", "eu", "us"] {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("jurisdictions/{code}.toml"));
        let pack: toml::Value = toml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        walk(&pack, keys, skip, &mut out);
    }
    out
}

/// The packs' texts the interface shows, with their languages.
fn pack_shown() -> Vec<(String, String)> {
    pack_texts(PACK_SHOWN, &["consequence"])
}

/// Names a translation keeps in Latin letters ("Citizens Advice", "ADR", "gov.il"): the runs
/// of Latin words in the packs' Russian and Hebrew texts, before any command in them.
fn kept_names() -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for (lang, text) in pack_shown() {
        if lang != "ru" && lang != "he" {
            continue;
        }
        let text = text.split("complaint ").next().unwrap_or_default();
        let runs = text.split(|c: char| !(c.is_ascii_alphanumeric() || " .-/'".contains(c)));
        for run in runs {
            let run = run.trim_matches(|c: char| !c.is_ascii_alphanumeric());
            if run.chars().any(|c| c.is_ascii_alphabetic()) {
                names.push(run.to_owned());
            }
        }
    }
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    names.dedup();
    names
}

/// Fails when what `complaint law` or `next` shows of a pack holds an English sentence: the
/// interface's, or one of the packs' English texts the interface shows. The law's own words
/// (what a letter cites and asks, the sources) and the names the translations keep in Latin
/// letters are left out first.
pub fn assert_no_english_in_law(label: &str, out: &str) {
    let out = &unmarked(out);
    // The jurisdictions' codes are the same in every language: "Россия (ru)", "  ru   Россия".
    const CODES: &[&str] = &["ru", "il", "gb", "eu", "us", "none"];
    let mut rest: String = out
        .lines()
        .map(|line| {
            let words = line.split(' ');
            let kept: Vec<&str> = words
                .filter(|w| !CODES.contains(&w.trim_matches(['(', ')'])))
                .collect();
            kept.join(" ") + "\n"
        })
        .collect();
    let mut own: Vec<String> = pack_texts(PACK_LETTER, &[])
        .into_iter()
        .map(|(_, text)| text)
        .collect();
    own.extend(kept_names());
    own.sort_by_key(|n| std::cmp::Reverse(n.len()));
    for text in own {
        rest = rest.replace(&text, " ");
    }
    let (mut words, mut triples) = english_interface();
    for (lang, text) in pack_shown() {
        if lang == "en" {
            let (w, t) = vocabulary(&text);
            words.extend(w);
            triples.extend(t);
        }
    }
    words.sort();
    words.dedup();
    no_english(label, &rest, &words, &triples);
}

/// The words of an English text, lower case, and its three words in a row.
fn vocabulary(text: &str) -> (Vec<String>, Vec<String>) {
    let (mut words, mut triples) = (Vec::new(), Vec::new());
    for part in text.split(|c: char| !(c.is_ascii_alphabetic() || c == ' ' || c == '\'')) {
        let ws: Vec<String> = part
            .split_whitespace()
            .map(str::to_lowercase)
            .filter(|w| w.len() > 1)
            .collect();
        triples.extend(ws.windows(3).map(|w| w.join(" ")));
        words.extend(ws);
    }
    (words, triples)
}

fn no_english(label: &str, out: &str, words: &[String], triples: &[String]) {
    // Commands, field paths, JSON and codes are the same in every language.
    let mut prose = String::new();
    for line in out.lines() {
        let line = line.split("complaint ").next().unwrap_or_default();
        for token in line.split_whitespace() {
            let data = token
                .contains(['.', '_', '@', '"', '{', '}', '[', ']', '`', '/', '-', '\''])
                || token.chars().any(|c| c.is_ascii_digit());
            if !data {
                prose.push_str(token);
            }
            prose.push(' ');
        }
        prose.push('\n');
    }
    let lower = prose.to_lowercase();
    let found: Vec<&String> = triples
        .iter()
        .filter(|t| lower.contains(t.as_str()))
        .collect();
    assert!(found.is_empty(), "{label}: English {found:?} in:\n{out}");
    // Words that are names or codes in any language.
    const SAME_EVERYWHERE: &[&str] = &[
        "ref",
        "pdf",
        "imei",
        "id",
        "enter",
        "readme",
        "yyyy",
        "mm",
        "dd",
        "eur",
        "usd",
        "gbp",
        "rub",
        "ils",
        "android",
        "english",
        "complaint",
        // The case file's field names: a contract, the same in every language.
        "event",
        "goal",
        "attachments",
        "identifiers",
        "consumer",
        "company",
        "contacts",
        "fallback",
        "consequence",
        "title",
        "amount",
        "date",
        "summary",
        "details",
    ];
    let stray: Vec<&str> = lower
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() > 1 && !SAME_EVERYWHERE.contains(w))
        .filter(|w| words.binary_search(&w.to_string()).is_ok())
        .collect();
    assert!(
        stray.is_empty(),
        "{label}: English words {stray:?} in:\n{out}"
    );
}

/// `text` without the direction marks a right-to-left interface puts around Latin runs, for
/// tests about the words rather than their direction.
pub fn unmarked(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(*c, '\u{200E}' | '\u{200F}'))
        .collect()
}
