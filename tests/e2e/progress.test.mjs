// Check-ins, the progress screen and the plan's data in the real window:
// a seeded history drawn as a chart, a daily check-in judged by the backend,
// the weekly scores and return checklist moving the phase, a warning sign
// going to the triage, and export, reset and import with confirmation.

import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { documentsFolder, saveScreenshot, startDriver } from './harness.mjs';
import { calmDocument, planVersion } from './triage-steps.mjs';
import { click, text } from './app-steps.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const cli = join(root, 'target', 'debug', 'spinewise-cli');
const drivers = [];
after(() => {
  for (const driver of drivers) driver.stop();
});

const DAY = 86_400_000;
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const localDay = (ms) => {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/// A plan file as the app writes it: a "modify" triage twelve days ago (its
/// outcome from the real rules, through the CLI) and daily check-ins since.
function seededPlan({ painByDaysAgo = [], extra = {}, level = 'modify' } = {}) {
  const answers = { ...calmDocument, pain_during_exercise: 4, ...extra };
  const outcome = JSON.parse(execFileSync(cli, ['triage'], { input: JSON.stringify(answers) }));
  assert.equal(outcome.level, level);
  const now = Date.now();
  return {
    format: 'spinewise-plan',
    version: planVersion,
    triage_history: [{ completed_at: iso(now - 12 * DAY), questionnaire: 2, answers, outcome }],
    daily_check_ins: painByDaysAgo.map(([daysAgo, pain]) => ({
      day: localDay(now - daysAgo * DAY),
      recorded_at: iso(now - daysAgo * DAY),
      pain_now: pain,
      exercise: { during: Math.min(pain + 1, 10), after: pain },
      settled: 'yes',
      warning_sign: false,
    })),
  };
}

async function withPlan(plan, env = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'spinewise-e2e-'));
  if (plan) writeFileSync(join(dataDir, 'plan.json'), JSON.stringify(plan, null, 2));
  const d = await startDriver({ dataDir, env });
  drivers.push(d);
  return { app: await d.open(), dataDir };
}

async function chooseIn(app, name, value) {
  await click(app, `input[name="${name}"][value="${value}"] + label`);
}

// Eleven days of pain easing from 6 to 1: the first day steps the plan back,
// two calm days later it rebuilds again.
const history = [
  [11, 6],
  [10, 5],
  [9, 5],
  [8, 4],
  [7, 4],
  [6, 3],
  [5, 2],
  [4, 2],
  [3, 2],
  [2, 1],
  [1, 1],
];

