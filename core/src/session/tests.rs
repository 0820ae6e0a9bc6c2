//! The session clock on tokio's paused clock: a 20-minute routine runs in
//! milliseconds, and time is exact, so drift would show as a wrong number.

use crate::exercise::ExerciseId as Id;
use crate::exercise::{Dose, Rung};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::sync::mpsc::{unbounded_channel, UnboundedSender};
use tokio::task::JoinHandle;
use tokio::time::{advance, Instant};

use super::*;
use crate::pain::PainKind;
use crate::routine::{build, ROUTINES};
use crate::triage::PainScore;

fn pain(value: u8) -> PainScore {
    PainScore::new(value).unwrap()
}

fn check_in(value: u8) -> Control {
    Control::CheckIn {
        check_in: CheckIn {
            pain: pain(value),
            spreading_down_leg: false,
            leg_numbness: false,
            warning_signs: WarningSigns::default(),
        },
    }
}

/// The two-minute break: cat-cow (10 s lead-in, 40 s), child's pose (10 s lead-in, 30 s, 10 s rest, 30 s).
fn two_minute_steps() -> Vec<Step> {
    steps_for(&build(&ROUTINES[0], PainKind::Muscular), |_| Rung::Standard)
}

struct Running {
    controls: UnboundedSender<Control>,
    snapshots: Arc<Mutex<Vec<(Duration, SessionSnapshot)>>>,
    task: JoinHandle<SessionMachine>,
    started: Instant,
}

fn start(steps: Vec<Step>, start_pain: u8) -> Running {
    let (controls, rx) = unbounded_channel();
    let snapshots = Arc::new(Mutex::new(Vec::new()));
    let started = Instant::now();
    let machine = SessionMachine::new(steps, pain(start_pain), started);
    let sink = Arc::clone(&snapshots);
    let task = tokio::spawn(run(machine, rx, move |s| {
        sink.lock().unwrap().push((started.elapsed(), s))
    }));
    Running {
        controls,
        snapshots,
        task,
        started,
    }
}

impl Running {
    fn latest(&self) -> SessionSnapshot {
        self.snapshots.lock().unwrap().last().unwrap().1.clone()
    }

    async fn send(&self, control: Control) {
        self.controls.send(control).unwrap();
        settle().await;
    }
}

/// Lets the engine task run until it waits on the clock again.
async fn settle() {
    for _ in 0..10 {
        tokio::task::yield_now().await;
    }
}

async fn wait(seconds: f64) {
    advance(Duration::from_secs_f64(seconds)).await;
    settle().await;
}

#[tokio::test(start_paused = true)]
async fn a_routine_runs_step_by_step_with_a_check_in_after_each_exercise() {
    let session = start(two_minute_steps(), 1);
    settle().await;
    let first = session.latest();
    assert_eq!(
        (first.step.kind, first.step.exercise),
        (StepKind::GetReady, Id::CatCow.into())
    );
    assert_eq!(first.session_total_ms, 130_000);

    wait(10.0).await;
    assert_eq!(session.latest().step.kind, StepKind::Work);
    wait(39.9).await;
    assert_eq!(session.latest().step_remaining_ms, 100);
    wait(0.1).await;
    assert_eq!(session.latest().status, Status::AwaitingCheckIn);
    // The clock holds while the person answers.
    wait(30.0).await;
    assert_eq!(session.latest().session_elapsed_ms, 50_000);

    session.send(check_in(1)).await;
    assert_eq!(
        (session.latest().step.kind, session.latest().step.exercise),
        (StepKind::GetReady, Id::ChildsPose.into())
    );
    wait(10.0 + 30.0 + 10.0 + 30.0).await;
    assert_eq!(session.latest().status, Status::AwaitingCheckIn);
    session.send(check_in(2)).await;
    let end = session.task.await.unwrap();
    assert_eq!(
        end.status(),
        &Status::Finished {
            end: SessionEnd::Completed
        }
    );
    assert_eq!(end.completed_work_steps(), 3);
    assert_eq!(end.check_ins().len(), 2);
}

