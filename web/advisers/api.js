/** Calls the advisers' API with the signed-in adviser's token; errors carry the API's `{error:{code,message}}`. */
const BASE = '/advisers/api';
const KEY = 'pathways.advisers.token';

export const token = {
  get: () => window.sessionStorage.getItem(KEY),
  set: (value) => window.sessionStorage.setItem(KEY, value),
  clear: () => window.sessionStorage.removeItem(KEY),
};

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

export async function api(path, body) {
  const headers = { authorization: `Bearer ${token.get() || ''}` };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${BASE}${path}`, { method: body === undefined ? 'GET' : 'POST', headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const data = await response.json().catch(() => ({}));
  if (!response.ok) throw new ApiError(response.status, data.error?.code || 'Error', data.error?.message || `HTTP ${response.status}`);
  return data;
}
