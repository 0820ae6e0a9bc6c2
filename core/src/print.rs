//! The recovery plan as one standalone HTML document, laid out for paper: the
//! app prints it, saves it for any browser to print, and the CLI writes it.
//! Everything is inside the file (styles and drawings), so it prints the same
//! anywhere and needs no network.

use std::fmt::Write;

use crate::recovery::PlanView;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Paper {
    A4,
    Letter,
}

impl Paper {
    pub fn parse(text: &str) -> Option<Self> {
        match text.to_ascii_lowercase().as_str() {
            "a4" => Some(Paper::A4),
            "letter" => Some(Paper::Letter),
            _ => None,
        }
    }

    /// US Letter where it is the norm (the US, Canada, Mexico and the
    /// Philippines), A4 everywhere else.
    pub fn for_locale(locale: &str) -> Self {
        match crate::settings::region_of(locale).as_deref() {
            Some("US" | "CA" | "MX" | "PH") => Paper::Letter,
            _ => Paper::A4,
        }
    }

    fn css(self) -> &'static str {
        match self {
            Paper::A4 => "A4",
            Paper::Letter => "letter",
        }
    }
}

/// The drawings, compiled in so the printed plan carries them. They are the
/// same files the app's window shows.
macro_rules! drawings {
    ($($name:literal),* $(,)?) => {
        &[$(($name, include_str!(concat!("../../ui/illustrations/", $name)))),*]
    };
}

static DRAWINGS: &[(&str, &str)] = drawings![
    "modified_plank.svg",
    "bird_dog.svg",
    "dead_bug.svg",
    "glute_bridge.svg",
    "wall_sit.svg",
    "cat_cow.svg",
    "childs_pose.svg",
    "hip_flexor_lunge.svg",
    "hamstring_stretch.svg",
    "walking.svg",
    "brisk_walking.svg",
    "swimming.svg",
    "elliptical.svg",
    "stationary_bike.svg",
    "modified_yoga_pilates.svg",
    "resistance_band_work.svg",
];

pub fn drawing(file: &str) -> Option<&'static str> {
    DRAWINGS
        .iter()
        .find(|(name, _)| *name == file)
        .map(|(_, svg)| *svg)
}

/// Text made safe to place in HTML.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

fn list(out: &mut String, tag: &str, items: impl IntoIterator<Item = impl AsRef<str>>) {
    let _ = write!(out, "<{tag}>");
    for item in items {
        let _ = write!(out, "<li>{}</li>", escape(item.as_ref()));
    }
    let _ = write!(out, "</{tag}>");
}