#[tokio::test(start_paused = true)]
async fn a_twenty_minute_routine_keeps_exact_time() {
    // Forty 30-second steps: twenty minutes with no check-in to wait for.
    let steps: Vec<Step> = (0..40)
        .map(|i| Step {
            kind: StepKind::Work,
            exercise: Id::Walking.into(),
            name: "Walking".into(),
            set: i + 1,
            sets: 40,
            seconds: 30,
            check_in_after: false,
            dose: crate::exercise::exercise(Id::Walking).dose,
            rung: Rung::Standard,
        })
        .collect();
    let session = start(steps, 0);
    let machine = session.task.await.unwrap();
    assert_eq!(
        machine.status(),
        &Status::Finished {
            end: SessionEnd::Completed
        }
    );
    assert_eq!(
        session.started.elapsed(),
        Duration::from_secs(1200),
        "ended exactly on time"
    );
    let snapshots = session.snapshots.lock().unwrap();
    // Every step began exactly on its 30-second boundary: no drift builds up.
    let mut seen = 0;
    for (at, snapshot) in snapshots.iter() {
        if snapshot.step_index == seen
            && snapshot.step_elapsed_ms == 0
            && snapshot.status == Status::Running
        {
            assert_eq!(*at, Duration::from_secs(30 * seen as u64), "step {seen}");
            seen += 1;
        }
    }
    assert_eq!(seen, 40);
    assert_eq!(snapshots.last().unwrap().1.session_elapsed_ms, 1_200_000);
    // Several updates a second for the UI.
    assert!(snapshots.len() >= 1200 * 4, "{} snapshots", snapshots.len());
}

#[tokio::test(start_paused = true)]
async fn pause_holds_the_clock_and_resume_carries_on_where_it_stopped() {
    let session = start(two_minute_steps(), 1);
    wait(4.0).await;
    session.send(Control::Pause).await;
    wait(60.0).await;
    let paused = session.latest();
    assert_eq!(paused.status, Status::Paused);
    assert_eq!(paused.step_elapsed_ms, 4_000);
    session.send(Control::Resume).await;
    wait(5.9).await;
    assert_eq!(session.latest().step.kind, StepKind::GetReady);
    wait(0.1).await;
    assert_eq!(session.latest().step.kind, StepKind::Work);
}

#[tokio::test(start_paused = true)]
async fn skip_back_and_stop() {
    let session = start(two_minute_steps(), 1);
    settle().await;
    session.send(Control::Skip).await;
    assert_eq!(session.latest().step.kind, StepKind::Work);
    wait(3.0).await;
    session.send(Control::Back).await;
    let back = session.latest();
    assert_eq!((back.step_index, back.step_elapsed_ms), (0, 0));
    session.send(Control::Skip).await;
    session.send(Control::Skip).await;
    assert_eq!(
        session.latest().status,
        Status::AwaitingCheckIn,
        "skipping the last set still asks how the pain is"
    );
    session.send(Control::Stop).await;
    let end = session.task.await.unwrap();
    assert_eq!(
        end.status(),
        &Status::Finished {
            end: SessionEnd::StoppedByPerson
        }
    );
}

#[tokio::test(start_paused = true)]
async fn a_pain_of_7_ends_the_session_with_the_reason() {
    let session = start(two_minute_steps(), 2);
    wait(15.0).await;
    session.send(check_in(7)).await;
    let end = session.task.await.unwrap();
    let Status::Finished {
        end: SessionEnd::StoppedForPain { reason, cause },
    } = end.status()
    else {
        panic!("{:?}", end.status());
    };
    assert!(reason.contains("7 out of 10"), "{reason}");
    assert_eq!(*cause, StopCause::PainAboveLimit);
}

