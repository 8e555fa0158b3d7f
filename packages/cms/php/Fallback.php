<?php
/**
 * The no-JavaScript fallback of the kit's elements: the readable content a CMS prints inside each
 * custom element, which visitors without JavaScript (and search engines) see and which the element
 * replaces once it runs. One source for every CMS wrapper: packages/cms generates the WordPress
 * plugin's and the Drupal module's copies from this file, so both print the same markup, escaped the
 * same way. Plain PHP 8.1 without a CMS, testable alone (packages/cms/test/php/FallbackTest.php).
 *
 * Its fixed texts are English here and come in the element's language from the CMS's own gettext
 * catalogue of that language (the WordPress plugin's .po/.mo, the Drupal module's translations), through
 * the translator the CMS gives translateWith(); a language without a catalogue shows English. The
 * element's language may differ from the page's, so the CMS looks the text up in that language's
 * catalogue instead of switching its own. Content (articles, the framework's elements) comes from the
 * kit's content files of that language (the bundled kit's content/<locale>.json), decoded, as the
 * caller loaded them.
 */

declare(strict_types=1);

namespace HrcKit;

/**
 * Fallback markup of the kit's elements.
 */
final class Fallback {

  /** Statuses of an assessment's elements, in the order of the checklist. */
  public const STATUSES = ['not-started', 'planned', 'in-progress', 'in-place', 'not-applicable'];

  /**
   * The fixed texts, in English: the msgids of each CMS's catalogue (its translation scripts read them
   * from here).
   */
  private const TEXT = [
    'report' => 'Report discrimination',
    'report-needs-js' => 'The report form needs JavaScript, which is switched off or did not load.',
    'contact' => 'You can also contact %s.',
    'the-office' => 'the anti-discrimination office',
    'phone' => 'Phone: %s',
    'article' => 'Article %1$d: %2$s',
    'read-more' => 'Read more about article %d',
    'framework' => 'The human rights city framework',
    'published' => 'The published assessment (JSON)',
    'city-since' => '%1$s, human rights city since %2$s',
    'city' => '%s, human rights city',
    'no-city' => 'Human rights city',
    'declaration' => '%s: read the declaration',
    'not-started' => 'Not started',
    'planned' => 'Planned',
    'in-progress' => 'In progress',
    'in-place' => 'In place',
    'not-applicable' => 'Not applicable',
    'stats' => 'Reports of discrimination',
    'stats-needs-js' => 'The charts of these figures need JavaScript, which is switched off or did not load. The figures are published as open data:',
    'stats-json' => 'Published statistics (JSON)',
    'stats-csv' => 'Published statistics (CSV, for spreadsheets)',
  ];

  /**
   * The CMS's translator: (English text, language tag of the kit) => the text in that language.
   *
   * @var (\Closure(string, string): string)|null
   */
  private static ?\Closure $translator = NULL;

  /**
   * Sets the translator of the fixed texts (NULL: English).
   *
   * @param (callable(string, string): string)|null $translator
   */
  public static function translateWith(?callable $translator): void {
    self::$translator = $translator === NULL ? NULL : \Closure::fromCallable($translator);
  }


  /**
   * Text as HTML: every character that means something in HTML is escaped, in text and attributes.
   */
  public static function escape(string $text): string {
    return htmlspecialchars($text, ENT_QUOTES | ENT_SUBSTITUTE | ENT_HTML5, 'UTF-8');
  }

  /**
   * An address that may be linked: http, https or a path on the site (never "//host"); with
   * $contact also mailto: and tel:. Anything else (javascript:, data:, character references,
   * control characters) gives ''.
   */
  public static function href(string $url, bool $contact = FALSE): string {
    $url = trim($url);
    if ($url === '' || strlen($url) > 2048 || preg_match('/[\x00-\x20\x7F"<>\\\\`]/', $url)) {
      return '';
    }
    if (str_starts_with($url, '/')) {
      return str_starts_with($url, '//') ? '' : $url;
    }
    $scheme = strtolower((string) strstr($url, ':', TRUE));
    $allowed = $contact ? ['http', 'https', 'mailto', 'tel'] : ['http', 'https'];
    return in_array($scheme, $allowed, TRUE) ? $url : '';
  }

