//! The content rules of every rendering, checked on the real binary's output.

use crate::support::{DATE, Env, assert_reads_well, example_path, plain, sentences, unwrapped};

const RENDERINGS: [&str; 4] = ["opener", "brief", "message", "letter"];

#[test]
fn opener_is_two_calm_sentences_without_personal_data() {
    let env = Env::new();
    for lang in ["en", "ru"] {
        let case = example_path(lang);
        let opener = env.render("opener", &case);
        let text = opener.trim();
        assert!(
            sentences(text) <= 2,
            "{lang}: more than two sentences: {text}"
        );
        assert!(
            text.chars().count() <= 250,
            "{lang}: {} characters: {text}",
            text.chars().count()
        );
        let json: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&case).unwrap()).unwrap();
        let mut private = vec![
            json["consumer"]["name"].as_str().unwrap(),
            json["consumer"]["address"].as_str().unwrap(),
            json["consumer"]["email"].as_str().unwrap(),
            json["consumer"]["phone"].as_str().unwrap(),
            json["identifiers"]["order_number"].as_str().unwrap(),
            json["identifiers"]["contract_number"].as_str().unwrap(),
            json["identifiers"]["other"][0]["value"].as_str().unwrap(),
        ];
        private.retain(|p| !p.is_empty());
        for p in private {
            assert!(
                !text.contains(p),
                "{lang}: the opener gives away {p:?}: {text}"
            );
        }
        // The event and the concrete goal are in it.
        let goal = json["goal"]["summary"].as_str().unwrap();
        let goal_tail: String = goal.chars().skip(1).collect();
        assert!(text.contains(&goal_tail), "{lang}: goal missing: {text}");
        assert!(
            text.contains(json["event"]["summary"].as_str().unwrap()),
            "{lang}: event missing"
        );
    }
}

#[test]
fn the_deadline_is_counted_from_receipt_or_as_the_law_counts_it() {
    let env = Env::new();
    // English example: 14 days from the day the company receives it, as `next` and
    // `followup` count them, not a date the letter could not know.
    let en = plain(&env.render("letter", &example_path("en")));
    assert!(en.contains("22 November 2026"), "{en}");
    assert!(
        en.contains("within 14 days of receiving this letter"),
        "{en}"
    );
    // Russian example: a telecom claim, 30 days from its registration (ст. 55 «О связи»).
    let ru = plain(&env.render("letter", &example_path("ru")));
    assert!(
        ru.contains("в течение 30 дней со дня регистрации сообщить"),
        "{ru}"
    );

    // Defaults by language when the case does not say, across a year end.
    let en_min = env.fixture("minimal.en.json");
    let out = plain(
        &env.run(&["letter", &en_min, "--date", "2026-12-25"])
            .ok()
            .stdout,
    );
    assert!(
        out.contains("within 14 days of receiving this letter"),
        "{out}"
    );
    let ru_min = env.fixture("minimal.ru.json");
    let out = plain(
        &env.run(&["letter", &ru_min, "--date", "2026-12-25"])
            .ok()
            .stdout,
    );
    // A Russian case gains Russian law; without a purchase the 10 days are the consumer's own,
    // counted from receipt as the follow-up counts them.
    assert!(
        out.contains("письменный ответ в течение 10 дней со дня получения настоящей претензии"),
        "{out}"
    );

    // An explicit response_days wins, and the plural agrees with it.
    let one_day = std::fs::read_to_string(&en_min).unwrap().replace(
        "\"schema_version\": 1,",
        "\"schema_version\": 1, \"response_days\": 1,",
    );
    let path = env.write("one-day.json", one_day);
    let out = plain(&env.run(&["letter", &path, "--date", DATE]).ok().stdout);
    assert!(
        out.contains("within 1 day of receiving this letter"),
        "{out}"
    );
    let ru21 = std::fs::read_to_string(&ru_min).unwrap().replace(
        "\"schema_version\": 1,",
        "\"schema_version\": 1, \"response_days\": 21,",
    );
    let path = env.write("ru21.json", &ru21);
    let out = plain(&env.run(&["letter", &path, "--date", DATE]).ok().stdout);
    // The plural agrees with the consumer's own 21 days.
    assert!(out.contains("в течение 21 дня со дня получения"), "{out}");
    // The generic letter (no jurisdiction) counts plain days and words them.
    let generic = ru21.replace(
        "\"schema_version\": 1,",
        "\"schema_version\": 1, \"jurisdiction\": \"none\",",
    );
    let path = env.write("ru21-generic.json", generic);
    let out = plain(&env.run(&["letter", &path, "--date", DATE]).ok().stdout);
    assert!(
        out.contains("в течение 21 дня со дня получения настоящей претензии"),
        "{out}"
    );
}

