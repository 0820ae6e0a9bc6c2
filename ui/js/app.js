// @ts-check
import { navigate, render, route } from './router.js';
import { showHome } from './screens/home.js';
import { showSettings } from './screens/settings.js';
import { startTriage } from './screens/triage.js';
import { showLibrary } from './screens/library.js';
import { showExercise } from './screens/exercise.js';
import { showRoutines } from './screens/routines.js';
import { showPlan } from './screens/plan.js';
import { showProgress } from './screens/progress.js';
import { showCheckIn } from './screens/checkin.js';
import { showWeekly } from './screens/weekly.js';
import { showHelp } from './screens/help.js';
import { showAbout } from './screens/about.js';
import { listen } from './api.js';
import { NAVIGATE, NOTICE } from './ipc/events.js';
import { announce, byId } from './dom.js';
import { startReminders } from './reminder.js';

route('home', showHome);
route('triage', startTriage);
route('settings', showSettings);
route('library', showLibrary);
route('exercise', showExercise);
route('routines', showRoutines);
route('plan', showPlan);
route('progress', showProgress);
route('check-in', showCheckIn);
route('weekly', showWeekly);
route('help', showHelp);
route('about', showAbout);
// In-app links go through navigate() so that choosing the screen already
// in the address (for example "Check my pain" on a result) renders it afresh.
document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('a[href^="#"]') : null;
  const target = link?.getAttribute('href')?.slice(1);
  if (!target || target === 'view') return;
  event.preventDefault();
  navigate(target);
});

// The native menu: Help and About are screens; Print and Export are done by
// the backend, which tells the window what happened.
listen(NAVIGATE, (screen) => navigate(screen));
listen(NOTICE, (message) => {
  const notice = byId('notice');
  /** @type {HTMLElement} */ (notice.querySelector('p')).textContent = message;
  notice.hidden = false;
  announce(message);
});
/** @type {HTMLElement} */ (byId('notice').querySelector('[data-action="dismiss-notice"]')).addEventListener(
  'click',
  () => {
    byId('notice').hidden = true;
    byId('view').focus();
  },
);

render();
startReminders();
