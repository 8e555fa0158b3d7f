// The elements as CMS editors see them: the custom elements manifest (what each element accepts)
// joined with overlay.json (which of those an editor may set, with labels, groups and defaults).
// Every generated file of both CMSes is written from this one model (see generate.ts).

export const KINDS = [
  'locale',
  'ground',
  'chapter',
  'choice',
  'text',
  'url',
  'articles',
  'token',
  'boolean',
] as const;
export type Kind = (typeof KINDS)[number];
export const CMSES = ['wordpress', 'drupal'] as const;
export type Cms = (typeof CMSES)[number];

interface OverlayAttribute {
  kind: Kind;
  label: string;
  help?: string;
  group?: string;
  default?: string | boolean;
  empty?: string;
  options?: Record<string, string>;
  whenOff?: string;
  only?: Cms;
  wordpress?: { help?: string };
  drupal?: { help?: string };
}

interface OverlayElement {
  name: string;
  title: string;
  description: string;
  icon: string;
  site?: string[];
  hidden?: Record<string, string>;
  attributes: Record<string, OverlayAttribute>;
}

export interface Overlay {
  groups: Record<string, string>;
  elements: Record<string, OverlayElement>;
}

/** The framework's stable ids (@hrc/framework/dist/ids.js). */
export interface Ids {
  GROUND_IDS: readonly string[];
  CHAPTER_IDS: readonly string[];
}

/** One attribute an editor may set. */
export interface Attribute {
  /** The element's attribute and the shortcode's (kebab-case); a CMS-only option's own name. */
  name: string;
  /** WordPress block attribute (camelCase). */
  key: string;
  /** Drupal option (snake_case; `lang` is `locale`, as in the module's configuration). */
  option: string;
  kind: Kind;
  /** Allowed values for ground, chapter and choice (a locale's are the kit's manifest's); the empty value is always allowed. */
  values?: string[];
  default: string | boolean;
  label: string;
  help: Record<Cms, string>;
  group: string;
  /** Label of the empty value of a list ("Default (Compact)"), with the option it names, if any. */
  empty?: { text: string; names?: string };
  /** Labels of a choice's values. */
  options?: Record<string, string>;
  whenOff?: string;
  only?: Cms;
}

export interface Element {
  tag: string;
  name: string;
  title: string;
  description: string;
  icon: string;
  attributes: Attribute[];
}

export interface Model {
  groups: Record<string, string>;
  elements: Element[];
  ids: Ids;
}

interface ManifestAttribute {
  name: string;
  type?: { text: string };
  default?: string;
  description?: string;
}

const camel = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
const snake = (name: string) => (name === 'lang' ? 'locale' : name.replaceAll('-', '_'));
const unquote = (text: string) => text.replace(/^'(.*)'$/, '$1');

/** The attributes of each custom element in a custom elements manifest, by tag name. */
function manifestAttributes(manifest: unknown): Map<string, Map<string, ManifestAttribute>> {
  const found = new Map<string, Map<string, ManifestAttribute>>();
  const modules = (manifest as { modules?: unknown[] }).modules ?? [];
  for (const module of modules as { declarations?: unknown[] }[]) {
    for (const d of (module.declarations ?? []) as {
      customElement?: boolean;
      tagName?: string;
      attributes?: ManifestAttribute[];
    }[]) {
      if (d.customElement && d.tagName) {
        found.set(d.tagName, new Map((d.attributes ?? []).map((a) => [a.name, a])));
      }
    }
  }
  return found;
}

/** The values a TypeScript type text allows when it is a union of string literals, else null. */
function literalUnion(text: string | undefined): string[] | null {
  if (!text) return null;
  const parts = text
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p !== 'undefined');
  return parts.length > 0 && parts.every((p) => /^'[^']*'$/.test(p)) ? parts.map(unquote) : null;
}

