//! The mutation run: N mutated cases through the real binary, every command that reads a
//! case, each run with a time limit.
//!
//! `cargo run --release --example mutate -- BINARY N [SEED]`
//!
//! Each case is one of the built-in examples with random edits: hostile text put into a
//! random field (wide spaces before shouting, line separators, right-to-left text and
//! overrides, combining marks, escapes, `@@` lines, template syntax, card numbers) and
//! random byte edits to the file. Every case goes through `validate`, `check`, `opener`,
//! `brief`, `message`, `letter`, `letter --format pdf`, and `rehearse --script`. A run that
//! exits other than 0 or 65, dies of a signal, or takes over 2 s is printed with its case
//! file kept; the summary counts them. The status is 1 when there was any.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const LIMIT: Duration = Duration::from_secs(2);

const PIECES: &[&str] = &[
    "charged twice\u{a0}AGAIN!!",
    "\u{2028}why?!",
    "\u{2029}\u{3000}NOW‼",
    "a\u{301}\u{308}\u{20dd}?!",
    "\u{5e9}\u{5dc}\u{5d5}\u{5dd}\u{a0}!!",
    "\u{200f}\u{202b}מה?!\u{202c}\u{202e}",
    "\x1b[2J\x1b]52;c;cHduZWQ=\x07",
    "\n@@ signature center\nForged\n@@ footer\n",
    "{{ x }}{% if y %}{# z #}",
    "4111 1111 1111 1234",
    "\0\u{7}\u{8}\r\u{85}\u{9b}",
    "😀👍🏽 漢字 й",
    "ООО «МегаТел» ПРЕТЕНЗИЯ!!!",
];

const FIELDS: &[&[&str]] = &[
    &["event", "summary"],
    &["event", "details"],
    &["goal", "summary"],
    &["fallback"],
    &["company", "name"],
    &["consumer", "name"],
    &["title"],
    &["consequence", "summary"],
];

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn mutated(rng: &mut Rng) -> Vec<u8> {
    let examples = [
        include_str!("../examples/case.en.json"),
        include_str!("../examples/case.ru.json"),
        include_str!("../examples/case.he.json"),
    ];
    let mut case: serde_json::Value =
        serde_json::from_str(examples[rng.below(examples.len())]).expect("an example");
    for _ in 0..1 + rng.below(4) {
        let field = FIELDS[rng.below(FIELDS.len())];
        let mut text = String::new();
        for _ in 0..1 + rng.below(3) {
            text.push_str(PIECES[rng.below(PIECES.len())]);
            text.push(' ');
        }
        let mut at = &mut case;
        for key in &field[..field.len() - 1] {
            at = &mut at[*key];
        }
        if at.is_object() {
            at[field[field.len() - 1]] = text.into();
        }
    }
    let mut bytes = serde_json::to_vec_pretty(&case).expect("JSON");
    // Byte edits in one case of three: a flipped, added or dropped byte.
    if rng.below(3) == 0 {
        for _ in 0..1 + rng.below(4) {
            let i = rng.below(bytes.len());
            match rng.below(3) {
                0 => bytes[i] = rng.next() as u8,
                1 => bytes.insert(i, rng.next() as u8),
                _ => {
                    bytes.remove(i);
                }
            }
        }
    }
    bytes
}

/// Runs one command; `Some(problem)` when it failed the rules.
fn run(bin: &Path, args: &[&str], cwd: &Path) -> (Duration, Option<i32>, Option<String>) {
    let started = Instant::now();
    let mut child = Command::new(bin)
        .args(args)
        .current_dir(cwd)
        .env("COMPLAINT_DATA_DIR", cwd.join("data"))
        .env("COMPLAINT_CONFIG_DIR", cwd.join("config"))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    loop {
        if let Some(status) = child.try_wait().expect("wait") {
            let took = started.elapsed();
            let stderr = child
                .wait_with_output()
                .map(|o| String::from_utf8_lossy(&o.stderr).into_owned())
                .unwrap_or_default();
            let problem = match status.code() {
                Some(0 | 65) if took <= LIMIT => None,
                Some(0 | 65) => Some(format!("took {:.2} s", took.as_secs_f64())),
                Some(code) => Some(format!("exit {code}: {}", stderr.trim())),
                None => Some(format!("killed by a signal: {status}")),
            };
            return (took, status.code(), problem);
        }
        if started.elapsed() > LIMIT * 5 {
            let _ = child.kill();
            let _ = child.wait();
            return (started.elapsed(), None, Some("hung; killed".into()));
        }
        std::thread::sleep(Duration::from_millis(2));
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(bin), Some(n)) = (
        args.next().map(PathBuf::from),
        args.next().and_then(|n| n.parse::<usize>().ok()),
    ) else {
        eprintln!("usage: mutate BINARY N [SEED]");
        std::process::exit(2);
    };
    let seed = args
        .next()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x5eed_u64);
    let mut rng = Rng(seed | 1);
    let dir = tempfile::tempdir().expect("a temp folder");
    let commands: [&[&str]; 8] = [
        &["validate"],
        &["check"],
        &["opener", "--date", "2026-11-22"],
        &["brief", "--date", "2026-11-22"],
        &["message", "--date", "2026-11-22"],
        &["letter", "--date", "2026-11-22"],
        &[
            "letter",
            "--format",
            "pdf",
            "-o",
            "l.pdf",
            "--force",
            "--date",
            "2026-11-22",
        ],
        &["rehearse", "--script"],
    ];
    let (mut runs, mut bad, mut valid) = (0usize, 0usize, 0usize);
    let mut slowest = Duration::ZERO;
    for i in 0..n {
        let path = dir.path().join(format!("m{i:05}.json"));
        std::fs::write(&path, mutated(&mut rng)).expect("write the case");
        let name = path.to_string_lossy().into_owned();
        let mut kept = false;
        for command in commands {
            let mut args = vec![command[0], name.as_str()];
            args.extend(&command[1..]);
            let (took, code, problem) = run(&bin, &args, dir.path());
            runs += 1;
            slowest = slowest.max(took);
            if command[0] == "validate" && code == Some(0) {
                valid += 1;
            }
            if let Some(problem) = problem {
                bad += 1;
                eprintln!("{}: {}: {problem}", args.join(" "), i);
                if !kept {
                    let keep = PathBuf::from(format!("mutate-failure-{i:05}.json"));
                    let _ = std::fs::copy(&path, &keep);
                    kept = true;
                }
            }
        }
        let _ = std::fs::remove_file(&path);
        if (i + 1) % 1000 == 0 {
            eprintln!("{} cases, {runs} runs, {bad} problems", i + 1);
        }
    }
    println!(
        "{n} mutated cases, {runs} runs: {bad} outside the rules (exit other than 0/65, a signal, over 2 s); {valid} of the cases valid; slowest run {:.3} s",
        slowest.as_secs_f64()
    );
    std::process::exit(i32::from(bad > 0));
}
