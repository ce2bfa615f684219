//! Russian and Hebrew renderings as a native speaker reads them: goals asked for once and
//! grammatically, amounts and dates kept and never repeated, only payment cards masked,
//! phone numbers whole in the Hebrew PDF, no line break inside a unit, a short letter on one
//! page, enclosures on paper without file names, words that fit the case, and a coach that
//! hears Russian and Hebrew rudeness without false alarms. Each on the text renderings and,
//! for the letter, on the PDF read back.

use crate::pdf::{letter_pdf, poppler, run_tool, text_of};
use crate::support::{DATE, Env, assert_reads_well, example_json, example_path, unwrapped};

const NBSP: char = '\u{a0}';

/// Text with no-break spaces and every run of white space as one space, so phrases can be
/// found wherever a line broke.
fn flat(text: &str) -> String {
    unwrapped(&text.replace(NBSP, " "))
}

/// A case file written from JSON.
fn case(env: &Env, name: &str, json: serde_json::Value) -> String {
    env.write(name, json.to_string())
}

/// The built-in example of `lang` with some fields changed.
fn example_with(env: &Env, lang: &str, change: impl FnOnce(&mut serde_json::Value)) -> String {
    let mut json = example_json(lang);
    change(&mut json);
    case(env, &format!("{lang}.json"), json)
}

/// The letter read back from its PDF by poppler, in reading order, with the direction
/// marks poppler adds taken out; `None` without poppler.
fn pdf_text(env: &Env, case: &str, name: &str) -> Option<(String, usize)> {
    let (_, doc) = letter_pdf(env, case, name, &[]);
    let pages = doc.get_pages().len();
    if !poppler() {
        // lopdf's drawing order is still a check for left-to-right text.
        return Some((text_of(&doc), pages));
    }
    let path = env.path(name);
    let raw = run_tool("pdftotext", &["-layout", path.to_str().unwrap(), "-"]);
    let text = raw
        .chars()
        .filter(|c| !('\u{202A}'..='\u{202E}').contains(c) && *c != '\u{200E}')
        .collect();
    Some((text, pages))
}

#[track_caller]
fn lacks(label: &str, text: &str, bad: &[&str]) {
    for b in bad {
        assert!(!text.contains(b), "{label} contains {b:?}:\n{text}");
    }
}

#[track_caller]
fn has(label: &str, text: &str, good: &[&str]) {
    for g in good {
        assert!(text.contains(g), "{label} lacks {g:?}:\n{text}");
    }
}

// 1. A goal typed as a request is not wrapped in a second request.

#[test]
fn a_russian_goal_typed_as_a_request_demand_or_order_is_asked_for_once() {
    let env = Env::new();
    for (goal, said, letter) in [
        (
            "Прошу отключить подписку",
            "Прошу отключить подписку",
            "прошу: 1. Отключить подписку",
        ),
        (
            "Требую вернуть деньги за подписку",
            "Прошу вернуть деньги за подписку",
            "требую: 1. Вернуть деньги за подписку",
        ),
        (
            "Верните деньги за подписку",
            "Пожалуйста, верните деньги за подписку",
            "Верните деньги за подписку",
        ),
    ] {
        let c = example_with(&env, "ru", |j| j["goal"]["summary"] = goal.into());
        for what in ["opener", "message"] {
            let out = flat(&env.render(what, &c));
            has(what, &out, &[said]);
            lacks(
                what,
                &out,
                &["Прошу прошу", "Прошу требую", "Прошу верните"],
            );
        }
        let text = flat(&env.render("letter", &c));
        has("letter", &text, &[letter]);
        lacks("letter", &text, &["1. Прошу", "1. Требую", "Прошу верните"]);
        if let Some((pdf, _)) = pdf_text(&env, &c, &format!("ru-{}.pdf", said.len())) {
            has("pdf", &flat(&pdf), &[letter]);
        }
    }
}

#[test]
fn a_hebrew_goal_asks_the_company_to_act() {
    let env = Env::new();
    // The letter demands what the opener and the message ask for.
    for (n, (goal, said, written)) in [
        (
            "אבקש לתקן את הנתב",
            "אבקש מכם לתקן את הנתב",
            "הנכם נדרשים לתקן את הנתב",
        ),
        (
            "לתקן את הנתב",
            "אבקש מכם לתקן את הנתב",
            "הנכם נדרשים לתקן את הנתב",
        ),
        (
            "תחזירו לי את הכסף",
            "אבקש שתחזירו לי את הכסף",
            "אבקש שתחזירו לי את הכסף",
        ),
        (
            "אבקש תחזירו לי את הכסף",
            "אבקש שתחזירו לי את הכסף",
            "אבקש שתחזירו לי את הכסף",
        ),
    ]
    .into_iter()
    .enumerate()
    {
        let c = example_with(&env, "he", |j| j["goal"]["summary"] = goal.into());
        for what in ["opener", "message", "letter"] {
            let out = flat(&env.render(what, &c));
            has(what, &out, &[if what == "letter" { written } else { said }]);
            lacks(what, &out, &["אבקש אבקש", "אבקש לתקן", "אבקש תחזירו"]);
        }
        // Hebrew comes back in reading order only through poppler.
        if let Some((pdf, _)) = pdf_text(&env, &c, &format!("he-{n}.pdf"))
            && poppler()
        {
            has("pdf", &flat(&pdf), &[written]);
        }
    }
}

// 2. The opener keeps amounts and dates, said as people say them.

#[test]
fn the_opener_keeps_sums_and_dates_but_not_long_numbers() {
    let env = Env::new();
    let ru = example_with(&env, "ru", |j| {
        j["event"]["summary"] =
            "Мне не вернули 41 500,00 руб. за отменённый заказ, звонил с +7 900 765-43-21".into();
        j["goal"]["summary"] =
            "Вернуть на мою банковскую карту 41 500,00 рублей до 01.12.2026".into();
        j["goal"]["amount"] = serde_json::json!({"value": "41500", "currency": "RUB"});
    });
    let opener = env.render("opener", &ru);
    has(
        "ru opener",
        &flat(&opener),
        &["41 500 руб.", "41 500 рублей до 1 декабря; соедините"],
    );
    let dated = example_with(&env, "ru", |j| {
        j["event"]["summary"] =
            "Не вернули деньги за заказ, обещали до 15.11.2026, звонил с +7 900 765-43-21".into();
    });
    has(
        "ru opener",
        &env.render("opener", &dated),
        &["обещали до 15 ноября."],
    );
    // The opener is said on the phone: a date typed in digits is said in words, without
    // the year of the letter.
    for (what, text) in [
        ("ru opener", &opener),
        ("ru opener", &env.render("opener", &dated)),
    ] {
        lacks(what, text, &["01.12.2026", "15.11.2026", "2026"]);
    }
    lacks(
        "ru opener",
        &opener,
        &["765-43-21", ",00", "карту рублей", "до (", " ₽"],
    );
    let he = example_with(&env, "he", |j| {
        j["goal"]["summary"] = "החזר מלא של 1,249 ש״ח".into();
        j["goal"]["amount"] = serde_json::json!({"value": "1249.00", "currency": "ILS"});
    });
    let opener = flat(&env.render("opener", &he));
    has("he opener", &opener, &["1,249 ש״ח"]);
    let dated = example_with(&env, "he", |j| {
        j["event"]["summary"] = "חויבתי פעמיים בסך 1,249.00 ש״ח ב-12.10.2026".into();
    });
    has(
        "he opener",
        &env.render("opener", &dated),
        &["בסך 1,249 ש״ח ב-12 באוקטובר."],
    );
    lacks("he opener", &env.render("opener", &dated), &["12.10.2026"]);
    let dated = example_with(&env, "en", |j| {
        j["goal"]["summary"] = "Refund the duplicate charge by 2026-11-15".into();
    });
    let said = env.render("opener", &dated);
    has("en opener", &said, &["by 15 November"]);
    lacks("en opener", &said, &["2026-11-15"]);
    lacks("he opener", &opener, &["1,249.00", "(1,249"]);
}

// 3. An amount or a date already given is not given again.

