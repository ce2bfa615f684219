//! Everyday command-line conventions: the format from `-o`'s name, saved cases named by a
//! beginning or their company, completion of their names, contacts listed, corrected and
//! removed, the stream rule, `--color`, `--version` and the man page's reference sections.

use std::process::Stdio;

use crate::pdf::{poppler, run_tool};
use crate::support::{DATE, Env, example_json, example_path};

/// Saves the English example as `data/cases/NAME.json`, for `company`.
fn save(env: &Env, name: &str, company: &str) {
    let mut case = example_json("en");
    case["company"]["name"] = company.into();
    env.write(
        &format!("data/cases/{name}.json"),
        serde_json::to_string_pretty(&case).unwrap(),
    );
}

#[test]
fn the_letter_format_follows_the_file_name() {
    let env = Env::new();
    let case = example_path("en");
    let run = env
        .run(&["letter", &case, "-o", "guess.pdf", "--date", DATE])
        .ok();
    assert!(run.stderr.contains("wrote the letter to guess.pdf"));
    let bytes = std::fs::read(env.path("guess.pdf")).unwrap();
    assert!(bytes.starts_with(b"%PDF-"), "not a PDF");
    if poppler() {
        let text = run_tool("pdftotext", &[env.path("guess.pdf").to_str().unwrap(), "-"]);
        assert!(text.contains("Yours faithfully"), "{text}");
    }
    env.run(&["letter", &case, "-o", "plain.TXT", "--date", DATE])
        .ok();
    assert!(env.read("plain.TXT").contains("Yours faithfully"));

    // A format that contradicts the name is refused, and nothing is written.
    let run = env
        .run(&["letter", &case, "--format", "text", "-o", "x.pdf"])
        .expect_code(2);
    assert!(
        run.stderr
            .contains("--format text does not match x.pdf, which names a pdf file"),
        "{}",
        run.stderr
    );
    assert!(!env.path("x.pdf").exists());
    // --format still decides for a name that says nothing.
    env.run(&["letter", &case, "--format", "pdf", "-o", "letter.out"])
        .ok();
    assert!(
        std::fs::read(env.path("letter.out"))
            .unwrap()
            .starts_with(b"%PDF-")
    );

    // `-o -` is standard output, never a file named `-`.
    let run = env.run(&["letter", &case, "-o", "-", "--date", DATE]).ok();
    assert!(run.stdout.contains("Yours faithfully"));
    let out = env
        .command(&["letter", &case, "--format", "pdf", "-o", "-"])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert!(out.status.success() && out.stdout.starts_with(b"%PDF-"));
    assert!(!env.path("-").exists(), "a file named - was written");
}

#[test]
fn saved_cases_by_a_beginning_of_their_name_or_their_company() {
    let env = Env::new();
    save(&env, "puregym-2026-12-02", "PureGym Ltd");
    save(&env, "puregym-2026-12-05", "PureGym Ltd");
    save(&env, "ooo-megatel-2026-11-20", "ООО «МегаТел»");

    // A unique beginning, and a word of the company's name.
    let by_prefix = env.run(&["letter", "ooo", "--date", DATE]).ok().stdout;
    assert!(by_prefix.contains("ООО «МегаТел»"), "{by_prefix}");
    let by_company = env.run(&["letter", "megatel", "--date", DATE]).ok().stdout;
    assert_eq!(by_company, by_prefix);
    env.run(&["check", "MegaTel"]).ok();
    env.run(&["opener", "OOO-Mega"]).ok();
    // The whole name wins over being the beginning of another.
    env.run(&["opener", "puregym-2026-12-05"]).ok();

    // Two matches: a usage error naming both.
    let run = env.run(&["opener", "puregym"]).expect_code(2);
    assert!(
        run.stderr.contains(
            "`puregym` could be any of 2 saved cases: puregym-2026-12-02, puregym-2026-12-05"
        ),
        "{}",
        run.stderr
    );
    // A near miss: the case it was most likely meant to name.
    let run = env.run(&["opener", "megatl"]).expect_code(74);
    assert_eq!(
        run.stderr,
        "complaint: error: there is no file megatl, nor a saved case of that name\n\
         complaint: hint: did you mean `ooo-megatel-2026-11-20`? `complaint list` shows your saved cases\n"
    );
    let run = env.run(&["opener", "nothing-like-it"]).expect_code(74);
    assert!(!run.stderr.contains("did you mean"), "{}", run.stderr);

    // A word that begins one name and is in another's company fits both: refused.
    save(&env, "megatel-ltd-2026-11-22", "MegaTel Ltd");
    let run = env.run(&["next", "megatel"]).expect_code(2);
    assert!(
        run.stderr.contains(
            "`megatel` could be any of 2 saved cases: megatel-ltd-2026-11-22, ooo-megatel-2026-11-20"
        ),
        "{}",
        run.stderr
    );
    env.run(&["next", "megatel-ltd"]).ok();
}

