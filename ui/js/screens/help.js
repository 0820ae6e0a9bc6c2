// @ts-check
import { api } from '../api.js';
import { h, show } from '../dom.js';
import { showError } from './error.js';

/// How to use Spinewise and its keyboard shortcuts, as the backend words them.
export async function showHelp() {
  let help;
  try {
    help = await api.help();
  } catch (error) {
    showError(error, showHelp);
    return;
  }
  show(
    h(
      'section',
      { class: 'help-page', 'aria-labelledby': 'help-title' },
      h('h1', { id: 'help-title' }, 'Help'),
      help.topics.map((topic, i) =>
        h(
          'section',
          { class: 'card', 'aria-labelledby': `topic-${i}` },
          h('h2', { id: `topic-${i}` }, topic.title),
          topic.paragraphs.map((text) => h('p', {}, text)),
        ),
      ),
      h(
        'section',
        { class: 'card', 'aria-labelledby': 'shortcuts-title' },
        h('h2', { id: 'shortcuts-title' }, 'Keyboard shortcuts'),
        h(
          'table',
          { class: 'history shortcuts' },
          h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Keys'), h('th', { scope: 'col' }, 'What they do'))),
          h(
            'tbody',
            {},
            help.shortcuts.map((s) => h('tr', {}, h('td', {}, h('kbd', {}, s.keys)), h('td', {}, s.does))),
          ),
        ),
        h('p', { class: 'help' }, 'Tab and Shift+Tab move between controls; Enter or Space chooses one.'),
      ),
    ),
  );
  document.body.dataset.screen = 'help';
}
