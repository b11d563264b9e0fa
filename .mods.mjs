import { rollup } from 'rollup';
import config from './rollup.config.mjs';
import { minify } from 'terser';
import { gzipSync } from 'node:zlib';
const bundle = await rollup({ ...config, plugins: config.plugins.slice(0, 2), onwarn() {} });
const { output } = await bundle.generate({ ...config.output, sourcemap: false });
for (const chunk of output) {
  if (chunk.type !== 'chunk') continue;
  console.log('==', chunk.fileName);
  const rows = [];
  for (const [id, m] of Object.entries(chunk.modules)) {
    if (!m.code) continue;
    const min = (await minify(m.code, { ecma: 2022, module: true, compress: false, mangle: false, format: { comments: false } })).code ?? '';
    rows.push([min.length, gzipSync(min, { level: 9 }).length, id.replace(/.*node_modules\//, 'nm/').replace(/.*\/dist\//, '')]);
  }
  rows.sort((a, b) => b[0] - a[0]);
  for (const r of rows) if (r[0] > 400) console.log(String(r[0]).padStart(7), String(r[1]).padStart(6), r[2]);
}
