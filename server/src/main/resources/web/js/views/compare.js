// Compare: how holders, authors, countries, years or sources divide on one question, side by side, each group's
// verdict counted from its own assessments and its heaviest ones quoted.
import * as api from '../api.js';
import {fmt, h, loading, fill} from '../dom.js';
import {verdictBar} from '../charts.js';
import {citeLink} from './ask.js';

const GROUPS = ['holder', 'author', 'country', 'year', 'source'];

export async function compareView(main, route, current) {
  const q = route.params.get('q') || '';
  const by = route.params.get('by') || 'holder';
  const input = h('input', {id: 'c-q', type: 'search', value: q, required: true, maxlength: 1000, class: 'wide', autocomplete: 'off'});
  const select = h('select', {id: 'c-by'}, GROUPS.map(g => h('option', {value: g, selected: g === by}, g)));
  main.append(h('h1', {}, 'Compare'),
    h('form', {class: 'ask-form', role: 'search', onsubmit: e => {
      e.preventDefault();
      if (input.value.trim()) location.hash = `#/compare?${new URLSearchParams({q: input.value.trim(), by: select.value})}`;
    }},
    h('label', {for: 'c-q', class: 'big-label'}, 'Question'),
    h('div', {class: 'ask-row'}, input, h('label', {for: 'c-by', class: 'inline'}, 'grouped by ', select),
      h('button', {type: 'submit', class: 'primary'}, 'Compare')),
    h('p', {class: 'hint'}, 'The same relevant assessments as an answer, split into groups; each group gets its own verdict.')));
  if (!q) return;
  const out = h('section', {'aria-label': 'Comparison'}, loading('the comparison'));
  main.append(out);
  const c = await api.get('/compare', {q, by, groups: 8});
  if (!current()) return;
  const cites = new Map(c.citations.map(x => [x.number, x]));
  fill(out, 
    h('section', {class: 'card'}, h('h2', {}, 'Overall: ', h('span', {class: `pol-text-${fmt.label(c.overall.label)}`}, fmt.label(c.overall.label))),
      h('p', {class: 'muted'}, `${fmt.plural(c.overall.assessments, 'assessment')} in ${fmt.plural(c.groups.length, 'group')} by ${fmt.label(c.by)}`),
      c.overall.assessments ? verdictBar(c.overall.sides, 'Overall verdict', true) : null),
    c.groups.length ? h('div', {class: 'columns', role: 'list'}, c.groups.map(g => h('section', {class: 'card group', role: 'listitem', 'aria-label': `${g.label}: ${fmt.label(g.verdict.label)}`},
      h('h3', {}, g.label),
      h('p', {}, h('strong', {class: `pol-text-${fmt.label(g.verdict.label)}`}, fmt.label(g.verdict.label)),
        h('span', {class: 'muted'}, ` · ${fmt.plural(g.verdict.assessments, 'assessment')}`)),
      verdictBar(g.verdict.sides, `${g.label} verdict`),
      h('ul', {class: 'plain group-quotes'}, g.citations.map(n => cites.get(n)).filter(Boolean).map(x =>
        h('li', {}, h('span', {class: 'q-text'}, `“${x.text}”`), ' ', citeLink(x))))))) : h('p', {class: 'muted'}, 'No assessments speak to this question.'));
}
