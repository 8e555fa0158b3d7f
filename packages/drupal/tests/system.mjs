// Installs (as root on Debian) or names the system packages the module's tests need, before they run:
// PHP, Twig and Symfony YAML as Drupal uses them, PHPUnit, and Chromium for the browser test.
import { ensureDebianPackages, findChromium } from '../../../scripts/lib/system.mjs';

export const DRUPAL_TEST_PACKAGES = [
  'php-cli',
  'php-twig',
  'php-symfony-yaml',
  'phpunit',
  'phpmd',
  'php-xml',
  'php-mbstring',
];

try {
  ensureDebianPackages(DRUPAL_TEST_PACKAGES, 'The Drupal module tests');
  findChromium();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
