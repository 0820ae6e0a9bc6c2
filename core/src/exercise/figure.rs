//! The figure every exercise is drawn with: one proportioned person seen from
//! the side (head, torso, two arms and two legs with their joints), posed by
//! the angles of its limbs, and the props it uses (mat, wall, band, bike).
//!
//! A drawing is a few key poses and the moves between them. It is written as
//! SVG by code, so every exercise shares one figure and one style, and the
//! figure moves between its poses with CSS keyframes (no script, no video):
//! each limb is a group rotated about its joint, so a move turns the limbs
//! rather than stretching them. With reduced motion the key poses are drawn
//! side by side, still.
//!
//! Angles are in degrees, measured anticlockwise from pointing right (the way
//! the figure faces), with y up: 90 is straight up, -90 straight down, 180
//! pointing back.

use std::fmt::Write;

/// Lengths of the figure's parts, in the drawing's units (a scene is 240 wide).
const TORSO: f32 = 36.0;
const NECK: f32 = 5.0;
const HEAD: f32 = 8.5;
const UPPER_ARM: f32 = 19.0;
const FOREARM: f32 = 16.0;
const THIGH: f32 = 28.0;
const SHIN: f32 = 27.0;
const FOOT: f32 = 9.0;

/// The scene: its size, and the floor's height from the top.
pub const WIDTH: f32 = 240.0;
pub const HEIGHT: f32 = 150.0;
pub const FLOOR: f32 = 136.0;

/// Where the figure is and how its limbs lie. `hip` is the hip joint: x from
/// the scene's left, y above the floor.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Pose {
    pub hip: (f32, f32),
    /// The lower back: hip to the middle of the spine.
    pub torso: f32,
    /// The upper back: the middle of the spine to the shoulders. Equal to
    /// `torso` for a straight back; apart, the back rounds or arches.
    pub chest: f32,
    /// Shoulder to the centre of the head.
    pub head: f32,
    /// The arm nearer the viewer: shoulder to elbow, elbow to wrist.
    pub near_arm: [f32; 2],
    pub far_arm: [f32; 2],
    /// The leg nearer the viewer: hip to knee, knee to ankle, ankle to toe.
    pub near_leg: [f32; 3],
    pub far_leg: [f32; 3],
}

/// Things the figure uses, drawn behind it and still.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Prop {
    /// An exercise mat on the floor.
    Mat,
    /// A wall behind the figure, its face at this x.
    Wall(f32),
    /// A wall in front of the figure, its face at this x.
    WallAhead(f32),
    /// A firm cushion or low stool: its left edge, width and height.
    Block { x: f32, width: f32, height: f32 },
    /// A band held in the hands and looped round the near foot.
    Band,
    /// A chair, its seat's front edge at this x.
    Chair(f32),
    /// A stationary bike: its crank's centre, the saddle and the bars, as
    /// (x, height above the floor).
    Bike {
        crank: (f32, f32),
        saddle: (f32, f32),
        bar: (f32, f32),
    },
    /// The two rails of an elliptical trainer.
    Elliptical,
    /// Water at this height above the floor.
    Water(f32),
    /// A band anchored at this height on a post at the scene's right.
    AnchoredBand(f32),
}

/// One pose the movement passes through, with the words a screen reader
/// reads for it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct KeyPose {
    pub caption: &'static str,
    pub pose: Pose,
}

impl KeyPose {
    pub fn new(caption: &'static str, pose: Pose) -> Self {
        KeyPose { caption, pose }
    }
}

/// A move of the drawing: to the key pose `to`, over `seconds`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Move {
    pub to: usize,
    pub seconds: f32,
}

/// An exercise as drawn: its key poses, the moves between them and its props.
#[derive(Clone, Debug, PartialEq)]
pub struct Drawing {
    pub poses: Vec<KeyPose>,
    /// The movement, starting from the last move's pose when it repeats, or
    /// from the first pose when it plays once (getting into a hold).
    pub moves: Vec<Move>,
    pub repeats: bool,
    pub props: Vec<Prop>,
}

