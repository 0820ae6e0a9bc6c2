//! The key poses of the rungs that move differently from the standard
//! exercise (`exercise::variation`), drawn with the same figure and, where
//! the movement is the standard one made smaller or supported, built from
//! the standard drawing's own poses so the two read as one family.

use super::super::figure::{point, Drawing, KeyPose, Pose, Prop, LEG};
use super::{all_fours, arm_to, bird_dog, dead_bug, glute_bridge, into_hold, leg_to, lying, moves};
use super::{modified_plank, other_knee_bent, standing, stride, wall_sit_to};

pub(crate) fn wall_plank() -> Drawing {
    // Forearms flat on the wall, elbows at shoulder height; the body one
    // straight line slanting from the heels to the head.
    let ankle = point(98.0, 3.0);
    let slant: f32 = 72.0;
    let legs = LEG.0 + LEG.1;
    let r = slant.to_radians();
    let lean = {
        let mut p = standing(ankle.x);
        p.hip = (ankle.x + legs * r.cos(), ankle.y + legs * r.sin());
        p.torso = slant;
        p.chest = slant;
        p.head = slant + 4.0;
        p.near_leg = [slant - 180.0, slant - 180.0, 0.0];
        p.far_leg = p.near_leg;
        p.near_arm = [4.0, 90.0];
        p.far_arm = p.near_arm;
        p
    };
    let wall = lean.joints().near_hand.x + 1.5;
    into_hold(
        vec![
            KeyPose::new(
                "Standing about one long step back from the wall, facing it",
                standing(ankle.x),
            ),
            KeyPose::new(
                "Leaning in on the forearms, body in one straight line from heels to head, held",
                lean,
            ),
        ],
        vec![Prop::WallAhead(wall)],
    )
}

pub(crate) fn toe_plank() -> Drawing {
    // From the modified plank's hold on the knees, the legs straighten back
    // onto the toes: one line from the heels to the head.
    let knees = modified_plank().poses[1].pose;
    let toe = point(52.0, 3.5);
    let line: f32 = 6.0;
    let r = line.to_radians();
    // The foot stands on its toes, square to the shin.
    let foot = line + 180.0 + 90.0;
    let ankle = point(
        toe.x - 9.0 * foot.to_radians().cos(),
        toe.y - 9.0 * foot.to_radians().sin(),
    );
    let legs = LEG.0 + LEG.1;
    let mut p = knees;
    p.hip = (ankle.x + legs * r.cos(), ankle.y + legs * r.sin());
    p.torso = line;
    p.chest = line;
    p.head = line + 4.0;
    p.near_leg = [line + 180.0, line + 180.0, foot];
    p.far_leg = p.near_leg;
    let shoulder = p.joints().shoulder;
    let arm = arm_to(&p, point(shoulder.x + 15.0, 3.5), false);
    p.near_arm = arm;
    p.far_arm = arm;
    into_hold(
        vec![
            KeyPose::new(
                "Forearms and knees on the mat, body straight from head to knees",
                knees,
            ),
            KeyPose::new(
                "Legs straightened back onto the toes: one straight line from heels to head, held",
                p,
            ),
        ],
        vec![Prop::Mat],
    )
}

pub(crate) fn bird_dog_leg_only() -> Drawing {
    let full = bird_dog();
    let base = all_fours(0.0);
    let mut far_leg = base;
    far_leg.far_leg = full.poses[1].pose.far_leg;
    let mut near_leg = base;
    near_leg.near_leg = full.poses[2].pose.near_leg;
    Drawing {
        poses: vec![
            KeyPose::new("On hands and knees, back flat", base),
            KeyPose::new(
                "Both hands stay down; one leg reaches back, level with the back",
                far_leg,
            ),
            KeyPose::new("Knee back under the hip, then the other leg", near_leg),
        ],
        moves: full.moves,
        repeats: true,
        props: vec![Prop::Mat],
    }
}

