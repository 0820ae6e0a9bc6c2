// The performance benchmark: Spinewise measured side by side with a bare
// Tauri "hello world" (bench/bare/, built here with the same Tauri version and
// release profile), in one run, so the ratios hold on a noisy machine.
// Writes bench/report.md and bench/report.json. It measures; it never fails
// on a time. Run it with scripts/bench.sh [--runs N] [--clock-minutes M].

import { execFileSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, readlinkSync, statSync, writeFileSync } from 'node:fs';
import { cpus, release } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDriver } from '../tests/e2e/harness.mjs';
import { closeWindow, launch, until, visibleWindow } from '../tests/e2e/resident.mjs';
import { answerAll, calmAnswers, planVersion } from '../tests/e2e/triage-steps.mjs';
import { notificationDesktop } from '../tests/e2e/notifications.mjs';
import { checkIn, click, startRoutine } from '../tests/e2e/app-steps.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bare = join(root, 'bench', 'bare');
const target = join(root, 'target');
const option = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const RUNS = option('runs', 7);
const CLOCK_MINUTES = option('clock-minutes', 10);
const RESIDENT_MINUTES = option('resident-minutes', 10);
// `--only resident` measures the companion alone and keeps the other figures
// of the last full run (bench/report.json).
const ONLY = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const MiB = (bytes) => bytes / 1024 / 1024;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const say = (text) => console.log(`==> ${text}`);

// ---- building both apps -------------------------------------------------

function build() {
  const tauri = join(root, 'node_modules', '.bin', 'tauri');
  const env = { ...process.env, CARGO_TARGET_DIR: target, CI: 'true' };
  say('building Spinewise (release, .deb)');
  execFileSync(tauri, ['build', '--ci', '--bundles', 'deb'], { cwd: root, env, stdio: 'inherit' });
  say('building the bare Tauri app (same Tauri version and profile)');
  // The app's lock file pins the bare app to the very same Tauri crates.
  copyFileSync(join(root, 'Cargo.lock'), join(bare, 'Cargo.lock'));
  execFileSync(tauri, ['build', '--ci', '--bundles', 'deb'], { cwd: bare, env, stdio: 'inherit' });
  const debIn = (prefix) => {
    const folder = join(target, 'release', 'bundle', 'deb');
    const name = readdirSync(folder).find((f) => f.startsWith(prefix) && f.endsWith('.deb'));
    return join(folder, name);
  };
  return {
    spinewise: { name: 'Spinewise', binary: join(target, 'release', 'spinewise'), deb: debIn('Spinewise_') },
    bare: { name: 'bare Tauri app', binary: join(target, 'release', 'bare-tauri'), deb: debIn('bare-tauri_') },
  };
}

// ---- processes ------------------------------------------------------------

const TICKS = 100; // USER_HZ on Linux
const bootTime = Number(/btime (\d+)/.exec(readFileSync('/proc/stat', 'utf8'))[1]);

function processes() {
  return readdirSync('/proc').filter((p) => /^\d+$/.test(p)).map((pid) => {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      let exe = '';
      try { exe = readlinkSync(`/proc/${pid}/exe`); } catch { /* gone or not ours */ }
      return { pid: Number(pid), ppid: Number(fields[1]), start: Number(fields[19]), exe };
    } catch {
      return null;
    }
  }).filter(Boolean);
}

/// The newest process running `binary`, and every process below it (WebKit's).
function appTree(binary) {
  const all = processes();
  const app = all.filter((p) => p.exe === binary).sort((a, b) => b.start - a.start)[0];
  if (!app) throw new Error(`${binary} is not running`);
  const tree = [app];
  for (let i = 0; i < tree.length; i += 1) tree.push(...all.filter((p) => p.ppid === tree[i].pid));
  return { app, tree };
}

/// Proportional set size of a set of processes, in MiB: shared pages split fairly.
function pss(tree) {
  let kib = 0;
  for (const { pid } of tree) {
    try {
      kib += Number(/^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))[1]);
    } catch { /* a process that just ended */ }
  }
  return kib / 1024;
}

// ---- measurements ---------------------------------------------------------

