//! How each exercise is drawn: its key poses, with a caption a screen reader
//! reads, the moves between them in the exercise's tempo, and its props.
//! Every drawing uses the one figure of `figure.rs`; where a hand or a foot
//! must stay put (planted on the floor, on a pedal, on a handle) the limb is
//! solved to reach it, so the figure never floats or sinks. The rungs that
//! move differently have drawings of their own in `rungs.rs`.

pub(crate) mod rungs;

use super::figure::{point, reach, Drawing, KeyPose, Move, Point, Pose, Prop, ARM, LEG};
use super::ExerciseId;

/// Standing tall: back straight, head level, arms by the sides, feet flat.
fn standing(x: f32) -> Pose {
    Pose {
        hip: (x, 58.0),
        torso: 90.0,
        chest: 90.0,
        head: 90.0,
        near_arm: [-90.0, -90.0],
        far_arm: [-90.0, -90.0],
        near_leg: [-90.0, -90.0, 0.0],
        far_leg: [-90.0, -90.0, 0.0],
    }
}

/// Lying on the back, head to the right, legs long, arms by the sides.
fn lying(x: f32) -> Pose {
    Pose {
        hip: (x, 6.5),
        torso: 0.0,
        chest: 0.0,
        head: 8.0,
        near_arm: [184.0, 182.0],
        far_arm: [184.0, 182.0],
        near_leg: [181.0, 180.0, 90.0],
        far_leg: [181.0, 180.0, 90.0],
    }
}

/// On hands and knees: knees under the hips, hands under the shoulders,
/// back flat. `chest_bend` rounds the upper back up (positive) or lets it
/// sag (negative) with the lower back following the other way.
fn all_fours(bend: f32) -> Pose {
    let hip = point(88.0, 32.0);
    let tilt = 8.0;
    let mut pose = Pose {
        hip: (hip.x, hip.y),
        torso: tilt + bend,
        chest: tilt - bend,
        head: tilt - 6.0,
        near_arm: [-90.0, -90.0],
        far_arm: [-90.0, -90.0],
        near_leg: [-90.0, 180.0, 182.0],
        far_leg: [-90.0, 180.0, 182.0],
    };
    let hand = point(126.0, 3.5);
    let arm = reach(pose.joints().shoulder, hand, ARM.0, ARM.1, false);
    pose.near_arm = arm;
    pose.far_arm = arm;
    pose
}

/// A leg reaching from the hips to a foot placed at `ankle`, the knee
/// bending forward (towards the way the figure faces) or back.
fn leg_to(pose: &Pose, ankle: Point, knee_forward: bool, foot: f32) -> [f32; 3] {
    let hip = point(pose.hip.0, pose.hip.1);
    let [thigh, shin] = reach(hip, ankle, LEG.0, LEG.1, knee_forward);
    [thigh, shin, foot]
}

/// An arm reaching from the shoulder to a hand placed at `hand`.
fn arm_to(pose: &Pose, hand: Point, elbow_up: bool) -> [f32; 2] {
    reach(pose.joints().shoulder, hand, ARM.0, ARM.1, elbow_up)
}

fn moves(list: &[(usize, f32)]) -> Vec<Move> {
    list.iter()
        .map(|&(to, seconds)| Move { to, seconds })
        .collect()
}

/// Getting into a hold: from the first pose to the second, once.
fn into_hold(poses: Vec<KeyPose>, props: Vec<Prop>) -> Drawing {
    Drawing {
        poses,
        moves: moves(&[(1, 2.5)]),
        repeats: false,
        props,
    }
}

