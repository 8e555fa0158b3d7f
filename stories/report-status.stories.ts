import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/widgets/src/define/hrc-report-status.js';
import '../packages/widgets/src/define/hrc-report-form.js';

/**
 * Follow-up with a receipt (docs/follow-up.md): the receipt the form shows after sending, and the page
 * residents come back to. The states are set directly: nothing is sent, and the receipt shown is a
 * fixed example.
 */
const meta: Meta = {
  title: 'Elements/Report status',
  component: 'hrc-report-status',
  parameters: { layout: 'padded' },
};
export default meta;

type Story = StoryObj;

const OFFLINE = 'http://127.0.0.1:9/follow-up';
const EXAMPLE_RECEIPT = '31415926535897932383';

const status = () =>
  html`<hrc-report-status
    endpoint=${OFFLINE}
    office-name="Anti-discrimination office"
    quick-exit-shortcut="off"
  ></hrc-report-status>`;

type Internals = HTMLElement & { updateComplete: Promise<boolean> } & Record<string, unknown>;

const set =
  (tag: string, state: Record<string, unknown>): Story['play'] =>
  async ({ canvasElement }) => {
    const el = canvasElement.querySelector(tag) as Internals;
    await el.updateComplete;
    Object.assign(el, state);
    await el.updateComplete;
  };

export const EnterReceipt: Story = { render: status };

export const MistypedReceipt: Story = {
  render: status,
  play: set('hrc-report-status', { problem: { on: 'receipt', kind: 'check' } }),
};

export const Open: Story = {
  render: status,
  play: set('hrc-report-status', {
    phase: 'open',
    conversation: {
      reference: 'HRC-7K3M-Q9PX',
      status: 'in-progress',
      receivedAt: '2026-11-02T09:14:03.120Z',
      statusChangedAt: '2026-11-04T13:40:00.000Z',
      replyWithinWorkingDays: 5,
      messages: [],
    },
    shown: [
      {
        from: 'office',
        sentAt: '2026-11-04T13:41:00.000Z',
        text: 'Thank you for your report. Can you tell us on which day it happened?',
      },
      { from: 'resident', sentAt: '2026-11-05T08:02:00.000Z' },
    ],
  }),
};

const openConversation = {
  phase: 'open',
  conversation: {
    reference: 'HRC-7K3M-Q9PX',
    status: 'in-progress',
    receivedAt: '2026-11-02T09:14:03.120Z',
    statusChangedAt: '2026-11-04T13:40:00.000Z',
    messages: [],
  },
};

/**
 * The message box with the file field, as after pressing "Add a photo or document" (which loads the
 * form's file field) and choosing files; `files` and `problems` are what the field shows.
 */
const withFileField =
  (files: { name: string; type: string; bytes: number }[], problems: { name: string; code: string }[] = []) =>
  async (context: Parameters<NonNullable<Story['play']>>[0]) => {
    await set('hrc-report-status', {
      ...openConversation,
      shown: [
        {
          from: 'office',
          sentAt: '2026-11-04T13:41:00.000Z',
          text: 'Thank you. Do you still have the letter the landlord sent you?',
        },
        { from: 'resident', sentAt: '2026-11-05T08:02:00.000Z', files: 1 },
      ],
    })!(context);
    const el = context.canvasElement.querySelector('hrc-report-status') as unknown as Internals;
    await (el.onAddFiles as () => Promise<void>)();
    const field = el.files as Record<string, unknown> & { host: { requestUpdate(): void } };
    field.files = files.map((f) => ({ name: f.name, type: f.type, data: new Uint8Array(f.bytes) }));
    field.problems = problems;
    field.host.requestUpdate();
    await el.updateComplete;
    (el.shadowRoot!.activeElement as HTMLElement | null)?.blur();
  };

export const AddingFiles: Story = {
  render: status,
  play: withFileField([
    { name: 'letter-from-landlord.pdf', type: 'application/pdf', bytes: 184_000 },
    { name: 'door.jpg', type: 'image/jpeg', bytes: 1_350_000 },
  ]),
};

export const FileRefused: Story = {
  render: status,
  play: withFileField(
    [{ name: 'door.jpg', type: 'image/jpeg', bytes: 1_350_000 }],
    [{ name: 'notes.docx', code: 'wrong-type' }],
  ),
};

export const ReceiptAfterSending: Story = {
  render: () =>
    html`<hrc-report-form
      preview
      endpoint="http://127.0.0.1:9/reports"
      office-name="Anti-discrimination office"
      follow-up-url="https://example.org/follow-up"
    ></hrc-report-form>`,
  play: async (context) => {
    // The form loads its receipt code when it first seals with follow-up; here it is loaded directly.
    const receiptModule =
      await import('../packages/widgets/src/components/report-form/report-form.receipt.js');
    await set('hrc-report-form', {
      receipt: { reference: 'HRC-7K3M-Q9PX', receivedAt: '2026-11-02T09:14:03.120Z' },
      followUpReceipt: EXAMPLE_RECEIPT,
      receiptModule,
    })!(context);
  },
};