test('the progress screen draws the history and a daily check-in is judged by the backend', async () => {
  const { app, dataDir } = await withPlan(seededPlan({ painByDaysAgo: history }));
  await click(app, 'a[data-nav="progress"]');
  await app.waitFor('return document.body.dataset.screen === "progress"');
  assert.equal(await app.execute('return document.querySelectorAll(".pain-chart .pain-point").length'), 11);
  assert.equal(await app.execute('return document.querySelectorAll(".pain-chart rect[class^=zone-]").length'), 3);
  assert.match(await text(app, '#chart-summary'), /on 11 days/);
  assert.match(await text(app, '.change'), /5 points lower .* a change that matters/);
  assert.equal(await app.execute('return document.querySelectorAll(".changes li").length'), 2);
  assert.equal(await app.execute('return document.querySelector(".progress-screen").dataset.phase'), 'rebuild');
  await saveScreenshot(app, 'progress');
  await app.execute('document.querySelector(".chart-card").scrollIntoView()');
  await saveScreenshot(app, 'progress-chart');

  // Today: exercised, pain 4 during, and yesterday's pain had not settled.
  await click(app, '[data-action="daily-check-in"]');
  await app.waitFor('return document.body.dataset.screen === "check-in"');
  await chooseIn(app, 'emergency_sign', false);
  await chooseIn(app, 'pain_now', 3);
  await chooseIn(app, 'exercised', true);
  await app.waitFor('return !document.querySelector("#q-pain_during").hidden');
  await chooseIn(app, 'pain_during', 4);
  await chooseIn(app, 'pain_after', 4);
  // Leaving a question out is caught, with the question named.
  await click(app, '[data-action="save-check-in"]');
  assert.match(await text(app, '#check-in-error'), /Please answer: Had yesterday's pain settled/);
  await chooseIn(app, 'settled', 'no');
  await chooseIn(app, 'warning_sign', false);
  await saveScreenshot(app, 'check-in-form');
  await click(app, '[data-action="save-check-in"]');
  await app.waitFor('return document.body.dataset.screen === "check-in-result"');
  assert.equal(await app.execute('return document.querySelector(".check-in-result").dataset.step'), 'hold');
  assert.match(await text(app, '.check-in-result'), /had not settled/);
  // The words the triage's rule uses: do less next time.
  assert.match(await text(app, '.check-in-result'), /Next time, do less/);
  await saveScreenshot(app, 'check-in-hold');

  const saved = JSON.parse(readFileSync(join(dataDir, 'plan.json'), 'utf8'));
  assert.equal(saved.daily_check_ins.length, 12);
  assert.deepEqual(saved.daily_check_ins.at(-1).exercise, { during: 4, after: 4 });
  await click(app, '[data-action="see-progress"]');
  await app.waitFor('return document.body.dataset.screen === "progress"');
  assert.equal(await app.execute('return document.querySelector(".verdict").dataset.step'), 'hold');
  assert.equal(await app.execute('return document.querySelectorAll(".pain-chart .pain-point").length'), 12);
  await app.close();
});

test('the progress chart follows dark mode', async () => {
  const { app } = await withPlan(seededPlan({ painByDaysAgo: history }), { GTK_THEME: 'Adwaita:dark' });
  await click(app, 'a[data-nav="progress"]');
  await app.waitFor('return document.body.dataset.screen === "progress"');
  const fill = await app.execute('return getComputedStyle(document.querySelector(".pain-chart .zone-high")).fill');
  assert.equal(fill, 'rgb(71, 32, 32)', 'the dark zone colour applies');
  await app.execute('document.querySelector(".chart-card").scrollIntoView()');
  await saveScreenshot(app, 'progress-dark');
  await app.close();
});

test('weekly scores and the return checklist move the plan on; a warning sign goes to the triage', async () => {
  const { app } = await withPlan(seededPlan());
  await click(app, 'a[data-nav="progress"]');
  await app.waitFor('return document.body.dataset.screen === "progress"');
  assert.match(await text(app, '[data-action="weekly-check-in"]'), /Due/);
  await click(app, '[data-action="weekly-check-in"]');
  await app.waitFor('return document.body.dataset.screen === "weekly"');
  await chooseIn(app, 'peg_pain', 4);
  await chooseIn(app, 'peg_enjoyment', 3);
  await chooseIn(app, 'peg_activity', 5);
  await chooseIn(app, 'stiffness', 3);
  await (await app.find('#activity-name-0')).type('Carrying the shopping');
  await app.execute(
    'const s = document.querySelector("#activity-score-0"); s.value = "6"; s.dispatchEvent(new Event("change", { bubbles: true }));',
  );
  await saveScreenshot(app, 'weekly-form');
  await click(app, '[data-action="save-weekly"]');
  await app.waitFor('return document.body.dataset.screen === "check-in-result"');
  assert.match(await text(app, '.check-in-result'), /first weekly score is 4\.0 out of 10/);

  await click(app, '[data-action="see-progress"]');
  await app.waitFor('return document.body.dataset.screen === "progress"');
  for (const id of ['daily_activities_pain_free', 'full_range_without_discomfort']) {
    await click(app, `#criterion-${id}`);
    await app.waitFor(`return document.querySelector("#criterion-${id}")?.checked`);
  }
  assert.equal(await app.execute('return document.querySelector(".progress-screen").dataset.phase'), 'rebuild');
  await click(app, '#criterion-no_painkillers_needed');
  await app.waitFor('return document.querySelector(".progress-screen")?.dataset.phase === "return_to_training"', {
    what: 'the return phase',
  });
  assert.match(await text(app, '#checklist-status'), /ready to bring your usual training back/);
  assert.match(await text(app, '.verdict'), /ticked all three/);
  await saveScreenshot(app, 'progress-return');

  // Another warning sign in the daily check-in: the reason is shown, the new
  // check is offered first, and routines wait for it.
  await click(app, '[data-action="daily-check-in"]');
  await app.waitFor('return document.body.dataset.screen === "check-in"');
  await chooseIn(app, 'pain_now', 2);
  await chooseIn(app, 'exercised', false);
  await chooseIn(app, 'settled', 'yes');
  await chooseIn(app, 'emergency_sign', false);
  await chooseIn(app, 'warning_sign', true);
  // A yes must say which sign: the tick boxes appear, and none ticked is caught.
  await app.waitFor('return !document.querySelector("#q-other_which").hidden');
  await click(app, '[data-action="save-check-in"]');
  assert.match(await text(app, '#check-in-error'), /Tick the warning sign/);
  await click(app, '#other-night_or_rest_pain');
  await click(app, '[data-action="save-check-in"]');
  await app.waitFor('return document.body.dataset.screen === "check-in-result"');
  assert.equal(await app.execute('return document.querySelector(".check-in-result").dataset.step'), 'go_to_triage');
  // It names the sign, and night pain needs a doctor within a day or two
  // whatever the new check finds.
  assert.match(await text(app, '.check-in-result'), /You reported: Pain that wakes you at night/);
  assert.match(await text(app, '.check-in-result'), /a doctor within a day or two at the least/);
  await saveScreenshot(app, 'check-in-warning');
  await click(app, '[data-action="check-again"]');
  await app.waitFor('return document.querySelector("form[data-question-id]")', { what: 'the triage' });
  await click(app, 'a[data-nav="routines"]');
  await app.waitFor('return document.body.dataset.screen === "routines"');
  assert.match(await text(app, '[data-note="routines"]'), /warning sign/);
  assert.equal(await app.execute('return document.querySelectorAll(".routine").length'), 0);
  await app.close();
});

test('a sign that needs care today in the daily check-in shows the emergency result at once', async () => {
  const { app, dataDir } = await withPlan(seededPlan());
  await click(app, '[data-action="home-check-in"]');
  await app.waitFor('return document.body.dataset.screen === "check-in"');
  // The signs come first, and nothing else needs answering once one is ticked.
  assert.equal(await app.execute('return document.querySelector("form fieldset").id'), 'q-emergency_sign');
  await chooseIn(app, 'emergency_sign', true);
  await app.waitFor('return !document.querySelector("#q-emergency_which").hidden');
  assert.equal(await text(app, '[data-action="save-check-in"]'), 'Show me what to do now');
  // Yes without saying which is caught.
  await click(app, '[data-action="save-check-in"]');
  assert.match(await text(app, '#check-in-error'), /Tick the sign/);
  await click(app, '#emergency-chest_symptoms');
  await saveScreenshot(app, 'check-in-emergency-sign');
  await click(app, '[data-action="save-check-in"]');
  await app.waitFor('return document.querySelector("section.result[data-level=emergency]")', {
    what: 'the emergency result',
  });
  assert.equal(await text(app, '.emergency-number'), '999');
  assert.match(await text(app, '.reasons'), /Chest pain/);
  await saveScreenshot(app, 'check-in-emergency-result');
  const saved = JSON.parse(readFileSync(join(dataDir, 'plan.json'), 'utf8'));
  assert.equal(saved.triage_history.at(-1).outcome.level, 'emergency');
  // Home leads with it, and offers no daily check-in until a new check.
  await click(app, 'a[data-nav="home"]');
  await app.waitFor('return document.body.dataset.screen === "home"');
  assert.match(await text(app, '[data-home="emergency"]'), /999/);
  assert.equal(await app.execute('return document.querySelector("[data-action=home-check-in]")'), null);
  await saveScreenshot(app, 'home-after-emergency');
  await app.close();
});

test('after cancer, a new nerve sign in the daily check-in shows the emergency result at once', async () => {
  // NICE NG234: past cancer with a new nerve sign goes to the cancer team
  // at once. The person was examined and cleared, so routines were open.
  const plan = seededPlan({ extra: { cancer_history: true, band_like_pain: false }, level: 'urgent' });
  const checked = plan.triage_history[0].completed_at;
  plan.clearances = [{ recorded_at: checked, examined_on: checked.slice(0, 10), cleared: ['cancer_history'] }];
  const { app, dataDir } = await withPlan(plan);
  await click(app, '[data-action="home-check-in"]');
  await app.waitFor('return document.body.dataset.screen === "check-in"');
  await chooseIn(app, 'emergency_sign', false);
  await chooseIn(app, 'pain_now', 3);
  await chooseIn(app, 'exercised', false);
  await chooseIn(app, 'settled', 'yes');
  await chooseIn(app, 'warning_sign', true);
  await app.waitFor('return !document.querySelector("#q-other_which").hidden');
  await click(app, '#other-leg_numbness');
  await saveScreenshot(app, 'check-in-other-sign');
  await click(app, '[data-action="save-check-in"]');
  await app.waitFor('return document.querySelector("section.result[data-level=emergency]")', {
    what: 'the emergency result',
  });
  assert.match(await text(app, '.reasons'), /Cancer/);
  await saveScreenshot(app, 'check-in-escalated-emergency');
  const saved = JSON.parse(readFileSync(join(dataDir, 'plan.json'), 'utf8'));
  assert.equal(saved.triage_history.at(-1).outcome.level, 'emergency');
  assert.equal(saved.daily_check_ins.at(-1).other_signs.leg_numbness, true);
  await app.close();
});

test('the plan is exported, reset after confirming, and imported back after confirming', async () => {
  const { documents, env } = documentsFolder();
  const { app, dataDir } = await withPlan(seededPlan({ painByDaysAgo: history }), env);
  await click(app, 'a[data-nav="settings"]');
  await app.waitFor('return document.body.dataset.screen === "settings"');

  await click(app, '[data-action="export-plan"]');
  await app.waitFor('return document.querySelector("#data-status").textContent.includes("saved as")');
  const [exported] = readdirSync(documents);
  assert.match(exported, /^Spinewise plan \d{4}-\d\d-\d\d\.json$/);
  const exportedPath = join(documents, exported);
  assert.equal(JSON.parse(readFileSync(exportedPath, 'utf8')).daily_check_ins.length, 11);

  // The history as spreadsheets: one CSV file per kind, a row per check-in.
  await click(app, '[data-action="save-csv"]');
  await app.waitFor('return document.querySelector("#data-status").textContent.includes("history has been saved")');
  const csvs = readdirSync(documents).filter((f) => f.endsWith('.csv'));
  assert.deepEqual(csvs.map((f) => f.replace(/ \d{4}-\d\d-\d\d\.csv$/, '')).sort(), [
    'Spinewise check-ins',
    'Spinewise sessions',
    'Spinewise weekly-scores',
  ]);
  const checkIns = readFileSync(
    join(
      documents,
      csvs.find((f) => f.includes('check-ins')),
    ),
    'utf8',
  );
  assert.equal(checkIns.trimEnd().split('\r\n').length, 12, 'a header and the 11 check-ins');

  // A summary for a clinician, of the period chosen.
  await app.execute('document.querySelector("#summary-period").value = "30"');
  await click(app, '[data-action="save-summary"]');
  await app.waitFor('return document.querySelector("#data-status").textContent.includes("summary has been saved")');
  const summary = readdirSync(documents).find((f) => f.startsWith('Spinewise summary'));
  assert.match(readFileSync(join(documents, summary), 'utf8'), /self-reported summary/);
  await saveScreenshot(app, 'settings-data');

  // Reset: nothing happens until confirmed; Cancel leaves the plan alone.
  await click(app, '[data-action="reset-plan"]');
  await app.waitFor('return document.activeElement?.getAttribute("role") === "alertdialog"');
  await click(app, '[data-action="cancel"]');
  assert.equal(JSON.parse(readFileSync(join(dataDir, 'plan.json'), 'utf8')).daily_check_ins.length, 11);
  await click(app, '[data-action="reset-plan"]');
  await saveScreenshot(app, 'reset-confirm');
  await click(app, '[data-action="confirm"]');
  await app.waitFor('return document.querySelector("#data-status").textContent.includes("new and empty")');
  const afterReset = JSON.parse(readFileSync(join(dataDir, 'plan.json'), 'utf8'));
  assert.equal((afterReset.daily_check_ins ?? []).length, 0);
  assert.ok(
    readdirSync(dataDir).some((f) => f.startsWith('plan.before-reset-')),
    'the old plan is kept',
  );

  // Import the export back: the file is checked, the person confirms.
  await (await app.find('#import-file')).type(exportedPath);
  await app.waitFor('return document.activeElement?.getAttribute("role") === "alertdialog"', {
    what: 'the import confirmation',
  });
  assert.match(await text(app, '.confirm'), /1 check of your back pain, 0 sessions, 11 daily and 0 weekly check-ins/);
  await saveScreenshot(app, 'import-confirm');
  await click(app, '[data-action="confirm"]');
  await app.waitFor('return document.querySelector("#data-status").textContent.startsWith("Imported")');
  assert.equal(JSON.parse(readFileSync(join(dataDir, 'plan.json'), 'utf8')).daily_check_ins.length, 11);

  // A file that is not a plan is refused and changes nothing.
  const bogus = join(documents, 'notes.json');
  writeFileSync(bogus, '{"shopping": ["eggs"]}');
  await (await app.find('#import-file')).type(bogus);
  await app.waitFor('return document.querySelector("#data-status").textContent.includes("cannot be imported")');
  assert.match(await text(app, '#data-status'), /not a Spinewise plan\. Your plan has not been changed/);
  assert.equal(JSON.parse(readFileSync(join(dataDir, 'plan.json'), 'utf8')).daily_check_ins.length, 11);
  await app.close();
});