#[tokio::test(start_paused = true)]
async fn a_rise_of_two_ends_it_and_a_three_eases_the_exercise_one_step_down() {
    let session = start(two_minute_steps(), 1);
    wait(15.0).await;
    session.send(check_in(2)).await;
    assert_eq!(
        session.latest().status,
        Status::Running,
        "a rise of 1 continues"
    );

    let session = start(two_minute_steps(), 0);
    wait(15.0).await;
    session.send(check_in(3)).await;
    assert!(
        matches!(
            session.latest().status,
            Status::Finished {
                end: SessionEnd::StoppedForPain { .. }
            }
        ),
        "0 to 3 is a rise of 3"
    );

    // Cat-cow is done when its check-in says 3: what is still to come runs a
    // step easier, child's pose as its supported version, with time to get
    // ready for it.
    let session = start(two_minute_steps(), 3);
    wait(50.0).await;
    session.send(check_in(3)).await;
    let after_cat_cow = session.latest();
    assert_eq!(
        (
            after_cat_cow.step.kind,
            after_cat_cow.step.name.as_str(),
            after_cat_cow.step.seconds
        ),
        (
            StepKind::GetReady,
            "Supported child's pose",
            GET_READY_NEW_MOVEMENT_SECONDS
        )
    );
    assert_eq!(
        after_cat_cow.message.as_deref(),
        Some("Your pain is 3: the rest of this session is made a step easier.")
    );
    // Still 3 before the supported version is tried: that pain was answered.
    session.send(check_in(3)).await;
    let before_trying = session.latest();
    assert_eq!(before_trying.step.name, "Supported child's pose");
    assert!(before_trying
        .message
        .unwrap()
        .starts_with("Your pain is 3. Start Supported child's pose gently"));
    wait(31.0).await;
    let working = session.latest();
    assert_eq!(working.step.kind, StepKind::Work);
    // 4 while doing it: the easiest version, made gentler, not another exercise.
    session.send(check_in(4)).await;
    let now = session.latest();
    assert_eq!(now.status, Status::Running);
    assert_eq!(now.step.name, "Supported child's pose");
    assert!(now
        .message
        .unwrap()
        .starts_with("Your pain is 4: Supported child's pose is already the easiest version"));
}

#[tokio::test(start_paused = true)]
async fn closing_the_controls_stops_the_session() {
    let session = start(two_minute_steps(), 1);
    drop(session.controls);
    let end = session.task.await.unwrap();
    assert_eq!(
        end.status(),
        &Status::Finished {
            end: SessionEnd::StoppedByPerson
        }
    );
}

#[tokio::test(start_paused = true)]
async fn a_warning_sign_ends_the_session_with_the_emergency_result() {
    let session = start(two_minute_steps(), 1);
    wait(20.0).await;
    let signs = WarningSigns {
        saddle_numbness: true,
        ..WarningSigns::default()
    };
    session
        .send(Control::CheckIn {
            check_in: CheckIn {
                pain: pain(1),
                spreading_down_leg: false,
                leg_numbness: false,
                warning_signs: signs,
            },
        })
        .await;
    let end = session.task.await.unwrap();
    let Status::Finished {
        end:
            SessionEnd::WarningSign {
                decision: CheckInDecision::WarningSign { outcome },
            },
    } = end.status()
    else {
        panic!("{:?}", end.status());
    };
    assert_eq!(outcome.level, crate::TriageLevel::Emergency);
    assert_eq!(outcome.reasons[0].rule, "cauda_equina_saddle_numbness");
}

#[test]
fn a_swap_never_brings_in_an_exercise_cautioned_for_the_pain_kind() {
    // Child's pose's gentler version is cat-cow, whose arching half is
    // cautioned for joint pain: for that kind there is no swap, only "more gently".
    let steps = steps_for(&build(&ROUTINES[1], PainKind::JointStiffness), |_| {
        Rung::Standard
    });
    let now = Instant::now();
    let mut machine =
        SessionMachine::new(steps, pain(1), now).for_pain_kind(PainKind::JointStiffness);
    assert_eq!(
        machine.gentler_for(Id::ChildsPose.into()),
        None,
        "cat-cow's arching half is cautioned for joint pain"
    );
    machine = SessionMachine::new(
        steps_for(&build(&ROUTINES[1], PainKind::Muscular), |_| Rung::Standard),
        pain(1),
        now,
    )
    .for_pain_kind(PainKind::Muscular);
    assert_eq!(
        machine.gentler_for(Id::ChildsPose.into()).map(|e| e.id),
        Some(Id::CatCow)
    );
    let plain = SessionMachine::new(
        steps_for(&build(&ROUTINES[1], PainKind::Muscular), |_| Rung::Standard),
        pain(1),
        now,
    );
    assert_eq!(
        plain.gentler_for(Id::ChildsPose.into()).map(|e| e.id),
        Some(Id::CatCow)
    );
}

/// A work step of `id` as a routine would have it.
fn work(id: Id, set: u32, sets: u32, seconds: u32) -> Step {
    Step {
        kind: StepKind::Work,
        exercise: id.into(),
        name: crate::exercise::exercise(id).name.into(),
        set,
        sets,
        seconds,
        check_in_after: set == sets,
        dose: crate::exercise::exercise(id).dose,
        rung: Rung::Standard,
    }
}