impl Drawing {
    /// How long one pass of the movement lasts, in seconds.
    pub fn cycle_seconds(&self) -> f32 {
        self.moves.iter().map(|m| m.seconds).sum()
    }

    fn start(&self) -> usize {
        if self.repeats {
            self.moves.last().map_or(0, |m| m.to)
        } else {
            0
        }
    }
}

/// A joint's position in the scene, y up from the floor.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    pub x: f32,
    pub y: f32,
}

/// The angles of a limb of two parts (`first` then `second` long) that
/// reaches from `from` to `to`, its middle joint bent to the left of the line
/// between them (`bend_left`, as a knee bends forward when the figure faces
/// right and reaches down) or to the right. Out of reach, it points straight.
pub fn reach(from: Point, to: Point, first: f32, second: f32, bend_left: bool) -> [f32; 2] {
    let (dx, dy) = (to.x - from.x, to.y - from.y);
    let distance = (dx * dx + dy * dy).sqrt().clamp(0.001, first + second);
    let toward = dy.atan2(dx).to_degrees();
    let cos = ((first * first + distance * distance - second * second) / (2.0 * first * distance))
        .clamp(-1.0, 1.0);
    let at_start = cos.acos().to_degrees();
    let upper = if bend_left {
        toward + at_start
    } else {
        toward - at_start
    };
    let joint = step(from, upper, first);
    let lower = (to.y - joint.y).atan2(to.x - joint.x).to_degrees();
    [upper, lower]
}

/// The leg's and arm's lengths, for `reach`.
pub const LEG: (f32, f32) = (THIGH, SHIN);
pub const ARM: (f32, f32) = (UPPER_ARM, FOREARM);

pub fn point(x: f32, y: f32) -> Point {
    Point { x, y }
}

fn step(from: Point, angle: f32, length: f32) -> Point {
    let r = angle.to_radians();
    Point {
        x: from.x + length * r.cos(),
        y: from.y + length * r.sin(),
    }
}

/// Where each joint of a pose is: used to check a pose (nothing below the
/// floor, nothing outside the scene) and to place a band.
#[derive(Clone, Copy, Debug)]
pub struct Joints {
    pub hip: Point,
    pub shoulder: Point,
    pub head: Point,
    pub near_hand: Point,
    pub far_hand: Point,
    pub near_knee: Point,
    pub near_ankle: Point,
    pub near_toe: Point,
    pub far_knee: Point,
    pub far_toe: Point,
    pub near_elbow: Point,
    pub far_elbow: Point,
    pub far_ankle: Point,
}

impl Pose {
    pub fn joints(&self) -> Joints {
        let hip = Point {
            x: self.hip.0,
            y: self.hip.1,
        };
        let mid = step(hip, self.torso, TORSO / 2.0);
        let shoulder = step(mid, self.chest, TORSO / 2.0);
        let head = step(shoulder, self.head, NECK + HEAD);
        let near_elbow = step(shoulder, self.near_arm[0], UPPER_ARM);
        let far_elbow = step(shoulder, self.far_arm[0], UPPER_ARM);
        let near_knee = step(hip, self.near_leg[0], THIGH);
        let near_ankle = step(near_knee, self.near_leg[1], SHIN);
        let far_knee = step(hip, self.far_leg[0], THIGH);
        let far_ankle = step(far_knee, self.far_leg[1], SHIN);
        Joints {
            hip,
            shoulder,
            head,
            near_elbow,
            far_elbow,
            near_hand: step(near_elbow, self.near_arm[1], FOREARM),
            far_hand: step(far_elbow, self.far_arm[1], FOREARM),
            near_knee,
            near_ankle,
            near_toe: step(near_ankle, self.near_leg[2], FOOT),
            far_knee,
            far_ankle,
            far_toe: step(far_ankle, self.far_leg[2], FOOT),
        }
    }

