//! `complaint prepare` driven through a pseudo-terminal, as a person types at it, in each
//! language: the walk speaks the locale's language and reads dates and amounts as people
//! write them there.

use std::time::Duration;

use expectrl::session::OsSession as Session;
use expectrl::{ControlCode, Expect};

use crate::support::{DATE, Env, assert_no_english, example_path, plain, unwrapped};

/// Starts `complaint ARGS` on a pseudo-terminal.
fn spawn(env: &Env, args: &[&str]) -> Session {
    let mut session = expectrl::Session::spawn(env.command(args)).expect("a pty");
    session.set_expect_timeout(Some(Duration::from_secs(20)));
    session
}

/// A walk on a pseudo-terminal, and everything it showed so far.
struct Walk {
    s: Session,
    screen: String,
}

impl Walk {
    /// Starts `complaint ARGS` on a pseudo-terminal with `LANG` set to `locale`.
    fn start(env: &Env, locale: &str, args: &[&str]) -> Walk {
        let mut cmd = env.command(args);
        cmd.env("LANG", locale);
        let mut s = expectrl::Session::spawn(cmd).expect("a pty");
        s.set_expect_timeout(Some(Duration::from_secs(20)));
        Walk {
            s,
            screen: String::new(),
        }
    }

    fn wait(&mut self, text: &str) {
        let found = self
            .s
            .expect(text)
            .unwrap_or_else(|e| panic!("waiting for {text:?}: {e}\n{}", self.screen));
        self.screen
            .push_str(&String::from_utf8_lossy(found.before()));
        self.screen.push_str(text);
    }

    /// Waits for `prompt`, then types `answer` and Enter.
    fn answer(&mut self, prompt: &str, answer: &str) {
        self.wait(prompt);
        self.s.send_line(answer).unwrap();
    }

    /// Waits for a list, then moves `down` items and presses Enter. A yes-or-no question is
    /// a list of the two words with the default selected, so 0 keeps it and 1 takes the
    /// other.
    fn pick(&mut self, prompt: &str, down: usize) {
        self.wait(prompt);
        for _ in 0..down {
            self.s.send("\x1b[B").unwrap();
        }
        self.s.send("\r").unwrap();
    }

    /// What was on screen, without the terminal's control sequences.
    fn text(&self) -> String {
        let mut out = String::new();
        let mut chars = self.screen.chars().peekable();
        while let Some(c) = chars.next() {
            if c == '\x1b' {
                // CSI: ESC [ ... final byte in @..~
                if chars.peek() == Some(&'[') {
                    chars.next();
                    for c in chars.by_ref() {
                        if ('@'..='~').contains(&c) {
                            break;
                        }
                    }
                }
                continue;
            }
            if c != '\r' {
                out.push(c);
            }
        }
        out
    }
}

/// The first half of the English walk: language to the identifiers.
fn first_half(w: &mut Walk) {
    w.pick("Which language", 0);
    w.answer("Which company", "MegaTel Ltd");
    w.answer("support phone", "0800 123 4567");
    w.answer("What happened, in one sentence?", "");
    w.answer(
        "What happened, in one sentence?",
        "I was charged twice for the October subscription",
    );
    w.answer("The details", "Two identical charges on 3 October.");
    w.answer("When did it happen?", "31.02.2026");
    w.answer("check the day and the month", "3 November");
    w.answer("How much money", "£45");
    w.pick("Is it a technical problem", 0); // the default: no
    w.pick("What do you want from them?", 0);
    w.answer(
        "What exactly should they do?",
        "Refund the duplicate charge to my card",
    );
    w.answer("How much are you asking for?", "");
    w.pick("What will you do if they do not resolve it?", 1);
    w.answer("Say it in a sentence", "I will move to another provider");
    w.answer("What else would you accept?", "A credit on my next bill");
    w.answer("Order number", "A-12345");
}

