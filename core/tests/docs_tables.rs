//! Tables the docs print from the core's data, kept equal to it: the
//! exercise cautions by kind of pain (docs/sessions.md) and the ambulance
//! number of each region (docs/emergency-numbers.md). Run with
//! SPINEWISE_UPDATE_DOCS=1 to rewrite a table that has changed.

use spinewise_core::exercise::cautions_markdown;
use spinewise_core::settings::regional_numbers_markdown;

/// The table between `<!-- name -->` and `<!-- /name -->` in a doc equals `table`.
fn holds(doc: &str, name: &str, table: &str) {
    let path = format!("{}/../docs/{doc}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let open = format!("<!-- {name} -->\n");
    let close = format!("<!-- /{name} -->");
    let start = text
        .find(&open)
        .unwrap_or_else(|| panic!("{doc} lacks {open}"))
        + open.len();
    let end = text[start..]
        .find(&close)
        .unwrap_or_else(|| panic!("{doc} lacks {close}"))
        + start;
    if std::env::var_os("SPINEWISE_UPDATE_DOCS").is_some() {
        std::fs::write(&path, format!("{}{table}{}", &text[..start], &text[end..])).unwrap();
        return;
    }
    assert_eq!(
        &text[start..end],
        table,
        "{doc}'s {name} table is out of date; it is now:\n{table}"
    );
}

#[test]
fn docs_sessions_prints_every_caution_by_kind_of_pain() {
    holds("sessions.md", "cautions", &cautions_markdown());
}

#[test]
fn docs_emergency_numbers_prints_every_regional_number() {
    holds(
        "emergency-numbers.md",
        "regional-numbers",
        &regional_numbers_markdown(),
    );
}
