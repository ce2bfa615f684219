//! Jurisdiction packs: letters that cite the law and count its term, `next` that names the
//! bodies, `complaint law`, and the errors of a broken pack or an unknown jurisdiction.

use serde_json::{Value, json};

use crate::pdf::{poppler, run_tool};
use crate::support::{DATE, Env, assert_reads_well, example_json, plain};

/// An example case in `lang` with a jurisdiction, a purchase and a goal kind.
fn case(
    env: &Env,
    name: &str,
    lang: &str,
    jurisdiction: Option<&str>,
    purchase: Value,
    goal: &str,
) -> String {
    let mut c = example_json(lang);
    if let Some(j) = jurisdiction {
        c["jurisdiction"] = json!(j);
    }
    c["purchase"] = purchase;
    c["goal"]["kind"] = json!(goal);
    if let Some((_, summary)) = FITTING
        .iter()
        .find(|(key, _)| *key == format!("{lang} {goal}"))
    {
        // A demand that fits the facts, not the example's double charge: a charge made twice
        // is money taken without a ground, which has its own rule.
        c["goal"] = json!({"kind": goal, "summary": summary});
        c.as_object_mut().unwrap().remove("fallback");
        if lang == "ru" {
            c["event"]["summary"] = json!("Компания не выполнила свои обязательства");
        }
    }
    // The law's own term, not the example's; and no log (its "none came" is not a leftover).
    c.as_object_mut().unwrap().remove("response_days");
    c.as_object_mut().unwrap().remove("contacts");
    env.write(name, serde_json::to_vec_pretty(&c).unwrap())
}

/// Demands in the words a person would use for goods or a service, by "lang goal".
const FITTING: [(&str, &str); 6] = [
    ("ru refund", "Вернуть уплаченную за товар денежную сумму"),
    (
        "ru replacement",
        "Заменить товар на товар этой же марки и модели",
    ),
    ("ru repair", "Отремонтировать товар"),
    (
        "ru cancellation",
        "Вернуть уплаченные по договору денежные средства",
    ),
    ("he refund", "להשיב לי את התמורה ששילמתי"),
    ("he cancellation", "להשיב לי את התמורה ששילמתי"),
];

/// The letter as text, and as a PDF read back with pdftotext (when poppler is there).
fn letter(env: &Env, path: &str) -> (String, Option<String>) {
    let raw = env.run(&["letter", path, "--date", DATE]).ok().stdout;
    assert_reads_well(path, "letter", &raw);
    let text = plain(&raw);
    if !poppler() {
        return (text, None);
    }
    let pdf = format!("{path}.pdf");
    env.run(&[
        "letter", path, "--date", DATE, "--format", "pdf", "-o", &pdf,
    ])
    .ok();
    // pdftotext wraps the runs it reorders in embedding marks; the words between them are in
    // reading order.
    let read: String = run_tool("pdftotext", &[&pdf, "-"])
        .chars()
        .filter(|c| !('\u{202A}'..='\u{202E}').contains(c))
        .collect();
    let read = plain(&read);
    (text, Some(read))
}

/// (language, jurisdiction, purchase, goal kind, what the letter must say).
type Example<'a> = (&'a str, Option<&'a str>, Value, &'a str, Vec<&'a str>);

