/**
 * Tiny DOM helpers. Every piece of data goes in as text (textContent or an
 * attribute), never as HTML, so nothing a person typed can run in an
 * adviser's browser.
 */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on')) el.addEventListener(name.slice(2), value);
    else if (value === true) el.setAttribute(name, '');
    else el.setAttribute(name, String(value));
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof window.Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/** Replaces the page's content and moves focus to its heading, so screen readers announce the new view. */
export function show(...children) {
  const main = document.getElementById('main');
  main.replaceChildren(...children.flat().filter((c) => c !== null && c !== undefined && c !== false));
  const heading = main.querySelector('h1');
  if (heading) {
    heading.setAttribute('tabindex', '-1');
    heading.focus();
  }
}

/** Announces a short message in the live region (and as an error when `error`). */
export function say(text, error) {
  const status = document.getElementById('status');
  status.textContent = text;
  status.className = error ? 'live error' : 'live';
}

export function when(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  return `${d.toISOString().slice(0, 10)} ${d.toISOString().slice(11, 16)} UTC`;
}

/** A labelled form field: the label is always visible and tied to its control. */
export function field(label, control, hint) {
  const id = control.id || `f-${Math.random().toString(36).slice(2, 9)}`;
  control.id = id;
  const hintEl = hint ? h('span', { class: 'hint', id: `${id}-hint` }, hint) : null;
  if (hintEl) control.setAttribute('aria-describedby', hintEl.id);
  return h('div', { class: 'field' }, h('label', { for: id }, label), control, hintEl);
}

export function select(name, options, value) {
  return h('select', { name }, options.map(([v, text]) => h('option', { value: v, selected: v === value }, text)));
}

export const catalogue = JSON.parse(document.getElementById('catalogue')?.textContent || '{"organisations":[],"pathways":[],"languages":[]}');
