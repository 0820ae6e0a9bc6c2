//! The time module moved onto jiff without changing a byte on disk or over
//! the IPC: for arbitrary instants and days, and for text that is valid,
//! nearly valid or nonsense, it writes and reads exactly what the hand-written
//! module it replaced wrote and read. That module is kept, verbatim, in
//! `support/legacy_time.rs` as the oracle.

#[path = "support/legacy_time.rs"]
#[allow(dead_code)] // the oracle keeps every function the old module had
mod legacy_time;

use proptest::prelude::*;
use spinewise_core::time::{Day, Timestamp};

/// 0000-01-01T00:00:00Z, the first instant a four-digit year can write.
const YEAR_0: i64 = -62_167_219_200_000;
/// 9999-12-31T23:59:59.999Z, the last one.
const YEAR_9999_END: i64 = 253_402_300_799_999;
/// -9999-01-01T00:00:00Z: both modules print years before 0, though neither
/// reads them back.
const YEAR_MINUS_9999: i64 = -377_705_116_800_000;

/// Milliseconds since the epoch; a third of them whole seconds, which print
/// without a fraction.
fn instant(range: std::ops::RangeInclusive<i64>) -> impl Strategy<Value = i64> {
    prop_oneof![
        2 => range.clone(),
        1 => range.prop_map(|ms| ms - ms.rem_euclid(1000)),
    ]
}

fn old_parse(text: &str) -> Option<i64> {
    legacy_time::Timestamp::parse(text).map(legacy_time::Timestamp::unix_millis)
}

fn new_parse(text: &str) -> Option<i64> {
    Timestamp::parse(text).map(Timestamp::unix_millis)
}

fn old_day(text: &str) -> Option<i64> {
    legacy_time::Day::parse(text).map(legacy_time::Day::days_since_epoch)
}

fn new_day(text: &str) -> Option<i64> {
    Day::parse(text).map(Day::days_since_epoch)
}

/// Text shaped like a timestamp, each part usually right: wrong digit
/// counts, separators, out-of-range fields and impossible dates come up
/// often enough to be tried, and so do valid ones.
fn timestamp_like() -> impl Strategy<Value = String> {
    let date_sep = prop_oneof![8 => Just("-"), 1 => Just("/"), 1 => Just("")];
    let t = prop_oneof![8 => Just("T"), 1 => Just("t"), 1 => Just(" ")];
    let colon = prop_oneof![8 => Just(":"), 1 => Just("."), 1 => Just("")];
    let fraction = prop_oneof![
        4 => Just(String::new()),
        4 => "\\.[0-9]{3}",
        2 => "[.,][0-9x]{0,5}",
    ];
    let zone = prop_oneof![
        8 => Just("Z"),
        1 => prop::sample::select(vec!["z", "", "+00:00", "-00:00", "Z ", "ZZ"]),
    ];
    let year = prop_oneof![
        8 => (0..=9999i32).prop_map(|y| format!("{y:04}")),
        1 => prop::sample::select(vec!["10000", "202", "+2026", "-001", " 2026", "２０２６"])
            .prop_map(String::from),
    ];
    let two = || {
        prop_oneof![
            8 => (0..=99i32).prop_map(|n| format!("{n:02}")),
            1 => "[0-9]{1,3}",
            1 => prop::sample::select(vec!["+1", "-1", " 1", "1 ", "１２"]).prop_map(String::from),
        ]
    };
    // Months, days and times near their limits, where calendars differ.
    let month = prop_oneof![4 => (0..=13i32).prop_map(|n| format!("{n:02}")), 1 => two()];
    let day = prop_oneof![4 => (0..=32i32).prop_map(|n| format!("{n:02}")), 1 => two()];
    let hour = prop_oneof![4 => (0..=25i32).prop_map(|n| format!("{n:02}")), 1 => two()];
    let sixty = || prop_oneof![4 => (0..=61i32).prop_map(|n| format!("{n:02}")), 1 => two()];
    (
        (year, date_sep.clone(), month, date_sep, day, t),
        (hour, colon.clone(), sixty(), colon, sixty(), fraction, zone),
    )
        .prop_map(|((y, s1, mo, s2, d, t), (h, c1, mi, c2, s, frac, z))| {
            format!("{y}{s1}{mo}{s2}{d}{t}{h}{c1}{mi}{c2}{s}{frac}{z}")
        })
}