#[test]
fn each_packs_letters_cite_the_article_and_state_the_deadline() {
    let env = Env::new();
    let goods = json!({"kind": "goods", "date": "2026-11-20", "price": {"value": "24990.00", "currency": "RUB"}});
    let defective = json!({"kind": "goods", "date": "2026-11-15", "price": {"value": "24990", "currency": "RUB"},
        "item": "смартфон Samsung Galaxy A55, серийный номер R58X1234", "defect": "не включается после зарядки",
        "defect_found": "2026-11-20", "refund_to": "На банковскую карту, с которой была произведена оплата"});
    let distance = json!({"kind": "goods", "distance": true, "date": "2026-11-20"});
    let distance_ru = json!({"kind": "goods", "distance": true, "date": "2026-11-20",
        "price": {"value": "4990", "currency": "RUB"}, "item": "кофеварка Bork C700"});
    let distance_il = json!({"kind": "goods", "distance": true, "date": "2026-11-20",
        "price": {"value": "499", "currency": "ILS"}, "item": "שואב אבק רובוטי"});
    let service = json!({"kind": "service"});
    let gym = json!({"kind": "service", "date": "2026-11-01", "price": {"value": "30000", "currency": "RUB"},
        "item": "годовой абонемент в фитнес-клуб"});
    let telecom = json!({"kind": "service", "telecom": true});
    // (lang, jurisdiction, purchase, goal, what the letter must say). The letter is dated
    // 22 November 2026, a Sunday; a term counted from receipt is dated as if received that day.
    let cases: Vec<Example> = vec![
        (
            "ru",
            None,
            defective.clone(),
            "refund",
            vec![
                "в соответствии со ст. 18, 22 Закона РФ от 07.02.1992 № 2300-1 «О защите прав потребителей», прошу",
                "в течение 10 дней со дня получения настоящей претензии",
                "в течение 10 дней со дня получения настоящей претензии и направить",
                "на основании п. 1 ст. 18 Закона РФ «О защите прав потребителей» отказываюсь от исполнения договора купли-продажи",
                "Товар (смартфон Samsung Galaxy A55, серийный номер R58X1234) приобретён 15 ноября 2026 г. по цене 24 990 руб.",
                "20 ноября 2026 г. в товаре обнаружен недостаток: не включается после зарядки.",
                "я вправе требовать неустойку (пени) в размере 1 % цены товара",
                "п. 6 ст. 13",
                "По требованию продавца и за его счёт передам товар для проверки качества",
                "Денежные средства прошу перечислить на банковскую карту, с которой была произведена оплата.",
                "Ответ прошу направить в форме электронного документа на адрес электронной почты anna@example.org",
            ],
        ),
        (
            "ru",
            None,
            defective.clone(),
            "replacement",
            vec![
                "со ст. 18, 21 Закона РФ",
                "в течение 7 дней со дня получения",
                // 29 November is a Sunday: the term ends on Monday (ст. 193 ГК РФ).
                "в течение 7 дней со дня получения настоящей претензии",
                "Заменить товар на товар этой же марки и модели",
            ],
        ),
        (
            "ru",
            None,
            defective.clone(),
            "repair",
            vec![
                "со ст. 18, 20 Закона РФ",
                "Безвозмездно устранить недостатки товара незамедлительно, то есть в минимальный срок, объективно необходимый для их устранения (п. 1 ст. 20",
                "Письменный ответ прошу направить в течение 10 дней со дня получения настоящей претензии",
            ],
        ),
        (
            "ru",
            None,
            distance_ru.clone(),
            "refund",
            vec![
                "в соответствии с п. 4 ст. 26.1 Закона РФ",
                "отказываюсь от товара, приобретённого дистанционным способом",
                "в течение 10 дней со дня получения настоящей претензии и направить",
                "проценты за пользование чужими денежными средствами (ст. 395 ГК РФ)",
            ],
        ),
        (
            "ru",
            None,
            service.clone(),
            "refund",
            vec![
                "со ст. 29, 31 Закона РФ",
                "в течение 10 дней со дня получения",
                "3 % цены услуги",
            ],
        ),
        (
            "ru",
            None,
            gym.clone(),
            "cancellation",
            vec![
                "со ст. 32 Закона РФ",
                "На основании ст. 32 Закона РФ от 07.02.1992 № 2300-1 «О защите прав потребителей» и п. 1 ст. 782 ГК РФ отказываюсь от исполнения договора.",
                "Договор заключён 1 ноября 2026 г., предмет договора: годовой абонемент в фитнес-клуб",
                // The law gives no term: the consumer's own, counted from receipt as the
                // follow-up counts it.
                "удовлетворить требование и направить мне письменный ответ в течение 10 дней со дня получения настоящей претензии",
            ],
        ),
        (
            "ru",
            None,
            telecom.clone(),
            "refund",
            vec![
                "со ст. 55 Федерального закона от 07.07.2003 № 126-ФЗ «О связи»",
                "Зарегистрировать претензию и в течение 30 дней со дня регистрации сообщить мне о результатах её рассмотрения",
            ],
        ),
        (
            "he",
            None,
            distance_il.clone(),
            "refund",
            vec![
                "הריני להודיעכם בזאת על ביטול העסקה, בהתאם לסעיף 14ג(ג) לחוק הגנת הצרכן, התשמ״א-1981.",
                "בהתאם לסעיפים 14ג(ג) ו-14ה לחוק הגנת הצרכן, התשמ״א-1981, עליכם להשיב לי את התמורה ששילמתי, 499 ש״ח, ולבטל את החיוב בשל העסקה",
                "בתוך 14 ימים מיום קבלת הודעה זו.",
                "ביום 20 בנובמבר 2026 רכשתי מכם שואב אבק רובוטי בעסקת מכר מרחוק",
                "5% ממחיר העסקה או 100 ש״ח",
                "פנייה ודרישה בכתב לתיקון ההפרה",
            ],
        ),
        (
            "he",
            None,
            distance_il.clone(),
            "cancellation",
            vec![
                "על ביטול העסקה",
                "לסעיפים 14ג(ג) ו-14ה לחוק הגנת הצרכן",
                "בתוך 14 ימים מיום קבלת",
            ],
        ),
        (
            "en",
            Some("gb"),
            json!({"kind": "goods", "date": "2026-11-20", "defect": "it stopped charging"}),
            "refund",
            vec![
                "Under sections 20 and 22 of the Consumer Rights Act 2015, I ask you to",
                "within 14 days from the day you agree that I am entitled to it",
                "by 6 December 2026",
            ],
        ),
        (
            "en",
            Some("gb"),
            distance.clone(),
            "cancellation",
            vec![
                "Under regulations 29 and 34 of the Consumer Contracts",
                "by 6 December 2026 if it reaches you on 22 November 2026",
            ],
        ),
        (
            "en",
            Some("gb"),
            goods.clone(),
            "repair",
            vec![
                "Under section 23 of the Consumer Rights Act 2015",
                "within 14 days of receiving this letter",
            ],
        ),
        (
            "en",
            Some("gb"),
            service.clone(),
            "compensation",
            vec!["Under sections 49, 55 and 56 of the Consumer Rights Act 2015"],
        ),
        (
            "en",
            Some("eu"),
            distance.clone(),
            "refund",
            vec![
                "Under Articles 9 and 13 of Directive 2011/83/EU",
                "by 6 December 2026 if it reaches you on 22 November 2026",
                "European Consumer Centre",
            ],
        ),
        (
            "en",
            Some("us"),
            goods.clone(),
            "refund",
            vec![
                "Fair Credit Billing Act",
                "within 14 days of receiving this letter",
            ],
        ),
    ];
    let mut pdfs_read = 0;
    for (i, (lang, j, purchase, goal, wants)) in cases.into_iter().enumerate() {
        let path = case(&env, &format!("c{i}.json"), lang, j, purchase, goal);
        let (text, pdf) = letter(&env, &path);
        // The law's sentences keep "ст. 18", "1 %" together with no-break spaces.
        let text = text.replace('\u{a0}', " ");
        if goal == "replacement" || goal == "repair" {
            assert!(!text.contains("Денежные средства прошу"), "{goal}: {text}");
        }
        for want in &wants {
            assert!(
                text.contains(want),
                "{lang} {j:?} {goal}: text lacks {want:?}:\n{text}"
            );
        }
        if let Some(pdf) = pdf {
            pdfs_read += 1;
            // The PDF says the same: the citation, and the date where the letter gives one.
            // pdftotext splits a Hebrew line at its numbers, so there the words between them
            // are checked.
            let he = ["על ביטול העסקה", "לחוק הגנת הצרכן", "מיום קבלת הודעה זו"];
            let checks: Vec<&str> = if lang == "he" {
                he.to_vec()
            } else {
                wants.iter().take(3).copied().collect()
            };
            for want in checks {
                let want = want.replace('\u{a0}', " ");
                assert!(
                    pdf.replace('\u{a0}', " ").contains(&want),
                    "{lang} {goal}: PDF lacks {want:?}:\n{pdf}"
                );
            }
        }
    }
    assert!(pdfs_read > 0 || !poppler());
}

