// A document as Standpoint read it: title, byline, Q&A structure, speakers, boilerplate greyed, and every
// assessment highlighted by polarity with its cues; its labels show on hover and on keyboard focus.
import * as api from '../api.js';
import {fmt, h, loading, pager, polarityBadge, fill} from '../dom.js';
import {bandText} from '../likelihood.js';

export async function documentsView(main, route, current) {
  const offset = Number(route.params.get('offset') || 0);
  main.append(h('h1', {}, 'Documents'));
  const holder = h('div', {}, loading('documents'));
  main.append(holder);
  const page = await api.get('/documents', {offset, limit: 25});
  if (!current()) return;
  if (!page.items.length) {
    fill(holder, h('p', {}, 'The index is empty. ', h('a', {href: '#/ingest'}, 'Upload documents'), ' to begin.'));
    return;
  }
  fill(holder, h('div', {class: 'table-wrap'}, h('table', {class: 'list'},
    h('thead', {}, h('tr', {}, ['Title', 'Author', 'Date', 'Sentences', 'Assessments'].map(t => h('th', {scope: 'col'}, t)))),
    h('tbody', {}, page.items.map(d => h('tr', {},
      h('td', {}, h('a', {href: `#/doc/${encodeURIComponent(d.id)}`}, d.title || d.source)),
      h('td', {}, d.authors.join(', ')),
      h('td', {class: 'nowrap'}, d.published ? fmt.date(d.published) : '—'),
      h('td', {class: 'num'}, fmt.int(d.sentences)),
      h('td', {class: 'num'}, fmt.int(d.assessments))))))),
  pager(page, o => { location.hash = `#/documents?offset=${o}`; }));
}

export async function documentView(main, route, current) {
  const id = route.args[0];
  const target = route.params.has('s') ? Number(route.params.get('s')) : null;
  main.append(loading('the document'));
  const ad = await api.get(`/documents/${encodeURIComponent(id)}`);
  if (!current()) return;
  const doc = ad.document;
  const article = body(ad, target);
  fill(main, header(ad), legend(), h('div', {class: 'doc-layout'}, article, outline(ad, article)));
  if (target !== null) {
    const el = document.getElementById(`s-${target}`);
    if (el) {
      el.classList.add('target');
      el.setAttribute('tabindex', '0');
      el.scrollIntoView({block: 'center'});
      el.focus({preventScroll: true});
    }
  }
  document.title = `${doc.title} — Standpoint`;
}

function header(ad) {
  const d = ad.document;
  const assessments = ad.sentences.filter(s => s.assessment && s.assessment.assessment).length;
  const url = d.metadata && (d.metadata.source_url || d.metadata.url);
  const safeUrl = url && /^https?:\/\//i.test(url) ? url : null;
  return h('header', {class: 'doc-head'},
    h('p', {class: 'eyebrow'}, h('a', {href: '#/documents'}, 'Documents'), ' / ', d.format.toUpperCase()),
    h('h1', {}, d.title),
    h('p', {class: 'byline'}, d.authors.length ? d.authors.join(', ') : 'No byline', ' · ', d.published ? fmt.date(d.published) : 'undated'),
    h('p', {class: 'muted small'}, `Source: ${d.source} · ${fmt.plural(ad.sentences.length, 'sentence')} · ${fmt.plural(assessments, 'assessment')} · id ${d.id}`,
      safeUrl ? [' · ', h('a', {href: safeUrl, rel: 'noopener noreferrer nofollow', target: '_blank'}, 'original')] : null));
}