pub(crate) fn heel_slides() -> Drawing {
    // The heel slides out along the floor, the knee still a little bent:
    // only as far as the lower back stays down.
    let bent = glute_bridge().poses[0].pose;
    let hip = point(bent.hip.0, bent.hip.1);
    let out = leg_to(&bent, point(hip.x - 48.0, 4.0), false, 182.0);
    let mut near_out = bent;
    near_out.near_leg = out;
    let mut far_out = bent;
    far_out.far_leg = out;
    Drawing {
        poses: vec![
            KeyPose::new(
                "On the back, knees bent, feet flat, arms by the sides",
                bent,
            ),
            KeyPose::new(
                "One heel slides away along the floor, only as far as the lower back stays down",
                near_out,
            ),
            KeyPose::new("Slid back, then the other leg", far_out),
        ],
        // The dead bug's tempo: two seconds out, a pause, two back, each side.
        moves: dead_bug().moves,
        repeats: true,
        props: vec![Prop::Mat],
    }
}

pub(crate) fn small_bridge() -> Drawing {
    // The shoulders and feet stay where the full bridge has them; the hips
    // rise only a little, so the back stays close to the floor.
    let full = glute_bridge();
    let down = full.poses[0].pose;
    let shoulder = down.joints().shoulder;
    let lift = 7.0;
    let torso = 36.0_f32;
    let rise = (down.hip.1 + lift - shoulder.y) / torso;
    let back = 180.0 - rise.asin().to_degrees();
    let mut up = down;
    let r = back.to_radians();
    up.hip = (shoulder.x + torso * r.cos(), shoulder.y + torso * r.sin());
    up.torso = back - 180.0;
    up.chest = back - 180.0;
    let ankle = down.joints().near_ankle;
    up.near_leg = leg_to(&up, ankle, false, down.near_leg[2]);
    up.far_leg = up.near_leg;
    Drawing {
        poses: vec![
            KeyPose::new(
                "On the back, knees bent, feet flat and hip-width apart",
                down,
            ),
            KeyPose::new("Buttocks squeezed, hips lifted just clear of the floor", up),
        ],
        moves: full.moves,
        repeats: true,
        props: vec![Prop::Mat],
    }
}

pub(crate) fn shallow_wall_sit() -> Drawing {
    wall_sit_to(
        54.0,
        13.0,
        "Slid down a little, knees only slightly bent, back flat on the wall",
    )
}

/// Sitting near the front of a chair, away from its back, facing right,
/// hands resting on the thighs; `round` curls the back (the pelvis tips
/// back, the upper back and head follow a little), else the pelvis tips
/// forward and the chest lifts over it, chin level.
fn seated(chair: f32, round: bool) -> Pose {
    let mut p = standing(chair - 8.0);
    p.hip = (chair - 8.0, 35.0);
    (p.torso, p.chest, p.head) = if round {
        (96.0, 64.0, 48.0)
    } else {
        (84.0, 92.0, 90.0)
    };
    let ankle = point(p.hip.0 + 30.0, 3.0);
    p.near_leg = leg_to(&p, ankle, true, 0.0);
    p.far_leg = p.near_leg;
    let j = p.joints();
    let thigh = point(
        j.hip.x + 0.7 * (j.near_knee.x - j.hip.x),
        j.hip.y + 0.7 * (j.near_knee.y - j.hip.y) + 3.0,
    );
    let arm = arm_to(&p, thigh, false);
    p.near_arm = arm;
    p.far_arm = arm;
    p
}

pub(crate) fn seated_cat_cow() -> Drawing {
    let chair = 112.0;
    Drawing {
        poses: vec![
            KeyPose::new(
                "Cat: breathing out, sitting near the front of a chair, the back rounds gently and the head follows a little",
                seated(chair, true),
            ),
            KeyPose::new(
                "Cow: breathing in, the pelvis tips forward, the small of the back hollows a little, the chest lifts",
                seated(chair, false),
            ),
        ],
        moves: moves(&[(1, 2.5), (0, 2.5)]),
        repeats: true,
        props: vec![Prop::Chair(chair)],
    }
}

