// Ask: a question box; the answer as a verdict bar, key points, conditions, forecasts and numbered sources. Every
// quoted sentence links to its document at that sentence.
import * as api from '../api.js';
import {append, errorBox, fmt, h, loading, polarityBadge, fill} from '../dom.js';
import {bandBar, verdictBar} from '../charts.js';
import {band, bandText} from '../likelihood.js';

const HISTORY = 'standpoint-questions';

export async function askView(main, route, current) {
  const q = route.params.get('q') || '';
  const filters = {author: route.params.get('author') || '', from: route.params.get('from') || '', to: route.params.get('to') || ''};
  const input = h('textarea', {id: 'question', name: 'q', rows: 2, maxlength: 1000, required: true,
    placeholder: 'How do experts assess …?', 'aria-describedby': 'question-help'}, q);
  const author = h('input', {id: 'f-author', name: 'author', value: filters.author, autocomplete: 'off'});
  const from = h('input', {id: 'f-from', name: 'from', inputmode: 'numeric', pattern: '[0-9]{4}', size: 4, value: filters.from});
  const to = h('input', {id: 'f-to', name: 'to', inputmode: 'numeric', pattern: '[0-9]{4}', size: 4, value: filters.to});
  const form = h('form', {class: 'ask-form', role: 'search', onsubmit: e => {
    e.preventDefault();
    const params = new URLSearchParams({q: input.value.trim()});
    for (const [k, el] of [['author', author], ['from', from], ['to', to]]) if (el.value.trim()) params.set(k, el.value.trim());
    if (input.value.trim()) location.hash = `#/ask?${params}`;
  }},
  h('label', {for: 'question', class: 'big-label'}, 'Ask the experts'),
  h('div', {class: 'ask-row'}, input, h('button', {type: 'submit', class: 'primary'}, 'Ask')),
  h('p', {id: 'question-help', class: 'hint'}, 'Ask how experts or officials assess an actor, a relationship or a policy. ',
    'Press Enter to ask; Shift+Enter for a new line.'),
  h('details', {class: 'filters', open: !!(filters.author || filters.from || filters.to)},
    h('summary', {}, 'Filters'),
    h('div', {class: 'filter-row'},
      h('label', {for: 'f-author'}, 'Author ', author),
      h('label', {for: 'f-from'}, 'From year ', from),
      h('label', {for: 'f-to'}, 'To year ', to))));
  input.addEventListener('keydown', e => {
    if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); form.requestSubmit(); }
  });
  main.append(h('h1', {class: 'sr-only'}, 'Ask'), form);
  if (!q) {
    main.append(history());
    return;
  }
  remember(q);
  const out = h('section', {class: 'answer', 'aria-label': 'Answer'}, loading('the answer'));
  main.append(out);
  const answer = await api.get('/ask', {q, author: filters.author, from: filters.from, to: filters.to});
  if (!current()) return;
  fill(out, ...renderAnswer(answer));
}

function history() {
  const past = JSON.parse(localStorage.getItem(HISTORY) || '[]');
  if (!past.length) {
    return h('section', {class: 'intro'},
      h('p', {}, 'Standpoint answers with quotations only: a verdict counted from the assessments it finds, the key points, ',
        'the conditions they depend on and the forecasts they make, each linked to the sentence it quotes.'),
      h('p', {}, 'No documents yet? ', h('a', {href: '#/ingest'}, 'Upload some'), ' or browse the ', h('a', {href: '#/documents'}, 'documents'), '.'));
  }
  return h('section', {class: 'intro'}, h('h2', {}, 'Recent questions'),
    h('ul', {class: 'plain'}, past.map(p => h('li', {}, h('a', {href: `#/ask?${new URLSearchParams({q: p})}`}, p)))));
}

function remember(q) {
  const past = JSON.parse(localStorage.getItem(HISTORY) || '[]').filter(x => x !== q);
  past.unshift(q);
  localStorage.setItem(HISTORY, JSON.stringify(past.slice(0, 8)));
}

export function citeLink(c, text) {
  return h('a', {href: `#/doc/${encodeURIComponent(c.documentId)}?s=${c.sentenceIndex}`, class: 'cite',
    'aria-label': `Source ${c.number}: ${c.title || 'document'}, sentence ${c.sentenceIndex + 1}`}, text || `[${c.number}]`);
}

export function quote(c) {
  return h('blockquote', {class: 'quote'}, h('span', {class: 'q-text'}, `“${c.text}”`), ' ', citeLink(c));
}

