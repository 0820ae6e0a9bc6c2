//! The damaged plan files every harness throws at Spinewise, read from
//! `tests/cases/damaged/cases.json` (the end-to-end test in the real window
//! reads the same list). Shared by the store's tests in the core and the
//! app's start-up tests in the shell (which include this file by path).

use serde_json::Value;

pub const GOOD_PLAN: &[u8] = include_bytes!("../fixtures/plan-v4.json");
const CASES: &str = include_str!("../cases/damaged/cases.json");

/// The one good plan a `truncations_of` case may name.
const TRUNCATED_FILE: &str = "../../fixtures/plan-v4.json";

/// (what it is, the bytes, words the notice must use)
pub fn corpus() -> Vec<(String, Vec<u8>, String)> {
    let doc: Value = serde_json::from_str(CASES).expect("cases.json is JSON");
    let mut cases = Vec::new();
    for case in doc["cases"].as_array().expect("a list of cases") {
        let name = case["name"].as_str().expect("a name").to_owned();
        let notice = case["notice"].as_str().expect("a notice").to_owned();
        if let Some(file) = case["truncations_of"].as_str() {
            assert_eq!(
                file, TRUNCATED_FILE,
                "{name}: only the v4 fixture is compiled in"
            );
            let count = case["count"].as_u64().expect("a count") as usize;
            let step = GOOD_PLAN.len() / count;
            for cut in (1..GOOD_PLAN.len() - 1).step_by(step) {
                cases.push((
                    format!("{name} at byte {cut}"),
                    GOOD_PLAN[..cut].to_vec(),
                    notice.clone(),
                ));
            }
            continue;
        }
        let bytes = case["parts"]
            .as_array()
            .expect("parts")
            .iter()
            .flat_map(part_bytes)
            .collect();
        cases.push((name, bytes, notice));
    }
    cases
}

fn part_bytes(part: &Value) -> Vec<u8> {
    if let Some(text) = part["text"].as_str() {
        let times = part["times"].as_u64().unwrap_or(1) as usize;
        return text.repeat(times).into_bytes();
    }
    if let Some(hex) = part["hex"].as_str() {
        return (0..hex.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).expect("hex bytes"))
            .collect();
    }
    if let Some(count) = part["pseudo_random_bytes"].as_u64() {
        return (0..count as u32)
            .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
            .collect();
    }
    panic!("cases.json: a part that is not text, hex or pseudo_random_bytes: {part}")
}
