//! Every exercise is drawn with the one figure, as key poses a screen reader
//! can read, and the drawings in `ui/illustrations/` are exactly what the
//! code draws (SPINEWISE_UPDATE_DOCS=1 rewrites them after a change).

use spinewise_core::exercise::figure::{animated_svg, strip_svg, Drawing, FLOOR, WIDTH};
use spinewise_core::exercise::{
    drawing_at, figure_view_at, rung, tempo_at, ExerciseId, Rung, EXERCISES,
};

/// One drawing the app shows: an exercise's, or a rung's that moves
/// differently, with the file it is kept in (without `.svg`) and its name.
struct Drawn {
    file: String,
    name: String,
    id: ExerciseId,
    rung: Rung,
    drawing: Drawing,
}

/// Every drawing: each exercise's, and each rung's of its own.
fn every_drawing() -> Vec<Drawn> {
    let mut all: Vec<Drawn> = Vec::new();
    for e in &EXERCISES {
        for r in Rung::ALL {
            let file = figure_view_at(e.id, r).moving.replace(".svg", "");
            if all.iter().any(|d| d.file == file) {
                continue;
            }
            let at = rung(e, r);
            let name = if at.own_movement {
                at.name
            } else {
                e.name.to_owned()
            };
            all.push(Drawn {
                file,
                name,
                id: e.id,
                rung: r,
                drawing: drawing_at(e.id, r),
            });
        }
    }
    all
}

fn folder() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/illustrations")
}

#[test]
fn every_exercise_has_key_poses_with_captions_and_a_movement() {
    let all = every_drawing();
    assert_eq!(
        all.len(),
        EXERCISES.len() + spinewise_core::exercise::VARIATIONS.len()
    );
    for Drawn {
        file: e,
        drawing: d,
        ..
    } in &all
    {
        let e = format_args!("{e}");
        assert!(d.poses.len() >= 2, "{}: a start and an end at least", e);
        for key in &d.poses {
            assert!(key.caption.len() > 12, "{}: {:?}", e, key.caption);
        }
        assert!(!d.moves.is_empty(), "{}", e);
        for m in &d.moves {
            assert!(m.to < d.poses.len() && m.seconds > 0.0, "{}", e);
        }
        // Every key pose is moved to.
        for n in 0..d.poses.len() {
            assert!(
                n == 0 || d.moves.iter().any(|m| m.to == n),
                "{}: pose {n} is never reached",
                e
            );
        }
    }
}

#[test]
fn no_figure_sinks_through_the_floor_or_leaves_the_scene() {
    for Drawn {
        file: e, drawing, ..
    } in every_drawing()
    {
        for (n, key) in drawing.poses.iter().enumerate() {
            for p in key.pose.extremes() {
                assert!(p.y > -1.5, "{e} pose {n}: a part below the floor ({p:?})");
                assert!(
                    p.y < FLOOR - 3.0,
                    "{e} pose {n}: a part above the scene ({p:?})"
                );
                assert!(
                    p.x > 2.0 && p.x < WIDTH - 2.0,
                    "{e} pose {n}: off the side ({p:?})"
                );
            }
        }
    }
}

/// The SVG files: `<id>.svg` moves, `<id>-poses.svg` shows the key poses
/// side by side, still.
fn rendered() -> Vec<(String, String)> {
    let mut files = Vec::new();
    for d in every_drawing() {
        files.push((
            format!("{}.svg", d.file),
            animated_svg(&d.drawing, &d.file.replace('_', "-"), &d.name),
        ));
        files.push((
            format!("{}-poses.svg", d.file),
            strip_svg(&d.drawing, &d.name),
        ));
    }
    files
}

#[test]
fn each_drawing_has_a_text_alternative_naming_every_key_pose() {
    for Drawn {
        file,
        name,
        drawing: d,
        ..
    } in every_drawing()
    {
        let e = &file;
        let moving = animated_svg(&d, "x", &name);
        let still = strip_svg(&d, &name);
        let title = name.replace('&', "&amp;");
        assert!(
            moving.contains(&format!("<title id=\"x-t\">{title}</title>")),
            "{e}"
        );
        for key in &d.poses {
            let caption = key.caption.replace('&', "&amp;");
            assert!(moving.contains(&caption), "{}: {caption}", e);
            assert!(
                still.contains(&format!("<title>{caption}</title>")),
                "{}: {caption}",
                e
            );
        }
        // Well formed enough for a browser: every group and the svg closed.
        for svg in [&moving, &still] {
            assert_eq!(
                svg.matches("<g").count(),
                svg.matches("</g>").count(),
                "{}",
                e
            );
            assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
        }
    }
}

