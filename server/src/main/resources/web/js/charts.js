// Charts drawn as SVG or plain elements: a verdict bar, polarity over time, calibration. Every chart carries a
// text alternative (aria-label or a table) with the same numbers.
import {fmt, h} from './dom.js';

const POLARITIES = ['positive', 'negative', 'mixed'];

/** A horizontal bar split by polarity; sides: [{polarity, share, assessments}]. */
export function verdictBar(sides, caption, detailed = false) {
  const total = sides.reduce((s, x) => s + (x.share || 0), 0) || 1;
  const label = sides.map(s => `${fmt.label(s.polarity)} ${fmt.pct(s.share / total)}, ${fmt.plural(s.assessments, 'assessment')}`).join('; ');
  const bar = h('div', {class: 'vbar', role: 'img', 'aria-label': `${caption}: ${label}`});
  for (const s of sides) {
    if (!s.share) continue;
    bar.append(h('span', {class: `seg pol-${fmt.label(s.polarity)}`, style: {width: `${(100 * s.share / total).toFixed(2)}%`},
      title: `${fmt.label(s.polarity)}: ${fmt.pct(s.share / total)}`}));
  }
  const legend = h('ul', {class: 'legend'}, sides.map(s =>
    h('li', {}, h('span', {class: `swatch pol-${fmt.label(s.polarity)}`, 'aria-hidden': 'true'}),
      h('strong', {}, fmt.label(s.polarity)), ` ${fmt.pct(s.share / total)}`,
      s.assessments ? ` · ${fmt.plural(s.assessments, 'assessment')}` : '',
      detailed && s.assessments && s.documents !== undefined ? ` · ${fmt.plural(s.documents, 'document')} · ${fmt.plural(s.holders, 'holder')}` : '')));
  return h('div', {class: 'vbar-wrap'}, bar, legend);
}

/** Counts {positive: n, …} as a verdict bar. */
export function countsBar(counts, caption) {
  const total = POLARITIES.reduce((s, p) => s + (counts[p] || 0), 0) || 1;
  return verdictBar(POLARITIES.map(p => ({polarity: p, share: (counts[p] || 0) / total, assessments: counts[p] || 0})), caption);
}

/** Stacked columns per year, one segment per polarity, with a data table for screen readers. */
export function timelineChart(rows, caption) {
  if (!rows.length) return h('p', {class: 'muted'}, 'No dated assessments to chart.');
  const W = 640, H = 220, left = 36, bottom = 28, top = 10;
  const max = Math.max(1, ...rows.map(r => POLARITIES.reduce((s, p) => s + (r.polarity[p] || 0), 0)));
  const step = (W - left - 10) / rows.length;
  const bw = Math.min(48, step * 0.7);
  const y = v => top + (H - top - bottom) * (1 - v / max);
  const svg = h('svg:svg', {viewBox: `0 0 ${W} ${H}`, class: 'chart', role: 'img', 'aria-label': caption, preserveAspectRatio: 'xMidYMid meet'});
  for (const t of ticks(max)) {
    svg.append(h('svg:line', {x1: left, x2: W - 4, y1: y(t), y2: y(t), class: 'grid'}));
    svg.append(h('svg:text', {x: left - 6, y: y(t) + 4, 'text-anchor': 'end', class: 'axis'}, fmt.int(t)));
  }
  rows.forEach((r, i) => {
    const x = left + i * step + (step - bw) / 2;
    let acc = 0;
    for (const p of POLARITIES) {
      const v = r.polarity[p] || 0;
      if (!v) continue;
      const rect = h('svg:rect', {x, y: y(acc + v), width: bw, height: y(acc) - y(acc + v), class: `pol-${p}`});
      rect.append(h('svg:title', {}, `${r.year}: ${v} ${p}`));
      svg.append(rect);
      acc += v;
    }
    svg.append(h('svg:text', {x: x + bw / 2, y: H - 8, 'text-anchor': 'middle', class: 'axis'}, String(r.year)));
  });
  const table = h('table', {class: 'sr-only'}, h('caption', {}, caption),
    h('tr', {}, h('th', {}, 'year'), POLARITIES.map(p => h('th', {}, p))),
    rows.map(r => h('tr', {}, h('td', {}, String(r.year)), POLARITIES.map(p => h('td', {}, fmt.int(r.polarity[p] || 0))))));
  return h('figure', {class: 'figure'}, svg, table,
    h('figcaption', {class: 'legend-inline'}, POLARITIES.map(p => h('span', {}, h('span', {class: `swatch pol-${p}`, 'aria-hidden': 'true'}), p))));
}