#[test]
fn the_cases_own_response_days_still_win_and_check_warns() {
    let env = Env::new();
    let mut c = example_json("ru");
    c["purchase"] = json!({"kind": "goods", "defect": "не включается"});
    c["goal"]["kind"] = json!("refund");
    c["response_days"] = json!(20);
    let path = env.write("long.json", serde_json::to_vec(&c).unwrap());
    let text = plain(&env.run(&["letter", &path, "--date", DATE]).ok().stdout);
    // The case's own 20 days win, but as the consumer's term, not as ст. 22's: counted from
    // receipt, as the follow-up counts it.
    assert!(
        text.contains(
            "удовлетворить требование и направить мне письменный ответ в течение 20 дней со дня получения настоящей претензии"
        ),
        "{text}"
    );
    assert!(!text.contains("не позднее"), "{text}");
    let check = env.run_en(&["check", &path]).ok();
    assert!(
        check
            .stdout
            .contains("law (Russia): response_days: 20 days is longer than the 10"),
        "{}",
        check.stdout
    );
    assert!(
        check.stderr.contains("not legal advice"),
        "{}",
        check.stderr
    );
    // In the case's own language, the same advice.
    let check = env.run(&["check", &path]).ok();
    assert!(
        plain(&check.stdout).contains(
            "закон (Россия). response_days: 20 дней — больше, чем 10 дней, которые закон даёт компании"
        ),
        "{}",
        check.stdout
    );
}