    /// Every point the figure reaches (joints and the head's edge), for checks.
    pub fn extremes(&self) -> Vec<Point> {
        let j = self.joints();
        vec![
            j.hip,
            j.shoulder,
            Point {
                x: j.head.x,
                y: j.head.y - HEAD,
            },
            Point {
                x: j.head.x,
                y: j.head.y + HEAD,
            },
            j.near_elbow,
            j.far_elbow,
            j.near_hand,
            j.far_hand,
            j.near_knee,
            j.far_knee,
            j.near_ankle,
            j.far_ankle,
            j.near_toe,
            j.far_toe,
        ]
    }

    /// The angles the drawing turns, as each group's own turn: the torso and
    /// legs from the hips, the head and arms from the torso, each lower part
    /// from the part above it.
    fn turns(&self) -> [f32; TURNS] {
        [
            self.torso,
            self.head - self.chest,
            self.near_arm[0] - self.chest,
            self.near_arm[1] - self.near_arm[0],
            self.far_arm[0] - self.chest,
            self.far_arm[1] - self.far_arm[0],
            self.near_leg[0],
            self.near_leg[1] - self.near_leg[0],
            self.near_leg[2] - self.near_leg[1],
            self.far_leg[0],
            self.far_leg[1] - self.far_leg[0],
            self.far_leg[2] - self.far_leg[1],
            self.chest - self.torso,
        ]
    }
}

/// How many groups turn: the lower back, head, two arms of two parts, two
/// legs of three, and the upper back.
const TURNS: usize = 13;

/// The turn nearest to `previous` that points the same way: a move from 170
/// to -170 degrees turns 20 degrees, not 340.
fn nearest(angle: f32, previous: f32) -> f32 {
    let mut a = angle;
    while a - previous > 180.0 {
        a -= 360.0;
    }
    while a - previous < -180.0 {
        a += 360.0;
    }
    a
}

const INK: &str = "#1f6f64";
const FAR_INK: &str = "#8dbdb3";
const PROP: &str = "#9aa9a4";

fn num(value: f32) -> String {
    let rounded = (value * 10.0).round() / 10.0;
    if rounded == rounded.trunc() {
        format!("{rounded:.0}")
    } else {
        format!("{rounded:.1}")
    }
}

/// The groups of the figure, outermost first: (the group's index among the
/// turns, its length before the next joint, its ink), laid out by `figure`.
fn figure(out: &mut String, class: &dyn Fn(usize) -> String, first: &Pose) {
    let turns = first.turns();
    let g = |i: usize| {
        format!(
            "<g class=\"{}\" transform=\"rotate({})\">",
            class(i),
            num(turns[i])
        )
    };
    let limb = |length: f32, ink: &str, width: f32| {
        format!(
            "<line x2=\"{}\" stroke=\"{ink}\" stroke-width=\"{}\" stroke-linecap=\"round\"/>",
            num(length),
            num(width)
        )
    };
    let at = |length: f32| format!("<g transform=\"translate({} 0)\">", num(length));
    // The far leg, then the torso with the far arm behind it, the head and
    // the near arm, then the near leg: nearer parts drawn over farther ones.
    let leg = |out: &mut String, start: usize, ink: &str, widths: [f32; 3]| {
        out.push_str(&g(start));
        out.push_str(&limb(THIGH, ink, widths[0]));
        out.push_str(&at(THIGH));
        out.push_str(&g(start + 1));
        out.push_str(&limb(SHIN, ink, widths[1]));
        out.push_str(&at(SHIN));
        out.push_str(&g(start + 2));
        out.push_str(&limb(FOOT, ink, widths[2]));
        out.push_str("</g></g></g></g></g>");
    };
    leg(out, 9, FAR_INK, [8.5, 7.5, 6.0]);
    // The back in two halves, so that it can round and arch.
    out.push_str(&g(0));
    out.push_str(&limb(TORSO / 2.0, INK, 12.0));
    out.push_str(&at(TORSO / 2.0));
    out.push_str(&g(12));
    out.push_str(&at(TORSO / 2.0));
    out.push_str(&g(4));
    out.push_str(&limb(UPPER_ARM, FAR_INK, 7.0));
    out.push_str(&at(UPPER_ARM));
    out.push_str(&g(5));
    out.push_str(&limb(FOREARM, FAR_INK, 6.0));
    out.push_str("</g></g></g></g>");
    out.push_str(&limb(TORSO / 2.0, INK, 12.0));
    out.push_str(&at(TORSO / 2.0));
    out.push_str(&g(1));
    let _ = write!(
        out,
        "<circle cx=\"{}\" r=\"{}\" fill=\"{INK}\"/>",
        num(NECK + HEAD),
        num(HEAD)
    );
    out.push_str("</g>");
    out.push_str(&g(2));
    out.push_str(&limb(UPPER_ARM, INK, 7.5));
    out.push_str(&at(UPPER_ARM));
    out.push_str(&g(3));
    out.push_str(&limb(FOREARM, INK, 6.5));
    out.push_str("</g></g></g></g>");
    out.push_str("</g></g></g>");
    leg(out, 6, INK, [9.0, 8.0, 6.5]);
}

