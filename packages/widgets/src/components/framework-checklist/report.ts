/**
 * The report outline for the annual human rights report: elements grouped by status, each with its
 * note, department, target date and evidence. Built with DOM APIs (text is always text, never HTML),
 * once for the view inside the element and once as a standalone HTML file to download.
 */
import type { ElementId } from '@hrc/framework/ids';
import type { Assessment, ElementStatus } from '@hrc/framework/schemas';
import { safeUrl } from '@hrc/framework/url';
import { REPORT_ORDER } from './framework-checklist.types.js';
import { statusOf } from './progress.js';

export interface ReportText {
  title: string;
  summary: string;
  updated?: string;
  status: Record<ElementStatus, string>;
  department: string;
  targetDate: string;
  evidence: string;
  /** Column names for the CSV export. */
  layer: string;
  statusWord: string;
  element: string;
  note: string;
  lastChanged: string;
}

export interface ReportInput {
  assessment: Assessment;
  /** The 20 elements in the guide's order, with the title of their layer. */
  elements: ReadonlyArray<{ id: ElementId; title: string; layer: string }>;
  text: ReportText;
  formatDate: (isoDate: string) => string;
  /** Heading level of the report title (in the element one below its title, in the standalone file 1). */
  level: number;
  /** The period's statistics (figures.ts), when the page gives `statistics-src` and they loaded. */
  figures?: (doc: Document, level: number) => HTMLElement;
}

type Child = Node | string;

function make<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  props: { className?: string; lang?: string } = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.lang) node.lang = props.lang;
  node.append(...children);
  return node;
}

export function buildReport(doc: Document, input: ReportInput): HTMLElement {
  const { assessment, text, level } = input;
  const h = (n: number) => `h${Math.min(n, 6)}` as 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
  // The city's own words carry the language they were written in (WCAG 3.1.2).
  const own = assessment.lang ? { lang: assessment.lang } : {};
  const article = make(doc, 'article', { className: 'report' });
  article.append(make(doc, h(level), {}, text.title));
  article.append(make(doc, 'p', {}, text.summary));
  if (text.updated) article.append(make(doc, 'p', {}, text.updated));

  for (const status of REPORT_ORDER) {
    const items = input.elements.filter((e) => statusOf(assessment, e.id) === status);
    if (!items.length) continue;
    const section = make(doc, 'section');
    section.append(make(doc, h(level + 1), {}, `${text.status[status]} (${items.length})`));
    const list = make(doc, 'ul');
    for (const item of items) {
      const entry = assessment.elements[item.id];
      const li = make(doc, 'li');
      li.append(make(doc, h(level + 2), {}, item.title), make(doc, 'p', { className: 'layer' }, item.layer));
      if (entry?.note) li.append(make(doc, 'p', own, entry.note));
      const facts: Child[] = [];
      if (entry?.department) {
        facts.push(make(doc, 'dt', {}, text.department), make(doc, 'dd', own, entry.department));
      }
      if (entry?.targetDate) {
        facts.push(
          make(doc, 'dt', {}, text.targetDate),
          make(doc, 'dd', {}, input.formatDate(entry.targetDate)),
        );
      }
      if (facts.length) li.append(make(doc, 'dl', {}, ...facts));
      if (entry?.evidence?.length) {
        const links = make(doc, 'ul');
        for (const ev of entry.evidence) {
          const href = safeUrl(ev.url, { source: '<hrc-framework-checklist> evidence' });
          const a = make(doc, href ? 'a' : 'span', own, ev.label);
          if (href) a.setAttribute('href', href);
          // The address is printed too: paper has no links.
          links.append(make(doc, 'li', {}, a, ' ', make(doc, 'span', { className: 'url' }, ev.url)));
        }
        li.append(make(doc, 'p', {}, text.evidence), links);
      }
      list.append(li);
    }
    section.append(list);
    article.append(section);
  }
  if (input.figures) article.append(input.figures(doc, level + 1));
  return article;
}

/** Print-friendly rules for the standalone file; static, never user text. */
const STANDALONE_CSS = `body{font:1rem/1.5 system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem}
.layer,.url,.note{color:#4a4a4a;font-size:.875rem;overflow-wrap:anywhere}li{break-inside:avoid}dd{margin:0 0 0 1rem}`;

/** A complete HTML document holding the outline, serialized by the browser (so text is escaped). */
export function reportDocument(input: ReportInput, lang: string): string {
  const doc = document.implementation.createHTMLDocument(input.text.title);
  doc.documentElement.lang = lang;
  const meta = doc.createElement('meta');
  meta.setAttribute('charset', 'utf-8');
  doc.head.prepend(meta);
  const style = doc.createElement('style');
  style.textContent = STANDALONE_CSS;
  doc.head.append(style);
  const main = doc.createElement('main');
  main.append(buildReport(doc, { ...input, level: 1 }));
  doc.body.append(main);
  return `<!DOCTYPE html>\n${doc.documentElement.outerHTML}\n`;
}

/** Offers `text` as a file download. */
export function download(root: ShadowRoot, name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  root.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file name from the city and period, safe on every system. */
export function fileName(assessment: Assessment, ext: string): string {
  const base = ['assessment', assessment.city, assessment.period ?? '']
    .join('-')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${base || 'assessment'}.${ext}`;
}
