<?php

declare(strict_types=1);

namespace Drupal\hrc_widgets\Markup;

/**
 * The four widgets and the options an editor may set, from the generated Elements.
 *
 * Options are the same for a block and for an inline embed. The city-wide values (report
 * endpoint, office, privacy statement, declaration) come from the module's settings only, so an
 * editor writing body text cannot send reports elsewhere or change what the city declared.
 */
final class WidgetCatalog {

  public const GROUNDS = Elements::GROUNDS;

  public const CHAPTERS = Elements::CHAPTERS;

  /**
   * By widget: tag, theme hook, library, and by option name its attribute, kind, default, values.
   */
  public const WIDGETS = Elements::WIDGETS;

  /**
   * The default options of a widget, as stored in block configuration.
   *
   * @return array<string, string|bool>
   */
  public static function defaults(string $widget): array {
    return array_map(static fn (array $option) => $option['default'], self::WIDGETS[$widget]['options']);
  }

  /**
   * The attribute name of an option, in a shortcode and on the element.
   */
  public static function attributeName(string $widget, string $option): string {
    return self::WIDGETS[$widget]['options'][$option]['attribute'];
  }

  /**
   * The values an option of a list kind may take, or NULL for a free kind: the kit's languages (from
   * its manifest, Locales), the framework's grounds and chapters, a choice's options.
   *
   * @param array{kind: string, values?: list<string>} $option
   *   An option of WIDGETS.
   *
   * @return list<string>|null
   */
  public static function values(array $option): ?array {
    return match ($option['kind']) {
      'locale' => Locales::tags(),
      'ground' => self::GROUNDS,
      'chapter' => self::CHAPTERS,
      'choice' => $option['values'] ?? [],
      default => NULL,
    };
  }

  /**
   * Checks one option value; NULL when it is not acceptable.
   *
   * @param array{kind: string, values?: list<string>} $option
   *   An option of WIDGETS.
   */
  public static function check(array $option, mixed $value): string|bool|null {
    $values = self::values($option);
    if ($values !== NULL) {
      return Values::oneOf($value, $values);
    }
    return match ($option['kind']) {
      'articles' => Values::articles($value),
      'url' => Values::url($value),
      'token' => Values::token($value),
      'text' => Values::text($value),
      'boolean' => Values::boolean($value),
    };
  }

  /**
   * Keeps the known options of a widget whose values pass their check; empty values mean "not set".
   *
   * @param array<string, mixed> $options
   *
   * @return array<string, string|bool>
   */
  public static function clean(string $widget, array $options): array {
    $clean = [];
    foreach (self::WIDGETS[$widget]['options'] as $name => $option) {
      if (!array_key_exists($name, $options) || $options[$name] === '' || $options[$name] === NULL) {
        continue;
      }
      $value = self::check($option, $options[$name]);
      if ($value !== NULL) {
        $clean[$name] = $value;
      }
    }
    return $clean;
  }

  /**
   * Turns shortcode attributes (the element's names) into options; unknown names are dropped.
   *
   * @param array<string, string|true> $attributes
   *
   * @return array<string, string|bool>
   */
  public static function optionsFromAttributes(string $widget, array $attributes): array {
    $options = [];
    foreach (self::WIDGETS[$widget]['options'] as $name => $option) {
      if (array_key_exists($option['attribute'], $attributes)) {
        $value = $attributes[$option['attribute']];
        // A bare boolean attribute ("[hrc:framework-checklist readonly]") means on.
        $options[$name] = $value === TRUE ? ($option['kind'] === 'boolean' ? TRUE : '') : $value;
      }
    }
    return self::clean($widget, $options);
  }

  /**
   * The element attributes an editor's options give: every option the element has, checked, in
   * catalog order (NULL where not set); a boolean with an "off" value (quick-exit-shortcut) prints it
   * when off.
   *
   * @param array<string, mixed> $options
   *
   * @return array<string, string|bool|null>
   */
  public static function attributes(string $widget, array $options): array {
    $options = self::clean($widget, $options);
    $attributes = [];
    foreach (self::WIDGETS[$widget]['options'] as $name => $option) {
      // Absent: not set, except that a boolean is then its default (a block's configuration holds
      // every default already; an embed names only what it changes).
      $value = $options[$name] ?? ($option['kind'] === 'boolean' ? $option['default'] : NULL);
      if ($option['kind'] === 'boolean' && isset($option['when_off'])) {
        $value = $value === FALSE ? $option['when_off'] : NULL;
      }
      $attributes[$option['attribute']] = $value === '' ? NULL : $value;
    }
    return $attributes;
  }

}