/// The second half: from the contract number to the end.
fn second_half(w: &mut Walk) {
    w.answer("Contract or account number", "77-001234");
    w.answer("Phone number on the account", "");
    w.answer("Any other reference?", "");
    w.answer("A file to attach", "evidence/bill.png");
    w.pick("What now?", 1);
    w.answer("What does it show?", "October bill");
    w.answer("A file to attach", "");
    w.pick("Have you contacted them about this before?", 1); // from no to yes
    w.answer("When?", "03/04/2026");
    w.pick("Which date do you mean?", 1); // 4 March
    w.pick("How?", 0);
    w.answer("Reference or ticket number", "INC-99812");
    w.answer("Who did you speak to?", "Sam");
    w.answer("What was said or promised?", "Promised a call back");
    w.pick("Another earlier contact?", 0);
    // What the call needs is on screen before the letter's part is offered.
    w.wait("SAY FIRST");
    w.wait("I was charged twice for the October subscription");
    w.pick("Go on with what a letter needs", 0);
    w.answer("The department", "");
    w.answer("postal address", "1 Tower Street, London EC1A 1AA");
    w.answer("e-mail for complaints", "complaints@megatel.example");
    w.pick("Whose consumer law", 0); // the default for English: none
    w.answer("Your full name", "Anna Petrova");
    w.answer("Your postal address", "");
    w.answer("Your e-mail", "anna@example.org");
    w.answer("Your phone", "");
    w.answer("How many days", "");
    w.answer("A short title", "Double charge");
    w.wait("Saved as");
    w.wait("complaint letter");
}

fn saved_case(env: &Env) -> String {
    let dir = env.path("data/cases");
    let files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    files[0].to_string_lossy().into_owned()
}

fn saved_json(env: &Env) -> serde_json::Value {
    serde_json::from_str(&std::fs::read_to_string(saved_case(env)).unwrap()).unwrap()
}

#[test]
fn a_whole_walk_saves_a_case_that_validates_and_renders() {
    let env = Env::new();
    let mut w = Walk::start(&env, "en_GB.UTF-8", &["prepare", "--date", DATE]);
    first_half(&mut w);
    second_half(&mut w);
    let screen = w.text();
    drop(w);
    assert!(
        screen.contains("\"31.02.2026\" is not a day of the calendar"),
        "{screen}"
    );

    let case = saved_case(&env);
    assert!(case.ends_with("megatel-ltd-2026-11-22.json"), "{case}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&case).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "the case file is private");
    }
    let json = saved_json(&env);
    assert_eq!(json["event"]["date"], "2026-11-03");
    assert_eq!(
        json["event"]["amount"],
        serde_json::json!({"value": "45.00", "currency": "GBP"})
    );
    assert_eq!(json["contacts"][0]["date"], "2026-03-04");
    assert_eq!(json["company"]["support_phone"], "0800 123 4567");
    env.run(&["validate", &case]).ok();
    let letter = plain(
        &env.run(&["letter", "megatel-ltd-2026-11-22", "--date", DATE])
            .ok()
            .stdout,
    );
    for expected in [
        "Anna Petrova",
        "A-12345",
        "77-001234",
        "INC-99812",
        "another provider",
        "1 Tower Street",
    ] {
        assert!(
            letter.contains(expected),
            "letter lacks {expected:?}:\n{letter}"
        );
    }
    assert!(
        !env.path("data/draft.json").exists(),
        "the draft is gone once the case is saved"
    );
}

#[test]
fn an_interrupted_walk_resumes_with_every_earlier_answer() {
    let env = Env::new();
    let mut w = Walk::start(&env, "C.UTF-8", &["prepare", "--date", DATE]);
    first_half(&mut w);
    w.wait("Contract or account number");
    w.s.send(ControlCode::EndOfText).unwrap(); // Ctrl-C
    // Everything it printed after Ctrl-C, to its end: the message once.
    let said = w.s.expect(expectrl::Eof).unwrap();
    let mut bytes = said.before().to_vec();
    for m in said.matches() {
        bytes.extend_from_slice(m);
    }
    let said = String::from_utf8_lossy(&bytes).into_owned();
    assert!(said.contains("complaint prepare --resume"), "{said}");
    assert_eq!(said.matches("Stopped.").count(), 1, "{said}");
    drop(w);
    let draft = env.read("data/draft.json");
    assert!(
        draft.contains("A-12345") && draft.contains("MegaTel Ltd"),
        "{draft}"
    );

    let mut w = Walk::start(&env, "C.UTF-8", &["prepare", "--resume", "--date", DATE]);
    second_half(&mut w);
    drop(w);
    let case = std::fs::read_to_string(saved_case(&env)).unwrap();
    for earlier in [
        "MegaTel Ltd",
        "I was charged twice",
        "2026-11-03",
        "45.00",
        "switch_provider",
        "A credit on my next bill",
        "A-12345",
    ] {
        assert!(
            case.contains(earlier),
            "lost {earlier:?} across the interruption:\n{case}"
        );
    }
}

