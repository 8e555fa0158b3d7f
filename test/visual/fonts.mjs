// Pinned fonts for the screenshots: Chromium sees exactly the font files of the Debian packages below
// (installed with apt-get when missing and allowed), through a fontconfig file of its own. Whatever else
// a machine has installed (fonts-dejavu-extra, Liberation, a desktop's fonts) cannot change a pixel, so a
// baseline made on one machine of this kind matches on the next.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { aptInstall } from '../../scripts/lib/system.mjs';

/**
 * The packages whose fonts the pages may use. DejaVu covers every character of the kit's Dutch and
 * English text; a locale in another script adds its package here (e.g. fonts-noto-core for Arabic).
 */
export const FONT_PACKAGES = ['fonts-dejavu-core'];

function packageFonts(pkg) {
  try {
    return execFileSync('dpkg', ['-L', pkg], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .split('\n')
      .filter((f) => /\.(ttf|otf|ttc)$/.test(f));
  } catch {
    return [];
  }
}

/**
 * Makes `folder` hold links to the pinned font files and a fontconfig file that sees only them;
 * returns the environment Chromium needs. Throws when the fonts are missing and cannot be installed.
 */
export function pinFonts(folder) {
  const files = [];
  for (const pkg of FONT_PACKAGES) {
    let found = packageFonts(pkg);
    if (found.length === 0 && aptInstall([pkg])) found = packageFonts(pkg);
    if (found.length === 0) {
      throw new Error(
        `The screenshot tests need the fonts of the Debian package ${pkg}, so that baselines match on every ` +
          `machine. Install it (\`sudo apt-get install ${pkg}\`) and run again.`,
      );
    }
    files.push(...found);
  }
  const fonts = join(folder, 'fonts');
  rmSync(fonts, { recursive: true, force: true });
  mkdirSync(fonts, { recursive: true });
  for (const file of files) symlinkSync(file, join(fonts, basename(file)));
  const family = (generic, name) =>
    `  <alias binding="same"><family>${generic}</family><prefer><family>${name}</family></prefer></alias>`;
  const conf = join(folder, 'fonts.conf');
  writeFileSync(
    conf,
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<!-- Written by test/visual/fonts.mjs: only the pinned fonts, rendered the same way everywhere. -->
<fontconfig>
  <dir>${fonts}</dir>
  <cachedir>${join(folder, 'font-cache')}</cachedir>
${family('sans-serif', 'DejaVu Sans')}
${family('system-ui', 'DejaVu Sans')}
${family('serif', 'DejaVu Serif')}
${family('monospace', 'DejaVu Sans Mono')}
  <match target="font">
    <edit name="antialias" mode="assign"><bool>true</bool></edit>
    <edit name="hinting" mode="assign"><bool>true</bool></edit>
    <edit name="hintstyle" mode="assign"><const>hintslight</const></edit>
    <edit name="rgba" mode="assign"><const>none</const></edit>
    <edit name="embeddedbitmap" mode="assign"><bool>false</bool></edit>
  </match>
</fontconfig>
`,
  );
  return { FONTCONFIG_FILE: conf };
}
