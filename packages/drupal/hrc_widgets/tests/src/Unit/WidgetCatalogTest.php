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
        $this->assertSame($value, WidgetCatalog::check($definition['options'][$name], $value), "$widget.$name");
      }
    }
  }

  public function testAttributeNames(): void {
    $this->assertSame('lang', WidgetCatalog::attributeName('report-form', 'locale'));
    $this->assertSame('quick-exit-url', WidgetCatalog::attributeName('report-form', 'quick_exit_url'));
    $this->assertSame('heading-level', WidgetCatalog::attributeName('rights-cards', 'heading_level'));
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

  public function testEveryOptionTheElementsTakeToday(): void {
    // What either CMS let editors set before the catalog was generated, and what was missing
    // (heading-level), in both block configuration and embeds.
    $this->assertSame(
      ['layout' => 'deck', 'heading_level' => '4', 'label' => 'Rechten', 'search' => TRUE],
      WidgetCatalog::optionsFromAttributes('rights-cards', ['heading-level' => '4', 'layout' => 'deck', 'search' => TRUE, 'label' => 'Rechten', 'heading-level-x' => '2']),
    );
    $this->assertSame(['ask_equality_data' => 'off'], WidgetCatalog::optionsFromAttributes('report-form', ['ask-equality-data' => 'off']));
    $this->assertSame(['status_url' => '/checklist'], WidgetCatalog::optionsFromAttributes('declaration-badge', ['status-url' => '/checklist']));
    $this->assertSame([], WidgetCatalog::optionsFromAttributes('rights-cards', ['heading-level' => '7']));
  }

  public function testElementAttributesFromOptions(): void {
    $attributes = WidgetCatalog::attributes('report-form', ['quick_exit_shortcut' => FALSE, 'ground' => 'age']);
    $this->assertSame('off', $attributes['quick-exit-shortcut']);
    $this->assertSame('age', $attributes['ground']);
    $this->assertNull($attributes['lang']);
    $this->assertNull(WidgetCatalog::attributes('report-form', [])['quick-exit-shortcut']);
    $this->assertTrue(WidgetCatalog::attributes('framework-checklist', [])['readonly']);
  }

  public function testBareAndWrittenBooleans(): void {
    $this->assertSame(['readonly' => TRUE], WidgetCatalog::optionsFromAttributes('framework-checklist', ['readonly' => TRUE]));
    $this->assertSame(['readonly' => FALSE], WidgetCatalog::optionsFromAttributes('framework-checklist', ['readonly' => 'no']));
  }

}
