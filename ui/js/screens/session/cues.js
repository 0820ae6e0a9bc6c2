// @ts-check
// What marks the session's time for the person: the clock's text, the
// step's label, and a soft chime at each new step (unless sound is off).

/** @import { SessionStep } from '../../ipc/SessionStep' */

export const SOUND_KEY = 'spinewise.sound';
const KIND_LABEL = { get_ready: 'Get ready', work: 'Exercise', rest: 'Rest' };

/** @param {number} ms */
export function clock(ms) {
  const seconds = Math.ceil(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

let audio = null;
/// A short tone: `frequency` in hertz, `seconds` long.
function tone(frequency, seconds) {
  if (localStorage.getItem(SOUND_KEY) === 'off') return;
  try {
    audio ??= new AudioContext();
    const oscillator = audio.createOscillator();
    const gain = audio.createGain();
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(0.12, audio.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + seconds);
    oscillator.connect(gain).connect(audio.destination);
    oscillator.start();
    oscillator.stop(audio.currentTime + seconds);
  } catch {
    // No audio device: the visual and spoken cues still mark the change.
  }
}

/// A new step.
export function chime() {
  tone(660, 0.3);
}

/// Each beat of a repetition its own short tone: higher for moving out,
/// lower for coming back, between for holding still.
const BEAT_TONE = { out: 784, still: 587, back: 440 };
/** @param {import('../../ipc/Motion').Motion} motion */
export function beatTone(motion) {
  tone(BEAT_TONE[motion], 0.12);
}

/** @param {SessionStep} step */
export function stepLabel(step) {
  if (step.kind === 'work') return step.sets > 1 ? `Set ${step.set} of ${step.sets}` : 'Exercise';
  return KIND_LABEL[step.kind];
}