/// ` class="…"` for a band shown only in its pose, or nothing for a still one.
fn class_attribute(class: Option<&str>) -> String {
    class.map_or(String::new(), |c| format!(" class=\"{c}\""))
}

/// Scene y (down from the top) of a height above the floor.
fn sy(y: f32) -> f32 {
    FLOOR - y
}

/// A band follows the hands, which move: it is drawn once for each pose in
/// `bands` (pose index, and in a moving drawing the class that shows it only
/// while the figure is in that pose, cross-fading between them).
fn props(out: &mut String, drawing: &Drawing, dx: f32, bands: &[(usize, Option<String>)]) {
    let _ = write!(
        out,
        "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"4\" rx=\"2\" fill=\"{PROP}\" opacity=\"0.6\"/>",
        num(dx + 4.0),
        num(FLOOR + 2.0),
        num(WIDTH - 8.0)
    );
    for prop in &drawing.props {
        match *prop {
            Prop::Mat => {
                let _ = write!(
                    out,
                    "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"4\" rx=\"1.5\" fill=\"#6fa89c\" opacity=\"0.55\"/>",
                    num(dx + 18.0),
                    num(FLOOR - 2.0),
                    num(WIDTH - 36.0)
                );
            }
            Prop::Wall(x) => {
                let _ = write!(
                    out,
                    "<rect x=\"{}\" y=\"8\" width=\"8\" height=\"{}\" fill=\"{PROP}\" opacity=\"0.6\"/>",
                    num(dx + x - 8.0),
                    num(FLOOR - 6.0)
                );
            }
            Prop::WallAhead(x) => {
                let _ = write!(
                    out,
                    "<rect x=\"{}\" y=\"8\" width=\"8\" height=\"{}\" fill=\"{PROP}\" opacity=\"0.6\"/>",
                    num(dx + x),
                    num(FLOOR - 6.0)
                );
            }
            Prop::Block { x, width, height } => {
                let _ = write!(
                    out,
                    "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"4\" fill=\"{PROP}\" opacity=\"0.8\"/>",
                    num(dx + x),
                    num(sy(height)),
                    num(width),
                    num(height)
                );
            }
            Prop::Chair(x) => {
                let seat = 32.0;
                let _ = write!(
                    out,
                    "<path d=\"M{} {} h-30 v{} M{} {} v{} M{} {} v-40\" stroke=\"{PROP}\" stroke-width=\"5\" fill=\"none\" stroke-linecap=\"round\"/>",
                    num(dx + x), num(sy(seat)), num(seat),
                    num(dx + x), num(sy(seat)), num(seat),
                    num(dx + x - 30.0), num(sy(seat))
                );
            }
            Prop::Band => {
                for (pose, class) in bands {
                    let j = drawing.poses[*pose].pose.joints();
                    let class = class_attribute(class.as_deref());
                    let _ = write!(
                        out,
                        "<path{class} d=\"M{} {} L{} {} L{} {}\" stroke=\"#c0573e\" stroke-width=\"2.5\" fill=\"none\" stroke-linejoin=\"round\"/>",
                        num(dx + j.near_hand.x), num(sy(j.near_hand.y)),
                        num(dx + j.near_toe.x), num(sy(j.near_toe.y)),
                        num(dx + j.far_hand.x), num(sy(j.far_hand.y))
                    );
                }
            }
            Prop::AnchoredBand(height) => {
                let post = dx + WIDTH - 20.0;
                let _ = write!(
                    out,
                    "<rect x=\"{}\" y=\"{}\" width=\"6\" height=\"{}\" fill=\"{PROP}\"/>",
                    num(post),
                    num(sy(height + 20.0)),
                    num(height + 20.0)
                );
                for (pose, class) in bands {
                    let j = drawing.poses[*pose].pose.joints();
                    let class = class_attribute(class.as_deref());
                    let _ = write!(
                        out,
                        "<line{class} x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#c0573e\" stroke-width=\"2.5\"/>",
                        num(post + 3.0), num(sy(height)),
                        num(dx + j.near_hand.x), num(sy(j.near_hand.y))
                    );
                }
            }
            Prop::Bike { crank, saddle, bar } => {
                // Frame from the floor to the saddle and to the bars, and the
                // flywheel round the crank.
                let _ = write!(
                    out,
                    "<g stroke=\"{PROP}\" stroke-width=\"5\" fill=\"none\" stroke-linecap=\"round\" stroke-linejoin=\"round\">\
                     <path d=\"M{} {} h70 M{} {} L{} {} M{} {} h14 M{} {} L{} {} L{} {} h6\"/>\
                     <circle cx=\"{}\" cy=\"{}\" r=\"15\" stroke-width=\"3\"/></g>",
                    num(dx + crank.0 - 40.0), num(FLOOR),
                    num(dx + crank.0 - 30.0), num(FLOOR), num(dx + saddle.0), num(sy(saddle.1 - 4.0)),
                    num(dx + saddle.0 - 8.0), num(sy(saddle.1 - 4.0)),
                    num(dx + crank.0 + 20.0), num(FLOOR), num(dx + bar.0 - 4.0), num(sy(bar.1)),
                    num(dx + bar.0), num(sy(bar.1)),
                    num(dx + crank.0), num(sy(crank.1))
                );
            }
            Prop::Elliptical => {
                let _ = write!(
                    out,
                    "<g stroke=\"{PROP}\" stroke-width=\"5\" fill=\"none\" stroke-linecap=\"round\">\
                     <path d=\"M{} {} h110 M{} {} l18 -96 h12\"/></g>",
                    num(dx + 60.0), num(FLOOR - 8.0),
                    num(dx + 170.0), num(FLOOR - 8.0)
                );
            }
            Prop::Water(level) => {
                let mut d = format!("M{} {}", num(dx + 6.0), num(sy(level)));
                let mut x = 6.0;
                while x < WIDTH - 14.0 {
                    let _ = write!(d, " q6 -4 12 0 t12 0");
                    x += 24.0;
                }
                let _ = write!(
                    out,
                    "<path d=\"{d}\" stroke=\"#3a82b5\" stroke-width=\"2.5\" fill=\"none\" opacity=\"0.7\"/>"
                );
            }
        }
    }
}

