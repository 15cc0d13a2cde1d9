// Ingest: choose or drop files; each is uploaded on its own, with a progress bar, then its result — added, already
// there, a duplicate, or the reason it failed.
import * as api from '../api.js';
import {fmt, h, fill} from '../dom.js';
import {askToken} from './forecasts.js';

const ACCEPT = '.txt,.md,.markdown,.html,.htm,.pdf,.docx';

export async function ingestView(main) {
  const input = h('input', {id: 'files', type: 'file', multiple: true, accept: ACCEPT, 'aria-describedby': 'files-help'});
  const list = h('ol', {class: 'uploads', 'aria-live': 'polite', 'aria-label': 'Upload results'});
  const button = h('button', {type: 'submit', class: 'primary'}, 'Upload and analyse');
  const drop = h('div', {class: 'drop'},
    h('label', {for: 'files', class: 'big-label'}, 'Choose files'), input,
    h('p', {id: 'files-help', class: 'hint'}, 'Text, Markdown, HTML, PDF or Word (.docx). Or drop files here. ',
      'Each file is read, analysed and indexed; a file already in the index is skipped.'));
  const form = h('form', {class: 'ingest-form', onsubmit: async e => {
    e.preventDefault();
    await send([...input.files], list, button);
    input.value = '';
  }}, drop, button);
  for (const ev of ['dragenter', 'dragover']) drop.addEventListener(ev, e => { e.preventDefault(); drop.classList.add('over'); });
  for (const ev of ['dragleave', 'drop']) drop.addEventListener(ev, () => drop.classList.remove('over'));
  drop.addEventListener('drop', e => { e.preventDefault(); send([...e.dataTransfer.files], list, button); });
  main.append(h('h1', {}, 'Ingest'), form, list);
}

async function send(files, list, button) {
  if (!files.length) return;
  button.disabled = true;
  try {
    for (const file of files) {
      const bar = h('progress', {max: 1, value: 0, 'aria-label': `Uploading ${file.name}`});
      const status = h('span', {class: 'muted'}, 'uploading…');
      const row = h('li', {class: 'upload'}, h('strong', {}, file.name), h('span', {class: 'muted'}, ` ${size(file.size)} `), bar, ' ', status);
      list.prepend(row);
      try {
        const r = await api.upload(file, p => { bar.value = p; if (p >= 1) status.textContent = 'analysing…'; });
        bar.value = 1;
        fill(status, ...r.files.map(result));
        row.classList.add(r.failed ? 'failed' : 'ok');
      } catch (err) {
        if (err.status === 401) askToken();
        fill(status, h('span', {class: 'bad', role: 'alert'}, `failed: ${err.message}`));
        row.classList.add('failed');
      }
    }
  } finally {
    button.disabled = false;
  }
}

function result(f) {
  const link = f.documentId ? h('a', {href: `#/doc/${encodeURIComponent(f.documentId)}`}, f.title || 'open') : null;
  switch (f.status) {
    case 'ADDED': return h('span', {class: 'good'}, 'added · ', link);
    case 'UNCHANGED': return h('span', {}, 'already in the index · ', link);
    case 'DUPLICATE': return h('span', {}, 'same text as a document already indexed · ', link);
    default: return h('span', {class: 'bad', role: 'alert'}, `failed: ${f.reason}`);
  }
}

function size(n) {
  return n < 1024 ? `${n} B` : n < 1048576 ? `${(n / 1024).toFixed(1)} KB` : `${(n / 1048576).toFixed(1)} MB`;
}

export {fmt};
