//! Whether, and where, an address names a place ("Казань", "Свердловская обл."): the rule a
//! body's offices are chosen by.
//!
//! The address and the place are split into words: runs of letters, digits and hyphens
//! ("Ханты-Мансийский", "Ростов-на-Дону" are one word each; a dash standing alone is no
//! word). A place matches where its words equal a run of the address's words, letter case
//! and «ё»/«е» aside, except that a place word written with a final "." is an abbreviation
//! and matches any address word it begins: «обл.» matches «обл» and «область», «Респ.»
//! matches «Республика». So «ул. Тверская» is not «Тверская обл.», and «Кировск» is not
//! «Киров».

/// A word of a place: its letters in lower case, and whether it ends with "." (matches any
/// word it begins).
struct Word {
    text: String,
    abbreviated: bool,
}

/// The words of `text`, in order, each lower-cased with «ё» as «е»; with each, whether a "."
/// follows it directly.
fn words(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_alphanumeric() || c == '-' {
            current.extend(c.to_lowercase().map(|l| if l == 'ё' { 'е' } else { l }));
            if chars
                .peek()
                .is_some_and(|n| n.is_alphanumeric() || *n == '-')
            {
                continue;
            }
        }
        // Here `c` ends a word, or is itself no part of one (then `current` is empty).
        let abbreviated = chars.peek() == Some(&'.');
        let text = current.trim_matches('-').to_owned();
        current.clear();
        if text.chars().any(char::is_alphanumeric) {
            out.push(Word { text, abbreviated });
        }
    }
    out
}

/// An address split into words once, to look for many places in it.
pub struct Address(Vec<Word>);

impl Address {
    pub fn new(text: &str) -> Address {
        Address(words(text))
    }

    /// Where the address first names `place`: the index of the address word the match
    /// starts at, and how many words it spans. `None` when it does not name it.
    pub fn find(&self, place: &str) -> Option<(usize, usize)> {
        find_in(&self.0, place)
    }
}

/// Where `address` first names `place` (see [`Address::find`]).
#[cfg(test)]
fn find(address: &str, place: &str) -> Option<(usize, usize)> {
    Address::new(address).find(place)
}

fn find_in(address: &[Word], place: &str) -> Option<(usize, usize)> {
    let place = words(place);
    if place.is_empty() {
        return None;
    }
    let fits = |at: &Word, p: &Word| {
        if p.abbreviated {
            at.text.starts_with(&p.text)
        } else {
            at.text == p.text
        }
    };
    address
        .windows(place.len())
        .position(|run| run.iter().zip(&place).all(|(a, p)| fits(a, p)))
        .map(|start| (start, place.len()))
}

#[cfg(test)]
mod tests {
    use super::find;

    #[test]
    fn a_place_matches_whole_words_only() {
        assert_eq!(find("г. Казань, ул. Баумана, д. 9", "Казань"), Some((1, 1)));
        assert_eq!(find("г. Кировск, ул. Мира, д. 1", "Киров"), None);
        assert_eq!(find("г. Киров, ул. Мира, д. 1", "Киров"), Some((1, 1)));
        // A street named after a region is not the region.
        assert_eq!(find("г. Москва, ул. Тверская, д. 1", "Тверская обл."), None);
        assert_eq!(
            find("г. Москва, ул. Тверская, д. 1", "Москва"),
            Some((1, 1))
        );
        // «Нижний Новгород» is not «Великий Новгород».
        assert_eq!(find("г. Нижний Новгород", "Великий Новгород"), None);
        assert_eq!(find("", "Казань"), None);
        assert_eq!(find("г. Казань", ""), None);
    }

    #[test]
    fn a_word_ending_with_a_dot_matches_any_word_it_begins() {
        assert_eq!(
            find("Свердловская область, г. Ирбит", "Свердловская обл."),
            Some((0, 2))
        );
        assert_eq!(
            find("Свердловская обл, г. Ирбит", "Свердловская обл."),
            Some((0, 2))
        );
        assert_eq!(
            find("Свердловская обл., г. Ирбит", "Свердловская обл."),
            Some((0, 2))
        );
        assert_eq!(
            find("Республика Алтай, с. Чемал", "Респ. Алтай"),
            Some((0, 2))
        );
        // Without the dot a word must be whole.
        assert_eq!(find("Свердловская область", "Свердловская обл"), None);
    }

    #[test]
    fn case_hyphens_and_yo_do_not_matter_and_a_lone_dash_is_no_word() {
        assert_eq!(find("г. Орел, ул. Ленина", "Орёл"), Some((1, 1)));
        assert_eq!(find("Г. КАЗАНЬ", "Казань"), Some((1, 1)));
        assert_eq!(
            find(
                "628309, Ханты-Мансийский автономный округ-Югра",
                "Ханты-Мансийский"
            ),
            Some((1, 1))
        );
        assert_eq!(
            find("Кемеровская область - Кузбасс", "Кузбасс"),
            Some((2, 1))
        );
        assert_eq!(find("г. Ростов-на-Дону", "Ростов"), None);
    }
}