#[test]
fn an_amount_or_date_already_written_is_not_appended() {
    let env = Env::new();
    let sub = env.fixture("subscription.ru.json");
    for what in ["opener", "message", "letter", "brief"] {
        let out = flat(&env.render(what, &sub));
        lacks(
            what,
            &out,
            &["руб. Сумма: 41 500", "(41 500,00 руб.)", "(41 500 рублей)"],
        );
    }
    let goods = env.fixture("goods.ru.json");
    let letter = flat(&env.render("letter", &goods));
    lacks(
        "ru letter",
        &letter,
        &["Дата: 10 августа", "Сумма: 34 990,00"],
    );
    let he = env.fixture("goods.he.json");
    let letter = flat(&env.render("letter", &he));
    lacks("he letter", &letter, &["הדבר אירע ביום 10 באוגוסט"]);
    let c = example_with(&env, "he", |j| {
        j["goal"]["summary"] = "החזר מלא של 3,490 ש״ח".into();
        j["goal"]["amount"] = serde_json::json!({"value": "3490", "currency": "ILS"});
    });
    for what in ["message", "letter"] {
        let out = flat(&env.render(what, &c));
        lacks(what, &out, &["(3,490.00 ש״ח)", "(3,490 ש״ח)"]);
    }
    // In words too.
    let words = example_with(&env, "ru", |j| {
        j["goal"]["summary"] = "Вернуть на мою карту одну тысячу двести девяносто рублей".into();
    });
    for what in ["opener", "message", "letter"] {
        let out = flat(&env.render(what, &words));
        lacks(what, &out, &["(1 290 рублей)", "(1 290,00 руб.)"]);
    }
}

// 4. Only payment cards are masked.

#[test]
fn identifiers_the_company_needs_are_never_masked_as_cards() {
    let env = Env::new();
    let goods = env.fixture("goods.ru.json");
    let keep = ["356938035643817", "19008291234567", "1027700132195"];
    for what in ["letter", "message", "brief"] {
        let out = flat(&env.render(what, &goods));
        // The seller's ОГРН is in its address, which only the letter shows.
        let shown = if what == "letter" {
            &keep[..]
        } else {
            &keep[..2]
        };
        has(what, &out, shown);
        has(what, &out, &["**** **** **** 5678"]);
        lacks(what, &out, &["4276 3800"]);
    }
    if let Some((pdf, _)) = pdf_text(&env, &goods, "goods.pdf") {
        has("pdf", &flat(&pdf), &keep);
    }
    let opener = env.render("opener", &goods);
    for long in keep.iter().chain(&["5678"]) {
        lacks("opener", &opener, &[long]);
    }
}

// 5. Phone numbers with "+" stay whole in the Hebrew PDF.

#[test]
fn a_hebrew_pdf_keeps_the_plus_of_a_phone_number() {
    let env = Env::new();
    let he = env.fixture("goods.he.json");
    let text = env.render("letter", &he);
    has("letter", &text, &["\u{200E}+972-54-7654321"]);
    if !poppler() {
        eprintln!("skipped the read-back: poppler-utils is not installed");
        return;
    }
    let (pdf, _) = pdf_text(&env, &he, "he.pdf").unwrap();
    // Inside the person's own sentence, copied out as written; the header writes the
    // number as Israelis do ("054-7654321").
    assert_eq!(pdf.matches("+972-54-7654321").count(), 1, "{pdf}");
    has("pdf", &pdf, &["054-7654321"]);
    lacks("pdf", &pdf, &["972-54-7654321+"]);
    has("pdf", &pdf, &["ronit.levi@example.co.il"]);

    // In brackets, with spaces, and an identifier that begins with digits.
    let c = example_with(&env, "he", |j| {
        j["event"]["details"] =
            "הטכנאי לא תיקן (טלפון הטכנאי: +972 4 812 3456). מספר התיקון 12345-AB.".into();
    });
    let (pdf, _) = pdf_text(&env, &c, "he2.pdf").unwrap();
    has("pdf", &pdf, &["+972 4 812 3456", "12345-AB"]);
    lacks("pdf", &pdf, &["972+", "AB-12345"]);
}

// 6. No line breaks inside a unit.

#[test]
fn lines_never_break_inside_units_numbers_or_dates() {
    let env = Env::new();
    let narrow = |j: &mut serde_json::Value| {
        j["consumer"]["address"] = "196084, г. Санкт-Петербург, ул. 8 Марта, д. 14, кв. 7".into();
        j["event"]["details"] = "Смартфон куплен за 34 990 рублей, ответа нет уже (10 дней), курьер приехал в 10:00 к дому № 5 по ул. 8 Марта и уехал через 2 часа.".into();
    };
    let ru = example_with(&env, "ru", narrow);
    let he = example_with(&env, "he", |j| {
        j["event"]["details"] = "החיוב החודשי הוא 29.90 ₪ בכל חודש מאז 12 באוקטובר 2026, ואני מבקשת לבטל אותו מיד לאחר קבלת המכתב הזה ממני.".into();
    });
    let ends = ["ул.", "д.", "кв.", "№", "(10", "29.90", "12", "34", "8"];
    let starts = ["дней", "₪", "2026", "990", "Марта"];
    for (label, c) in [("ru", &ru), ("he", &he)] {
        let text = env.render("letter", c);
        let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
        if let Some((pdf, _)) = pdf_text(&env, c, &format!("{label}.pdf")) {
            lines.extend(pdf.lines().map(str::to_owned));
        }
        for line in lines.iter().map(|l| l.trim()).filter(|l| !l.is_empty()) {
            for e in ends {
                assert!(
                    !line.ends_with(&format!(" {e}")),
                    "{label}: a line ends with {e:?}: {line}"
                );
            }
            for s in starts {
                assert!(
                    !line.starts_with(&format!("{s} ")),
                    "{label}: a line starts with {s:?}: {line}"
                );
            }
        }
        assert!(text.contains(NBSP), "{label}: no no-break space:\n{text}");
        if label == "ru" {
            has(
                label,
                &text,
                &[
                    "г.\u{a0}Санкт-Петербург",
                    "ул.\u{a0}8\u{a0}Марта",
                    "(10\u{a0}дней",
                ],
            );
        }
    }
}

// 7. A short letter keeps its signature and fits one page.

#[test]
fn a_letter_that_can_fit_one_page_does() {
    let env = Env::new();
    for name in [
        "long.ru.json",
        "goods.ru.json",
        "subscription.ru.json",
        "goods.he.json",
    ] {
        let c = env.fixture(name);
        let (_, doc) = letter_pdf(&env, &c, &format!("{name}.pdf"), &[]);
        assert_eq!(doc.get_pages().len(), 1, "{name} is not on one page");
    }
    // One that cannot fit still keeps the last lines of text with the signature.
    let c = example_with(&env, "ru", |j| {
        j["event"]["details"] = "В счёте за октябрь оба платежа указаны под одним номером. "
            .repeat(30)
            .into();
    });
    let (_, doc) = letter_pdf(&env, &c, "two.pdf", &[]);
    let pages = doc.get_pages();
    assert_eq!(pages.len(), 2);
    let last = doc.extract_text(&[2]).unwrap();
    assert!(last.contains("Петрова Анна Сергеевна"), "{last}");
    assert!(
        last.contains("Приложения") || last.contains("Выписка из банка"),
        "the signature is alone on page 2: {last}"
    );
}

// 8. Paper is not a file system.

#[test]
fn enclosures_on_paper_have_no_file_names() {
    let env = Env::new();
    for (name, file, word) in [
        ("goods.ru.json", "chek.jpg", "Файл:"),
        ("goods.he.json", "invoice.pdf", "קובץ:"),
    ] {
        let c = env.fixture(name);
        let letter = env.render("letter", &c);
        lacks(name, &letter, &[file, word]);
        if let Some((pdf, _)) = pdf_text(&env, &c, &format!("{name}.pdf")) {
            lacks(name, &pdf, &[file, word]);
        }
        for what in ["brief", "message"] {
            has(what, &env.render(what, &c), &[file]);
        }
    }
    // An image prints on one sheet, so its count is known; a PDF's is not.
    let letter = env.render("letter", &env.fixture("goods.ru.json"));
    has(
        "letter",
        &letter,
        &["1. Копия кассового чека — 1\u{a0}л.\n2. Акт приёма в\u{a0}ремонт (копия) — ___ л.\n"],
    );
    let letter = env.render("letter", &env.fixture("goods.he.json"));
    has("letter", &letter, &["1. העתק חשבונית הקנייה.\n"]);
    let message = env.render("message", &env.fixture("goods.ru.json"));
    has("message", &message, &["Документы (пришлю по запросу):"]);
    lacks("message", &message, &["Могу прислать"]);
}

// 9. Words that fit the case.