/** Joins the manifest and the overlay; throws, naming the element and attribute, on any mismatch. */
export function buildModel(manifest: unknown, overlay: Overlay, ids: Ids): Model {
  const described = manifestAttributes(manifest);
  const problems: string[] = [];
  const elements: Element[] = [];
  for (const [tag, element] of Object.entries(overlay.elements)) {
    const own = described.get(tag);
    if (!own) {
      problems.push(`${tag}: not in the custom elements manifest`);
      continue;
    }
    const listed = new Map<string, string>();
    const list = (name: string, where: string) => {
      const before = listed.get(name);
      if (before) problems.push(`${tag} ${name}: listed under ${before} and ${where}`);
      listed.set(name, where);
    };
    for (const name of element.site ?? []) list(name, 'site');
    for (const name of Object.keys(element.hidden ?? {})) list(name, 'hidden');
    for (const [name, a] of Object.entries(element.attributes)) if (!a.only) list(name, 'attributes');
    for (const name of own.keys()) {
      if (!listed.has(name)) {
        problems.push(
          `${tag} ${name}: the element has this attribute; say in overlay.json whether editors may set it (attributes), it comes from the settings (site) or why not (hidden)`,
        );
      }
    }
    for (const name of listed.keys()) {
      if (!own.has(name))
        problems.push(`${tag} ${name}: overlay.json names an attribute the element does not have`);
    }

    const attributes: Attribute[] = [];
    for (const [name, a] of Object.entries(element.attributes)) {
      const described = own.get(name);
      if (!(KINDS as readonly string[]).includes(a.kind))
        problems.push(`${tag} ${name}: unknown kind ${a.kind}`);
      const group = a.group ?? 'content';
      if (!(group in overlay.groups)) problems.push(`${tag} ${name}: unknown group ${group}`);
      // A locale's values are the kit's languages, which each CMS reads from the bundled kit's manifest
      // when it runs (a language added by files alone appears there), so none are written here.
      const values =
        a.kind === 'ground'
          ? [...ids.GROUND_IDS]
          : a.kind === 'chapter'
            ? [...ids.CHAPTER_IDS]
            : a.kind === 'choice'
              ? Object.keys(a.options ?? {})
              : undefined;
      if (a.kind === 'choice' && (!values || values.length === 0))
        problems.push(`${tag} ${name}: a choice needs options`);
      const allowed = literalUnion(described?.type?.text);
      for (const v of [...(values ?? []), ...(a.whenOff ? [a.whenOff] : [])]) {
        if (allowed && !allowed.includes(v))
          problems.push(`${tag} ${name}: the element does not accept '${v}'`);
      }
      if (a.kind === 'boolean' && described?.type?.text && described.type.text !== 'boolean' && !a.whenOff) {
        problems.push(
          `${tag} ${name}: a boolean for an attribute of type ${described.type.text} needs whenOff`,
        );
      }
      const fallback = a.kind === 'boolean' ? false : '';
      const value = a.default ?? fallback;
      if (typeof value !== typeof fallback)
        problems.push(`${tag} ${name}: the default must be a ${typeof fallback}`);
      if (typeof value === 'string' && value !== '' && values && !values.includes(value)) {
        problems.push(`${tag} ${name}: the default '${value}' is not among its values`);
      }
      const elementDefault = described?.default === undefined ? undefined : unquote(described.default);
      // The manifest's descriptions speak to developers; an editor's help text is the overlay's.
      const help = a.help ?? '';
      attributes.push({
        name,
        key: camel(name),
        option: snake(name),
        kind: a.kind,
        ...(values ? { values } : {}),
        default: value,
        label: a.label,
        help: { wordpress: a.wordpress?.help ?? help, drupal: a.drupal?.help ?? help },
        group,
        ...(values || a.kind === 'locale'
          ? {
              empty: a.empty
                ? { text: a.empty }
                : a.kind === 'locale'
                  ? { text: 'As in the settings' }
                  : elementDefault !== undefined && a.options?.[elementDefault]
                    ? { text: 'Default (%s)', names: elementDefault }
                    : { text: 'Default' },
            }
          : {}),
        ...(a.options ? { options: a.options } : {}),
        ...(a.whenOff ? { whenOff: a.whenOff } : {}),
        ...(a.only ? { only: a.only } : {}),
      });
    }
    elements.push({
      tag,
      name: element.name,
      title: element.title,
      description: element.description,
      icon: element.icon,
      attributes,
    });
  }
  if (problems.length)
    throw new Error(`The elements' CMS description does not fit:\n  ${problems.join('\n  ')}`);
  return { groups: overlay.groups, elements, ids };
}

/** The attributes of an element in one CMS (without the other CMS's own options). */
export const attributesIn = (element: Element, cms: Cms) =>
  element.attributes.filter((a) => !a.only || a.only === cms);
