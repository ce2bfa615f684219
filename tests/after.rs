//! After the letter: the delivery record, `next` and `status` at every step, the follow-up
//! letter, the complaint to the next body, the calendar and the e-mail, each read back with
//! a real parser; and the bad input they refuse.

use mail_parser::MimeHeaders;

use crate::pdf::{poppler, run_tool};
use crate::support::{Env, fixture, plain, unwrapped};

/// One language's walk: the saved name, the fixture, the days the law gives, the words the
/// follow-up and the complaint to the next body must carry.
struct Walk {
    lang: &'static str,
    days: i64,
    followup_title: &'static str,
    escalate_to: &'static str,
}

const RU: Walk = Walk {
    lang: "ru",
    days: 10,
    followup_title: "ПОВТОРНАЯ ПРЕТЕНЗИЯ",
    // The consumer lives in Moscow: the office is Moscow's.
    escalate_to: "В Управление Роспотребнадзора по г. Москве\n",
};
const EN: Walk = Walk {
    lang: "en",
    days: 14,
    followup_title: "LETTER BEFORE CLAIM",
    escalate_to: "To: The ombudsman or ADR scheme for the sector",
};
const HE: Walk = Walk {
    lang: "he",
    days: 14,
    followup_title: "התראה לפני נקיטת הליכים",
    escalate_to: "לכבוד: הרשות להגנת הצרכן ולסחר הוגן",
};

fn json(line: &str) -> serde_json::Value {
    serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}"))
}