#[test]
fn check_says_when_no_rule_fits_and_refuses_a_defect_found_before_the_purchase() {
    let env = Env::new();
    // Goods without a defect, not bought at a distance: no right to a refund under ст. 18.
    let path = case(
        &env,
        "plain.json",
        "ru",
        None,
        json!({"kind": "goods", "date": "2026-11-15"}),
        "refund",
    );
    let out = env.run_en(&["check", &path, "--date", DATE]).ok();
    assert!(
        out.stdout.contains("no rule of this law fits the purchase"),
        "{}",
        out.stdout
    );
    let out = env.run(&["check", &path, "--date", DATE]).ok();
    assert!(
        out.stdout
            .contains("ни одна норма этого закона не подходит к покупке"),
        "{}",
        out.stdout
    );
    let text = plain(&env.run(&["letter", &path, "--date", DATE]).ok().stdout);
    assert!(!text.contains("ст. 18"), "{text}");
    let path = case(
        &env,
        "early.json",
        "ru",
        None,
        json!({"kind": "goods", "date": "2026-11-15", "defect": "не включается", "defect_found": "2026-11-01"}),
        "refund",
    );
    let out = env.run_en(&["check", &path]);
    assert_eq!(out.code, 65, "{}", out.stdout);
    assert!(
        format!("{}{}", out.stdout, out.stderr).contains("purchase.defect_found: the defect was found on 2026-11-01, before the purchase on 2026-11-15"),
        "{}",
        out.stdout
    );
    let path = case(
        &env,
        "withdrawn.json",
        "ru",
        None,
        json!({"kind": "service", "date": "2026-11-15", "cancelled": "2026-11-01"}),
        "cancellation",
    );
    let out = env.run_en(&["check", &path]);
    assert_eq!(out.code, 65, "{}", out.stdout);
    assert!(
        format!("{}{}", out.stdout, out.stderr).contains("purchase.cancelled: the withdrawal from the contract is dated 2026-11-01, before the purchase on 2026-11-15"),
        "{}",
        out.stdout
    );
}

