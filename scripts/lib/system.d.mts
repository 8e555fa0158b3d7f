/** Whether this is a Debian or Ubuntu machine and we run as root (so apt-get may install packages). */
export function isDebianRoot(): boolean;
/** Installs Debian packages when allowed (root on Debian); returns whether it ran. */
export function aptInstall(packages: string[]): boolean;
/** Path of a Chromium or Chrome: CHROME_PATH, the usual places, else Debian's package when allowed. */
export function findChromium(): string;
/** Flags for a quiet headless Chromium on a machine without outside network. */
export const CHROME_ARGS: string[];
/** Installs the Debian packages that are missing (as root), else throws naming them; does nothing off Debian. */
export function ensureDebianPackages(packages: string[], what: string): void;