fn day(text: &str) -> chrono::NaiveDate {
    chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

fn plus(date: &str, days: i64) -> String {
    (day(date) + chrono::Duration::days(days)).to_string()
}

/// `next --json` and the case's one `status --json` line, on `date`.
fn standing(env: &Env, name: &str, date: &str) -> (serde_json::Value, serde_json::Value) {
    let next = json(
        env.run(&["next", name, "--json", "--date", date])
            .ok()
            .stdout
            .trim(),
    );
    let status = env.run(&["status", "--json", "--date", date]).ok().stdout;
    let lines: Vec<&str> = status.lines().collect();
    assert_eq!(lines.len(), 1, "{status}");
    (next, json(lines[0]))
}

/// A saved case from a fixture, with an evidence file next to it.
fn saved(env: &Env, walk: &Walk) -> String {
    let name = format!("shop-{}", walk.lang);
    env.write(
        &format!("data/cases/{name}.json"),
        fixture(&format!("after.{}.json", walk.lang)),
    );
    env.write("data/cases/receipt.png", fixture_png());
    name
}

fn fixture_png() -> Vec<u8> {
    let mut png = Vec::new();
    let img = image::RgbImage::from_pixel(4, 4, image::Rgb([200, 30, 30]));
    img.write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .unwrap();
    png
}

/// What the commands work out after a letter, read in an English interface (the
/// interface's own languages are tested in `interface`).
fn walk(walk: &Walk) {
    let env = Env::new();
    let name = saved(&env, walk);
    let sent = "2026-11-20";

    // Before the letter: a call is logged, the letter is the step after the second line.
    let (next, status) = standing(&env, &name, sent);
    assert_eq!(next["stage"], "first_line", "{next}");
    assert_eq!(next["next"], "second_line");
    assert_eq!(
        status,
        next.as_object()
            .map(|o| {
                let mut o = o.clone();
                o.insert("case".into(), name.clone().into());
                serde_json::Value::Object(o)
            })
            .unwrap()
    );
    let words = env.run_en(&["next", &name, "--date", sent]).ok().stdout;
    assert!(words.contains("Next step: second line."), "{words}");

    // The letter, sent by registered mail with a tracking number, kept as sent.
    env.run_en(&[
        "letter",
        &name,
        "--format",
        "pdf",
        "-o",
        "letter.pdf",
        "--date",
        sent,
    ])
    .ok();
    let log = env
        .run_en(&[
            "log",
            &name,
            "--channel",
            "letter",
            "--date",
            sent,
            "--sent-by",
            "registered-mail",
            "--tracking",
            "RA123456785RU",
            "--letter-file",
            "letter.pdf",
        ])
        .ok();
    assert!(
        log.stderr.contains("kept the letter as sent"),
        "{}",
        log.stderr
    );
    let kept = env.path(&format!("data/cases/{name}.letter-{sent}.pdf"));
    assert_eq!(
        std::fs::read(&kept).unwrap(),
        std::fs::read(env.path("letter.pdf")).unwrap()
    );

    // Sent, not yet delivered: a postal delay of 7 days is assumed.
    let assumed = plus(sent, 7);
    let (next, status) = standing(&env, &name, "2026-11-22");
    assert_eq!(next["next"], "wait");
    assert_eq!(next["stage"], "letter");
    assert_eq!(next["assumed_delivery"], assumed.as_str());
    assert_eq!(next["deadline"], plus(&assumed, walk.days).as_str());
    assert_eq!(next["tracking"], "RA123456785RU");
    assert_eq!(
        next["letter_file"],
        format!("{name}.letter-{sent}.pdf").as_str()
    );
    assert_eq!(status["days_left"], next["days_left"]);
    let words = env
        .run_en(&["next", &name, "--date", "2026-11-22"])
        .ok()
        .stdout;
    assert!(
        words.contains("this assumes it takes 7 days to arrive"),
        "{words}"
    );

    // Delivered on the 24th: the deadline counts from that day.
    let delivered = "2026-11-24";
    env.run_en(&["log", &name, "--delivered", delivered]).ok();
    let deadline = plus(delivered, walk.days);
    let (next, status) = standing(&env, &name, "2026-11-25");
    assert_eq!(next["delivered"], delivered);
    assert_eq!(next["deadline"], deadline.as_str());
    assert_eq!(next["days_left"], walk.days - 1);
    assert!(next.get("assumed_delivery").is_none(), "{next}");
    assert_eq!(status["deadline"], deadline.as_str());

    // The deadline day, then six days past it.
    let (next, _) = standing(&env, &name, &deadline);
    assert_eq!(next["next"], "deadline_today");
    let today = plus(&deadline, 6);
    let (next, status) = standing(&env, &name, &today);
    assert_eq!(next["next"], "escalate");
    assert_eq!(next["escalation"], "management");
    assert_eq!(next["days_left"], -6);
    assert_eq!(status["days_left"], -6);
    let words = env.run_en(&["next", &name, "--date", &today]).ok().stdout;
    assert!(words.contains("complaint followup"), "{words}");
    assert!(
        words.contains(&format!(
            "Your letter as you sent it is kept next to the case file: {name}.letter-{sent}.pdf"
        )),
        "{words}"
    );
    let again = env
        .run_en(&["letter", &name, "--date", &today, "-o", "again.txt"])
        .ok();
    assert!(
        again
            .stderr
            .contains("a letter was already sent on 20 November 2026"),
        "{}",
        again.stderr
    );
    let status = env.run_en(&["status", "--date", &today]).ok();
    let table = status.stdout;
    assert!(
        table.contains("6 overdue") && table.contains("escalate: a letter to the management"),
        "{table}"
    );
    assert!(
        status
            .stderr
            .contains("1 overdue: run complaint next on each"),
        "{}",
        status.stderr
    );

    // The follow-up letter, as text and as PDF.
    let text = env
        .run_en(&["followup", &name, "--date", &today])
        .ok()
        .stdout;
    let flat = unwrapped(&text);
    assert!(flat.contains(walk.followup_title), "{text}");
    assert!(flat.contains("RA123456785RU"), "{text}");
    env.run_en(&[
        "followup",
        &name,
        "--format",
        "pdf",
        "-o",
        "followup.pdf",
        "--date",
        &today,
    ])
    .ok();
    if poppler() {
        let path = env.path("followup.pdf");
        let pdf = unwrapped(&run_tool("pdftotext", &[path.to_str().unwrap(), "-"]));
        assert!(pdf.contains("RA123456785RU"), "{pdf}");
    }

    // The complaint to the next body.
    let complaint = env
        .run_en(&["escalate", &name, "--date", &today])
        .ok()
        .stdout;
    assert!(complaint.starts_with(walk.escalate_to), "{complaint}");
    assert!(complaint.contains("RA123456785RU"), "{complaint}");

    // Recorded: a letter to the management.
    env.run_en(&[
        "log",
        &name,
        "--channel",
        "letter",
        "--level",
        "management",
        "--date",
        &today,
        "--sent-by",
        "hand",
    ])
    .ok();
    let (next, _) = standing(&env, &name, &today);
    assert_eq!(next["stage"], "management");
    assert_eq!(next["next"], "wait");
    assert!(
        next["assumed_delivery"].is_null(),
        "handed over: no delay assumed"
    );
}

#[test]
fn a_russian_case_from_letter_to_the_next_body() {
    walk(&RU);
}

#[test]
fn an_english_case_from_letter_to_the_next_body() {
    walk(&EN);
}

#[test]
fn a_hebrew_case_from_letter_to_the_next_body() {
    walk(&HE);
}

/// 24 990,00 roubles, delivered 24 November, ten days: the term ends on 4 December. On 10
/// December the seller is 6 days late: 249,90 a day, 1 499,40.
#[test]
fn the_russian_penalty_is_one_percent_a_day() {
    let env = Env::new();
    let name = saved(&env, &RU);
    env.run(&[
        "log",
        &name,
        "--channel",
        "letter",
        "--date",
        "2026-11-20",
        "--delivered",
        "2026-11-24",
    ])
    .ok();
    let price_kopecks: u64 = 2_499_000;
    let days = (day("2026-12-10") - day("2026-12-04")).num_days() as u64;
    let penalty = price_kopecks * days / 100; // 1 % per day, exact in kopecks
    let expected = format!(
        "{}\u{a0}{:03},{:02}\u{a0}руб.",
        penalty / 100_000,
        penalty / 100 % 1000,
        penalty % 100
    );
    assert_eq!(expected, "1\u{a0}499,40\u{a0}руб.");
    let text = unwrapped(
        &env.run(&["followup", &name, "--date", "2026-12-10"])
            .ok()
            .stdout,
    );
    assert!(
        spaced_has(
            &text,
            &format!("24\u{a0}990\u{a0}руб. × 1 % × 6 дней = {expected}")
        ),
        "{text}"
    );
    assert!(
        spaced_has(&text, "с 5 декабря 2026\u{a0}г. по 10 декабря 2026\u{a0}г."),
        "{text}"
    );
    assert!(
        spaced_has(
            &text,
            &format!(
                "Выплатить неустойку за нарушение десятидневного срока возврата денег (ст. 22 Закона\u{a0}РФ «О\u{a0}защите прав потребителей») за период с 5 декабря 2026\u{a0}г. по 10 декабря 2026\u{a0}г. в размере {expected}, а также неустойку в размере 249,90\u{a0}руб. (1 % цены товара) за каждый день просрочки начиная с 11 декабря 2026\u{a0}г."
            )
        ),
        "{text}"
    );
    // Before the deadline there is nothing to follow up.
    let early = env
        .run_en(&["followup", &name, "--date", "2026-12-01"])
        .expect_code(2);
    assert!(
        early.stderr.contains("has not passed yet"),
        "{}",
        early.stderr
    );
}

#[test]
fn the_calendar_reads_back_with_its_dates_and_alarm() {
    let env = Env::new();
    let name = saved(&env, &EN);
    env.run(&[
        "log",
        &name,
        "--channel",
        "letter",
        "--date",
        "2026-11-20",
        "--delivered",
        "2026-11-21",
    ])
    .ok();
    env.run(&["remind", &name, "-o", "case.ics", "--date", "2026-11-22"])
        .ok();
    let file = std::fs::File::open(env.path("case.ics")).unwrap();
    let calendars: Vec<_> = ical::IcalParser::new(std::io::BufReader::new(file))
        .collect::<Result<_, _>>()
        .expect("a valid iCalendar file");
    assert_eq!(calendars.len(), 1);
    let events = &calendars[0].events;
    let prop = |e: &ical::parser::ical::component::IcalEvent, name: &str| {
        e.properties
            .iter()
            .find(|p| p.name == name)
            .and_then(|p| p.value.clone())
            .unwrap_or_default()
    };
    let starts: Vec<String> = events.iter().map(|e| prop(e, "DTSTART")).collect();
    // Delivered 21 November + 14 days: 5 December; the follow-up the day after.
    assert!(starts.contains(&"20261205".to_string()), "{starts:?}");
    assert!(starts.contains(&"20261206".to_string()), "{starts:?}");
    let deadline = events
        .iter()
        .find(|e| prop(e, "DTSTART") == "20261205")
        .unwrap();
    assert!(prop(deadline, "SUMMARY").contains("last day for their answer"));
    assert_eq!(deadline.alarms.len(), 1);
    let trigger = deadline.alarms[0]
        .properties
        .iter()
        .find(|p| p.name == "TRIGGER")
        .and_then(|p| p.value.clone())
        .unwrap();
    assert!(
        ["-P1D", "-PT24H", "-PT86400S"].contains(&trigger.as_str()),
        "a day before: {trigger}"
    );
    // The case is inside the 30-day short-term right to reject (bought 1 November).
    let window = events
        .iter()
        .find(|e| prop(e, "DTSTART") == "20261201")
        .unwrap();
    assert!(prop(window, "SUMMARY").contains("last day of a legal window"));
    assert!(prop(window, "DESCRIPTION").contains("short-term right to reject"));
    // Every event has a UID, stable across runs.
    let again = env
        .run(&["remind", &name, "-o", "again.ics", "--date", "2026-11-22"])
        .ok();
    assert_eq!(again.code, 0);
    let uids = |text: &str| -> Vec<String> {
        text.lines()
            .filter(|l| l.starts_with("UID:") && l.contains("@complaint"))
            .map(String::from)
            .collect()
    };
    assert_eq!(uids(&env.read("case.ics")).len(), 3);
    assert_eq!(uids(&env.read("case.ics")), uids(&env.read("again.ics")));
}

#[test]
fn the_email_reads_back_with_its_address_subject_and_attachments() {
    let env = Env::new();
    let name = saved(&env, &RU);
    env.run(&[
        "letter",
        &name,
        "--format",
        "pdf",
        "-o",
        "letter.pdf",
        "--date",
        "2026-11-20",
    ])
    .ok();
    env.run(&[
        "log",
        &name,
        "--channel",
        "letter",
        "--date",
        "2026-11-20",
        "--letter-file",
        "letter.pdf",
    ])
    .ok();
    env.run(&["email", &name, "-o", "claim.eml", "--date", "2026-11-20"])
        .ok();
    let bytes = std::fs::read(env.path("claim.eml")).unwrap();
    let message = mail_parser::MessageParser::default()
        .parse(&bytes)
        .expect("a valid message");
    let to = message.to().and_then(|a| a.first()).unwrap();
    assert_eq!(to.address(), Some("claims@technomir.example"));
    assert_eq!(
        message
            .from()
            .and_then(|a| a.first())
            .and_then(|a| a.address()),
        Some("anna@example.org")
    );
    let subject = message.subject().unwrap();
    assert!(
        subject.contains("ПРЕТЕНЗИЯ") && subject.contains("TM-40417"),
        "{subject}"
    );
    assert_eq!(message.header_raw("X-Unsent").map(str::trim), Some("1"));
    let body = message.body_text(0).unwrap();
    assert!(body.contains("пылесос"), "{body}");
    let attached: Vec<(String, Vec<u8>)> = message
        .attachments()
        .map(|a| {
            (
                a.attachment_name().unwrap_or("").to_owned(),
                a.contents().to_vec(),
            )
        })
        .collect();
    assert_eq!(attached.len(), 2, "the letter and the receipt");
    assert_eq!(attached[0].0, format!("{name}.letter-2026-11-20.pdf"));
    assert_eq!(
        attached[0].1,
        std::fs::read(env.path("letter.pdf")).unwrap(),
        "the letter as sent"
    );
    assert_eq!(attached[1].0, "receipt.png");
    assert_eq!(attached[1].1, fixture_png());
}

#[test]
fn contacts_go_where_their_dates_put_them_and_record_their_level() {
    let env = Env::new();
    let name = saved(&env, &RU);
    env.run(&[
        "log",
        &name,
        "--channel",
        "chat",
        "--date",
        "2026-11-10",
        "--summary",
        "Чат",
    ])
    .ok();
    env.run(&[
        "log",
        &name,
        "--channel",
        "phone",
        "--date",
        "2026-11-02",
        "--summary",
        "Раньше всех",
        "--level",
        "second-line",
    ])
    .ok();
    let case = json(&env.read(&format!("data/cases/{name}.json")));
    let dates: Vec<&str> = case["contacts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["date"].as_str().unwrap())
        .collect();
    assert_eq!(dates, ["2026-11-02", "2026-11-07", "2026-11-10"]);
    assert_eq!(case["contacts"][0]["level"], "second_line");
    // A management contact puts the case on that rung, even without a letter.
    env.run(&[
        "log",
        &name,
        "--channel",
        "visit",
        "--date",
        "2026-11-12",
        "--level",
        "management",
    ])
    .ok();
    let (next, _) = standing(&env, &name, "2026-11-12");
    assert_eq!(next["stage"], "management");
    assert_eq!(next["next"], "letter");
}

/// Each refusal says what is wrong and changes nothing.
#[test]
fn bad_delivery_input_is_refused_and_nothing_is_written() {
    let env = Env::new();
    let name = saved(&env, &RU);
    let file = env.path(&format!("data/cases/{name}.json"));
    env.run(&["log", &name, "--channel", "letter", "--date", "2026-11-20"])
        .ok();
    let before = std::fs::read(&file).unwrap();

    let early = env
        .run(&["log", &name, "--delivered", "2026-11-19"])
        .expect_code(2);
    assert!(
        early
            .stderr
            .contains("дата --delivered 2026-11-19 раньше дня отправки претензии, 2026-11-20"),
        "{}",
        early.stderr
    );
    let early = env
        .run(&[
            "log",
            &name,
            "--channel",
            "letter",
            "--date",
            "2026-11-21",
            "--delivered",
            "2026-11-20",
        ])
        .expect_code(2);
    assert!(
        early
            .stderr
            .contains("письмо не может прийти раньше, чем его отправили"),
        "{}",
        early.stderr
    );

    let spaced = env
        .run(&[
            "log",
            &name,
            "--channel",
            "letter",
            "--tracking",
            "RA 1234 5678 5RU",
        ])
        .expect_code(2);
    assert!(
        // Read with the options, before any language is chosen: said in English, as the
        // other mistakes in options are.
        spaced.stderr.contains("has spaces") && spaced.stderr.contains("\"RA123456785RU\""),
        "{}",
        spaced.stderr
    );
    let lower = env
        .run(&[
            "log",
            &name,
            "--channel",
            "letter",
            "--tracking",
            "ra123456785ru",
        ])
        .expect_code(2);
    assert!(
        lower
            .stderr
            .contains("write the tracking number in capitals, as \"RA123456785RU\""),
        "{}",
        lower.stderr
    );
    assert_eq!(
        std::fs::read(&file).unwrap(),
        before,
        "the case is unchanged"
    );

    // In the file itself, the same checks, with the field named.
    let mut case = json(&String::from_utf8(before.clone()).unwrap());
    case["contacts"][1]["delivered"] = "2026-11-01".into();
    case["contacts"][1]["tracking"] = "ra 1".into();
    env.write("bad.json", serde_json::to_vec(&case).unwrap());
    let bad = env.run(&["validate", "bad.json"]).expect_code(65);
    assert!(
        bad.stdout.contains("contacts[1].tracking") || bad.stderr.contains("contacts[1].tracking"),
        "{}{}",
        bad.stdout,
        bad.stderr
    );
    case["contacts"][1]["tracking"] = "RA1".into();
    case["contacts"][1]["tracking"] = serde_json::Value::Null;
    case["contacts"][1]
        .as_object_mut()
        .unwrap()
        .remove("tracking");
    env.write("bad.json", serde_json::to_vec(&case).unwrap());
    let bad = env.run(&["validate", "bad.json"]).expect_code(65);
    let all = format!("{}{}", bad.stdout, bad.stderr);
    assert!(all.contains("contacts[1].delivered: претензию не могли получить 2026-11-01, раньше, чем её отправили (2026-11-20)"), "{all}");

    // An e-mail needs the company's address.
    let mut case = json(&String::from_utf8(before).unwrap());
    case["company"].as_object_mut().unwrap().remove("email");
    env.write("no-email.json", serde_json::to_vec(&case).unwrap());
    let none = env
        .run(&["email", "no-email.json", "-o", "x.eml"])
        .expect_code(65);
    assert!(
        none.stderr
            .contains("company.email: у компании не указан адрес электронной почты"),
        "{}",
        none.stderr
    );
    assert!(!env.path("x.eml").exists());
    let wrong = env.run(&["remind", &name, "-o", "x.txt"]).expect_code(2);
    assert!(
        wrong.stderr.contains("должно оканчиваться на .ics"),
        "{}",
        wrong.stderr
    );
    assert!(!env.path("x.txt").exists());
}

/// `validate --json` and `check --json`: one object per problem or finding, with the file,
/// the field and, where known, the line and column.
#[test]
fn validate_and_check_speak_json_one_object_a_line() {
    let env = Env::new();
    env.write(
        "bad.json",
        r#"{"schema_version": 1, "consumer": {"name": "A"}, "company": {"name": "B"},
  "event": {"summary": "X"}, "goal": {"summary": "Y"},
  "contacts": [{"date": "2026-11-20", "channel": "letter", "tracking": "ra 1"}]}"#,
    );
    env.fixture("rude.en.json");
    let out = env
        .run(&["validate", "--json", "bad.json", "rude.en.json"])
        .expect_code(65);
    let lines: Vec<serde_json::Value> = out.stdout.lines().map(json).collect();
    let bad = lines.iter().find(|l| l["file"] == "bad.json").unwrap();
    assert_eq!(bad["kind"], "invalid");
    assert_eq!(bad["field"], "contacts[0].tracking");
    assert_eq!(
        (bad["line"].as_u64(), bad["column"].as_u64()),
        (Some(3), Some(72)),
        "the value \"ra 1\""
    );
    assert!(
        lines
            .iter()
            .any(|l| l["file"] == "rude.en.json" && l["kind"] == "tone")
    );

    let out = env.run(&["check", "--json", "rude.en.json"]).ok();
    let lines: Vec<serde_json::Value> = out.stdout.lines().map(json).collect();
    assert!(!lines.is_empty());
    for l in &lines {
        assert!(
            ["tone", "vague", "law"].contains(&l["kind"].as_str().unwrap()),
            "{l}"
        );
        assert!(l["field"].is_string() && l["message"].is_string(), "{l}");
    }
    let shouting = lines.iter().find(|l| l["field"] == "title").unwrap();
    assert_eq!(
        shouting["suggestion"],
        "\"you took a payment I did not agree to\""
    );
}

/// The calendar speaks the case's language, and a case with no letter and no open legal
/// window has nothing to put in it.
#[test]
fn the_calendar_speaks_the_cases_language() {
    let env = Env::new();
    let name = saved(&env, &RU);
    let none = env
        .run(&["remind", &name, "-o", "ru.ics", "--date", "2026-12-01"])
        .expect_code(2);
    assert!(
        none.stderr.contains("в календарь пока нечего внести"),
        "{}",
        none.stderr
    );
    assert!(!env.path("ru.ics").exists());
    env.run(&[
        "log",
        &name,
        "--channel",
        "letter",
        "--date",
        "2026-11-20",
        "--delivered",
        "2026-11-24",
    ])
    .ok();
    env.run(&["remind", &name, "-o", "ru.ics", "--date", "2026-11-25"])
        .ok();
    let file = std::fs::File::open(env.path("ru.ics")).unwrap();
    let cal = ical::IcalParser::new(std::io::BufReader::new(file))
        .next()
        .unwrap()
        .unwrap();
    assert_eq!(cal.events.len(), 2);
    // The ical crate trims each physical line before unfolding, so a space that falls just
    // before a fold is lost in its values; unfold as RFC 5545 section 3.1 says to check the
    // words exactly.
    let unfolded = env.read("ru.ics").replace("\r\n ", "");
    let summaries: Vec<&str> = unfolded
        .lines()
        .filter_map(|l| l.strip_prefix("SUMMARY:"))
        .collect();
    assert_eq!(
        summaries,
        [
            "ООО «Техномир»: истекает срок по претензии",
            "ООО «Техномир»: отправить повторную претензию"
        ]
    );
}

/// `--open` hands the written file to the system's opener (here a stand-in `xdg-open` that
/// records what it was given), and without `--open` nothing is opened.
#[cfg(target_os = "linux")]
#[test]
fn open_hands_the_written_file_to_the_system() {
    use std::os::unix::fs::PermissionsExt;
    let env = Env::new();
    let name = saved(&env, &EN);
    env.run(&["log", &name, "--channel", "letter", "--date", "2026-11-20"])
        .ok();
    let bin = env.path("bin");
    std::fs::create_dir_all(&bin).unwrap();
    let opened = env.path("opened.txt");
    let script = bin.join("xdg-open");
    std::fs::write(
        &script,
        // Written aside and moved into place, so the test never reads it half-written.
        format!(
            "#!/bin/sh\necho \"$1\" > '{0}.part' && mv '{0}.part' '{0}'\n",
            opened.display()
        ),
    )
    .unwrap();
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let run = |args: &[&str]| {
        let status = env.command(args).env("PATH", &path).status().unwrap();
        assert!(status.success(), "{args:?}");
    };
    run(&["remind", &name, "-o", "quiet.ics", "--date", "2026-11-22"]);
    // Without --open nothing is handed over, even a moment later.
    std::thread::sleep(std::time::Duration::from_millis(500));
    assert!(!opened.exists(), "opened without --open");
    run(&[
        "remind",
        &name,
        "-o",
        "case.ics",
        "--open",
        "--date",
        "2026-11-22",
    ]);
    // The opener may run on after the command returns: give it a moment.
    for _ in 0..200 {
        if opened.exists() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    let said = std::fs::read_to_string(&opened).expect("xdg-open was called");
    assert_eq!(said.lines().collect::<Vec<_>>(), ["case.ics"]);
}

/// A case whose consequence is a chargeback: the complaint goes to the card issuer. A Russian
/// case without a price gets no penalty figure, rather than a made-up one.
#[test]
fn the_next_body_follows_the_case_and_the_penalty_needs_a_price() {
    let env = Env::new();
    let mut case = json(&String::from_utf8(fixture("after.en.json")).unwrap());
    case["consequence"] =
        serde_json::json!({"kind": "chargeback", "summary": "I will ask my bank for a chargeback"});
    env.write("card.json", serde_json::to_vec(&case).unwrap());
    env.run(&[
        "log",
        "card.json",
        "--channel",
        "letter",
        "--date",
        "2026-11-20",
        "--sent-by",
        "email",
    ])
    .ok();
    let next = json(
        env.run(&["next", "card.json", "--json", "--date", "2026-12-10"])
            .ok()
            .stdout
            .trim(),
    );
    assert_eq!(
        (next["next"].as_str(), next["escalation"].as_str()),
        (Some("escalate"), Some("chargeback"))
    );
    // E-mailed on the 20th: 14 days from that day, no postal delay.
    assert_eq!(next["deadline"], "2026-12-04");
    let text = env
        .run(&["escalate", "card.json", "--date", "2026-12-10"])
        .ok()
        .stdout;
    assert!(
        text.starts_with("To: the bank that issued my card"),
        "{text}"
    );
    assert!(
        spaced_has(&text, "dispute the payment under the card scheme's rules"),
        "{text}"
    );
    assert!(
        spaced_has(&text, "2. 20 November 2026, formal letter (e-mail)"),
        "{text}"
    );

    let mut case = json(&String::from_utf8(fixture("after.ru.json")).unwrap());
    case["purchase"].as_object_mut().unwrap().remove("price");
    env.write("no-price.json", serde_json::to_vec(&case).unwrap());
    env.run(&[
        "log",
        "no-price.json",
        "--channel",
        "letter",
        "--date",
        "2026-11-20",
        "--delivered",
        "2026-11-20",
    ])
    .ok();
    let text = unwrapped(
        &env.run(&["followup", "no-price.json", "--date", "2026-12-10"])
            .ok()
            .stdout,
    );
    assert!(spaced_has(&text, "ПОВТОРНАЯ ПРЕТЕНЗИЯ"), "{text}");
    assert!(
        spaced_has(
            &text,
            "На дату настоящей претензии просрочка составляет 10 дней"
        ),
        "{text}"
    );
    assert!(!spaced_has(&text, "Расчёт неустойки"), "{text}");
    assert!(
        spaced_has(&text, "2. Удовлетворить указанное требование"),
        "{text}"
    );
}

/// On a terminal, `log` asks how a letter went and its tracking number, and asks again when
/// the number is written with spaces.
#[test]
fn log_on_a_terminal_asks_how_the_letter_went() {
    use expectrl::Expect;
    let env = Env::new();
    let name = saved(&env, &RU);
    let mut cmd = env.command(&[
        "log",
        &name,
        "--channel",
        "letter",
        "--date",
        "2026-11-20",
        "--reference",
        "-",
        "--operator",
        "-",
        "--summary",
        "Отправила претензию",
    ]);
    cmd.env("COMPLAINT_UI_LANG", "en");
    let mut s = expectrl::Session::spawn(cmd).expect("a pty");
    s.set_expect_timeout(Some(std::time::Duration::from_secs(20)));
    s.expect("How did you send the letter?").unwrap();
    s.send("\r").unwrap();
    s.expect("Tracking number").unwrap();
    s.send_line("ra 123456785 ru").unwrap();
    s.expect("has spaces").unwrap();
    s.expect("Tracking number").unwrap();
    s.send_line("RA123456785RU").unwrap();
    s.expect("added contact").unwrap();
    s.expect(expectrl::Eof).unwrap();
    let case = json(&env.read(&format!("data/cases/{name}.json")));
    let letter = &case["contacts"][1];
    assert_eq!(letter["sent_by"], "registered_mail");
    assert_eq!(letter["tracking"], "RA123456785RU");
}

/// A kept letter must be a PDF, and a saved case that is not valid is named by `status`
/// without hiding the others.
#[test]
fn a_kept_letter_is_a_pdf_and_status_names_a_broken_case() {
    let env = Env::new();
    let name = saved(&env, &EN);
    let file = env.path(&format!("data/cases/{name}.json"));
    let before = std::fs::read(&file).unwrap();
    env.write("letter.txt", "Dear Sir or Madam");
    let refused = env
        .run(&[
            "log",
            &name,
            "--channel",
            "letter",
            "--letter-file",
            "letter.txt",
        ])
        .expect_code(2);
    assert!(
        refused.stderr.contains("letter.txt is not a PDF"),
        "{}",
        refused.stderr
    );
    assert_eq!(std::fs::read(&file).unwrap(), before);
    let not_letter = env
        .run(&[
            "log",
            &name,
            "--channel",
            "phone",
            "--tracking",
            "RA123456785RU",
        ])
        .expect_code(2);
    assert!(
        not_letter.stderr.contains("add --channel letter"),
        "{}",
        not_letter.stderr
    );
    let mixed = env
        .run(&[
            "log",
            &name,
            "--delivered",
            "2026-11-22",
            "--summary",
            "Arrived",
        ])
        .expect_code(2);
    assert!(
        mixed.stderr.contains("give --delivered alone"),
        "{}",
        mixed.stderr
    );
    assert_eq!(std::fs::read(&file).unwrap(), before);

    env.write("data/cases/broken.json", "{\"schema_version\": 1}");
    let status = env.run(&["status", "--date", "2026-11-22"]).expect_code(65);
    assert!(status.stdout.contains(&name), "{}", status.stdout);
    assert!(
        status.stderr.contains("broken is not a valid case"),
        "{}",
        status.stderr
    );
}

/// A Russian service claim: 3 % of the price a day (п. 5 ст. 28), never more than the price.
/// 1 500 roubles, received 1 November, ten days: late from 12 November. On 21 November, 10
/// days: 450; on 21 December, 40 days: 1 800 by the formula, so the price, 1 500.
#[test]
fn a_russian_service_penalty_is_three_percent_capped_at_the_price() {
    let env = Env::new();
    let mut case = json(&String::from_utf8(fixture("after.ru.json")).unwrap());
    case["purchase"] = serde_json::json!({
        "kind": "service", "date": "2026-10-20",
        "price": {"value": "1500.00", "currency": "RUB"}
    });
    case["goal"] = serde_json::json!({"kind": "refund", "summary": "Вернуть деньги за химчистку"});
    env.write("service.json", serde_json::to_vec(&case).unwrap());
    env.run(&[
        "log",
        "service.json",
        "--channel",
        "letter",
        "--date",
        "2026-11-01",
        "--delivered",
        "2026-11-01",
    ])
    .ok();
    let rub = |kopecks: u64| {
        let r = kopecks / 100;
        let units = if r >= 1000 {
            format!("{}\u{a0}{:03}", r / 1000, r % 1000)
        } else {
            r.to_string()
        };
        // A whole sum is written without kopecks.
        match kopecks % 100 {
            0 => format!("{units}\u{a0}руб."),
            k => format!("{units},{k:02}\u{a0}руб."),
        }
    };
    let price = 150_000u64;
    let penalty = |days: u64| price * 3 * days / 100;
    let ten = unwrapped(
        &env.run(&["followup", "service.json", "--date", "2026-11-21"])
            .ok()
            .stdout,
    );
    assert_eq!(rub(penalty(10)), "450\u{a0}руб.");
    assert!(
        spaced_has(
            &ten,
            &format!(
                "{} × 3 % × 10 дней = {} На основании",
                rub(price),
                rub(penalty(10))
            )
        ),
        "{ten}"
    );
    let forty = unwrapped(
        &env.run(&["followup", "service.json", "--date", "2026-12-21"])
            .ok()
            .stdout,
    );
    assert!(penalty(40) > price);
    assert!(
        spaced_has(
            &forty,
            &format!(
                "{} × 3 % × 40 дней = {}; поскольку неустойка не может превышать цену услуги, она составляет {}",
                rub(price),
                rub(penalty(40)),
                rub(price)
            )
        ),
        "{forty}"
    );
    assert!(
        spaced_has(
            &forty,
            &format!("2. Выплатить неустойку в размере {} 3.", rub(price))
        ),
        "{forty}"
    );
}

/// A follow-up never restarts the law's term: the неустойка still runs from the day after the
/// first claim's deadline, and the complaint names that deadline. A term that ends on a
/// Sunday ends on the Monday (ст. 193 ГК РФ), and `escalate` waits for the follow-up's own
/// deadline as `followup` waits for the first.
#[test]
fn the_first_claim_sets_the_term_and_a_sunday_moves_it() {
    let env = Env::new();
    let name = saved(&env, &RU);
    // Received Thursday 26 November: ten days end on Sunday 6 December, so on Monday the 7th.
    let logged = env
        .run_en(&[
            "log",
            &name,
            "--channel",
            "letter",
            "--date",
            "2026-11-20",
            "--sent-by",
            "registered-mail",
            "--tracking",
            "RA123456785RU",
        ])
        .ok();
    assert!(logged.stderr.contains("added contact"), "{}", logged.stderr);
    let delivered = env
        .run_en(&["log", &name, "--delivered", "2026-11-26"])
        .ok();
    assert!(
        delivered
            .stderr
            .contains("make them again (complaint remind"),
        "{}",
        delivered.stderr
    );
    let (next, _) = standing(&env, &name, "2026-11-30");
    assert_eq!(next["deadline"], "2026-12-07");

    // The follow-up, handed over on 15 December, gives ten more days: until the 25th.
    env.run(&[
        "log",
        &name,
        "--channel",
        "letter",
        "--level",
        "management",
        "--date",
        "2026-12-15",
        "--sent-by",
        "hand",
    ])
    .ok();
    let (next, _) = standing(&env, &name, "2026-12-16");
    assert_eq!(next["deadline"], "2026-12-25");
    let early = env
        .run_en(&["escalate", &name, "--date", "2026-12-16"])
        .expect_code(2);
    assert!(early.stdout.is_empty(), "{}", early.stdout);
    assert!(
        early.stderr.contains("follow-up letter, 25 December 2026"),
        "{}",
        early.stderr
    );

    // On 28 December: still the first claim's deadline, 7 December, and 21 days of penalty
    // from the 8th: 24 990,00 × 1 % × 21 = 5 247,90.
    let days = (day("2026-12-28") - day("2026-12-07")).num_days();
    assert_eq!(days, 21);
    assert_eq!(2_499_000 * days / 100, 524_790);
    let complaint = env
        .run(&["escalate", &name, "--date", "2026-12-28"])
        .ok()
        .stdout;
    let flat = unwrapped(&complaint);
    assert!(flat.contains("истёк 7 декабря 2026\u{a0}г."), "{complaint}");
    assert!(
        flat.contains(
            "Повторная претензия от 15 декабря 2026\u{a0}г. также оставлена без удовлетворения"
        ),
        "{complaint}"
    );
    assert!(
        flat.contains("Копия повторной претензии от 15 декабря 2026\u{a0}г."),
        "{complaint}"
    );
    assert!(
        !flat.contains("Неустойка"),
        "no money sum for the regulator: {complaint}"
    );
    let text = unwrapped(
        &env.run(&["followup", &name, "--date", "2026-12-28"])
            .ok()
            .stdout,
    );
    assert!(
        spaced_has(
            &text,
            "с 8 декабря 2026\u{a0}г. по 28 декабря 2026\u{a0}г.: 24\u{a0}990\u{a0}руб. × 1 % × 21 день = 5\u{a0}247,90\u{a0}руб."
        ),
        "{text}"
    );
    for placeholder in ["(а)", "(ась)", " или уведомлением"] {
        assert!(!spaced_has(&text, placeholder), "{placeholder}: {text}");
    }
}

/// Evidence that is a PDF joins the "letter with evidence" PDF page by page, after the letter.
#[test]
fn pdf_evidence_is_merged_into_the_letter_with_evidence() {
    let env = Env::new();
    let name = saved(&env, &RU);
    env.run(&[
        "letter",
        &name,
        "--format",
        "pdf",
        "-o",
        "data/cases/answer.pdf",
        "--date",
        "2026-11-20",
    ])
    .ok();
    let evidence_pages = lopdf::Document::load(env.path("data/cases/answer.pdf"))
        .unwrap()
        .get_pages()
        .len();
    let mut case = json(&env.read(&format!("data/cases/{name}.json")));
    case["attachments"] = serde_json::json!([
        { "description": "Ответ продавца от 25 ноября 2026 г.", "path": "answer.pdf" }
    ]);
    env.write(
        &format!("data/cases/{name}.json"),
        serde_json::to_vec(&case).unwrap(),
    );
    let plain = env
        .run(&[
            "letter",
            &name,
            "--format",
            "pdf",
            "-o",
            "plain.pdf",
            "--date",
            "2026-11-21",
        ])
        .ok();
    assert!(!plain.stderr.contains("could not"), "{}", plain.stderr);
    let merged = env
        .run(&[
            "letter",
            &name,
            "--format",
            "pdf",
            "--embed-attachments",
            "-o",
            "merged.pdf",
            "--date",
            "2026-11-21",
        ])
        .ok();
    assert!(!merged.stderr.contains("not attached"), "{}", merged.stderr);
    let pages = |file: &str| {
        lopdf::Document::load(env.path(file))
            .unwrap()
            .get_pages()
            .len()
    };
    assert!(evidence_pages >= 1);
    assert_eq!(pages("merged.pdf"), pages("plain.pdf") + evidence_pages);
    if poppler() {
        let path = env.path("merged.pdf");
        let first = (pages("plain.pdf") + 1).to_string();
        let text = unwrapped(&run_tool(
            "pdftotext",
            &[
                "-f",
                &first,
                "-l",
                &(pages("merged.pdf")).to_string(),
                path.to_str().unwrap(),
                "-",
            ],
        ));
        assert!(spaced_has(&text, "ПРЕТЕНЗИЯ"), "{text}");
    }
}

/// Whether `text` holds `want`, no-break spaces read as spaces on both sides: a follow-up
/// keeps its units and numbers together as the first letter does, which is not what these
/// checks are about.
fn spaced_has(text: &str, want: &str) -> bool {
    let spaced = |s: &str| s.replace('\u{a0}', " ");
    spaced(text).contains(&spaced(want))
}

/// A letter that gives the consumer's own term counts it from its receipt, as `next`, the
/// follow-up and the escalation do: it states no date of its own that they would contradict
/// once the log says when it arrived.
#[test]
fn the_letters_own_term_and_the_later_documents_count_from_the_same_day() {
    let env = Env::new();
    for (lang, term, deadline) in [
        (
            "en",
            "within 14 days of receiving this letter",
            "9 December 2026",
        ),
        ("he", "בתוך 14 ימים מיום קבלת מכתב זה", "9 בדצמבר 2026"),
    ] {
        let mut case: serde_json::Value =
            serde_json::from_slice(&fixture(&format!("minimal.{lang}.json"))).unwrap();
        let path = env.write(&format!("own-{lang}.json"), case.to_string());
        let letter = plain(
            &env.run(&["letter", &path, "--date", "2026-11-22"])
                .ok()
                .stdout,
        );
        assert!(letter.contains(term), "{lang}: {letter}");
        assert!(
            !letter.contains("6 December") && !letter.contains("6 בדצמבר"),
            "{letter}"
        );
        case["contacts"] = serde_json::json!([
            {"date": "2026-11-22", "channel": "letter", "delivered": "2026-11-25"}
        ]);
        let path = env.write(&format!("sent-{lang}.json"), case.to_string());
        let next = plain(
            &env.run(&["next", &path, "--date", "2026-12-20"])
                .ok()
                .stdout,
        );
        assert!(next.contains(deadline), "{lang}: {next}");
    }
}

/// The complaint to Rospotrebnadzor goes to the office of the region the consumer's address
/// names first (whole words: «ул. Тверская» is no «Тверская обл.»), else the company's
/// address; with neither, the blank stays. `next` names the same office.
#[test]
fn the_complaint_goes_to_the_office_the_address_names() {
    let env = Env::new();
    let blank = "В Управление Роспотребнадзора по ________ (впишите регион)\n";
    for (consumer, company, to) in [
        (
            "г. Казань, ул. Баумана, д. 9, кв. 31",
            Some("г. Москва, ул. Льва Толстого, д. 16"),
            "В Управление Роспотребнадзора по Республике Татарстан\n",
        ),
        (
            "г. Москва, ул. Тверская, д. 1, кв. 5",
            None,
            "В Управление Роспотребнадзора по г. Москве\n",
        ),
        (
            "Московская обл., г. Химки, ул. Московская, д. 3",
            Some("г. Москва, ул. Льва Толстого, д. 16"),
            "В Управление Роспотребнадзора по Московской области\n",
        ),
        // Not Kirov: a whole word only.
        ("г. Кировск, ул. Тверская, д. 2", None, blank),
        (
            "г. Кировск, ул. Тверская, д. 2",
            Some("620014, Свердловская область, г. Екатеринбург, ул. Малышева, д. 1"),
            "В Управление Роспотребнадзора по Свердловской области\n",
        ),
    ] {
        let mut case = json(&String::from_utf8(fixture("subscription-law.ru.json")).unwrap());
        case["consumer"]["address"] = consumer.into();
        match company {
            Some(a) => case["company"]["address"] = a.into(),
            None => {
                case["company"].as_object_mut().unwrap().remove("address");
            }
        }
        env.write("region.json", serde_json::to_vec(&case).unwrap());
        env.run(&[
            "log",
            "region.json",
            "--channel",
            "letter",
            "--date",
            "2026-11-22",
            "--delivered",
            "2026-11-23",
        ])
        .ok();
        let complaint = env
            .run(&["escalate", "region.json", "--date", "2026-12-20"])
            .ok()
            .stdout;
        assert!(complaint.starts_with(to), "{consumer}: {complaint}");
        let office = to.trim_start_matches("В ").trim_end();
        let next = unwrapped(
            &env.run_en(&["next", "region.json", "--date", "2026-12-20"])
                .ok()
                .stdout,
        );
        assert_eq!(
            next.contains(&format!("The complaint goes to: {office}")),
            to != blank,
            "{consumer}: {next}"
        );
    }
}