#[tokio::test(start_paused = true)]
async fn each_repetition_is_paced_beat_by_beat_and_a_pause_holds_the_beat() {
    // Cat-cow: 8 repetitions of 5 s, each "round up" then "dip".
    let session = start(two_minute_steps(), 1);
    settle().await;
    assert_eq!(session.latest().pace, None, "no pace while getting ready");
    wait(10.0).await;
    let pace = session.latest().pace.unwrap();
    assert_eq!((pace.rep, pace.reps), (Some(1), Some(8)));
    assert_eq!((pace.cue, pace.beat), ("Round the back up", 0));
    wait(2.5).await;
    let pace = session.latest().pace.unwrap();
    assert_eq!(
        (pace.cue, pace.rep, pace.beat),
        ("Let the back dip", Some(1), 1)
    );
    wait(2.5).await;
    let pace = session.latest().pace.unwrap();
    assert_eq!(
        (pace.cue, pace.rep, pace.beat),
        ("Round the back up", Some(2), 2)
    );
    // Paused half-way through a beat, for a minute: the same beat after it,
    // and the rest of the beat still to come.
    wait(1.0).await;
    session.send(Control::Pause).await;
    wait(60.0).await;
    assert_eq!(session.latest().pace.unwrap().beat, 2);
    session.send(Control::Resume).await;
    wait(1.4).await;
    assert_eq!(session.latest().pace.unwrap().beat, 2);
    wait(0.1).await;
    assert_eq!(session.latest().pace.unwrap().beat, 3);
    // The last repetition ends the step; the check-in has no pace.
    // A second at a time, as the window would see it.
    for _ in 0..32 {
        wait(1.0).await;
    }
    wait(0.4).await;
    let pace = session.latest().pace.unwrap();
    assert_eq!((pace.rep, pace.beat), (Some(8), 15));
    wait(0.1).await;
    assert_eq!(session.latest().status, Status::AwaitingCheckIn);
    assert_eq!(session.latest().pace, None);
    // Every beat of the step reached the window, in order, none skipped.
    let beats: Vec<u32> = session
        .snapshots
        .lock()
        .unwrap()
        .iter()
        .filter_map(|(_, s)| s.pace.as_ref().filter(|_| s.step.exercise == Id::CatCow))
        .map(|p| p.beat)
        .fold(Vec::new(), |mut seen, b| {
            if seen.last() != Some(&b) {
                seen.push(b);
            }
            seen
        });
    assert_eq!(beats, (0..16).collect::<Vec<_>>());
}

#[test]
fn sides_take_turns_by_repetition_or_by_set_and_the_rest_between_is_the_switch() {
    let now = Instant::now();
    let at = |machine: &SessionMachine, ms: u64| {
        machine
            .snapshot(now + Duration::from_millis(ms))
            .pace
            .unwrap()
    };
    // Bird-dog: 4 s repetitions, an arm and the opposite leg, in turn.
    let bird_dog = SessionMachine::new(vec![work(Id::BirdDog, 1, 1, 32)], pain(1), now);
    assert_eq!(at(&bird_dog, 0).side, Some("Right arm, left leg"));
    assert_eq!(at(&bird_dog, 1_000).cue, "Hold it steady");
    assert_eq!(at(&bird_dog, 3_999).cue, "Back to the start");
    assert_eq!(at(&bird_dog, 4_000).side, Some("Left arm, right leg"));
    assert_eq!(at(&bird_dog, 8_000).side, Some("Right arm, left leg"));
    // The hip-flexor stretch: one side a set, with the rest to switch.
    let rest = Step {
        kind: StepKind::Rest,
        check_in_after: false,
        ..work(Id::HipFlexorLunge, 1, 2, 10)
    };
    let lunge = SessionMachine::new(
        vec![
            work(Id::HipFlexorLunge, 1, 2, 30),
            rest,
            work(Id::HipFlexorLunge, 2, 2, 30),
        ],
        pain(1),
        now,
    );
    let first = at(&lunge, 29_000);
    assert_eq!(
        (first.cue, first.side, first.rep),
        ("Hold, and keep breathing", Some("Left knee down"), None)
    );
    let mut lunge = lunge;
    lunge.tick(now + Duration::from_secs(30));
    let switch = lunge.snapshot(now + Duration::from_secs(31)).pace.unwrap();
    assert_eq!(
        (switch.cue, switch.side),
        ("Switch sides", Some("Right knee down"))
    );
    lunge.tick(now + Duration::from_secs(40));
    let second = lunge.snapshot(now + Duration::from_secs(41)).pace.unwrap();
    assert_eq!(second.side, Some("Right knee down"));
    // Steady minutes have no beat to follow.
    let walk = SessionMachine::new(vec![work(Id::Walking, 1, 1, 300)], pain(1), now);
    assert_eq!(walk.snapshot(now).pace, None);
}

