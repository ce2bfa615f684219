//! The interface speaks the case's language: for a Russian and a Hebrew case, what the
//! commands print holds no English sentence of the interface; the locale chooses for commands
//! without a case, and `COMPLAINT_UI_LANG` or the config win over both.

use crate::support::{
    DATE, Env, assert_no_english, assert_no_english_in_law, example_path, fixture,
};

/// Everything the commands print about one case in `lang`, stdout and stderr together.
fn outputs(env: &Env, lang: &str, locale: &str) -> Vec<(String, String)> {
    let case = env.write(
        &format!("data/cases/case-{lang}.json"),
        fixture_or_example(lang),
    );
    let rude = env.fixture(&format!("rude.{lang}.json"));
    let existing = env.write("existing.txt", "already here");
    let name = format!("case-{lang}");
    let runs = [
        ("check", env.run(&["check", &rude])),
        ("check (clean)", env.run(&["check", &case])),
        ("next", env.run(&["next", &case, "--date", DATE])),
        (
            "rehearse --script",
            env.run(&["rehearse", &case, "--script"]),
        ),
        ("validate (warnings)", env.run(&["validate", &rude])),
        (
            "log",
            env.run(&["log", &name, "--channel", "phone", "--reference", "INC-1"]),
        ),
        ("next after log", env.run(&["next", &name, "--date", DATE])),
        ("list", env.run_in(locale, &["list"])),
        (
            "letter -o existing",
            env.run(&["letter", &case, "-o", &existing]),
        ),
        // No case to speak for it: the locale does.
        (
            "no such case",
            env.run_in(locale, &["next", &format!("{name}-nope")]),
        ),
    ];
    runs.into_iter()
        .map(|(what, run)| (what.to_owned(), format!("{}{}", run.stdout, run.stderr)))
        .collect()
}

fn fixture_or_example(lang: &str) -> String {
    std::fs::read_to_string(example_path(lang)).unwrap()
}

#[test]
fn a_russian_case_gets_no_english_sentence() {
    let env = Env::new();
    for (what, out) in outputs(&env, "ru", "ru_RU.UTF-8") {
        assert!(!out.trim().is_empty(), "{what} printed nothing");
        assert_no_english(&format!("ru {what}"), &out);
    }
}

#[test]
fn a_hebrew_case_gets_no_english_sentence() {
    let env = Env::new();
    for (what, out) in outputs(&env, "he", "he_IL.UTF-8") {
        assert!(!out.trim().is_empty(), "{what} printed nothing");
        assert_no_english(&format!("he {what}"), &out);
    }
}

#[test]
#[should_panic(expected = "English")]
fn the_english_check_finds_english() {
    let env = Env::new();
    let out = env
        .run(&["next", &example_path("en"), "--date", DATE])
        .stdout;
    assert_no_english("en next", &out);
}

#[test]
fn the_words_that_matter_are_there() {
    let env = Env::new();
    let next = env
        .run(&["next", &example_path("ru"), "--date", DATE])
        .ok()
        .stdout;
    assert!(next.starts_with("Где вы сейчас: "), "{next}");
    assert!(next.contains("Следующий шаг: "), "{next}");
    let existing = env.write("letter.txt", "x");
    let refused = env.run(&["letter", &example_path("he"), "-o", &existing]);
    assert_eq!(refused.code, 74);
    assert!(
        refused.stderr.contains("complaint: שגיאה: ") && refused.stderr.contains("כבר קיים"),
        "{}",
        refused.stderr
    );
    assert_eq!(env.read("letter.txt"), "x", "nothing written");
}

#[test]
fn the_locale_speaks_for_commands_without_a_case_and_a_choice_wins_over_the_case() {
    let env = Env::new();
    let list = env.run_in("ru_RU.UTF-8", &["list"]).ok();
    assert!(
        list.stderr.contains("сохранённых дел пока нет"),
        "{}",
        list.stderr
    );
    let list = env.run_in("he_IL.UTF-8", &["list"]).ok();
    assert!(
        list.stderr.contains("עוד אין תיקים שמורים"),
        "{}",
        list.stderr
    );

    // A Russian speaker with a Hebrew case keeps a Russian interface.
    let mut cmd = env.command(&["next", &example_path("he"), "--date", DATE]);
    cmd.env("COMPLAINT_UI_LANG", "ru");
    let out = String::from_utf8(cmd.output().unwrap().stdout).unwrap();
    assert!(out.starts_with("Где вы сейчас: "), "{out}");
    env.write("config/config.toml", "[defaults]\ninterface = \"he\"\n");
    let out = env.run(&["check", &example_path("ru")]).ok();
    // The Russian example is a telecom claim: one note from its law, in Hebrew too.
    assert!(
        out.stderr.starts_with("בדיקת תיק אחד: אין הערות לנוסח"),
        "{}",
        out.stderr
    );
    assert!(
        out.stdout.contains("(רוסיה): לפני הגשת תביעה"),
        "{}",
        out.stdout
    );
    assert!(
        !(out.stdout + &out.stderr).contains("information about the law"),
        "the note on legal advice is in the interface's language"
    );
}

