//! The commands that advise: `check`, the warnings of `validate`, `next` and `rehearse`.

use std::time::Duration;

use expectrl::Expect;

use crate::support::{DATE, Env, example_path};

#[test]
fn check_finds_nothing_in_the_built_in_examples() {
    let env = Env::new();
    // Each in the case's own language.
    for (lang, summary) in [
        ("en", "1 case checked: no findings\n"),
        ("ru", "Проверено: 1 дело; замечаний к тексту нет\n"),
        ("he", "בדיקת תיק אחד: אין הערות לנוסח\n"),
    ] {
        let run = env.run(&["check", "--strict", &example_path(lang)]).ok();
        // The Russian example is a telecom claim: its law's note (attach the contract) is
        // advice, not a finding about the wording.
        for line in run.stdout.lines() {
            assert!(line.contains("(Россия)"), "{lang}: {line}");
        }
        if lang != "ru" {
            assert_eq!(run.stdout, "", "{lang}");
        }
        assert!(
            run.stderr.starts_with(summary.trim_end()),
            "{lang}: {}",
            run.stderr
        );
    }
}

#[test]
fn check_finds_nothing_in_calm_cases_full_of_codes() {
    let env = Env::new();
    for name in ["calm.en.json", "calm.ru.json"] {
        let case = env.fixture(name);
        let run = env.run(&["check", "--strict", &case]).ok();
        assert_eq!(run.stdout, "", "{name}");
    }
}

#[test]
fn check_gives_each_finding_its_field_phrase_and_calmer_wording() {
    let env = Env::new();
    let case = env.fixture("rude.en.json");
    let run = env.run(&["check", &case]).ok();
    let lines: Vec<&str> = run.stdout.lines().collect();
    for line in &lines {
        assert!(line.starts_with(&format!("{case}: ")), "{line}");
        assert!(line.contains("; try: "), "{line}");
    }
    for expected in [
        "title: tone: \"THIEVES\" reads as an insult; try: \"you took a payment I did not agree to\"",
        "event.summary: tone: \"You people\" reads as an insult; try: \"you\"",
        "event.summary: tone: \"TWICE AGAIN\" reads as shouting; try: \"twice again\"",
        "event.summary: tone: \"AGAIN!!!\" reads as shouting; try: \"again.\"",
        "event.details: tone: \"incompetent\" reads as an insult; try: \"not resolved so far\"",
        "event.details: tone: \"me???\" reads as shouting; try: \"me?\"",
        "goal.summary: vague: \"Sort it out\" does not say what you want them to do; try: name the action and its object, e.g. \"Refund the duplicate charge of £49.99 to my card\"",
        "goal.summary: tone: \"RIGHT NOW\" reads as an ultimatum; try: a date: \"by 15 December\"",
        "goal.amount: vague: a refund with no amount; try: \"amount\": {\"value\": \"49.99\", \"currency\": \"EUR\"} in goal, if the €49.99 of the event is what you ask for",
        "consequence.summary: tone: \"I'll sue you\" reads as a threat; try: \"If it is not resolved by then, I will take it to court\"",
        "consequence.summary: tone: \"scammers\" reads as an insult",
        "attachments: vague: no evidence listed; try: ",
        "contacts[0].summary: tone: \"Useless\" reads as an insult",
    ] {
        assert!(
            lines
                .iter()
                .any(|l| l.starts_with(&format!("{case}: {expected}"))),
            "missing {expected:?} in:\n{}",
            run.stdout
        );
    }
    assert_eq!(lines.len(), 13, "{}", run.stdout);
    // The codes beside the shouting are not shouting.
    for code in ["XK7P2Q", "EUR", "SIM", "IMEI", "INC-99812", "MegaTel"] {
        assert!(
            !lines
                .iter()
                .any(|l| l.contains(&format!("\"{code}")) && l.contains("reads as shouting")),
            "{code} flagged:\n{}",
            run.stdout
        );
    }
    assert_eq!(
        run.stderr,
        "1 case checked: 13 findings (10 tone, 3 vague)\n"
    );

    // --strict turns advice into a failing status, for scripts.
    let strict = env.run(&["check", "--strict", &case]).expect_code(1);
    assert_eq!(strict.stdout, run.stdout);
}

