//! Each error's `code()` is the tag its JSON carries: the CLI prints the JSON,
//! the window gets the code, and both must say the same.

use serde::Serialize;
use spinewise_core::own_routine::OwnRoutineError;
use spinewise_core::photo::PhotoError;
use spinewise_core::plan::{CheckInError, EndCheckError};
use spinewise_core::settings::SettingsError;
use spinewise_core::time::Day;
use spinewise_core::triage::{QuestionId, TriageError};

fn tag_of(error: &impl Serialize) -> String {
    serde_json::to_value(error).unwrap()["code"]
        .as_str()
        .expect("a code tag")
        .to_owned()
}

#[test]
fn every_code_is_the_serialised_tag() {
    let day = Day::parse("2026-11-25").unwrap();
    let triage = [
        TriageError::PainOutOfRange { value: 11 },
        TriageError::Malformed {
            detail: String::new(),
        },
        TriageError::NotAsked {
            question: QuestionId::Onset,
            condition: "",
        },
        TriageError::Incomplete {
            next: QuestionId::Onset,
        },
    ];
    for e in &triage {
        assert_eq!(e.code(), tag_of(e));
    }
    let settings = [
        SettingsError::InvalidCharacters {
            value: String::new(),
        },
        SettingsError::WrongLength {
            value: String::new(),
            digits: 1,
        },
        SettingsError::NotATime {
            value: String::new(),
        },
        SettingsError::NoDays {
            reminder: "routines",
        },
        SettingsError::BreakGap { minutes: 5 },
        SettingsError::BreakWindow {
            from: String::new(),
            until: String::new(),
            minutes: 30,
        },
        SettingsError::WeeklyTarget { target: 0 },
    ];
    for e in &settings {
        assert_eq!(e.code(), tag_of(e));
    }
    let check_in = [
        CheckInError::Malformed {
            detail: String::new(),
        },
        CheckInError::NotToday { day },
        CheckInError::TooManyActivities,
        CheckInError::BadActivityName,
        CheckInError::RepeatedActivity {
            name: String::new(),
        },
        CheckInError::ClearanceNotConfirmed,
        CheckInError::ExaminedOnOutOfRange { day },
        CheckInError::BadExaminer,
        CheckInError::NothingToClear { reason: "" },
    ];
    for e in &check_in {
        assert_eq!(e.code(), tag_of(e));
    }
    for e in &[
        EndCheckError::NoStoppedSession,
        EndCheckError::AlreadyAnswered,
    ] {
        assert_eq!(e.code(), tag_of(e));
    }
    for e in &[
        PhotoError::TooLarge {
            bytes: 300_000,
            width: 64,
            height: 48,
        },
        PhotoError::TooLargeToRead {
            bytes: 300_000,
            most: 262_144,
        },
        PhotoError::NotAPhoto,
        PhotoError::Damaged { detail: "" },
        PhotoError::BadSize {
            width: 1,
            height: 1,
        },
        PhotoError::NotBase64,
    ] {
        assert_eq!(e.code(), tag_of(e));
    }
    for e in &[
        OwnRoutineError::BadOwnExercise { item: 0 },
        OwnRoutineError::BadPhoto {
            item: 0,
            name: String::new(),
            why: String::new(),
        },
        OwnRoutineError::TooManyPhotos,
        OwnRoutineError::BadDose {
            item: 0,
            name: String::new(),
            why: String::new(),
        },
    ] {
        assert_eq!(e.code(), tag_of(e));
    }
}
