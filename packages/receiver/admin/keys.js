// Office keys on the office page: unlocking key files into this tab's memory (non-extractable keys,
// never in storage), forgetting them, making a new key, and typing a key file back in from its recovery
// sheet. The private key never leaves the browser; the receiver is never asked about it.
import { createOfficeKey, unlockOfficeKey, SealError, MIN_PASSPHRASE_LENGTH } from './seal.js';
import { forgetOpened } from './opening.js';
import { fileFromLines, printSheet } from './sheet.js';
import { $, el, say, saveFile, t } from './util.js';

/** The keys unlocked in this tab: `{ kid, privateKey (non-extractable), publicJwk }`. */
const ring = [];
/** The public keys the receiver was configured with (GET /admin/config.json). */
let receiverKeys = [];
let changed = () => {};
/** The key file just made or rebuilt, for its download and recovery sheet (it is encrypted). */
let lastFile = null;

export const keyRing = () => ring;
/**
 * The key the office's answers are sent with: the first of the receiver's keys (the one forms seal to)
 * that is unlocked here, else the first unlocked key; undefined when none is unlocked.
 */
export const replyKey = () =>
  receiverKeys.map((r) => ring.find((k) => k.kid === r.kid)).find(Boolean) ?? ring[0];
const hasWebCrypto = () => Boolean(globalThis.crypto?.subtle);
const keyFileName = (file) => `office-key-${file.kid}.json`;
const asJson = (value) => `${JSON.stringify(value, null, 2)}\n`;

function render() {
  const list = $('key-list');
  list.replaceChildren(...ring.map((k) => el('li', k.kid)));
  list.hidden = ring.length === 0;
  $('key-list-label').textContent = ring.length ? t.unlockedList : t.unlockedNone;
  $('forget').hidden = ring.length === 0;
  $('receiver-keys').textContent = receiverKeys.length
    ? t.receiverKeys(receiverKeys.map((k) => k.kid).join(', '))
    : t.receiverPlain;
}

/** Adds an unlocked key; says whether it matches the public key the receiver has under its id. */
async function add(key) {
  if (ring.some((k) => k.kid === key.kid)) return t.alreadyUnlocked(key.kid);
  ring.push(key);
  forgetOpened();
  render();
  await changed();
  const configured = receiverKeys.find((k) => k.kid === key.kid);
  const differs = configured && (configured.x !== key.publicJwk.x || configured.y !== key.publicJwk.y);
  return differs ? `${t.unlocked(key.kid)} ${t.otherPublicKey(key.kid)}` : t.unlocked(key.kid);
}

async function unlock(event) {
  event.preventDefault();
  const input = $('key-file');
  const passphraseInput = $('key-passphrase');
  const file = input.files?.[0];
  if (!hasWebCrypto()) return say(t.noWebCrypto);
  if (!file) {
    say(t.chooseFile);
    return input.focus();
  }
  const passphrase = passphraseInput.value;
  // The passphrase leaves the field at once; the file's text is dropped with this function's scope.
  passphraseInput.value = '';
  $('unlock').disabled = true;
  say(t.unlocking);
  let json;
  try {
    try {
      json = JSON.parse(await file.text());
    } catch {
      throw new SealError('invalid-key-file', 'not JSON');
    }
    say(await add(await unlockOfficeKey(json, passphrase)));
    input.value = '';
  } catch (error) {
    if (!(error instanceof SealError)) throw error;
    if (error.code === 'wrong-passphrase') {
      say(t.wrongPassphrase(json.kid));
      passphraseInput.focus();
    } else {
      say(t.notAKeyFile);
      input.focus();
    }
  } finally {
    $('unlock').disabled = false;
  }
}

async function make(event) {
  event.preventDefault();
  if (!hasWebCrypto()) return say(t.noWebCrypto);
  const first = $('new-passphrase');
  const second = $('new-passphrase-again');
  if (first.value !== second.value) {
    say(t.passphrasesDiffer);
    return second.focus();
  }
  if (first.value.normalize('NFC').length < MIN_PASSPHRASE_LENGTH) {
    say(t.weakPassphrase);
    return first.focus();
  }
  const passphrase = first.value;
  first.value = '';
  second.value = '';
  $('make').disabled = true;
  say(t.making);
  try {
    const { file, publicJwk, kid } = await createOfficeKey(passphrase);
    lastFile = file;
    // Unlocked at once, so the office can go on; like any other key, only in this tab's memory.
    await add(await unlockOfficeKey(file, passphrase));
    $('public-jwk').value = JSON.stringify(publicJwk);
    $('made').hidden = false;
    say(t.made(kid));
    $('made-title').focus();
  } finally {
    $('make').disabled = false;
  }
}

async function restore(event) {
  event.preventDefault();
  const result = await fileFromLines($('restore-lines').value);
  if (result.error) {
    $('restored').hidden = true;
    say(result.error);
    return $('restore-lines').focus();
  }
  lastFile = result.file;
  $('restored').hidden = false;
  say(t.restored(result.file.kid));
}

/**
 * Wires the key forms. `officeKeys` are the receiver's public keys; `onChange` (which may return a
 * promise) shows the reports again when the keys changed.
 */
export function setupKeys({ officeKeys, onChange }) {
  receiverKeys = officeKeys ?? [];
  changed = onChange;
  $('unlock-form').addEventListener('submit', (e) => void unlock(e));
  $('forget').addEventListener('click', async () => {
    ring.length = 0;
    forgetOpened();
    render();
    $('key-file').focus();
    await changed();
    say(t.forgotten);
  });
  $('make-form').addEventListener('submit', (e) => void make(e));
  $('download-key').addEventListener('click', () =>
    saveFile(keyFileName(lastFile), asJson(lastFile), 'application/json'),
  );
  $('copy-jwk').addEventListener('click', () => {
    navigator.clipboard.writeText($('public-jwk').value).then(
      () => say(t.copied),
      () => say(t.copyFailed),
    );
  });
  $('print-sheet').addEventListener('click', () => void printSheet(lastFile, $('office-name').value.trim()));
  $('restore-form').addEventListener('submit', (e) => void restore(e));
  $('download-restored').addEventListener('click', () =>
    saveFile(keyFileName(lastFile), asJson(lastFile), 'application/json'),
  );
  render();
}