/// A long answer wraps over several rows of the terminal; once answered, the screen shows
/// the question once, with the answer, and no leftover rows of the prompt above it.
#[test]
fn a_long_answer_leaves_one_line_for_its_question() {
    let env = Env::new();
    let (cols, rows) = (60, 40);
    let long = "They charged my card twice for the November membership and the app still shows both payments as taken";
    let mut w = Walk::start(&env, "C.UTF-8", &["prepare", "--date", DATE]);
    w.s.get_process_mut().set_window_size(cols, rows).unwrap();
    // Everything drawn, up to the question after the long answer.
    w.pick("Which language", 0);
    w.answer("Which company", "PureGym Ltd");
    w.answer("support phone", "");
    w.answer("What happened, in one sentence?", long);
    w.wait("The details");
    let drawn = w.screen.clone().into_bytes();
    let size = |n| std::num::NonZeroU16::new(n).unwrap();
    let mut screen = vt100::Parser::new(size(rows), size(cols), 0);
    screen.process(&drawn);
    let text = screen.screen().contents();
    assert_eq!(
        text.matches("What happened, in one sentence?").count(),
        1,
        "{text}"
    );
    assert!(unwrapped(&text).contains("still shows both"), "{text}");
}

#[test]
fn a_russian_walk_speaks_russian_and_reads_russian_dates_and_amounts() {
    let env = Env::new();
    let mut w = Walk::start(&env, "ru_RU.UTF-8", &["prepare", "--date", DATE]);
    w.pick("На каком языке", 0); // pre-selected: Russian
    w.answer("О какой компании речь?", "ООО «Мегател»");
    w.answer("Телефон их поддержки", "8 800 123-45-67");
    w.answer(
        "Что случилось, одной фразой?",
        "С меня дважды списали оплату за октябрь",
    );
    w.answer("Подробности", "");
    w.answer("Когда это случилось?", "когда-то");
    w.answer("не получается прочитать как дату", "05.10.2026");
    w.answer("О какой сумме речь?", "41 500 руб.");
    w.pick("Это техническая проблема", 0);
    w.pick("Чего вы от них хотите?", 0);
    w.answer(
        "Что именно они должны сделать?",
        "Вернуть двойное списание на мою карту",
    );
    w.answer("Какую сумму вы требуете?", "");
    w.pick("Что вы сделаете, если вопрос не решат?", 0);
    w.answer("Скажите это одной фразой", "Я обращусь в Роспотребнадзор");
    w.answer("Какой другой вариант вас устроит?", "");
    w.answer("Номер заказа", "A-12345");
    w.answer("Номер договора", "");
    w.answer("Номер телефона", "+7 916 123-45-67");
    w.answer("Есть ещё какой-то номер?", "");
    // A file that is not there, a second try, then Enter: the walk goes on without it.
    w.answer("Файл, который приложить", "нет-такого.pdf");
    w.pick("Что дальше?", 0);
    w.answer("Путь к файлу", "");
    w.answer("Файл, который приложить", "");
    w.pick("Вы уже обращались к ним", 1);
    w.answer("Когда?", "вчера");
    w.pick("Как?", 0);
    w.answer("Номер обращения", "INC-99812");
    w.answer("С кем вы говорили?", "Ольга");
    w.answer("Что вам сказали или пообещали?", "Обещали перезвонить");
    w.pick("Было ещё обращение?", 0);
    w.wait("СКАЖИТЕ СНАЧАЛА");
    w.wait("С меня дважды списали оплату за октябрь");
    w.pick("Заполнить то, что нужно для письма", 0);
    w.answer("Кому адресовать", "");
    w.answer(
        "Почтовый адрес компании",
        "125009, г. Москва, ул. Тверская, д. 1",
    );
    w.answer("Электронная почта компании", "");
    w.pick("На закон какой страны", 0); // the default for Russian: Russia's
    w.pick("Вы купили товар или услугу?", 2); // from "neither" to a service
    w.pick("дистанционно", 0); // no
    w.pick("Это услуга связи", 1); // yes
    w.answer("Когда вы это купили?", "1.10.26");
    w.answer("Сколько вы заплатили?", "1 290 ₽");
    w.answer("Куда вернуть деньги?", "на карту, с которой я платила");
    w.answer("Ваши фамилия, имя и отчество", "Петрова Анна Сергеевна");
    w.answer("Ваш почтовый адрес", "");
    w.answer("Ваша электронная почта", "не знаю");
    w.answer("не похоже на адрес электронной почты", "anna@example.org");
    w.answer("Ваш телефон", "");
    w.answer("Сколько дней дать им", "");
    w.answer("Короткое название дела", "");
    w.wait("Сохранено как");
    w.wait("complaint letter");
    let screen = w.text();
    drop(w);

    assert_no_english("the Russian walk", &screen);
    let json = saved_json(&env);
    assert_eq!(
        json.get("attachments"),
        None,
        "the missing file was left out"
    );
    assert_eq!(json["language"], "ru");
    assert_eq!(json["event"]["date"], "2026-10-05");
    assert_eq!(
        json["event"]["amount"],
        serde_json::json!({"value": "41500.00", "currency": "RUB"})
    );
    assert_eq!(json["goal"]["amount"]["value"], "41500.00");
    assert_eq!(json["contacts"][0]["date"], "2026-11-21");
    assert_eq!(json["jurisdiction"], "ru");
    assert_eq!(
        json["response_days"],
        serde_json::Value::Null,
        "the law's term"
    );
    assert_eq!(json["purchase"]["kind"], "service");
    assert_eq!(json["purchase"]["telecom"], true);
    assert_eq!(json["purchase"]["date"], "2026-10-01");
    assert_eq!(
        json["purchase"]["price"],
        serde_json::json!({"value": "1290.00", "currency": "RUB"})
    );
    assert_eq!(json["title"], "С меня дважды списали оплату за октябрь");
}