#[test]
fn goods_shops_and_people_are_named_as_they_are() {
    let env = Env::new();
    let ru = example_with(&env, "ru", |j| {
        j["event"]["environment"] = "Стиральная машина LG F2J3WS2W".into();
        j["contacts"][0]["channel"] = "visit".into();
    });
    let letter = flat(&env.render("letter", &ru));
    has(
        "ru letter",
        &letter,
        &[
            "Товар: Стиральная машина",
            "Данные для идентификации:",
            "личное обращение",
        ],
    );
    lacks(
        "ru letter",
        &letter,
        &["Устройство, система", "Для идентификации", "в офисе"],
    );
    let brief = flat(&env.render("brief", &ru));
    has("ru brief", &brief, &["Какой у вас товар", "Личный визит"]);
    lacks(
        "ru brief",
        &brief,
        &["версия системы", "Визит в офис", "вы позвонили в ООО"],
    );
    // Not a technical problem: no question about a device.
    let plain = example_with(&env, "ru", |j| {
        j["event"].as_object_mut().unwrap().remove("environment");
    });
    lacks(
        "brief",
        &env.render("brief", &plain),
        &["устройство", "Товар"],
    );
    let script = env.run(&["rehearse", &plain, "--script"]).ok().stdout;
    lacks("rehearse", &script, &["устройство"]);
    let operator = script
        .lines()
        .find(|l| l.starts_with("Оператор:"))
        .unwrap_or_default();
    assert!(operator.contains("вы позвонили в МегаТел."), "{script}");

    let he = example_with(&env, "he", |j| {
        j["event"]["environment"] = "מכונת כביסה בוש".into();
        j["contacts"][0]["channel"] = "visit".into();
        let second = j["contacts"][0].clone();
        j["contacts"].as_array_mut().unwrap().push(second);
    });
    let letter = flat(&env.render("letter", &he));
    has(
        "he letter",
        &letter,
        &["פרטי המוצר: מכונת כביסה", "ושוחחתי עם יוסי", "הגעתי לסניף"],
    );
    lacks(
        "he letter",
        &letter,
        &["מכשיר, מערכת", "מול יוסי", "מוקד שירות"],
    );
    let brief = flat(&env.render("brief", &he));
    has("he brief", &brief, &["פניתי אליכם כבר פעמיים"]);
    lacks("he brief", &brief, &["2 פעמים", "הגעת למגה-טל תקשורת בע״מ"]);
}

#[test]
fn the_new_fixtures_read_well_in_every_rendering() {
    let env = Env::new();
    for name in [
        "goods.ru.json",
        "subscription.ru.json",
        "goods.he.json",
        "long.ru.json",
    ] {
        let c = env.fixture(name);
        for what in ["opener", "brief", "message", "letter"] {
            let out = env.run(&[what, &c, "--date", DATE]).ok().stdout;
            assert_reads_well(name, what, &out);
        }
    }
}

// 10. The coach hears rudeness, and only rudeness.

#[test]
fn the_coach_hears_russian_and_hebrew_rudeness() {
    let env = Env::new();
    let ru = case(
        &env,
        "rude.ru.json",
        serde_json::json!({"schema_version": 1, "language": "ru",
            "consumer": {"name": "Иван"}, "company": {"name": "ООО «Ромашка»"},
            "event": {"summary": "Вчера вы там совсем охренели?! Это п***ц, вы ох*ели",
                "details": "Меня кинули, это развод, вы издеваетесь. Вы у меня попляшете."},
            "goal": {"summary": "Хочу, чтобы вы что-то сделали немедленно"},
            "consequence": {"summary": "Буду жаловаться везде, во все инстанции"}}),
    );
    let out = env.run_en(&["check", &ru]).ok().stdout;
    for phrase in [
        "\"п***ц\"",
        "\"ох*ели\"",
        "\"охренели\" reads as an insult",
        "\"кинули\"",
        "\"это развод\"",
        "\"издеваетесь\"",
        "попляшете",
        "\"вы там совсем\"",
        "\"Буду жаловаться везде\"",
        "\"во все инстанции\"",
        "что-то сделали",
        "\"немедленно\" reads as an ultimatum",
        "\"Вчера\" will be read days later",
    ] {
        assert!(out.contains(phrase), "missed {phrase}:\n{out}");
    }
    // No advice that keeps the insult: «охренели?!» is one finding, not «охренели?».
    lacks("ru", &out, &["try: \"охренели?\"", "try: «охренели?»"]);
    // «Развод» said of a charge, in its common phrases; the word alone (a divorce) is not.
    let scam = case(
        &env,
        "scam.ru.json",
        serde_json::json!({"schema_version": 1, "language": "ru",
            "consumer": {"name": "Иван"}, "company": {"name": "ООО «Ромашка»"},
            "event": {"summary": "Развод чистой воды, а у меня развод с женой"},
            "goal": {"summary": "Вернуть 500 рублей"}}),
    );
    let out = env.run_en(&["check", &scam]).ok().stdout;
    assert!(out.contains("\"Развод чистой воды\""), "{out}");
    assert_eq!(out.matches("reads as an insult").count(), 1, "{out}");

    let he = case(
        &env,
        "rude.he.json",
        serde_json::json!({"schema_version": 1, "language": "he",
            "consumer": {"name": "דנה"}, "company": {"name": "חברה בע״מ"},
            "event": {"summary": "אתם גונבים ממני, נוכלים ורמאים, פושעים חצופים",
                "details": "שירות מחורבן, תתביישו. גנבים!!!"},
            "goal": {"summary": "תחזירו את הכסף עכשיו"},
            "consequence": {"summary": "אפרסם אתכם ואלך לתקשורת"}}),
    );
    let out = env.run_en(&["check", &he]).ok().stdout;
    for phrase in [
        "\"גונבים ממני\"",
        "\"ורמאים\"",
        "\"פושעים\"",
        "\"חצופים\"",
        "\"מחורבן\"",
        "\"תתביישו\"",
        "\"גנבים\" reads as an insult",
        "\"אפרסם אתכם\"",
        "\"ואלך לתקשורת\"",
        "\"עכשיו\" reads as an ultimatum",
    ] {
        assert!(out.contains(phrase), "missed {phrase}:\n{out}");
    }
    lacks("he", &out, &["try: \"גנבים.\""]);
}

#[test]
fn the_coach_raises_no_false_alarms() {
    let env = Env::new();
    let calm = example_with(&env, "ru", |j| {
        j["event"]["details"] =
            "Ножи оказались тупые. Курьер СДЭК кидал коробку при выгрузке, это видно на записи."
                .into();
    });
    let run = env.run_en(&["check", "--strict", &calm]).ok();
    // The law's own notes are not alarms; no tone or vagueness finding is.
    let alarms: Vec<&str> = run
        .stdout
        .lines()
        .filter(|l| l.contains(": tone:") || l.contains(": vague:"))
        .collect();
    assert!(alarms.is_empty(), "{}", run.stdout);
    let en = example_with(&env, "en", |j| j["event"]["details"] = "SCAMMERS!!!".into());
    let out = env.run(&["check", &en]).ok().stdout;
    assert_eq!(
        out.lines().count(),
        1,
        "one finding, with the calm wording:\n{out}"
    );
    assert!(out.contains("insult"), "{out}");
}

// 12. What a native found still wrong in the documents, each as a class.

/// The documents of `case` by name: opener, brief, message, letter.
fn documents(env: &Env, case: &str) -> Vec<(&'static str, String)> {
    ["opener", "brief", "message", "letter"]
        .into_iter()
        .map(|what| (what, env.render(what, case)))
        .collect()
}

/// Form labels ("Дата: …", "Сумма: …") do not stand inside a paragraph of prose: the date and
/// the sum are told in a sentence.
#[test]
fn dates_and_sums_are_told_in_sentences_not_form_labels() {
    let env = Env::new();
    let ru = env.fixture("subscription.ru.json");
    for what in ["letter", "message"] {
        let out = flat(&env.render(what, &ru));
        lacks(what, &out, &["Дата:", "Сумма:", "речь идёт о сумме", ",00"]);
        has(
            what,
            &out,
            &["Деньги списаны 12 октября 2026 г. в сумме 41 500"],
        );
    }
    let brief = env.render("brief", &example_path("ru"));
    lacks("brief", &brief, &["деньги. Сумма:", "Сумма: 1 290 рублей."]);
    let he = env.render("message", &example_path("he"));
    lacks("he message", &he, &["הסכום:"]);
    let en = env.render("brief", &example_path("en"));
    lacks("en brief", &en, &["card. Amount:"]);
    has("en brief", &en, &["to my card (£49.99)."]);
}