  /**
   * The tel: address of a phone number as people write it ("+31 (0)30 286 00 00" → "tel:+31302860000").
   */
  public static function tel(string $phone): string {
    $phone = trim($phone);
    if (!preg_match('/^\+?[0-9 ().\/-]{3,40}$/', $phone)) {
      return '';
    }
    // "(0)" is the trunk prefix that callers from abroad leave out.
    $digits = (string) preg_replace('/\D/', '', str_replace('(0)', '', $phone));
    return strlen($digits) < 3 ? '' : 'tel:' . (str_starts_with($phone, '+') ? '+' : '') . $digits;
  }

  /**
   * The fallback of <hrc-report-form>: what the form is, and how else to reach the office.
   *
   * @param array{name?: string, url?: string, phone?: string} $office
   * @param int $headingLevel
   *   The level of its heading (2–6), as on the element.
   */
  public static function reportForm(string $locale, array $office, int $headingLevel = 2): string {
    $h = 'h' . max(2, min(6, $headingLevel));
    $html = '<' . $h . '>' . self::text($locale, 'report') . '</' . $h . '><p>' . self::text($locale, 'report-needs-js') . '</p>';
    $name = trim($office['name'] ?? '');
    $url = self::href($office['url'] ?? '', TRUE);
    $phone = trim($office['phone'] ?? '');
    if ($name === '' && $url === '' && $phone === '') {
      return $html;
    }
    $who = self::escape($name !== '' ? $name : self::raw($locale, 'the-office'));
    $line = self::text($locale, 'contact', $url === '' ? $who : self::link($url, $who));
    $tel = self::tel($phone);
    if ($phone !== '') {
      $line .= ' ' . self::text($locale, 'phone', $tel === '' ? self::escape($phone) : self::link($tel, self::escape($phone)));
    }
    return $html . '<p>' . $line . '</p>';
  }

  /**
   * The report form's first step drawn in advance (declarative shadow DOM, docs/performance.md): the
   * kit's file of the element's language (prerender/hrc-report-form.<locale>.html in the self-hosted
   * folder) with the page's addresses filled in, to print first inside <hrc-report-form>, before the
   * fallback of reportForm(). The browser draws the step at once, usable before any script, and the
   * element takes it over. Filled as the kit's fillPrerender() fills it (packages/widgets/src/prerender.ts):
   * both addresses through the URL check and written as attribute text, quick exit to an empty page
   * when its address does not pass (as the element's own), the heading at the element's level.
   *
   * @param string $template
   *   The file's content.
   * @param string $kitUrl
   *   The address of the self-hosted folder (where hrc-loader.js is); a missing final slash is added.
   * @param string $quickExitUrl
   *   The element's quick-exit-url, as the element gets it.
   * @param int $headingLevel
   *   The level of its heading (2–6), as on the element.
   *
   * @return string
   *   The markup, or '' when the folder's address does not pass the URL check (the element is then
   *   sent without it).
   */
  public static function prerenderedReportForm(string $template, string $kitUrl, string $quickExitUrl = '', int $headingLevel = 2): string {
    $kit = self::kitHref($kitUrl);
    if ($kit === '') {
      return '';
    }
    $exit = self::kitHref($quickExitUrl);
    $h = 'h' . max(2, min(6, $headingLevel));
    $html = self::replaceFirst($template, 'href="{kit}', 'href="' . self::escape(str_ends_with($kit, '/') ? $kit : $kit . '/'));
    $html = self::replaceFirst($html, 'href="{quick-exit}"', 'href="' . self::escape($exit === '' ? 'about:blank' : $exit) . '"');
    return (string) preg_replace_callback(
      '#<h2 class="h-title"([^>]*)>(.*?)</h2>#s',
      static fn (array $m): string => '<' . $h . ' class="h-title"' . $m[1] . '>' . $m[2] . '</' . $h . '>',
      $html,
      1,
    );
  }

