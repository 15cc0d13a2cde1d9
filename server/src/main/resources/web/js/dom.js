// Building DOM nodes without HTML strings: text always goes in as text nodes, so document text can never become
// markup. Links are limited to in-app hashes and http(s) addresses.

/** h('p', {class: 'x', onclick: f}, 'text', child, [more]) */
export function h(tag, attrs, ...children) {
  const el = tag.includes(':') ? document.createElementNS('http://www.w3.org/2000/svg', tag.split(':')[1])
    : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') {
      el.addEventListener(k.slice(2), v);
    } else if (k === 'href') {
      el.setAttribute('href', safeHref(v));
    } else if (k === 'style' && typeof v === 'object') {
      for (const [p, val] of Object.entries(v)) el.style.setProperty(p, val);
    } else {
      el.setAttribute(k, v === true ? '' : String(v));
    }
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

/** An in-app hash, a same-site path, or an http(s) address; anything else (javascript:, data:) becomes '#'. */
export function safeHref(v) {
  const s = String(v).trim();
  if (s.startsWith('#') || (s.startsWith('/') && !s.startsWith('//'))) return s;
  try {
    const u = new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : '#';
  } catch {
    return '#';
  }
}

/** Replaces an element's children; null and false children are skipped (replaceChildren would print "null"). */
export function fill(el, ...children) {
  return append(clear(el), children);
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

export const fmt = {
  int: n => Number(n || 0).toLocaleString('en'),
  pct: x => `${Math.round((x || 0) * 100)}%`,
  plural: (n, one, many) => `${fmt.int(n)} ${n === 1 ? one : (many || one + 's')}`,
  date: d => d ? new Date(d + 'T00:00:00Z').toLocaleDateString('en-GB', {year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC'}) : 'undated',
  label: s => String(s || '').toLowerCase().replace(/_/g, ' '),
};

/** The polarity class and label used everywhere: colour is never the only carrier, the word is always there. */
export function polarityBadge(p) {
  const k = String(p || 'neutral').toLowerCase();
  return h('span', {class: `badge pol-${k}`}, k);
}

export function link(href, ...children) {
  return h('a', {href}, ...children);
}

/** A loading line that screen readers hear. */
export function loading(what) {
  return h('p', {class: 'muted', role: 'status'}, `Loading ${what}…`);
}

export function errorBox(err) {
  return h('div', {class: 'error', role: 'alert'}, h('strong', {}, 'Something went wrong. '), err.message || String(err));
}

/** Previous/next links for a Page from the API. */
export function pager(page, go) {
  const nav = h('nav', {class: 'pager', 'aria-label': 'Pages'});
  const from = page.items.length ? page.offset + 1 : 0;
  const to = page.offset + page.items.length;
  const total = page.total !== null && page.total !== undefined ? ` of ${fmt.int(page.total)}` : '';
  const prev = h('button', {type: 'button', disabled: page.offset === 0, onclick: () => go(Math.max(0, page.offset - page.limit))}, '← Previous');
  const next = h('button', {type: 'button', disabled: !page.hasMore, onclick: () => go(page.offset + page.limit)}, 'Next →');
  append(nav, [prev, h('span', {class: 'muted'}, `${fmt.int(from)}–${fmt.int(to)}${total}`), next]);
  return nav;
}