/// A sum the template adds is in one form per document: the letter's «1 290 руб.», the
/// spoken «1 290 рублей»; a sum already in the person's words is not added again in another.
#[test]
fn a_sum_is_in_one_form_per_document() {
    let env = Env::new();
    let ru = example_path("ru");
    let letter = env.render("letter", &ru);
    // The person's own «1290 рублей» stays as typed; what the letter adds is «1 290 руб.»,
    // a whole sum without kopecks.
    lacks(
        "letter",
        &letter,
        &["1\u{a0}290\u{a0}рублей", "1 290 рублей"],
    );
    assert!(letter.contains("1\u{a0}290\u{a0}руб."), "{letter}");
    assert!(!letter.contains("1\u{a0}290,00"), "{letter}");
    for what in ["opener", "message"] {
        let out = env.render(what, &ru);
        lacks(what, &out, &["1\u{a0}290,00", "руб."]);
        has(what, &out, &["1\u{a0}290\u{a0}рублей"]);
    }
    // The smartphone's price is in the summary: the follow-up does not add «34 990,00 руб.».
    let goods = env.fixture("goods.ru.json");
    let mut json: serde_json::Value = serde_json::from_str(&env.read(&goods)).unwrap();
    json["contacts"].as_array_mut().unwrap().push(
        serde_json::json!({"date": "2026-11-10", "channel": "letter", "delivered": "2026-11-12"}),
    );
    let sent = case(&env, "sent.json", json);
    let out = flat(
        &env.run(&["followup", &sent, "--date", "2026-12-20"])
            .ok()
            .stdout,
    );
    has("followup", &out, &["за 34 990 рублей"]);
    lacks(
        "followup",
        &out,
        &["34 990,00 руб.", "2026 г (", "1. Прошу"],
    );
}

/// The device and its version belong to a technical problem: a double charge leaves them out
/// even when the case names the phone, and goods are named as goods.
#[test]
fn the_device_is_named_only_for_a_technical_problem() {
    let env = Env::new();
    let device = [
        ("ru", "Устройство, система"),
        ("he", "מכשיר, מערכת וגרסה"),
        ("en", "Device, system"),
    ];
    for (lang, label) in device {
        // The examples are double charges with the phone and the app's version in them.
        for (what, out) in documents(&env, &example_path(lang)) {
            lacks(&format!("{lang} {what}"), &out, &[label, "Android 15"]);
        }
        let broken = example_with(&env, lang, |j| {
            j["event"]["summary"] = match lang {
                "ru" => "Приложение закрывается при входе в личный кабинет",
                "he" => "האפליקציה נסגרת בכל כניסה לאזור האישי",
                _ => "The app closes every time I open my account",
            }
            .into();
        });
        has(lang, &env.render("letter", &broken), &[label]);
    }
    for (lang, label) in [("ru", "Товар:"), ("he", "פרטי המוצר:"), ("en", "Product:")]
    {
        let goods = example_with(&env, lang, |j| {
            j["event"]["environment"] = "Bosch WAN28260".into();
        });
        has(lang, &env.render("letter", &goods), &[label]);
    }
}

/// A second choice is offered as a lawyer writes it, without a calque and without a
/// gendered form.
#[test]
fn the_fallback_reads_naturally() {
    let env = Env::new();
    let ru = example_path("ru");
    // The message may say «если это невозможно»: a chat is not a claim.
    let out = flat(&env.render("message", &ru));
    lacks(
        "message",
        &out,
        &[
            "В качестве альтернативы",
            "Меня также устроит:",
            "(а)",
            "/а",
        ],
    );
    has(
        "message",
        &out,
        &["невозможно, меня устроит и другой вариант: зачесть"],
    );
    let he = flat(&env.render("message", &example_path("he")));
    lacks("he message", &he, &["יתאים לי גם:"]);
    has(
        "he message",
        &he,
        &["אם זה לא אפשרי, אסכים גם לפתרון הבא: זיכוי"],
    );
}

/// The demand is to be met and confirmed in writing; a written answer alone does not meet
/// it.
#[test]
fn a_written_reply_does_not_stand_in_for_the_demand() {
    let env = Env::new();
    for lang in ["en", "ru", "he"] {
        let generic = example_with(&env, lang, |j| j["jurisdiction"] = "none".into());
        for c in [generic, example_path(lang)] {
            let out = flat(&env.render("letter", &c));
            lacks(
                lang,
                &out,
                &["or reply to me in writing", "או השיבו", "или дайте ответ"],
            );
        }
    }
    let en = example_with(&env, "en", |j| j["jurisdiction"] = "none".into());
    has(
        "en",
        &flat(&env.render("letter", &en)),
        &["Please do so and confirm it to me in writing within 14 days of receiving this letter."],
    );
}

/// An Israeli number the template writes is in its domestic form in Hebrew; one in the
/// person's own words stays as typed, whole and left to right.
#[test]
fn israeli_numbers_are_written_as_israelis_write_them() {
    let env = Env::new();
    let he = env.fixture("goods.he.json");
    let brief = env.render("brief", &he);
    has("brief", &brief, &["אלקטרו-בית בע״מ, 04-8123456"]);
    lacks("brief", &brief, &["+972-4-8123456"]);
    let letter = env.render("letter", &he);
    has(
        "letter",
        &letter,
        &["טלפון: 054-7654321", "\u{200e}+972-54-7654321"],
    );
    // Russian keeps the number as typed.
    let ru = example_with(&env, "ru", |j| {
        j["consumer"]["phone"] = "+972-54-7654321".into()
    });
    has("ru", &env.render("letter", &ru), &["+972-54-7654321"]);
}

/// Every Hebrew rendering, not only the letter, marks phone numbers with "+", e-mail
/// addresses and Latin identifiers that begin with a digit as left to right, so a terminal or
/// a messenger shows them whole.
#[test]
fn every_hebrew_rendering_isolates_numbers_and_addresses() {
    let env = Env::new();
    let he = example_with(&env, "he", |j| {
        j["event"]["summary"] = "חויבתי פעמיים, הזמנה 12345-AB".into();
        j["event"]["details"] =
            "אפשר לכתוב לי ל-dana@example.co.il או לטלפון +972-54-7654321.".into();
    });
    for (what, out) in documents(&env, &he) {
        has(what, &out, &["\u{200e}12345-AB"]);
        if what != "opener" {
            has(
                what,
                &out,
                &["\u{200e}+972-54-7654321", "ל-\u{200e}dana@example.co.il"],
            );
        }
    }
    // Russian and English get no marks.
    for lang in ["ru", "en"] {
        for (what, out) in documents(&env, &example_path(lang)) {
            lacks(&format!("{lang} {what}"), &out, &["\u{200e}"]);
        }
    }
}

/// Appended PDF evidence is listed with its pages, in each language's words.
#[test]
fn appended_pdf_evidence_is_listed_with_its_pages() {
    let env = Env::new();
    // A PDF of more than one page to append: a letter with a very long story.
    let long = example_with(&env, "ru", |j| {
        j["event"]["details"] = "Списание повторилось, и никто не объяснил почему. "
            .repeat(120)
            .into();
    });
    env.run(&[
        "letter", &long, "--format", "pdf", "-o", "two.pdf", "--date", DATE,
    ])
    .ok();
    let n = lopdf::Document::load(env.path("two.pdf"))
        .unwrap()
        .get_pages()
        .len();
    assert!(n >= 2, "the evidence should have more than one page");
    let he_pages = if n == 2 {
        "שני עמודים".to_owned()
    } else {
        format!("{n} עמודים")
    };
    for (lang, description, pages) in [
        ("ru", "Выписка по счёту", format!(" (копия) — {n} л.")),
        ("he", "פירוט החיובים", format!(" ({he_pages}).")),
        ("en", "Card statement", format!(" ({n} pages).")),
    ] {
        let listed = format!("{description}{pages}");
        let c = example_with(&env, lang, |j| {
            j["attachments"] =
                serde_json::json!([{ "path": "two.pdf", "description": description }]);
        });
        let (_, doc) = letter_pdf(&env, &c, &format!("{lang}.pdf"), &["--embed-attachments"]);
        assert!(
            doc.get_pages().len() >= 3,
            "{lang}: the evidence is appended"
        );
        let text = if poppler() {
            let path = env.path(&format!("{lang}.pdf"));
            run_tool("pdftotext", &[path.to_str().unwrap(), "-"])
                .chars()
                .filter(|c| !('\u{202A}'..='\u{202E}').contains(c) && *c != '\u{200E}')
                .collect()
        } else {
            text_of(&doc)
        };
        // Without spaces: poppler's reading of right-to-left text moves them around digits.
        let bare = |t: &str| t.chars().filter(|c| !c.is_whitespace()).collect::<String>();
        has(lang, &bare(&text), &[&bare(&listed)]);
    }
    // The follow-up lists the same evidence with its pages.
    let sent = example_with(&env, "ru", |j| {
        j["attachments"] =
            serde_json::json!([{ "path": "two.pdf", "description": "Выписка по счёту" }]);
        j["contacts"] = serde_json::json!([{ "date": "2026-11-10", "channel": "letter", "delivered": "2026-11-12" }]);
    });
    let out = env.path("followup.pdf");
    let out = out.to_str().unwrap();
    env.run(&[
        "followup",
        &sent,
        "--format",
        "pdf",
        "--embed-attachments",
        "-o",
        out,
        "--date",
        "2026-12-20",
    ])
    .ok();
    let doc = lopdf::Document::load(out).unwrap();
    let text = if poppler() {
        run_tool("pdftotext", &[out, "-"])
    } else {
        text_of(&doc)
    };
    has(
        "followup",
        &flat(&text),
        &[&format!("Выписка по счёту (копия) — {n} л.")],
    );
}

