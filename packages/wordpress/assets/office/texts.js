// The words of the "Open sealed reports" screen: WordPress's translations, given by the page
// (HRC_Office_Texts). A text with %1$s, %2$s … becomes a function of those values. The shared office
// modules (keys.js, opening.js, sheet.js, util.js, copied from @hrc/receiver) read `lang` and `t` here.
const raw = JSON.parse(document.getElementById('hrc-office-texts').textContent);

const fill =
  (template) =>
  (...values) =>
    template.replace(/%(\d)\$s/g, (_, n) => String(values[Number(n) - 1] ?? ''));

// A text by count ({ "1": …, "2": …, "3": … }, each from WordPress's plural forms) is chosen by the first value.
const counted = (value) =>
  value && typeof value === 'object' && Object.keys(value).every((k) => /^\d+$/.test(k));

export const lang = document.documentElement.lang || 'en';
export const t = Object.fromEntries(
  Object.entries(raw).map(([key, value]) => [
    key,
    counted(value)
      ? (count, ...rest) => fill(value[count] ?? Object.values(value).at(-1))(count, ...rest)
      : typeof value === 'string' && /%\d\$s/.test(value)
        ? fill(value)
        : value,
  ]),
);