fn modified_plank() -> Drawing {
    // Knees and forearms down; the body one line from knee to head.
    let knee = point(72.0, 4.0);
    let line: f32 = 19.0;
    let hold = {
        let thigh: f32 = 180.0 + line;
        let hip = point(
            knee.x - LEG.0 * thigh.to_radians().cos(),
            knee.y - LEG.0 * thigh.to_radians().sin(),
        );
        let mut p = Pose {
            hip: (hip.x, hip.y),
            torso: line,
            chest: line,
            head: line,
            near_arm: [-90.0, 0.0],
            far_arm: [-90.0, 0.0],
            near_leg: [thigh, 180.0, 184.0],
            far_leg: [thigh, 180.0, 184.0],
        };
        let shoulder = p.joints().shoulder;
        let arm = arm_to(&p, point(shoulder.x + 15.0, 3.5), false);
        p.near_arm = arm;
        p.far_arm = arm;
        p
    };
    let mut rest = hold;
    rest.hip = (hold.hip.0 + 4.0, 4.5);
    rest.torso = 36.0;
    rest.chest = 22.0;
    rest.head = 18.0;
    let thigh = (knee.y - rest.hip.1)
        .atan2(knee.x - rest.hip.0)
        .to_degrees();
    rest.near_leg[0] = thigh;
    rest.far_leg[0] = thigh;
    into_hold(
        vec![
            KeyPose::new(
                "Forearms and knees on the mat, elbows under the shoulders, hips resting down",
                rest,
            ),
            KeyPose::new(
                "Hips lifted: one straight line from the head to the knees, held",
                hold,
            ),
        ],
        vec![Prop::Mat],
    )
}

fn bird_dog() -> Drawing {
    let base = all_fours(0.0);
    let shoulder_tilt = base.chest;
    let mut near_arm_far_leg = base;
    near_arm_far_leg.near_arm = [shoulder_tilt, shoulder_tilt];
    near_arm_far_leg.far_leg = [
        180.0 + shoulder_tilt,
        180.0 + shoulder_tilt,
        185.0 + shoulder_tilt,
    ];
    let mut far_arm_near_leg = base;
    far_arm_near_leg.far_arm = [shoulder_tilt, shoulder_tilt];
    far_arm_near_leg.near_leg = [
        180.0 + shoulder_tilt,
        180.0 + shoulder_tilt,
        185.0 + shoulder_tilt,
    ];
    Drawing {
        poses: vec![
            KeyPose::new("On hands and knees, back flat", base),
            KeyPose::new(
                "One arm reaches forward and the opposite leg back, level with the back",
                near_arm_far_leg,
            ),
            KeyPose::new("Then the other arm and the other leg", far_arm_near_leg),
        ],
        // Reach, pause, return; then the other side: two repetitions.
        moves: moves(&[(1, 1.0), (1, 2.0), (0, 1.0), (2, 1.0), (2, 2.0), (0, 1.0)]),
        repeats: true,
        props: vec![Prop::Mat],
    }
}

fn dead_bug() -> Drawing {
    let mut table = lying(84.0);
    table.near_arm = [92.0, 92.0];
    table.far_arm = [88.0, 88.0];
    table.near_leg = [90.0, 180.0, 100.0];
    table.far_leg = [92.0, 182.0, 102.0];
    let mut near_arm_far_leg = table;
    near_arm_far_leg.near_arm = [10.0, 8.0];
    near_arm_far_leg.far_leg = [176.0, 180.0, 95.0];
    let mut far_arm_near_leg = table;
    far_arm_near_leg.far_arm = [10.0, 8.0];
    far_arm_near_leg.near_leg = [176.0, 180.0, 95.0];
    Drawing {
        poses: vec![
            KeyPose::new("On the back, knees bent at right angles above the hips, arms pointing at the ceiling", table),
            KeyPose::new("One arm lowers behind the head and the opposite leg straightens towards the floor", near_arm_far_leg),
            KeyPose::new("Back to the start, then the other arm and leg", far_arm_near_leg),
        ],
        // Two seconds down, a pause, two back (the tempo), one side then the other.
        moves: moves(&[(1, 2.0), (1, 1.0), (0, 2.0), (2, 2.0), (2, 1.0), (0, 2.0)]),
        repeats: true,
        props: vec![Prop::Mat],
    }
}

