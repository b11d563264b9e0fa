// Writes dist/bank.schema.json from the zod schema, so an editor can check a bank through its
// "$schema" key. Only the shape is in it: the rules about meaning need `citequiz validate`.
// The schema checks its limits (ids, texts, list lengths, points) in one function per object,
// which JSON Schema cannot read: `jsonSchemaConstraints` states them again, added here by
// `toJSONSchema`'s override. test/build/json-schema.test.ts checks the file refuses broken banks.
import { writeFileSync } from 'node:fs';
import { toJSONSchema } from 'zod/mini';
import { bankSchema, BANK_FORMAT, jsonSchemaConstraints } from '../dist/engine/schema.js';

const constraints = new Map(jsonSchemaConstraints());

export function bankJsonSchema() {
  return {
    ...toJSONSchema(bankSchema, {
      io: 'input',
      target: 'draft-2020-12',
      override: ({ zodSchema, jsonSchema }) => Object.assign(jsonSchema, constraints.get(zodSchema)),
    }),
    $id: 'https://citequiz.invalid/bank.schema.json',
    title: `citequiz question bank (${BANK_FORMAT})`,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(new URL('../dist/bank.schema.json', import.meta.url), `${JSON.stringify(bankJsonSchema(), null, 2)}\n`);
  console.log('dist/bank.schema.json written');
}