/// `check` says so when the demand is more than three times the sum at issue, in the
/// interface's language.
#[test]
fn check_warns_of_a_demand_far_above_the_sum_at_issue() {
    let env = Env::new();
    for (lang, words) in [
        ("en", "more than three times"),
        ("ru", "более чем в три раза больше"),
        ("he", "יותר מפי שלושה"),
    ] {
        let greedy = example_with(&env, lang, |j| {
            let mut amount = j["event"]["amount"].clone();
            amount["value"] = "5000".into();
            j["goal"]["amount"] = amount;
        });
        let out = env.run(&["check", &greedy]).ok().stdout;
        has(lang, &out, &["goal.amount", words]);
        // Three times or less is a fair demand: no such finding.
        let fair = example_with(&env, lang, |j| {
            let mut amount = j["event"]["amount"].clone();
            let value: f64 = amount["value"].as_str().unwrap().parse().unwrap();
            amount["value"] = format!("{:.2}", value * 3.0).into();
            j["goal"]["amount"] = amount;
        });
        let out = env.run(&["check", &fair]).ok().stdout;
        lacks(lang, &out, &[words]);
    }
}

/// A court the person names as the next step is not announced twice beside the law's own
/// paragraph about suing.
#[test]
fn the_court_is_announced_once() {
    let env = Env::new();
    for (fixture, court) in [
        ("goods.ru.json", "в суд"),
        ("goods.he.json", "לבית המשפט לתביעות קטנות"),
    ] {
        let letter = flat(&env.render("letter", &env.fixture(fixture)));
        assert_eq!(letter.matches(court).count(), 1, "{fixture}:\n{letter}");
    }
}

// 13. What two consumer lawyers found in the documents, each as a class.

/// A fixture with a letter logged as sent on 10 November and delivered on 12 November.
fn sent(env: &Env, fixture: &str, change: impl FnOnce(&mut serde_json::Value)) -> String {
    let mut json: serde_json::Value = serde_json::from_str(&env.read(fixture)).unwrap();
    change(&mut json);
    let letter =
        serde_json::json!({"date": "2026-11-10", "channel": "letter", "delivered": "2026-11-12"});
    match json["contacts"].as_array_mut() {
        Some(contacts) => contacts.push(letter),
        None => json["contacts"] = serde_json::json!([letter]),
    }
    case(env, "sent.json", json)
}

fn followup(env: &Env, case: &str) -> String {
    flat(
        &env.run(&["followup", case, "--date", "2026-12-20"])
            .ok()
            .stdout,
    )
}

/// A refund for a faulty smartphone under Russian law.
fn goods_under_law(j: &mut serde_json::Value) {
    j["jurisdiction"] = "ru".into();
    j["purchase"] = serde_json::json!({
        "kind": "goods", "date": "2026-08-10",
        "price": {"value": "34990", "currency": "RUB"},
        "defect": "не включается"
    });
}

/// A letter gives one deadline: a term the law counts from receipt is said that way, never
/// as a date that gives less; a term of the person's own inside the goal is not a second one.
#[test]
fn a_letter_gives_one_deadline() {
    let env = Env::new();
    let ru = env.fixture("goods.ru.json");
    let mut json: serde_json::Value = serde_json::from_str(&env.read(&ru)).unwrap();
    goods_under_law(&mut json);
    let ru = case(&env, "law.json", json);
    let letter = flat(&env.render("letter", &ru));
    has(
        "ru",
        &letter,
        &["в течение 10 дней со дня получения настоящей претензии"],
    );
    lacks(
        "ru",
        &letter,
        &[
            "не позднее",
            "т. е. при вручении",
            "2. Удовлетворить настоящее",
        ],
    );
    let he = flat(&env.render("letter", &env.fixture("goods.he.json")));
    lacks("he", &he, &["תוך 7 ימים"]);
    assert_eq!(he.matches("מיום קבלת מכתב זה").count(), 1, "{he}");
}

/// The second choice follows the demand as the person's consent, in the letter and in the
/// follow-up, and never invites the answer «невозможно».
#[test]
fn the_second_choice_is_consent_not_an_invitation_to_refuse() {
    let env = Env::new();
    let letter = flat(&env.render("letter", &example_path("ru")));
    lacks("ru letter", &letter, &["невозможно"]);
    has(
        "ru letter",
        &letter,
        &["Вместо этого меня устроит и другое решение: зачесть"],
    );
    let at = |s: &str| letter.find(s).unwrap();
    assert!(at("Вместо этого") < at("Ответ прошу"), "{letter}");
    let ru = followup(&env, &sent(&env, &example_path("ru"), |_| {}));
    has(
        "ru followup",
        &ru,
        &["Вместо этого меня устроит и другое решение"],
    );
    let he = followup(&env, &sent(&env, &env.fixture("goods.he.json"), |_| {}));
    has(
        "he followup",
        &he,
        &["לחלופין, אסכים לביטול העסקה ולהחזר מלא של 3,490 ש״ח, כנגד החזרת המוצר."],
    );
}

/// The follow-up keeps the penalty the first letter announced, the way the answer is to be
/// sent, labels the term by what it is, and proves the delivery it relies on.
#[test]
fn the_followup_keeps_what_the_first_letter_said() {
    let env = Env::new();
    let goods = followup(&env, &sent(&env, &env.fixture("goods.ru.json"), |_| {}));
    has(
        "goods",
        &goods,
        &[
            "потребую взыскать неустойку, компенсацию",
            "Ответ прошу направить в форме электронного документа",
        ],
    );
    let priced = followup(
        &env,
        &sent(&env, &env.fixture("goods.ru.json"), goods_under_law),
    );
    has(
        "priced",
        &priced,
        &["Срок удовлетворения требования", "Выплатить неустойку"],
    );
    let telecom = followup(&env, &sent(&env, &example_path("ru"), |_| {}));
    has(
        "telecom",
        &telecom,
        &["Срок рассмотрения претензии — 30 дней"],
    );
    lacks(
        "telecom",
        &telecom,
        &["Срок удовлетворения требования — 30"],
    );
    let he = followup(&env, &sent(&env, &env.fixture("goods.he.json"), |_| {}));
    has(
        "he",
        &he,
        &["ואישור המסירה", "וזאת בתוך 7 ימים מיום קבלת מכתב זה"],
    );
    lacks("he", &he, &["אישור המשלוח"]);
    // The body the first letter named is named again.
    let he = followup(&env, &sent(&env, &example_path("he"), |_| {}));
    has("he", &he, &["אגיש תלונה לאגף פניות הציבור במשרד התקשורת."]);
}

/// Enclosures on paper are copies, and every one has its sheets or a gap for them.
#[test]
fn enclosures_are_copies_with_their_sheets() {
    let env = Env::new();
    let ru = env.fixture("goods.ru.json");
    let letter = env.render("letter", &ru);
    let follow = env
        .run(&["followup", &sent(&env, &ru, |_| {}), "--date", "2026-12-20"])
        .ok()
        .stdout;
    for text in [letter, follow] {
        let list = text.split("Приложения:").nth(1).unwrap();
        let list = list.split("\n\n").next().unwrap().replace("\n   ", " ");
        for line in list.lines().filter(|l| l.starts_with(char::is_numeric)) {
            let line = line.replace(NBSP, " ");
            assert!(line.to_lowercase().contains("копия"), "{line}");
            assert!(line.ends_with(" л."), "{line}");
        }
    }
    let he = env.render("letter", &example_path("he"));
    let list = he.split("נספחים:").nth(1).unwrap();
    for line in list.lines().filter(|l| l.starts_with(char::is_numeric)) {
        assert!(line.contains("העתק"), "{line}");
    }
}