fn glute_bridge() -> Drawing {
    let ankle = point(62.0, 4.0);
    let mut down = lying(92.0);
    down.near_leg = leg_to(&down, ankle, false, 182.0);
    down.far_leg = down.near_leg;
    // Shoulders stay down and the feet stay planted: the hips rise until
    // shoulders, hips and knees make one line.
    let shoulder = down.joints().shoulder;
    let mut up = down;
    let mut best = (f32::MAX, up);
    for tenth in 1400..1800 {
        let back = tenth as f32 / 10.0;
        let r = back.to_radians();
        let hip = point(shoulder.x + 36.0 * r.cos(), shoulder.y + 36.0 * r.sin());
        let knee = point(shoulder.x + 64.0 * r.cos(), shoulder.y + 64.0 * r.sin());
        let shin = ((knee.x - ankle.x).powi(2) + (knee.y - ankle.y).powi(2)).sqrt();
        let err = (shin - LEG.1).abs();
        if err < best.0 {
            let mut p = up;
            p.hip = (hip.x, hip.y);
            p.torso = back - 180.0;
            p.chest = back - 180.0;
            p.head = 10.0;
            p.near_leg = [
                back,
                (ankle.y - knee.y).atan2(ankle.x - knee.x).to_degrees(),
                182.0,
            ];
            p.far_leg = p.near_leg;
            best = (err, p);
        }
    }
    up = best.1;
    Drawing {
        poses: vec![
            KeyPose::new(
                "On the back, knees bent, feet flat and hip-width apart",
                down,
            ),
            KeyPose::new(
                "Buttocks squeezed, hips lifted until shoulders, hips and knees are in line",
                up,
            ),
        ],
        moves: moves(&[(1, 1.0), (1, 1.0), (0, 2.0)]),
        repeats: true,
        props: vec![Prop::Mat],
    }
}

fn wall_sit() -> Drawing {
    wall_sit_to(
        31.0,
        36.0,
        "Slid down until the knees are bent to about a chair's height, back flat on the wall",
    )
}

/// Sliding down the wall until the hips are `hip` above the floor, the feet
/// `reach` in front of the wall.
fn wall_sit_to(hip: f32, reach: f32, caption: &'static str) -> Drawing {
    let wall = 60.0;
    let mut stand = standing(wall + 6.0);
    stand.near_leg = [-84.0, -96.0, 0.0];
    stand.far_leg = stand.near_leg;
    let mut sit = stand;
    sit.hip = (wall + 6.0, hip);
    let ankle = point(wall + reach, 4.0);
    sit.near_leg = leg_to(&sit, ankle, true, 0.0);
    sit.far_leg = sit.near_leg;
    sit.near_arm = [-60.0, -20.0];
    sit.far_arm = [-60.0, -20.0];
    into_hold(
        vec![
            KeyPose::new("Back against the wall, feet a step in front", stand),
            KeyPose::new(caption, sit),
        ],
        vec![Prop::Wall(wall)],
    )
}

fn cat_cow() -> Drawing {
    let mut cat = all_fours(16.0);
    cat.head = -70.0;
    let mut cow = all_fours(-12.0);
    cow.head = 35.0;
    Drawing {
        poses: vec![
            KeyPose::new(
                "Cat: breathing out, the back rounds up towards the ceiling and the head drops",
                cat,
            ),
            KeyPose::new(
                "Cow: breathing in, the stomach sinks and the chest and gaze lift",
                cow,
            ),
        ],
        moves: moves(&[(1, 2.5), (0, 2.5)]),
        repeats: true,
        props: vec![Prop::Mat],
    }
}