/** Calibration: forecast probability (x) against the share that came true (y), one dot per bin sized by count. */
export function calibrationChart(bins, caption) {
  const W = 330, H = 320, pad = 48;
  const sx = v => pad + (W - 2 * pad) * v;
  const sy = v => H - pad - (H - 2 * pad) * v;
  const svg = h('svg:svg', {viewBox: `0 0 ${W} ${H}`, class: 'chart calibration', role: 'img', 'aria-label': caption});
  for (const t of [0, 0.25, 0.5, 0.75, 1]) {
    svg.append(h('svg:line', {x1: sx(0), x2: sx(1), y1: sy(t), y2: sy(t), class: 'grid'}));
    svg.append(h('svg:text', {x: pad - 6, y: sy(t) + 4, 'text-anchor': 'end', class: 'axis'}, fmt.pct(t)));
    svg.append(h('svg:text', {x: sx(t), y: H - pad + 16, 'text-anchor': 'middle', class: 'axis'}, fmt.pct(t)));
  }
  svg.append(h('svg:line', {x1: sx(0), y1: sy(0), x2: sx(1), y2: sy(1), class: 'diagonal'}));
  svg.append(h('svg:text', {x: W / 2, y: H - 6, 'text-anchor': 'middle', class: 'axis'}, 'forecast probability'));
  svg.append(h('svg:text', {x: 12, y: H / 2, 'text-anchor': 'middle', class: 'axis', transform: `rotate(-90 12 ${H / 2})`}, 'came true'));
  const maxN = Math.max(1, ...bins.map(b => b.count));
  for (const b of bins) {
    if (!b.count) continue;
    const c = h('svg:circle', {cx: sx(b.probability), cy: sy(b.observed), r: 4 + 8 * Math.sqrt(b.count / maxN), class: 'dot'});
    c.append(h('svg:title', {}, `${fmt.pct(b.probability)} forecast: ${fmt.pct(b.observed)} came true (${b.count})`));
    svg.append(c);
  }
  const table = h('table', {class: 'sr-only'}, h('caption', {}, caption),
    h('tr', {}, h('th', {}, 'forecast'), h('th', {}, 'came true'), h('th', {}, 'forecasts')),
    bins.map(b => h('tr', {}, h('td', {}, fmt.pct(b.probability)), h('td', {}, fmt.pct(b.observed)), h('td', {}, fmt.int(b.count)))));
  return h('figure', {class: 'figure'}, svg, table);
}

/** A probability band low–high on a 0–100 % track, with the point estimate marked. */
export function bandBar(low, high, p) {
  return h('span', {class: 'band', role: 'img', 'aria-label': `${fmt.pct(low)} to ${fmt.pct(high)}`},
    h('span', {class: 'band-range', style: {left: `${low * 100}%`, width: `${Math.max(1, (high - low) * 100)}%`}}),
    p !== undefined ? h('span', {class: 'band-point', style: {left: `${p * 100}%`}}) : null);
}

function ticks(max) {
  const step = Math.max(1, Math.pow(10, Math.floor(Math.log10(max))) / (max / Math.pow(10, Math.floor(Math.log10(max))) < 3 ? 2 : 1));
  const out = [];
  for (let t = 0; t <= max; t += step) out.push(t);
  return out;
}