/// Earlier contacts are told in sentences, a single one without a list number; the ОГРН
/// stands on its own line; whole shekels have no agorot.
#[test]
fn contacts_are_sentences_and_numbers_stand_apart() {
    let env = Env::new();
    let ru = env.render("letter", &env.fixture("goods.ru.json"));
    lacks("ru", &ru, &["1. 2 сентября", "сотрудник:", "д. 3, ОГРН"]);
    assert!(
        ru.lines().any(|l| l.trim() == "ОГРН: 1027700132195"),
        "{ru}"
    );
    let he = env.render("letter", &env.fixture("goods.he.json"));
    assert!(!he.lines().any(|l| l.starts_with("1. ביום")), "{he}");
    let he = flat(&he);
    lacks("he", &he, &["בשיחה עם שירן:", "3,490.00"]);
    has(
        "he",
        &he,
        &["ביום 1 בספטמבר 2026 הגעתי לסניף בעניין זה ושוחחתי עם שירן."],
    );
}

/// A date the summary gives as the purchase's is labelled as the purchase in the call
/// sheet, so the person never says the problem began the day they bought the thing.
#[test]
fn a_purchase_date_is_not_called_the_start_of_the_problem() {
    let env = Env::new();
    for (fixture, wrong, right) in [
        (
            "goods.ru.json",
            "Начало проблемы.",
            "10 августа 2026 г.  Покупка.",
        ),
        ("goods.he.json", "תחילת הבעיה.", "הקנייה."),
    ] {
        let brief = env
            .render("brief", &env.fixture(fixture))
            .replace(NBSP, " ");
        lacks(fixture, &brief, &[wrong]);
        has(fixture, &brief, &[right]);
    }
    let brief = flat(&env.render("brief", &env.fixture("goods.ru.json")));
    has(
        "ru",
        &brief,
        &["Покупка — 10 августа 2026 г.; первое обращение к вам — 2 сентября 2026 г."],
    );
    // A date that is not a purchase's is still the problem's start.
    let brief = env.render("brief", &example_path("ru"));
    has("example", &brief, &["Начало проблемы."]);
}

/// The date and the sum the details already tell are not added to the letter and the
/// message in a sentence of their own.
#[test]
fn the_details_date_and_sum_are_not_told_twice() {
    let env = Env::new();
    for lang in ["ru", "he", "en"] {
        for what in ["letter", "message"] {
            let out = flat(&env.render(what, &example_path(lang)));
            lacks(
                &format!("{lang} {what}"),
                &out,
                &[
                    "Это произошло",
                    "речь идёт о сумме",
                    "הדבר אירע",
                    "מדובר בסכום",
                    "זה קרה",
                    "It happened on",
                    "This happened on",
                ],
            );
        }
    }
}

/// `check` says when the letter will cite no article because its law's rules need to know
/// what was bought; a case that says it is not warned.
#[test]
fn check_says_when_the_letter_will_cite_no_law() {
    let env = Env::new();
    let goods = env.fixture("goods.ru.json");
    let out = env.run(&["check", &goods]).ok().stdout;
    has("goods", &out, &["purchase"]);
    let mut json: serde_json::Value = serde_json::from_str(&env.read(&goods)).unwrap();
    goods_under_law(&mut json);
    let full = case(&env, "full.json", json);
    let out = env.run(&["check", &full]).ok().stdout;
    lacks(
        "full",
        &out,
        &["«purchase»", "\"purchase\"", "jurisdiction"],
    );
}

/// What is said aloud has no brackets and no written words, and "most recently" is said
/// only of several contacts.
#[test]
fn spoken_texts_read_as_speech() {
    let env = Env::new();
    let he = env.render("opener", &example_path("he"));
    lacks("he opener", &he, &["להשיב", "בכפל", "(129.90"]);
    let ru = env.render("opener", &example_path("ru"));
    lacks("ru opener", &ru, &["(1\u{a0}290"]);
    let one = flat(&env.render("message", &example_path("he")));
    lacks("he message", &one, &["לאחרונה"]);
    let two = example_with(&env, "he", |j| {
        let first = j["contacts"][0].clone();
        let mut second = first.clone();
        second["date"] = "2026-10-08".into();
        j["contacts"] = serde_json::json!([first, second]);
    });
    has(
        "he message",
        &flat(&env.render("message", &two)),
        &["לאחרונה"],
    );
}

/// A refund of goods as the second choice is offered against their return; numbers the
/// details already give are not listed again; an operator's number is the subscriber's.
#[test]
fn the_letter_says_what_a_lawyer_would_add_and_nothing_twice() {
    let env = Env::new();
    let he = flat(&env.render("letter", &env.fixture("goods.he.json")));
    has(
        "he goods",
        &he,
        &["אסכים לביטול העסקה ולהחזר מלא של 3,490 ש״ח, כנגד החזרת המוצר."],
    );
    let credit = flat(&env.render("letter", &example_path("he")));
    lacks("he credit", &credit, &["כנגד החזרת"]);
    let goods = flat(&env.render("letter", &env.fixture("goods.ru.json")));
    lacks("ru goods", &goods, &["Данные для идентификации"]);
    let telecom = flat(&env.render("letter", &example_path("ru")));
    has(
        "ru telecom",
        &telecom,
        &["абонентский номер +7 900 123-45-67"],
    );
    // A subscription the person already cancelled is not cancelled again in the heading.
    let sub = env.fixture("subscription.ru.json");
    let letter = flat(&env.render("letter", &sub));
    lacks("subscription", &letter, &["о расторжении договора"]);
    has(
        "subscription",
        &letter,
        &["списанных после отказа от договора"],
    );
    let follow = followup(&env, &sent(&env, &sub, |_| {}));
    has(
        "subscription",
        &follow,
        &["после отказа от договора, направлена"],
    );
}

/// A Russian letter from a fixture, flattened (one line, plain spaces).
fn ru_fixture(env: &Env, rendering: &str, name: &str) -> String {
    let path = crate::support::fixture_path(name);
    flat(&env.render(rendering, &path.to_string_lossy()))
}

#[test]
fn goods_kept_for_repair_past_45_days_rest_the_refund_on_the_broken_repair_term() {
    let env = Env::new();
    let letter = ru_fixture(&env, "letter", "goods-law.ru.json");
    for said in [
        "2 сентября 2026 г. товар передан продавцу для устранения недостатка",
        "этот срок истёк 19 октября 2026 г.",
        "п. 1 ст. 20 Закона РФ",
        "В связи с нарушением срока устранения недостатка товара",
        "и с тех пор находится у него",
    ] {
        assert!(letter.contains(said), "{said:?} missing:\n{letter}");
    }
    assert!(
        !letter.contains("передам товар для проверки качества"),
        "the seller already has the goods:\n{letter}"
    );
    // The summary gives the purchase's date and price: they are not said a second time.
    assert!(!letter.contains("по цене"), "{letter}");
}

#[test]
fn money_charged_after_a_cancellation_is_claimed_whole_as_unjust_enrichment() {
    let env = Env::new();
    let letter = ru_fixture(&env, "letter", "subscription-law.ru.json");
    assert!(letter.contains("п. 1 ст. 1102"), "{letter}");
    assert!(letter.contains("ст. 395"), "{letter}");
    for wrong in [
        "за вычетом фактически понесённых расходов",
        "неустойку в размере, предусмотренном законом",
        "речь идёт о сумме",
        ",00 руб.",
    ] {
        assert!(!letter.contains(wrong), "{wrong:?} in:\n{letter}");
    }
    assert!(
        letter.contains("Деньги списаны 12 октября 2026 г. в сумме 41 500 руб."),
        "{letter}"
    );
}

#[test]
fn a_letter_without_the_laws_term_counts_its_own_from_receipt_as_the_follow_up_does() {
    let env = Env::new();
    for name in ["subscription.ru.json", "minimal.ru.json", "long.ru.json"] {
        let letter = ru_fixture(&env, "letter", name);
        assert!(
            letter.contains("со дня получения настоящей претензии"),
            "{name}:\n{letter}"
        );
        assert!(!letter.contains("не позднее"), "{name}:\n{letter}");
    }
}

