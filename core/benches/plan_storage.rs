//! Save (with fsync) and load times of a plan holding two years of use: a
//! daily check-in every day, a weekly score every week, a session most days,
//! a triage each month. Prints one JSON object for bench/bench.mjs; run alone
//! with `cargo bench -p spinewise-core --bench plan_storage`.
//! It measures and reports; it does not fail on a time.

use std::time::Instant;

use serde_json::{json, Value};
use spinewise_core::plan::RecoveryPlan;
use spinewise_core::store::PlanStore;
use spinewise_core::time::Day;

const DAYS: i64 = 730;
const RUNS: usize = 51;

/// 2024-01-01 plus `n` days, as the plan writes a day.
fn day(n: i64) -> String {
    Day::from_days_since_epoch(19_723 + n).to_string()
}

fn two_years() -> RecoveryPlan {
    let fixture: Value =
        serde_json::from_slice(include_bytes!("../tests/fixtures/plan-v3.json")).unwrap();
    let triage = fixture["triage_history"][0].clone();
    let session = fixture["sessions"][0].clone();
    let (mut daily, mut weekly, mut sessions, mut triages) = (vec![], vec![], vec![], vec![]);
    for n in 0..DAYS {
        let today = day(n);
        let pain = (n * 7 % 11).min(10);
        let settled = ["yes", "no", "no_pain_yesterday"][(n % 3) as usize];
        daily.push(json!({
            "day": today, "recorded_at": format!("{today}T07:30:00.000Z"), "pain_now": pain % 6,
            "exercise": if n % 2 == 0 { json!({ "during": pain % 5, "after": pain % 4 }) } else { Value::Null },
            "settled": settled, "warning_sign": false,
        }));
        if n % 7 == 0 {
            weekly.push(json!({
                "day": today, "recorded_at": format!("{today}T08:00:00.000Z"),
                "peg": { "pain": pain % 6, "enjoyment": 3, "activity": 4 },
                "activities": [{ "name": "Lifting the shopping", "score": 5 }, { "name": "A long drive", "score": 6 }],
            }));
        }
        if n % 10 < 7 {
            let mut s = session.clone();
            s["started_at"] = json!(format!("{today}T18:00:00.000Z"));
            sessions.push(s);
        }
        if n % 30 == 0 {
            let mut t = triage.clone();
            t["completed_at"] = json!(format!("{today}T07:00:00.000Z"));
            triages.push(t);
        }
    }
    let mut plan = fixture;
    plan["daily_check_ins"] = json!(daily);
    plan["weekly_check_ins"] = json!(weekly);
    plan["sessions"] = json!(sessions);
    plan["triage_history"] = json!(triages);
    RecoveryPlan::from_json(plan.to_string().as_bytes()).expect("the two-year plan is a valid plan")
}

fn median_ms(mut times: Vec<f64>) -> f64 {
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}

fn main() {
    let plan = two_years();
    let dir = tempfile::tempdir_in(
        std::env::var("BENCH_DIR")
            .map(Into::into)
            .unwrap_or_else(|_| std::env::temp_dir()),
    )
    .unwrap();
    let store = PlanStore::new(dir.path());
    store.save(&plan).unwrap();
    let bytes = std::fs::metadata(store.plan_path()).unwrap().len();
    let saves: Vec<f64> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            store.save(&plan).unwrap();
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    let loads: Vec<f64> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            let loaded = store.load().unwrap();
            assert!(loaded.notice.is_none());
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    println!(
        "{}",
        json!({
            "daily_check_ins": DAYS, "file_bytes": bytes, "runs": RUNS,
            "save_median_ms": median_ms(saves.clone()), "save_max_ms": saves.iter().copied().fold(0.0, f64::max),
            "load_median_ms": median_ms(loads.clone()), "load_max_ms": loads.iter().copied().fold(0.0, f64::max),
        })
    );
}
