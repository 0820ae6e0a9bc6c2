//! Small pieces of English that several messages share, written once.

/// "A", "A and B", "A, B and C".
pub fn in_a_list(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// A sentence as it reads within another ("Hold 20 seconds" after a comma).
pub fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_lowercase().chain(chars).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_read_as_english() {
        let names = |n: &[&str]| n.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        assert_eq!(in_a_list(&names(&[])), "");
        assert_eq!(in_a_list(&names(&["Cat-cow"])), "Cat-cow");
        assert_eq!(in_a_list(&names(&["A", "B"])), "A and B");
        assert_eq!(in_a_list(&names(&["A", "B", "C"])), "A, B and C");
        assert_eq!(lower_first("Hold 20 seconds"), "hold 20 seconds");
        assert_eq!(lower_first(""), "");
    }
}
