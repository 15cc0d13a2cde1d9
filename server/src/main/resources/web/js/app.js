// The router: #/view/arg…?params → a view function that fills <main>. Each navigation moves focus to the new
// heading so keyboard and screen-reader users land on the content.
import {clear, errorBox, h} from './dom.js';
import {askView} from './views/ask.js';
import {documentView, documentsView} from './views/document.js';
import {entitiesView, entityView, dyadView} from './views/entities.js';
import {compareView} from './views/compare.js';
import {forecastsView} from './views/forecasts.js';
import {ingestView} from './views/ingest.js';

const views = {
  ask: askView,
  documents: documentsView,
  doc: documentView,
  entities: entitiesView,
  dyads: entitiesView,
  entity: entityView,
  dyad: dyadView,
  compare: compareView,
  forecasts: forecastsView,
  ingest: ingestView,
};

export function parseHash(hash) {
  const raw = (hash || '').replace(/^#\/?/, '');
  const [path, qs] = raw.split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  return {name: parts[0] || 'ask', args: parts.slice(1), params: new URLSearchParams(qs || '')};
}

/** Navigates by changing the hash (so the back button works). */
export function go(hash) {
  if (location.hash === hash) route(); else location.hash = hash;
}

let generation = 0;

async function route() {
  const r = parseHash(location.hash);
  const view = views[r.name] || askView;
  const main = document.getElementById('view');
  const mine = ++generation;
  for (const a of document.querySelectorAll('[data-nav]')) {
    const active = a.dataset.nav.split(' ').includes(r.name);
    if (active) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
  }
  clear(main);
  try {
    await view(main, r, () => mine === generation);
  } catch (err) {
    if (mine === generation) main.append(errorBox(err));
  }
  if (mine === generation) {
    main.dataset.ready = r.name;
    if (!r.params.has('s')) {
      const heading = main.querySelector('h1');
      if (heading) {
        heading.setAttribute('tabindex', '-1');
        heading.focus({preventScroll: true});
      }
    }
  }
}

window.addEventListener('hashchange', route);
window.addEventListener('DOMContentLoaded', route);
export {h};