pub(crate) fn supported_childs_pose() -> Drawing {
    // Kneeling up, then folding forward only part of the way: the hips stay
    // above the heels and the forearms and head rest on a firm cushion.
    let knee = point(96.0, 4.0);
    let mut kneel = standing(knee.x);
    kneel.hip = (knee.x - 2.0, knee.y + LEG.0);
    kneel.near_leg = [-94.0, 180.0, 182.0];
    kneel.far_leg = kneel.near_leg;
    // A low stool or a stack of firm cushions: (left edge, width, height).
    let block = (112.0, 40.0, 22.0);
    let mut fold = kneel;
    fold.hip = (knee.x - 14.0, 30.0);
    let thigh = (knee.y - fold.hip.1)
        .atan2(knee.x - fold.hip.0)
        .to_degrees();
    fold.near_leg[0] = thigh;
    fold.far_leg[0] = thigh;
    fold.torso = 22.0;
    fold.chest = 12.0;
    // The forehead rests on the forearms, which rest on the cushion.
    fold.head = -30.0;
    let shoulder = fold.joints().shoulder;
    let arm = arm_to(&fold, point(shoulder.x + 24.0, block.2 + 2.5), false);
    fold.near_arm = arm;
    fold.far_arm = arm;
    into_hold(
        vec![
            KeyPose::new("Kneeling upright, a firm cushion in front", kneel),
            KeyPose::new(
                "Leaning forward, hips above the heels, forearms and head resting on the cushion",
                fold,
            ),
        ],
        vec![
            Prop::Mat,
            Prop::Block {
                x: block.0,
                width: block.1,
                height: block.2,
            },
        ],
    )
}

pub(crate) fn standing_hip_flexor() -> Drawing {
    // Holding the back of a chair in front; the near leg steps back, heel up,
    // and the hips ease forward.
    let chair = 176.0;
    let grip = point(chair - 30.0, 72.0);
    let mut stand = standing(118.0);
    let hold = |p: &mut Pose| {
        let arm = arm_to(p, grip, false);
        p.near_arm = arm;
        p.far_arm = arm;
    };
    hold(&mut stand);
    let mut stretch = stand;
    stretch.hip = (122.0, 54.0);
    stretch.torso = 92.0;
    stretch.chest = 92.0;
    stretch.far_leg = leg_to(&stretch, point(134.0, 3.0), true, 0.0);
    stretch.near_leg = leg_to(&stretch, point(86.0, 8.0), true, -40.0);
    hold(&mut stretch);
    into_hold(
        vec![
            KeyPose::new("Standing tall behind a chair, hands on its back", stand),
            KeyPose::new(
                "One foot stepped back, heel up, hips eased forward until the front of that hip stretches",
                stretch,
            ),
        ],
        vec![Prop::Chair(chair)],
    )
}

pub(crate) fn soft_knee_hamstring() -> Drawing {
    let mut bent = lying(96.0);
    bent.near_leg = [95.0, -20.0, 60.0];
    bent.far_leg = other_knee_bent(&bent);
    let mut raised = bent;
    raised.near_leg = [116.0, 140.0, 50.0];
    let foot = raised.joints().near_toe;
    raised.near_arm = arm_to(&raised, point(foot.x + 12.0, foot.y - 14.0), true);
    raised.far_arm = raised.near_arm;
    let knee = bent.joints().near_ankle;
    bent.near_arm = arm_to(&bent, point(knee.x + 6.0, knee.y - 4.0), true);
    bent.far_arm = bent.near_arm;
    into_hold(
        vec![
            KeyPose::new("On the back, a band around one foot, that knee bent", bent),
            KeyPose::new(
                "The leg raised only part of the way, the knee kept softly bent, until a mild stretch",
                raised,
            ),
        ],
        vec![Prop::Mat, Prop::Band],
    )
}

pub(crate) fn water_walking() -> Drawing {
    let [a, b] = stride(16.0, false);
    Drawing {
        poses: vec![
            KeyPose::new(
                "Walking tall in chest-deep water, arms moving through it",
                a,
            ),
            KeyPose::new("The next step, on the other leg", b),
        ],
        moves: moves(&[(1, 0.9), (0, 0.9)]),
        repeats: true,
        props: vec![Prop::Water(84.0)],
    }
}
