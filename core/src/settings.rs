//! The person's settings: the emergency number the app tells them to call,
//! the ambulance number of each region the app knows, and the reminders they
//! turned on.

use serde::{Deserialize, Serialize};
use thiserror::Error;
use ts_rs::TS;

mod reminders;

pub use reminders::{
    BreakReminder, ClockTime, ReminderSettings, RoutineReminder, Weekday, BREAK_MINUTES,
    WEEKLY_TARGET,
};

#[derive(Clone, Debug, Error, PartialEq, Eq, Serialize)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum SettingsError {
    #[error("an emergency number can only contain digits, spaces, dashes and a leading +, so `{value}` cannot be used")]
    InvalidCharacters { value: String },
    #[error("an emergency number needs 2 to 15 digits; `{value}` has {digits}")]
    WrongLength { value: String, digits: usize },
    #[error("`{value}` is not a time of day; write it as hours and minutes, like 07:30 or 18:00")]
    NotATime { value: String },
    #[error("choose at least one day for {reminder}, each day once")]
    NoDays { reminder: &'static str },
    #[error("a movement break every {minutes} minutes is not possible; choose between 15 and 180 minutes")]
    BreakGap { minutes: u16 },
    #[error("breaks from {from} until {until} leave no room for one every {minutes} minutes; the end must come at least one gap after the start")]
    BreakWindow {
        from: String,
        until: String,
        minutes: u16,
    },
    #[error("a weekly aim of {target} sessions is not possible; choose between 1 and 14, or leave it empty")]
    WeeklyTarget { target: u8 },
}

impl SettingsError {
    /// The stable code the window branches on (the serialised tag).
    pub fn code(&self) -> &'static str {
        match self {
            SettingsError::InvalidCharacters { .. } => "invalid_characters",
            SettingsError::WrongLength { .. } => "wrong_length",
            SettingsError::NotATime { .. } => "not_a_time",
            SettingsError::NoDays { .. } => "no_days",
            SettingsError::BreakGap { .. } => "break_gap",
            SettingsError::BreakWindow { .. } => "break_window",
            SettingsError::WeeklyTarget { .. } => "weekly_target",
        }
    }
}

/// A phone number the person can dial in an emergency, as they typed it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct EmergencyNumber(String);

