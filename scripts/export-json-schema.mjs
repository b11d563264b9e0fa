// Writes dist/bank.schema.json from the zod schema, so an editor can check a bank through its
// "$schema" key. Only the shape is in it: the rules about meaning need `citequiz validate`.
import { writeFileSync } from 'node:fs';
import { toJSONSchema } from 'zod/mini';
import { bankSchema, BANK_FORMAT } from '../dist/engine/index.js';

const schema = {
  ...toJSONSchema(bankSchema, { io: 'input', target: 'draft-2020-12' }),
  $id: 'https://citequiz.invalid/bank.schema.json',
  title: `citequiz question bank (${BANK_FORMAT})`,
};
writeFileSync(new URL('../dist/bank.schema.json', import.meta.url), `${JSON.stringify(schema, null, 2)}\n`);
console.log('dist/bank.schema.json written');
