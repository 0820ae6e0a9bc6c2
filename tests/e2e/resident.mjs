// Spinewise started as a person starts it (no WebDriver), on a plan folder of
// its own and a notification desktop: for what WebDriver cannot drive, the
// window closing and coming back, the tray, starting in the background.

import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { xDisplay, xdotool } from './harness.mjs';

const closer = join(resolve(dirname(fileURLToPath(import.meta.url))), 'tools', 'close-window.py');

/// Writes `plan` into a new plan folder and starts `binary` on it with
/// `args`; `again()` starts another copy the same way (it hands over to the
/// first and leaves).
export async function launch(binary, plan, desktop, args = []) {
  const dataDir = mkdtempSync(join(tmpdir(), 'spinewise-e2e-'));
  writeFileSync(join(dataDir, 'plan.json'), JSON.stringify(plan, null, 2));
  const env = {
    ...process.env,
    DISPLAY: await xDisplay(),
    SPINEWISE_DATA_DIR: dataDir,
    XDG_CONFIG_HOME: mkdtempSync(join(tmpdir(), 'spinewise-config-')),
    DBUS_SESSION_BUS_ADDRESS: desktop.address,
    LANG: 'en_GB.UTF-8',
  };
  const child = spawn(binary, args, { env, stdio: 'ignore' });
  return {
    child,
    pid: String(child.pid),
    dataDir,
    env,
    /// Starts Spinewise again; resolves to the second copy's exit code.
    again: () => new Promise((resolveExit) => spawn(binary, [], { env, stdio: 'ignore' }).on('exit', resolveExit)),
  };
}

/// The process's visible main window as the window system knows it (GTK keeps
/// smaller helper windows of the same name), or null.
export async function visibleWindow(pid) {
  const ids = await xdotool('search', '--onlyvisible', '--pid', pid, '--name', '^Spinewise$').catch(() => '');
  let best = null;
  for (const id of ids.split('\n').filter(Boolean)) {
    const shape = await xdotool('getwindowgeometry', '--shell', id);
    const width = Number(/WIDTH=(\d+)/.exec(shape)[1]);
    if (!best || width > best.width) best = { id, width };
  }
  return best?.id ?? null;
}

/// Asks the window to close, as its close button does.
export function closeWindow(id, env) {
  execFileSync(closer, [id], { env });
}

/// Polls `check` until it returns something truthy.
export async function until(what, check, timeout = 15000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
