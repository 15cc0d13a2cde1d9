// Forecasts: the ledger of every extracted forecast with filters, resolve buttons, Brier scores and calibration.
import * as api from '../api.js';
import {errorBox, fmt, h, loading, pager, fill} from '../dom.js';
import {bandBar, calibrationChart} from '../charts.js';
import {band, bandText} from '../likelihood.js';

export async function forecastsView(main, route, current) {
  const p = route.params;
  const status = p.get('status') || 'open';
  const holder = p.get('holder') || '';
  const offset = Number(p.get('offset') || 0);
  const statusSel = h('select', {id: 'f-status'}, ['open', 'resolved', 'all'].map(s => h('option', {value: s, selected: s === status}, s)));
  const holderIn = h('input', {id: 'f-holder', value: holder, autocomplete: 'off'});
  const params = o => new URLSearchParams({status: statusSel.value, holder: holderIn.value.trim(), offset: o});
  main.append(h('h1', {}, 'Forecasts'),
    h('form', {class: 'filter-row', onsubmit: e => { e.preventDefault(); location.hash = `#/forecasts?${params(0)}`; }},
      h('label', {for: 'f-status'}, 'Status ', statusSel), h('label', {for: 'f-holder'}, 'Holder ', holderIn),
      h('button', {type: 'submit'}, 'Filter')));
  const layout = h('div', {class: 'ledger'});
  const listBox = h('section', {class: 'ledger-list', 'aria-label': 'Forecast ledger'}, loading('forecasts'));
  const scoreBox = h('aside', {class: 'card scores', 'aria-labelledby': 'score-h'}, h('h2', {id: 'score-h'}, 'Scores'), loading('scores'));
  layout.append(listBox, scoreBox);
  main.append(layout);
  const [page, scores] = await Promise.all([
    api.get('/forecasts', {status, holder: holder || undefined, offset, limit: 20}),
    api.get('/forecasts/score'),
  ]);
  if (!current()) return;
  renderScores(scoreBox, scores);
  fill(listBox, 
    page.items.length ? h('ol', {class: 'hits', start: offset + 1}, page.items.map(f => item(f, scoreBox)))
      : h('p', {class: 'muted'}, status === 'open' ? 'No open forecasts. ' : 'No forecasts match.'),
    page.items.length ? pager(page, o => { location.hash = `#/forecasts?${params(o)}`; }) : null);
}

function item(f, scoreBox) {
  const b = band(f.likelihood);
  const state = h('p', {class: 'resolution', 'aria-live': 'polite'}, f.resolution ? resolvedText(f.resolution) : 'Open');
  const note = h('input', {type: 'text', 'aria-label': 'Note (why)', placeholder: 'note (optional)', maxlength: 2000, class: 'note'});
  const buttons = ['true', 'false', 'void'].map(o => h('button', {type: 'button', class: `resolve resolve-${o}`, 'data-outcome': o,
    'aria-label': `Resolve as ${o === 'void' ? 'void (cannot be judged)' : o === 'true' ? 'came true' : 'did not come true'}: ${f.text.slice(0, 60)}`,
    onclick: async e => {
      const btns = e.currentTarget.parentElement.querySelectorAll('button');
      btns.forEach(x => { x.disabled = true; });
      try {
        const r = await api.post(`/forecasts/${encodeURIComponent(f.id)}/resolve`, {outcome: o, note: note.value});
        fill(state, resolvedText(r));
        state.classList.add('done');
        renderScores(scoreBox, await api.get('/forecasts/score'));
      } catch (err) {
        if (err.status === 401) askToken();
        fill(state, errorBox(err));
      } finally {
        btns.forEach(x => { x.disabled = false; });
      }
    }}, o === 'true' ? 'Came true' : o === 'false' ? 'Did not' : 'Void'));
  return h('li', {class: 'hit forecast-item', id: `f-${f.id}`},
    h('div', {class: 'fc-meta'}, h('strong', {}, bandText(f.likelihood)), ' ', bandBar(b.low, b.high, f.probability),
      h('span', {class: 'muted'}, ` ${f.holder} · ${f.made ? fmt.date(f.made) : 'undated'}`)),
    h('blockquote', {class: 'quote'}, h('span', {class: 'q-text'}, `“${f.text}”`), ' ',
      h('a', {class: 'cite', href: `#/doc/${encodeURIComponent(f.documentId)}?s=${f.sentenceIndex}`}, f.title)),
    f.conditions.length ? h('p', {class: 'muted'}, 'Depends on: ', f.conditions.map(c => `“${c}”`).join('; ')) : null,
    state,
    h('div', {class: 'resolve-row', role: 'group', 'aria-label': 'Resolve this forecast'}, note, buttons));
}

function resolvedText(r) {
  const o = r.outcome.toLowerCase();
  return `Resolved: ${o === 'true' ? 'came true' : o === 'false' ? 'did not come true' : 'void'}${r.note ? ` — ${r.note}` : ''}`;
}

function renderScores(box, s) {
  const o = s.overall;
  const bins = (o.calibration || []).map(b => ({probability: b.meanForecast, observed: b.observed, count: b.n}));
  fill(box, h('h2', {id: 'score-h'}, 'Scores'),
    h('p', {class: 'brier'}, o.n ? [h('span', {class: 'big-number'}, o.brier.toFixed(3)), ' Brier score over ', fmt.plural(o.n, 'resolved forecast')]
      : 'Resolve forecasts to see a Brier score (0 is perfect; always saying 50 % earns 0.25).'),
    s.voided ? h('p', {class: 'muted'}, `${fmt.plural(s.voided, 'void resolution')} not scored.`) : null,
    o.n ? calibrationChart(bins, 'Calibration: forecast probability against how often such forecasts came true') : null,
    s.holders.length ? h('div', {class: 'table-wrap'}, h('table', {class: 'list compact'}, h('caption', {}, 'By holder'),
      h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, 'Holder'), h('th', {scope: 'col'}, 'Resolved'), h('th', {scope: 'col'}, 'Brier'))),
      h('tbody', {}, s.holders.map(x => h('tr', {}, h('td', {}, x.holder), h('td', {class: 'num'}, fmt.int(x.score.n)),
        h('td', {class: 'num'}, x.score.brier === null ? '—' : x.score.brier.toFixed(3))))))) : null);
}

export function askToken() {
  const t = window.prompt('This server needs its write token for changes. Token:');
  if (t) api.setToken(t.trim());
}
