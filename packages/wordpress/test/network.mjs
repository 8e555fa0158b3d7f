// The plugin on a WordPress multisite network (the version under test, MariaDB), driven through PHP's
// command line by fixtures/network.php: activated for the whole network it sets up every site, a site
// added later at once; deactivated for the network it stops every site's daily clean-up; deleted, each
// site follows its own setting. Run by test/run.mjs after the other suites.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import { HOST, VERSION, prepare, writeConfig } from './wp-env.mjs';

const driver = fileURLToPath(new URL('./fixtures/network.php', import.meta.url));
let env;

before(async () => {
  env = await prepare(process.env.HRC_WP_ZIP);
});
after(() => env?.stop());

function php(step) {
  const out = execFileSync('php', [driver, env.root, step], { encoding: 'utf8' });
  try {
    return JSON.parse(out);
  } catch {
    throw new Error(
      `${step}: ${out
        .replace(/<style[\s\S]*?<\/style>/g, ' ')
        .replace(/<[^>]*>/g, ' ')
        .replace(/\s+/g, ' ')
        .slice(0, 1500)}`,
    );
  }
}

test(`on a WordPress ${VERSION.version} network: activation, a new site, deactivation and deletion per site`, () => {
  assert.deepEqual(php('install'), { network: true });
  writeConfig(
    `define('MULTISITE', true); define('SUBDOMAIN_INSTALL', false); define('DOMAIN_CURRENT_SITE', '${HOST}');
define('PATH_CURRENT_SITE', '/'); define('SITE_ID_CURRENT_SITE', 1); define('BLOG_ID_CURRENT_SITE', 1);
`,
  );
  const seen = php('network');
  assert.equal(seen.multisite, true);
  const tables = (prefix) => [
    `${prefix}hrc_evidence`,
    `${prefix}hrc_follow_up_messages`,
    `${prefix}hrc_follow_ups`,
    `${prefix}hrc_idempotency`,
    `${prefix}hrc_message_evidence`,
    `${prefix}hrc_reports`,
    `${prefix}hrc_stat_counters`,
    `${prefix}hrc_stat_periods`,
  ];
  assert.deepEqual(seen.before['/een/'], { tables: [], cleanup: false, settings: false });
  assert.equal(seen.active, true, 'active for the network');
  assert.deepEqual(seen.activated, {
    '/': { tables: tables('wp_'), cleanup: true, settings: true },
    '/een/': { tables: tables('wp_2_'), cleanup: true, settings: true },
  });
  assert.deepEqual(seen['new site']['/twee/'], { tables: tables('wp_3_'), cleanup: true, settings: true });
  for (const [path, site] of Object.entries(seen.deactivated)) assert.equal(site.cleanup, false, path);
  assert.deepEqual(
    Object.fromEntries(Object.entries(seen.deleted).map(([path, site]) => [path, site.tables])),
    { '/': tables('wp_'), '/een/': [], '/twee/': tables('wp_3_') },
    'only the site that asked for it lost its reports',
  );
});