#[test]
fn check_reads_russian_by_stem() {
    let env = Env::new();
    let case = env.fixture("rude.ru.json");
    let out = env.run(&["check", &case]).ok().stdout;
    for expected in [
        "event.summary: тон: «мошенники» читается как оскорбление; лучше: «списание без моего согласия»",
        "event.summary: тон: «деньги!!» читается как крик; лучше: «деньги.»",
        // One finding with the calm wording, not shouting advice that keeps «грабёж».
        "event.details: тон: «ГРАБЁЖ» читается как оскорбление; лучше: «сумма больше согласованной»",
        "event.details: тон: «Жулики» читается как оскорбление",
        "event.details: тон: «воры» читается как оскорбление",
        "event.details: тон: «беспредел» читается как оскорбление",
        "event.date: неясно: не указано, когда это случилось",
        "goal.summary: неясно: «Разберитесь» не говорит, что именно они должны сделать; лучше: назовите действие и его предмет, например «",
        "consequence.summary: тон: «засужу» читается как угроза; лучше: «Если вопрос не решат в срок, я обращусь в суд»",
    ] {
        assert!(
            out.contains(&format!("{case}: {expected}")),
            "missing {expected:?} in:\n{out}"
        );
    }
    for code in ["ООО", "СМС", "RUB", "МегаТел"] {
        assert!(!out.contains(&format!("«{code}")), "{code} flagged:\n{out}");
    }
}

#[test]
fn check_reads_hebrew() {
    let env = Env::new();
    let case = env.fixture("rude.he.json");
    let out = crate::support::unmarked(&env.run(&["check", &case]).ok().stdout);
    for expected in [
        "event.summary: טון: \"הגנבים\" נשמע כמו עלבון; עדיף: \"החברה\"",
        "event.summary: טון: \"פעמיים!!!\" נשמע כמו צעקה",
        "goal.summary: חסר או לא ברור: \"תסדרו את זה\" לא אומר מה בדיוק הם צריכים לעשות",
        "consequence.summary: טון: \"אני אתבע אתכם\" נשמע כמו איום",
    ] {
        assert!(
            out.contains(&format!("{case}: {expected}")),
            "missing {expected:?} in:\n{out}"
        );
    }
}

#[test]
fn check_exit_status_for_bad_and_missing_cases() {
    let env = Env::new();
    let good = example_path("en");
    let bad = env.write("bad.json", "{}");
    let run = env.run(&["check", &good, &bad]).expect_code(65);
    assert!(
        run.stdout
            .contains("bad.json: consumer: required field is missing"),
        "{}",
        run.stdout
    );
    assert_eq!(run.stderr, "2 cases checked: no findings, 1 invalid\n");
    let run = env.run(&["check", "missing.json"]).expect_code(74);
    assert!(run.stdout.contains("cannot read missing.json"));
    // Standard input works too.
    let rude = crate::support::fixture("rude.en.json");
    let run = env.run_with_stdin(&["check", "-"], &rude).ok();
    assert!(
        run.stdout.starts_with("<stdin>: title: tone: "),
        "{}",
        run.stdout
    );
}

#[test]
fn validate_shows_the_advice_as_warnings_and_keeps_its_status() {
    let env = Env::new();
    let rude = env.fixture("rude.en.json");
    let run = env.run(&["validate", &rude]).ok();
    // Findings, advice among them, on standard output; the summary alone on standard error.
    assert!(
        run.stdout.contains(&format!(
            "{rude}: warning: title: tone: \"THIEVES\" reads as an insult; try: \"you took a payment I did not agree to\"\n"
        )),
        "{}",
        run.stdout
    );
    // "THIEVES" is one finding, the insult, not a second one for the capitals.
    assert_eq!(run.stdout.matches(": warning: ").count(), 13);
    assert_eq!(run.stdout.lines().count(), 13, "{}", run.stdout);
    assert_eq!(run.stderr, "1 case checked: 1 valid\n");

    let clean = env.run(&["validate", &example_path("en")]).ok();
    assert_eq!(clean.stderr, "1 case checked: 1 valid\n");
    assert!(!clean.stdout.contains("tone:"), "{}", clean.stdout);
}