#[test]
fn a_rung_that_moves_differently_is_paced_and_shown_as_itself() {
    use crate::exercise::{exercise, rung};
    let now = Instant::now();
    // Heel slides, the dead bug's easier rung: each heel in turn, its own cues.
    let routine = build(&ROUTINES[2], PainKind::Muscular);
    let on_heel_slides = |id| {
        if id == Id::DeadBug {
            Rung::Easier
        } else {
            Rung::Standard
        }
    };
    let steps: Vec<Step> = steps_for(&routine, on_heel_slides)
        .into_iter()
        .filter(|s| s.exercise == Id::DeadBug)
        .collect();
    assert!(steps
        .iter()
        .all(|s| s.rung == Rung::Easier && s.name == "Heel slides"));
    // A new movement gives longer to read its steps before it starts.
    assert_eq!(steps[0].kind, StepKind::GetReady);
    assert_eq!(steps[0].seconds, GET_READY_NEW_MOVEMENT_SECONDS);
    let work_at = steps.iter().position(|s| s.kind == StepKind::Work).unwrap();
    let machine = SessionMachine::new(steps[work_at..].to_vec(), pain(1), now);
    let at =
        |m: &SessionMachine, ms: u64| m.snapshot(now + Duration::from_millis(ms)).pace.unwrap();
    assert_eq!(
        (at(&machine, 0).cue, at(&machine, 0).side),
        ("Slide the heel away", Some("Left heel"))
    );
    assert_eq!(at(&machine, 5_000).side, Some("Right heel"));
    // The session shows the rung's own steps and drawing.
    let shown = movements(&steps);
    assert_eq!(shown, vec![rung(exercise(Id::DeadBug), Rung::Easier)]);
    assert!(shown[0].steps[2].contains("slide one heel"));
    assert_eq!(shown[0].figure.moving, "dead_bug-easier.svg");
    // The standard rung keeps the exercise's own.
    let standard: Vec<Step> = steps_for(&routine, |_| Rung::Standard)
        .into_iter()
        .filter(|s| s.exercise == Id::DeadBug)
        .collect();
    assert_eq!(movements(&standard)[0].figure.moving, "dead_bug.svg");
    let std_work = SessionMachine::new(
        standard
            .into_iter()
            .filter(|s| s.kind == StepKind::Work)
            .collect(),
        pain(1),
        now,
    );
    assert_eq!(at(&std_work, 0).side, Some("Right arm, left leg"));
}

#[test]
fn a_swap_never_sends_the_person_back_to_an_exercise_that_was_too_much() {
    // Core stability on the easier rungs: heel slides at 3 out of 10 (the
    // easiest version: it stays, made smaller), then bird-dog with the leg
    // only at 3. Its gentler exercise is the dead bug: not again; the glute
    // bridge, at the person's small bridge, instead.
    let steps = steps_for(&build(&ROUTINES[2], PainKind::Muscular), |_| Rung::Easier);
    let now = Instant::now();
    let mut machine = SessionMachine::new(steps, pain(2), now)
        .for_pain_kind(PainKind::Muscular)
        .on_rungs(|_| Rung::Easier);
    let three = CheckIn {
        pain: pain(3),
        spreading_down_leg: false,
        leg_numbness: false,
        warning_signs: WarningSigns::default(),
    };
    assert_eq!(
        machine.gentler_for(Id::BirdDog.into()).map(|e| e.id),
        Some(Id::DeadBug)
    );
    assert_eq!(machine.snapshot(now).step.name, "Heel slides");
    machine.check_in(three, now);
    assert_eq!(
        machine.gentler_for(Id::BirdDog.into()).map(|e| e.id),
        Some(Id::GluteBridge),
        "the dead bug was just too much"
    );
}

