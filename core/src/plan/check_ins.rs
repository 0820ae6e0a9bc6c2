//! What the person records between sessions: a short daily check-in, a weekly
//! score (the PEG scale and their own activities), and the return-to-training
//! checklist. Each arrives from the UI as JSON and is checked here, field by
//! field, before anything is stored.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use thiserror::Error;

use super::clearance::MAX_EXAMINER;
use super::{RecoveryPlan, TriageRecord};
use crate::pain::PainScore;
use crate::session::WarningSigns;
use crate::time::{Day, Timestamp};
use crate::triage::LaterSigns;
use ts_rs::TS;

/// Why a check-in was refused. The text is shown to the person.
#[derive(Clone, Debug, Error, PartialEq, Eq, Serialize)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum CheckInError {
    #[error("the check-in could not be read: {detail}")]
    Malformed { detail: String },
    #[error("the date {day} is not today: a check-in is for the day you make it")]
    NotToday { day: Day },
    #[error("the weekly check-in takes at most {MAX_ACTIVITIES} activities")]
    TooManyActivities,
    #[error(
        "each activity needs a name of 1 to {MAX_ACTIVITY_NAME} characters, without line breaks"
    )]
    BadActivityName,
    #[error("the activity \"{name}\" is listed twice")]
    RepeatedActivity { name: String },
    #[error("tick the box to confirm that a professional examined you and said you can exercise")]
    ClearanceNotConfirmed,
    #[error("the examination date {day} is in the future or more than a year ago")]
    ExaminedOnOutOfRange { day: Day },
    #[error("the name of who examined you can have at most {MAX_EXAMINER} characters, without line breaks")]
    BadExaminer,
    #[error("{reason}")]
    NothingToClear { reason: &'static str },
    #[error("say yes to the other warning signs and tick each one you have noticed, or say no and tick none")]
    WarningSignsUnclear,
    #[error("the examination on {day} was before this pain began: a clearance must come from an examination of this pain")]
    ExaminedBeforeThePain { day: Day },
    #[error("your check on {checked_on} said no professional had examined this pain yet, so the examination on {day} was not of it: record the examination you have had since")]
    ExaminedBeforeTheCheck { day: Day, checked_on: Day },
}

impl CheckInError {
    /// The stable code the window branches on (the serialised tag).
    pub fn code(&self) -> &'static str {
        match self {
            CheckInError::Malformed { .. } => "malformed",
            CheckInError::NotToday { .. } => "not_today",
            CheckInError::TooManyActivities => "too_many_activities",
            CheckInError::BadActivityName => "bad_activity_name",
            CheckInError::RepeatedActivity { .. } => "repeated_activity",
            CheckInError::ClearanceNotConfirmed => "clearance_not_confirmed",
            CheckInError::ExaminedOnOutOfRange { .. } => "examined_on_out_of_range",
            CheckInError::BadExaminer => "bad_examiner",
            CheckInError::NothingToClear { .. } => "nothing_to_clear",
            CheckInError::WarningSignsUnclear => "warning_signs_unclear",
            CheckInError::ExaminedBeforeThePain { .. } => "examined_before_the_pain",
            CheckInError::ExaminedBeforeTheCheck { .. } => "examined_before_the_check",
        }
    }
}

/// The Patient-Specific Functional Scale takes up to five activities.
pub const MAX_ACTIVITIES: usize = 5;
pub const MAX_ACTIVITY_NAME: usize = 80;

/// A 0-10 rating that is not pain: the PEG items and the person's activities.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(try_from = "i64", into = "u8")]
#[ts(type = "number")]
pub struct Rating(u8);

impl Rating {
    pub fn value(self) -> u8 {
        self.0
    }
}

impl TryFrom<i64> for Rating {
    type Error = String;

    fn try_from(value: i64) -> Result<Self, Self::Error> {
        match u8::try_from(value) {
            Ok(v) if v <= 10 => Ok(Rating(v)),
            _ => Err(format!("{value} is not a whole number from 0 to 10")),
        }
    }
}