/// Process start (from the kernel, 10 ms steps) to the UI's "interactive" mark.
async function startUp(app) {
  const d = await startDriver({ app: app.binary });
  try {
    const session = await d.open();
    const mark = await session.execute(`
      const m = performance.getEntriesByName('interactive')[0];
      return m ? performance.timeOrigin + m.startTime : null;`);
    const { app: proc } = appTree(app.binary);
    const started = (bootTime + proc.start / TICKS) * 1000;
    await session.close();
    return mark - started;
  } finally {
    d.stop();
    await sleep(800);
  }
}

async function memory(app, { duringSession = false } = {}) {
  const d = await startDriver({ app: app.binary });
  try {
    const session = await d.open();
    await sleep(5000);
    const { tree } = appTree(app.binary);
    const idle = pss(tree);
    let running = null;
    if (duringSession) {
      await calmTriage(session);
      await runRoutine(session, 'gentle_mobility');
      await sleep(5000);
      running = pss(appTree(app.binary).tree);
    }
    await session.close();
    return { idle, running, processes: tree.length };
  } finally {
    d.stop();
    await sleep(800);
  }
}

/// A fresh plan offers no routine until a triage is done.
async function calmTriage(session) {
  await click(session, 'a[data-nav="triage"]');
  await answerAll(session, calmAnswers);
}

async function runRoutine(session, routine) {
  await startRoutine(session, routine, 1);
  await session.waitFor('return document.body.dataset.sessionState === "running"', { timeout: 15000 });
}

/// Real sessions, back to back, until CLOCK_MINUTES of running time: the
/// engine's elapsed time (pushed as events) against the page's monotonic clock,
/// summed over every stretch where the session ran (check-ins stop the clock).
async function clockAccuracy(app) {
  const d = await startDriver({ app: app.binary });
  try {
    const session = await d.open();
    await session.execute(`
      window.clockLog = [];
      window.__TAURI__.event.listen('session-state', (e) => {
        window.clockLog.push([performance.now(), e.payload.session_elapsed_ms, e.payload.status.state]);
      });
      return true;`);
    let engine = 0;
    let wall = 0;
    let sessions = 0;
    let seen = 0;
    await calmTriage(session);
    while (engine < CLOCK_MINUTES * 60_000) {
      await runRoutine(session, 'gentle_mobility');
      sessions += 1;
      for (;;) {
        const state = await session.execute('return document.body.dataset.screen === "session-end" ? "ended" : document.body.dataset.sessionState');
        if (state === 'ended') break;
        if (state === 'awaiting_check_in') {
          await checkIn(session, 1, false);
        }
        // Pairs of consecutive running snapshots of the same session, from
        // the last one already counted on.
        const from = Math.max(0, seen - 1);
        const all = await session.execute(`return window.clockLog.slice(${from})`);
        for (let i = 1; i < all.length; i += 1) {
          const [t0, e0, s0] = all[i - 1];
          const [t1, e1, s1] = all[i];
          if (s0 === 'running' && s1 === 'running' && e1 >= e0) {
            engine += e1 - e0;
            wall += t1 - t0;
          }
        }
        seen = from + all.length;
        if (engine >= CLOCK_MINUTES * 60_000) break;
        await sleep(1000);
      }
    }
    await session.close();
    return { engineMs: engine, wallMs: wall, errorMs: engine - wall, sessions };
  } finally {
    d.stop();
    await sleep(800);
  }
}

/// CPU time (ticks) of a set of processes, and the context switches of each
/// of their threads by name and id: a wake-up is a switch onto the CPU,
/// voluntary or not.
function cpuAndWakeUps(tree) {
  let ticks = 0;
  const threads = new Map();
  for (const { pid } of tree) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
      for (const task of readdirSync(`/proc/${pid}/task`)) {
        const status = readFileSync(`/proc/${pid}/task/${task}/status`, 'utf8');
        const name = /^Name:\s+(.*)$/m.exec(status)[1];
        const switches =
          Number(/^voluntary_ctxt_switches:\s+(\d+)/m.exec(status)[1]) +
          Number(/^nonvoluntary_ctxt_switches:\s+(\d+)/m.exec(status)[1]);
        threads.set(`${name} (${task})`, switches);
      }
    } catch {
      /* a process or thread that just ended */
    }
  }
  return { ticks, threads };
}