function legend() {
  return h('details', {class: 'legend-box'}, h('summary', {}, 'How to read this page'),
    h('ul', {class: 'legend'},
      h('li', {}, h('mark', {class: 'as pol-positive'}, 'positive'), ' ', h('mark', {class: 'as pol-negative'}, 'negative'), ' ',
        h('mark', {class: 'as pol-mixed'}, 'mixed'), ' assessments and ', h('mark', {class: 'as pol-forecast'}, 'forecasts'),
        '; hover or Tab to one for its holder, certainty, conditions and cues.'),
      h('li', {}, h('span', {class: 'cue'}, 'underlined'), ' words are the cues behind a label; ', h('span', {class: 'cond'}, 'dotted'), ' text is a condition.'),
      h('li', {}, h('span', {class: 'role-tag'}, 'Q'), ' questions and ', h('span', {class: 'role-tag'}, 'A'), ' answers are paired; greyed text is boilerplate, never analysed.')));
}

function body(ad, target) {
  const d = ad.document;
  const text = d.text;
  const byParagraph = new Map();
  for (const s of ad.sentences) {
    const list = byParagraph.get(s.sentence.paragraph) || [];
    list.push(s);
    byParagraph.set(s.sentence.paragraph, list);
  }
  const article = h('article', {class: 'doc-body', 'aria-label': 'Document text'});
  let lastSpeaker = null;
  for (const p of d.paragraphs) {
    const role = p.role.toLowerCase();
    const el = h(role === 'heading' || role === 'title' ? 'h2' : 'p', {class: `para role-${role}`, 'data-para': p.index,
      'data-qa': p.qa >= 0 ? p.qa : null});
    if (role === 'title') continue;
    if (p.speaker && p.speaker !== lastSpeaker) el.append(h('span', {class: 'speaker'}, p.speaker), ' ');
    lastSpeaker = p.speaker || lastSpeaker;
    if (role === 'question') el.append(h('span', {class: 'role-tag', title: `Question ${p.qa + 1}`}, 'Q'), ' ');
    if (role === 'answer' && isFirstAnswer(d.paragraphs, p)) el.append(h('span', {class: 'role-tag', title: `Answer ${p.qa + 1}`}, 'A'), ' ');
    if (role === 'boilerplate') el.setAttribute('aria-label', 'Boilerplate, not analysed');
    let pos = p.span.start;
    for (const s of byParagraph.get(p.index) || []) {
      if (s.sentence.span.start > pos) el.append(text.slice(pos, s.sentence.span.start));
      el.append(sentence(s, text, target));
      pos = s.sentence.span.end;
    }
    if (pos < p.span.end) el.append(text.slice(pos, p.span.end));
    article.append(el);
  }
  return article;
}

/** A side panel: counts by polarity, the speakers, and the questions as a table of contents. */
function outline(ad, article) {
  const counts = {positive: 0, negative: 0, mixed: 0, forecast: 0};
  const speakers = new Map();
  for (const s of ad.sentences) {
    const a = s.assessment;
    if (a && a.assessment && counts[a.polarity.toLowerCase()] !== undefined) counts[a.polarity.toLowerCase()]++;
    if (a && a.forecast) counts.forecast++;
    if (s.sentence.speaker) speakers.set(s.sentence.speaker, (speakers.get(s.sentence.speaker) || 0) + 1);
  }
  const questions = ad.document.paragraphs.filter(p => p.role === 'QUESTION');
  const jump = p => () => {
    const el = article.querySelector(`[data-para="${p.index}"]`);
    if (el) { el.scrollIntoView({block: 'start'}); el.setAttribute('tabindex', '-1'); el.focus({preventScroll: true}); }
  };
  return h('aside', {class: 'doc-side', 'aria-label': 'About this document'},
    h('section', {class: 'card'}, h('h2', {}, 'Labels'),
      h('ul', {class: 'plain counts'}, Object.entries(counts).map(([k, n]) =>
        h('li', {}, h('mark', {class: `as pol-${k}`}, k), ' ', h('span', {class: 'num'}, fmt.int(n)))))),
    speakers.size ? h('section', {class: 'card'}, h('h2', {}, 'Speakers'),
      h('ul', {class: 'plain'}, [...speakers].map(([n, c]) => h('li', {}, `${n} `, h('span', {class: 'muted'}, `· ${fmt.plural(c, 'sentence')}`))))) : null,
    questions.length ? h('nav', {class: 'card toc-card', 'aria-label': 'Questions in this document'}, h('h2', {}, 'Questions'),
      h('ol', {class: 'toc'}, questions.map(p => h('li', {}, h('button', {type: 'button', class: 'linklike', onclick: jump(p)},
        clip(ad.document.text.slice(p.span.start, p.span.end), 90)))))) : null);
}