impl From<Rating> for u8 {
    fn from(rating: Rating) -> u8 {
        rating.0
    }
}

/// Did yesterday's pain settle by this morning?
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Settled {
    Yes,
    No,
    /// There was no pain yesterday to settle.
    NoPainYesterday,
}

/// Pain during and after exercise since the last check-in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct ExercisePain {
    pub during: PainScore,
    pub after: PainScore,
}

/// The daily check-in as the person answers it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct DailyAnswers {
    /// Today in the person's time zone.
    pub day: Day,
    pub pain_now: PainScore,
    /// `null` when they did not exercise since the last check-in.
    pub exercise: Option<ExercisePain>,
    pub settled: Settled,
    /// The signs that need care today: any of them ends the check-in with
    /// the emergency result and the number to call.
    pub emergency_signs: WarningSigns,
    /// Any of the other warning signs: it sends them to a new triage.
    pub warning_sign: bool,
    /// Which of the other warning signs, each ticked on its own.
    #[serde(default)]
    pub other_signs: LaterSigns,
}

/// A daily check-in as kept in the plan: one per day, the latest answer wins.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct DailyCheckIn {
    pub day: Day,
    pub recorded_at: Timestamp,
    pub pain_now: PainScore,
    pub exercise: Option<ExercisePain>,
    pub settled: Settled,
    /// Another warning sign, one that calls for a new triage. (Before plan
    /// version 4, any warning sign, emergency ones included, was kept here.)
    pub warning_sign: bool,
    /// Signs that need care today; absent in plans before version 4.
    #[serde(default, skip_serializing_if = "WarningSigns::none")]
    pub emergency_signs: WarningSigns,
    /// Which other warning signs; absent in plans before version 7, whose
    /// `warning_sign` does not say which.
    #[serde(default, skip_serializing_if = "LaterSigns::none")]
    pub other_signs: LaterSigns,
}

impl DailyCheckIn {
    /// The emergency triage this check-in amounts to, dated a millisecond
    /// after it: a sign that needs care today, or another warning sign that
    /// is an emergency together with what the last check found (past cancer
    /// and a new nerve sign, say). The plan then follows that triage, and the
    /// check-in that led to it is history.
    pub fn emergency_triage(&self, plan: &RecoveryPlan) -> Option<TriageRecord> {
        let at = Timestamp::from_unix_millis(self.recorded_at.unix_millis() + 1);
        TriageRecord::from_warning_signs(self.emergency_signs, at, plan.last_triage())
            .or_else(|| plan.escalation(self.other_signs, at))
    }

    /// The highest pain this check-in reports, now or with exercise.
    pub fn worst_pain(&self) -> PainScore {
        let mut worst = self.pain_now;
        if let Some(exercise) = self.exercise {
            worst = worst.max(exercise.during).max(exercise.after);
        }
        worst
    }
}

/// The PEG scale (Krebs et al. 2009): three 0-10 items.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Peg {
    /// Average pain in the past week.
    pub pain: Rating,
    /// How much pain interfered with enjoyment of life.
    pub enjoyment: Rating,
    /// How much pain interfered with general activity.
    pub activity: Rating,
}

impl Peg {
    /// The score is the mean of the three items; kept in tenths so that it
    /// compares exactly.
    pub fn score_tenths(self) -> u16 {
        let sum = u16::from(self.pain.0) + u16::from(self.enjoyment.0) + u16::from(self.activity.0);
        (sum * 10 + 1) / 3
    }
}

/// One of the person's own activities, scored on the Patient-Specific
/// Functional Scale (0 = unable to do it, 10 = as well as before the problem).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct ActivityScore {
    pub name: String,
    pub score: Rating,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct WeeklyAnswers {
    pub day: Day,
    pub peg: Peg,
    /// How stiff the back has been on average this past week, 0-10: the
    /// pain-monitoring model asks that neither pain nor stiffness rise.
    pub stiffness: Rating,
    pub activities: Vec<ActivityScore>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WeeklyCheckIn {
    pub day: Day,
    pub recorded_at: Timestamp,
    pub peg: Peg,
    /// Absent in plans before version 4.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stiffness: Option<Rating>,
    pub activities: Vec<ActivityScore>,
}

/// The seed article's three signs that the back is ready for normal training.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct ReturnCriteria {
    pub daily_activities_pain_free: bool,
    pub full_range_without_discomfort: bool,
    pub no_painkillers_needed: bool,
}

