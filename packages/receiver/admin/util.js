// Shared by the office page's modules: its language and words, the live status line, and downloads.
import { lang } from './texts.js';

export { lang, t } from './texts.js';

export const $ = (id) => document.getElementById(id);

/** The name of a language in the page's language (the form's language of a report: any tag). */
export function languageName(code) {
  if (!code) return code;
  try {
    return new Intl.DisplayNames([lang], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Says something in the page's status line (a polite live region). */
export function say(text) {
  $('status').textContent = text;
}

/** Offers `text` as a file download, from memory (nothing is written to browser storage). */
export function saveFile(name, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** An element with text (never HTML). */
export function el(tag, text, attributes = {}) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}
