// Runs inside the page (added as an init script): readiness, and the checks a screenshot alone would miss.
// Everything walks the flattened tree: the document, every open shadow root, and what their slots show.
// Results are plain data; test/visual/run.mjs judges them and names the failures.
(() => {
  /** Every element below `root`, entering open shadow roots (light-DOM children are visited too). */
  function* allElements(root) {
    for (const el of root.querySelectorAll('*')) {
      yield el;
      if (el.shadowRoot) yield* allElements(el.shadowRoot);
    }
  }

  /** The parent in the flattened tree: a slotted node's slot, a shadow root's host. */
  function flatParent(node) {
    if (node.assignedSlot) return node.assignedSlot;
    const parent = node.parentNode;
    if (parent instanceof ShadowRoot) return parent.host;
    return parent instanceof Element ? parent : null;
  }

  function* ancestors(el) {
    for (let p = flatParent(el); p; p = flatParent(p)) yield p;
  }

  const storyRoot = () => document.getElementById('storybook-root') ?? document.body;

  /** Waits until every kit element below the story has finished rendering (also ones rendered late). */
  async function settle() {
    for (let round = 0; round < 4; round++) {
      const kit = [...allElements(document)].filter((el) => el.localName.startsWith('hrc-'));
      await Promise.all(kit.map((el) => el.updateComplete));
      await document.fonts.ready;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      if (!kit.some((el) => el.isUpdatePending)) break;
    }
    // With reduced motion the kit gives every change a 0.01 ms transition (a scheme switch too): measure
    // where they end.
    for (const el of allElements(document)) for (const a of el.getAnimations()) a.finish();
  }

  // Colours: any CSS colour the browser computed (rgb(), color(srgb …), system colours) as sRGB 0–255.
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 1;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  const colourCache = new Map();
  function rgba(css) {
    if (!css || css === 'none' || css === 'transparent') return [0, 0, 0, 0];
    let value = colourCache.get(css);
    if (!value) {
      const m = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/.exec(css);
      if (m) value = [+m[1], +m[2], +m[3], m[4] === undefined ? 1 : +m[4]];
      else {
        ctx.clearRect(0, 0, 1, 1);
        ctx.fillStyle = '#000';
        ctx.fillStyle = css;
        ctx.fillRect(0, 0, 1, 1);
        const d = ctx.getImageData(0, 0, 1, 1).data;
        value = [d[0], d[1], d[2], d[3] / 255];
      }
      colourCache.set(css, value);
    }
    return value;
  }
  const over = (top, below) => {
    const a = top[3];
    return [0, 1, 2].map((i) => top[i] * a + below[i] * (1 - a)).concat(1);
  };

  /** The page's canvas colour (what shows where no element paints). */
  function canvasColour() {
    for (const el of [document.documentElement, document.body]) {
      const c = rgba(getComputedStyle(el).backgroundColor);
      if (c[3] > 0) return over(c, [255, 255, 255, 1]);
    }
    const probe = document.createElement('div');
    probe.style.background = 'Canvas';
    document.documentElement.append(probe);
    const c = rgba(getComputedStyle(probe).backgroundColor);
    probe.remove();
    return c;
  }

  /** The fill of the SVG shape painted under point (x, y) of `text`'s SVG, if any. */
  function svgBackdrop(text) {
    const svg = text.ownerSVGElement;
    if (!svg) return undefined;
    const box = text.getBBox();
    const point = svg.createSVGPoint();
    point.x = box.x + box.width / 2;
    point.y = box.y + box.height / 2;
    let found;
    for (const shape of svg.querySelectorAll('rect, circle, ellipse, path, polygon')) {
      if (shape.compareDocumentPosition(text) & Node.DOCUMENT_POSITION_PRECEDING) break;
      if (shape.parentNode !== text.parentNode) continue;
      const fill = rgba(getComputedStyle(shape).fill);
      if (fill[3] > 0 && shape.isPointInFill(point)) found = fill;
    }
    return found;
  }

  /** The colour behind `el`: backgrounds of it and its ancestors, composited, down to the canvas. */
  function background(el) {
    const layers = [];
    let image = false;
    for (let node = el; node; node = flatParent(node)) {
      if (node instanceof SVGTextElement || node instanceof SVGTSpanElement) {
        const shape = svgBackdrop(node.closest('text'));
        if (shape) {
          layers.push(shape);
          if (shape[3] >= 1) break;
        }
        continue;
      }
      if (node instanceof SVGElement && !(node instanceof SVGSVGElement)) continue;
      const cs = getComputedStyle(node);
      if (cs.backgroundImage !== 'none') image = true;
      const c = rgba(cs.backgroundColor);
      if (c[3] > 0) layers.push(c);
      if (c[3] >= 1) break;
    }
    let colour = layers.length && layers[layers.length - 1][3] >= 1 ? layers.pop() : canvasColour();
    for (const layer of layers.reverse()) colour = over(layer, colour);
    return { colour, image };
  }

  const hex = (c) =>
    '#' +
    c
      .slice(0, 3)
      .map((v) => Math.round(v).toString(16).padStart(2, '0'))
      .join('');

  function luminance(c) {
    const [r, g, b] = c.slice(0, 3).map((v) => {
      const s = v / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  }
  const contrast = (a, b) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  };

  /** A short, readable path to `el`: host tags and the element's own tag, id or class. */
  function describe(el) {
    const own = (e) =>
      e.localName +
      (e.id ? `#${e.id}` : '') +
      (typeof e.className === 'string' && e.className.trim()
        ? '.' + e.className.trim().split(/\s+/).slice(0, 2).join('.')
        : '');
    const hosts = [];
    for (let root = el.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) {
      hosts.unshift(root.host.localName);
    }
    return [...hosts, own(el)].join(' › ');
  }

  const isHidden = (el) => {
    for (let e = el; e; e = flatParent(e)) {
      const cs = getComputedStyle(e);
      if (cs.visibility === 'hidden' || cs.opacity === '0' || cs.display === 'none') return true;
      if (cs.clipPath.startsWith('inset(50%')) return true;
    }
    return false;
  };

  const textSnippet = (s) => s.replace(/\s+/g, ' ').trim().slice(0, 60);

  /** Text, form values and placeholders with their colours: the 4.5:1 (3:1 for large text) rule. */
  function textContrast() {
    const found = [];
    const seen = new Set();
    const root = storyRoot();
    const consider = (el, text, fgCss, rect) => {
      if (!text || rect.width < 2 || rect.height < 2) return;
      if (el.closest(':disabled') || isHidden(el)) return;
      const cs = getComputedStyle(el);
      const { colour: bg, image } = background(el);
      const fg = over(rgba(fgCss), bg);
      const size = parseFloat(cs.fontSize);
      const bold = Number(cs.fontWeight) >= 700;
      const large = size >= 24 || (bold && size >= 18.66);
      const ratio = contrast(fg, bg);
      const key = `${describe(el)}|${text}`;
      if (seen.has(key)) return;
      seen.add(key);
      found.push({
        where: describe(el),
        text: textSnippet(text),
        fg: hex(fg),
        bg: hex(bg),
        ratio: Math.round(ratio * 100) / 100,
        required: large ? 3 : 4.5,
        size: Math.round(size * 10) / 10,
        image,
      });
    };
    const walk = (node) => {
      for (const child of node.childNodes) {
        if (child.nodeType === Node.TEXT_NODE) {
          if (!child.data.trim() || !child.parentElement) continue;
          const el = child.parentElement;
          if (el.closest('style, script, template, title, desc, option')) continue;
          const range = document.createRange();
          range.selectNodeContents(child);
          const rects = [...range.getClientRects()];
          const rect = rects.reduce((a, r) => (r.width * r.height > a.width * a.height ? r : a), {
            width: 0,
            height: 0,
          });
          const cs = getComputedStyle(el);
          const fg = el instanceof SVGElement ? cs.fill : cs.webkitTextFillColor || cs.color;
          consider(el, child.data, fg, rect);
        } else if (child.nodeType === Node.ELEMENT_NODE) {
          const el = child;
          if (el.matches('input:not([type=checkbox], [type=radio], [type=file], [type=hidden]), textarea')) {
            const cs = getComputedStyle(el);
            if (el.value) consider(el, el.value, cs.color, el.getBoundingClientRect());
            else if (el.placeholder) {
              consider(
                el,
                el.placeholder,
                getComputedStyle(el, '::placeholder').color,
                el.getBoundingClientRect(),
              );
            }
          } else if (el.localName === 'select') {
            const option = el.selectedOptions[0];
            if (option)
              consider(el, option.textContent, getComputedStyle(el).color, el.getBoundingClientRect());
          }
          if (el.shadowRoot) walk(el.shadowRoot);
          // Slotted children are visited where they sit in the light DOM; unslotted ones have no boxes.
          walk(el);
        }
      }
    };
    walk(root);
    return found;
  }

  const FOCUSABLE =
    'a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';

  /** Every focusable element gets focus (as from the keyboard); its indicator against what it sits on: 3:1. */
  function focusContrast() {
    const found = [];
    const scroll = [scrollX, scrollY];
    for (const el of allElements(storyRoot())) {
      if (!el.matches(FOCUSABLE) || el.matches(':disabled') || isHidden(el)) continue;
      const rect = el.getBoundingClientRect();
      if (rect.width < 1 || rect.height < 1) continue;
      el.focus({ focusVisible: true, preventScroll: true });
      const active = (() => {
        let a = document.activeElement;
        while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
        return a;
      })();
      if (active !== el || !el.matches(':focus-visible')) continue;
      // With reduced motion the kit gives every change a 0.01 ms transition: read where it ends.
      for (const a of el.getAnimations()) a.finish();
      const cs = getComputedStyle(el);
      const width = parseFloat(cs.outlineWidth);
      const entry = {
        where: describe(el),
        text: textSnippet(el.textContent || el.getAttribute('aria-label') || ''),
      };
      if (cs.outlineStyle === 'auto') {
        // The browser's own two-tone ring, made to show on any background.
        entry.indicator = 'browser';
      } else if (cs.outlineStyle !== 'none' && width > 0) {
        const inside = parseFloat(cs.outlineOffset) + width <= 0;
        const bg = inside ? background(el).colour : background(flatParent(el) ?? el).colour;
        const ring = over(rgba(cs.outlineColor), bg);
        entry.indicator = 'outline';
        entry.fg = hex(ring);
        entry.bg = hex(bg);
        entry.ratio = Math.round(contrast(ring, bg) * 100) / 100;
        entry.width = width;
        // A solid band around the element (a box-shadow with spread, no blur) is part of the indicator:
        // of a two-tone indicator, the tone that stands out more counts.
        const band = /^(rgba?\([^)]*\)|#\w+) 0px 0px 0px ([\d.]+)px$/.exec(cs.boxShadow);
        if (band && parseFloat(band[2]) >= 1) {
          const halo = over(rgba(band[1]), bg);
          const haloRatio = Math.round(contrast(halo, bg) * 100) / 100;
          if (haloRatio > entry.ratio)
            Object.assign(entry, { fg: `${hex(ring)}/${hex(halo)}`, ratio: haloRatio });
        }
      } else if (cs.boxShadow !== 'none') {
        entry.indicator = 'box-shadow';
        entry.shadow = cs.boxShadow;
      } else {
        entry.indicator = 'none';
      }
      el.blur();
      found.push(entry);
    }
    scrollTo(...scroll);
    return found;
  }

  /** Form fields: their border against what surrounds them (WCAG 1.4.11), 3:1. */
  function fieldContrast() {
    const found = [];
    for (const el of allElements(storyRoot())) {
      if (!el.matches('input:not([type=hidden], [type=file]), select, textarea') || el.matches(':disabled'))
        continue;
      if (isHidden(el) || el.getBoundingClientRect().width < 2) continue;
      const cs = getComputedStyle(el);
      // Native check boxes and radio buttons are drawn by the browser, not from these colours.
      if (el.matches('[type=checkbox], [type=radio]') && cs.appearance !== 'none') continue;
      const outside = background(flatParent(el) ?? el).colour;
      const fill = over(rgba(cs.backgroundColor), outside);
      const border = over(rgba(cs.borderTopColor), outside);
      const edge = parseFloat(cs.borderTopWidth) > 0 ? contrast(border, outside) : 0;
      const ratio = Math.max(edge, contrast(fill, outside));
      found.push({
        where: describe(el),
        fg: hex(border),
        bg: hex(outside),
        ratio: Math.round(ratio * 100) / 100,
      });
    }
    return found;
  }

  /**
   * Boxes that reach beyond the page, or beyond an ancestor that clips them, or beyond the kit element
   * they belong to (WCAG 1.4.10 at 320 px; 1.4.12 with the text-spacing override). Content inside a
   * scrolling box (a wide table) may scroll, so it is measured against that box only.
   */
  function overflow({ textOnly = false } = {}) {
    const found = [];
    const vw = document.documentElement.clientWidth;
    const pageScroll = document.documentElement.scrollWidth;
    if (pageScroll > vw + 1)
      found.push({ where: 'page', problem: `page is ${pageScroll}px wide in a ${vw}px viewport` });
    const hasText = (el) =>
      [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.data.trim()) ||
      el.matches('input, select, textarea, button');
    for (const el of allElements(storyRoot())) {
      if (el instanceof SVGElement && !(el instanceof SVGSVGElement) && !(el instanceof SVGTextElement))
        continue;
      if (textOnly && !hasText(el)) continue;
      const r = el.getBoundingClientRect();
      if (r.width < 2 || r.height < 2 || isHidden(el)) continue;
      if (el.closest('dialog:not([open])')) continue;
      // Wholly above or left of the page: put there on purpose (a honeypot field), not overflowing.
      if (r.right <= 0 || r.bottom <= 0) continue;
      const check = (box, what) => {
        const right = r.right - box.right;
        const left = box.left - r.left;
        const bottom = r.bottom - box.bottom;
        if (right > 1 || left > 1) {
          found.push({
            where: describe(el),
            problem: `${Math.round(r.width)}px wide, ${Math.round(Math.max(right, left))}px beyond ${what} (${Math.round(box.width)}px)`,
          });
          return true;
        }
        if (bottom > 1 && what !== 'the page' && what !== 'its kit element') {
          found.push({
            where: describe(el),
            problem: `${Math.round(bottom)}px cut off at the bottom by ${what}`,
          });
          return true;
        }
        return false;
      };
      // Content of a scrolling box (a wide table, code) may scroll; the box itself is measured.
      const scroller = [...ancestors(el)].find((a) =>
        /auto|scroll/.test(getComputedStyle(a).overflowX + getComputedStyle(a).overflowY),
      );
      if (scroller && scroller !== document.documentElement && scroller !== document.body) continue;
      if (check({ left: 0, right: vw, bottom: Infinity, width: vw }, 'the page')) continue;
      let clipped = false;
      for (const a of ancestors(el)) {
        const cs = getComputedStyle(a);
        if (a instanceof SVGSVGElement) {
          if (cs.overflow === 'visible' || cs.overflow === 'auto') continue;
        }
        const scrolls = /auto|scroll/.test(cs.overflowX + cs.overflowY);
        const clips =
          /hidden|clip/.test(cs.overflowX + cs.overflowY) || (a instanceof SVGSVGElement && !scrolls);
        if (scrolls) break;
        if (clips && check(a.getBoundingClientRect(), describe(a))) {
          clipped = true;
          break;
        }
        if (a.localName.startsWith('hrc-')) {
          if (check({ ...a.getBoundingClientRect().toJSON(), bottom: Infinity }, 'its kit element'))
            clipped = true;
          break;
        }
      }
      if (clipped) continue;
    }
    // Text wider than its own box (a long word) spills out of it although the box fits.
    for (const el of allElements(storyRoot())) {
      if (el instanceof SVGElement || isHidden(el) || el.closest('dialog:not([open])')) continue;
      const scroller = [...ancestors(el)].find((a) =>
        /auto|scroll/.test(getComputedStyle(a).overflowX + getComputedStyle(a).overflowY),
      );
      if (scroller && scroller !== document.documentElement && scroller !== document.body) continue;
      const host = [...ancestors(el)].find((a) => a.localName.startsWith('hrc-'));
      const limit = Math.min(vw, host ? host.getBoundingClientRect().right : vw);
      for (const node of el.childNodes) {
        if (node.nodeType !== Node.TEXT_NODE || !node.data.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const r = range.getBoundingClientRect();
        if (r.width > 0 && r.right > limit + 1) {
          found.push({
            where: describe(el),
            problem: `text "${textSnippet(node.data)}" reaches ${Math.round(r.right - limit)}px beyond ${limit === vw ? 'the page' : 'its kit element'}`,
          });
          break;
        }
      }
    }
    // SVG text has no layout box of its own: measure it against its drawing.
    for (const el of allElements(storyRoot())) {
      if (!(el instanceof SVGTextElement) || isHidden(el)) continue;
      const r = el.getBoundingClientRect();
      const svg = el.ownerSVGElement.getBoundingClientRect();
      const beyond = Math.max(r.right - svg.right, svg.left - r.left, r.bottom - svg.bottom, svg.top - r.top);
      if (beyond > 1) {
        found.push({
          where: describe(el),
          problem: `"${textSnippet(el.textContent)}" reaches ${Math.round(beyond)}px beyond its drawing`,
        });
      }
    }
    // Keep the outermost offender of each chain: its children say the same again.
    return found.filter(
      (f, i) => found.findIndex((g) => g.problem === f.problem && f.where.startsWith(g.where)) === i,
    );
  }

  /**
   * Text sizes below `min` px (badges and captions included). The badge's size "s" is the drawing at
   * 80 %, documented as such (docs/badge.md): its texts are measured at the default size instead.
   */
  function smallText(min) {
    const found = [];
    for (const el of allElements(storyRoot())) {
      if (![...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.data.trim())) continue;
      if (el.getRootNode().host?.matches('hrc-declaration-badge[size="s"]')) continue;
      if (isHidden(el) || el.closest('style, script, title, desc')) continue;
      const r = el.getBoundingClientRect();
      if (r.width < 2 || r.height < 2) continue;
      let size = parseFloat(getComputedStyle(el).fontSize);
      if (el instanceof SVGTextElement) {
        // Rendered size: the font size in user units times the drawing's scale.
        const m = el.getScreenCTM();
        size *= m ? Math.hypot(m.a, m.b) : 1;
      }
      if (size < min - 0.05)
        found.push({
          where: describe(el),
          text: textSnippet(el.textContent),
          size: Math.round(size * 10) / 10,
        });
    }
    return found;
  }

  /**
   * The checklist's progress: every stacked-bar segment whose count in the table (the bars' text
   * equivalent) is above zero must have a drawn size.
   */
  function chartSegments() {
    const found = [];
    for (const host of allElements(document)) {
      if (host.localName !== 'hrc-framework-checklist' || !host.shadowRoot) continue;
      const root = host.shadowRoot;
      const table = root.querySelector('.progress table');
      const rows = [...root.querySelectorAll('.progress .bar-row')];
      if (!table || !rows.length) continue;
      const statuses = [...table.querySelectorAll('thead th')]
        .slice(1, -1)
        .map((th) => th.textContent.trim());
      const segClasses = [...root.querySelectorAll('.progress .legend .swatch')].map((s) =>
        [...s.classList].find((c) => c.startsWith('seg-')),
      );
      const missing = [];
      let counted = 0;
      [...table.querySelectorAll('tbody tr')].forEach((tr, i) => {
        const counts = [...tr.querySelectorAll('td')]
          .slice(0, statuses.length)
          .map((td) => Number(td.textContent));
        const label = tr.querySelector('th')?.textContent.trim();
        counts.forEach((count, j) => {
          if (!count) return;
          counted++;
          const r = rows[i]?.querySelector(`svg .${segClasses[j]}`)?.getBoundingClientRect();
          if (!r || r.width < 0.5 || r.height < 0.5) missing.push(`${label} / ${statuses[j]} (${count})`);
        });
      });
      if (missing.length) {
        found.push({
          where: describe(rows[0]),
          problem: `${missing.length} of ${counted} bar segments that stand for a count have no size: ${missing.slice(0, 4).join(', ')}${missing.length > 4 ? ', …' : ''}`,
        });
      }
    }
    return found;
  }

  /**
   * The rights cards of the story that measures them ("Every card at 24rem", with the kit's own tokens):
   * each reserves the height it takes, not less (the page would move when the content arrives) and not
   * more (an empty frame). Elsewhere a page's fonts and widths decide.
   */
  function reserves() {
    const found = [];
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    for (const card of allElements(document)) {
      if (card.localName !== 'hrc-rights-card' || !card.closest('.reserved-heights')) continue;
      if (!card.shadowRoot?.querySelector('article[part~="base"]')) continue;
      if (Math.abs(card.getBoundingClientRect().width - 24 * rem) > 0.5) continue;
      const reserve = parseFloat(getComputedStyle(card).minBlockSize) || 0;
      card.style.setProperty('--hrc-rights-card-min-block-size', '0px');
      const natural = card.getBoundingClientRect().height;
      card.style.removeProperty('--hrc-rights-card-min-block-size');
      const name = ['article', 'element', 'kind']
        .map((a) => card.getAttribute(a) && `${a}="${card.getAttribute(a)}"`)
        .find(Boolean);
      const what = `${name} ${card.getAttribute('variant') ?? 'full'}`;
      if (natural > reserve + 0.5) {
        found.push({
          where: what,
          problem: `takes ${Math.round(natural - reserve)}px more than it reserves (run pnpm rights-card-reserves)`,
        });
      } else if (reserve - natural > 8) {
        found.push({
          where: what,
          problem: `reserves ${Math.round(reserve - natural)}px it does not take (run pnpm rights-card-reserves)`,
        });
      }
    }
    return found;
  }

  /** The WCAG 1.4.12 text-spacing override, in the page and in every shadow root; returns an undo. */
  const SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
    p { margin-block-end: 2em !important; }`;
  function textSpacing(on) {
    const roots = [
      document,
      ...[...allElements(document)].flatMap((e) => (e.shadowRoot ? [e.shadowRoot] : [])),
    ];
    for (const root of roots) {
      root.__hrcSpacing ??= new CSSStyleSheet();
      root.__hrcSpacing.replaceSync(on ? SPACING : '');
      if (!root.adoptedStyleSheets.includes(root.__hrcSpacing))
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, root.__hrcSpacing];
    }
  }

  /**
   * What the screenshot shows: the page's width, down to the end of the story and its padding; with
   * `from` (a selector, looked up in shadow roots too), the shot starts 16 px above the first match.
   */
  function pageSize(from) {
    const el = document.documentElement;
    const root = storyRoot().getBoundingClientRect();
    const height = Math.ceil(root.bottom + scrollY + 16);
    if (!from) return { width: el.scrollWidth, top: 0, height };
    const match = [...allElements(document)].find((e) => e.matches(from));
    if (!match) throw new Error(`nothing on the page matches ${from}`);
    const top = Math.max(0, Math.floor(match.getBoundingClientRect().top + scrollY) - 16);
    return { width: el.scrollWidth, top, height: height - top };
  }

  window.__visual = {
    settle,
    textContrast,
    focusContrast,
    fieldContrast,
    overflow,
    smallText,
    chartSegments,
    reserves,
    textSpacing,
    pageSize,
  };
})();
