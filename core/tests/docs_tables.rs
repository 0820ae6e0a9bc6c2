//! Tables the docs print from the core's data, kept equal to it: the
//! exercise cautions by kind of pain (docs/sessions.md) and the ambulance
//! number of each region (docs/emergency-numbers.md). Run with
//! SPINEWISE_UPDATE_DOCS=1 to rewrite a table that has changed.

mod support;

use spinewise_core::exercise::cautions_markdown;
use spinewise_core::settings::regional_numbers_markdown;
use support::holds;

#[test]
fn docs_sessions_prints_every_caution_by_kind_of_pain() {
    holds("sessions.md", "cautions", &cautions_markdown());
}

#[test]
fn docs_emergency_numbers_prints_every_regional_number() {
    holds(
        "emergency-numbers.md",
        "regional-numbers",
        &regional_numbers_markdown(),
    );
}
