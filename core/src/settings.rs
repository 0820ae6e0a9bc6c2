//! The person's settings: for now, the emergency number the app tells them to call.

use serde::{Deserialize, Serialize};
use thiserror::Error;

#[derive(Clone, Debug, Error, PartialEq, Eq, Serialize)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum SettingsError {
    #[error("an emergency number can only contain digits, spaces, dashes and a leading +, so `{value}` cannot be used")]
    InvalidCharacters { value: String },
    #[error("an emergency number needs 2 to 15 digits; `{value}` has {digits}")]
    WrongLength { value: String, digits: usize },
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

/// The emergency number for the region of a locale such as `en_GB.UTF-8` or
/// `en-US`. 112 works across the European Union and is routed to the local
/// service by most mobile networks elsewhere, so it is the fallback.
pub fn default_emergency_number(locale: &str) -> &'static str {
    let region = locale
        .split(['.', '@'])
        .next()
        .unwrap_or("")
        .split(['_', '-'])
        .nth(1)
        .unwrap_or("")
        .to_ascii_uppercase();
    match region.as_str() {
        "US" | "CA" | "MX" | "PR" | "PH" => "911",
        "GB" | "IE" | "HK" | "MY" | "SG" => "999",
        "AU" => "000",
        "NZ" => "111",
        "JP" | "KR" | "TW" => "119",
        "CN" => "120",
        "IN" => "112",
        "ZA" => "112",
        _ => "112",
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    /// `None` until the person chooses one; the locale's default applies meanwhile.
    #[serde(default)]
    pub emergency_number: Option<EmergencyNumber>,
}

impl Settings {
    pub fn emergency_number_or<'a>(&'a self, default: &'a str) -> &'a str {
        self.emergency_number
            .as_ref()
            .map_or(default, EmergencyNumber::as_str)
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
    fn default_follows_the_locale_region() {
        assert_eq!(default_emergency_number("en_US.UTF-8"), "911");
        assert_eq!(default_emergency_number("en-GB"), "999");
        assert_eq!(default_emergency_number("en_AU"), "000");
        assert_eq!(default_emergency_number("de_DE.UTF-8@euro"), "112");
        assert_eq!(default_emergency_number("C"), "112");
        assert_eq!(default_emergency_number(""), "112");
    }
}
