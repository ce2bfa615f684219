//! A pack in words, for `complaint law` and for the law's part of `next`.
//!
//! Interface words are English and gathered here; the law's own words come from the pack,
//! in the pack's languages.

use super::{Applied, Pack, Source, Words, words};
use crate::case::{GoalKind, Jurisdiction, Language};

/// Every language's words of `w`, English first: "text (текст)".
fn all(w: &Words) -> String {
    let mut parts: Vec<&str> = w.get("en").map(String::as_str).into_iter().collect();
    parts.extend(
        w.iter()
            .filter(|(k, _)| *k != "en")
            .map(|(_, v)| v.as_str()),
    );
    parts.join("\n      ")
}

fn sourced(s: Source) -> String {
    format!("      source: {} (checked {})", s.source, s.checked)
}

fn goal_name(g: GoalKind) -> &'static str {
    match g {
        GoalKind::Refund => "refund",
        GoalKind::Replacement => "replacement",
        GoalKind::Repair => "repair",
        GoalKind::Cancellation => "cancellation",
        GoalKind::Compensation => "compensation",
        GoalKind::Correction => "correction",
        GoalKind::Other => "other",
    }
}

fn when(w: &super::When) -> String {
    let mut parts = Vec::new();
    if let Some(s) = w.subject {
        parts.push(match s {
            crate::case::PurchaseKind::Goods => "goods",
            crate::case::PurchaseKind::Service => "a service",
        });
    }
    match w.distance {
        Some(true) => parts.push("bought at a distance"),
        Some(false) => parts.push("not bought at a distance"),
        None => {}
    }
    match w.telecom {
        Some(true) => parts.push("a telecom service"),
        Some(false) => parts.push("not telecom"),
        None => {}
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!(" ({})", parts.join(", "))
    }
}

/// What `complaint law JURISDICTION` prints: every rule with its source and date.
pub fn describe(j: Jurisdiction, pack: &Pack) -> String {
    let mut out = String::new();
    let mut line = |t: &str| {
        out.push_str(t);
        out.push('\n');
    };
    let name = words(&pack.name, Language::En).unwrap_or(j.code());
    line(&format!("{name} ({j})"));
    if let Some(n) = words(&pack.not_advice, Language::En) {
        line(n);
    }
    line("");
    line("Demands the letter can make, and the law it cites:");
    for d in &pack.demands {
        let goals: Vec<_> = d.goals.iter().map(|g| goal_name(*g)).collect();
        line(&format!("  - {}{}:", goals.join(", "), when(&d.when())));
        line(&format!("      cites: {}", all(&d.cite)));
        match (
            d.days,
            d.from.as_ref().and_then(|f| pack.counts_from.get(f)),
        ) {
            (Some(days), Some(from)) => line(&format!(
                "      term: {days} days {}",
                words(from, Language::En).unwrap_or("")
            )),
            (Some(days), None) => line(&format!("      term: {days} days")),
            (None, _) => line("      term: none set by law; the letter gives the case's days"),
        }
        if !d.ask.is_empty() {
            line(&format!("      the company must: {}", all(&d.ask)));
        }
        if !d.penalty.is_empty() {
            line(&format!("      penalty: {}", all(&d.penalty)));
        }
        if !d.note.is_empty() {
            line(&format!("      note: {}", all(&d.note)));
        }
        line(&sourced(d.source()));
    }
    if let Some(c) = &pack.consequence {
        line("");
        line("The letter closes with:");
        line(&format!("      {}", all(&c.text)));
        line(&sourced(c.source()));
    }
    if !pack.bodies.is_empty() {
        line("");
        line("Where an unanswered letter leads:");
        for b in &pack.bodies {
            line(&format!("  - {}{}", all(&b.name), when(&b.when())));
            line(&format!("      {}", all(&b.needs)));
            line(&sourced(b.source()));
        }
    }
    if let Some(d) = &pack.delivery {
        line("");
        line("How to send the letter so that it counts:");
        line(&format!("      {}", all(&d.text)));
        line(&sourced(d.source()));
    }
    if !pack.risks.is_empty() {
        line("");
        line("Risks to know about:");
        for r in &pack.risks {
            line(&format!("  - {}", all(&r.text)));
            line(&sourced(r.source()));
        }
    }
    out
}

/// The law's part of `next`: how to send the letter, or who to turn to once its deadline
/// has passed.
pub fn next(applied: &Applied, case: &crate::case::Case, send: bool, overdue: bool) -> String {
    let purchase = case.purchase.clone().unwrap_or_default();
    let pack = applied.pack;
    // The interface's language; the pack's English where it has no words in it.
    let en = crate::i18n::current();
    let mut out = String::new();
    let name = words(&pack.name, en).unwrap_or(applied.jurisdiction.code());
    if send && let Some(d) = &pack.delivery {
        out.push_str(&crate::t!(
            "law-how-to-send",
            name = name,
            text = words(&d.text, en).unwrap_or("")
        ));
        out.push('\n');
    }
    if overdue && !pack.bodies.is_empty() {
        out.push_str(&crate::t!("law-where-to-turn", name = name));
        out.push('\n');
        for b in pack
            .bodies
            .iter()
            .filter(|b| super::select::fits(&b.when(), &purchase))
        {
            out.push_str(&format!(
                "  - {}: {}\n",
                words(&b.name, en).unwrap_or(""),
                words(&b.needs, en).unwrap_or("")
            ));
        }
    }
    if !out.is_empty()
        && let Some(n) = words(&pack.not_advice, en)
    {
        out.push_str(n);
        out.push('\n');
    }
    out
}
