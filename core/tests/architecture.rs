//! The core's imports flow one way. Each top-level module has a layer; a
//! module may use only modules of lower layers (and its own submodules), so
//! the plan's data never depends on the rules that read it, and the views on
//! top are imported by nothing below them. docs/architecture.md states each
//! layer's invariant; this test fails when a forbidden import appears.
//!
//! Test code (files named `tests.rs`, and `#[cfg(test)]` modules) may reach
//! across layers to check a view against the course, so it is not read.

use std::fs;
use std::path::{Path, PathBuf};

/// Lowest first. Modules of one layer do not use each other.
const LAYERS: &[(&str, &[&str])] = &[
    (
        "base: words and measures",
        &["level", "source", "time", "pain", "photo", "words"],
    ),
    ("the person's settings", &["settings"]),
    (
        "content: questions, rules, exercises",
        &["triage", "exercise"],
    ),
    ("the person's own routines", &["own_routine"]),
    ("routines", &["routine"]),
    ("sessions", &["session"]),
    ("the plan's data", &["plan"]),
    ("keeping it on disk", &["store"]),
    ("rules that read the plan", &["course"]),
    ("the companion's reminders", &["reminders"]),
    ("views", &["progress", "help"]),
    ("the plan as read", &["recovery"]),
    ("the plan as paper and files", &["print", "export"]),
    ("the summary for a clinician", &["summary"]),
];

fn layer_of(module: &str) -> Option<usize> {
    LAYERS
        .iter()
        .position(|(_, modules)| modules.contains(&module))
}

fn sources(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

/// The file's text without its `#[cfg(test)]` module, if it has one inline.
fn without_tests(text: &str) -> &str {
    text.find("#[cfg(test)]\nmod tests {")
        .map_or(text, |at| &text[..at])
}

/// Every `crate::<module>` the code names.
fn uses(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find("crate::") {
        rest = &rest[at + "crate::".len()..];
        let name: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        found.push(name);
    }
    found
}

#[test]
fn every_module_has_a_layer_and_imports_only_from_below() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    sources(&src, &mut files);
    let mut broken = Vec::new();
    for file in files {
        let relative = file.strip_prefix(&src).unwrap();
        let first = relative
            .components()
            .next()
            .unwrap()
            .as_os_str()
            .to_string_lossy();
        let module = first.trim_end_matches(".rs").to_owned();
        // The CLI and the crate root see everything; test helpers are tests.
        if ["bin", "lib", "test_support"].contains(&module.as_str())
            || relative.file_name().is_some_and(|n| n == "tests.rs")
        {
            continue;
        }
        let Some(own) = layer_of(&module) else {
            broken.push(format!(
                "{}: module `{module}` has no layer in this test",
                relative.display()
            ));
            continue;
        };
        let text = fs::read_to_string(&file).unwrap();
        for used in uses(without_tests(&text)) {
            if used == module
                || ["TriageLevel", "NOT_A_DIAGNOSIS", "EMERGENCY_REMINDER"].contains(&used.as_str())
            {
                continue;
            }
            match layer_of(&used) {
                Some(layer) if layer < own => {}
                Some(layer) => broken.push(format!(
                    "{}: `{module}` ({}) uses `{used}` ({}), which is not below it",
                    relative.display(),
                    LAYERS[own].0,
                    LAYERS[layer].0
                )),
                None => broken.push(format!(
                    "{}: uses `crate::{used}`, which has no layer",
                    relative.display()
                )),
            }
        }
    }
    assert!(
        broken.is_empty(),
        "imports that flow the wrong way:\n{}",
        broken.join("\n")
    );
}

#[test]
fn the_check_sees_a_forbidden_import() {
    // The reader of `crate::` paths, on a made-up file where the plan's data
    // imports the course: it must be found, or the test above proves nothing.
    let text = "use crate::course::follow;\nfn f() { crate::time::Timestamp::now(); }\n#[cfg(test)]\nmod tests {\n use crate::print;\n}\n";
    let used = uses(without_tests(text));
    assert_eq!(used, ["course", "time"]);
    assert!(layer_of("course") > layer_of("plan"));
}

#[test]
fn docs_architecture_states_every_layer() {
    let doc =
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/architecture.md"))
            .unwrap();
    for (name, modules) in LAYERS {
        for module in *modules {
            assert!(
                doc.contains(&format!("`{module}`")),
                "docs/architecture.md does not name `{module}` ({name})"
            );
        }
    }
}