/// The figure in one pose, placed `dx` to the right in a wider strip.
fn still(out: &mut String, drawing: &Drawing, index: usize, dx: f32) {
    let pose = &drawing.poses[index].pose;
    props(out, drawing, dx, &[(index, None)]);
    let _ = write!(
        out,
        "<g transform=\"translate({} {}) scale(1 -1)\"><g transform=\"translate({} {})\">",
        num(dx),
        num(FLOOR),
        num(pose.hip.0),
        num(pose.hip.1)
    );
    figure(out, &|_| "p".to_owned(), pose);
    out.push_str("</g></g>");
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The drawing as one SVG whose figure moves through the key poses: each
/// move in its own time, over and over for repetitions, once for getting
/// into a hold. `id` keeps its animation names apart from any other drawing
/// on the same page. With reduced motion it stays in the first pose.
pub fn animated_svg(drawing: &Drawing, id: &str, title: &str) -> String {
    let mut out = String::new();
    let captions: Vec<&str> = drawing.poses.iter().map(|p| p.caption).collect();
    let _ = write!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {} {}\" width=\"{}\" height=\"{}\" role=\"img\" aria-labelledby=\"{id}-t {id}-d\">\
         <title id=\"{id}-t\">{}</title><desc id=\"{id}-d\">{}</desc>",
        num(WIDTH),
        num(HEIGHT),
        num(WIDTH),
        num(HEIGHT),
        escape(title),
        escape(&captions.join(" Then: "))
    );
    // Keyframes: the pose at the start, then the pose each move ends in, at
    // the share of the cycle where it ends.
    let total = drawing.cycle_seconds().max(0.001);
    let mut frames: Vec<(f32, Pose)> = vec![(0.0, drawing.poses[drawing.start()].pose)];
    let mut at_pose = vec![drawing.start()];
    let mut elapsed = 0.0;
    for m in &drawing.moves {
        elapsed += m.seconds;
        frames.push((elapsed / total * 100.0, drawing.poses[m.to].pose));
        at_pose.push(m.to);
    }
    let mut style = String::new();
    let iterations = if drawing.repeats { "infinite" } else { "1" };
    let _ = write!(
        style,
        ".{id} g{{animation-duration:{}s;animation-iteration-count:{iterations};animation-timing-function:ease-in-out;animation-fill-mode:both}}\
         @media (prefers-reduced-motion: reduce){{.{id} g{{animation:none!important}}}}",
        num(total)
    );
    // The hips' place, then each group's turn, as keyframes of its own.
    let mut previous_turns = frames[0].1.turns();
    let mut turn_frames: Vec<Vec<f32>> = (0..TURNS).map(|i| vec![previous_turns[i]]).collect();
    for (_, pose) in &frames[1..] {
        let turns = pose.turns();
        for i in 0..TURNS {
            let t = nearest(turns[i], previous_turns[i]);
            turn_frames[i].push(t);
            previous_turns[i] = t;
        }
    }
    let moves_hip = frames.iter().any(|(_, p)| p.hip != frames[0].1.hip);
    if moves_hip {
        let _ = write!(style, "@keyframes {id}-h{{");
        for (at, pose) in &frames {
            let _ = write!(
                style,
                "{}%{{transform:translate({}px,{}px)}}",
                num(*at),
                num(pose.hip.0),
                num(pose.hip.1)
            );
        }
        let _ = write!(style, "}}.{id}-h{{animation-name:{id}-h}}");
    }
    for (i, values) in turn_frames.iter().enumerate() {
        if values.iter().all(|v| (v - values[0]).abs() < 0.05) {
            continue;
        }
        let _ = write!(style, "@keyframes {id}-{i}{{");
        for ((at, _), value) in frames.iter().zip(values) {
            let _ = write!(
                style,
                "{}%{{transform:rotate({}deg)}}",
                num(*at),
                num(*value)
            );
        }
        let _ = write!(style, "}}.{id}-{i}{{animation-name:{id}-{i}}}");
    }
    let has_band = drawing
        .props
        .iter()
        .any(|p| matches!(p, Prop::Band | Prop::AnchoredBand(_)));
    let mut bands = Vec::new();
    if has_band {
        for n in 0..drawing.poses.len() {
            let _ = write!(style, "@keyframes {id}-b{n}{{");
            for ((at, _), shown) in frames.iter().zip(&at_pose) {
                let _ = write!(style, "{}%{{opacity:{}}}", num(*at), u8::from(*shown == n));
            }
            let _ = write!(
                style,
                "}}.{id}-b{n}{{animation:{id}-b{n} {}s ease-in-out {iterations} both}}",
                num(total)
            );
            bands.push((n, Some(format!("{id}-b{n}"))));
        }
        // With reduced motion the figure stays in its first pose: so does the band.
        let _ = write!(
            style,
            "@media (prefers-reduced-motion: reduce){{[class^={id}-b]{{animation:none!important;opacity:0}}.{id}-b{}{{opacity:1}}}}",
            drawing.start()
        );
    }
    let _ = write!(out, "<style>{style}</style>");
    props(&mut out, drawing, 0.0, &bands);
    let first = frames[0].1;
    let _ = write!(
        out,
        "<g class=\"{id}\" transform=\"translate(0 {}) scale(1 -1)\"><g class=\"{id}-h\" transform=\"translate({} {})\">",
        num(FLOOR),
        num(first.hip.0),
        num(first.hip.1)
    );
    figure(&mut out, &|i| format!("{id}-{i}"), &first);
    out.push_str("</g></g></svg>");
    out
}