  /**
   * The fallback of <hrc-rights-cards>: each chosen Charter article with its plain-language meaning.
   *
   * @param array<string, mixed> $content
   *   The kit's content in $locale.
   * @param string $articles
   *   Article numbers ("21,23"); when empty, every article of $chapter.
   * @param int $headingLevel
   *   The level of each card's heading (2–6), as on the element.
   * @param bool $compact
   *   Titles and links only, as the compact cards show them.
   */
  public static function rightsCards(string $locale, array $content, string $articles, string $chapter = '', int $headingLevel = 3, bool $compact = FALSE): string {
    $h = 'h' . max(2, min(6, $headingLevel));
    $html = '';
    foreach (self::articles($content, $articles, $chapter) as $article) {
      $number = (int) $article['number'];
      $html .= '<article><' . $h . '>' . self::text($locale, 'article', $number, self::escape((string) $article['title'])) . '</' . $h . '>';
      $meaning = $article['plain']['meaning'] ?? '';
      if (!$compact && is_string($meaning) && $meaning !== '') {
        $html .= '<p>' . self::escape($meaning) . '</p>';
      }
      $url = self::href(is_string($article['url'] ?? NULL) ? $article['url'] : '');
      if ($url !== '') {
        $html .= '<p>' . self::link($url, self::text($locale, 'read-more', $number)) . '</p>';
      }
      $html .= '</article>';
    }
    return $html;
  }

  /**
   * The fallback of <hrc-framework-checklist>: the framework's elements by layer, each with its status
   * when a published assessment is given, and a link to the assessment's address.
   *
   * @param array<string, mixed> $content
   *   The kit's content in $locale.
   * @param array<string, mixed>|null $assessment
   *   A published assessment (its "elements" map ids to a status), or NULL.
   * @param int $headingLevel
   *   The level of its heading (2–5), as on the element; the layers take the level below.
   */
  public static function checklist(string $locale, array $content, ?array $assessment = NULL, string $src = '', int $headingLevel = 2): string {
    $level = max(2, min(5, $headingLevel));
    $html = '<h' . $level . '>' . self::text($locale, 'framework') . '</h' . $level . '>';
    foreach (is_array($content['layers'] ?? NULL) ? $content['layers'] : [] as $layer) {
      if (!is_array($layer) || !is_string($layer['title'] ?? NULL)) {
        continue;
      }
      $html .= '<h' . ($level + 1) . '>' . self::escape($layer['title']) . '</h' . ($level + 1) . '><ul>';
      foreach (is_array($content['elements'] ?? NULL) ? $content['elements'] : [] as $element) {
        if (!is_array($element) || ($element['layer'] ?? NULL) !== ($layer['id'] ?? '') || !is_string($element['title'] ?? NULL)) {
          continue;
        }
        $html .= '<li>' . self::escape($element['title']);
        if ($assessment !== NULL) {
          $status = $assessment['elements'][$element['id'] ?? '']['status'] ?? 'not-started';
          $html .= ': ' . self::text($locale, in_array($status, self::STATUSES, TRUE) ? $status : 'not-started');
        }
        $html .= '</li>';
      }
      $html .= '</ul>';
    }
    $src = self::href($src);
    return $src === '' ? $html : $html . '<p>' . self::link($src, self::text($locale, 'published')) . '</p>';
  }

  /**
   * The fallback of <hrc-declaration-badge>: the city's declaration as a line of text, linked.
   */
  public static function badge(string $locale, string $city, string $year, string $url): string {
    $city = trim($city);
    $year = trim($year);
    $label = match (TRUE) {
      $city !== '' && $year !== '' => self::text($locale, 'city-since', self::escape($city), self::escape($year)),
      $city !== '' => self::text($locale, 'city', self::escape($city)),
      default => self::text($locale, 'no-city'),
    };
    $url = self::href($url);
    return $url === '' ? '<span>' . $label . '</span>' : self::link($url, self::text($locale, 'declaration', $label));
  }