impl ReturnCriteria {
    pub fn all_met(self) -> bool {
        self.daily_activities_pain_free
            && self.full_range_without_discomfort
            && self.no_painkillers_needed
    }
}

/// One change of the checklist as kept in the plan. Every change is kept:
/// when it was made matters, because a setback after it means the ticks must
/// be made again, and replaying the course needs each one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReturnChecklist {
    pub criteria: ReturnCriteria,
    pub updated_at: Timestamp,
}

/// Each criterion's id and the words shown next to its tick box.
pub const RETURN_CRITERIA: [(&str, &str); 3] = [
    (
        "daily_activities_pain_free",
        "My everyday activities (dressing, carrying shopping, sitting at work) are pain-free.",
    ),
    (
        "full_range_without_discomfort",
        "I can bend, twist and reach through my full range without discomfort.",
    ),
    (
        "no_painkillers_needed",
        "I get through the day without painkillers.",
    ),
];

pub(super) fn parse<T: DeserializeOwned>(value: Value) -> Result<T, CheckInError> {
    // serde reads a struct from a list of values too, in field order: a list
    // of three `true`s would tick the checklist. Answers are named, always.
    if !value.is_object() {
        return Err(CheckInError::Malformed {
            detail: "the answers must be a set of named fields".into(),
        });
    }
    serde_path_to_error::deserialize(value).map_err(|e| {
        let path = e.path().to_string();
        let detail = e.into_inner().to_string();
        CheckInError::Malformed {
            detail: if path == "." {
                detail
            } else {
                format!("{path}: {detail}")
            },
        }
    })
}

/// A person's "today" may be a day either side of UTC's, never further.
fn check_today(day: Day, now: Timestamp) -> Result<(), CheckInError> {
    if day.days_until(now.utc_day()).abs() <= 1 {
        Ok(())
    } else {
        Err(CheckInError::NotToday { day })
    }
}

impl DailyCheckIn {
    pub fn from_answers(answers: Value, now: Timestamp) -> Result<Self, CheckInError> {
        let a: DailyAnswers = parse(answers)?;
        check_today(a.day, now)?;
        // A yes must say which sign, so that the plan can act on it; ticks
        // under a no would be a sign the person may have meant.
        if a.warning_sign != a.other_signs.any() {
            return Err(CheckInError::WarningSignsUnclear);
        }
        Ok(DailyCheckIn {
            day: a.day,
            recorded_at: now,
            pain_now: a.pain_now,
            exercise: a.exercise,
            settled: a.settled,
            warning_sign: a.warning_sign,
            emergency_signs: a.emergency_signs,
            other_signs: a.other_signs,
        })
    }
}

impl WeeklyCheckIn {
    pub fn from_answers(answers: Value, now: Timestamp) -> Result<Self, CheckInError> {
        let a: WeeklyAnswers = parse(answers)?;
        check_today(a.day, now)?;
        if a.activities.len() > MAX_ACTIVITIES {
            return Err(CheckInError::TooManyActivities);
        }
        let mut activities: Vec<ActivityScore> = Vec::with_capacity(a.activities.len());
        for activity in a.activities {
            let name = activity.name.trim().to_owned();
            if name.is_empty()
                || name.chars().count() > MAX_ACTIVITY_NAME
                || name.chars().any(char::is_control)
            {
                return Err(CheckInError::BadActivityName);
            }
            if activities
                .iter()
                .any(|a| a.name.to_lowercase() == name.to_lowercase())
            {
                return Err(CheckInError::RepeatedActivity { name });
            }
            activities.push(ActivityScore {
                name,
                score: activity.score,
            });
        }
        Ok(WeeklyCheckIn {
            day: a.day,
            recorded_at: now,
            peg: a.peg,
            stiffness: Some(a.stiffness),
            activities,
        })
    }
}