const STYLE: &str = "
  * { box-sizing: border-box; }
  body { font-family: 'DejaVu Sans', Arial, Helvetica, sans-serif; font-size: 10.5pt; line-height: 1.45; color: #111; margin: 0; }
  h1 { font-size: 20pt; margin: 0 0 2mm; }
  h2 { font-size: 13pt; margin: 6mm 0 2mm; border-bottom: 1.5pt solid #1f6f64; padding-bottom: 1mm; break-after: avoid; page-break-after: avoid; }
  h3 { font-size: 11pt; margin: 3mm 0 1mm; break-after: avoid; page-break-after: avoid; }
  p, li { orphans: 3; widows: 3; }
  ul, ol { margin: 1mm 0 2mm; padding-left: 6mm; }
  .meta { color: #444; margin: 0 0 3mm; }
  .note { border-left: 3pt solid #1f6f64; padding: 1mm 3mm; margin: 3mm 0; }
  .red-flags { border: 2pt solid #a3161b; border-radius: 3mm; padding: 2mm 4mm; margin: 4mm 0; break-inside: avoid; page-break-inside: avoid; }
  .red-flags h2 { color: #a3161b; border-color: #a3161b; margin-top: 1mm; }
  .red-flags .emergency-number { font-size: 12pt; margin: 1mm 0 2mm; }
  .red-flags ul { columns: 2; column-gap: 7mm; font-size: 9.5pt; }
  .red-flags li { break-inside: avoid; page-break-inside: avoid; }
  .phase { break-inside: avoid; page-break-inside: avoid; margin-bottom: 3mm; }
  .phase.current { border: 1.5pt solid #1f6f64; border-radius: 3mm; padding: 1mm 4mm; }
  .badge { display: inline-block; font-size: 8.5pt; font-weight: bold; color: #fff; background: #1f6f64; border-radius: 2mm; padding: 0 2mm; margin-left: 2mm; }
  .routine { break-inside: avoid; page-break-inside: avoid; margin-bottom: 3mm; }
  .exercises { display: grid; grid-template-columns: repeat(4, 1fr); gap: 2mm; }
  .exercise { break-inside: avoid; page-break-inside: avoid; border: 0.75pt solid #bbb; border-radius: 2mm; padding: 1mm 2mm; }
  .exercise svg { width: 100%; height: auto; background: #eef5f3; border-radius: 1.5mm; }
  .exercise p { margin: 0.5mm 0; font-size: 9pt; }
  .progress figure { margin: 2mm 0; break-inside: avoid; page-break-inside: avoid; }
  .progress svg { width: 100%; max-height: 75mm; }
  .progress figcaption { font-size: 9pt; color: #444; }
  .checklist { list-style: none; padding-left: 0; }
  .checklist .box { font-size: 13pt; }
  footer { margin-top: 6mm; color: #444; font-size: 9pt; }
  @media screen { body { max-width: 190mm; margin: 8mm auto; padding: 0 6mm; } }
";

/// The check-ins: the chart, the change since the start, how the plan moved,
/// the latest weekly score and the return checklist.
fn progress(out: &mut String, view: &PlanView) {
    let _ = write!(
        out,
        "<section class=\"progress\"><h2>{}</h2><figure class=\"chart\">",
        escape(view.headings.progress)
    );
    // The chart is the core's own SVG: it escapes its text and loads nothing.
    out.push_str(&view.chart_svg);
    let _ = write!(
        out,
        "<figcaption>{}</figcaption></figure>",
        escape(&view.chart_summary)
    );
    if let Some(change) = &view.change_since_start {
        let _ = write!(
            out,
            "<p><strong>Since you started:</strong> {}</p>",
            escape(&change.message)
        );
    }
    if let Some(verdict) = &view.latest_verdict {
        let _ = write!(
            out,
            "<p><strong>Latest check-in ({}):</strong> {}</p>",
            escape(&verdict.day.to_string()),
            escape(&verdict.message)
        );
    }
    if let Some(weekly) = &view.latest_weekly {
        let _ = write!(
            out,
            "<p><strong>Weekly score ({}):</strong> {}.",
            escape(&weekly.day.to_string()),
            escape(&weekly.peg_score)
        );
        for activity in &weekly.activities {
            let _ = write!(
                out,
                " {}: {} out of 10.",
                escape(&activity.name),
                activity.score.value()
            );
        }
        out.push_str("</p>");
    }
    if !view.changes.is_empty() {
        out.push_str("<h3>How your plan has moved</h3><ul>");
        for change in view.changes.iter().rev().take(10) {
            let _ = write!(
                out,
                "<li>{}: {}</li>",
                escape(&change.day.to_string()),
                escape(&change.reason)
            );
        }
        out.push_str("</ul>");
    }
    out.push_str("<h3>Ready to return to training?</h3><ul class=\"checklist\">");
    for item in &view.checklist.items {
        let _ = write!(
            out,
            "<li><span class=\"box\">{}</span> {}</li>",
            if item.ticked { "&#x2611;" } else { "&#x2610;" },
            escape(item.label)
        );
    }
    let _ = write!(
        out,
        "</ul><p>{}</p></section>",
        escape(view.checklist.message)
    );
}

/// The whole plan as a printable HTML document.
pub fn render(view: &PlanView, paper: Paper) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Spinewise recovery plan</title>\n\
         <style>@page {{ size: {}; margin: 15mm 14mm; }}{STYLE}</style>\n</head>\n<body>\n",
        paper.css()
    );
    let _ = write!(
        out,
        "<h1>{}</h1><p class=\"meta\">Made by Spinewise on {}.",
        escape(view.headings.title),
        view.generated_at.utc_day()
    );
    if let Some(last) = &view.last_result {
        let _ = write!(
            out,
            " Last check: {} ({}). Likely kind of pain: {}.",
            last.completed_at.utc_day(),
            escape(&last.title),
            escape(&last.pain_kind)
        );
    }
    let _ = write!(out, "</p><p class=\"note\">{}</p>", escape(&view.why));
    if let Some(clearance) = &view.clearance {
        let by = clearance
            .examined_by
            .as_deref()
            .map_or_else(String::new, |name| format!(" by {}", escape(name)));
        let _ = write!(
            out,
            "<p class=\"note clearance\"><strong>Cleared to exercise{by} on {}</strong>, for: {}. A new sign still means stopping and checking again.</p>",
            clearance.examined_on,
            escape(&clearance.signs.join("; "))
        );
    }

    let h = &view.headings;
    let _ = write!(
        out,
        "<section class=\"red-flags\"><h2>{}</h2>",
        escape(h.red_flags)
    );
    let _ = write!(
        out,
        "<p class=\"emergency-number\">In an emergency, call <strong>{}</strong>.</p>",
        escape(
            view.emergency_number
                .as_deref()
                .unwrap_or("your local emergency number")
        )
    );
    for group in &view.red_flags {
        let _ = write!(out, "<h3>{}</h3>", escape(group.how_soon));
        list(&mut out, "ul", &group.signs);
    }
    out.push_str("</section>");

    progress(&mut out, view);

    let _ = write!(out, "<section><h2>{}</h2>", escape(h.phases));
    for phase in &view.phases {
        let current = phase.id == view.current;
        let _ = write!(
            out,
            "<div class=\"phase{}\"><h3>{}{}</h3><p>{}</p>",
            if current { " current" } else { "" },
            escape(phase.title),
            if current {
                "<span class=\"badge\">You are here</span>"
            } else {
                ""
            },
            escape(phase.summary)
        );
        list(&mut out, "ul", phase.steps);
        out.push_str("</div>");
    }
    out.push_str("</section>");

    if !view.routines.is_empty() {
        let _ = write!(out, "<section><h2>{}</h2>", escape(h.routines));
        for routine in &view.routines {
            let _ = write!(
                out,
                "<div class=\"routine\"><h3>{} (about {} min)</h3><p>{}</p><div class=\"exercises\">",
                escape(routine.name),
                routine.minutes,
                escape(routine.purpose)
            );
            for e in &routine.exercises {
                let _ = write!(
                    out,
                    "<div class=\"exercise\">{}<p><strong>{}</strong></p><p>{}</p></div>",
                    drawing(e.illustration).unwrap_or(""),
                    escape(e.name),
                    escape(&e.dose.describe())
                );
            }
            out.push_str("</div></div>");
        }
        out.push_str("</section>");
    }

    let _ = write!(out, "<section><h2>{}</h2>", escape(h.see_a_professional));
    list(&mut out, "ul", &view.see_a_professional);
    let _ = write!(out, "</section><section><h2>{}</h2>", escape(h.habits));
    list(&mut out, "ul", view.habits);
    out.push_str("</section>");
    let _ = write!(
        out,
        "<footer><p>Sessions recorded: {}.</p><p>{}</p></footer>\n</body>\n</html>\n",
        view.sessions_done,
        escape(view.not_a_diagnosis)
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercise::EXERCISES;
    use crate::plan::RecoveryPlan;
    use crate::recovery::build;
    use crate::time::Timestamp;

    #[test]
    fn every_exercise_drawing_is_compiled_in() {
        for e in &EXERCISES {
            assert!(
                drawing(e.illustration).is_some_and(|svg| svg.contains("<svg")),
                "{}",
                e.id
            );
        }
    }

    #[test]
    fn paper_follows_the_region() {
        assert_eq!(Paper::for_locale("en_US.UTF-8"), Paper::Letter);
        assert_eq!(Paper::for_locale("en-GB"), Paper::A4);
        assert_eq!(Paper::for_locale(""), Paper::A4);
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(
            escape("<b>\"A&B\"</b>'"),
            "&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;&#39;"
        );
    }

    #[test]
    fn the_document_holds_every_section_and_sets_the_paper() {
        let view = build(
            &RecoveryPlan::default(),
            Timestamp::from_unix_seconds(1_795_542_556),
        );
        let a4 = render(&view, Paper::A4);
        for part in [
            "Your recovery plan",
            "Stop and get help",
            "Your phases",
            "When to see a professional",
            "Habits for the long term",
            "not a",
        ] {
            assert!(a4.contains(part), "{part}");
        }
        assert!(a4.contains("size: A4"));
        assert!(render(&view, Paper::Letter).contains("size: letter"));
        for loader in ["src=", "href=", "url(", "<link", "<script"] {
            assert!(
                !a4.contains(loader),
                "the document loads nothing: found {loader}"
            );
        }
    }
}
