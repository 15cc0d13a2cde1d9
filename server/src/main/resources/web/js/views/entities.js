// Entities and dyads: who the documents mention; for one entity or pair, who assesses it, how, and how that
// changed over the years.
import * as api from '../api.js';
import {fmt, h, loading, pager, polarityBadge, fill} from '../dom.js';
import {countsBar, timelineChart} from '../charts.js';

const TYPES = ['', 'STATE', 'PERSON', 'ORG', 'PLACE', 'GROUP'];

export async function entitiesView(main, route, current) {
  const dyads = route.name === 'dyads';
  const q = route.params.get('q') || '';
  const type = route.params.get('type') || '';
  const offset = Number(route.params.get('offset') || 0);
  main.append(h('h1', {}, dyads ? 'Relationships' : 'Entities'),
    h('nav', {class: 'tabs', 'aria-label': 'Entities or relationships'},
      h('a', {href: '#/entities', 'aria-current': dyads ? null : 'page'}, 'Entities'),
      h('a', {href: '#/dyads', 'aria-current': dyads ? 'page' : null}, 'Relationships (dyads)')));
  if (!dyads) {
    const search = h('input', {id: 'e-q', type: 'search', value: q, autocomplete: 'off'});
    const select = h('select', {id: 'e-type'}, TYPES.map(t => h('option', {value: t, selected: t === type}, t ? fmt.label(t) : 'any type')));
    main.append(h('form', {class: 'filter-row', role: 'search', onsubmit: e => {
      e.preventDefault();
      location.hash = `#/entities?${new URLSearchParams({q: search.value.trim(), type: select.value})}`;
    }}, h('label', {for: 'e-q'}, 'Name ', search), h('label', {for: 'e-type'}, 'Type ', select), h('button', {type: 'submit'}, 'Filter')));
  }
  const holder = h('div', {}, loading(dyads ? 'relationships' : 'entities'));
  main.append(holder);
  const page = dyads ? await api.get('/dyads', {offset, limit: 30}) : await api.get('/entities', {q, type, offset, limit: 30});
  if (!current()) return;
  const go = o => { location.hash = dyads ? `#/dyads?offset=${o}` : `#/entities?${new URLSearchParams({q, type, offset: o})}`; };
  fill(holder, h('div', {class: 'table-wrap'}, h('table', {class: 'list'},
    h('thead', {}, h('tr', {}, (dyads ? ['Relationship', 'Sentences'] : ['Name', 'Type', 'Sentences']).map(t => h('th', {scope: 'col'}, t)))),
    h('tbody', {}, page.items.map(r => dyads
      ? h('tr', {}, h('td', {}, h('a', {href: dyadHref(r.first.id, r.second.id)}, `${r.first.name} – ${r.second.name}`)), h('td', {class: 'num'}, fmt.int(r.sentences)))
      : h('tr', {}, h('td', {}, h('a', {href: `#/entity/${encodeURIComponent(r.id)}`}, r.name)), h('td', {}, fmt.label(r.type)), h('td', {class: 'num'}, fmt.int(r.sentences))))))),
  page.items.length ? pager(page, go) : h('p', {class: 'muted'}, 'Nothing found.'));
}

function dyadHref(a, b) {
  return `#/dyad/${encodeURIComponent(a)}/${encodeURIComponent(b)}`;
}

export async function entityView(main, route, current) {
  const id = route.args[0];
  await profileView(main, route, current, `/entities/${encodeURIComponent(id)}`, p => p.subject[0].name, id);
}

export async function dyadView(main, route, current) {
  const [a, b] = route.args;
  await profileView(main, route, current, `/dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}`,
    p => `${p.subject[0].name} – ${p.subject[1].name}`, null);
}

