//! The damaged plan files every harness throws at Spinewise: empty,
//! truncated at many points, random bytes, invalid UTF-8, wrong versions and
//! types, deeply nested, too large. Shared by the store's tests in the core and
//! the app's start-up tests in the shell (which include this file by path).

use spinewise_core::plan::{MAX_PLAN_BYTES, PLAN_VERSION};

pub const GOOD_PLAN: &[u8] = include_bytes!("../fixtures/plan-v4.json");

/// (what it is, the bytes, words the notice must use)
pub fn corpus() -> Vec<(String, Vec<u8>, &'static str)> {
    let mut cases: Vec<(String, Vec<u8>, &'static str)> = vec![
        ("empty".into(), Vec::new(), "empty"),
        ("only whitespace".into(), b" \n\t\n".to_vec(), "empty"),
        ("not JSON".into(), b"plan: yes\nlevel: fine\n".to_vec(), "not valid JSON"),
        ("random bytes".into(), (0..4096u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect(), "not valid JSON"),
        ("invalid UTF-8 inside a string".into(), b"{\"format\": \"spinewise-plan\", \"version\": 3, \"settings\": {\"emergency_number\": \"9\xff9\"}}".to_vec(), "not valid JSON"),
        ("a UTF-16 file".into(), "{\"format\": \"spinewise-plan\"}".encode_utf16().flat_map(u16::to_le_bytes).collect(), "not valid JSON"),
        ("a JSON array".into(), b"[1, 2, 3]".to_vec(), "not a Spinewise plan"),
        ("null".into(), b"null".to_vec(), "not a Spinewise plan"),
        ("another app's file".into(), br#"{"format": "other-app", "version": 3}"#.to_vec(), "not a Spinewise plan"),
        ("no format".into(), br#"{"version": 3}"#.to_vec(), "not a Spinewise plan"),
        ("no version".into(), br#"{"format": "spinewise-plan"}"#.to_vec(), "unknown plan version (missing)"),
        ("version 0".into(), br#"{"format": "spinewise-plan", "version": 0}"#.to_vec(), "unknown plan version (0)"),
        ("negative version".into(), br#"{"format": "spinewise-plan", "version": -1}"#.to_vec(), "unknown plan version (-1)"),
        ("fractional version".into(), br#"{"format": "spinewise-plan", "version": 2.5}"#.to_vec(), "unknown plan version (2.5)"),
        ("version as text".into(), br#"{"format": "spinewise-plan", "version": "3"}"#.to_vec(), "unknown plan version"),
        ("a newer version".into(), format!(r#"{{"format": "spinewise-plan", "version": {}, "plans": []}}"#, PLAN_VERSION + 1).into_bytes(), "newer version"),
        ("a triage from an unknown questionnaire".into(), br#"{"format": "spinewise-plan", "version": 4, "triage_history": [{"completed_at": "2026-11-24T17:49:16Z", "questionnaire": 9, "answers": {}, "outcome": {}}]}"#.to_vec(), "triage_history[0]"),
        ("first-questionnaire answers marked as the second".into(), br#"{"format": "spinewise-plan", "version": 4, "triage_history": [{"completed_at": "2026-11-24T17:49:16Z", "questionnaire": 2, "answers": {"night_pain": true}, "outcome": {"level": "urgent"}}]}"#.to_vec(), "triage_history[0]"),
        ("wrong type: history is a number".into(), br#"{"format": "spinewise-plan", "version": 3, "triage_history": 5}"#.to_vec(), "triage_history"),
        ("wrong type: pain is text".into(), br#"{"format": "spinewise-plan", "version": 3, "daily_check_ins": [{"day": "2026-11-21", "recorded_at": "2026-11-21T07:30:00Z", "pain_now": "four", "exercise": null, "settled": "no", "warning_sign": false}]}"#.to_vec(), "daily_check_ins[0].pain_now"),
        ("out of range: pain 11".into(), br#"{"format": "spinewise-plan", "version": 3, "daily_check_ins": [{"day": "2026-11-21", "recorded_at": "2026-11-21T07:30:00Z", "pain_now": 11, "exercise": null, "settled": "no", "warning_sign": false}]}"#.to_vec(), "pain_now"),
        ("impossible date".into(), br#"{"format": "spinewise-plan", "version": 3, "weekly_check_ins": [{"day": "2026-02-30", "recorded_at": "2026-11-21T07:30:00Z", "peg": {"pain": 1, "enjoyment": 1, "activity": 1}, "activities": []}]}"#.to_vec(), "weekly_check_ins[0].day"),
        ("unknown field".into(), br#"{"format": "spinewise-plan", "version": 3, "settings": {"emergency_number": "999", "theme": "dark"}}"#.to_vec(), "theme"),
        ("bad emergency number".into(), br#"{"format": "spinewise-plan", "version": 3, "settings": {"emergency_number": "call mum"}}"#.to_vec(), "settings.emergency_number"),
        ("deeply nested".into(), format!("{{\"format\": \"spinewise-plan\", \"version\": 3, \"settings\": {}{}}}", "[".repeat(100_000), "]".repeat(100_000)).into_bytes(), "not valid JSON"),
    ];
    let mut huge = b"{\"format\": \"spinewise-plan\", \"version\": 3, \"padding\": \"".to_vec();
    huge.resize(MAX_PLAN_BYTES + 10, b'x');
    cases.push(("huge".into(), huge, "too large"));
    // Truncated at many points: every prefix of a real plan is damaged.
    let step = GOOD_PLAN.len() / 40;
    for cut in (1..GOOD_PLAN.len() - 1).step_by(step) {
        cases.push((
            format!("truncated at byte {cut}"),
            GOOD_PLAN[..cut].to_vec(),
            "not valid JSON",
        ));
    }
    cases
}
