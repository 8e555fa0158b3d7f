<?php
/**
 * Breaks each of the kit's PHP rules (phpmd.xml) once, so a test can see that the rules still catch
 * what they are for. Never loaded.
 */

declare(strict_types=1);

namespace HrcKit\Test;

final class Breaks {

  private int $never = 0;

  public static function silenced(string $file): string|false {
    return @file_get_contents($file);
  }

  public static function unused(int $given): int {
    $left = 2;
    return 1;
  }

  private static function forgotten(): void {}

  public static function tangled(int $a, int $b, int $c, int $d): int {
    $n = 0;
    if ($a > 1) { $n++; }
    if ($a > 2) { $n++; }
    if ($b > 1) { $n++; }
    if ($b > 2) { $n++; }
    if ($c > 1) { $n++; }
    if ($c > 2) { $n++; }
    if ($d > 1) { $n++; }
    if ($d > 2) { $n++; }
    if ($a > $b) { $n++; }
    if ($b > $c) { $n++; }
    if ($c > $d) { $n++; }
    if ($d > $a) { $n++; }
    if ($a === $d) { $n++; }
    if ($b === $c) { $n++; }
    if ($a === $c) { $n++; }
    return $n;
  }

}