/// Core stability (dead bug, bird-dog, glute bridge, modified plank, wall
/// sit) with every exercise at `rung`, the person's ladder saying the same,
/// and a check-in at 3 out of 10 during `exercise`: the steps and message after.
fn eased_at_three(rung: Rung, exercise: Id) -> (Vec<Step>, Option<String>) {
    let routine = build(&ROUTINES[2], PainKind::Muscular);
    let now = Instant::now();
    let steps: Vec<Step> = steps_for(&routine, |_| rung)
        .into_iter()
        .skip_while(|s| s.exercise != exercise)
        .collect();
    let mut machine = SessionMachine::new(steps, pain(2), now)
        .for_pain_kind(PainKind::Muscular)
        .on_rungs(|_| rung);
    machine.check_in(
        CheckIn {
            pain: pain(3),
            spreading_down_leg: false,
            leg_numbness: false,
            warning_signs: WarningSigns::default(),
        },
        now,
    );
    let message = machine.snapshot(now).message;
    (machine.steps().to_vec(), message)
}

#[test]
fn pain_at_three_to_five_eases_an_exercise_and_never_loads_it_more() {
    // On the bird-dog with the leg only, the dead bug comes as heel slides,
    // not the full dead bug.
    let (steps, message) = eased_at_three(Rung::Easier, Id::BirdDog);
    assert!(steps
        .iter()
        .take_while(|s| s.exercise != Id::GluteBridge)
        .all(|s| s.exercise == Id::DeadBug && s.rung == Rung::Easier && s.name == "Heel slides"));
    assert_eq!(
        message.as_deref(),
        Some("Your pain is 3: Bird-dog, leg only is switched to Heel slides for the rest of this session.")
    );
    // Heel slides is the lightest of its kind: it stays, made smaller.
    let (steps, message) = eased_at_three(Rung::Easier, Id::DeadBug);
    assert!(steps
        .iter()
        .filter(|s| s.exercise == Id::DeadBug)
        .all(|s| s.name == "Heel slides"));
    assert!(message.unwrap().starts_with(
        "Your pain is 3: Heel slides is already the easiest version. Make the movement smaller and slower"
    ));
    // The plank on the toes steps down to the modified plank, not to another exercise.
    let (steps, message) = eased_at_three(Rung::Harder, Id::ModifiedPlank);
    assert!(steps
        .iter()
        .take_while(|s| s.exercise != Id::WallSit)
        .all(|s| s.exercise == Id::ModifiedPlank
            && s.rung == Rung::Standard
            && s.name == "Modified plank"));
    assert_eq!(
        message.as_deref(),
        Some(
            "Your pain is 3: Forearm plank on the toes is switched to Modified plank for the rest of this session."
        )
    );
    // On the standard rung, an exercise with an easier movement of its own
    // steps down to it, the same exercise regressed, not another one.
    let (steps, message) = eased_at_three(Rung::Standard, Id::DeadBug);
    assert!(steps
        .iter()
        .take_while(|s| s.exercise != Id::BirdDog)
        .all(|s| s.exercise == Id::DeadBug && s.rung == Rung::Easier && s.name == "Heel slides"));
    assert_eq!(
        message.as_deref(),
        Some("Your pain is 3: Dead bug is switched to Heel slides for the rest of this session.")
    );
    // The wall sit has no gentler exercise (a bridge would mean getting
    // down to the floor in pain): its shallow version is made lighter.
    let (steps, message) = eased_at_three(Rung::Easier, Id::WallSit);
    assert!(
        message.as_deref().unwrap().contains("is made lighter"),
        "{message:?}"
    );
    assert!(steps.iter().all(|s| s.exercise == Id::WallSit));
}

#[test]
fn the_hamstring_stretch_and_swimming_step_down_to_their_own_easier_movement() {
    // Both in routines of one's own: at 3, the hamstring stretch becomes the
    // knee-soft version (not a bridge), swimming walking in the water (not
    // walking on land).
    for (id, easier) in [
        (Id::HamstringStretch, "Hamstring stretch, knee soft"),
        (Id::Swimming, "Walking in the water"),
    ] {
        let mut routine = build(&ROUTINES[0], PainKind::Muscular);
        routine.exercises = vec![crate::exercise::exercise(id)];
        let now = Instant::now();
        let steps = steps_for(&routine, |_| Rung::Standard);
        let mut machine = SessionMachine::new(steps, pain(2), now)
            .for_pain_kind(PainKind::Muscular)
            .on_rungs(|_| Rung::Standard);
        machine.check_in(
            CheckIn {
                pain: pain(3),
                spreading_down_leg: false,
                leg_numbness: false,
                warning_signs: WarningSigns::default(),
            },
            now,
        );
        let names: Vec<&str> = machine.steps().iter().map(|s| s.name.as_str()).collect();
        assert!(names.iter().all(|&n| n == easier), "{names:?}");
        assert!(machine.swaps().is_empty(), "the same exercise, regressed");
    }
}

