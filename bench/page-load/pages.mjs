// The pages the page-load benchmark compares, per language: the kit's report form embedded as
// docs/embedding.md tells a city to (script tag, no-JavaScript text inside the element, content
// below), once as it is and once with its first step drawn in advance (prerender/), the same first-step questions with GOV.UK Frontend's markup, CSS and JS, and the same
// questions as plain HTML without script. The questions and their labels come from the kit's own
// catalog and content files, so all three ask the same thing in the same words.
import { createHash } from 'node:crypto';

/**
 * The page around the form, the same on every page. The Dutch and the Arabic are drafts awaiting a
 * native speaker.
 */
const PAGE = {
  en: {
    title: 'Report discrimination – Middelstad',
    h1: 'Report discrimination',
    intro:
      'Did you experience or see discrimination in Middelstad? Tell the Antidiscrimination Office. ' +
      'You can stay anonymous.',
    fallback:
      'The report form needs JavaScript. You can also call the Antidiscrimination Office on ' +
      '<a href="tel:+31301234567">+31 30 123 45 67</a>.',
    belowHeading: 'Other ways to report',
    below:
      'Call the office on weekdays from 9:00 to 17:00, or visit us at the town hall. ' +
      'We treat every report in confidence.',
    footer: 'Municipality of Middelstad',
  },
  nl: {
    title: 'Discriminatie melden – Middelstad',
    h1: 'Discriminatie melden',
    intro:
      'Heeft u in Middelstad discriminatie meegemaakt of gezien? Meld het bij het ' +
      'Antidiscriminatiebureau. U kunt anoniem blijven.',
    fallback:
      'Het meldformulier heeft JavaScript nodig. U kunt het Antidiscriminatiebureau ook bellen op ' +
      '<a href="tel:+31301234567">+31 30 123 45 67</a>.',
    belowHeading: 'Op een andere manier melden',
    below:
      'Bel het bureau op werkdagen van 9.00 tot 17.00 uur, of kom langs in het stadhuis. ' +
      'We behandelen elke melding vertrouwelijk.',
    footer: 'Gemeente Middelstad',
  },
  ar: {
    dir: 'rtl',
    title: 'الإبلاغ عن التمييز – ميدلستاد',
    h1: 'الإبلاغ عن التمييز',
    intro:
      'هل تعرضت للتمييز أو شاهدته في ميدلستاد؟ أخبر مكتب مكافحة التمييز. ' + 'يمكنك أن تبقى مجهول الهوية.',
    fallback:
      'يحتاج نموذج الإبلاغ إلى JavaScript. يمكنك أيضًا الاتصال بمكتب مكافحة التمييز على الرقم ' +
      '<a href="tel:+31301234567" dir="ltr">+31 30 123 45 67</a>.',
    belowHeading: 'طرق أخرى للإبلاغ',
    below:
      'اتصل بالمكتب في أيام العمل من الساعة 9:00 إلى 17:00، أو زرنا في مبنى البلدية. ' +
      'نتعامل مع كل بلاغ بسرية.',
    footer: 'بلدية ميدلستاد',
  },
};

export const LANGS = Object.keys(PAGE);

/** Escapes text for HTML (the strings here are ours and the kit's, but escaping costs nothing). */
const esc = (s) =>
  String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** The kit's words for its first step, in `lang`: `m` is the UI catalog, `domains` the areas of life. */
function words(m, domains) {
  const t = (id) => m[`report-form.${id}`];
  return {
    progress: t('progress').replace('{0}', '1').replace('{1}', '5'),
    heading: t('step.what'),
    description: t('description'),
    descriptionHint: t('description-hint'),
    when: t('when'),
    whenHint: t('when-hint'),
    day: t('day'),
    month: t('month'),
    year: t('year'),
    place: t('place'),
    placeHint: t('place-hint'),
    domain: t('domain'),
    next: t('next'),
    domains,
  };
}

const head = (lang, p, extra = '') => `<!doctype html>
<html lang="${lang}"${p.dir ? ` dir="${p.dir}"` : ''}${extra}>
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${esc(p.title)}</title>`;

