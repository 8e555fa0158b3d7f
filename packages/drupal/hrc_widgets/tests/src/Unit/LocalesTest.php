<?php

declare(strict_types=1);

namespace Drupal\Tests\hrc_widgets\Unit;

use Drupal\hrc_widgets\Markup\Locales;
use Drupal\hrc_widgets\Markup\WidgetCatalog;
use PHPUnit\Framework\TestCase;

/**
 * @coversDefaultClass \Drupal\hrc_widgets\Markup\Locales
 */
final class LocalesTest extends TestCase {

  private function manifest(mixed $locales): string {
    $file = tempnam(sys_get_temp_dir(), 'hrc-manifest-');
    file_put_contents($file, json_encode(['version' => '0.1.0', 'locales' => $locales]));
    return $file;
  }

  public function testReadsTheKitsListWithNamesAndDirections(): void {
    $file = $this->manifest([
      ['locale' => 'en', 'name' => 'English', 'dir' => 'ltr'],
      ['locale' => 'ar', 'name' => 'العربية', 'dir' => 'rtl'],
      ['locale' => 'fy', 'name' => 'Frysk'],
    ]);
    $this->assertSame(['en', 'ar', 'fy'], Locales::tags($file));
    $this->assertSame(['en' => 'English', 'ar' => 'العربية', 'fy' => 'Frysk'], Locales::options($file));
    $this->assertSame('rtl', Locales::all($file)['ar']['dir']);
    $this->assertSame('ltr', Locales::all($file)['fy']['dir']);
  }

  public function testSkipsWhatIsNotALanguageAndFallsBackToEnglish(): void {
    $file = $this->manifest([['locale' => '<script>'], ['name' => 'no tag'], 'nl']);
    $this->assertSame(['en'], Locales::tags($file));
    $this->assertSame(['en'], Locales::tags('/no/such/manifest.json'));
  }

  public function testTheModuleAcceptsEveryLanguageOfTheBundledKit(): void {
    foreach (Locales::tags() as $tag) {
      $this->assertSame($tag, WidgetCatalog::check(['kind' => 'locale'], $tag));
    }
    $this->assertNull(WidgetCatalog::check(['kind' => 'locale'], 'xx-not-shipped'));
    $this->assertSame(Locales::tags(), WidgetCatalog::values(['kind' => 'locale']), 'the block form lists the same languages');
  }

}