#[test]
fn a_hebrew_walk_speaks_hebrew_and_reads_shekels() {
    let env = Env::new();
    let mut w = Walk::start(&env, "he_IL.UTF-8", &["prepare", "--date", DATE]);
    w.pick("באיזו שפה", 0); // pre-selected: Hebrew
    w.answer("על איזו חברה מדובר?", "מגה-טל בע\"מ");
    w.answer("מספר הטלפון של שירות הלקוחות", "");
    w.answer(
        "מה קרה, במשפט אחד?",
        "חייבו אותי פעמיים על המנוי של אוקטובר",
    );
    w.answer("הפרטים", "");
    w.answer("מתי זה קרה?", "10.8.2026");
    w.answer("על איזה סכום מדובר?", "89.70 ₪");
    w.pick("האם זו תקלה טכנית", 0);
    w.pick("מה אתם רוצים מהם?", 0);
    w.answer(
        "מה בדיוק הם צריכים לעשות?",
        "להחזיר לכרטיס שלי את החיוב הכפול",
    );
    w.answer("איזה סכום אתם דורשים?", "90 ש\"ח");
    w.pick("מה תעשו אם לא יפתרו", 6); // nothing decided yet
    w.answer("איזה פתרון אחר יהיה מקובל עליכם?", "");
    w.answer("מספר הזמנה", "A-12345");
    w.answer("מספר חוזה", "");
    w.answer("מספר הטלפון שעליו רשום", "");
    w.answer("יש עוד מספר מזהה?", "");
    w.answer("קובץ לצרף", "");
    w.pick("פניתם אליהם כבר", 0);
    w.wait("מה לומר קודם");
    // The short walk: the letter's part is left for `prepare --edit`.
    w.pick("להמשיך לפרטים שדרושים למכתב", 1);
    w.answer("שם מלא", "דנה לוי");
    w.answer("כותרת קצרה", "");
    w.wait("נשמר בשם");
    w.wait("complaint letter");
    let screen = w.text();
    drop(w);

    assert_no_english("the Hebrew walk", &screen);
    let json = saved_json(&env);
    assert_eq!(json["language"], "he");
    assert_eq!(json["event"]["date"], "2026-08-10");
    assert_eq!(
        json["event"]["amount"],
        serde_json::json!({"value": "89.70", "currency": "ILS"})
    );
    assert_eq!(
        json["goal"]["amount"],
        serde_json::json!({"value": "90.00", "currency": "ILS"})
    );
    assert_eq!(json["response_days"], serde_json::Value::Null);
    assert_eq!(json["company"].get("address"), None);
    assert!(!screen.contains("הכתובת של החברה"), "{screen}");
}