/// The key poses side by side, still, each with its caption as a title a
/// screen reader reads: the drawing for reduced motion, the library and paper.
pub fn strip_svg(drawing: &Drawing, title: &str) -> String {
    let count = drawing.poses.len() as f32;
    let mut out = String::new();
    let _ = write!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {} {}\" width=\"{}\" height=\"{}\" role=\"img\">\
         <title>{}</title>",
        num(WIDTH * count),
        num(HEIGHT),
        num(WIDTH * count),
        num(HEIGHT),
        escape(title)
    );
    for (n, key) in drawing.poses.iter().enumerate() {
        let _ = write!(
            out,
            "<g role=\"img\" aria-label=\"{}\"><title>{}</title>",
            escape(key.caption),
            escape(key.caption)
        );
        still(&mut out, drawing, n, WIDTH * n as f32);
        out.push_str("</g>");
        if n + 1 < drawing.poses.len() {
            let x = WIDTH * (n + 1) as f32;
            let _ = write!(
                out,
                "<line x1=\"{}\" y1=\"20\" x2=\"{}\" y2=\"{}\" stroke=\"{PROP}\" stroke-dasharray=\"3 5\"/>",
                num(x),
                num(x),
                num(FLOOR)
            );
        }
    }
    out.push_str("</svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn standing() -> Pose {
        Pose {
            hip: (120.0, THIGH + SHIN),
            torso: 90.0,
            chest: 90.0,
            head: 90.0,
            near_arm: [-90.0, -90.0],
            far_arm: [-90.0, -90.0],
            near_leg: [-90.0, -90.0, 0.0],
            far_leg: [-90.0, -90.0, 0.0],
        }
    }

    #[test]
    fn a_standing_figure_stands_on_the_floor_with_its_head_on_top() {
        let j = standing().joints();
        assert!(j.near_ankle.y.abs() < 0.01);
        assert!((j.shoulder.y - (THIGH + SHIN + TORSO)).abs() < 0.01);
        assert!(j.head.y > j.shoulder.y);
        assert!((j.near_toe.x - (120.0 + FOOT)).abs() < 0.01);
    }

    #[test]
    fn turns_take_the_short_way_round() {
        assert_eq!(nearest(-170.0, 170.0), 190.0);
        assert_eq!(nearest(10.0, 350.0), 370.0);
        assert_eq!(nearest(45.0, 40.0), 45.0);
    }
}