#[test]
fn check_reports_the_packs_legal_risks() {
    let env = Env::new();
    let path = case(
        &env,
        "phone.json",
        "ru",
        None,
        json!({"kind": "goods", "date": "2026-10-01"}),
        "refund",
    );
    let out = env.run(&["check", &path, "--date", DATE]).ok();
    assert!(out.stdout.contains("технически сложный"), "{}", out.stdout);
    // Bought a week ago: the 15-day risk does not apply yet.
    let path = case(
        &env,
        "new.json",
        "ru",
        None,
        json!({"kind": "goods", "date": "2026-11-15"}),
        "refund",
    );
    let out = env.run(&["check", &path, "--date", DATE]).ok();
    assert!(!out.stdout.contains("технически сложный"), "{}", out.stdout);
    // Kept by the seller past the 45-day repair term: the letter gives that ground, so the
    // warning that one is needed would only alarm.
    let path = case(
        &env,
        "held.json",
        "ru",
        None,
        json!({"kind": "goods", "date": "2026-08-10", "defect": "не включается",
               "handed_over": "2026-09-02"}),
        "refund",
    );
    let out = env.run(&["check", &path, "--date", DATE]).ok();
    assert!(!out.stdout.contains("технически сложный"), "{}", out.stdout);
    let path = case(
        &env,
        "gb.json",
        "en",
        Some("gb"),
        json!({"kind": "goods", "date": "2026-09-01"}),
        "refund",
    );
    let out = env.run_en(&["check", &path, "--date", DATE]).ok();
    assert!(
        out.stdout.contains("short-term right to reject"),
        "{}",
        out.stdout
    );
    let path = case(&env, "us.json", "en", Some("us"), json!({}), "refund");
    let out = env.run_en(&["check", &path, "--date", DATE]).ok();
    assert!(out.stdout.contains("within 60 days"), "{}", out.stdout);
}

/// A case whose letter went out on 20 November and was received on `delivered`.
fn sent(env: &Env, lang: &str, delivered: &str, purchase: Value) -> String {
    let mut c = example_json(lang);
    c["purchase"] = purchase;
    c["goal"]["kind"] = json!("refund");
    c["consequence"] = Value::Null;
    c.as_object_mut().unwrap().remove("consequence");
    c["contacts"] = json!([{"date": "2026-11-20", "channel": "letter", "delivered": delivered}]);
    env.write(
        &format!("sent-{lang}.json"),
        serde_json::to_vec(&c).unwrap(),
    )
}

#[test]
fn next_counts_from_delivery_and_names_the_packs_bodies() {
    let env = Env::new();
    // Russian refund: 10 days from delivery on 25 November is Saturday 5 December, so the
    // term ends on Monday 7 December (ст. 193 ГК РФ).
    let ru = sent(&env, "ru", "2026-11-25", json!({"kind": "goods"}));
    let wait = env
        .run_en(&["next", &ru, "--date", "2026-12-01"])
        .ok()
        .stdout;
    assert!(wait.contains("until 7 December 2026"), "{wait}");
    assert!(
        wait.contains("10 days from 25 November 2026, the day they received it"),
        "{wait}"
    );
    let late = env
        .run_en(&["next", &ru, "--date", "2026-12-10"])
        .ok()
        .stdout;
    assert!(late.contains("passed 3 days ago"), "{late}");
    for want in [
        "Роспотребнадзор",
        "мировой судья",
        "100,000 roubles",
        "no court fee",
        "not legal advice",
    ] {
        assert!(late.contains(want), "lacks {want:?}:\n{late}");
    }
    // Without a delivery date, it counts from sending and says how to record delivery.
    let mut c: Value = serde_json::from_str(&env.read("sent-ru.json")).unwrap();
    c["contacts"][0]
        .as_object_mut()
        .unwrap()
        .remove("delivered");
    let undelivered = env.write("undelivered.json", serde_json::to_vec(&c).unwrap());
    let out = env
        .run_en(&["next", &undelivered, "--date", "2026-12-01"])
        .ok()
        .stdout;
    assert!(
        out.contains("until 30 November") || out.contains("passed"),
        "{out}"
    );
    assert!(out.contains("--delivered YYYY-MM-DD"), "{out}");

    // Israeli distance sale: 14 days from delivery on 21 November is 5 December, a Saturday
    // that the Israeli pack does not move.
    let he = sent(
        &env,
        "he",
        "2026-11-21",
        json!({"kind": "goods", "distance": true}),
    );
    let late = env
        .run_en(&["next", &he, "--date", "2026-12-10"])
        .ok()
        .stdout;
    assert!(late.contains("5 December 2026"), "{late}");
    for want in [
        "הרשות להגנת הצרכן ולסחר הוגן",
        "Small Claims Court",
        "not legal advice",
    ] {
        assert!(late.contains(want), "lacks {want:?}:\n{late}");
    }
}

