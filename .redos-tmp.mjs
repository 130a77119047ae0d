import { isSafe } from 'redos-detector';
const mods = ['rules/data/completeness-core.js', 'rules/data/core-controller.js', 'rules/data/settings.js'];
for (const m of mods) {
  const d = await import('/work/main/dist/' + m);
  for (const [k, v] of Object.entries(d)) {
    const list = v instanceof RegExp ? [v] : Array.isArray(v) ? v.filter((x) => x instanceof RegExp) : v && typeof v === 'object' ? Object.values(v).flat().filter((x) => x instanceof RegExp) : [];
    for (const re of list) { const r = isSafe(re); if (!r.safe) console.log('UNSAFE', m, k, re.source.slice(0, 100), r.error ?? ''); }
  }
}
const cn = await import('/work/main/dist/src/sections/controller-name.js');
console.log('done');