async function profileView(main, route, current, path, title, entityId) {
  const offset = Number(route.params.get('offset') || 0);
  main.append(loading('the profile'));
  const p = await api.get(path, {offset, limit: 15});
  const related = entityId ? await api.get('/dyads', {entity: entityId, limit: 12}) : null;
  if (!current()) return;
  const name = title(p);
  const sub = p.subject.map(s => fmt.label(s.type)).join(' and ');
  fill(main, 
    h('header', {class: 'doc-head'}, h('p', {class: 'eyebrow'}, h('a', {href: '#/entities'}, 'Entities'), ` / ${sub}`), h('h1', {}, name),
      h('p', {class: 'muted'}, `${fmt.plural(p.sentences, 'sentence')} mention${p.sentences === 1 ? 's' : ''} ${p.subject.length > 1 ? 'both' : 'it'}; `,
        `${fmt.int(p.assessments)} of them ${p.assessments === 1 ? 'is an assessment' : 'are assessments'}.`),
      h('p', {}, h('a', {href: `#/ask?${new URLSearchParams({q: `How do experts assess ${name}?`})}`}, `Ask how experts assess ${name} →`))),
    h('div', {class: 'grid2'},
      h('section', {class: 'card', 'aria-labelledby': 'pol-h'}, h('h2', {id: 'pol-h'}, 'How it is assessed'),
        p.assessments ? countsBar(p.polarity, `Assessments of ${name} by polarity`) : h('p', {class: 'muted'}, 'No assessments yet.')),
      h('section', {class: 'card', 'aria-labelledby': 'hold-h'}, h('h2', {id: 'hold-h'}, 'Who assesses it'), holders(p.holders))),
    h('section', {class: 'card', 'aria-labelledby': 'time-h'}, h('h2', {id: 'time-h'}, 'Polarity over time'),
      timelineChart(p.timeline, `Assessments of ${name} per year by polarity`), undated(p)),
    related && related.items.length ? h('section', {class: 'card', 'aria-labelledby': 'rel-h'}, h('h2', {id: 'rel-h'}, 'Relationships'),
      h('ul', {class: 'chips'}, related.items.map(r => h('li', {}, h('a', {href: dyadHref(r.first.id, r.second.id)},
        `${r.first.name} – ${r.second.name}`, h('span', {class: 'muted'}, ` ${fmt.int(r.sentences)}`)))))) : null,
    h('section', {class: 'card', 'aria-labelledby': 'items-h'}, h('h2', {id: 'items-h'}, 'Assessments, newest first'),
      h('ol', {class: 'hits', start: p.items.offset + 1}, p.items.items.map(hit)),
      p.items.items.length ? pager(p.items, o => { location.hash = `${location.hash.split('?')[0]}?offset=${o}`; }) : null));
}

function undated(p) {
  const dated = p.timeline.reduce((s, r) => s + Object.values(r.polarity).reduce((a, b) => a + b, 0), 0);
  const rest = p.assessments - dated;
  return rest > 0 ? h('p', {class: 'muted small'}, `${fmt.plural(rest, 'assessment')} in undated documents ${rest === 1 ? 'is' : 'are'} not charted.`) : null;
}

function holders(rows) {
  if (!rows.length) return h('p', {class: 'muted'}, 'No holders yet.');
  return h('div', {class: 'table-wrap'}, h('table', {class: 'list compact'},
    h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, 'Holder'), h('th', {scope: 'col'}, 'Total'),
      [['Pos.', 'positive'], ['Neg.', 'negative'], ['Mixed', 'mixed']].map(([t, full]) => h('th', {scope: 'col'}, h('abbr', {title: full}, t))))),
    h('tbody', {}, rows.map(r => h('tr', {}, h('td', {}, r.name), h('td', {class: 'num'}, fmt.int(r.assessments)),
      ['positive', 'negative', 'mixed'].map(k => h('td', {class: `num pol-text-${k}`}, fmt.int(r.polarity[k] || 0))))))));
}

export function hit(x) {
  const s = x.sentence;
  const a = s.assessment;
  return h('li', {class: `hit pol-edge-${a ? a.polarity.toLowerCase() : 'neutral'}`},
    h('div', {class: 'point-meta'}, a ? polarityBadge(a.polarity) : null, ' ', h('strong', {}, a ? a.holder.name : ''),
      h('span', {class: 'muted'}, ` · ${x.document.title} · ${x.document.published ? fmt.date(x.document.published) : 'undated'}`)),
    h('blockquote', {class: 'quote'}, h('span', {class: 'q-text'}, `“${s.text.replace(/\s+/g, ' ')}”`), ' ',
      h('a', {class: 'cite', href: `#/doc/${encodeURIComponent(x.document.id)}?s=${s.sentence.index}`}, 'open →')));
}
