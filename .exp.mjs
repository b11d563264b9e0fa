import { rollup } from 'rollup';
import config from './rollup.config.mjs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
const input = process.argv[2] ?? 'dist/cdn.js';
const bundle = await rollup({ ...config, input: { citequiz: input }, onwarn() {} });
const { output } = await bundle.generate({ ...config.output, sourcemap: false });
for (const c of output) if (c.type === 'chunk') console.log(c.fileName, (gzipSync(c.code, { level: 9 }).length/1024).toFixed(2), (brotliCompressSync(c.code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length/1024).toFixed(2));