fn childs_pose() -> Drawing {
    let knee = point(122.0, 4.0);
    let ankle = point(95.0, 4.0);
    let mut kneel = Pose {
        hip: (98.0, 30.0),
        torso: 90.0,
        chest: 90.0,
        head: 90.0,
        near_arm: [-90.0, -90.0],
        far_arm: [-90.0, -90.0],
        near_leg: [0.0, 180.0, 182.0],
        far_leg: [0.0, 180.0, 182.0],
    };
    kneel.hip = (ankle.x + 2.0, 18.0);
    let thigh = (knee.y - kneel.hip.1)
        .atan2(knee.x - kneel.hip.0)
        .to_degrees();
    kneel.near_leg[0] = thigh;
    kneel.far_leg[0] = thigh;
    // Hips back over the heels, the back long and sloping down to the
    // forehead on the mat.
    let mut fold = kneel;
    fold.torso = 2.0;
    fold.chest = -14.0;
    fold.head = -26.0;
    let shoulder = fold.joints().shoulder;
    let arm = arm_to(&fold, point(shoulder.x + 32.0, 3.5), true);
    fold.near_arm = arm;
    fold.far_arm = arm;
    into_hold(
        vec![
            KeyPose::new("Kneeling, sitting back towards the heels", kneel),
            KeyPose::new("Folded forward, chest resting towards the thighs, arms long in front, forehead down", fold),
        ],
        vec![Prop::Mat],
    )
}

fn hip_flexor_lunge() -> Drawing {
    // The near leg kneels behind; the far foot is planted in front.
    let back_knee = point(96.0, 4.0);
    let front_ankle = point(146.0, 4.0);
    let mut start = Pose {
        hip: (104.0, 31.0),
        torso: 90.0,
        chest: 90.0,
        head: 90.0,
        near_arm: [-80.0, -60.0],
        far_arm: [-70.0, -40.0],
        near_leg: [0.0, 180.0, 182.0],
        far_leg: [0.0, -90.0, 0.0],
    };
    let thigh = (back_knee.y - start.hip.1)
        .atan2(back_knee.x - start.hip.0)
        .to_degrees();
    start.near_leg[0] = thigh;
    start.far_leg = leg_to(&start, front_ankle, true, 0.0);
    let mut stretch = start;
    stretch.hip = (114.0, 27.5);
    let thigh = (back_knee.y - stretch.hip.1)
        .atan2(back_knee.x - stretch.hip.0)
        .to_degrees();
    stretch.near_leg[0] = thigh;
    stretch.far_leg = leg_to(&stretch, front_ankle, true, 0.0);
    into_hold(
        vec![
            KeyPose::new(
                "Half-kneeling: back knee on the mat, front foot flat, body upright",
                start,
            ),
            KeyPose::new(
                "Hips eased forward until a stretch is felt at the front of the back hip",
                stretch,
            ),
        ],
        vec![Prop::Mat],
    )
}

/// Lying on the back, the far knee bent and its foot flat on the floor, as
/// the hamstring stretch's steps start ("both knees bent").
fn other_knee_bent(pose: &Pose) -> [f32; 3] {
    let hip = point(pose.hip.0, pose.hip.1);
    leg_to(pose, point(hip.x - 30.0, 4.0), false, 182.0)
}

fn hamstring_stretch() -> Drawing {
    let mut bent = lying(96.0);
    bent.near_leg = [95.0, -20.0, 60.0];
    bent.far_leg = other_knee_bent(&bent);
    let mut raised = bent;
    raised.near_leg = [98.0, 98.0, 10.0];
    let foot = raised.joints().near_toe;
    let hand = point(foot.x + 10.0, foot.y - 24.0);
    raised.near_arm = arm_to(&raised, hand, true);
    raised.far_arm = raised.near_arm;
    let knee = bent.joints().near_ankle;
    bent.near_arm = arm_to(&bent, point(knee.x + 6.0, knee.y - 4.0), true);
    bent.far_arm = bent.near_arm;
    into_hold(
        vec![
            KeyPose::new("On the back, a band around one foot, that knee bent", bent),
            KeyPose::new("The leg straightened up, held by the band until the back of the thigh stretches gently", raised),
        ],
        vec![Prop::Mat, Prop::Band],
    )
}

