// The one place that talks to the server. Errors come back as {status, message} and are thrown as ApiError.

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const TOKEN_KEY = 'standpoint-token';

export function token() {
  return sessionStorage.getItem(TOKEN_KEY);
}

export function setToken(t) {
  if (t) sessionStorage.setItem(TOKEN_KEY, t); else sessionStorage.removeItem(TOKEN_KEY);
}

function headers(extra) {
  const h = {Accept: 'application/json', ...(extra || {})};
  const t = token();
  if (t) h.Authorization = `Bearer ${t}`;
  return h;
}

async function parse(res) {
  let body = null;
  try {
    body = await res.json();
  } catch {
    body = null;
  }
  if (!res.ok) {
    throw new ApiError(res.status, body && body.message ? body.message : `the server answered ${res.status}`);
  }
  return body;
}

export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v === undefined || v === null || v === '') continue;
    for (const x of Array.isArray(v) ? v : [v]) q.append(k, x);
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

export async function get(path, params) {
  return parse(await fetch(`/api${path}${query(params)}`, {headers: headers()}));
}

export async function post(path, body) {
  return parse(await fetch(`/api${path}`, {
    method: 'POST', headers: headers({'Content-Type': 'application/json'}), body: JSON.stringify(body || {}),
  }));
}

/** Uploads one file with progress events; resolves with the server's per-file results. */
export function upload(file, onProgress) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/ingest');
    for (const [k, v] of Object.entries(headers())) xhr.setRequestHeader(k, v);
    xhr.upload.onprogress = e => { if (e.lengthComputable) onProgress(e.loaded / e.total); };
    xhr.onload = () => {
      let body = null;
      try { body = JSON.parse(xhr.responseText); } catch { body = null; }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body);
      else reject(new ApiError(xhr.status, body && body.message ? body.message : `the server answered ${xhr.status}`));
    };
    xhr.onerror = () => reject(new ApiError(0, 'the upload did not reach the server'));
    const form = new FormData();
    form.append('files', file, file.name);
    xhr.send(form);
  });
}
