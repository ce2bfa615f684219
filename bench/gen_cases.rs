//! Writes N synthetic case files of varied size and language into a folder, for the batch
//! benchmarks: `cargo run --release --example gen-cases -- DIR N`.
//!
//! The cases are deterministic (case i is always the same), valid, and vary in language
//! (English and Russian), length of the details, and the number of identifiers, contacts
//! and attachments, so a run exercises every part of the templates and the PDF layout.

use std::path::PathBuf;

use serde_json::json;

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(dir), Some(n)) = (
        args.next(),
        args.next().and_then(|n| n.parse::<usize>().ok()),
    ) else {
        eprintln!("usage: gen-cases DIR N");
        std::process::exit(2);
    };
    let dir = PathBuf::from(dir);
    std::fs::create_dir_all(&dir).expect("the folder can be made");
    for i in 0..n {
        let case = case(i);
        let text = serde_json::to_string_pretty(&case).expect("JSON");
        std::fs::write(dir.join(format!("case-{i:05}.json")), text)
            .expect("the file can be written");
    }
    eprintln!("wrote {n} cases into {}", dir.display());
}

fn case(i: usize) -> serde_json::Value {
    let ru = i % 3 == 2;
    let sentence = if ru {
        "Списание повторилось, и служба поддержки обещала вернуть деньги в течение трёх дней. "
    } else {
        "The charge was taken again, and support promised to reverse it within three days. "
    };
    // From one sentence to a page and a half of details.
    let details = sentence.repeat(1 + (i * 7) % 40);
    let contacts: Vec<_> = (0..(i % 5))
        .map(|k| {
            let channel = ["phone", "chat", "email", "letter"][k % 4];
            json!({
                "date": format!("2026-10-{:02}", 5 + k),
                "channel": channel,
                "reference": format!("INC-{}", 10000 + i * 10 + k),
                "operator": if ru { "Сергей" } else { "Sam" },
                "summary": if ru { "Обещали перезвонить" } else { "Promised a call back" }
            })
        })
        .collect();
    let attachments: Vec<_> = (0..(i % 4))
        .map(|k| json!({ "path": format!("evidence/file-{k}.pdf"), "description": format!("Document {k}") }))
        .collect();
    json!({
        "schema_version": 1,
        "language": if ru { "ru" } else { "en" },
        "title": format!("Case {i}"),
        "consumer": { "name": if ru { "Петрова Анна Сергеевна" } else { "Anna Petrova" },
                      "address": "12 High Street, Leeds LS1 4AB", "email": "anna@example.org" },
        "company": { "name": format!("Company {} Ltd", i % 97), "address": "1 Tower Road, London EC1A 1AA" },
        "identifiers": { "order_number": format!("A-{i}"), "contract_number": format!("77-{:06}", i) },
        "event": {
            "summary": if ru { "С моей карты дважды списали оплату" } else { "I was charged twice for one order" },
            "details": details,
            "date": "2026-10-03",
            "amount": { "value": format!("{}.{:02}", 10 + i % 990, i % 100), "currency": if ru { "RUB" } else { "GBP" } }
        },
        "goal": { "kind": "refund", "summary": if ru { "Вернуть лишнее списание" } else { "Refund the duplicate charge" },
                  "amount": { "value": format!("{}.{:02}", 10 + i % 990, i % 100), "currency": if ru { "RUB" } else { "GBP" } } },
        "fallback": if ru { "Зачесть сумму в следующий счёт" } else { "A credit on my next bill" },
        "consequence": { "kind": "regulator", "summary": if ru { "Обращусь в Роспотребнадзор" } else { "I will complain to the ombudsman" } },
        "attachments": attachments,
        "contacts": contacts
    })
}
