//! Where Windows differs from Linux, proven as Windows programs under Wine by
//! the test command (`scripts/windows.sh` runs them with the language set to
//! British English): the emergency number from the system's language, the
//! menu's keys, and the export to the Documents known folder.

use std::path::PathBuf;

use serde_json::json;
use spinewise_core::settings::{region_of, regional_number};

use super::{start, start_in};

#[test]
fn the_regional_number_comes_from_the_windows_language_setting() {
    // Windows reports a language tag such as "en-GB", not Linux's "en_GB.UTF-8".
    let locale = sys_locale::get_locale().expect("Windows reports a language");
    let region = region_of(&locale).unwrap_or_else(|| panic!("no region in {locale}"));
    // scripts/windows.sh runs Wine in British English and says so; on another
    // Windows the region is whatever that machine's is.
    if let Ok(expected) = std::env::var("SPINEWISE_EXPECT_REGION") {
        assert_eq!(region, expected, "{locale}");
    }
    let dir = tempfile::tempdir().unwrap();
    let app = start_in(dir.path(), &locale);
    let home = app.invoke("home", json!({})).unwrap();
    let expected = regional_number(&locale).map(|r| r.number);
    assert_eq!(
        home["emergency_number"]["number"].as_str(),
        expected,
        "{locale}: {home}"
    );
    assert_eq!(home["emergency_number"]["confirmed"], false);
}

#[test]
fn the_menu_keys_are_written_with_ctrl() {
    let dir = tempfile::tempdir().unwrap();
    let app = start(dir.path());
    let help = app.invoke("help", json!({})).unwrap().to_string();
    for keys in ["Ctrl+P", "Ctrl+E", "Ctrl+Q"] {
        assert!(help.contains(keys), "{keys}: {help}");
    }
    assert!(!help.contains("Cmd+"), "{help}");
}

#[test]
fn an_export_goes_to_the_documents_known_folder() {
    let documents = directories::UserDirs::new()
        .and_then(|dirs| dirs.document_dir().map(PathBuf::from))
        .expect("Windows has a Documents folder");
    assert!(documents.is_dir(), "{}", documents.display());
    let dir = tempfile::tempdir().unwrap();
    let app = start(dir.path());
    let exported = app.invoke("plan_export", json!({})).unwrap();
    let path = PathBuf::from(exported["path"].as_str().unwrap());
    assert_eq!(
        path.parent(),
        Some(documents.as_path()),
        "{}",
        path.display()
    );
    let contents = std::fs::read_to_string(&path).unwrap();
    std::fs::remove_file(&path).unwrap();
    assert!(contents.contains("\"spinewise-plan\""));
}
