//! Whether a long number in a text is a payment card, so that only cards are masked and the
//! numbers a company needs (an IMEI, a tracking number, an ОГРН, an account) stay readable.

use crate::wording;

/// Whether the `digits` (13 to 19 of them) found at byte `at` of `text` are a card number:
/// none of the three words before them labels another kind of number, and they pass the
/// Luhn check or those words say it is a card (so a mistyped card is still masked). The
/// labels are in each lexicon's `[cards]`.
pub fn is_card(text: &str, at: usize, digits: &str) -> bool {
    let before = || text[..at].split_whitespace().rev().take(3);
    !before().any(wording::labels_other_number)
        && (luhn(digits) || before().any(wording::labels_card))
}

/// The Luhn check every payment card number passes.
pub fn luhn(digits: &str) -> bool {
    let mut sum = 0;
    for (k, d) in digits.bytes().rev().filter(u8::is_ascii_digit).enumerate() {
        let mut d = u32::from(d - b'0');
        if k % 2 == 1 {
            d *= 2;
            if d > 9 {
                d -= 9;
            }
        }
        sum += d;
    }
    sum % 10 == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn card(text: &str) -> bool {
        let at = text.find(|c: char| c.is_ascii_digit()).unwrap();
        let digits: String = text[at..].chars().filter(char::is_ascii_digit).collect();
        is_card(text, at, &digits)
    }

    #[test]
    fn only_payment_cards_are_cards() {
        assert!(card("оплачено картой 4276 3800 1234 5678"));
        assert!(card("card 4111 1111 1111 1111"));
        assert!(!card("IMEI 356938035643817"));
        assert!(!card("смартфон с IMEI 356938035643817"));
        assert!(!card("трек-номер 19008291234567"));
        assert!(!card("ОГРН 1027700132195"));
        assert!(!card("order 4111111111111112"));
        assert!(!card("4111 1111 1111 1112"));
        assert!(card("4111 1111 1111 1111"));
        assert!(card("card 4111 1111 1111 1112"));
        // A Hebrew card word with a prefix letter: "paid with the card".
        assert!(card("שילמתי בכרטיס 4276 3800 1234 5678"));
    }
}
