//! The history's CSV files load in a spreadsheet: each is read back by an
//! independent CSV reader (the `csv` crate, as strict as RFC 4180), with the
//! header's number of fields on every row, a row per record, and any text the
//! person typed coming back as they typed it (only a leading formula
//! character gains the apostrophe that keeps it text).

use proptest::prelude::*;
use spinewise_core::export::history;
use spinewise_core::plan::{ActivityScore, Peg, Rating, RecoveryPlan, WeeklyCheckIn};
use spinewise_core::time::Timestamp;

fn read_back(text: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(false)
        .from_reader(text.as_bytes());
    let header = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    let rows = reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect();
    (header, rows)
}

#[test]
fn every_file_of_a_plan_with_every_kind_of_record_reads_back_row_for_row() {
    let plan =
        RecoveryPlan::from_json(include_bytes!("fixtures/plan-v9.json")).expect("the fixture");
    let files = history(&plan);
    let counts = [
        plan.daily_check_ins.len(),
        plan.sessions.len(),
        plan.weekly_check_ins.len(),
    ];
    for (file, count) in files.iter().zip(counts) {
        let (header, rows) = read_back(&file.text);
        assert_eq!(header[0], "day", "{}", file.name);
        assert_eq!(rows.len(), count, "{}", file.name);
        assert!(count > 0, "the fixture has a {} record", file.name);
        for row in &rows {
            assert_eq!(row.len(), header.len(), "{}: {row:?}", file.name);
        }
    }
    let (_, sessions) = read_back(&files[1].text);
    assert_eq!(sessions[0][3], plan.sessions[0].routine_name);
    assert_eq!(sessions[0][8], plan.sessions[0].how_it_ended());
    let (_, weekly) = read_back(&files[2].text);
    assert_eq!(
        weekly[0][7],
        "Lifting my daughter: 4; Sitting through a film: 6"
    );
}

fn weekly_with(names: &[String]) -> RecoveryPlan {
    let at = Timestamp::from_unix_seconds(1_794_042_000);
    let r = |v: i64| Rating::try_from(v).unwrap();
    let mut plan = RecoveryPlan::default();
    plan.record_weekly(WeeklyCheckIn {
        day: at.utc_day(),
        recorded_at: at,
        peg: Peg {
            pain: r(4),
            enjoyment: r(3),
            activity: r(5),
        },
        stiffness: None,
        activities: names
            .iter()
            .map(|name| ActivityScore {
                name: name.clone(),
                score: r(2),
            })
            .collect(),
    });
    plan
}

proptest! {
    /// Whatever the person names their activities (commas, quotes, line
    /// breaks, a leading "=" or "-"), the weekly file reads back to exactly
    /// what they typed, with an apostrophe only before a formula character.
    #[test]
    fn any_activity_name_reads_back_as_typed(
        names in prop::collection::vec("[ -~\n\"',;=+@\u{e9}\u{4e2d}-]{1,40}", 1..4)
    ) {
        let file = &history(&weekly_with(&names))[2];
        let (header, rows) = read_back(&file.text);
        prop_assert_eq!(rows.len(), 1);
        prop_assert_eq!(rows[0].len(), header.len());
        let typed = names.iter().map(|n| format!("{n}: 2")).collect::<Vec<_>>().join("; ");
        let expected = if typed.starts_with(['=', '+', '-', '@']) { format!("'{typed}") } else { typed };
        prop_assert_eq!(&rows[0][7], &expected);
    }
}
