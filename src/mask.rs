//! Card numbers masked to their last four digits, wherever user text is shown.

use std::borrow::Cow;

/// Replaces the digits of every card number in `text` but the last four with `*`.
///
/// A card number is 13 to 19 digits standing alone (not glued to letters, so an IBAN is left
/// as it is), either in one run or in groups of three or more digits joined by single spaces
/// or dashes: `4111 1111 1111 1111`, `4111-1111-1111-1111`, `378282246310005`.
/// Dates (`2026-10-03`) and phone numbers (`+44 7700 900123`) have fewer digits or shorter
/// groups and are not touched.
pub fn cards(text: &str) -> Cow<'_, str> {
    let bytes = text.as_bytes();
    if bytes.iter().filter(|b| b.is_ascii_digit()).count() < 13 {
        return Cow::Borrowed(text);
    }
    let mut out: Option<Vec<u8>> = None;
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() || (i > 0 && is_word(text, i, true)) {
            i += 1;
            continue;
        }
        // Groups of digits joined by one separator each.
        let mut groups: Vec<(usize, usize)> = Vec::new();
        let mut j = i;
        loop {
            let start = j;
            while j < bytes.len() && bytes[j].is_ascii_digit() {
                j += 1;
            }
            groups.push((start, j));
            if j + 1 < bytes.len()
                && matches!(bytes[j], b' ' | b'-')
                && bytes[j + 1].is_ascii_digit()
            {
                j += 1;
            } else {
                break;
            }
        }
        let glued_after = j < bytes.len() && is_word(text, j, false);
        if !glued_after {
            for run in groups.split(|(s, e)| e - s < 3 && groups.len() > 1) {
                let digits: usize = run.iter().map(|(s, e)| e - s).sum();
                if (13..=19).contains(&digits) {
                    let buf = out.get_or_insert_with(|| bytes.to_vec());
                    let mut keep = 4;
                    for &(s, e) in run.iter().rev() {
                        for k in (s..e).rev() {
                            if keep > 0 {
                                keep -= 1;
                            } else {
                                buf[k] = b'*';
                            }
                        }
                    }
                }
            }
        }
        i = j.max(i + 1);
    }
    match out {
        // Only ASCII digits were replaced by an ASCII byte: still valid UTF-8.
        Some(buf) => Cow::Owned(String::from_utf8(buf).unwrap_or_else(|_| text.to_owned())),
        None => Cow::Borrowed(text),
    }
}

/// Whether the character just before (`before`) or at byte `at` is a letter or digit.
fn is_word(text: &str, at: usize, before: bool) -> bool {
    let c = if before {
        text[..at].chars().next_back()
    } else {
        text[at..].chars().next()
    };
    c.is_some_and(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::cards;

    #[test]
    fn masks_card_numbers_in_every_common_shape() {
        assert_eq!(
            cards("card 4111 1111 1111 1234."),
            "card **** **** **** 1234."
        );
        assert_eq!(cards("4111-1111-1111-1234"), "****-****-****-1234");
        assert_eq!(cards("(4111111111111234)"), "(************1234)");
        assert_eq!(cards("Amex 3782 822463 10005"), "Amex **** ****** *0005");
        assert_eq!(cards("карта 5536913812345678"), "карта ************5678");
    }

    #[test]
    fn leaves_other_numbers_alone() {
        for text in [
            "+44 7700 900123",
            "2026-10-03 2026-10-05 2026-11-01",
            "IBAN GB33BUKB20201555555555",
            "order 123456789012",
            "+7 999 123-45-67 and 8 800 555-35-35",
            "12345678901234567890123",
        ] {
            assert_eq!(cards(text), text);
        }
    }
}
