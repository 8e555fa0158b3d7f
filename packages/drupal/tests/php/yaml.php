<?php

/**
 * @file
 * Parses every YAML file of the module with Symfony YAML (what Drupal uses) and prints them as JSON.
 *
 * Usage: php yaml.php <module directory>. Exits non-zero, naming the file, on the first parse error.
 */

declare(strict_types=1);

require '/usr/share/php/Symfony/Component/Yaml/autoload.php';

use Symfony\Component\Yaml\Exception\ParseException;
use Symfony\Component\Yaml\Yaml;

$module = realpath($argv[1] ?? '') ?: throw new \RuntimeException('Usage: php yaml.php <module directory>');
$parsed = [];
$files = new \RecursiveIteratorIterator(new \RecursiveDirectoryIterator($module, \FilesystemIterator::SKIP_DOTS));
foreach ($files as $file) {
  $path = $file->getPathname();
  if (!preg_match('/\.ya?ml$/', $path) || str_contains($path, '/assets/')) {
    continue;
  }
  try {
    // Drupal parses with PARSE_CONSTANT off and objects as maps; custom tags are not allowed.
    $parsed[substr($path, strlen($module) + 1)] = Yaml::parseFile($path);
  }
  catch (ParseException $e) {
    fwrite(STDERR, substr($path, strlen($module) + 1) . ': ' . $e->getMessage() . "\n");
    exit(1);
  }
}
ksort($parsed);
echo json_encode($parsed, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_PRESERVE_ZERO_FRACTION), "\n";
