<?php

declare(strict_types=1);

namespace Drupal\hrc_widgets\Markup;

/**
 * The four widgets: their element, theme hook, library and the options an editor may set.
 *
 * Options are the same for a block and for an inline embed. The city-wide values (report
 * endpoint, office, privacy statement, declaration) come from the module's settings only, so an
 * editor writing body text cannot send reports elsewhere or change what the city declared.
 */
final class WidgetCatalog {

  public const LOCALES = ['nl', 'en'];

  /** Discrimination grounds of the framework data package (packages/framework/src/ids.ts). */
  public const GROUNDS = [
    'sex', 'race', 'colour', 'ethnic-or-social-origin', 'genetic-features', 'language',
    'religion-or-belief', 'political-or-other-opinion', 'national-minority', 'property', 'birth',
    'disability', 'age', 'sexual-orientation', 'nationality', 'gender-identity', 'gender-expression',
    'sex-characteristics', 'chronic-illness', 'civil-status', 'working-time',
  ];

  /** Chapters of the EU Charter of Fundamental Rights (packages/framework/src/ids.ts). */
  public const CHAPTERS = [
    'dignity', 'freedoms', 'equality', 'solidarity', 'citizens-rights', 'justice', 'general-provisions',
  ];

  public const CARD_VARIANTS = ['full', 'compact'];

  public const BADGE_VARIANTS = ['seal', 'horizontal', 'compact'];

  public const BADGE_SIZES = ['s', 'm', 'l'];

  /**
   * Per widget: tag, theme hook, library, and option name => [kind, default].
   *
   * An option "quick_exit_url" is the attribute "quick-exit-url" on the element and in a
   * shortcode; "locale" is the element's "lang".
   */
  public const WIDGETS = [
    'report-form' => [
      'tag' => 'hrc-report-form',
      'theme' => 'hrc_report_form',
      'library' => 'hrc_widgets/report_form',
      'options' => [
        'locale' => ['locale', ''],
        'ground' => ['ground', ''],
        'quick_exit_url' => ['url', ''],
        'quick_exit_shortcut' => ['boolean', TRUE],
      ],
    ],
    'rights-cards' => [
      'tag' => 'hrc-rights-cards',
      'theme' => 'hrc_rights_cards',
      'library' => 'hrc_widgets/rights_cards',
      'options' => [
        'locale' => ['locale', ''],
        'articles' => ['articles', '21,23,26'],
        'chapter' => ['chapter', ''],
        'variant' => ['card_variant', 'full'],
        'report_url' => ['url', ''],
      ],
    ],
    'framework-checklist' => [
      'tag' => 'hrc-framework-checklist',
      'theme' => 'hrc_framework_checklist',
      'library' => 'hrc_widgets/framework_checklist',
      'options' => [
        'locale' => ['locale', ''],
        'src' => ['url', ''],
        'compare_src' => ['url', ''],
        'readonly' => ['boolean', FALSE],
        'storage_key' => ['token', ''],
      ],
    ],
    'declaration-badge' => [
      'tag' => 'hrc-declaration-badge',
      'theme' => 'hrc_declaration_badge',
      'library' => 'hrc_widgets/declaration_badge',
      'options' => [
        'locale' => ['locale', ''],
        'variant' => ['badge_variant', 'seal'],
        'size' => ['badge_size', 'm'],
        'status_src' => ['url', ''],
      ],
    ],
  ];

  /**
   * The default options of a widget, as stored in block configuration.
   *
   * @return array<string, string|bool>
   */
  public static function defaults(string $widget): array {
    return array_map(static fn (array $option) => $option[1], self::WIDGETS[$widget]['options']);
  }

  /**
   * The attribute name of an option, in a shortcode and on the element.
   */
  public static function attributeName(string $option): string {
    return $option === 'locale' ? 'lang' : str_replace('_', '-', $option);
  }

  /**
   * Checks one option value; NULL when it is not acceptable.
   */
  public static function check(string $kind, mixed $value): string|bool|null {
    return match ($kind) {
      'locale' => Values::oneOf($value, self::LOCALES),
      'ground' => Values::oneOf($value, self::GROUNDS),
      'chapter' => Values::oneOf($value, self::CHAPTERS),
      'card_variant' => Values::oneOf($value, self::CARD_VARIANTS),
      'badge_variant' => Values::oneOf($value, self::BADGE_VARIANTS),
      'badge_size' => Values::oneOf($value, self::BADGE_SIZES),
      'articles' => Values::articles($value),
      'url' => Values::url($value),
      'token' => Values::token($value),
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
    foreach (self::WIDGETS[$widget]['options'] as $name => [$kind]) {
      if (!array_key_exists($name, $options) || $options[$name] === '' || $options[$name] === NULL) {
        continue;
      }
      $value = self::check($kind, $options[$name]);
      if ($value !== NULL) {
        $clean[$name] = $value;
      }
    }
    return $clean;
  }

  /**
   * Turns shortcode attributes (kebab-case names) into options; unknown names are dropped.
   *
   * @param array<string, string|true> $attributes
   *
   * @return array<string, string|bool>
   */
  public static function optionsFromAttributes(string $widget, array $attributes): array {
    $options = [];
    foreach (array_keys(self::WIDGETS[$widget]['options']) as $name) {
      $attribute = self::attributeName($name);
      if (array_key_exists($attribute, $attributes)) {
        $options[$name] = $attributes[$attribute] === TRUE ? '' : $attributes[$attribute];
        // A bare boolean attribute ("[hrc:framework-checklist readonly]") means on.
        if ($attributes[$attribute] === TRUE && self::WIDGETS[$widget]['options'][$name][0] === 'boolean') {
          $options[$name] = TRUE;
        }
      }
    }
    return self::clean($widget, $options);
  }

}