#[test]
fn a_second_easing_reads_the_version_under_way_not_the_exercise_s_first_steps() {
    // Core stability with the dead bug on its standard rung and the bird-dog
    // on its leg-only version. The dead bug runs first, standard; at 3 the
    // bird-dog is eased to heel slides; at 4 during those heel slides the
    // person is on the easiest version, whatever the dead bug was earlier:
    // it stays, made small, and never becomes the full glute bridge.
    let routine = build(&ROUTINES[2], PainKind::Muscular);
    let rung_of = |id| {
        if id == Id::BirdDog {
            Rung::Easier
        } else {
            Rung::Standard
        }
    };
    let now = Instant::now();
    let mut machine = SessionMachine::new(steps_for(&routine, rung_of), pain(3), now)
        .for_pain_kind(PainKind::Muscular)
        .on_rungs(rung_of);
    let at = |value| CheckIn {
        pain: pain(value),
        spreading_down_leg: false,
        leg_numbness: false,
        warning_signs: WarningSigns::default(),
    };
    let mut t = now;
    while machine.snapshot(t).step.exercise == Id::DeadBug {
        t += Duration::from_secs(u64::from(machine.snapshot(t).step.seconds));
        machine.tick(t);
        if machine.status() == &Status::AwaitingCheckIn {
            machine.check_in(at(2), t);
        }
    }
    assert_eq!(machine.snapshot(t).step.name, "Bird-dog, leg only");
    machine.check_in(at(3), t);
    assert_eq!(machine.snapshot(t).step.name, "Heel slides");
    // Into the heel slides themselves, past the get-ready.
    t += Duration::from_secs(u64::from(GET_READY_NEW_MOVEMENT_SECONDS) + 1);
    machine.tick(t);
    assert_eq!(machine.snapshot(t).step.kind, StepKind::Work);
    machine.check_in(at(4), t);
    let shown = machine.snapshot(t);
    assert_eq!(shown.step.name, "Heel slides");
    assert!(shown
        .message
        .unwrap()
        .starts_with("Your pain is 4: Heel slides is already the easiest version"));
    assert!(machine
        .steps()
        .iter()
        .all(|s| s.exercise != Id::GluteBridge || s.name == "Glute bridge"));
}

#[test]
fn a_swap_brings_the_gentler_exercise_no_higher_than_the_person_s_own_rung_on_it() {
    // The standard bird-dog, but the ladder has the dead bug at heel slides
    // (stepped back after a setback): the swap is to heel slides.
    let routine = build(&ROUTINES[2], PainKind::Muscular);
    let now = Instant::now();
    let steps: Vec<Step> = steps_for(&routine, |_| Rung::Standard)
        .into_iter()
        .skip_while(|s| s.exercise != Id::BirdDog)
        .collect();
    let mut machine = SessionMachine::new(steps, pain(2), now)
        .for_pain_kind(PainKind::Muscular)
        .on_rungs(|id| {
            if id == Id::DeadBug {
                Rung::Easier
            } else {
                Rung::Standard
            }
        });
    machine.check_in(
        CheckIn {
            pain: pain(4),
            spreading_down_leg: false,
            leg_numbness: false,
            warning_signs: WarningSigns::default(),
        },
        now,
    );
    assert!(machine
        .steps()
        .iter()
        .filter(|s| s.exercise == Id::DeadBug)
        .all(|s| s.rung == Rung::Easier && s.name == "Heel slides"));
}

#[test]
fn an_own_routine_runs_each_exercise_at_its_own_dose() {
    let file = include_str!("../../tests/fixtures/routines/physio-example.json");
    let own = crate::own_routine::OwnRoutine::from_file(file.as_bytes()).unwrap();
    let steps = steps_with_doses(&own.items, |_| false, &[]);
    let bridge: Vec<&Step> = steps
        .iter()
        .filter(|s| s.exercise == Id::GluteBridge && s.kind == StepKind::Work)
        .collect();
    // Three sets of twelve 4-second repetitions: 48 seconds each.
    assert_eq!(bridge.len(), 3);
    assert!(bridge
        .iter()
        .all(|s| s.seconds == 48 && s.dose == own.items[0].dose));
    let walk = steps
        .iter()
        .find(|s| s.exercise == Id::Walking && s.kind == StepKind::Work);
    assert_eq!(walk.unwrap().seconds, 600);
    let doses: Vec<Dose> = own.items.iter().map(|i| i.dose).collect();
    let routine = crate::routine::Routine::own(&own, PainKind::Muscular);
    assert_eq!(routine.minutes, crate::exercise::minutes_of_doses(&doses));
}