#[test]
fn next_along_the_whole_ladder() {
    let env = Env::new();
    let case = env.fixture("minimal.en.json");
    let next = |date: &str| env.run(&["next", &case, "--date", date]).ok().stdout;
    let log = |args: &[&str]| {
        let mut all = vec!["log", case.as_str()];
        all.extend_from_slice(args);
        env.run(&all).ok();
    };

    let out = next(DATE);
    assert!(
        out.starts_with("Where you stand: no contact with Brightline Energy recorded yet.\nNext step: first-line call.\n"),
        "{out}"
    );
    assert!(out.contains(&format!("  complaint opener {case}")), "{out}");

    log(&[
        "--date",
        "2026-11-02",
        "--channel",
        "phone",
        "--reference",
        "R-1",
    ]);
    let out = next(DATE);
    assert!(
        out.contains("first-line call (1 call, on 2 November 2026)"),
        "{out}"
    );
    assert!(out.contains("Next step: second line."), "{out}");
    assert!(out.contains(&format!("  complaint brief {case}")), "{out}");

    log(&["--date", "2026-11-05", "--channel", "phone"]);
    let out = next(DATE);
    assert!(
        out.contains("second line (2 calls, the last on 5 November 2026)"),
        "{out}"
    );
    assert!(out.contains("Next step: written message."), "{out}");
    assert!(
        out.contains(&format!("  complaint message {case}")),
        "{out}"
    );

    log(&["--date", "2026-11-08", "--channel", "email"]);
    let out = next(DATE);
    assert!(out.contains("Next step: formal letter."), "{out}");
    assert!(
        out.contains("If your message of 8 November 2026 has not been answered"),
        "{out}"
    );
    assert!(
        out.contains(&format!(
            "  complaint letter {case} --format pdf -o letter.pdf"
        )),
        "{out}"
    );

    // A letter on 20 November: 14 days, so the deadline is 4 December.
    log(&["--date", "2026-11-20", "--channel", "letter"]);
    let out = next("2026-12-03");
    assert!(
        out.contains("Where you stand: formal letter (1 letter, on 20 November 2026)."),
        "{out}"
    );
    assert!(
        out.contains("They have until 4 December 2026 to answer your letter: 1 day left."),
        "{out}"
    );
    assert!(
        out.contains("from 5 December 2026 the next step is a letter to the management."),
        "{out}"
    );
    let out = next("2026-12-04");
    assert!(
        out.contains("Today, 4 December 2026, is the last day"),
        "{out}"
    );
    let out = next("2026-12-05");
    assert!(
        out.contains("Next step: a letter to the management."),
        "{out}"
    );
    assert!(out.contains("passed 1 day ago"), "{out}");
    assert!(out.contains("--format pdf -o followup.pdf"), "{out}");

    // The letter to management, unanswered too: the regulator.
    log(&["--date", "2026-12-06", "--channel", "letter"]);
    let out = next("2026-12-21");
    assert!(
        out.contains("Where you stand: management (2 letters, the last on 6 December 2026)."),
        "{out}"
    );
    assert!(
        out.contains("Next step: a complaint to the regulator."),
        "{out}"
    );
    assert!(
        out.contains("--embed-attachments -o letter-and-evidence.pdf"),
        "{out}"
    );
}

#[test]
fn next_after_the_deadline_follows_the_consequence() {
    let env = Env::new();
    // The rude case's letter went out on 1 November with 14 days: the deadline is 15 November.
    let case = env.fixture("rude.en.json");
    let next = |date: &str| env.run(&["next", &case, "--date", date]).ok().stdout;
    assert!(next("2026-11-14").contains("1 day left"));
    assert!(next("2026-11-14").contains("from 16 November 2026 the next step is court."));
    assert!(next("2026-11-15").contains("Today, 15 November 2026, is the last day"));
    let after = next("2026-11-16");
    assert!(after.contains("Next step: court.\n"), "{after}");
    assert!(after.contains("passed 1 day ago"), "{after}");
    assert!(
        after.contains("Your case says: \"I'll sue you, scammers\"."),
        "{after}"
    );
}

#[test]
fn next_on_the_example() {
    let env = Env::new();
    let out = env
        .run(&["next", "megatel", "--date", DATE])
        .expect_code(74)
        .stderr;
    assert!(
        out.contains("there is no file megatel, nor a saved case of that name"),
        "{out}"
    );
    env.write(
        "data/cases/megatel.json",
        std::fs::read(example_path("en")).unwrap(),
    );
    let out = env.run(&["next", "megatel", "--date", DATE]).ok().stdout;
    assert!(
        out.starts_with("Where you stand: first-line call (1 call, on 5 October 2026).\nNext step: second line.\n"),
        "{out}"
    );
    assert!(out.contains("  complaint brief megatel "), "{out}");
}

