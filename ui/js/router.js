// Screens are addressed by the URL hash so the header links and the browser's
// own history work without any framework.

const routes = new Map();

export function route(name, render) {
  routes.set(name, render);
}

export function navigate(name) {
  if (location.hash === `#${name}`) {
    render();
  } else {
    location.hash = name;
  }
}

export function render() {
  const name = location.hash.slice(1) || 'home';
  const screen = routes.get(name) ?? routes.get('home');
  document.querySelectorAll('[data-nav]').forEach((link) => {
    if (link.dataset.nav === name) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  });
  screen();
}

window.addEventListener('hashchange', render);