/// A valid timestamp's text with one character replaced, inserted or removed.
fn timestamp_mutated() -> impl Strategy<Value = String> {
    let replacement = prop::sample::select(vec![
        '0', '1', '2', '3', '9', '-', ':', 'T', 't', '.', ',', 'Z', 'z', '+', ' ', 'é', '٣',
    ]);
    (
        instant(YEAR_0..=YEAR_9999_END),
        any::<prop::sample::Index>(),
        0..3u8,
        replacement,
    )
        .prop_map(|(ms, at, how, c)| {
            let mut chars: Vec<char> = Timestamp::from_unix_millis(ms)
                .to_string()
                .chars()
                .collect();
            let i = at.index(chars.len());
            match how {
                0 => chars[i] = c,
                1 => chars.insert(i, c),
                _ => {
                    chars.remove(i);
                }
            }
            chars.into_iter().collect()
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2048))]

    #[test]
    fn instants_since_1970_print_and_read_back_as_before(ms in instant(0..=YEAR_9999_END)) {
        same_instant(ms)?;
    }

    #[test]
    fn every_four_digit_year_prints_and_reads_back_as_before(
        ms in instant(YEAR_0..=YEAR_9999_END),
    ) {
        same_instant(ms)?;
    }

    #[test]
    fn years_before_0_print_as_before(ms in instant(YEAR_MINUS_9999..=YEAR_0)) {
        let (new, old) = (Timestamp::from_unix_millis(ms), legacy_time::Timestamp::from_unix_millis(ms));
        prop_assert_eq!(new.to_string(), old.to_string());
        prop_assert_eq!(new.utc_day().to_string(), old.utc_day().to_string());
    }

    #[test]
    fn days_print_count_and_read_back_as_before(
        a in YEAR_0 / 86_400_000..=YEAR_9999_END / 86_400_000,
        b in YEAR_0 / 86_400_000..=YEAR_9999_END / 86_400_000,
    ) {
        let (new_a, old_a) = (Day::from_days_since_epoch(a), legacy_time::Day::from_days_since_epoch(a));
        let (new_b, old_b) = (Day::from_days_since_epoch(b), legacy_time::Day::from_days_since_epoch(b));
        let text = new_a.to_string();
        prop_assert_eq!(&text, &old_a.to_string());
        prop_assert_eq!(
            serde_json::to_string(&new_a).unwrap(),
            serde_json::to_string(&old_a).unwrap()
        );
        prop_assert_eq!(new_a.days_until(new_b), old_a.days_until(old_b));
        prop_assert_eq!(
            new_a.plus_days(b - a).to_string(),
            old_a.plus_days(b - a).to_string()
        );
        prop_assert_eq!(new_day(&text), old_day(&text));
        prop_assert_eq!(new_day(&text), Some(a));
        prop_assert_eq!(new_a.cmp(&new_b), old_a.cmp(&old_b));
    }

    #[test]
    fn timestamp_like_text_is_accepted_or_refused_as_before(text in timestamp_like()) {
        same_reading(&text)?;
    }

    #[test]
    fn a_valid_timestamp_one_character_off_is_accepted_or_refused_as_before(
        text in timestamp_mutated(),
    ) {
        same_reading(&text)?;
    }

    #[test]
    fn digits_in_the_right_places_are_accepted_or_refused_as_before(
        text in "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{0,4})?Z",
    ) {
        same_reading(&text)?;
    }

    #[test]
    fn any_text_is_accepted_or_refused_as_before(
        text in prop_oneof![".{0,30}", "[0-9TZ:.+ -]{8,26}"],
    ) {
        same_reading(&text)?;
    }
}

/// The same instant, old and new: the same text, JSON, seconds and day, and
/// the text reads back to it in both.
fn same_instant(ms: i64) -> Result<(), TestCaseError> {
    let new = Timestamp::from_unix_millis(ms);
    let old = legacy_time::Timestamp::from_unix_millis(ms);
    let text = new.to_string();
    prop_assert_eq!(&text, &old.to_string());
    prop_assert_eq!(
        serde_json::to_string(&new).unwrap(),
        serde_json::to_string(&old).unwrap()
    );
    prop_assert_eq!(new.unix_millis(), ms);
    prop_assert_eq!(new.unix_seconds(), old.unix_seconds());
    prop_assert_eq!(new.utc_day().to_string(), old.utc_day().to_string());
    prop_assert_eq!(
        new.utc_day().days_since_epoch(),
        old.utc_day().days_since_epoch()
    );
    prop_assert_eq!(new_parse(&text), Some(ms));
    prop_assert_eq!(new_parse(&text), old_parse(&text));
    let json = serde_json::to_string(&new).unwrap();
    prop_assert_eq!(serde_json::from_str::<Timestamp>(&json).ok(), Some(new));
    Ok(())
}

/// Both modules accept the text as the same instant, or both refuse it; the
/// same for its first ten bytes as a day.
fn same_reading(text: &str) -> Result<(), TestCaseError> {
    prop_assert_eq!(new_parse(text), old_parse(text), "{:?}", text);
    prop_assert_eq!(new_day(text), old_day(text), "{:?}", text);
    if let Some(date) = text.get(..10) {
        prop_assert_eq!(new_day(date), old_day(date), "{:?}", date);
    }
    Ok(())
}

/// Months and days around their limits across six centuries, leap years and
/// their exceptions (1900, 2000, 2100) included, and every two-digit month
/// and day in a leap year and in a common one: the same dates exist.
#[test]
fn the_same_dates_exist() {
    let near_limits =
        (1800..=2400).flat_map(|y| (0..=13).flat_map(move |m| (0..=32).map(move |d| (y, m, d))));
    let every_number = [2024, 2026]
        .into_iter()
        .flat_map(|y| (0..=99).flat_map(move |m| (0..=99).map(move |d| (y, m, d))));
    for (year, month, day) in near_limits.chain(every_number) {
        let text = format!("{year:04}-{month:02}-{day:02}");
        assert_eq!(new_day(&text), old_day(&text), "{text}");
    }
}

/// Every hour number up to 99, with minutes and seconds around their limit:
/// the same times exist.
#[test]
fn the_same_times_exist() {
    let sixty = || (0..=61).chain([99]);
    for hour in 0..=99 {
        for minute in sixty() {
            for second in sixty() {
                let text = format!("2026-11-24T{hour:02}:{minute:02}:{second:02}Z");
                assert_eq!(new_parse(&text), old_parse(&text), "{text}");
            }
        }
    }
}

/// The bounds above are the instants their names say.
#[test]
fn the_ranges_are_what_they_claim() {
    for (ms, text) in [
        (YEAR_0, "0000-01-01T00:00:00Z"),
        (YEAR_9999_END, "9999-12-31T23:59:59.999Z"),
        (YEAR_MINUS_9999, "-9999-01-01T00:00:00Z"),
    ] {
        assert_eq!(
            legacy_time::Timestamp::from_unix_millis(ms).to_string(),
            text
        );
    }
}