#[test]
fn next_says_how_to_send_the_letter_so_that_it_counts() {
    let env = Env::new();
    let mut c = example_json("ru");
    c["contacts"] = json!([{"date": "2026-11-20", "channel": "email"}]);
    let path = env.write("written.json", serde_json::to_vec(&c).unwrap());
    let out = env.run(&["next", &path, "--date", DATE]).ok().stdout;
    // In the case's language, the pack's Russian words.
    assert!(
        out.contains("Как отправить, чтобы получение можно было доказать"),
        "{out}"
    );
    assert!(out.contains("описью вложения"), "{out}");
    assert!(out.contains("уведомлением о вручении"), "{out}");
}

#[test]
fn complaint_law_prints_each_pack_with_sources_and_dates() {
    let env = Env::new();
    let list = env.run(&["law"]).ok().stdout;
    for code in ["ru", "il", "gb", "eu", "us"] {
        assert!(list.contains(&format!("  {code}")), "{list}");
        let out = env.run(&["law", code]).ok().stdout;
        assert!(out.contains("not legal advice"), "{code}: {out}");
        assert!(out.contains("(checked 2026-12-02)"), "{code}: {out}");
        assert!(out.contains("source: "), "{code}: {out}");
    }
    let ru = env.run(&["law", "RU"]).ok().stdout.replace('\u{a0}', " ");
    assert!(ru.contains("ст. 18, 22 Закона РФ"), "{ru}");
    let eu = env.run(&["law", "eu"]).ok().stdout;
    assert!(!eu.to_lowercase().contains("odr platform "), "{eu}");
}

#[test]
fn an_unknown_jurisdiction_lists_the_known_ones_with_a_suggestion() {
    let env = Env::new();
    let out = env.run(&["law", "uk"]).expect_code(2);
    assert!(
        out.stderr
            .contains("no law pack for `uk`: the packs are ru, il, gb, eu, us; did you mean `gb`?"),
        "{}",
        out.stderr
    );
    let mut c = example_json("en");
    c["jurisdiction"] = json!("uk");
    let path = env.write("uk.json", serde_json::to_vec_pretty(&c).unwrap());
    let out = env.run(&["letter", &path]).expect_code(65);
    assert!(
        out.stderr.contains(
            "jurisdiction: `uk` is not one of: ru, il, gb, eu, us, none; did you mean `gb`?"
        ),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("uk.json:"), "{}", out.stderr);
}

#[test]
fn a_broken_pack_is_named_with_its_file_line_and_column() {
    let env = Env::new();
    let bad = "[name]\nen = \"Russia\"\n\n[not_advice]\nen = \"x\"\n[[demand]]\ngoals = [\"refund\"]\ndays = \"ten\"\n";
    env.write("mine/jurisdictions/ru.toml", bad);
    let templates = env.path("mine");
    let templates = templates.to_str().unwrap();
    let ru = crate::support::example_path("ru");
    let out = env
        .run(&["letter", &ru, "--templates", templates])
        .expect_code(1);
    assert!(
        out.stderr.contains("jurisdictions/ru.toml:8:8"),
        "{}",
        out.stderr
    );
    assert!(out.stdout.is_empty());
    let out = env
        .run(&["law", "ru", "--templates", templates])
        .expect_code(1);
    assert!(out.stderr.contains("ru.toml:8:8"), "{}", out.stderr);
    // A good override is used.
    let good = include_str!("../jurisdictions/ru.toml").replace(
        "ст.\u{a0}18, 22 Закона РФ от\u{a0}07.02.1992 №\u{a0}2300-1 «О защите прав потребителей»",
        "ст. 18, 22 Закона РФ № 2300-1",
    );
    env.write("mine/jurisdictions/ru.toml", good);
    let path = case(
        &env,
        "g.json",
        "ru",
        None,
        json!({"kind": "goods", "defect": "не включается"}),
        "refund",
    );
    let out = env
        .run(&["letter", &path, "--templates", templates, "--date", DATE])
        .ok();
    assert!(
        plain(&out.stdout).contains("ст. 18, 22 Закона РФ № 2300-1"),
        "{}",
        out.stdout
    );
    // A misnamed pack is pointed out.
    env.write("mine/jurisdictions/uk.toml", "");
    let out = env.run(&["law", "gb", "--templates", templates]).ok();
    assert!(
        out.stderr
            .contains("jurisdictions/uk.toml replaces no built-in law pack"),
        "{}",
        out.stderr
    );
}