impl EmergencyNumber {
    pub fn parse(text: &str) -> Result<Self, SettingsError> {
        let value = text.trim();
        let body = value.strip_prefix('+').unwrap_or(value);
        if body.is_empty()
            || !body
                .chars()
                .all(|c| c.is_ascii_digit() || c == ' ' || c == '-')
        {
            return Err(SettingsError::InvalidCharacters {
                value: value.to_owned(),
            });
        }
        let digits = body.chars().filter(char::is_ascii_digit).count();
        if !(2..=15).contains(&digits) {
            return Err(SettingsError::WrongLength {
                value: value.to_owned(),
                digits,
            });
        }
        Ok(EmergencyNumber(value.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for EmergencyNumber {
    type Error = SettingsError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        EmergencyNumber::parse(&value)
    }
}

impl From<EmergencyNumber> for String {
    fn from(number: EmergencyNumber) -> String {
        number.0
    }
}

/// The region of a locale such as `en_GB.UTF-8`, `de_DE@euro` or `en-US`, in
/// upper case (`GB`, `DE`, `US`); `None` when the locale names none (`C`).
pub fn region_of(locale: &str) -> Option<String> {
    let region = locale
        .split(['.', '@'])
        .next()?
        .split(['_', '-'])
        .nth(1)?
        .to_ascii_uppercase();
    (region.len() == 2 && region.chars().all(|c| c.is_ascii_alphabetic())).then_some(region)
}

/// The number that reaches an ambulance in one region, and who says so.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, TS)]
pub struct RegionalNumber {
    /// ISO 3166-1 alpha-2.
    pub region: &'static str,
    pub name: &'static str,
    pub number: &'static str,
    pub source: &'static str,
}

const EU_112: &str = "European Commission, 112: the single European emergency number (ambulance, fire and police in every EU and EEA country)";

const fn eu(region: &'static str, name: &'static str) -> RegionalNumber {
    RegionalNumber {
        region,
        name,
        number: "112",
        source: EU_112,
    }
}

const fn at(
    region: &'static str,
    name: &'static str,
    number: &'static str,
    source: &'static str,
) -> RegionalNumber {
    RegionalNumber {
        region,
        name,
        number,
        source,
    }
}

/// Ambulance numbers by region. Where a region has a number of its own for
/// an ambulance (Singapore's 995, Switzerland's 144) that number is used, not
/// the police's. A region not listed gets no number at all: the person is
/// asked for theirs, never given a guess. docs/emergency-numbers.md prints
/// this table.
pub static REGIONAL_NUMBERS: &[RegionalNumber] = &[
    eu("AT", "Austria"), eu("BE", "Belgium"), eu("BG", "Bulgaria"), eu("HR", "Croatia"),
    eu("CY", "Cyprus"), eu("CZ", "Czechia"), eu("DK", "Denmark"), eu("EE", "Estonia"),
    eu("FI", "Finland"), eu("FR", "France"), eu("DE", "Germany"), eu("GR", "Greece"),
    eu("HU", "Hungary"), eu("IE", "Ireland"), eu("IT", "Italy"), eu("LV", "Latvia"),
    eu("LT", "Lithuania"), eu("LU", "Luxembourg"), eu("MT", "Malta"), eu("NL", "Netherlands"),
    eu("PL", "Poland"), eu("PT", "Portugal"), eu("RO", "Romania"), eu("SK", "Slovakia"),
    eu("SI", "Slovenia"), eu("ES", "Spain"), eu("SE", "Sweden"), eu("IS", "Iceland"),
    eu("LI", "Liechtenstein"),
    at("NO", "Norway", "113", "Helsedirektoratet (Norwegian Directorate of Health): 113 for medical emergencies; 112 is the police"),
    at("CH", "Switzerland", "144", "Swiss Federal Office of Communications: 144 for an ambulance"),
    at("GB", "United Kingdom", "999", "NHS: call 999 in a medical emergency"),
    at("US", "United States", "911", "US Federal Communications Commission, 911"),
    at("CA", "Canada", "911", "Canadian Radio-television and Telecommunications Commission, 9-1-1"),
    at("MX", "Mexico", "911", "Mexico's national emergency number 911 (Centro Nacional de Información)"),
    at("AU", "Australia", "000", "Australian Government, Triple Zero (000)"),
    at("NZ", "New Zealand", "111", "New Zealand Government: dial 111 in an emergency"),
    at("SG", "Singapore", "995", "Singapore Civil Defence Force: 995 for an emergency ambulance (999 is the police)"),
    at("HK", "Hong Kong", "999", "Hong Kong Fire Services Department: 999 for an ambulance"),
    at("MY", "Malaysia", "999", "Malaysian Emergency Response Services (MERS 999)"),
    at("JP", "Japan", "119", "Fire and Disaster Management Agency of Japan: 119 for an ambulance"),
    at("KR", "South Korea", "119", "National Fire Agency of Korea: 119 for an ambulance"),
    at("TW", "Taiwan", "119", "National Fire Agency, Taiwan: 119 for an ambulance"),
    at("CN", "China", "120", "National Health Commission of China: 120 for medical emergencies"),
    at("IN", "India", "112", "Government of India, Emergency Response Support System: 112 (108 also reaches an ambulance in most states)"),
    at("PH", "Philippines", "911", "Philippine Emergency 911 (Executive Order 56, 2016)"),
    at("BR", "Brazil", "192", "Ministério da Saúde, SAMU 192"),
    at("AR", "Argentina", "107", "Ministerio de Salud de la Nación: 107 for medical emergencies"),
    at("IL", "Israel", "101", "Magen David Adom: 101"),
    at("AE", "United Arab Emirates", "998", "UAE Government portal: 998 for an ambulance"),
    at("ZA", "South Africa", "10177", "South African Government: 10177 for an ambulance (112 from a mobile phone)"),
];

/// The ambulance number for the region of a locale, if the table has it.
pub fn regional_number(locale: &str) -> Option<&'static RegionalNumber> {
    let region = region_of(locale)?;
    REGIONAL_NUMBERS.iter().find(|r| r.region == region)
}

/// The table as Markdown, the way `docs/emergency-numbers.md` shows it.
pub fn regional_numbers_markdown() -> String {
    let mut out = String::from("| region | | number | source |\n|---|---|---|---|\n");
    for r in REGIONAL_NUMBERS {
        out.push_str(&format!(
            "| `{}` | {} | {} | {} |\n",
            r.region, r.name, r.number, r.source
        ));
    }
    out
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    /// `None` until the person chooses one; the locale's default applies meanwhile.
    #[serde(default)]
    pub emergency_number: Option<EmergencyNumber>,
    /// All off by default.
    #[serde(default)]
    pub reminders: ReminderSettings,
}

/// The emergency number as every screen shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct EmergencyNumberView {
    /// The number to show; `None` when none is known.
    pub number: Option<String>,
    /// The person confirmed it or typed it: the home screen stops asking.
    pub confirmed: bool,
    /// The region's ambulance number, where the table knows it.
    pub regional: Option<RegionalNumber>,
}

impl Settings {
    pub fn emergency_number_view(&self, regional: Option<&RegionalNumber>) -> EmergencyNumberView {
        EmergencyNumberView {
            number: self.emergency_number(regional).map(str::to_owned),
            confirmed: self.emergency_number.is_some(),
            regional: regional.copied(),
        }
    }

