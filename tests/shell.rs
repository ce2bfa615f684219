//! At home in the shell: completions, the man page, colour, --quiet, the config file.

use std::path::Path;
use std::time::Duration;

use expectrl::Expect;

use crate::support::{DATE, Env, example_path, page_size};

const SHELLS: [(&str, &str); 5] = [
    ("bash", "complaint.bash"),
    ("zsh", "_complaint"),
    ("fish", "complaint.fish"),
    ("elvish", "complaint.elv"),
    ("powershell", "_complaint.ps1"),
];

/// The committed scripts are what the binary generates now. With
/// `COMPLAINT_UPDATE_DOCS=1` the test rewrites them instead.
#[test]
fn committed_completions_match_the_command_line() {
    let env = Env::new();
    let update = std::env::var_os("COMPLAINT_UPDATE_DOCS").is_some();
    for (shell, file) in SHELLS {
        let generated = env.run(&["completions", shell]).ok().stdout;
        assert!(generated.contains("complaint"), "{shell}: {generated}");
        // The script asks the binary itself, so it knows every command and saved case.
        assert!(
            generated.contains(&format!("COMPLETE={shell}"))
                || generated.contains(&format!("COMPLETE=\"{shell}\""))
                || generated.contains(&format!("$env:COMPLETE = \"{shell}\"")),
            "{shell} does not ask the binary: {generated}"
        );
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("completions")
            .join(file);
        if update {
            std::fs::write(&path, &generated).unwrap();
            continue;
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == generated,
            "completions/{file} is out of date: run `COMPLAINT_UPDATE_DOCS=1 cargo test committed_` and commit it"
        );
    }
}

#[test]
fn the_man_page_covers_every_command() {
    let env = Env::new();
    let man = env.run(&["man"]).ok().stdout;
    assert!(
        man.starts_with(".ie") || man.contains(".TH COMPLAINT 1"),
        "{}",
        &man[..200.min(man.len())]
    );
    let help = env.run(&["--help"]).ok().stdout;
    // Every command the help lists has its own part of the page.
    let commands: Vec<&str> = help
        .lines()
        .skip_while(|l| !l.starts_with("Commands:"))
        .skip(1)
        .take_while(|l| l.starts_with("  "))
        .filter_map(|l| l.split_whitespace().next())
        .filter(|c| *c != "help")
        .collect();
    assert!(commands.len() >= 15, "{commands:?}");
    for c in commands {
        assert!(
            man.contains(&format!(".SS \"complaint {c}"))
                || man.contains(&format!(".SS complaint {c}")),
            "man page lacks {c}"
        );
    }
    assert!(man.contains("\\-\\-embed\\-attachments") || man.contains("--embed-attachments"));
    // The reference sections, and no page it names but its own.
    for section in [".SH \"EXIT STATUS\"", ".SH ENVIRONMENT", ".SH FILES"] {
        assert!(man.contains(section), "man page lacks {section}");
    }
    for code in ["0", "1", "2", "65", "74", "130"] {
        assert!(
            man.contains(&format!(".TP\n\\fB{code}\\fR\n")),
            "no exit status {code}"
        );
    }
    for variable in [
        "COMPLAINT_DATA_DIR",
        "COMPLAINT_CONFIG_DIR",
        "NO_COLOR",
        "CLICOLOR_FORCE",
    ] {
        assert!(man.contains(variable), "ENVIRONMENT lacks {variable}");
    }
    assert!(!man.contains("(1)"), "the man page refers to another page");
}

/// The committed man page is what the binary generates now (`COMPLAINT_UPDATE_DOCS=1`
/// rewrites it).
#[test]
fn committed_man_page_matches_the_command_line() {
    let env = Env::new();
    let generated = env.run(&["man"]).ok().stdout;
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("man/complaint.1");
    if std::env::var_os("COMPLAINT_UPDATE_DOCS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &generated).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "man/complaint.1 is out of date: run `COMPLAINT_UPDATE_DOCS=1 cargo test committed_` and commit it"
    );
}

#[test]
fn version_and_help_examples() {
    let env = Env::new();
    let version = env.run(&["--version"]).ok().stdout;
    assert!(
        version.starts_with(&format!("complaint {}", env!("CARGO_PKG_VERSION"))),
        "{version}"
    );
    for command in [
        "validate",
        "opener",
        "brief",
        "message",
        "letter",
        "render",
        "prepare",
        "log",
        "list",
        "demo",
        "example",
        "schema",
        "config",
        "completions",
        "man",
    ] {
        let help = env.run(&[command, "--help"]).ok().stdout;
        assert!(
            help.contains("Example"),
            "`{command} --help` has no example:\n{help}"
        );
    }
    let run = env
        .run(&["letter", "x.json", "--fromat", "pdf"])
        .expect_code(2);
    assert!(run.stderr.contains("--format"), "{}", run.stderr);
}

/// Runs `complaint ARGS` on a pseudo-terminal and returns all it printed up to and including
/// `last`, the end of its output.
fn on_terminal(env: &Env, args: &[&str], no_color: bool, last: &str) -> String {
    let mut cmd = env.command(args);
    if no_color {
        cmd.env("NO_COLOR", "1");
    } else {
        cmd.env_remove("NO_COLOR").env("TERM", "xterm-256color");
    }
    let mut session = expectrl::Session::spawn(cmd).expect("a pty");
    session.set_expect_timeout(Some(Duration::from_secs(10)));
    let found = session
        .expect(last)
        .expect("the command prints its last words");
    let mut all = found.before().to_vec();
    all.extend_from_slice(found.get(0).unwrap_or_default());
    String::from_utf8_lossy(&all).into_owned()
}

