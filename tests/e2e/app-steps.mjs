// The moves a person makes in the app, shared by the real-window tests and the
// benchmark: click, read, wait for a screen, start a routine, answer a pain
// check-in, open the print window.

import { Keys } from './webdriver.mjs';

export const click = async (app, css) => (await app.find(css)).click();
export const text = async (app, css) => (await app.find(css)).text();

/// A script that says whether an image has loaded and decodes to a picture.
export const rendered = (css) =>
  `const i = document.querySelector(${JSON.stringify(css)});
   return i.decode().then(() => i.naturalWidth > 0 && i.naturalHeight > 0, () => false);`;

export const screen = (app, name, timeout) =>
  app.waitFor(`return document.body.dataset.screen === ${JSON.stringify(name)}`, {
    what: `the ${name} screen`,
    timeout,
  });

/// From anywhere: Routines, the routine, the pain before starting, Start.
export async function startRoutine(app, id, pain) {
  await click(app, 'a[data-nav="routines"]');
  await screen(app, 'routines');
  await click(app, `[data-routine="${id}"] [data-action="choose-routine"]`);
  await click(app, `label[for="start-pain-${pain}"]`);
  await click(app, '[data-action="start-session"]');
  await screen(app, 'session');
}

/// Stops a running session by keyboard: Esc holds the clock and asks, Enter
/// answers "Stop the session" (focused).
export async function stopByKeyboard(app) {
  await app.execute('document.activeElement?.blur(); return true');
  await app.keys(Keys.ESCAPE);
  await app.waitFor('return document.activeElement?.dataset.action === "confirm"', { what: 'the stop question' });
  await app.keys(Keys.ENTER);
}

/// Answers the session's pain check-in form (already on screen).
export async function checkIn(app, pain, spreading) {
  await click(app, `label[for="check-in-pain-${pain}"]`);
  await click(app, `label[for="check-in-spreading-${spreading}"]`);
  await click(app, '[data-action="submit-check-in"]');
}

/// Prints the plan (on the plan screen) and switches WebDriver to the print
/// window once its page has loaded; returns the main window's handle.
export async function openPrintWindow(app) {
  const main = await app.request('GET', '/window');
  await click(app, '[data-action="print-plan"]');
  let printWindow;
  for (let i = 0; i < 100 && !printWindow; i += 1) {
    printWindow = (await app.request('GET', '/window/handles')).find((h) => h !== main);
    if (!printWindow) await new Promise((r) => setTimeout(r, 100));
  }
  if (!printWindow) throw new Error('no print window opened');
  await app.request('POST', '/window', { handle: printWindow });
  await app.waitFor('return document.readyState === "complete" && document.querySelector("h1")');
  return main;
}

/// Waits until the session is in `state` (running, paused, awaiting_check_in...).
export const sessionState = (app, state, timeout = 20000) =>
  app.waitFor(`return document.body.dataset.sessionState === ${JSON.stringify(state)}`, {
    timeout,
    what: `session ${state}`,
  });