/// Runs bash's completion function for `complaint` on `words`, as TAB would after the last.
fn bash_complete(env: &Env, words: &[&str]) -> Vec<String> {
    let script = format!(
        "source <(complaint completions bash)\n\
         COMP_WORDS=({})\n\
         COMP_CWORD={}\n\
         COMP_TYPE=9\n\
         _clap_complete_complaint complaint '{}' '{}'\n\
         printf '%s\\n' \"${{COMPREPLY[@]}}\"\n",
        words
            .iter()
            .map(|w| format!("'{w}'"))
            .collect::<Vec<_>>()
            .join(" "),
        words.len() - 1,
        words[words.len() - 1],
        words[words.len() - 2],
    );
    let out = env
        .program("bash", &["--norc", "--noprofile", "-c", &script])
        .output()
        .expect("bash runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    text.lines().map(|l| l.trim_end().to_owned()).collect()
}

#[test]
fn bash_completes_saved_case_names() {
    let env = Env::new();
    save(&env, "puregym-2026-12-02", "PureGym Ltd");
    save(&env, "ooo-megatel-2026-11-20", "ООО «МегаТел»");
    env.write("notes.txt", "mine");

    let got = bash_complete(&env, &["complaint", "letter", "pu"]);
    assert_eq!(got, ["puregym-2026-12-02"]);
    // An empty word: every saved case, then the files.
    let got = bash_complete(&env, &["complaint", "prepare", "--edit", ""]);
    for expected in ["puregym-2026-12-02", "ooo-megatel-2026-11-20", "notes.txt"] {
        assert!(
            got.iter().any(|g| g == expected),
            "{expected} not in {got:?}"
        );
    }
    assert!(
        bash_complete(&env, &["complaint", "log", "no"])
            .iter()
            .all(|g| g == "notes.txt")
    );
    // Commands and options complete as before.
    let got = bash_complete(&env, &["complaint", "rehe"]);
    assert_eq!(got, ["rehearse"]);

    // fish asks the same way, and shows each case's company beside it.
    let out = env
        .command(&["--", "complaint", "next", "oo"])
        .env("COMPLETE", "fish")
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "ooo-megatel-2026-11-20\tООО «МегаТел»\n"
    );
}

#[test]
fn log_lists_corrects_and_removes_contacts_by_number() {
    let env = Env::new();
    save(&env, "megatel-2026-11-20", "MegaTel Ltd");
    for _ in 0..2 {
        env.run(&[
            "log",
            "megatel",
            "--channel",
            "chat",
            "--reference",
            "CH-7",
            "--date",
            DATE,
        ])
        .ok();
    }
    let list = env.run(&["log", "megatel", "--list"]).ok();
    assert_eq!(list.stderr, "");
    let rows: Vec<&str> = list.stdout.lines().collect();
    assert_eq!(rows.len(), 4, "{}", list.stdout);
    assert!(rows[0].starts_with("#  DATE"), "{}", rows[0]);
    assert!(rows[3].starts_with("3  2026-11-22  chat"), "{}", rows[3]);

    // The duplicate goes; the one before it is corrected.
    let run = env.run(&["log", "megatel", "--remove", "3"]).ok();
    assert_eq!(
        run.stderr,
        "complaint: removed contact 3 from megatel-2026-11-20; 2 left\n"
    );
    env.run(&[
        "log",
        "megatel",
        "--correct",
        "2",
        "--reference",
        "CH-8",
        "--operator",
        "Priya",
    ])
    .ok();
    let list = env.run(&["log", "megatel", "--list"]).ok().stdout;
    assert_eq!(list.lines().count(), 3, "{list}");
    let second = list.lines().nth(2).unwrap();
    assert!(
        second.contains("chat") && second.contains("CH-8") && second.contains("Priya"),
        "{second}"
    );
    // Everything else in the case is as it was, and the case is still valid.
    let case: serde_json::Value =
        serde_json::from_str(&env.read("data/cases/megatel-2026-11-20.json")).unwrap();
    assert_eq!(case["goal"], example_json("en")["goal"]);
    assert_eq!(case["contacts"][0], example_json("en")["contacts"][0]);
    env.run(&["validate", "data/cases/megatel-2026-11-20.json"])
        .ok();

    // A number the case does not have, or a correction of nothing: refused, nothing changed.
    let before = env.read("data/cases/megatel-2026-11-20.json");
    let run = env.run(&["log", "megatel", "--remove", "9"]).expect_code(2);
    assert!(
        run.stderr
            .contains("there is no contact 9: the case has 2 contacts, 1 to 2"),
        "{}",
        run.stderr
    );
    env.run(&["log", "megatel", "--correct", "1"])
        .expect_code(2);
    env.run(&["log", "megatel", "--remove", "0"]).expect_code(2);
    assert_eq!(env.read("data/cases/megatel-2026-11-20.json"), before);
}

