/** Shared by the checklist's component tests. */
import { waitUntil } from '@open-wc/testing';
import type { HrcFrameworkChecklist } from './framework-checklist.js';

export const fixtureUrl = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).href;

export async function fixtureText(name: string): Promise<string> {
  return (await fetch(fixtureUrl(name))).text();
}

export function q<T extends Element = HTMLElement>(el: HrcFrameworkChecklist, selector: string): T {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`Nothing matches ${selector}`);
  return found;
}

export const all = <T extends Element = HTMLElement>(el: HrcFrameworkChecklist, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];

export const text = (node: Element | ShadowRoot) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The button whose visible text is `label`. */
export function button(el: HrcFrameworkChecklist, label: string): HTMLButtonElement {
  const found = all<HTMLButtonElement>(el, 'button').find((b) => text(b) === label);
  if (!found) throw new Error(`No button "${label}"`);
  return found;
}

/** Chooses a file in the import field, as a person does with the file picker. */
export async function chooseFile(el: HrcFrameworkChecklist, name: string, contents: string) {
  const input = q<HTMLInputElement>(el, '#import');
  const transfer = new DataTransfer();
  transfer.items.add(new File([contents], name, { type: 'application/json' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

export async function selectValue(select: HTMLSelectElement, value: string) {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

export async function typeInto(field: HTMLInputElement | HTMLTextAreaElement, value: string) {
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Opens a <details> by its summary, as a click does, and waits until its body is rendered. */
export async function openDetails(el: HrcFrameworkChecklist, details: HTMLDetailsElement) {
  details.querySelector('summary')!.click();
  await waitUntil(() => details.children.length > 1, 'details body did not render');
  await el.updateComplete;
}

export interface Download {
  name: string;
  type: string;
  text: string;
}

/**
 * Records the files the element offers for download (the Blob behind each object URL and the name
 * on the link) instead of letting the browser save them to disk.
 */
export function captureDownloads() {
  const blobs = new Map<string, Blob>();
  const files: Download[] = [];
  const pending: Promise<void>[] = [];
  const createObjectURL = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  URL.createObjectURL = (obj: Blob | MediaSource) => {
    const url = createObjectURL.call(URL, obj);
    if (obj instanceof Blob) blobs.set(url, obj);
    return url;
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (!this.download || !blob) return click.call(this);
    // ignoreBOM keeps a byte order mark in the text, so tests can see it.
    const decode = (b: ArrayBuffer) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(b);
    pending.push(
      blob
        .arrayBuffer()
        .then((b) => void files.push({ name: this.download, type: blob.type, text: decode(b) })),
    );
  };
  return {
    files,
    settled: () => Promise.all(pending),
    restore() {
      URL.createObjectURL = createObjectURL;
      HTMLAnchorElement.prototype.click = click;
    },
  };
}