/// Wake-ups a minute of each thread alive at the end (a thread born in
/// between counts from zero), busiest first.
function wakeUpsByThread(before, after, minutes) {
  return [...after.threads]
    .map(([thread, switches]) => ({ thread, perMinute: (switches - (before.threads.get(thread) ?? 0)) / minutes }))
    .filter((t) => t.perMinute > 0)
    .sort((a, b) => b.perMinute - a.perMinute);
}

/// Spinewise kept running for its reminders with the window closed: a plan
/// with movement breaks on and "keep running" ticked, started as the person
/// starts it (no WebDriver), its window closed as a close button does, on a
/// session bus with a notification server so the tray and notifications are
/// real. Memory 10 s after the close; CPU and wake-ups over the next minutes
/// (no reminder is due in them: the first break comes 30 minutes after start).
async function resident(app) {
  const desktop = await notificationDesktop();
  const everyDay = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
  const plan = {
    format: 'spinewise-plan',
    version: planVersion,
    settings: {
      emergency_number: '999',
      reminders: {
        breaks: { every_minutes: 30, from: '00:00', until: '23:59', days: everyDay },
        offered: true,
        keep_running: true,
      },
    },
  };
  const started = await launch(app.binary, plan, desktop);
  try {
    const window = await until('the window', () => visibleWindow(started.pid), 20000);
    await sleep(5000);
    const open = pss(appTree(app.binary).tree);
    closeWindow(window, started.env);
    await sleep(10000);
    const { tree } = appTree(app.binary);
    const closed = pss(tree);
    const before = cpuAndWakeUps(tree);
    const start = Date.now();
    await sleep(RESIDENT_MINUTES * 60_000);
    const after = cpuAndWakeUps(appTree(app.binary).tree);
    const minutes = (Date.now() - start) / 60_000;
    const byThread = wakeUpsByThread(before, after, minutes);
    return {
      windowOpen: open,
      windowClosed: closed,
      processes: tree.map((p) => ({ name: p.exe.split('/').at(-1) || String(p.pid), pss: pss([p]) })),
      minutes,
      cpuSeconds: (after.ticks - before.ticks) / TICKS,
      wakeUpsPerMinute: byThread.reduce((sum, t) => sum + t.perMinute, 0),
      busiestThreads: byThread.slice(0, 4),
    };
  } finally {
    started.child.kill('SIGTERM');
    desktop.stop();
    await sleep(800);
  }
}

function planStorage() {
  const out = execFileSync('cargo', ['bench', '--locked', '-q', '-p', 'spinewise-core', '--bench', 'plan_storage'], {
    cwd: root, env: { ...process.env, BENCH_DIR: target }, encoding: 'utf8',
  });
  return JSON.parse(out.trim().split('\n').at(-1));
}

// ---- the report ------------------------------------------------------------

function machine() {
  const webkit = (() => {
    try { return execFileSync('pkg-config', ['--modversion', 'webkit2gtk-4.1'], { encoding: 'utf8' }).trim(); } catch { return 'unknown'; }
  })();
  const tauriVersion = /name = "tauri"\nversion = "([^"]+)"/.exec(readFileSync(join(root, 'Cargo.lock'), 'utf8'))[1];
  return { cores: cpus().length, cpu: cpus()[0].model.trim(), kernel: release(), webkit, tauri: tauriVersion, display: 'Xvfb' };
}