/// A walking stride, the near leg forward by `stride` degrees, the arms
/// swinging against the legs; `bent_arms` for a brisk walk.
fn stride(stride: f32, bent_arms: bool) -> [Pose; 2] {
    let swing = |forward: bool| -> [f32; 3] {
        if forward {
            [-90.0 + stride, -90.0 + stride, stride * 0.5]
        } else {
            [-90.0 - stride, -90.0 - stride * 1.4, -10.0]
        }
    };
    let arm = |forward: bool| -> [f32; 2] {
        let upper = if forward {
            -90.0 + stride
        } else {
            -90.0 - stride
        };
        if bent_arms {
            [upper, upper + 90.0]
        } else {
            [upper, upper + 10.0]
        }
    };
    let drop = 55.0 * (1.0 - stride.to_radians().cos());
    let mut a = standing(120.0);
    a.hip = (120.0, 58.0 - drop);
    a.torso = 88.0;
    a.chest = 88.0;
    a.near_leg = swing(true);
    a.far_leg = swing(false);
    a.near_arm = arm(false);
    a.far_arm = arm(true);
    let mut b = a;
    b.near_leg = swing(false);
    b.far_leg = swing(true);
    b.near_arm = arm(true);
    b.far_arm = arm(false);
    [a, b]
}

fn walking(brisk: bool) -> Drawing {
    let [a, b] = stride(if brisk { 24.0 } else { 18.0 }, brisk);
    let beat = if brisk { 0.5 } else { 0.65 };
    Drawing {
        poses: vec![
            KeyPose::new(
                if brisk {
                    "A long, quick step, arms bent and swinging"
                } else {
                    "An easy step, the arm opposite the front leg swinging forward"
                },
                a,
            ),
            KeyPose::new("The next step, on the other leg", b),
        ],
        moves: moves(&[(1, beat), (0, beat)]),
        repeats: true,
        props: Vec::new(),
    }
}

fn swimming() -> Drawing {
    let level = 70.0;
    let mut a = lying(84.0);
    a.hip = (84.0, level - 6.0);
    a.head = 12.0;
    a.near_arm = [0.0, 0.0];
    a.far_arm = [-70.0, -100.0];
    a.near_leg = [186.0, 182.0, 185.0];
    a.far_leg = [176.0, 178.0, 175.0];
    let mut b = a;
    b.near_arm = [-70.0, -100.0];
    b.far_arm = [0.0, 0.0];
    b.near_leg = a.far_leg;
    b.far_leg = a.near_leg;
    Drawing {
        poses: vec![
            KeyPose::new("Front crawl: one arm reaches forward while the other pulls under the body, legs kicking gently", a),
            KeyPose::new("The arms change over", b),
        ],
        moves: moves(&[(1, 0.9), (0, 0.9)]),
        repeats: true,
        props: vec![Prop::Water(level)],
    }
}

fn elliptical() -> Drawing {
    let tread = 12.0;
    let handle = point(172.0, 84.0);
    let pose = |near_forward: bool| {
        let mut p = standing(120.0);
        p.hip = (120.0, 64.0);
        p.torso = 86.0;
        p.chest = 86.0;
        let (near, far) = if near_forward {
            (point(134.0, tread), point(108.0, tread + 6.0))
        } else {
            (point(108.0, tread + 6.0), point(134.0, tread))
        };
        p.near_leg = leg_to(&p, near, true, 0.0);
        p.far_leg = leg_to(&p, far, true, 0.0);
        let (near_hand, far_hand) = if near_forward {
            (
                point(handle.x - 16.0, handle.y - 6.0),
                point(handle.x - 4.0, handle.y),
            )
        } else {
            (
                point(handle.x - 4.0, handle.y),
                point(handle.x - 16.0, handle.y - 6.0),
            )
        };
        p.near_arm = arm_to(&p, near_hand, false);
        p.far_arm = arm_to(&p, far_hand, false);
        p
    };
    Drawing {
        poses: vec![
            KeyPose::new(
                "Upright on the pedals, hands on the handles, one foot forward",
                pose(true),
            ),
            KeyPose::new(
                "The feet glide round and change over, arms pushing and pulling",
                pose(false),
            ),
        ],
        moves: moves(&[(1, 0.7), (0, 0.7)]),
        repeats: true,
        props: vec![Prop::Elliptical],
    }
}