function renderAnswer(a) {
  const v = a.verdict;
  const cites = new Map(a.citations.map(c => [c.number, c]));
  const parts = [];
  const label = fmt.label(v.label);
  parts.push(h('section', {class: 'verdict card', 'aria-labelledby': 'verdict-h'},
    h('h1', {id: 'verdict-h', class: 'verdict-title'}, 'Verdict: ', h('span', {class: `verdict-label pol-text-${label}`}, label)),
    h('p', {class: 'muted'}, v.assessments ? `${fmt.plural(v.assessments, 'assessment')} from ${fmt.plural(v.documents, 'document')}, ${fmt.plural(v.holders, 'holder')}`
      : 'No assessment in the index speaks to this question.'),
    v.heldBy && v.heldBy.length ? h('p', {class: 'hint held-by'}, `The view of ${v.heldBy.join(', ')}, whom the question asks about; other holders' assessments are among the sources.`) : null,
    v.paired ? h('p', {class: 'hint paired'}, `${fmt.plural(v.paired, 'assessment')} ${v.paired === 1 ? 'counts' : 'count'} as mixed: each is set against the sentence before or after it (“But …”, “At the same time, …”).`) : null,
    v.divided ? h('p', {class: 'hint divided'}, 'Caution: the claims that answer most directly disagree; read both sides below.') : null,
    v.targeted ? h('p', {class: 'hint targeted'}, `${fmt.plural(v.targeted, 'assessment')} ${v.targeted === 1 ? 'counts' : 'count'} by the words that qualify ${a.analysis.topicHeads.map(w => `“${w}”`).join(' or ')}, not by the sentence as a whole.`) : null,
    v.assessments ? verdictBar(v.sides, 'Verdict', true) : null));
  if (a.keyPoints.length) {
    parts.push(h('section', {class: 'card', 'aria-labelledby': 'kp-h'}, h('h2', {id: 'kp-h'}, 'Key points'),
      h('ol', {class: 'points'}, a.keyPoints.map(k => {
        const c = cites.get(k.label);
        return h('li', {class: `point pol-edge-${fmt.label(k.polarity)}`},
          h('div', {class: 'point-meta'}, polarityBadge(k.polarity), ' ',
            h('span', {}, `${fmt.plural(k.support, 'assessment')} · ${fmt.pct(k.share)} of all`),
            k.holders.length ? h('span', {class: 'holders'}, ` · ${k.holders.join(', ')}`) : null),
          c ? quote(c) : null,
          k.citations.length > 1 ? h('p', {class: 'also'}, 'Also: ', k.citations.filter(n => n !== k.label).map(n => [citeLink(cites.get(n)), ' '])) : null);
      }))));
  }
  if (a.conditions.length) {
    parts.push(h('section', {class: 'card', 'aria-labelledby': 'cond-h'}, h('h2', {id: 'cond-h'}, 'Conditions'),
      h('ul', {class: 'conditions'}, a.conditions.map(c => h('li', {},
        h('span', {class: 'q-text'}, `“${c.text}”`), ` — ${c.holder} `, citeLink(cites.get(c.citation)))))));
  }
  if (a.forecasts.length) {
    parts.push(h('section', {class: 'card', 'aria-labelledby': 'fc-h'}, h('h2', {id: 'fc-h'}, 'Forecasts'),
      h('ul', {class: 'forecasts'}, a.forecasts.map(f => {
        const b = band(f.likelihood);
        const c = cites.get(f.citation);
        return h('li', {},
          h('div', {class: 'fc-meta'}, h('strong', {}, bandText(f.likelihood)), ' ', bandBar(b.low, b.high, f.probability),
            h('span', {class: 'muted'}, ` ${f.holder}${f.made ? ' · ' + fmt.date(f.made) : ''}`)),
          c ? quote(c) : null,
          f.conditions.length ? h('p', {class: 'muted'}, 'Depends on: ', f.conditions.map(x => `“${x}”`).join('; ')) : null);
      }))));
  }
  parts.push(h('section', {class: 'card', 'aria-labelledby': 'src-h'}, h('h2', {id: 'src-h'}, 'Sources'),
    a.citations.length ? h('ol', {class: 'sources'}, a.citations.map(c => h('li', {value: c.number, id: `source-${c.number}`},
      h('div', {class: 'src-meta'}, h('strong', {}, c.holder || c.author || 'unknown'), ' · ', c.title || 'untitled',
        c.published ? ` · ${fmt.date(c.published)}` : '', ` · sentence ${c.sentenceIndex + 1}`),
      c.context ? h('p', {class: 'context'}, 'Answering: ', h('span', {class: 'q-text'}, `“${c.context}”`)) : null,
      h('p', {}, h('span', {class: 'q-text'}, `“${c.text}”`), ' ', citeLink(c, 'open in document →')))))
      : h('p', {class: 'muted'}, 'No sentences were cited.')));
  return parts;
}

export {append, errorBox};