#[test]
fn a_telecom_refund_cites_unjust_enrichment_and_encloses_the_contract() {
    let env = Env::new();
    let letter = flat(&env.render("letter", &example_path("ru")));
    assert!(
        letter.contains("«О связи» и п. 1 ст. 1102 ГК РФ"),
        "{letter}"
    );
    assert!(
        letter.contains(
            "3. Копия договора об оказании услуг связи (или иного документа, подтверждающего его заключение) — ___ л."
        ),
        "{letter}"
    );
}

#[test]
fn the_russian_message_lists_the_numbers_without_a_bureaucratic_heading() {
    let env = Env::new();
    let message = ru_fixture(&env, "message", "goods-law.ru.json");
    assert!(!message.contains("Мои данные"), "{message}");
    assert!(message.contains("Номер заказа TM-20817"), "{message}");
}

#[test]
fn a_russian_telecom_case_is_not_sent_to_an_ombudsman_russia_does_not_have() {
    let env = Env::new();
    let mut json = example_json("ru");
    json["contacts"] = serde_json::json!([
        {"date": "2026-10-20", "channel": "letter", "delivered": "2026-10-22"},
        {"date": "2026-11-28", "channel": "letter", "level": "management", "delivered": "2026-11-30"}
    ]);
    let path = case(&env, "telecom.json", json);
    let next = flat(
        &env.run(&["next", &path, "--date", "2026-12-20"])
            .ok()
            .stdout,
    );
    assert!(
        next.contains("подайте жалобу в орган, указанный ниже"),
        "{next}"
    );
    assert!(!next.contains("омбудсмен"), "{next}");
}

#[test]
fn the_follow_up_of_an_unjust_enrichment_claim_cites_it_with_the_right_preposition() {
    let env = Env::new();
    let mut json: serde_json::Value =
        serde_json::from_slice(&crate::support::fixture("subscription-law.ru.json")).unwrap();
    json["contacts"] = serde_json::json!([
        {"date": "2026-11-10", "channel": "letter", "delivered": "2026-11-13"}
    ]);
    let path = case(&env, "sent.json", json);
    let out = flat(
        &env.run(&["followup", &path, "--date", "2026-11-30"])
            .ok()
            .stdout,
    );
    assert!(out.contains("в соответствии с п. 1 ст. 1102"), "{out}");
    // The same term as the letter's, counted the same way.
    assert!(
        out.contains(
            "Срок для ответа на претензию — 10 дней со дня её получения — истёк 23 ноября 2026 г."
        ),
        "{out}"
    );
    assert!(!out.contains("речь идёт о сумме"), "{out}");
}

#[test]
fn check_warns_when_the_goal_asks_for_another_kind_than_the_letter_is_titled() {
    let env = Env::new();
    let mut json: serde_json::Value =
        serde_json::from_slice(&crate::support::fixture("goods-law.ru.json")).unwrap();
    let fine = case(&env, "fine.json", json.clone());
    let out = env.run(&["check", &fine, "--date", DATE]).ok().stdout;
    assert!(!out.contains("goal.kind"), "{out}");
    json["goal"]["summary"] = "Прошу бесплатно отремонтировать смартфон".into();
    let repair = case(&env, "repair.json", json);
    let out = flat(&env.run(&["check", &repair, "--date", DATE]).ok().stdout);
    assert!(
        out.contains("в goal.kind указано «refund», и письмо так озаглавлено, но цель просит другого: «repair»"),
        "{out}"
    );
}

#[test]
fn a_house_number_never_stands_alone_on_a_line_of_the_russian_pdf() {
    let env = Env::new();
    let goods = env.fixture("goods-law.ru.json");
    let Some((pdf, _)) = pdf_text(&env, &goods, "goods.pdf") else {
        return;
    };
    for line in pdf.lines().map(str::trim) {
        assert!(
            !line.ends_with(" д.") && !line.ends_with(" кв.") && !line.ends_with(" ул."),
            "{line:?} ends with an abbreviation torn from its number:\n{pdf}"
        );
        assert!(
            line.is_empty() || !line.chars().all(|c| c.is_ascii_digit()),
            "a number alone on a line:\n{pdf}"
        );
    }
    // The header's address lines keep «д. 14, кв. 7» whole.
    assert!(
        pdf.contains("д. 14, кв. 7") || pdf.contains("д.\u{a0}14, кв.\u{a0}7"),
        "{pdf}"
    );
}

#[test]
fn before_the_repair_term_ends_the_letter_claims_no_broken_term_but_knows_the_seller_has_the_goods()
{
    let env = Env::new();
    let path = crate::support::fixture_path("goods-law.ru.json");
    let letter = flat(
        &env.run(&["letter", &path.to_string_lossy(), "--date", "2026-10-19"])
            .ok()
            .stdout,
    );
    // 19 October is the term's last day: the term is not yet broken.
    assert!(!letter.contains("истёк"), "{letter}");
    assert!(letter.contains("со ст. 18, 22 Закона РФ"), "{letter}");
    assert!(
        letter.contains("Товар находится у продавца со 2 сентября 2026 г."),
        "{letter}"
    );
    assert!(!letter.contains("передам товар"), "{letter}");
}

/// A Russian fixture copied into `env`, with the claim logged as a letter sent on
/// 22.11.2026 and delivered on 25.11.2026 (and `extra` flags for the log).
fn logged_fixture(env: &Env, fixture: &str, extra: &[&str]) -> String {
    let path = env.write(fixture, crate::support::fixture(fixture));
    let mut args = vec![
        "log",
        path.as_str(),
        "--channel",
        "letter",
        "--date",
        "2026-11-22",
        "--delivered",
        "2026-11-25",
    ];
    args.extend_from_slice(extra);
    env.run(&args).ok();
    path
}

/// A rendering of `case` on `date`, as one line.
fn rendered(env: &Env, what: &str, case: &str, date: &str) -> String {
    flat(&env.run(&[what, case, "--date", date]).ok().stdout)
}

#[test]
fn a_claim_after_a_withdrawal_names_its_day_and_the_law_behind_it() {
    let env = Env::new();
    let mut json: serde_json::Value =
        serde_json::from_slice(&crate::support::fixture("subscription-law.ru.json")).unwrap();
    // Without the day, the letter names the withdrawal without it, and the person is told
    // where to give it.
    let plain = case(&env, "plain.json", json.clone());
    let out = env.run(&["letter", &plain, "--date", DATE]).ok();
    has(
        "notes",
        &flat(&out.stderr),
        &["укажите этот день в purchase.cancelled"],
    );
    has(
        "letter",
        &flat(&out.stdout),
        &[
            "До этого списания исполнителю было направлено моё уведомление об отказе от исполнения договора (ст. 32 Закона РФ «О защите прав потребителей», п. 1 ст. 782 ГК РФ).",
            "Плата, списанная после прекращения договора, получена без законных оснований",
            "Копия уведомления об отказе от договора (подтверждения отмены подписки) — ___ л.",
        ],
    );
    lacks("letter", &flat(&out.stdout), &["повторно или после"]);
    // Money charged twice, with no withdrawal, rests on the second charge alone.
    let mut twice = json.clone();
    twice["event"]["summary"] = "С карты дважды списали плату за подписку".into();
    twice["goal"]["kind"] = "refund".into();
    twice["goal"]["summary"] = "Вернуть 41 500 руб.".into();
    let twice = case(&env, "twice.json", twice);
    let out = rendered(&env, "letter", &twice, DATE);
    has(
        "letter",
        &out,
        &["Повторно списанная за то же самое сумма получена без законных оснований"],
    );
    lacks("letter", &out, &["прекращения договора", "782"]);
    json["purchase"]["cancelled"] = "2026-10-01".into();
    let dated = case(&env, "dated.json", json);
    let out = env.run(&["letter", &dated, "--date", DATE]).ok();
    has(
        "letter",
        &flat(&out.stdout),
        &[
            "1 октября 2026 г. исполнителю направлено моё уведомление об отказе от исполнения договора (ст. 32 Закона РФ «О защите прав потребителей», п. 1 ст. 782 ГК РФ). Договор прекращён с момента получения исполнителем этого уведомления (п. 1 ст. 450.1 ГК РФ), поэтому оснований списывать плату после этого у исполнителя не было.",
        ],
    );
    lacks("notes", &flat(&out.stderr), &["purchase.cancelled"]);
    // «РФ» never starts a line.
    assert!(
        !out.stdout.lines().any(|l| l.trim_start().starts_with("РФ")),
        "{}",
        out.stdout
    );
}

