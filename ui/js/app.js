import { navigate, render, route } from './router.js';
import { showHome } from './screens/home.js';
import { showSettings } from './screens/settings.js';
import { startTriage } from './screens/triage.js';

route('home', showHome);
route('triage', startTriage);
route('settings', showSettings);
// Header links go through navigate() so that choosing the screen already
// shown (for example "Check my pain" on a result) starts it afresh.
document.addEventListener('click', (event) => {
  const link = event.target.closest('a[data-nav]');
  if (!link) return;
  event.preventDefault();
  navigate(link.dataset.nav);
});

render();