  /**
   * The fallback of <hrc-report-stats>: its heading and links to the published file (JSON) and, when
   * the caller knows one, the same counts as CSV. No figures are printed: the file may be another
   * site's, and only the element checks it.
   *
   * @param string $label
   *   The editor's heading; empty: "Reports of discrimination".
   * @param int $headingLevel
   *   The level of the heading (2–6), as on the element.
   */
  public static function stats(string $locale, string $src, string $csv = '', string $label = '', int $headingLevel = 2): string {
    $h = 'h' . max(2, min(6, $headingLevel));
    $label = trim($label);
    $html = '<' . $h . '>' . ($label === '' ? self::text($locale, 'stats') : self::escape($label)) . '</' . $h . '>';
    $links = [];
    $src = self::href($src);
    if ($src !== '') {
      $links[] = '<li>' . self::link($src, self::text($locale, 'stats-json')) . '</li>';
    }
    $csv = self::href($csv);
    if ($csv !== '') {
      $links[] = '<li>' . self::link($csv, self::text($locale, 'stats-csv')) . '</li>';
    }
    return $links === [] ? $html : $html . '<p>' . self::text($locale, 'stats-needs-js') . '</p><ul>' . implode('', $links) . '</ul>';
  }

  /**
   * The articles of the content by number list ("21, 23 26", in that order) or, without numbers, by
   * chapter; numbers the content does not hold are left out.
   *
   * @param array<string, mixed> $content
   *
   * @return list<array<string, mixed>>
   */
  public static function articles(array $content, string $numbers, string $chapter = ''): array {
    $all = [];
    foreach (is_array($content['charter']['articles'] ?? NULL) ? $content['charter']['articles'] : [] as $article) {
      if (is_array($article) && isset($article['number'], $article['title'])) {
        $all[(int) $article['number']] = $article;
      }
    }
    $wanted = array_map('intval', preg_split('/[\s,;]+/', trim($numbers), -1, PREG_SPLIT_NO_EMPTY) ?: []);
    if ($wanted === [] && $chapter !== '') {
      $wanted = array_keys(array_filter($all, static fn (array $a) => ($a['chapter'] ?? NULL) === $chapter));
    }
    return array_values(array_filter(array_map(static fn (int $n) => $all[$n] ?? NULL, array_unique($wanted))));
  }

  /**
   * A text of the table in $locale (through the translator), escaped, with its %s/%d arguments put in
   * as given: arguments are HTML already (escaped by the caller, or a link made here).
   */
  private static function text(string $locale, string $key, string|int ...$args): string {
    return vsprintf(self::escape(self::raw($locale, $key)), $args);
  }

  private static function raw(string $locale, string $key): string {
    $english = self::TEXT[$key];
    $translated = self::$translator === NULL ? $english : (self::$translator)($english, $locale);
    // A translation that lost or gained a placeholder would break vsprintf(): English then.
    return substr_count($translated, '%') === substr_count($english, '%') ? $translated : $english;
  }

  /**
   * An address the kit's own URL check (@hrc/framework/url) also lets through: href()'s, without an
   * HTML character reference (escaped twice, or written to slip a scheme past a check), a user name or
   * password, or a host that does not parse. Else ''.
   */
  private static function kitHref(string $url): string {
    $url = self::href($url);
    if ($url === '' || preg_match('/&(?:#\d|#x[0-9a-f]|[a-z][a-z0-9]*;)/i', $url)) {
      return '';
    }
    if ($url[0] === '/') {
      return $url;
    }
    $parts = parse_url($url);
    return is_array($parts) && isset($parts['host']) && !isset($parts['user']) && !isset($parts['pass']) ? $url : '';
  }

  /**
   * $subject with the first $search in it replaced, taken as it is.
   */
  private static function replaceFirst(string $subject, string $search, string $replace): string {
    $at = strpos($subject, $search);
    return $at === FALSE ? $subject : substr_replace($subject, $replace, $at, strlen($search));
  }

  /**
   * A link; $href is checked by href() or tel() and $html is HTML already.
   */
  private static function link(string $href, string $html): string {
    return '<a href="' . self::escape($href) . '">' . $html . '</a>';
  }

}