#[test]
fn after_a_setback_an_own_routine_runs_the_stepped_back_exercise_lighter() {
    let file = include_str!("../../tests/fixtures/routines/physio-example.json");
    let own = crate::own_routine::OwnRoutine::from_file(file.as_bytes()).unwrap();
    // The glute bridge was stepped back (a session stopped for pain).
    let steps = steps_with_doses(&own.items, |id| id == Id::GluteBridge, &[]);
    let bridge: Vec<&Step> = steps
        .iter()
        .filter(|s| s.exercise == Id::GluteBridge && s.kind == StepKind::Work)
        .collect();
    assert_eq!(bridge.len(), 2, "one set fewer than the routine's three");
    assert_eq!(bridge[0].name, "Glute bridge, lighter for now");
    // The others run at the routine's own doses.
    let stretch = steps
        .iter()
        .filter(|s| s.exercise == Id::HamstringStretch && s.kind == StepKind::Work)
        .count();
    assert_eq!(stretch, own.items[2].dose.sets() as usize);
}

#[test]
fn an_exercise_of_one_s_own_that_hurt_before_runs_lighter_and_only_it() {
    let file = include_str!("../../tests/fixtures/routines/own-exercise-example.json");
    let own = crate::own_routine::OwnRoutine::from_file(file.as_bytes()).unwrap();
    let work = |hurt: &[String]| -> Vec<(String, u32)> {
        steps_with_doses(&own.items, |_| false, hurt)
            .iter()
            .filter(|s| s.kind == StepKind::Work)
            .map(|s| (s.name.clone(), s.sets))
            .collect()
    };
    let calm = work(&[]);
    assert_eq!(calm[0], ("Side-lying clam".to_owned(), 2));
    // The clam (item 0) hurt in an earlier session: lighter for now; the
    // walk, a library exercise with no setback, as the routine says.
    let hurt = work(&["own-0".to_owned()]);
    assert_eq!(hurt[0], ("Side-lying clam, lighter for now".to_owned(), 1));
    assert_eq!(hurt.last(), calm.last());
    // A key of another routine's exercise changes nothing here.
    assert_eq!(work(&["own-1".to_owned(), "cat_cow".to_owned()]), calm);
}

#[test]
fn a_long_dose_asks_about_the_pain_every_ten_minutes_of_work_and_after_its_last_set() {
    let dose = Dose::Reps {
        reps: 30,
        seconds_per_rep: 10,
        sets: 5,
        rest_seconds: 60,
    };
    let own = crate::own_routine::OwnRoutine {
        name: "Long".into(),
        from: None,
        items: vec![crate::own_routine::OwnItem {
            exercise: Id::BirdDog.into(),
            dose,
            prescribed: false,
            note: None,
        }],
        checked_for: None,
    };
    let asked: Vec<u32> = steps_with_doses(&own.items, |_| false, &[])
        .iter()
        .filter(|s| s.kind == StepKind::Work && s.check_in_after)
        .map(|s| s.set)
        .collect();
    // Five-minute sets: after the second (ten minutes), the fourth, and the last.
    assert_eq!(asked, [2, 4, 5]);
}

#[test]
fn a_long_walk_is_done_in_blocks_of_ten_minutes_each_followed_by_a_check_in() {
    let own = crate::own_routine::OwnRoutine {
        name: "Walk".into(),
        from: None,
        items: vec![crate::own_routine::OwnItem {
            exercise: Id::Walking.into(),
            dose: Dose::Continuous { minutes: 25 },
            prescribed: false,
            note: None,
        }],
        checked_for: None,
    };
    let work: Vec<(u32, u32, bool)> = steps_with_doses(&own.items, |_| false, &[])
        .iter()
        .filter(|s| s.kind == StepKind::Work)
        .map(|s| (s.set, s.seconds, s.check_in_after))
        .collect();
    assert_eq!(work, [(1, 500, true), (2, 500, true), (3, 500, true)]);
}
