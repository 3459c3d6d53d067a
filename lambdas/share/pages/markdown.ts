import { escapeHtml } from './html';

/**
 * Topic bodies are written for WhatsApp: paragraphs, `- ` lists and
 * `*bold*`, where a line that is all bold acts as a heading. This turns that
 * subset into HTML; anything else stays escaped text.
 */
export function bodyToHtml(body: string): string {
  const out: string[] = [];
  let list: string[] = [];
  const flush = () => {
    if (list.length) out.push(`<ul>${list.map((item) => `<li>${inline(item)}</li>`).join('')}</ul>`);
    list = [];
  };
  for (const block of body.split(/\n\s*\n/)) {
    for (const raw of block.split('\n')) {
      const line = raw.trim();
      if (!line) continue;
      if (/^[-•]\s+/.test(line)) {
        list.push(line.replace(/^[-•]\s+/, ''));
        continue;
      }
      flush();
      const heading = /^\*([^*]+)\*$/.exec(line);
      out.push(heading?.[1] ? `<h2>${escapeHtml(heading[1])}</h2>` : `<p>${inline(line)}</p>`);
    }
    flush();
  }
  return out.join('');
}

function inline(text: string): string {
  return escapeHtml(text).replace(/\*([^*\n]+)\*/g, '<strong>$1</strong>');
}