#[test]
fn old_cases_load_and_keep_or_gain_the_law_of_their_language() {
    let env = Env::new();
    // English without a jurisdiction, and any case with "none": the generic letter.
    let en = plain(
        &env.run(&[
            "letter",
            &crate::support::example_path("en"),
            "--date",
            DATE,
        ])
        .ok()
        .stdout,
    );
    assert!(!en.contains("Under ") && !en.contains("I reserve"), "{en}");
    assert!(
        en.contains("within 14 days of receiving this letter"),
        "{en}"
    );
    let path = case(
        &env,
        "none.json",
        "ru",
        Some("none"),
        json!({"kind": "goods"}),
        "refund",
    );
    let none = plain(&env.run(&["letter", &path, "--date", DATE]).ok().stdout);
    assert!(
        !none.contains("Закона РФ") && !none.contains("п. 6 ст. 13"),
        "{none}"
    );
    assert!(
        none.contains("в течение 10 дней со дня получения настоящей претензии"),
        "{none}"
    );
    // Russian and Hebrew cases written before gain the law's closing paragraph.
    let ru = plain(
        &env.run(&[
            "letter",
            &crate::support::example_path("ru"),
            "--date",
            DATE,
        ])
        .ok()
        .stdout,
    );
    assert!(ru.contains("п. 6 ст. 13"), "{ru}");
    let he = plain(
        &env.run(&[
            "letter",
            &crate::support::example_path("he"),
            "--date",
            DATE,
        ])
        .ok()
        .stdout,
    );
    assert!(he.contains("פנייה ודרישה בכתב לתיקון ההפרה"), "{he}");
    assert!(
        !he.contains("31א(ב)"),
        "an unverified subsection is not cited: {he}"
    );
    // Every fixture and example still validates.
    let mut files = vec![];
    for lang in ["en", "ru", "he"] {
        files.push(crate::support::example_path(lang));
    }
    for f in std::fs::read_dir(crate::support::fixture_path("")).unwrap() {
        let p = f.unwrap().path();
        let name = p.file_name().unwrap().to_string_lossy().into_owned();
        if name.ends_with(".json") && !name.starts_with("bad") && !name.starts_with("invalid") {
            files.push(p.to_string_lossy().into_owned());
        }
    }
    let mut args = vec!["validate"];
    args.extend(files.iter().map(String::as_str));
    let out = env.run(&args);
    assert!(
        !out.stdout.contains("jurisdiction") && !out.stdout.contains("purchase"),
        "{}",
        out.stdout
    );
}

#[test]
fn an_override_pack_without_a_text_in_an_interface_language_is_refused_by_file_and_line() {
    let env = Env::new();
    let gb = include_str!("../jurisdictions/gb.toml");
    let he = gb
        .lines()
        .find(|l| l.starts_with("needs.he = "))
        .expect("a body's needs in Hebrew");
    let line = gb
        .lines()
        .position(|l| l.starts_with("needs.en = \"Most accept"))
        .unwrap()
        + 1;
    env.write(
        "mine/jurisdictions/gb.toml",
        gb.replace(&format!("{he}\n"), ""),
    );
    let templates = env.path("mine");
    let out = env
        .run(&["law", "gb", "--templates", templates.to_str().unwrap()])
        .expect_code(1);
    assert!(
        out.stderr.contains(&format!(
            "jurisdictions/gb.toml:{line}:1: not a valid law pack: `needs` of [[body]] number 1 has no `he` text"
        )),
        "{}",
        out.stderr
    );
    assert!(out.stdout.is_empty());
    // Said in the interface's language.
    let mut cmd = env.command(&["law", "gb", "--templates", templates.to_str().unwrap()]);
    cmd.env("COMPLAINT_UI_LANG", "ru");
    let stderr = String::from_utf8(cmd.output().unwrap().stderr).unwrap();
    assert!(
        stderr.contains(&format!(
            "jurisdictions/gb.toml:{line}:1: этим сводом законов нельзя воспользоваться: у поля `needs` в [[body]] № 1 нет текста на языке `he`"
        )),
        "{stderr}"
    );
}