    /// The number to show: the person's own, or their region's until they
    /// confirm or change it; `None` when neither is known.
    pub fn emergency_number<'a>(&'a self, regional: Option<&'a RegionalNumber>) -> Option<&'a str> {
        self.emergency_number
            .as_ref()
            .map(EmergencyNumber::as_str)
            .or(regional.map(|r| r.number))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_real_emergency_numbers() {
        for ok in ["112", "911", "000", " 999 ", "+44 20 7946 0000", "1-1-2"] {
            assert!(EmergencyNumber::parse(ok).is_ok(), "{ok}");
        }
    }

    #[test]
    fn refuses_nonsense_with_a_reason() {
        assert!(matches!(
            EmergencyNumber::parse("call mum"),
            Err(SettingsError::InvalidCharacters { .. })
        ));
        assert!(matches!(
            EmergencyNumber::parse(""),
            Err(SettingsError::InvalidCharacters { .. })
        ));
        assert!(matches!(
            EmergencyNumber::parse("1"),
            Err(SettingsError::WrongLength { digits: 1, .. })
        ));
        assert!(matches!(
            EmergencyNumber::parse("1234567890123456"),
            Err(SettingsError::WrongLength { .. })
        ));
        assert!(matches!(
            EmergencyNumber::parse("++112"),
            Err(SettingsError::InvalidCharacters { .. })
        ));
    }

    #[test]
    fn the_regional_number_is_the_ambulance_and_never_a_guess() {
        let number = |locale| regional_number(locale).map(|r| r.number);
        assert_eq!(number("en_US.UTF-8"), Some("911"));
        assert_eq!(number("en-GB"), Some("999"));
        assert_eq!(number("en_AU"), Some("000"));
        assert_eq!(number("de_DE.UTF-8@euro"), Some("112"));
        // Singapore's 999 is the police; the ambulance is 995.
        assert_eq!(number("en_SG.UTF-8"), Some("995"));
        assert_eq!(number("nb_NO.UTF-8"), Some("113"));
        // Unknown regions get no number, not 112.
        assert_eq!(number("en_KE.UTF-8"), None);
        assert_eq!(number("C"), None);
        assert_eq!(number(""), None);
        assert_eq!(region_of("pt-BR"), Some("BR".into()));
        assert_eq!(region_of("POSIX"), None);
    }

    #[test]
    fn every_regional_number_is_valid_sourced_and_listed_once() {
        let mut regions: Vec<&str> = REGIONAL_NUMBERS.iter().map(|r| r.region).collect();
        regions.sort_unstable();
        regions.dedup();
        assert_eq!(regions.len(), REGIONAL_NUMBERS.len());
        for r in REGIONAL_NUMBERS {
            EmergencyNumber::parse(r.number).unwrap();
            assert!(r.source.len() > 10 && r.region.len() == 2, "{}", r.region);
        }
    }

    #[test]
    fn the_person_s_own_number_wins_over_the_region_s() {
        let uk = regional_number("en_GB");
        let mut settings = Settings::default();
        assert_eq!(settings.emergency_number(uk), Some("999"));
        assert_eq!(settings.emergency_number(None), None);
        settings.emergency_number = Some(EmergencyNumber::parse("112").unwrap());
        assert_eq!(settings.emergency_number(uk), Some("112"));
    }
}
