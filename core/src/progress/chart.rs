//! The chart of pain over time, drawn as SVG by the core so that the screen
//! and the printed plan show the same picture. Colours are attributes with
//! class names, so the app's stylesheet can restyle them for dark mode
//! without the SVG needing a style block (the CSP allows none).

use maud::{display, html, Markup};

use crate::pain::{PainScore, PainZone};
use crate::plan::DailyCheckIn;

const WIDTH: f64 = 640.0;
const HEIGHT: f64 = 260.0;
const LEFT: f64 = 44.0;
/// Room for the zone names, outside the plot so the line never hides them.
const RIGHT: f64 = 100.0;
const TOP: f64 = 12.0;
const BOTTOM: f64 = 40.0;
const PLOT_WIDTH: f64 = WIDTH - LEFT - RIGHT;

fn y_of(pain: f64) -> f64 {
    TOP + (10.0 - pain) / 10.0 * (HEIGHT - TOP - BOTTOM)
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
///
/// The window parses it as XML, so every element is written with a body
/// (`rect … {}` renders `<rect …></rect>`): maud's `;` form would leave it
/// unclosed.
pub fn pain_chart(check_ins: &[DailyCheckIn]) -> String {
    let summary = describe(check_ins);
    let baseline = y_of(0.0);
    let middle = (TOP + baseline) / 2.0;
    html! {
        svg xmlns="http://www.w3.org/2000/svg" class="pain-chart"
            viewBox=(format!("0 0 {WIDTH} {HEIGHT}")) role="img" aria-label=(summary)
            preserveAspectRatio="xMidYMid meet" {
            title { (summary) }
            @for zone in PainZone::ALL {
                (zone_band(zone))
            }
            @for tick in [0, PainZone::SAFE_UP_TO, PainZone::ACCEPTABLE_UP_TO, PainScore::MAX] {
                (grid_line(tick))
            }
            (pain_line(check_ins, baseline))
            line class="axis-line" x1=(LEFT) x2=(format!("{:.1}", WIDTH - RIGHT))
                y1=(format!("{baseline:.1}")) y2=(format!("{baseline:.1}")) stroke="#3d3d3d" {}
            text class="axis" x="12" y=(format!("{middle:.1}")) font-size="12" fill="#3d3d3d"
                transform=(format!("rotate(-90 12 {middle:.1})")) text-anchor="middle" {
                "pain now"
            }
        }
    }
    .into_string()
}

/// A zone's coloured band across the plot, and its name to the right.
fn zone_band(zone: PainZone) -> Markup {
    // Whole-number scores, so each band's edge sits half-way between the
    // last score of one zone and the first of the next.
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
    html! {
        rect class=(class) x=(LEFT) y=(format!("{y1:.1}")) width=(PLOT_WIDTH)
            height=(format!("{:.1}", y2 - y1)) fill=(fill) {}
        text class="zone-label" x=(format!("{:.1}", WIDTH - RIGHT + 6.0))
            y=(format!("{:.1}", (y1 + y2) / 2.0 + 4.0)) text-anchor="start" font-size="11"
            fill="#3d3d3d" {
            (label)
        }
    }
}

/// A score's grid line across the plot, and the score on the axis.
fn grid_line(tick: u8) -> Markup {
    let y = y_of(f64::from(tick));
    html! {
        line class="grid" x1=(LEFT) x2=(format!("{:.1}", WIDTH - RIGHT))
            y1=(format!("{y:.1}")) y2=(format!("{y:.1}")) stroke="#9a9a9a" stroke-width="0.5" {}
        text class="axis" x=(format!("{:.1}", LEFT - 8.0)) y=(format!("{:.1}", y + 4.0))
            text-anchor="end" font-size="12" fill="#3d3d3d" {
            (tick)
        }
    }
}

/// The line through the check-ins, their dots and the first and last days.
fn pain_line(check_ins: &[DailyCheckIn], baseline: f64) -> Markup {
    let (Some(first), Some(last)) = (check_ins.first(), check_ins.last()) else {
        return html! {};
    };
    let span = first.day.days_until(last.day).max(1) as f64;
    let x_of = |c: &DailyCheckIn| {
        if check_ins.len() == 1 {
            LEFT + PLOT_WIDTH / 2.0
        } else {
            LEFT + first.day.days_until(c.day) as f64 / span * PLOT_WIDTH
        }
    };
    let points: Vec<(f64, f64)> = check_ins
        .iter()
        .map(|c| (x_of(c), y_of(f64::from(c.pain_now.value()))))
        .collect();
    let line = points
        .iter()
        .map(|(x, y)| format!("{x:.1},{y:.1}"))
        .collect::<Vec<_>>()
        .join(" ");
    let labels = if first.day == last.day {
        vec![(first.day, LEFT + PLOT_WIDTH / 2.0, "middle")]
    } else {
        vec![
            (first.day, LEFT, "start"),
            (last.day, LEFT + PLOT_WIDTH, "end"),
        ]
    };
    html! {
        polyline class="pain-line" points=(line) fill="none" stroke="#1f4e79" stroke-width="2.5"
            stroke-linejoin="round" {}
        // Dots only while they stay apart; two years of days would be a smear.
        @if check_ins.len() <= 120 {
            @for (x, y) in &points {
                circle class="pain-point" cx=(format!("{x:.1}")) cy=(format!("{y:.1}")) r="3.5"
                    fill="#1f4e79" {}
            }
        }
        @for (day, x, anchor) in labels {
            text class="axis" x=(format!("{x:.1}")) y=(format!("{:.1}", baseline + 18.0))
                text-anchor=(anchor) font-size="12" fill="#3d3d3d" {
                (display(day))
            }
        }
    }
}