function report(results) {
  const { spinewise: s, bare: b } = results;
  const ratio = (x, y) => (x / y).toFixed(2);
  const rows = [
    ['Start-up to first interactive screen (median)', `${s.startupMs.toFixed(0)} ms`, `${b.startupMs.toFixed(0)} ms`, ratio(s.startupMs, b.startupMs), 'within 15% (≤ 1.15)', s.startupMs <= b.startupMs * 1.15],
    ['Memory, idle on the home screen (PSS, all processes)', `${s.memory.idle.toFixed(0)} MiB`, `${b.memory.idle.toFixed(0)} MiB`, ratio(s.memory.idle, b.memory.idle), 'within 15% (≤ 1.15)', s.memory.idle <= b.memory.idle * 1.15],
    ['Memory, during a running session (PSS)', `${s.memory.running.toFixed(0)} MiB`, `${b.memory.idle.toFixed(0)} MiB (idle)`, ratio(s.memory.running, b.memory.idle), 'within 15% (≤ 1.15)', s.memory.running <= b.memory.idle * 1.15],
    ['Installer (.deb)', `${MiB(s.debBytes).toFixed(2)} MiB`, `${MiB(b.debBytes).toFixed(2)} MiB`, ratio(s.debBytes, b.debBytes), '≤ 1.5', s.debBytes <= b.debBytes * 1.5],
    ['Memory, resident for reminders with the window closed (PSS, all processes)', `${s.resident.windowClosed.toFixed(0)} MiB: ${s.resident.processes.map((p) => `${p.name} ${p.pss.toFixed(0)}`).join(', ')} (${s.resident.windowOpen.toFixed(0)} MiB before the close)`, `${b.memory.idle.toFixed(0)} MiB (window open)`, ratio(s.resident.windowClosed, b.memory.idle), '≤ 0.3', s.resident.windowClosed <= b.memory.idle * 0.3],
    ['Program (stripped binary)', `${MiB(s.binaryBytes).toFixed(2)} MiB`, `${MiB(b.binaryBytes).toFixed(2)} MiB`, ratio(s.binaryBytes, b.binaryBytes), '', null],
  ];
  const c = results.clock;
  const p = results.storage;
  const lines = [
    '# Spinewise performance report',
    '',
    `Measured on ${results.date} by \`scripts/bench.sh\` (bench/bench.mjs): ${results.machine.cores} cores (${results.machine.cpu}),`,
    `Linux ${results.machine.kernel}, WebKitGTK ${results.machine.webkit}, Tauri ${results.machine.tauri}, under ${results.machine.display}.`,
    `Both apps are release builds of the same Tauri crates and profile, measured in the same run, alternately, ${results.runs} start-ups each.`,
    'The figures measure; nothing here fails the build.',
    ...(results.residentDate
      ? [`The resident figures, and the bare app's memory they compare with, were taken again on ${results.residentDate} (\`--only resident\`).`]
      : []),
    '',
    '| figure | Spinewise | bare Tauri app | ratio | aim | met |',
    '|---|---|---|---|---|---|',
    ...rows.map(([what, x, y, r, aim, met]) => `| ${what} | ${x} | ${y} | ${r} | ${aim} | ${met === null ? '' : met ? 'yes' : '**no**'} |`),
    '',
    '| figure | Spinewise | aim | met |',
    '|---|---|---|---|',
    `| Session clock error after ${(c.engineMs / 60000).toFixed(1)} min of real sessions (${c.sessions} back to back) | ${c.errorMs.toFixed(1)} ms (engine ${c.engineMs.toFixed(0)} ms, page clock ${c.wallMs.toFixed(0)} ms) | under 50 ms | ${Math.abs(c.errorMs) < 50 ? 'yes' : '**no**'} |`,
    `| Save with fsync, two-year plan (${p.daily_check_ins} daily check-ins, ${(p.file_bytes / 1024).toFixed(0)} KiB), median of ${p.runs} | ${p.save_median_ms.toFixed(2)} ms (slowest ${p.save_max_ms.toFixed(2)} ms) | under 10 ms | ${p.save_median_ms < 10 ? 'yes' : '**no**'} |`,
    `| CPU while resident, window closed, over ${results.spinewise.resident.minutes.toFixed(1)} min | ${results.spinewise.resident.cpuSeconds.toFixed(2)} s of CPU, ${results.spinewise.resident.wakeUpsPerMinute.toFixed(1)} wake-ups a minute (busiest threads: ${results.spinewise.resident.busiestThreads.map((t) => `${t.thread} ${t.perMinute.toFixed(0)}`).join(', ')}) | about 0: no polling | ${results.spinewise.resident.cpuSeconds < 1 ? 'yes' : '**no**'} |`,
    `| Load, the same plan, median of ${p.runs} | ${p.load_median_ms.toFixed(2)} ms (slowest ${p.load_max_ms.toFixed(2)} ms) | under 10 ms | ${p.load_median_ms < 10 ? 'yes' : '**no**'} |`,
    '',
    '## How each figure is taken',
    '',
    '- **Start-up**: from the process start the kernel records (`/proc/PID/stat`, 10 ms steps) to the',
    '  `interactive` performance mark the page sets when its first screen can be used (Spinewise: the home',
    '  screen filled from the backend; the bare app: its page script ran). Both are started through',
    '  `tauri-driver`, the same way, from a fresh data folder.',
    '- **Memory**: the proportional set size (`Pss` in `/proc/PID/smaps_rollup`) of the app and every',
    '  process below it (WebKit\'s web and network processes), 5 s after the first screen, and 5 s into a',
    '  running session for Spinewise.',
    '- **Resident**: Spinewise with movement breaks on and "keep running" ticked, started without',
    '  WebDriver on a session bus with a notification server (so its tray and notifications are real); its',
    '  window is closed as a close button does (a `WM_DELETE_WINDOW` message), which destroys the webview.',
    '  Memory is the PSS of what is left 10 s later (the app and WebKit\'s network process), against the',
    '  bare app with its window open. CPU is the time the kernel counts for every process left, and',
    '  wake-ups the context switches of all their threads, over the minutes after, with no reminder due.',
    '- **Sizes**: the `.deb` files `tauri build --bundles deb` makes, and the stripped release binaries.',
    '- **Session clock**: real sessions run in the app, back to back, with check-ins answered as they come;',
    '  the engine\'s `session_elapsed_ms` in each event it pushes is compared with the page\'s monotonic',
    '  clock (`performance.now()`) at its arrival, summed over every stretch the session ran.',
    '- **Plan storage**: `cargo bench -p spinewise-core --bench plan_storage`, in the `target/` folder on',
    '  the project\'s disk; a save writes a temporary file, fsyncs it, renames it, fsyncs the folder, and',
    '  first copies the current plan to the backup the same way.',
    '',
    'Raw figures: `bench/report.json`.',
    '',
  ];
  writeFileSync(join(root, 'bench', 'report.md'), lines.join('\n'));
  writeFileSync(join(root, 'bench', 'report.json'), `${JSON.stringify(results, null, 2)}\n`);
}

