// Measures one element's first render: its module is loaded first, then the element is created and
// attached, and the clock stops when its first update completed (for elements that show framework
// content, that includes fetching and parsing <locale>.json from the same server) and a frame was painted.
const params = new URLSearchParams(location.search);
const tag = params.get('tag');
const attrs = JSON.parse(params.get('attrs') ?? '{}');

async function run() {
  await import(`/kit/${tag}.js`);
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  const start = performance.now();
  document.querySelector('main').append(el);
  await el.updateComplete;
  const updated = performance.now();
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const painted = performance.now();
  const shadowContent = el.shadowRoot ? el.shadowRoot.childElementCount : 0;
  return { update: updated - start, frame: painted - start, shadowContent };
}

window.benchResult = run().catch((error) => ({ error: String(error) }));