/**
 * The kit, as docs/embedding.md shows: one script tag, the element with its fallback text inside.
 * With `prerendered` (the first step drawn in advance, filled in for this page) as docs/embedding.md
 * shows for a page made on a server: that goes first inside the element; the page loads the form's
 * module with a modulepreload for each file it imports (`preload`, from manifest.json), as the CMS
 * modules do, since nothing is waiting for the loader's early fetches; and it needs no `hrc-kit.css`,
 * the first step takes its own room.
 */
function kitPage(lang, prerendered, preload = []) {
  const p = PAGE[lang];
  const scripts = prerendered
    ? `${preload
        .slice(1)
        .map((f) => `\n    <link rel="modulepreload" href="/kit/${f.replace(/^\.\//, '')}" />`)
        .join('')}\n    <script type="module" src="/kit/hrc-report-form.js"></script>`
    : `\n    <link rel="stylesheet" href="/kit/hrc-kit.css" />\n    <script type="module" src="/kit/hrc-loader.js"></script>`;
  return `${head(lang, p)}${scripts}
  </head>
  <body>
    <main>
      <h1>${esc(p.h1)}</h1>
      <p>${esc(p.intro)}</p>
      <hrc-report-form endpoint="/reports" office-name="Antidiscrimination Office Middelstad"
        office-phone="+31 30 123 45 67" privacy-url="/privacy.html" quick-exit-url="/weather.html">${prerendered ?? ''}
        <p>${p.fallback}</p>
      </hrc-report-form>
      <h2>${esc(p.belowHeading)}</h2>
      <p>${esc(p.below)}</p>
    </main>
    <footer><p>${esc(p.footer)}</p></footer>
  </body>
</html>
`;
}

/** The same questions as the kit's step 1, without any script or style sheet. */
function plainPage(lang, w) {
  const p = PAGE[lang];
  const radios = w.domains
    .map(
      (d) =>
        `<div><input type="radio" id="domain-${d.id}" name="domain" value="${d.id}" />` +
        ` <label for="domain-${d.id}">${esc(d.label)}</label></div>`,
    )
    .join('\n          ');
  return `${head(lang, p)}
  </head>
  <body>
    <main>
      <h1>${esc(p.h1)}</h1>
      <p>${esc(p.intro)}</p>
      <form action="/reports" method="post">
        <p>${esc(w.progress)}</p>
        <h2>${esc(w.heading)}</h2>
        <p><label for="description">${esc(w.description)}</label></p>
        <p id="description-hint">${esc(w.descriptionHint)}</p>
        <textarea id="description" name="description" rows="5" aria-describedby="description-hint"></textarea>
        <fieldset aria-describedby="when-hint">
          <legend>${esc(w.when)}</legend>
          <p id="when-hint">${esc(w.whenHint)}</p>
          <label for="when-day">${esc(w.day)}</label> <input id="when-day" name="day" inputmode="numeric" size="2" />
          <label for="when-month">${esc(w.month)}</label> <input id="when-month" name="month" inputmode="numeric" size="2" />
          <label for="when-year">${esc(w.year)}</label> <input id="when-year" name="year" inputmode="numeric" size="4" />
        </fieldset>
        <p><label for="place">${esc(w.place)}</label></p>
        <p id="place-hint">${esc(w.placeHint)}</p>
        <input id="place" name="place" aria-describedby="place-hint" />
        <fieldset>
          <legend>${esc(w.domain)}</legend>
          ${radios}
        </fieldset>
        <p><button>${esc(w.next)}</button></p>
      </form>
      <h2>${esc(p.belowHeading)}</h2>
      <p>${esc(p.below)}</p>
    </main>
    <footer><p>${esc(p.footer)}</p></footer>
  </body>
</html>
`;
}

// GOV.UK Frontend's page template runs these two as inline scripts; the page's CSP allows them by hash.
const GOVUK_SUPPORTED =
  "document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');";
const GOVUK_INIT = "import { initAll } from '/govuk/govuk-frontend.min.js'; initAll();";
const hash = (s) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
/** What the GOV.UK page adds to `script-src` for its two inline scripts. */
export const GOVUK_SCRIPT_HASHES = `${hash(GOVUK_SUPPORTED)} ${hash(GOVUK_INIT)}`;