#[test]
fn rehearse_prints_the_practice_sheet_without_a_terminal() {
    let env = Env::new();
    let case = example_path("en");
    let sheet = env
        .run(&["rehearse", &case, "--script", "--date", DATE])
        .ok()
        .stdout;
    assert!(sheet.starts_with("REHEARSAL: MegaTel Ltd\n"), "{sheet}");
    // The operator says the name as people say it, without "Ltd".
    let opener = env.render("opener", &case);
    assert!(
        sheet.contains(&format!(
            "Operator:    Hello, you are through to MegaTel. How can I help?\nYou:         {opener}"
        )),
        "{sheet}"
    );
    assert!(
        !sheet.contains("Before you say it"),
        "the example's opener is good"
    );
    for (question, answer) in [
        ("When did it happen?", "3 October 2026"),
        (
            "What is your order or contract number?",
            "Order number A-12345, contract number 77-001234",
        ),
        (
            "What exactly would you like us to do?",
            "I would like you to refund the duplicate charge to my card (£49.99).",
        ),
    ] {
        assert!(
            sheet.contains(&format!("Specialist:  {question}\nYou:         {answer}\n")),
            "{question}:\n{sheet}"
        );
    }
    assert!(!sheet.contains("FIND BEFORE THE CALL"), "{sheet}");

    // Without --script, but with no terminal: the same sheet, at once.
    let piped = env.run(&["rehearse", &case, "--date", DATE]).ok().stdout;
    assert_eq!(piped, sheet);

    // A rude, incomplete case: advice on its opener, and its gaps listed.
    let rude = env.fixture("rude.en.json");
    let sheet = env.run(&["rehearse", &rude, "--script"]).ok().stdout;
    assert!(
        sheet.contains("Before you say it:\n- \"You people\" reads as an insult; try: \"you\"\n"),
        "{sheet}"
    );
    assert!(
        // No device in the case, so no question about one.
        sheet.contains("FIND BEFORE THE CALL\n- Would you accept anything else?\n"),
        "{sheet}"
    );
    // In Russian, the other side and the frame speak Russian.
    let ru = env
        .run(&["rehearse", &example_path("ru"), "--script"])
        .ok()
        .stdout;
    assert!(
        ru.contains("Оператор:    Здравствуйте, вы позвонили в МегаТел. Чем могу помочь?"),
        "{ru}"
    );
    assert!(
        ru.contains("Специалист:  Когда это произошло?\nВы:          3 октября 2026"),
        "{ru}"
    );
}

#[test]
fn rehearse_on_a_terminal_checks_the_opening_and_shows_the_case_beside_each_answer() {
    let env = Env::new();
    let case = example_path("en");
    let mut s =
        expectrl::Session::spawn(env.command(&["rehearse", &case, "--date", DATE])).expect("a pty");
    s.set_expect_timeout(Some(Duration::from_secs(20)));
    s.expect("How can I help?").unwrap();
    s.expect("You").unwrap();
    s.send_line("You THIEVES charged me twice, my order is A-12345")
        .unwrap();
    s.expect("You gave your order number").unwrap();
    s.expect("reads as an insult").unwrap();
    s.expect("Your case's opener, to compare").unwrap();
    for (question, answer, case_answer) in [
        ("When did it happen?", "early October", "3 October 2026"),
        (
            "order or contract number?",
            "A-12345",
            "Order number A-12345",
        ),
        (
            "What have you tried so far?",
            "I called",
            "I called on 5 October 2026",
        ),
        (
            "What exactly would you like us to do?",
            "my money back",
            "I would like you to refund the duplicate charge",
        ),
        ("Would you accept anything else?", "", "A £49.99 credit"),
    ] {
        s.expect(question)
            .unwrap_or_else(|e| panic!("waiting for {question:?}: {e}"));
        s.send_line(answer).unwrap();
        s.expect("your case: ").unwrap();
        s.expect(case_answer)
            .unwrap_or_else(|e| panic!("waiting for {case_answer:?}: {e}"));
    }
    s.expect("Your case answers every question").unwrap();
    s.expect("complaint next").unwrap();
}

/// A letter carries the person's own words as typed: one made from rude words says so on
/// standard error, in the interface language, and names the command that lists them; a calm
/// case gets no such warning.
#[test]
fn a_letter_made_from_rude_words_warns_before_it_is_signed() {
    let env = Env::new();
    for (lang, locale, words) in [
        ("en", "en_GB.UTF-8", "as shouting, an insult or a threat"),
        ("ru", "ru_RU.UTF-8", "как крик, оскорбление или угроза"),
        ("he", "he_IL.UTF-8", "כצעקה, כעלבון או כאיום"),
    ] {
        let rude = env.fixture(&format!("rude.{lang}.json"));
        let out = env.run_in(locale, &["letter", &rude]).ok();
        assert!(out.stderr.contains(words), "{lang}: {}", out.stderr);
        assert!(
            out.stderr.contains("complaint check"),
            "{lang}: {}",
            out.stderr
        );
    }
    for calm in ["calm.en.json", "calm.ru.json"] {
        let out = env.run(&["letter", &env.fixture(calm)]).ok();
        assert!(
            !out.stderr.contains("complaint check"),
            "{calm}: {}",
            out.stderr
        );
    }
}

/// A letter that does not say in full who sends it (a first name alone, no postal address)
/// says so before it is signed; the complete examples do not.
#[test]
fn a_letter_without_a_full_name_or_address_says_so() {
    let env = Env::new();
    let out = env.run(&["letter", &env.fixture("calm.ru.json")]).ok();
    assert!(
        out.stderr
            .contains("«Иван» — это не фамилия, имя и отчество"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("consumer.address"), "{}", out.stderr);
    for lang in ["en", "ru", "he"] {
        let out = env.run(&["letter", &example_path(lang)]).ok();
        assert!(
            !out.stderr.contains("consumer.name"),
            "{lang}: {}",
            out.stderr
        );
    }
}
