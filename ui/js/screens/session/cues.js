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
export function chime() {
  if (localStorage.getItem(SOUND_KEY) === 'off') return;
  try {
    audio ??= new AudioContext();
    const tone = audio.createOscillator();
    const gain = audio.createGain();
    tone.frequency.value = 660;
    gain.gain.setValueAtTime(0.12, audio.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + 0.3);
    tone.connect(gain).connect(audio.destination);
    tone.start();
    tone.stop(audio.currentTime + 0.3);
  } catch {
    // No audio device: the visual and spoken cues still mark the change.
  }
}

/** @param {SessionStep} step */
export function stepLabel(step) {
  if (step.kind === 'work') return step.sets > 1 ? `Set ${step.set} of ${step.sets}` : 'Exercise';
  return KIND_LABEL[step.kind];
}