#[test]
fn card_numbers_are_masked_and_braces_print_as_typed() {
    let env = Env::new();
    let case = env.fixture("tricky.json");
    for what in RENDERINGS {
        let out = unwrapped(&env.render(what, &case));
        for full in [
            "4111 1111 1113 1234",
            "4111-1111-1113-1234",
            "4111111111131234",
        ] {
            assert!(
                !out.contains(full),
                "{what} shows the card number {full}:\n{out}"
            );
        }
        // Written renderings keep the last four digits to tell the card; the spoken
        // opener leaves the number out altogether.
        assert_eq!(
            out.contains("1234"),
            what != "opener",
            "{what}: the last four digits:\n{out}"
        );
        assert!(
            out.contains("{{ soon }}"),
            "{what} did not print the braces as typed:\n{out}"
        );
    }
    let letter = unwrapped(&env.render("letter", &case));
    for typed in [
        "{% if x %}",
        "{{ company }}",
        "{% now %}",
        "{# note #}",
        "{{ order }}",
        "{{ wait }}",
    ] {
        assert!(letter.contains(typed), "letter lost {typed:?}:\n{letter}");
    }
    assert!(letter.contains("**** **** **** 1234"), "{letter}");
}

#[test]
fn a_minimal_case_reads_well_in_every_rendering() {
    let env = Env::new();
    for lang in ["en", "ru"] {
        let case = env.fixture(&format!("minimal.{lang}.json"));
        for what in RENDERINGS {
            let out = env.render(what, &case);
            assert_reads_well(lang, what, &out);
            // No heading without content: an all-capitals line must be followed by text.
            let lines: Vec<&str> = out.lines().collect();
            for (i, line) in lines.iter().enumerate() {
                let is_heading = line.chars().any(char::is_alphabetic)
                    && line.chars().all(|c| !c.is_lowercase())
                    && line.trim().len() > 3;
                if is_heading && what != "letter" {
                    let next = lines.get(i + 1).copied().unwrap_or("");
                    assert!(
                        !next.trim().is_empty(),
                        "{lang} {what}: empty section {line:?}:\n{out}"
                    );
                }
            }
        }
    }
}

#[test]
fn the_brief_has_a_section_for_each_part_of_the_case() {
    let env = Env::new();
    let brief = env.render("brief", &example_path("en"));
    for expected in [
        "WHAT HAPPENED",
        "READ OUT WHEN ASKED",
        "Order number:     A-12345",
        "TIMELINE",
        "5 October 2026    Phone call, ref. INC-99812, with Sam",
        "WHAT I WANT",
        "I WOULD ALSO ACCEPT",
        "IF IT IS NOT RESOLVED",
        "EVIDENCE I CAN SEND",
        "\"Where can I file a written complaint?\"",
    ] {
        assert!(
            brief.contains(expected),
            "brief lacks {expected:?}:\n{brief}"
        );
    }
    // The minimal case has none of the optional sections.
    let minimal = env.render("brief", &env.fixture("minimal.en.json"));
    for absent in [
        "READ OUT WHEN ASKED",
        "TIMELINE",
        "I WOULD ALSO ACCEPT",
        "IF IT IS NOT RESOLVED",
        "EVIDENCE",
    ] {
        assert!(
            !minimal.contains(absent),
            "minimal brief has {absent:?}:\n{minimal}"
        );
    }
}

#[test]
fn the_brief_answers_the_specialists_questions_or_marks_the_gaps() {
    let env = Env::new();
    let brief = env.render("brief", &example_path("en"));
    // A double charge: the phone and its version are no question for it.
    assert!(!brief.contains("Which device"), "{brief}");
    let section = brief
        .split("THEY MAY ASK → YOUR ANSWER\n")
        .nth(1)
        .expect("the section");
    for (question, answer) in [
        ("When did it happen?", "3 October 2026"),
        (
            "What is your order or contract number?",
            "Order number A-12345, contract number 77-001234",
        ),
        ("What have you tried so far?", "I called on 5 October 2026"),
        (
            "What exactly would you like us to do?",
            "I would like you to refund the duplicate charge",
        ),
        ("Would you accept anything else?", "A £49.99 credit"),
    ] {
        let at = section
            .find(question)
            .unwrap_or_else(|| panic!("{question}:\n{brief}"));
        let next_line = section[at..].lines().nth(1).unwrap_or_default();
        assert!(
            next_line.starts_with(&format!("  {answer}")),
            "{question} -> {next_line:?}"
        );
    }
    assert!(!section.contains("not in your case"), "{section}");

    // A case with only the required fields: every answer it lacks is a marked gap (and
    // with no device in the case, nobody asks about one).
    let en = env.render("brief", &env.fixture("minimal.en.json"));
    assert_eq!(en.matches("  (not in your case: ").count(), 4, "{en}");
    assert!(!en.contains("device"), "{en}");
    assert!(
        en.contains("When did it happen?\n  (not in your case: find the date before you call)")
    );
    assert!(en.contains(
        "What exactly would you like us to do?\n  I would like you to correct the November bill."
    ));
    let ru = env.render("brief", &env.fixture("minimal.ru.json"));
    assert!(ru.contains("МОГУТ СПРОСИТЬ → ВАШ ОТВЕТ\nКогда это произошло?\n  (в деле этого нет: уточните дату до звонка)"), "{ru}");
    assert_eq!(ru.matches("  (в деле этого нет: ").count(), 4, "{ru}");
}