#[test]
fn money_taken_without_a_ground_is_claimed_back_with_interest_not_a_penalty() {
    let env = Env::new();
    let c = logged_fixture(&env, "subscription-law.ru.json", &[]);
    // The complaint says whom it is about in a sentence and the charge as the letter does.
    let escalate = rendered(&env, "escalate", &c, "2026-12-20");
    has(
        "escalation",
        &escalate,
        &[
            "Жалоба касается ООО «СтримЛайн» (адрес: г. Москва, ул. Льва Толстого, д. 16).",
            "Деньги списаны 12 октября 2026 г. в сумме 41 500 руб.",
        ],
    );
    lacks(
        "escalation",
        &escalate,
        &["речь идёт о сумме", "вам уведомление"],
    );
    // The complaint, like the follow-up, encloses the notice it rests on.
    let notice = "Копия уведомления об отказе от договора (подтверждения отмены подписки) — ___ л.";
    has("escalation", &escalate, &[notice]);
    has(
        "follow-up",
        &rendered(&env, "followup", &c, "2026-12-20"),
        &[notice],
    );
    let followup = rendered(&env, "followup", &c, "2026-12-20");
    has(
        "follow-up",
        &followup,
        &[
            "потребую взыскать неосновательное обогащение, проценты за пользование чужими денежными средствами по день фактического возврата (ст. 395, п. 2 ст. 1107 ГК РФ), компенсацию морального вреда",
        ],
    );
    lacks("follow-up", &followup, &["неустойк"]);
    let next = rendered(&env, "next", &c, "2026-12-20");
    has(
        "next",
        &next,
        &[
            "требуйте возврата суммы, процентов по ст. 395 ГК РФ, компенсации морального вреда и штрафа 50 %",
        ],
    );
    lacks("next", &next, &["требуйте неустойку"]);
    // The regulator is told of the consumer law it enforces, not of the Civil Code.
    let escalate = rendered(&env, "escalate", &c, "2026-12-20");
    has(
        "escalation",
        &escalate,
        &[
            "Считаю, что нарушено моё право, предусмотренное ст. 32 Закона РФ «О защите прав потребителей»: после моего отказа от договора исполнитель продолжил списывать плату и не вернул её.",
        ],
    );
    lacks(
        "escalation",
        &escalate,
        &["нарушены требования п. 1 ст. 1102"],
    );
    // Without a purchase the kind of company is unknown: it is not called a seller.
    let unknown = logged_fixture(&env, "subscription.ru.json", &[]);
    let escalate = rendered(&env, "escalate", &unknown, "2026-12-28");
    lacks("escalation without a purchase", &escalate, &["продав"]);
}

#[test]
fn a_letter_that_withdraws_from_the_contract_keeps_its_demand_over_a_second_choice() {
    let env = Env::new();
    let c = logged_fixture(&env, "goods-law.ru.json", &[]);
    let wanted = "Если вы готовы вместо возврата денег передать мне новый товар той же модели, сообщите об этом в ответе. До моего письменного согласия на замену требование о возврате денег остаётся в силе.";
    for (what, date) in [("letter", "2026-11-22"), ("followup", "2026-12-20")] {
        let out = rendered(&env, what, &c, date);
        has(what, &out, &[wanted]);
        lacks(what, &out, &["меня устроит и другое решение"]);
    }
    // Another second choice is offered the same way.
    let mut json: serde_json::Value =
        serde_json::from_slice(&crate::support::fixture("goods-law.ru.json")).unwrap();
    json["fallback"] = "уменьшить цену смартфона на 10 000 рублей".into();
    let other = case(&env, "other.json", json);
    let out = rendered(&env, "letter", &other, DATE);
    has(
        "letter",
        &out,
        &[
            "Если вы готовы вместо этого предложить другое решение — уменьшить цену смартфона на 10 000 рублей, — сообщите об этом в ответе; до моего письменного согласия требование остаётся в силе.",
        ],
    );
}

#[test]
fn goods_kept_past_the_repair_term_state_the_broken_term_and_claim_its_penalty() {
    let env = Env::new();
    let c = logged_fixture(&env, "goods-law.ru.json", &[]);
    let broken = "2 сентября 2026 г. товар передан продавцу для устранения недостатка и с тех пор находится у него. Срок устранения недостатков товара не может превышать 45 дней (п. 1 ст. 20 Закона РФ «О защите прав потребителей»); этот срок истёк 19 октября 2026 г., однако недостаток не устранён.";
    let escalate = rendered(&env, "escalate", &c, "2026-12-20");
    has("escalation", &escalate, &[broken]);
    // The follow-up keeps the first letter's penalty for the repair term, up to that
    // letter's day, beside the penalty for not paying the money back since.
    let followup = rendered(&env, "followup", &c, "2026-12-20");
    has(
        "follow-up",
        &followup,
        &[
            "2. Выплатить неустойку за нарушение срока устранения недостатка",
            // 34 990 roubles, 1 % a day, 34 days.
            "за период с 20 октября 2026 г. по 22 ноября 2026 г. (34 дня) в размере 11 896,60 руб. (34 990 руб. × 1 % × 34 дня).",
            "3. Выплатить неустойку за нарушение десятидневного срока возврата денег (ст. 22 Закона РФ «О защите прав потребителей») за период с 8 декабря 2026 г.",
        ],
    );
    assert_eq!(
        escalate.matches("10 августа 2026").count(),
        1,
        "the purchase is told once:\n{escalate}"
    );
    let letter = rendered(&env, "letter", &c, DATE);
    has(
        "letter",
        &letter,
        &[
            broken,
            "2. Выплатить неустойку за нарушение срока устранения недостатка (п. 1 ст. 23 Закона РФ «О защите прав потребителей») в размере 1 % цены товара за каждый день просрочки за период с 20 октября 2026 г. по 22 ноября 2026 г. (34 дня) в размере 11 896,60 руб. (34 990 руб. × 1 % × 34 дня).",
            "За нарушение десятидневного срока возврата денег (ст. 22 Закона РФ «О защите прав потребителей») я вправе требовать",
        ],
    );
    lacks(
        "letter",
        &letter,
        &["указанного срока", "Товар находится у продавца"],
    );
    // Before the 45 days end, the letter still says where the goods are, with «со» before 2.
    let early = rendered(&env, "letter", &c, "2026-10-01");
    has(
        "letter",
        &early,
        &["Товар находится у продавца со 2 сентября 2026 г."],
    );
    lacks("letter", &early, &["с 2 сентября"]);
}

#[test]
fn follow_ups_and_escalations_enclose_the_proof_of_delivery() {
    let env = Env::new();
    let c = logged_fixture(&env, "goods-law.ru.json", &[]);
    for what in ["followup", "escalate"] {
        let out = rendered(&env, what, &c, "2026-12-20");
        has(
            what,
            &out,
            &[
                "Копия почтовой квитанции и отчёта об отслеживании (вручено 25 ноября 2026 г.) — ___ л.",
            ],
        );
    }
    let tracked = logged_fixture(
        &env,
        "subscription-law.ru.json",
        &[
            "--sent-by",
            "registered-mail",
            "--tracking",
            "80082591234567",
        ],
    );
    let out = rendered(&env, "followup", &tracked, "2026-12-20");
    has(
        "follow-up",
        &out,
        &[
            "(почтовый идентификатор 80082591234567) и получена вами 25 ноября 2026 г.",
            "Копия отчёта об отслеживании почтового отправления (вручено 25 ноября 2026 г.) — ___ л.",
        ],
    );
}

#[test]
fn russian_claims_word_their_grounds_once_and_list_enclosures_with_an_em_dash() {
    let env = Env::new();
    let c = logged_fixture(&env, "goods-law.ru.json", &[]);
    for (what, date) in [
        ("letter", DATE),
        ("followup", "2026-12-20"),
        ("escalate", "2026-12-20"),
    ] {
        let out = rendered(&env, what, &c, date);
        lacks(what, &out, &[" – "]);
        has(what, &out, &["Копия кассового чека — 1 л."]);
    }
    let telecom = rendered(&env, "letter", &example_path("ru"), DATE);
    has(
        "letter",
        &telecom,
        &[
            "Повторно списанная сумма получена без законных оснований",
            "2. Зарегистрировать претензию и в течение 30 дней со дня регистрации сообщить мне о результатах её рассмотрения (п. 7 ст. 55 Федерального закона «О связи»).",
        ],
    );
    lacks(
        "letter",
        &telecom,
        &[
            "Эти денежные средства",
            "настоящую претензию",
            "рассмотрения в течение",
        ],
    );
    let law = flat(&env.run_in("ru_RU.UTF-8", &["law", "ru"]).ok().stdout);
    has(
        "law",
        &law,
        &["по истечении 15 дней со дня передачи товара потребителю (покупки или доставки)"],
    );
}