fn stationary_bike() -> Drawing {
    let crank = point(124.0, 24.0);
    let radius = 11.0;
    let bar = point(156.0, 74.0);
    let at = |degrees: f32| {
        let r = degrees.to_radians();
        point(crank.x + radius * r.cos(), crank.y + radius * r.sin())
    };
    let pose = |angle: f32| {
        let mut p = standing(104.0);
        p.hip = (104.0, 66.0);
        p.torso = 62.0;
        p.chest = 60.0;
        p.head = 70.0;
        p.near_leg = leg_to(&p, at(angle), true, -10.0);
        p.far_leg = leg_to(&p, at(angle + 180.0), true, -10.0);
        let arm = arm_to(&p, bar, false);
        p.near_arm = arm;
        p.far_arm = arm;
        p
    };
    Drawing {
        poses: vec![
            KeyPose::new(
                "Seated on the bike, back long, hands resting on the bars, near foot at the top",
                pose(90.0),
            ),
            KeyPose::new("Pedalling round", pose(0.0)),
            KeyPose::new("Near foot at the bottom", pose(-90.0)),
            KeyPose::new("And back up to the top", pose(180.0)),
        ],
        moves: moves(&[(1, 0.3), (2, 0.3), (3, 0.3), (0, 0.3)]),
        repeats: true,
        props: vec![Prop::Bike {
            crank: (crank.x, crank.y),
            saddle: (104.0, 66.0),
            bar: (bar.x, bar.y),
        }],
    }
}

fn yoga() -> Drawing {
    let stand = standing(120.0);
    let mut reach = stand;
    // Seen from the side, arms raised overhead pass beside the head: a
    // little forward of it, so that neither crosses the face.
    reach.near_arm = [76.0, 84.0];
    reach.far_arm = [70.0, 80.0];
    reach.head = 92.0;
    Drawing {
        poses: vec![
            KeyPose::new("Standing tall, arms relaxed", stand),
            KeyPose::new(
                "Breathing in, the arms rise overhead; breathing out, they lower",
                reach,
            ),
        ],
        moves: moves(&[(1, 3.0), (0, 3.0)]),
        repeats: true,
        props: vec![Prop::Mat],
    }
}

fn band_rows() -> Drawing {
    let mut out = standing(96.0);
    out.near_leg = [-86.0, -94.0, 0.0];
    out.far_leg = [-94.0, -86.0, 0.0];
    out.near_arm = [2.0, 0.0];
    out.far_arm = [2.0, 0.0];
    // A row: the elbows go back past the body, the hands stay in front of
    // the ribs, so the band never crosses the figure.
    let mut back = out;
    back.near_arm = [-120.0, 10.0];
    back.far_arm = [-120.0, 10.0];
    Drawing {
        poses: vec![
            KeyPose::new(
                "Standing tall, holding the band with arms straight in front",
                out,
            ),
            KeyPose::new("Elbows drawn back, shoulder blades squeezed together", back),
        ],
        moves: moves(&[(1, 1.0), (1, 1.0), (0, 1.0)]),
        repeats: true,
        props: vec![Prop::AnchoredBand(out.joints().near_hand.y)],
    }
}

/// The drawing of an exercise.
pub fn drawing(id: ExerciseId) -> Drawing {
    use ExerciseId as Id;
    match id {
        Id::ModifiedPlank => modified_plank(),
        Id::BirdDog => bird_dog(),
        Id::DeadBug => dead_bug(),
        Id::GluteBridge => glute_bridge(),
        Id::WallSit => wall_sit(),
        Id::CatCow => cat_cow(),
        Id::ChildsPose => childs_pose(),
        Id::HipFlexorLunge => hip_flexor_lunge(),
        Id::HamstringStretch => hamstring_stretch(),
        Id::Walking => walking(false),
        Id::BriskWalking => walking(true),
        Id::Swimming => swimming(),
        Id::Elliptical => elliptical(),
        Id::StationaryBike => stationary_bike(),
        Id::ModifiedYogaPilates => yoga(),
        Id::ResistanceBandWork => band_rows(),
    }
}
