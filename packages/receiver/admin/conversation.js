// Follow-up on the office page (docs/follow-up.md): a report's conversation with the resident who kept
// a receipt. The resident's messages open here with the unlocked office keys. The office's answers are
// sealed in this browser to the resident key the receiver holds and sent with an unlocked office key
// (HPKE auth mode), so the resident's page knows they come from the office; a second copy sealed to
// that office key lets the office read its answers again. Files the resident sent with a message open
// here too (evidence.js). Nothing is stored in the browser.
import { fileList } from './evidence.js';
import { keyRing, replyKey } from './keys.js';
import { openMessage, sealOfficeReply, SealError, splitEvidence } from './seal.js';
import { $, el, say, t } from './util.js';

const dateFormat = new Intl.DateTimeFormat(document.documentElement.lang || 'en', {
  dateStyle: 'medium',
  timeStyle: 'short',
});

/** The report whose conversation is shown, and the resident key its answers are sealed to. */
let shown = null;
/**
 * An answer sealed and sent without a reply from the receiver (a lost connection): sent again with the
 * same Idempotency-Key while its text is unchanged, so the receiver stores it once.
 */
let pending = null;

/** Why a resident's message did not open, in the page's words. */
function notOpened(error, message) {
  if (error instanceof SealError && error.code === 'unknown-key') return t.messageLocked(message.kid);
  return t.messageBroken;
}

/**
 * The evidence files of a resident's message `m`, opened as `opened`: a button per file that opens and
 * saves it, or what is wrong. Without the message opened, how many files are sealed with it.
 */
function messageFiles(reference, m, opened, api) {
  const sealed = m.message.evidence ?? [];
  if (!sealed.length) return [];
  if (!opened) return [el('p', t.evidenceClosed(sealed.length))];
  let evidence;
  try {
    evidence = splitEvidence(opened, sealed).evidence;
  } catch (error) {
    if (!(error instanceof SealError)) throw error;
    return [el('p', t.messageFilesBroken, { class: 'problem' })];
  }
  const path = `/reports/${encodeURIComponent(reference)}/messages/${m.id}/evidence/`;
  return [
    fileList(
      evidence,
      m.message.kid,
      keyRing(),
      (i) => api(`${path}${i}`),
      `${reference}-${m.id}`,
      t.messageFileBroken,
    ),
  ];
}

/** Shows the conversation of `reference` (hidden when the report was sent without a receipt). */
export async function showConversation(reference, api) {
  const data = await (await api(`/reports/${encodeURIComponent(reference)}/messages`)).json();
  const section = $('conversation');
  if (!data.followUp) {
    shown = null;
    section.hidden = true;
    return;
  }
  shown = { reference, key: data.followUp.key };
  const items = [];
  for (const m of data.messages) {
    const when = dateFormat.format(new Date(m.sentAt));
    const li = el('li', undefined, { class: `message message--${m.from}` });
    if (m.from === 'office') {
      li.append(el('p', t.fromOffice(when), { class: 'message-meta' }));
      if (!m.copy) li.append(el('p', t.officeSealed));
      else {
        try {
          const { text } = await openMessage(m.copy, reference, { to: 'office', keys: keyRing() });
          li.append(el('p', text, { class: 'message-text' }));
        } catch (error) {
          li.append(el('p', notOpened(error, m.copy), { class: 'problem' }));
        }
      }
    } else {
      li.append(el('p', t.fromResident(when), { class: 'message-meta' }));
      let opened = null;
      try {
        opened = await openMessage(m.message, reference, { to: 'office', keys: keyRing() });
        li.append(el('p', opened.text, { class: 'message-text' }));
      } catch (error) {
        li.append(el('p', notOpened(error, m.message), { class: 'problem' }));
      }
      li.append(...messageFiles(reference, m, opened, api));
    }
    items.push(li);
  }
  $('messages').replaceChildren(...items);
  $('no-messages').hidden = items.length > 0;
  section.hidden = false;
}

export function hideConversation() {
  shown = null;
  $('conversation').hidden = true;
}

/**
 * Seals the answer to the resident key with the office key that sends it, and a copy to that office key;
 * sends both, and shows the conversation again.
 */
export async function sendReply(api) {
  if (!shown) return;
  const box = $('reply');
  const text = box.value;
  if (text.trim() === '') {
    say(t.replyEmpty);
    box.focus();
    return;
  }
  const from = replyKey();
  if (!from) {
    say(t.replyNeedsKey);
    $('key-file').focus();
    return;
  }
  const { reference, key } = shown;
  if (!(pending && pending.reference === reference && pending.text === text && pending.kid === from.kid)) {
    const body = JSON.stringify(await sealOfficeReply(text, key, from, reference));
    pending = { reference, text, kid: from.kid, body, idempotencyKey: crypto.randomUUID() };
  }
  try {
    await api(`/reports/${encodeURIComponent(reference)}/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': pending.idempotencyKey },
      body: pending.body,
    });
  } catch (error) {
    // No reply at all (the connection failed): the answer may have arrived; sending it again is safe.
    if (error instanceof TypeError) say(t.replyUnsure);
    throw error;
  }
  pending = null;
  box.value = '';
  await showConversation(reference, api);
  say(t.replySent);
}
