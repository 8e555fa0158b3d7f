<?php

declare(strict_types=1);

namespace Drupal\Tests\hrc_widgets\Unit;

use Drupal\hrc_widgets\Markup\WidgetCatalog;
use PHPUnit\Framework\TestCase;

/**
 * @coversDefaultClass \Drupal\hrc_widgets\Markup\WidgetCatalog
 */
final class WidgetCatalogTest extends TestCase {

  public function testDefaultsPassTheirOwnChecks(): void {
    foreach (WidgetCatalog::WIDGETS as $widget => $definition) {
      foreach (WidgetCatalog::defaults($widget) as $name => $value) {
        if ($value === '') {
          continue;
        }
        $this->assertSame($value, WidgetCatalog::check($definition['options'][$name][0], $value), "$widget.$name");
      }
    }
  }

  public function testAttributeNames(): void {
    $this->assertSame('lang', WidgetCatalog::attributeName('locale'));
    $this->assertSame('quick-exit-url', WidgetCatalog::attributeName('quick_exit_url'));
  }

  public function testShortcodeAttributesBecomeCheckedOptions(): void {
    $this->assertSame(
      ['locale' => 'nl', 'ground' => 'race', 'quick_exit_url' => 'https://weather.example/'],
      WidgetCatalog::optionsFromAttributes('report-form', [
        'lang' => 'nl',
        'ground' => 'race',
        'quick-exit-url' => 'https://weather.example/',
      ]),
    );
  }

  public function testSettingsOnlyAttributesAndUnknownNamesAreDropped(): void {
    // An editor cannot point the form at another endpoint or change the office from body text.
    $this->assertSame([], WidgetCatalog::optionsFromAttributes('report-form', [
      'endpoint' => 'https://attacker.example/collect',
      'office-name' => 'Someone else',
      'onclick' => 'alert(1)',
      'quick_exit_url' => 'https://weather.example/',
    ]));
  }

  public function testBadValuesAreDropped(): void {
    $this->assertSame([], WidgetCatalog::optionsFromAttributes('report-form', [
      'ground' => 'not-a-ground',
      'lang' => 'fy',
      'quick-exit-url' => 'javascript:alert(1)',
    ]));
    $this->assertSame(['variant' => 'compact'], WidgetCatalog::optionsFromAttributes('rights-cards', [
      'articles' => '21,99',
      'chapter' => 'equality"><script>',
      'variant' => 'compact',
    ]));
  }

  public function testBareAndWrittenBooleans(): void {
    $this->assertSame(['readonly' => TRUE], WidgetCatalog::optionsFromAttributes('framework-checklist', ['readonly' => TRUE]));
    $this->assertSame(['readonly' => FALSE], WidgetCatalog::optionsFromAttributes('framework-checklist', ['readonly' => 'no']));
  }

}