/** The same questions with GOV.UK Frontend's components (textarea, date input, text input, radios). */
function govukPage(lang, w) {
  const p = PAGE[lang];
  const radios = w.domains
    .map(
      (d) => `<div class="govuk-radios__item">
              <input class="govuk-radios__input" id="domain-${d.id}" name="domain" type="radio" value="${d.id}">
              <label class="govuk-label govuk-radios__label" for="domain-${d.id}">${esc(d.label)}</label>
            </div>`,
    )
    .join('\n            ');
  const datePart = (id, name, label, width) => `<div class="govuk-date-input__item">
              <div class="govuk-form-group">
                <label class="govuk-label govuk-date-input__label" for="${id}">${esc(label)}</label>
                <input class="govuk-input govuk-date-input__input govuk-input--width-${width}" id="${id}" name="${name}" type="text" inputmode="numeric">
              </div>
            </div>`;
  return `${head(lang, p, ' class="govuk-template"')}
    <link rel="stylesheet" href="/govuk/govuk-frontend.min.css">
  </head>
  <body class="govuk-template__body">
    <script>${GOVUK_SUPPORTED}</script>
    <div class="govuk-width-container">
      <main class="govuk-main-wrapper" id="main-content">
        <h1 class="govuk-heading-l">${esc(p.h1)}</h1>
        <p class="govuk-body">${esc(p.intro)}</p>
        <form action="/reports" method="post" novalidate>
          <span class="govuk-caption-m">${esc(w.progress)}</span>
          <h2 class="govuk-heading-m">${esc(w.heading)}</h2>
          <div class="govuk-form-group">
            <label class="govuk-label" for="description">${esc(w.description)}</label>
            <div id="description-hint" class="govuk-hint">${esc(w.descriptionHint)}</div>
            <textarea class="govuk-textarea" id="description" name="description" rows="5" aria-describedby="description-hint"></textarea>
          </div>
          <div class="govuk-form-group">
            <fieldset class="govuk-fieldset" role="group" aria-describedby="when-hint">
              <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">${esc(w.when)}</legend>
              <div id="when-hint" class="govuk-hint">${esc(w.whenHint)}</div>
              <div class="govuk-date-input">
            ${datePart('when-day', 'day', w.day, 2)}
            ${datePart('when-month', 'month', w.month, 2)}
            ${datePart('when-year', 'year', w.year, 4)}
              </div>
            </fieldset>
          </div>
          <div class="govuk-form-group">
            <label class="govuk-label" for="place">${esc(w.place)}</label>
            <div id="place-hint" class="govuk-hint">${esc(w.placeHint)}</div>
            <input class="govuk-input" id="place" name="place" type="text" aria-describedby="place-hint">
          </div>
          <div class="govuk-form-group">
            <fieldset class="govuk-fieldset">
              <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">${esc(w.domain)}</legend>
              <div class="govuk-radios" data-module="govuk-radios">
            ${radios}
              </div>
            </fieldset>
          </div>
          <button type="submit" class="govuk-button" data-module="govuk-button">${esc(w.next)}</button>
        </form>
        <h2 class="govuk-heading-m">${esc(p.belowHeading)}</h2>
        <p class="govuk-body">${esc(p.below)}</p>
      </main>
    </div>
    <footer class="govuk-footer"><div class="govuk-width-container"><p class="govuk-body">${esc(p.footer)}</p></div></footer>
    <script type="module">${GOVUK_INIT}</script>
  </body>
</html>
`;
}

/**
 * The pages for one language, as `{ kit, govuk, plain }` HTML strings. `catalog` is the kit's
 * locales/<lang>.json, `report` its content/<lang>/report.json; `english` the English catalog, for
 * words a draft catalog does not have yet (the kit shows those in English too).
 */
export function pagesFor(lang, catalog, report, english, prerendered, preload) {
  const w = words({ ...english?.messages, ...catalog.messages }, report.domains);
  return {
    kit: kitPage(lang),
    kitPrerendered: kitPage(lang, prerendered, preload),
    govuk: govukPage(lang, w),
    plain: plainPage(lang, w),
  };
}
