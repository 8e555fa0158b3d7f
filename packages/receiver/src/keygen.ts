#!/usr/bin/env node
/**
 * hrc-keygen: makes an office key pair for sealed reports (docs/sealed-reports.md). Writes the private
 * key, encrypted with a passphrase, to a key file and prints the public key the report form's page needs.
 * `--check` unlocks an existing key file, to practise recovery or get its public key again.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { SealError, createOfficeKey, unlockOfficeKey, MIN_PASSPHRASE_LENGTH } from '@hrc/framework/seal';

const HELP = `hrc-keygen: an office key for sealed reports.

Usage: hrc-keygen [--out <file>] [--kid <id>]
       hrc-keygen --check <file>

  --out <file>    where to write the new key file (default office-key-<kid>.json); never overwritten
  --kid <id>      key id (default: today's date and the start of the key's thumbprint)
  --check <file>  unlock a key file with its passphrase and print its public key
  --help          this text

The passphrase is asked twice on the terminal (not shown), or read from the first line of standard
input when that is not a terminal. It needs ${MIN_PASSPHRASE_LENGTH} or more characters; several random words are best.
The public key (JWK, with its kid) goes to standard output; everything else to standard error.

Whoever has the key file and its passphrase can read every report sealed to the key. Without either,
nobody can: not the office, not the maker of this software. Keep a copy of the file and the passphrase
apart from each other (docs/sealed-reports.md: the recovery sheet).`;

function fail(message: string, code = 2): never {
  console.error(`hrc-keygen: ${message}`);
  process.exit(code);
}

/** One line typed on the terminal without echo. */
function askHidden(prompt: string): Promise<string> {
  const stdin = process.stdin;
  process.stderr.write(prompt);
  stdin.setRawMode(true);
  stdin.setEncoding('utf8');
  stdin.resume();
  return new Promise((resolve) => {
    let value = '';
    const finish = () => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write('\n');
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n' || ch === '\u0003' || ch === '\u0004') {
          finish();
          // Enter ends the line; Ctrl-C or Ctrl-D cancels.
          return ch === '\r' || ch === '\n' ? resolve(value) : fail('cancelled', 130);
        }
        if (ch === '\u007f' || ch === '\b') value = [...value].slice(0, -1).join('');
        else value += ch;
      }
    };
    stdin.on('data', onData);
  });
}

async function passphrase(twice: boolean): Promise<string> {
  if (!process.stdin.isTTY) {
    let input = '';
    for await (const chunk of process.stdin) input += String(chunk);
    return input.split(/\r?\n/)[0] ?? '';
  }
  const first = await askHidden('Passphrase: ');
  if (twice && (await askHidden('Once more: ')) !== first) fail('the two passphrases differ');
  return first;
}

const { values } = parseArgs({
  options: {
    out: { type: 'string' },
    kid: { type: 'string' },
    check: { type: 'string' },
    help: { type: 'boolean' },
  },
  strict: true,
});

if (values.help) {
  console.log(HELP);
  process.exit(0);
}

try {
  if (values.check) {
    const file: unknown = JSON.parse(
      await readFile(values.check, 'utf8').catch(() => fail(`cannot read ${values.check}`)),
    );
    const key = await unlockOfficeKey(file, await passphrase(false));
    console.error(`The passphrase opens key "${key.kid}". Its public key:`);
    console.log(JSON.stringify(key.publicJwk));
  } else {
    // Before the passphrase is asked, so nobody types it for nothing; "wx" below still guards the write.
    if (values.out && existsSync(values.out)) fail(`${values.out} exists; choose another --out`);
    const { file, publicJwk, kid } = await createOfficeKey(await passphrase(true), { kid: values.kid });
    const out = values.out ?? `office-key-${kid}.json`;
    // "wx": never overwrite a key file (that would lose the reports sealed to it); 0600: owner only.
    await writeFile(out, `${JSON.stringify(file, null, 2)}\n`, { flag: 'wx', mode: 0o600 }).catch(
      (error: NodeJS.ErrnoException) =>
        fail(
          error.code === 'EEXIST'
            ? `${out} exists; choose another --out`
            : `cannot write ${out}: ${error.message}`,
        ),
    );
    console.error(
      `Wrote ${out}: the private key "${kid}", encrypted with your passphrase.\n` +
        'Keep this file and the passphrase safe, apart from each other: without both, reports sealed to\n' +
        'this key cannot be opened by anyone. The public key for the report form:',
    );
    console.log(JSON.stringify(publicJwk));
  }
} catch (error) {
  if (error instanceof SealError) fail(error.message, 1);
  throw error;
}