/// A case in `lang` under `jurisdiction` whose one contact is `contact`, in the interface of
/// `ui`: what `next` says on `date`.
fn next_in(
    env: &Env,
    ui: &str,
    lang: &str,
    jurisdiction: &str,
    contact: Value,
    date: &str,
) -> String {
    let mut c = example_json(lang);
    c["jurisdiction"] = json!(jurisdiction);
    c["contacts"] = json!([contact]);
    let path = env.write(
        &format!("{lang}-{jurisdiction}-{ui}.json"),
        serde_json::to_vec(&c).unwrap(),
    );
    let mut cmd = env.command(&["next", &path, "--date", date]);
    cmd.env("COMPLAINT_UI_LANG", ui);
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn next_names_no_other_countrys_body_or_post() {
    let env = Env::new();
    let written = json!({"date": "2026-11-20", "channel": "email"});
    let letter = json!({"date": "2026-11-20", "channel": "letter", "delivered": "2026-11-25"});
    // An Israeli case read in Russian: neither Rospotrebnadzor nor the Russian Post's
    // declared-value letter with a list of contents.
    for contact in [&written, &letter] {
        let out = next_in(&env, "ru", "he", "il", contact.clone(), "2027-01-10");
        for russian in ["Роспотребнадзор", "опись", "ценным письмом"]
        {
            assert!(
                !out.contains(russian),
                "{russian:?} for an Israeli case:\n{out}"
            );
        }
    }
    // A Russian case read in Hebrew: not the Israeli authority.
    let out = next_in(&env, "he", "ru", "ru", letter.clone(), "2027-01-10");
    assert!(!out.contains("הרשות להגנת הצרכן"), "{out}");
    assert!(out.contains("רוספוטרבנדזור"), "the pack's own body:\n{out}");
    // The Russian pack sends a list of contents only with a declared-value letter.
    let out = next_in(&env, "ru", "ru", "ru", written, "2026-11-22");
    assert!(
        out.contains("ценным письмом с объявленной ценностью, описью"),
        "{out}"
    );
    assert!(!out.contains("заказным письмом с описью"), "{out}");
}

#[test]
fn a_telecom_claims_term_counts_from_its_registration_past_a_weekend() {
    let env = Env::new();
    // Received on Wednesday 25 November, registered by Thursday 26; 30 days from then is
    // Saturday 26 December, so the term ends on Monday 28 December (ст. 193 ГК РФ).
    let letter = json!({"date": "2026-11-20", "channel": "letter", "delivered": "2026-11-25"});
    let waiting = next_in(&env, "en", "ru", "ru", letter.clone(), "2026-12-26");
    assert!(waiting.contains("until 28 December 2026"), "{waiting}");
    assert!(waiting.contains("registered"), "{waiting}");
    let late = next_in(&env, "ru", "ru", "ru", letter, "2027-01-10");
    assert!(late.contains("28 декабря 2026"), "{late}");
    assert!(late.contains("со дня регистрации претензии"), "{late}");
    assert!(!late.contains("25 декабря"), "{late}");
    // The complaint to the regulator names the operator and the term by what they are, and
    // encloses the contract that п. 6 ст. 55 asks for.
    let case = env.path("ru-ru-ru.json");
    let out = env
        .run(&["escalate", &case.to_string_lossy(), "--date", "2027-01-10"])
        .ok()
        .stdout
        .replace('\u{a0}', " ");
    assert!(out.contains("Мои обращения к оператору связи"), "{out}");
    assert!(out.contains("срок рассмотрения претензии"), "{out}");
    assert!(out.contains("оператором связи нарушены"), "{out}");
    assert!(!out.contains("продав"), "{out}");
    assert!(
        out.contains("Копия договора об оказании услуг связи"),
        "{out}"
    );
}

#[test]
fn the_pack_listing_names_the_conditions_only_a_demand_has() {
    let env = Env::new();
    let out = env.run_en(&["law", "ru"]).ok().stdout;
    assert!(
        out.contains(
            "refund (goods, with a defect, with the seller for repair more than 45 days):"
        ),
        "{out}"
    );
    assert!(
        out.contains(
            "(without a defect, money charged after the consumer withdrew from the contract):"
        ),
        "{out}"
    );
    assert!(
        out.contains("(without a defect, money charged twice):"),
        "{out}"
    );
}