/// Removes ANSI escape sequences.
fn plain(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            for d in chars.by_ref() {
                if d.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[test]
fn colour_only_on_a_terminal_never_with_no_color_and_the_same_words() {
    let env = Env::new();
    let bad = env.write("bad.json", "{}");
    let last = "a complete, valid case";
    let coloured = on_terminal(&env, &["opener", &bad], false, last);
    let uncoloured = on_terminal(&env, &["opener", &bad], true, last);
    assert!(
        coloured.contains("\x1b["),
        "no colour on a terminal: {coloured:?}"
    );
    assert!(
        !uncoloured.contains("\x1b["),
        "colour despite NO_COLOR: {uncoloured:?}"
    );
    assert_eq!(plain(&coloured), uncoloured);
    // Not a terminal: no colour either.
    let piped = env.run(&["opener", &bad]).expect_code(65).stderr;
    assert!(!piped.contains("\x1b["));
    assert!(
        uncoloured
            .replace("\r\n", "\n")
            .contains(piped.lines().next().unwrap())
    );
}

#[test]
fn quiet_keeps_output_and_errors_only() {
    let env = Env::new();
    let good = example_path("en");
    let run = env.run(&["validate", &good, "--quiet"]).ok();
    assert_eq!(run.stderr, "");
    // The findings stay: they are what validate is for.
    assert_eq!(run.stdout, env.run(&["validate", &good]).ok().stdout);
    let run = env
        .run(&[
            "render",
            &good,
            "--out-dir",
            "out",
            "--quiet",
            "--date",
            DATE,
        ])
        .ok();
    assert_eq!(run.stderr, "");
    let run = env.run(&["opener", &good, "-q"]).ok();
    assert!(run.stdout.starts_with("I was charged twice"));
    let run = env.run(&["opener", "missing.json", "-q"]).expect_code(74);
    assert!(
        run.stderr.contains("error: cannot read missing.json"),
        "{}",
        run.stderr
    );
}

const MINIMAL: &str = r#"{
  "schema_version": 1,
  "consumer": { "name": "Sam Carter", "email": "sam@case.example" },
  "company": { "name": "Brightline Energy" },
  "event": { "summary": "My meter reading was estimated wrongly" },
  "goal": { "summary": "Correct the November bill" }
}"#;

#[test]
fn the_case_beats_the_config_and_the_config_fills_the_rest() {
    let env = Env::new();
    env.write(
        "config/config.toml",
        "[consumer]\nname = \"Config Name\"\naddress = \"7 Config Road, York\"\nemail = \"config@example.org\"\n\n[defaults]\nlanguage = \"ru\"\nresponse_days = 30\npaper = \"letter\"\n",
    );
    let case = env.write("case.json", MINIMAL);
    let letter = crate::support::plain(&env.run(&["letter", &case, "--date", DATE]).ok().stdout);
    // Filled from the config: the address, the language, the days.
    assert!(letter.contains("7 Config Road, York"), "{letter}");
    assert!(letter.contains("ПРЕТЕНЗИЯ"), "{letter}");
    // No purchase: no rule of the law, so the config's 30 days are the consumer's own term.
    assert!(
        letter
            .replace('\u{a0}', " ")
            .contains("письменный ответ в течение 30 дней со дня получения"),
        "{letter}"
    );
    // The case's own values win.
    assert!(
        letter.contains("Sam Carter") && !letter.contains("Config Name"),
        "{letter}"
    );
    assert!(
        letter.contains("sam@case.example") && !letter.contains("config@example.org"),
        "{letter}"
    );
    // --lang beats both; the config's paper is used for the PDF.
    let en = env
        .run(&["letter", &case, "--lang", "en", "--date", DATE])
        .ok()
        .stdout;
    assert!(en.contains("Dear Sir or Madam"));
    env.run(&[
        "letter", &case, "--format", "pdf", "-o", "l.pdf", "--date", DATE,
    ])
    .ok();
    let pdf = std::fs::read(env.path("l.pdf")).unwrap();
    let doc = lopdf::Document::load_mem(&pdf).unwrap();
    assert!(
        (page_size(&doc).0 - 612.0).abs() < 1.0,
        "US Letter from the config"
    );
    // The case file itself is not changed by rendering.
    assert_eq!(env.read("case.json"), MINIMAL);

    // `next` counts the letter's deadline with the same days as the letter.
    env.run(&["log", &case, "--channel", "letter", "--date", "2026-11-01"])
        .ok();
    let next = env
        .run(&["next", &case, "--date", "2026-11-20"])
        .ok()
        .stdout;
    assert!(
        next.contains("1 December 2026") || next.contains("1 декабря 2026"),
        "{next}"
    );
    assert!(!next.contains("passed"), "{next}");

    let show = env.run(&["config", "show"]).ok().stdout;
    assert!(
        show.contains("consumer.address") && show.contains("7 Config Road, York  (config file)"),
        "{show}"
    );
    assert!(show.contains("defaults.paper"), "{show}");
}

#[test]
fn a_malformed_config_is_an_error_naming_file_and_line() {
    let env = Env::new();
    env.write(
        "config/config.toml",
        "[consumer]\nname = \"Sam\"\nemail = sam@example.org\n",
    );
    let case = env.write("case.json", MINIMAL);
    let run = env.run(&["opener", &case]).expect_code(1);
    let path = env.path("config/config.toml");
    assert!(
        run.stderr
            .contains(&format!("the config file {}:3:9:", path.display())),
        "{}",
        run.stderr
    );
    // Commands that do not use the config still work, and say where it is.
    env.run(&["validate", &case]).ok();
    let where_ = env.run(&["config", "path"]).ok().stdout;
    assert_eq!(where_.trim(), path.display().to_string());
}