#[test]
fn what_a_command_is_for_goes_to_stdout_and_the_rest_to_stderr() {
    let env = Env::new();
    // validate: problems, unreadable files and advice on standard output; the summary on
    // standard error, so `2>/dev/null` hides nothing but the count.
    let rude = env.fixture("rude.en.json");
    let run = env
        .run(&["validate", &rude, "missing.json"])
        .expect_code(74);
    assert!(
        run.stdout.contains("cannot read missing.json"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains(&format!("{rude}: warning: title: tone: \"THIEVES\"")),
        "{}",
        run.stdout
    );
    assert_eq!(run.stderr, "2 cases checked: 1 valid, 1 unreadable\n");
    let quiet = env
        .run(&["validate", &rude, "missing.json", "-q"])
        .expect_code(74);
    assert_eq!((quiet.stdout, quiet.stderr.as_str()), (run.stdout, ""));

    // validate warns of an attachment that is not there.
    let mut case = example_json("en");
    env.write("evidence/october-bill.pdf", "%PDF-1.4");
    case["attachments"][1]["path"] = "evidence/statement.png".into();
    let path = env.write("case.json", serde_json::to_string(&case).unwrap());
    let run = env.run(&["validate", &path]).ok();
    assert!(
        run.stdout.contains(&format!(
            "{path}: warning: attachments[1]: evidence/statement.png is not there; the letter lists it as enclosure 2"
        )),
        "{}",
        run.stdout
    );
    assert!(!run.stdout.contains("october-bill"), "{}", run.stdout);

    // check -q and demo -q print no summary; demo's summary is on standard error.
    let run = env.run(&["check", &rude, "-q"]).ok();
    assert_eq!(run.stderr, "");
    assert!(run.stdout.contains("THIEVES"));
    let run = env.run(&["demo", "-q"]).ok();
    assert_eq!((run.stdout.as_str(), run.stderr.as_str()), ("", ""));
    let run = env.run(&["demo"]).ok();
    assert_eq!(run.stdout, "");
    assert!(run.stderr.contains("letter.pdf"), "{}", run.stderr);
}

#[test]
fn color_follows_the_flag_then_no_color_and_clicolor_force() {
    let env = Env::new();
    let bad = env.write("bad.json", "{}");
    let stderr = |args: &[&str], vars: &[(&str, &str)], unset_no_color: bool| {
        let mut cmd = env.command(args);
        for (k, v) in vars {
            cmd.env(k, v);
        }
        if unset_no_color {
            cmd.env_remove("NO_COLOR");
        }
        let out = cmd.stdin(Stdio::null()).output().unwrap();
        assert_eq!(out.status.code(), Some(65));
        String::from_utf8(out.stderr).unwrap()
    };
    // The test environment sets NO_COLOR and is no terminal.
    assert!(!stderr(&["opener", &bad], &[], false).contains("\x1b["));
    assert!(stderr(&["opener", &bad, "--color", "always"], &[], false).contains("\x1b["));
    assert!(stderr(&["opener", &bad], &[("CLICOLOR_FORCE", "1")], true).contains("\x1b["));
    let never = stderr(
        &["opener", &bad, "--color", "never"],
        &[("CLICOLOR_FORCE", "1")],
        true,
    );
    assert!(!never.contains("\x1b["), "{never:?}");
    assert!(never.starts_with("complaint: error: "));

    // clap's own usage errors follow --color as well.
    let usage = |args: &[&str], vars: &[(&str, &str)]| {
        let mut cmd = env.command(args);
        cmd.envs(vars.iter().copied()).env_remove("NO_COLOR");
        let out = cmd.stdin(Stdio::null()).output().unwrap();
        assert_eq!(out.status.code(), Some(2));
        String::from_utf8(out.stderr).unwrap()
    };
    let typo = ["letter", "x.json", "--fromat", "pdf"];
    assert!(usage(&[&typo[..], &["--color", "always"]].concat(), &[]).contains("\x1b["));
    assert!(
        !usage(
            &[&typo[..], &["--color=never"]].concat(),
            &[("CLICOLOR_FORCE", "1")]
        )
        .contains("\x1b[")
    );
}

#[test]
fn version_names_the_commit_it_was_built_from() {
    let env = Env::new();
    let version = env.run(&["--version"]).ok().stdout;
    let pkg = format!("complaint {}", env!("CARGO_PKG_VERSION"));
    let head = std::process::Command::new("git")
        .args(["rev-parse", "--short=12", "HEAD"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8(o.stdout).unwrap().trim().to_owned());
    match head {
        Some(commit) => assert!(
            version.starts_with(&format!("{pkg} (commit {commit}, ")),
            "{version}"
        ),
        None => assert_eq!(version.trim(), pkg),
    }
}

#[test]
fn a_config_typo_gets_did_you_mean() {
    let env = Env::new();
    env.write("config/config.toml", "[consumer]\nadress = \"1 High St\"\n");
    let run = env.run(&["opener", &example_path("en")]).expect_code(1);
    assert!(
        run.stderr
            .contains("config.toml:2:1: unknown field `adress`, did you mean `address`?"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_long_label_keeps_a_space_before_its_value() {
    let env = Env::new();
    let mut case = example_json("en");
    case["identifiers"]["other"][0] =
        serde_json::json!({"label": "Cancellation reference", "value": "CXL-88213"});
    let path = env.write("case.json", serde_json::to_string(&case).unwrap());
    let brief = env.render("brief", &path);
    assert!(
        brief.contains("Cancellation reference: CXL-88213"),
        "{brief}"
    );
}

#[test]
fn log_correct_on_a_terminal_asks_with_the_present_values() {
    use expectrl::Expect;
    let env = Env::new();
    save(&env, "megatel-2026-11-20", "MegaTel Ltd");
    let mut s = expectrl::Session::spawn(env.command(&["log", "megatel", "--correct", "1"]))
        .expect("a pty");
    s.set_expect_timeout(Some(std::time::Duration::from_secs(20)));
    s.expect("How did you contact them?").unwrap();
    s.send("\r").unwrap(); // keeps the phone
    s.expect("(INC-99812)").unwrap();
    s.send_line("").unwrap(); // keeps the reference
    s.expect("(Sam)").unwrap();
    s.send_line("Sam Lee").unwrap();
    s.expect("What was said or promised?").unwrap();
    s.send_line("").unwrap();
    s.expect("corrected contact 1 of megatel-2026-11-20")
        .unwrap();
    drop(s);
    let case: serde_json::Value =
        serde_json::from_str(&env.read("data/cases/megatel-2026-11-20.json")).unwrap();
    let mut expected = example_json("en")["contacts"][0].clone();
    expected["operator"] = "Sam Lee".into();
    assert_eq!(case["contacts"][0], expected);
}

/// Gender written with a slash or brackets («решил(а)», «הנציג/ה») reads as a form, not as a
/// person writing: every shipped Russian and Hebrew text finds a construction without it.
#[test]
fn shipped_texts_have_no_slash_or_bracket_gender_forms() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![
        root.join("messages/ru.ftl"),
        root.join("messages/he.ftl"),
        root.join("coach/ru.txt"),
        root.join("coach/he.txt"),
        root.join("lexicon/ru.toml"),
        root.join("lexicon/he.toml"),
    ];
    for dir in ["templates/ru", "templates/he", "jurisdictions"] {
        for entry in std::fs::read_dir(root.join(dir)).unwrap() {
            files.push(entry.unwrap().path());
        }
    }
    let russian = ["(а)", "(ла)", "(на)", "(ая)", "(ой)", "(ый)"];
    let hebrew = ["/ה", "/ית", "/ת", "/ים", "/ות"];
    let mut found = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        for (n, line) in text.lines().enumerate() {
            let bad = russian.iter().chain(&hebrew).find(|form| {
                line.match_indices(**form).any(|(i, _)| {
                    line[..i].chars().next_back().is_some_and(|c| {
                        ('\u{0400}'..='\u{04FF}').contains(&c)
                            || ('\u{05D0}'..='\u{05EA}').contains(&c)
                    })
                })
            });
            if let Some(form) = bad {
                found.push(format!("{}:{}: {form}: {line}", file.display(), n + 1));
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}
