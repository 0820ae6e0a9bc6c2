// @ts-check
// Builds DOM nodes from data. Text is always inserted as text, never as HTML,
// so nothing the backend or the person types can become markup.

export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') el.className = value;
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key.startsWith('on') && typeof value === 'function')
      el.addEventListener(key.slice(2).toLowerCase(), value);
    else if (key in el && typeof value !== 'string') el[key] = value;
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

/// An element index.html always has. Missing means the page is broken, which
/// is better said at once than as a null later.
/** @param {string} id @returns {HTMLElement} */
export function byId(id) {
  const element = document.getElementById(id);
  if (!element) throw new Error(`index.html has no #${id}`);
  return element;
}

/// Replaces the main view and moves focus to its heading, so keyboard and
/// screen-reader users start reading the new screen from the top.
export function show(...nodes) {
  const view = byId('view');
  view.replaceChildren(...nodes);
  const heading = view.querySelector('h1');
  const target = /** @type {HTMLElement} */ (heading ?? view);
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: false });
  window.scrollTo(0, 0);
}

export function announce(text) {
  const announcer = byId('announcer');
  announcer.textContent = '';
  // A fresh text node after a tick makes screen readers announce repeats too.
  setTimeout(() => {
    announcer.textContent = text;
  }, 50);
}

/// Today in the person's own time zone, as the backend expects a day.
export function localDay(date = new Date()) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/// An SVG drawn by the backend, parsed as SVG (never as HTML) and adopted
/// into the page, so it can be styled and read by screen readers.
export function svgFrom(text) {
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  const svg = doc.documentElement;
  if (svg.nodeName !== 'svg') return h('p', { class: 'small' }, 'The chart could not be drawn.');
  return document.importNode(svg, true);
}

/// A day ("2026-11-24") for people: "24 November 2026".
export function formatDay(day) {
  const [y, m, d] = day.split('-').map(Number);
  const date = new Date(y, m - 1, d);
  return Number.isNaN(date.getTime()) ? day : date.toLocaleDateString(undefined, { dateStyle: 'long' });
}

export function formatDate(iso) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(undefined, { dateStyle: 'long', timeStyle: 'short' });
}
