import { readdirSync, readFileSync } from 'node:fs';

// Drives the triage the way a person does: reads which question is on the
// screen, clicks the answer's label, clicks Next.

const CURRENT = `
  const form = document.querySelector('form[data-question-id]');
  if (form) return 'question:' + form.dataset.questionId;
  const result = document.querySelector('section.result[data-level]');
  return result ? 'result:' + result.dataset.level : null;`;

export async function currentScreen(session, previous) {
  return session.waitFor(
    `const now = (() => {${CURRENT}})(); return now && now !== ${JSON.stringify(previous ?? '')} ? now : null;`,
    {
      what: `a screen after ${previous ?? 'the start'}`,
    },
  );
}

export async function chooseAnswer(session, value) {
  await (await session.find(`label[for="answer-${String(value)}"]`)).click();
}

/// Answers every question the backend asks from `answers` (keyed by question
/// id) and returns the result level. Fails on a question the map does not
/// answer, so a test notices when the questionnaire changes. `onQuestion`,
/// if given, sees each question on screen before it is answered.
export async function answerAll(session, answers, { onQuestion } = {}) {
  // A triage always opens on a question; waiting for one keeps a result still
  // on screen from a previous triage from being read as this one's.
  await session.waitFor('return document.querySelector("form[data-question-id]")', { what: 'the first question' });
  let screen = await currentScreen(session);
  const asked = [];
  while (screen.startsWith('question:')) {
    const id = screen.slice('question:'.length);
    if (!(id in answers)) throw new Error(`unexpected question ${id} after ${asked.join(', ')}`);
    asked.push(id);
    if (onQuestion) await onQuestion(id);
    await chooseAnswer(session, answers[id]);
    await (await session.find('[data-action="next"]')).click();
    screen = await currentScreen(session, screen);
  }
  return { level: screen.slice('result:'.length), asked };
}

export async function startTriage(session) {
  await (await session.find('[data-action="start-triage"]')).click();
}

// The calmest complete triage, from the same files the Rust tests read: the
// answers a calm person gives to every question asked, and a calm answer to
// every follow-up, so that a test may open one (say, one leg) and still be
// answered.
const casesDir = new URL('../../core/tests/cases/triage/', import.meta.url);
const readCase = (name) => JSON.parse(readFileSync(new URL(name, casesDir), 'utf8'));
export const calmAnswers = { ...readCase('vignettes.json').defaults, ...readCase('calm.json') };

/// Sciatica with a numb leg, exercising at 4 out of 10: the 'soon' result
/// the result-screen tests look at.
export const sciaticaAnswers = {
  ...calmAnswers,
  leg_symptoms: 'one_leg',
  below_knee: true,
  leg_numbness: true,
  pain_during_exercise: 4,
  warm_up: 'stays_the_same',
  pain_character: 'down_the_leg',
};

/// The calm answers as a complete document: only the questions it asks.
export const calmDocument = readCase('calm.json');

/// The plan version the app writes now: the newest plan fixture's.
export const planVersion = Math.max(
  ...readdirSync(new URL('../../core/tests/fixtures/', import.meta.url)).map((name) =>
    Number(/^plan-v(\d+)\.json$/.exec(name)?.[1] ?? 0),
  ),
);

/// A vignette of the clinical suite, by id: its answers over the calm ones.
export function vignette(id) {
  const found = readCase('vignettes.json').cases.find((c) => c.id === id);
  if (!found) throw new Error(`no vignette ${id}`);
  return { ...found, answers: { ...calmAnswers, ...found.answers } };
}