#[test]
fn the_drawings_in_the_ui_are_the_code_s() {
    let dir = folder();
    let update = std::env::var_os("SPINEWISE_UPDATE_DOCS").is_some();
    for (name, svg) in rendered() {
        let path = dir.join(&name);
        if update {
            std::fs::write(&path, &svg).unwrap();
            continue;
        }
        let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            same_drawing(&on_disk, &svg),
            "ui/illustrations/{name} is out of date; run SPINEWISE_UPDATE_DOCS=1 cargo test -p spinewise-core --test drawings"
        );
    }
}

/// The same drawing, its numbers equal to the tenth they are written to: the
/// trigonometry of another system's maths library (Windows, under this test
/// too) can land a coordinate on the other side of a rounding.
fn same_drawing(a: &str, b: &str) -> bool {
    fn parts(s: &str) -> Vec<Result<f32, String>> {
        let mut out = Vec::new();
        let mut text = String::new();
        let mut number = String::new();
        for c in s.chars() {
            let numeric = c.is_ascii_digit() || c == '.' || (c == '-' && number.is_empty());
            if numeric && (c != '-' || !text.ends_with(|t: char| t.is_alphanumeric())) {
                if number.is_empty() && !text.is_empty() {
                    out.push(Err(std::mem::take(&mut text)));
                }
                number.push(c);
            } else {
                if !number.is_empty() {
                    match number.parse::<f32>() {
                        Ok(n) => out.push(Ok(n)),
                        Err(_) => text.push_str(&number),
                    }
                    number.clear();
                }
                text.push(c);
            }
        }
        if !number.is_empty() {
            out.push(number.parse::<f32>().map_err(|_| number));
        }
        if !text.is_empty() {
            out.push(Err(text));
        }
        out
    }
    let (a, b) = (parts(a), parts(b));
    a.len() == b.len()
        && a.iter().zip(&b).all(|pair| match pair {
            (Ok(x), Ok(y)) => (x - y).abs() <= 0.11,
            (Err(x), Err(y)) => x == y,
            _ => false,
        })
}

#[test]
fn drawings_compare_to_the_tenth_and_no_further() {
    assert!(same_drawing("<line x2=\"12.3\"/>", "<line x2=\"12.4\"/>"));
    assert!(same_drawing("rotate(-90)", "rotate(-90.1)"));
    assert!(!same_drawing("<line x2=\"12.3\"/>", "<line x2=\"12.6\"/>"));
    assert!(!same_drawing("<line x2=\"12\"/>", "<rect x2=\"12\"/>"));
    assert!(!same_drawing("rotate(90)", "rotate(-90)"));
}

#[test]
fn a_repeating_drawing_moves_beat_for_beat_with_the_session_pace() {
    use spinewise_core::exercise::{Dose, Sides};
    // One pass of the drawing is one repetition (two when sides take
    // turns), each move as long as its beat, so the figure does what the
    // cue on screen says.
    for d in every_drawing() {
        let Dose::Reps {
            seconds_per_rep, ..
        } = rung(spinewise_core::exercise::exercise(d.id), d.rung).dose
        else {
            continue;
        };
        let t = tempo_at(d.id, d.rung);
        let parts: u32 = t.beats.iter().map(|b| b.parts).sum();
        let per_part = seconds_per_rep as f32 / parts as f32;
        let reps = if matches!(t.sides, Sides::Alternate { .. }) {
            2
        } else {
            1
        };
        let expected: Vec<f32> = (0..reps)
            .flat_map(|_| t.beats.iter().map(|b| b.parts as f32 * per_part))
            .collect();
        let moves: Vec<f32> = d.drawing.moves.iter().map(|m| m.seconds).collect();
        assert_eq!(moves, expected, "{}", d.file);
    }
}