impl ReturnChecklist {
    pub fn from_answers(answers: Value, now: Timestamp) -> Result<Self, CheckInError> {
        Ok(ReturnChecklist {
            criteria: parse(answers)?,
            updated_at: now,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const NOW: i64 = 1_795_542_556; // 2026-11-24T17:49:16Z

    fn now() -> Timestamp {
        Timestamp::from_unix_seconds(NOW)
    }

    #[test]
    fn a_daily_check_in_is_read_and_stamped() {
        let c = DailyCheckIn::from_answers(
            json!({"day": "2026-11-24", "pain_now": 3, "exercise": {"during": 4, "after": 5},
                   "settled": "no", "emergency_signs": {}, "warning_sign": false}),
            now(),
        )
        .unwrap();
        assert_eq!(c.recorded_at, now());
        assert_eq!(c.settled, Settled::No);
        assert_eq!(c.worst_pain().value(), 5);
    }

    #[test]
    fn bad_daily_answers_are_refused_with_the_field_named() {
        let base = json!({"day": "2026-11-24", "pain_now": 3, "exercise": null,
                          "settled": "yes", "emergency_signs": {}, "warning_sign": false});
        let cases = [
            ("pain_now", json!(11), "pain_now"),
            ("pain_now", json!(-1), "pain_now"),
            ("pain_now", json!("3"), "pain_now"),
            ("exercise", json!({"during": 2}), "after"),
            (
                "exercise",
                json!({"during": 2, "after": 12}),
                "exercise.after",
            ),
            ("settled", json!("maybe"), "settled"),
            ("day", json!("tomorrow"), "day"),
            ("warning_sign", json!("no"), "warning_sign"),
            ("emergency_signs", json!({"fever": true}), "fever"),
            ("emergency_signs", json!(true), "emergency_signs"),
            ("extra", json!(1), "extra"),
        ];
        for (field, value, named) in cases {
            let mut answers = base.clone();
            answers[field] = value.clone();
            let err = DailyCheckIn::from_answers(answers, now()).unwrap_err();
            assert!(err.to_string().contains(named), "{field}={value}: {err}");
        }
        let mut missing = base.clone();
        missing.as_object_mut().unwrap().remove("settled");
        assert!(DailyCheckIn::from_answers(missing, now()).is_err());
        assert!(DailyCheckIn::from_answers(json!([1, 2]), now()).is_err());
    }

    #[test]
    fn a_yes_to_the_other_warning_signs_says_which_and_a_no_ticks_none() {
        let answers = |warning: bool, signs: Value| {
            json!({"day": "2026-11-24", "pain_now": 2, "exercise": null, "settled": "yes",
                   "emergency_signs": {}, "warning_sign": warning, "other_signs": signs})
        };
        for (warning, signs) in [(true, json!({})), (false, json!({"fever": true}))] {
            assert_eq!(
                DailyCheckIn::from_answers(answers(warning, signs), now()).unwrap_err(),
                CheckInError::WarningSignsUnclear
            );
        }
        let c =
            DailyCheckIn::from_answers(answers(true, json!({"weight_loss": true})), now()).unwrap();
        assert!(c.warning_sign && c.other_signs.weight_loss);
        let err = DailyCheckIn::from_answers(answers(true, json!({"sore_toe": true})), now())
            .unwrap_err();
        assert!(err.to_string().contains("sore_toe"), "{err}");
    }

    #[test]
    fn a_check_in_is_for_today_in_any_time_zone() {
        for (day, ok) in [
            ("2026-11-23", true),
            ("2026-11-25", true),
            ("2026-11-22", false),
            ("2027-11-24", false),
        ] {
            let answers = json!({"day": day, "pain_now": 0, "exercise": null,
                                 "settled": "no_pain_yesterday", "emergency_signs": {}, "warning_sign": false});
            assert_eq!(
                DailyCheckIn::from_answers(answers, now()).is_ok(),
                ok,
                "{day}"
            );
        }
    }

    #[test]
    fn a_sign_that_needs_care_today_becomes_an_emergency_triage_just_after_the_check_in() {
        let c = DailyCheckIn::from_answers(
            json!({"day": "2026-11-24", "pain_now": 2, "exercise": null, "settled": "yes",
                   "emergency_signs": {"chest_symptoms": true}, "warning_sign": false}),
            now(),
        )
        .unwrap();
        let triage = c.emergency_triage(&RecoveryPlan::default()).unwrap();
        assert_eq!(triage.outcome.level, crate::TriageLevel::Emergency);
        assert!(triage.completed_at > c.recorded_at);
        let calm = DailyCheckIn::from_answers(
            json!({"day": "2026-11-24", "pain_now": 2, "exercise": null, "settled": "yes",
                   "emergency_signs": {}, "warning_sign": true, "other_signs": {"leg_pain": true}}),
            now(),
        )
        .unwrap();
        assert!(
            calm.emergency_triage(&RecoveryPlan::default()).is_none(),
            "another warning sign goes to a new triage instead"
        );
    }

    #[test]
    fn the_peg_score_is_the_mean_of_its_three_items() {
        let peg = |p, e, a| Peg {
            pain: Rating(p),
            enjoyment: Rating(e),
            activity: Rating(a),
        };
        assert_eq!(peg(6, 5, 4).score_tenths(), 50);
        assert_eq!(peg(6, 5, 5).score_tenths(), 53);
        assert_eq!(peg(6, 6, 5).score_tenths(), 57);
        assert_eq!(peg(10, 10, 10).score_tenths(), 100);
        assert_eq!(peg(0, 0, 0).score_tenths(), 0);
    }

    #[test]
    fn weekly_activities_are_trimmed_counted_and_unique() {
        let weekly = |activities: Value| {
            WeeklyCheckIn::from_answers(
                json!({"day": "2026-11-24", "peg": {"pain": 5, "enjoyment": 4, "activity": 6},
                       "stiffness": 3, "activities": activities}),
                now(),
            )
        };
        let ok = weekly(json!([{"name": "  Tying shoes ", "score": 4}])).unwrap();
        assert_eq!(ok.activities[0].name, "Tying shoes");
        let six: Vec<Value> = (0..6)
            .map(|i| json!({"name": format!("a{i}"), "score": 1}))
            .collect();
        assert_eq!(
            weekly(json!(six)).unwrap_err(),
            CheckInError::TooManyActivities
        );
        assert_eq!(
            weekly(json!([{"name": "  ", "score": 1}])).unwrap_err(),
            CheckInError::BadActivityName
        );
        assert_eq!(
            weekly(json!([{"name": "a\nb", "score": 1}])).unwrap_err(),
            CheckInError::BadActivityName
        );
        assert_eq!(
            weekly(json!([{"name": "x".repeat(81), "score": 1}])).unwrap_err(),
            CheckInError::BadActivityName
        );
        assert!(matches!(
            weekly(json!([{"name": "Run", "score": 1}, {"name": "run", "score": 2}])).unwrap_err(),
            CheckInError::RepeatedActivity { .. }
        ));
        assert!(weekly(json!([{"name": "Run", "score": 11}]))
            .unwrap_err()
            .to_string()
            .contains("score"));
    }

    #[test]
    fn the_checklist_is_met_only_with_all_three() {
        let all = json!({"daily_activities_pain_free": true, "full_range_without_discomfort": true,
                         "no_painkillers_needed": true});
        assert!(ReturnChecklist::from_answers(all.clone(), now())
            .unwrap()
            .criteria
            .all_met());
        for (id, _) in RETURN_CRITERIA {
            let mut one_short = all.clone();
            one_short[id] = json!(false);
            assert!(!ReturnChecklist::from_answers(one_short, now())
                .unwrap()
                .criteria
                .all_met());
        }
    }
}