#[test]
fn an_empty_needed_answer_is_refused_under_its_question_not_ticked() {
    let env = Env::new();
    let args = ["--color", "always", "prepare", "--date", DATE];
    let mut w = Walk::start(&env, "en_GB.UTF-8", &args);
    w.pick("Which language", 0);
    w.answer("Which company", "");
    w.answer("This one is needed", "MegaTel Ltd");
    w.wait("support phone");
    let screen = w.text();
    drop(w);
    let ticked: Vec<&str> = screen
        .lines()
        .filter(|l| l.contains('✔') && l.contains("Which company"))
        .collect();
    assert_eq!(ticked.len(), 1, "{screen}");
    assert!(ticked[0].trim_end().ends_with("MegaTel Ltd"), "{screen}");
}

#[test]
fn an_unfinished_case_is_discarded_only_when_the_person_says_so() {
    let env = Env::new();
    let mut w = Walk::start(&env, "C.UTF-8", &["prepare", "--date", DATE]);
    w.pick("Which language", 0);
    w.answer("Which company", "MegaTel Ltd");
    w.answer("support phone", "");
    w.wait("What happened, in one sentence?");
    w.s.send(ControlCode::EndOfText).unwrap();
    w.wait("complaint prepare --resume");
    drop(w);

    // "No" to going on asks again before anything is thrown away; "no" to that keeps it.
    let mut w = Walk::start(&env, "C.UTF-8", &["prepare", "--date", DATE]);
    w.pick(
        "You have an unfinished case (MegaTel Ltd). Go on with it?",
        1,
    ); // no
    w.pick("Discard its answers and start a new case?", 0); // the default: no
    w.wait("Go on with it?");
    w.s.send(ControlCode::EndOfText).unwrap();
    let end = w.s.expect(expectrl::Eof).unwrap();
    let screen = String::from_utf8_lossy(end.before()).into_owned();
    assert!(!screen.contains("panicked"), "{screen}");
    drop(w);
    assert!(env.read("data/draft.json").contains("MegaTel Ltd"));

    // Only "yes, discard" starts afresh.
    let mut w = Walk::start(&env, "C.UTF-8", &["prepare", "--date", DATE]);
    w.pick("Go on with it?", 1); // no
    w.pick("Discard its answers and start a new case?", 1); // yes
    w.pick("Which language", 0);
    w.answer("Which company", "OtherCo");
    w.answer("support phone", "");
    w.wait("What happened, in one sentence?");
    w.s.send(ControlCode::EndOfText).unwrap();
    w.wait("complaint prepare --resume");
    drop(w);
    let draft = env.read("data/draft.json");
    assert!(
        draft.contains("OtherCo") && !draft.contains("MegaTel"),
        "{draft}"
    );
}

#[test]
fn contacts_logged_during_an_edit_are_kept_and_other_changes_stop_the_save() {
    let env = Env::new();
    let path = env.write("mine.json", std::fs::read(example_path("en")).unwrap());
    let before: serde_json::Value = serde_json::from_str(&env.read("mine.json")).unwrap();
    let walk_through = |s: &mut Session, done: &str| {
        s.set_expect_timeout(Some(Duration::from_millis(400)));
        for _ in 0..120 {
            if s.expect(done).is_ok() {
                return;
            }
            s.send("\r").unwrap(); // every answer kept as it was
        }
        panic!("the walk did not end with {done:?}");
    };
    let mut s = spawn(&env, &["prepare", "--edit", &path, "--date", DATE]);
    s.expect("Which language").unwrap();
    env.run(&["log", &path, "--reference", "DURING-EDIT"]).ok();
    walk_through(&mut s, "Saved as");
    drop(s);
    let after: serde_json::Value = serde_json::from_str(&env.read("mine.json")).unwrap();
    let contacts = after["contacts"].as_array().unwrap();
    assert_eq!(
        contacts.len(),
        before["contacts"].as_array().unwrap().len() + 1
    );
    assert_eq!(contacts.last().unwrap()["reference"], "DURING-EDIT");

    // A change to anything else meanwhile is not overwritten: the save stops, answers kept.
    let mut s = spawn(&env, &["prepare", "--edit", &path, "--date", DATE]);
    s.expect("Which language").unwrap();
    let changed = env
        .read("mine.json")
        .replace("MegaTel Ltd", "MegaTel Group");
    std::fs::write(&path, &changed).unwrap();
    walk_through(&mut s, "was changed by another command");
    drop(s);
    assert_eq!(env.read("mine.json"), changed);
    assert!(env.path("data/draft.json").exists());
}