#[test]
fn the_message_is_short_and_carries_the_identifiers() {
    let env = Env::new();
    for lang in ["en", "ru"] {
        let message = env.render("message", &example_path(lang));
        assert!(
            message.chars().count() < 1000,
            "{lang}: {} characters",
            message.chars().count()
        );
        for id in ["A-12345", "77-001234"] {
            assert!(
                message.contains(id),
                "{lang} message lacks {id}:\n{message}"
            );
        }
    }
}

#[test]
fn the_russian_letter_follows_russian_business_form() {
    let env = Env::new();
    let letter = env.render("letter", &example_path("ru"));
    let lines: Vec<&str> = letter.lines().collect();
    // Addressee top right.
    assert!(
        lines[0].starts_with(&" ".repeat(30))
            && lines[0].trim_start().starts_with("Кому: ООО «МегаТел»"),
        "{letter}"
    );
    // «ПРЕТЕНЗИЯ» centred, with space on both sides.
    let title = lines
        .iter()
        .find(|l| l.trim() == "ПРЕТЕНЗИЯ")
        .expect("a title");
    assert!(title.starts_with(&" ".repeat(25)), "{title:?}");
    assert!(
        letter.contains("Приложения:\n1. Счёт за октябрь"),
        "{letter}"
    );
    let letter = unwrapped(&letter);
    assert!(letter.contains("1\u{a0}290\u{a0}руб."), "{letter}");
    // Date and signature line with the name at the end.
    let tail: Vec<&str> = lines.iter().rev().take(5).copied().collect();
    assert!(
        tail[0].contains("____") && tail[0].contains("Петрова Анна Сергеевна"),
        "{tail:?}"
    );
    assert!(
        tail.iter()
            .any(|l| l.trim() == "22\u{a0}ноября\u{a0}2026\u{a0}г."),
        "{tail:?}"
    );
}

#[test]
fn lang_overrides_the_case_language() {
    let env = Env::new();
    let out = env
        .run(&["opener", &example_path("en"), "--lang", "ru"])
        .ok()
        .stdout;
    assert!(out.contains("соедините меня"), "{out}");
    assert!(
        out.contains("£49.99") || out.contains("49,99\u{a0}GBP"),
        "{out}"
    );
}

#[test]
fn letter_lines_fit_in_72_columns() {
    let env = Env::new();
    for lang in ["en", "ru"] {
        let letter = env.render("letter", &example_path(lang));
        for line in letter.lines() {
            assert!(line.chars().count() <= 72, "{lang}: {line:?}");
        }
    }
}

#[test]
fn snapshots_of_every_rendering() {
    let env = Env::new();
    for lang in ["en", "ru"] {
        for what in RENDERINGS {
            let out = env.render(what, &example_path(lang));
            insta::assert_snapshot!(format!("{what}-{lang}"), out);
        }
    }
}

#[test]
fn a_goal_put_in_the_first_person_still_reads_as_a_sentence() {
    let env = Env::new();
    let case = env.write(
        "fp.json",
        r#"{"schema_version": 1, "consumer": {"name": "A"}, "company": {"name": "K"},
            "event": {"summary": "I was charged twice"},
            "goal": {"summary": "I want my money back", "amount": {"value": "49.99", "currency": "GBP"}}}"#,
    );
    for what in ["opener", "message", "letter"] {
        let out = unwrapped(&env.render(what, &case));
        // Said aloud, the sum is not in brackets.
        let sum = if what == "opener" {
            ", £49.99"
        } else {
            " (£49.99)"
        };
        assert!(
            out.contains(&format!("I want my money back{sum}")),
            "{what}: {out}"
        );
        assert!(!out.contains("to I want"), "{what}: {out}");
    }
}

#[test]
fn a_date_that_ends_in_its_own_stop_gets_no_second_one() {
    let env = Env::new();
    let case = env.write(
        "k.json",
        r#"{"schema_version": 1, "language": "ru", "consumer": {"name": "И"}, "company": {"name": "К"},
            "event": {"summary": "С"}, "goal": {"summary": "В"},
            "contacts": [{"date": "2026-10-07", "channel": "chat"}]}"#,
    );
    for what in RENDERINGS {
        let out = env.render(what, &case);
        assert!(!out.contains("г.."), "{what}: {out}");
    }
    assert!(
        env.render("message", &case)
            .contains("предыдущее было 7 октября 2026\u{a0}г.")
    );
}