function clip(s, n) {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length <= n ? t : `${t.slice(0, n - 1)}…`;
}

function isFirstAnswer(paragraphs, p) {
  const first = paragraphs.find(x => x.qa === p.qa && x.role === 'ANSWER');
  return first && first.index === p.index;
}

function sentence(s, text, target) {
  const a = s.assessment;
  const idx = s.sentence.index;
  const isAssessment = a && a.assessment;
  const isForecast = a && a.forecast;
  if (!isAssessment && !isForecast) {
    return h('span', {id: `s-${idx}`, class: 'sent'}, s.text);
  }
  const pol = isAssessment ? a.polarity.toLowerCase() : 'forecast';
  const mark = h('mark', {id: `s-${idx}`, class: `as pol-${pol}`, tabindex: '0', 'aria-describedby': `tip-${idx}`});
  appendMarked(mark, s, text);
  const wrap = h('span', {class: 'as-wrap'}, mark, tip(s, idx));
  return wrap;
}

/** The sentence text with its cues underlined and its conditions dotted (spans are document offsets). */
function appendMarked(el, s, text) {
  const start = s.sentence.span.start;
  const end = s.sentence.span.end;
  const a = s.assessment;
  const marks = [
    ...a.conditions.map(c => ({start: c.span.start, end: c.span.end, cls: 'cond', title: `condition (${c.trigger})`})),
    ...a.cues.filter(c => c.kind !== 'CONDITION').map(c => ({start: c.span.start, end: c.span.end, cls: 'cue', title: `${fmt.label(c.kind)}: ${c.label}`})),
  ].filter(m => m.start >= start && m.end <= end && m.end > m.start).sort((x, y) => x.start - y.start || y.end - x.end);
  let pos = start;
  for (const m of marks) {
    if (m.start < pos) continue;
    if (m.start > pos) el.append(text.slice(pos, m.start));
    el.append(h('span', {class: m.cls, title: m.title}, text.slice(m.start, m.end)));
    pos = m.end;
  }
  if (pos < end) el.append(text.slice(pos, end));
}

function tip(s, idx) {
  const a = s.assessment;
  const rows = [];
  const row = (k, ...v) => rows.push(h('dt', {}, k), h('dd', {}, ...v));
  if (a.assessment) row('Polarity', polarityBadge(a.polarity));
  row('Holder', `${a.holder.name} (${fmt.label(a.holder.kind)})`);
  if (a.assessment) row('Strength', `${fmt.label(a.intensity)} intensity, ${fmt.label(a.certainty)}`);
  if (a.targets.length) row('About', a.targets.join(', '));
  if (a.forecast) row('Forecast', bandText(a.likelihood));
  if (a.conditions.length) row('Conditions', a.conditions.map(c => `“${s.text.slice(c.span.start - s.sentence.span.start, c.span.end - s.sentence.span.start)}”`).join('; '));
  const cues = a.cues.map(c => `“${s.text.slice(c.span.start - s.sentence.span.start, c.span.end - s.sentence.span.start)}” → ${fmt.label(c.kind)} ${c.label}`);
  if (cues.length) row('Cues', h('ul', {class: 'plain'}, cues.map(c => h('li', {}, c))));
  return h('span', {class: 'tip', role: 'tooltip', id: `tip-${idx}`}, h('dl', {}, rows));
}
