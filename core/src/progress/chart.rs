//! The chart of pain over time, drawn as SVG by the core so that the screen
//! and the printed plan show the same picture. Colours are attributes with
//! class names, so the app's stylesheet can restyle them for dark mode
//! without the SVG needing a style block (the CSP allows none).

use std::fmt::Write;

use crate::pain::{PainScore, PainZone};
use crate::plan::DailyCheckIn;

const WIDTH: f64 = 640.0;
const HEIGHT: f64 = 260.0;
const LEFT: f64 = 44.0;
/// Room for the zone names, outside the plot so the line never hides them.
const RIGHT: f64 = 100.0;
const TOP: f64 = 12.0;
const BOTTOM: f64 = 40.0;

fn y_of(pain: f64) -> f64 {
    TOP + (10.0 - pain) / 10.0 * (HEIGHT - TOP - BOTTOM)
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A plain-words summary of the chart, for screen readers and its caption.
pub fn describe(check_ins: &[DailyCheckIn]) -> String {
    match (check_ins.first(), check_ins.last()) {
        (Some(first), Some(last)) if check_ins.len() > 1 => {
            let worst = check_ins
                .iter()
                .map(|c| c.pain_now.value())
                .max()
                .unwrap_or(0);
            let best = check_ins
                .iter()
                .map(|c| c.pain_now.value())
                .min()
                .unwrap_or(0);
            format!(
                "Pain now, out of 10, on {} days from {} to {}: first {}, latest {}, lowest {best}, highest {worst}.",
                check_ins.len(), first.day, last.day, first.pain_now.value(), last.pain_now.value()
            )
        }
        (Some(only), _) => format!(
            "Pain now on {}: {} out of 10. The chart grows with each daily check-in.",
            only.day,
            only.pain_now.value()
        ),
        _ => "No daily check-ins yet: the chart starts with your first.".into(),
    }
}

/// The chart as a standalone `<svg>` element. Days without a check-in leave
/// a gap in time but the line joins the days that have one.
pub fn pain_chart(check_ins: &[DailyCheckIn]) -> String {
    let mut svg = String::new();
    let plot_w = WIDTH - LEFT - RIGHT;
    let summary = escape(&describe(check_ins));
    let _ = write!(
        svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" class="pain-chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-label="{summary}" preserveAspectRatio="xMidYMid meet"><title>{summary}</title>"#
    );
    // Whole-number scores, so each band's edge sits half-way between the
    // last score of one zone and the first of the next.
    for zone in PainZone::ALL {
        let (lowest, highest) = zone.scores();
        let low = if lowest == 0 {
            0.0
        } else {
            f64::from(lowest) - 0.5
        };
        let high = if highest == PainScore::MAX {
            10.0
        } else {
            f64::from(highest) + 0.5
        };
        let (class, fill, label) = match zone {
            PainZone::Safe => (
                "zone-safe",
                "#d8f0df",
                format!("{} {}", zone.range(), zone.label()),
            ),
            PainZone::Acceptable => (
                "zone-acceptable",
                "#fcefc7",
                format!("{} {}", zone.range(), zone.label()),
            ),
            PainZone::Stop => (
                "zone-high",
                "#f8d4d0",
                format!("{}: {}", zone.range(), zone.label()),
            ),
        };
        let (y1, y2) = (y_of(high), y_of(low));
        let _ = write!(
            svg,
            r##"<rect class="{class}" x="{LEFT}" y="{y1:.1}" width="{plot_w}" height="{:.1}" fill="{fill}"/><text class="zone-label" x="{:.1}" y="{:.1}" text-anchor="start" font-size="11" fill="#3d3d3d">{label}</text>"##,
            y2 - y1,
            WIDTH - RIGHT + 6.0,
            (y1 + y2) / 2.0 + 4.0,
        );
    }
    for tick in [
        0,
        PainZone::SAFE_UP_TO,
        PainZone::ACCEPTABLE_UP_TO,
        PainScore::MAX,
    ] {
        let y = y_of(f64::from(tick));
        let _ = write!(
            svg,
            r##"<line class="grid" x1="{LEFT}" x2="{:.1}" y1="{y:.1}" y2="{y:.1}" stroke="#9a9a9a" stroke-width="0.5"/><text class="axis" x="{:.1}" y="{:.1}" text-anchor="end" font-size="12" fill="#3d3d3d">{tick}</text>"##,
            WIDTH - RIGHT,
            LEFT - 8.0,
            y + 4.0
        );
    }
    let baseline = y_of(0.0);
    if let (Some(first), Some(last)) = (check_ins.first(), check_ins.last()) {
        let span = first.day.days_until(last.day).max(1) as f64;
        let x_of = |c: &DailyCheckIn| {
            if check_ins.len() == 1 {
                LEFT + plot_w / 2.0
            } else {
                LEFT + first.day.days_until(c.day) as f64 / span * plot_w
            }
        };
        let points: Vec<String> = check_ins
            .iter()
            .map(|c| format!("{:.1},{:.1}", x_of(c), y_of(f64::from(c.pain_now.value()))))
            .collect();
        let _ = write!(
            svg,
            r##"<polyline class="pain-line" points="{}" fill="none" stroke="#1f4e79" stroke-width="2.5" stroke-linejoin="round"/>"##,
            points.join(" ")
        );
        // Dots only while they stay apart; two years of days would be a smear.
        if check_ins.len() <= 120 {
            for point in &points {
                let (x, y) = point.split_once(',').unwrap_or_default();
                let _ = write!(
                    svg,
                    r##"<circle class="pain-point" cx="{x}" cy="{y}" r="3.5" fill="#1f4e79"/>"##
                );
            }
        }
        let labels = if first.day == last.day {
            vec![(first.day, LEFT + plot_w / 2.0, "middle")]
        } else {
            vec![(first.day, LEFT, "start"), (last.day, LEFT + plot_w, "end")]
        };
        for (day, x, anchor) in labels {
            let _ = write!(
                svg,
                r##"<text class="axis" x="{x:.1}" y="{:.1}" text-anchor="{anchor}" font-size="12" fill="#3d3d3d">{day}</text>"##,
                baseline + 18.0
            );
        }
    }
    let _ = write!(
        svg,
        r##"<line class="axis-line" x1="{LEFT}" x2="{:.1}" y1="{baseline:.1}" y2="{baseline:.1}" stroke="#3d3d3d"/><text class="axis" x="12" y="{:.1}" font-size="12" fill="#3d3d3d" transform="rotate(-90 12 {:.1})" text-anchor="middle">pain now</text></svg>"##,
        WIDTH - RIGHT,
        (TOP + baseline) / 2.0,
        (TOP + baseline) / 2.0,
    );
    svg
}
