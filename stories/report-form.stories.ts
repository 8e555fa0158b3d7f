import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/widgets/src/define/hrc-report-form.js';
import type { HrcReportForm } from '../packages/widgets/src/define/hrc-report-form.js';

/**
 * The report form in each step and state. Pick the language in the toolbar. Every story is a preview
 * (`preview`): the form sends nothing and its quick exit stays in Storybook, so keys typed in
 * Storybook's own fields never take the page away. The sending states are set directly.
 */
const meta: Meta = {
  title: 'Elements/Report form',
  component: 'hrc-report-form',
  parameters: { layout: 'padded' },
};
export default meta;

type Story = StoryObj;

const OFFLINE_ENDPOINT = 'http://127.0.0.1:9/reports';

const base = (extra: Partial<HrcReportForm> = {}) =>
  html`<hrc-report-form
    preview
    endpoint=${extra.endpoint ?? OFFLINE_ENDPOINT}
    office-name="Anti-discrimination office"
    office-url="https://example.org/office"
    office-phone="020 123 4567"
    privacy-url="https://example.org/privacy"
    ?ask-equality-data=${extra.askEqualityData ?? false}
    areas=${extra.areas ?? ''}
    ground=${extra.ground ?? ''}
    seal-key=${extra.sealKey ?? ''}
  ></hrc-report-form>`;

/** An office's public key (a conformance key): the form seals, so the check step asks about statistics. */
const SEAL_KEY = JSON.stringify({
  kty: 'EC',
  crv: 'P-256',
  x: 'v88AXSBLWMSoHV40ohJkd9_CMM6uexXiQtT8Jn_CrzQ',
  y: 'y6MFAsBla4_8O88zM4gjQBRGhLyZlWegYp4x-_gUeVs',
  kid: 'office-2026',
});

type Internals = {
  step: string;
  draft: Record<string, unknown>;
  issues: unknown[];
  updateComplete: Promise<boolean>;
};

/** Answers every question so later steps and states can be shown. */
const filled = {
  description: 'The landlord refused to rent to me because of my name.',
  day: '3',
  month: '2',
  year: '2024',
  place: 'Main Street 1',
  domain: 'housing',
  grounds: ['ethnic-or-social-origin'],
  role: 'victim',
  contactKind: 'contact',
  email: 'me@example.org',
  wish: 'advice',
};

const at =
  (step: string, draft: Record<string, unknown> = filled, after?: (el: HTMLElement) => void): Story['play'] =>
  async ({ canvasElement }) => {
    const el = canvasElement.querySelector('hrc-report-form') as unknown as Internals & HTMLElement;
    await el.updateComplete;
    el.draft = { ...el.draft, ...draft };
    el.step = step;
    await el.updateComplete;
    after?.(el);
  };

const press = (selector: string) => (el: HTMLElement) =>
  (el.shadowRoot!.querySelector(selector) as HTMLElement | null)?.click();

export const WhatHappened: Story = { render: () => base() };
export const Why: Story = { render: () => base(), play: at('why') };
export const WhyPreselected: Story = { render: () => base({ ground: 'age' }), play: at('why', {}) };
export const Who: Story = { render: () => base(), play: at('who') };
export const WhoWithEqualityQuestions: Story = {
  render: () => base({ askEqualityData: true }),
  play: at('who', filled, (el) => {
    (el.shadowRoot!.querySelector('details') as HTMLDetailsElement).open = true;
  }),
};
export const Contact: Story = { render: () => base(), play: at('contact') };
export const Check: Story = { render: () => base(), play: at('check') };
/** A city that counts reports by area: the last step asks, optionally, beside the consent. */
export const CheckWithAreas: Story = {
  render: () =>
    base({
      areas: JSON.stringify([
        { id: 'centrum', label: 'Centrum' },
        { id: 'noord', label: 'Noord' },
        { id: 'oost', label: 'Oost' },
        { id: 'zuid', label: 'Zuid' },
        { id: 'west', label: 'West' },
      ]),
    }),
  play: at('check', { ...filled, area: 'noord' }),
};
/** Sealed reports: counting in the statistics is a box of its own, so the consent is to handling alone. */
export const CheckSealed: Story = {
  name: 'Check, sealed',
  render: () => base({ sealKey: SEAL_KEY }),
  play: at('check'),
};
export const Errors: Story = { render: () => base(), play: at('what', {}, press('button[type=submit]')) };
export const ErrorsOnContact: Story = {
  render: () => base(),
  play: at('contact', { contactKind: 'contact', email: '', wish: '' }, press('button[type=submit]')),
};
export const NotSentYet: Story = {
  render: () => base(),
  play: at('check', { ...filled, consent: true }, (el) => {
    (el as unknown as { sendState: unknown }).sendState = { phase: 'waiting', reason: 'network', attempt: 2 };
  }),
};
/** What a preview says when someone presses send (or the quick-exit button). */
export const PreviewSendsNothing: Story = {
  render: () => base(),
  play: at('check', { ...filled, consent: true }, press('button[type=submit]')),
};
export const Sending: Story = {
  render: () => base(),
  play: at('check', filled, (el) => {
    (el as unknown as { sendState: unknown }).sendState = { phase: 'sending', attempt: 1 };
  }),
};
export const Sent: Story = {
  render: () => base(),
  play: at('check', filled, (el) => {
    (el as unknown as { receipt: unknown }).receipt = { reference: 'HRC-7K3M-Q9PX' };
  }),
};
export const Dark: Story = {
  render: () => base(),
  play: at('check', filled, (el) => el.setAttribute('theme', 'dark')),
};
