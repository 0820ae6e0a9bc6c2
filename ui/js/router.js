// @ts-check
// Screens are addressed by the URL hash so the header links and the browser's
// own history work without any framework.

const routes = new Map();
let leaving = null;

/// Runs once when the current screen is replaced (to stop listening to events).
export function onLeave(cleanup) {
  leaving = cleanup;
}

export function route(name, render) {
  routes.set(name, render);
}

/// `name` may carry one parameter: `exercise/bird_dog`.
export function navigate(name) {
  if (location.hash === `#${name}`) {
    render();
  } else {
    location.hash = name;
  }
}

/// Screens reached from another screen's page, marked in the menu as that page.
const PART_OF = { 'check-in': 'progress', weekly: 'progress', exercise: 'library' };

export function render() {
  const [name, param] = (location.hash.slice(1) || 'home').split('/');
  const screen = routes.get(name) ?? routes.get('home');
  const section = PART_OF[name] ?? name;
  document.querySelectorAll('[data-nav]').forEach((link) => {
    if (link.getAttribute('data-nav') === section) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  });
  leaving?.();
  leaving = null;
  screen(param ? decodeURIComponent(param) : undefined);
}

window.addEventListener('hashchange', render);
