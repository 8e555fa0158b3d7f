// Evidence files of an opened sealed report, and of the resident's follow-up messages (conversation.js),
// on the office page: each is fetched as ciphertext, opened here with the unlocked key (checked against
// the hash the sealed report or message lists for it), and offered as a download. Nothing opened is kept: the bytes live only until the browser has saved the file. The
// WordPress plugin's sealed reports screen shares this module, with its own way to fetch a file.
import { openEvidenceFile, SealError } from './seal.js';
import { $, el, say, t } from './util.js';

const EXTENSION = { 'image/jpeg': '.jpg', 'image/png': '.png', 'application/pdf': '.pdf' };

/** A name safe to save under: the resident's name without path characters, with the file's own extension. */
function saveName(entry, reference, i) {
  const base = entry.name
    .replace(/\.[^.]*$/, '')
    .replace(/[^\p{L}\p{N} ._-]+/gu, '_')
    .slice(0, 80);
  return `${reference}-${i + 1}-${base || 'file'}${EXTENSION[entry.type]}`;
}

function save(name, bytes, type) {
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * A list with a button per file of `list` (an opened evidence list: of a report, or of a resident's
 * message), each opening its sealed file with the unlocked keys `ring` and saving it. `fetchFile(i)`
 * answers with the response holding the i-th sealed file (from 0); `prefix` starts the saved names;
 * `broken(i)` says that file i + 1 is not the one that was sealed.
 */
export function fileList(list, kid, ring, fetchFile, prefix, broken = t.evidenceBroken) {
  const ul = el('ul');
  list.files.forEach((entry, i) => {
    const name = saveName(entry, prefix, i);
    const button = el('button', t.evidenceOpen(name), { type: 'button' });
    button.addEventListener('click', async () => {
      const res = await fetchFile(i);
      const sealed = new Uint8Array(await res.arrayBuffer());
      try {
        const { data } = await openEvidenceFile(sealed, ring, kid, list, i);
        save(name, data, entry.type);
        say(t.evidenceSaved(name));
      } catch (error) {
        if (!(error instanceof SealError)) throw error;
        say(broken(i + 1));
      }
    });
    const item = el('li');
    item.append(button);
    ul.append(item);
  });
  return ul;
}

/**
 * Shows the files of `report` (opened as `view`), or how many are sealed when it stays closed.
 * `fetchFile(i)` answers with the response holding the i-th sealed file (from 0).
 */
export function showEvidence(report, view, ring, fetchFile) {
  const box = $('evidence');
  const sealedFiles = report.payload?.evidence ?? [];
  box.hidden = sealedFiles.length === 0;
  if (box.hidden) return box.replaceChildren();
  const title = el('h3', t.evidenceTitle, { id: 'evidence-title' });
  if (!view.evidence) {
    return box.replaceChildren(title, el('p', t.evidenceClosed(sealedFiles.length)));
  }
  const list = fileList(view.evidence, report.payload.kid, ring, fetchFile, report.reference);
  box.replaceChildren(title, el('p', t.evidenceHelp), list);
}