#[test]
fn a_mistake_in_an_overriding_message_file_is_named_with_file_and_line() {
    let env = Env::new();
    env.write(
        "tpl/ru/messages.ftl",
        "next-where = Вы здесь: { $stand }.\n\nbroken = { $x\n",
    );
    let run = env.run(&["next", &example_path("ru"), "--templates", "tpl"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains("tpl/ru/messages.ftl:3: "),
        "{}",
        run.stderr
    );
    env.write(
        "tpl/ru/messages.ftl",
        "next-where = Вы здесь: { $stand }.\n",
    );
    let out = env
        .run(&[
            "next",
            &example_path("ru"),
            "--templates",
            "tpl",
            "--date",
            DATE,
        ])
        .ok()
        .stdout;
    assert!(out.starts_with("Вы здесь: "), "{out}");
}

#[test]
fn validate_refuses_a_currency_that_is_not_iso_4217() {
    let env = Env::new();
    let mut case: serde_json::Value = serde_json::from_slice(&fixture("minimal.en.json")).unwrap();
    case["event"]["amount"] = serde_json::json!({"value": "10", "currency": "XYZ"});
    let path = env.write("xyz.json", case.to_string());
    let run = env.run(&["validate", &path]).expect_code(65);
    assert!(
        run.stdout
            .contains("\"XYZ\" is not an ISO 4217 currency code"),
        "{}",
        run.stdout
    );
}

#[test]
fn validate_holds_amounts_to_their_currency_s_decimals() {
    let env = Env::new();
    let mut case: serde_json::Value = serde_json::from_slice(&fixture("minimal.en.json")).unwrap();
    case["event"]["amount"] = serde_json::json!({"value": "5000.5", "currency": "JPY"});
    let path = env.write("jpy.json", case.to_string());
    let run = env.run(&["validate", &path]).expect_code(65);
    assert!(
        run.stdout
            .contains("event.amount.value: \"5000.5\" has more decimals than JPY has (0)"),
        "{}",
        run.stdout
    );
    case["event"]["amount"] = serde_json::json!({"value": "1.250", "currency": "KWD"});
    let path = env.write("kwd.json", case.to_string());
    env.run(&["validate", &path]).ok();
    let letter = env.run(&["letter", &path, "--date", DATE]).ok().stdout;
    assert!(
        letter.replace('\u{a0}', " ").contains("1.250 KWD"),
        "{letter}"
    );
}

#[test]
fn a_broken_russian_case_is_told_its_problems_in_russian() {
    let env = Env::new();
    let path = env.write(
        "broken.json",
        "{\"schema_version\": 1, \"language\": \"ru\", \"consumer\": {\"nmae\": \"А\"},\n \"company\": {\"name\": \"Б\"}, \"event\": {\"summary\": \"В\", \"date\": \"2026-13-40\"}}",
    );
    let run = env.run(&["validate", &path]).expect_code(65);
    let out = format!("{}{}", run.stdout, run.stderr);
    assert!(
        out.contains("неизвестное поле `nmae`; может быть, `name`?"),
        "{out}"
    );
    assert!(out.contains("«2026-13-40» — неверная дата"), "{out}");
    assert!(out.contains("goal: не хватает обязательного поля"), "{out}");
    assert!(
        out.contains("Проверено: 1 дело; без ошибок: 0; с ошибками: 1"),
        "{out}"
    );
    assert_no_english("broken ru validate", &out);
}

/// After the letter, in `lang` (the interface following the saved case, or the locale where
/// no case speaks): what `status`, `remind`, `email`, `letter`, `followup` and `log` say, on
/// their refusals and their successes, and an attachment that is not there.
fn after_the_letter(env: &Env, lang: &str, locale: &str) -> Vec<(&'static str, String)> {
    let name = format!("mine-{lang}");
    let both = |run: crate::support::Run| format!("{}{}", run.stdout, run.stderr);
    let empty = both(env.run_in(locale, &["status"]).ok());
    env.write(&format!("data/cases/{name}.json"), fixture_or_example(lang));
    let mut out = vec![("status (no cases)", empty)];
    let mut step = |what, args: &[&str], code: i32| {
        out.push((what, both(env.run(args).expect_code(code))));
    };
    step("remind (nothing yet)", &["remind", &name, "-o", "r.ics"], 2);
    step("remind (not .ics)", &["remind", &name, "-o", "r.txt"], 2);
    step(
        "log --delivered (no letter)",
        &["log", &name, "--delivered", "2026-11-03"],
        2,
    );
    step(
        "letter -o",
        &["letter", &name, "-o", "l.pdf", "--date", DATE],
        0,
    );
    // The example's evidence is not in the test folder: the e-mail goes without it.
    step("email", &["email", &name, "-o", "m.eml", "--date", DATE], 0);
    let letter = ["log", &name, "--channel", "letter", "--date", "2026-11-01"];
    step("log letter", &letter, 0);
    step(
        "log --delivered (before sent)",
        &["log", &name, "--delivered", "2026-10-30"],
        2,
    );
    step(
        "log --delivered",
        &["log", &name, "--delivered", "2026-11-03"],
        0,
    );
    step(
        "remind",
        &["remind", &name, "-o", "r.ics", "--date", DATE],
        0,
    );
    step(
        "followup -o",
        &["followup", &name, "-o", "f.pdf", "--date", "2026-12-20"],
        0,
    );
    // Every saved case at once: the locale speaks.
    let status = env.run_in(locale, &["status", "--date", "2026-12-20"]).ok();
    out.push(("status", both(status)));
    out
}

fn assert_after_the_letter_speaks(lang: &str, locale: &str, words: &[&str]) {
    let env = Env::new();
    let outs = after_the_letter(&env, lang, locale);
    for (what, out) in &outs {
        assert!(!out.trim().is_empty(), "{lang} {what} printed nothing");
        assert_no_english(&format!("{lang} {what}"), out);
    }
    let all = crate::support::unmarked(&outs.iter().map(|(_, o)| o.as_str()).collect::<String>());
    for word in words {
        assert!(all.contains(word), "{lang}: no {word:?} in:\n{all}");
    }
}

#[test]
fn after_the_letter_a_russian_case_gets_no_english_sentence() {
    assert_after_the_letter_speaks(
        "ru",
        "ru_RU.UTF-8",
        &[
            "ДЕЛО",
            "сохранена в файле l.pdf",
            "(такого файла нет)",
            "просрочено на",
        ],
    );
}

#[test]
fn after_the_letter_a_hebrew_case_gets_no_english_sentence() {
    assert_after_the_letter_speaks(
        "he",
        "he_IL.UTF-8",
        &["תיק", "נשמר בקובץ l.pdf", "(אין קובץ כזה)", "באיחור של"],
    );
}

/// `complaint ARGS` with the interface in `ui`, whatever the locale; its output, which must
/// be a success.
fn run_ui(env: &Env, ui: &str, args: &[&str]) -> String {
    let mut cmd = env.command(args);
    cmd.env("COMPLAINT_UI_LANG", ui);
    let out = cmd.output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap() + &String::from_utf8(out.stderr).unwrap();
    assert!(out.status.success(), "{args:?} in {ui}:\n{text}");
    text
}

#[test]
fn complaint_law_speaks_russian_and_hebrew_around_the_law_s_own_words() {
    let env = Env::new();
    for ui in ["ru", "he"] {
        for code in ["ru", "il", "gb"] {
            let out = run_ui(&env, ui, &["law", code]);
            assert_no_english_in_law(&format!("law {code} in {ui}"), &out);
        }
        assert_no_english_in_law(&format!("law in {ui}"), &run_ui(&env, ui, &["law"]));
    }
    // The law's own words stay: a Russian letter cites the Russian article, an English
    // letter under British law the Act.
    let out = run_ui(&env, "he", &["law", "ru"]).replace('\u{a0}', " ");
    assert!(out.contains("ст. 18, 22 Закона РФ"), "{out}");
    let out = run_ui(&env, "ru", &["law", "gb"]);
    assert!(
        out.contains("sections 20 and 22 of the Consumer Rights Act 2015"),
        "{out}"
    );
    assert!(
        out.contains("срок: 14 дней со дня, когда продавец получит письмо"),
        "{out}"
    );
}

/// The example case in `lang`, its letter received on 25 November 2026.
fn sent_example(env: &Env, lang: &str) -> String {
    let mut c = crate::support::example_json(lang);
    c["contacts"] = serde_json::json!([
        {"date": "2026-11-20", "channel": "letter", "delivered": "2026-11-25"}
    ]);
    env.write(&format!("sent-{lang}.json"), c.to_string())
}

/// The needs of each body of the pack `code`, in `lang`.
fn needs(code: &str, lang: &str) -> Vec<String> {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("jurisdictions/{code}.toml"));
    let pack: toml::Value = toml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    pack["body"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| {
            let text = b["needs"].get(lang).and_then(|t| t.as_str());
            // What a court is asked for depends on the case's rule: the words before it.
            let text = text.unwrap_or("(no needs in this language)");
            text.split("{claims}").next().unwrap_or(text).to_owned()
        })
        .collect()
}

#[test]
fn next_names_the_bodies_and_their_needs_in_the_interface_s_language() {
    let env = Env::new();
    // Both examples are past their letter's term on 10 January 2027: `next` escalates.
    for (lang, code) in [("ru", "ru"), ("he", "il")] {
        let case = sent_example(&env, lang);
        for ui in ["ru", "he"] {
            let out = crate::support::unmarked(&run_ui(
                &env,
                ui,
                &["next", &case, "--date", "2027-01-10"],
            ));
            for needs in needs(code, ui) {
                assert!(
                    out.contains(&needs),
                    "{lang} case in {ui} lacks {needs:?}:\n{out}"
                );
            }
            assert_no_english_in_law(&format!("next {lang} case in {ui}"), &out);
        }
    }
}
