// citequiz package: a SCORM 1.2 / 2004 zip with its manifest, index.html, the bundle and the bank.
// Needs the built bundle (npm run build). The browser test takes the packaged quiz against an LMS.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { runCli } from '../../src/cli/run.js';
import { BROKEN_BANK_PATH, VALID_BANK_PATH } from '../fixtures/banks.js';
import { fileURLToPath } from 'node:url';

const VALID = fileURLToPath(VALID_BANK_PATH);

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { readFile: (path) => readFile(path, 'utf8'), out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function packageOf(version: string, ...options: string[]) {
  const out = join(await mkdtemp(join(tmpdir(), 'citequiz-')), 'quiz.zip');
  const result = await run('package', VALID, '--scorm', version, ...options, '--out', out);
  assert.equal(result.code, 0, result.err);
  const files = unzipSync(new Uint8Array(await readFile(out)));
  return { result, out, files, text: (name: string) => strFromU8(files[name]!) };
}

describe('citequiz package', () => {
  it('SCORM 2004: the 4th edition manifest, one SCO, the pass mark as the objective, every file listed', async () => {
    const { result, out, files, text } = await packageOf('2004', '--count', '4', '--pass-mark', '80');
    assert.match(result.out, new RegExp(`^${out}: SCORM 2004 package of .*valid-bank.json \\(\\d+\\.\\d KB\\)$`));
    const manifest = text('imsmanifest.xml');
    assert.match(manifest, /xmlns="http:\/\/www\.imsglobal\.org\/xsd\/imscp_v1p1"/);
    assert.match(manifest, /<schemaversion>2004 4th Edition<\/schemaversion>/);
    assert.equal(manifest.match(/adlcp:scormType="sco"/g)?.length, 1, 'one SCO');
    assert.equal(manifest.match(/<item /g)?.length, 1);
    assert.match(manifest, /<imsss:primaryObjective objectiveID="[^"]+" satisfiedByMeasure="true">\s*<imsss:minNormalizedMeasure>0\.8<\/imsss:minNormalizedMeasure>/);
    assert.match(manifest, /<title>A small bank with every question type<\/title>/);
    const listed = [...manifest.matchAll(/<file href="([^"]+)"\/>/g)].map((m) => m[1]);
    assert.deepEqual(listed.sort(), Object.keys(files).filter((f) => f !== 'imsmanifest.xml').sort(), 'every file in the zip is listed, and only those');
    assert.ok(files['citequiz/citequiz.js'], 'the bundle');
    assert.ok(Object.keys(files).some((f) => /^citequiz\/chunks\/.+\.js$/.test(f)), 'its chunks');
    assert.equal(text('bank.json'), await readFile(VALID, 'utf8'), 'the bank as it is');
    const index = text('index.html');
    assert.match(index, /<script type="module" src="citequiz\/citequiz\.js"><\/script>/);
    assert.match(index, /<cite-quiz src="bank\.json" report="scorm" count="4" pass-mark="80"><\/cite-quiz>/);
    assert.doesNotMatch(index, /<script>/, 'no inline script');
  });

  it('SCORM 1.2: the 1.2 manifest with adlcp:masteryscore', async () => {
    const { text } = await packageOf('1.2', '--pass-mark', '75');
    const manifest = text('imsmanifest.xml');
    assert.match(manifest, /xmlns="http:\/\/www\.imsproject\.org\/xsd\/imscp_rootv1p1p2"/);
    assert.match(manifest, /xmlns:adlcp="http:\/\/www\.adlnet\.org\/xsd\/adlcp_rootv1p2"/);
    assert.match(manifest, /<schemaversion>1\.2<\/schemaversion>/);
    assert.match(manifest, /<adlcp:masteryscore>75<\/adlcp:masteryscore>/);
    assert.equal(manifest.match(/adlcp:scormtype="sco"/g)?.length, 1);
  });

  it('refuses a bad version, an unknown option, a bad pass mark (exit 2) and an invalid bank (exit 1)', async () => {
    const bad = [
      [['--scorm', '3'], /^--scorm must be 1\.2 or 2004\n\nUsage: citequiz package/],
      [['--scorm', '2004', '--passmark', '80'], /^Unknown option '--passmark'.*\n\nUsage: citequiz package/],
      [['--scorm', '2004', '--pass-mark', '120'], /^--pass-mark must be a number from 0 to 100, not "120"\n\nUsage: citequiz package/],
      [['--scorm'], /^Option '--scorm <value>' argument missing\n\nUsage: citequiz package/],
    ] as const;
    for (const [args, message] of bad) {
      const { code, err } = await run('package', VALID, ...args);
      assert.equal(code, 2, String(message));
      assert.match(err, message);
    }
    const broken = await run('package', fileURLToPath(BROKEN_BANK_PATH), '--scorm', '2004', '--out', join(tmpdir(), 'never.zip'));
    assert.equal(broken.code, 1);
    assert.match(broken.err, /the bank is not valid:\n✖ /);
  });
});
