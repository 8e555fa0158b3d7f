// Helpers for the report form tests: find controls the way people do (by label), answer questions, and
// start a real receiver to send to (test/browser/real-receiver.mjs).
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { HrcReportForm } from './report-form.js';

/** How the network between form and receiver fails: a gateway's 502 page, or an answer lost on its way. */
export type NetworkFault = 'gateway-error' | 'lost-answer';

export interface ReceiverState {
  /** Requests that reached the proxy in front of the receiver. */
  requests: number;
  /** The Idempotency-Key of each of them. */
  keys: string[];
  /** The body of each POST, as the network carried it. */
  bodies: string[];
  /** What the receiver stored, newest first (@hrc/receiver's StoredReport). */
  reports: { reference: string; status: string; payload: Record<string, unknown> }[];
  /** The sealed evidence files stored with each report (base64, in order), by reference. */
  evidence: Record<string, string[]>;
  /** The receiver's statistics counters (docs/statistics.md), every month. */
  counters: { month: string; dimension: string; key: string; count: number }[];
}

/**
 * Starts a real @hrc/receiver for one test (a SQLite file of its own), reached through a proxy on the
 * test page's origin. The next POSTs meet `faults` in order; `minFillMs` is the receiver's own option.
 */
export async function startReceiver(
  options: {
    minFillMs?: number;
    faults?: NetworkFault[];
    /** The office token, which turns the receiver's office side on. */
    token?: string;
    /** The receiver's follow-up option (docs/follow-up.md). */
    followUp?: { replyWithinWorkingDays?: number; lookupLimit?: { max: number; windowMs: number } };
    /** The receiver's statistics option (docs/statistics.md). */
    statistics?: { areas?: { id: string; label: string }[] };
  } = {},
) {
  const { id, endpoint } = (await executeServerCommand('hrc-receiver-start', {
    origin: location.origin,
    ...options,
  })) as { id: string; endpoint: string };
  return {
    endpoint,
    state: async () => (await executeServerCommand('hrc-receiver-state', { id })) as ReceiverState,
  };
}

export const root = (el: HrcReportForm) => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: HrcReportForm, sel: string) =>
  root(el).querySelector<T & HTMLElement>(sel);
export const text = (node: Element | ShadowRoot | null) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
export const heading = (el: HrcReportForm) => text($(el, '.h-title'));
export const focused = (el: HrcReportForm) => root(el).activeElement as HTMLElement | null;

/** The control whose label reads `label` (exactly, ignoring spacing). */
export function byLabel(el: HrcReportForm, label: string): HTMLInputElement {
  const found = [...root(el).querySelectorAll('label')].find((l) => text(l) === label);
  expect(found, `label "${label}"`).not.to.equal(undefined);
  return root(el).getElementById(found!.htmlFor) as HTMLInputElement;
}

export async function type(el: HrcReportForm, label: string, value: string) {
  const input = byLabel(el, label);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}

export async function choose(el: HrcReportForm, label: string) {
  byLabel(el, label).click();
  await el.updateComplete;
}

export async function submit(el: HrcReportForm) {
  $<HTMLButtonElement>(el, 'button[type=submit]')!.click();
  await el.updateComplete;
  await new Promise((r) => setTimeout(r));
  await el.updateComplete;
}

export const summaryItems = (el: HrcReportForm) =>
  [...root(el).querySelectorAll('.error-summary li a')].map((a) => text(a));
export const inlineErrors = (el: HrcReportForm) =>
  [...root(el).querySelectorAll('.error-message')].map((p) => text(p).replace(/^(Error|Fout): /, ''));

export interface Answers {
  email?: string;
  wish?: string;
  equality?: boolean;
  /** Day, month and year typed for "when"; 3 February 2024 unless given. */
  date?: [day: string, month: string, year: string];
}

/** Answers all four question steps in English with valid answers and arrives at "check". */
export async function answerAll(el: HrcReportForm, a: Answers = {}) {
  await type(el, 'Describe what happened', 'The landlord refused to rent to me because of my name.');
  const [day, month, year] = a.date ?? ['3', '2', '2024'];
  await type(el, 'Day', day);
  await type(el, 'Month', month);
  await type(el, 'Year', year);
  await type(el, 'Where did it happen? (optional)', 'Main Street 1');
  await choose(el, 'Housing');
  await submit(el);
  await choose(el, 'Ethnic or social origin');
  await submit(el);
  await choose(el, 'It happened to me');
  if (a.equality) {
    $<HTMLDetailsElement>(el, 'details')!.open = true;
    await choose(el, 'Prefer not to say');
  }
  await submit(el);
  if (a.email) {
    await choose(el, 'Yes, contact me');
    await type(el, 'E-mail address', a.email);
  } else {
    await choose(el, 'No, I want to stay anonymous');
  }
  await choose(el, a.wish ?? 'Only register it');
  await submit(el);
  expect(heading(el)).to.contain('Check your answers');
}

export async function until(check: () => boolean | Promise<boolean>, ms = 8000) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('Timed out waiting');
    await new Promise((r) => setTimeout(r, 25));
  }
}