// ---- the run -----------------------------------------------------------------

const apps = build();
if (ONLY === 'resident') {
  const results = JSON.parse(readFileSync(join(root, 'bench', 'report.json'), 'utf8'));
  say('memory of the bare app, window open');
  results.bare.memory = await memory(apps.bare);
  say(`resident with the window closed, ${RESIDENT_MINUTES} minutes`);
  results.spinewise.resident = await resident(apps.spinewise);
  results.residentDate = new Date().toISOString().slice(0, 10);
  report(results);
  say('written bench/report.md and bench/report.json');
  console.log(readFileSync(join(root, 'bench', 'report.md'), 'utf8'));
  process.exit(0);
}
const results = { date: new Date().toISOString().slice(0, 10), machine: machine(), runs: RUNS };
for (const key of ['spinewise', 'bare']) {
  results[key] = { binaryBytes: statSync(apps[key].binary).size, debBytes: statSync(apps[key].deb).size, startups: [] };
}
say(`start-up, ${RUNS} runs each, alternating`);
for (let i = 0; i < RUNS; i += 1) {
  for (const key of ['bare', 'spinewise']) results[key].startups.push(await startUp(apps[key]));
}
for (const key of ['bare', 'spinewise']) results[key].startupMs = median(results[key].startups);
say('memory');
results.bare.memory = await memory(apps.bare);
results.spinewise.memory = await memory(apps.spinewise, { duringSession: true });
say(`resident with the window closed, ${RESIDENT_MINUTES} minutes`);
results.spinewise.resident = await resident(apps.spinewise);
say('plan storage');
results.storage = planStorage();
say(`session clock, ${CLOCK_MINUTES} minutes of real sessions`);
results.clock = await clockAccuracy(apps.spinewise);
report(results);
say('written bench/report.md and bench/report.json');
console.log(readFileSync(join(root, 'bench', 'report.md'), 'utf8'));
process.exit(0);
