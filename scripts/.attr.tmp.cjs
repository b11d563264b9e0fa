const { readFileSync } = require('node:fs');
const { SourceMapConsumer } = require('source-map');
(async () => {
const map = JSON.parse(readFileSync(process.argv[2] + '.map', 'utf8'));
const code = readFileSync(process.argv[2], 'utf8');
const c = await new SourceMapConsumer(map);
const lines = code.split('\n');
const bytes = {};
let prev = null;
c.eachMapping((m) => { if (prev) { const len = (m.generatedLine === prev.generatedLine ? m.generatedColumn : lines[prev.generatedLine-1].length) - prev.generatedColumn; bytes[prev.source] = (bytes[prev.source]||0) + len; } prev = m; });
console.log(Object.entries(bytes).sort((a,b)=>b[1]-a[1]).slice(0,25).map(([s,b])=>`${b}\t${s}`).join('\n'));
})();
