/**
 * `citequiz package <bank.json> --scorm 1.2|2004 [--count 10 --pass-mark 80 ...] [--out quiz.zip]`:
 * a SCORM package to upload to an LMS (Moodle, Canvas, Blackboard): one SCO, `index.html`, which
 * shows the bank with `<cite-quiz report="scorm">` and the drop-in bundle (every chunk), and
 * `imsmanifest.xml` in the version's schema, with the pass mark as the mastery score (1.2
 * `adlcp:masteryscore`, 2004 the primary objective's `minNormalizedMeasure`, which the LMS
 * passes to the quiz as `cmi.scaled_passing_score`).
 *
 * The ADL schema files (.xsd) are not included: the LMSs named above do not need them, and they
 * are not ours to ship. Source maps are left out too (smaller uploads).
 */
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { clampPassMark, formatIssues, loadBankText, readSettings, SETTING_ATTRIBUTES, type Bank, type ScormVersion } from '../engine/index.js';
import { EXIT, parseCommandArgs, readInput, writeOutput, type CliIo, type Command } from './io.js';

const PACKAGE_USAGE = `Usage: citequiz package <bank.json> --scorm 1.2|2004 [options] [--out quiz.zip] [--force]

Writes a SCORM package (a zip to upload to Moodle, Canvas, Blackboard...) that shows the bank
as a quiz and reports its score, pass or fail, and each answer to the LMS.
  --scorm 1.2|2004    the SCORM version (2004 is the 4th edition)
  --out <file.zip>    where to write it (default: <bank id>-scorm-<version>.zip)
  --force             replace --out if it exists
  --pass-mark <0-100> percent needed to pass (80 or 80%); also the LMS's mastery score (default 60)
  --count, --tags, --questions, --difficulty, --attempts, --feedback, --time-limit, --extend,
  --source, --shuffle, --lang, --theme, --persist, --seed: the <cite-quiz> attributes of the same name`;

/** Options passed on to <cite-quiz> as attributes (the element checks their values): every setting, and `persist`. */
const ATTRIBUTE_OPTIONS = [...Object.values(SETTING_ATTRIBUTES), 'persist'];

/** The pass mark as the element reads `pass-mark` (60 when unset; "80" and "80%" alike). */
const passMarkOf = (value: string | undefined) => readSettings({ 'pass-mark': value }).settings.passMark;

export interface PackageOptions {
  version: ScormVersion;
  /** The <cite-quiz> attributes, `pass-mark` among them. */
  attributes: Record<string, string>;
}

/** The bundle's files, by path inside dist/cdn (citequiz.js, chunks/...). */
export type BundleFiles = Record<string, Uint8Array>;

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/** An identifier for the manifest (xs:ID: a letter, then letters, digits, -, _, .). */
const xmlId = (text: string): string => `citequiz-${text.replace(/[^A-Za-z0-9_.-]/g, '-')}`;

function manifest(bank: Bank, options: PackageOptions, files: string[]): string {
  const id = xmlId(bank.id);
  const title = escapeXml(bank.title);
  const passMark = passMarkOf(options.attributes['pass-mark']);
  const fileList = files.map((file) => `        <file href="${escapeXml(file)}"/>`).join('\n');
  if (options.version === '1.2') {
    return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="${id}-org">
    <organization identifier="${id}-org">
      <title>${title}</title>
      <item identifier="${id}-item" identifierref="${id}-sco" isvisible="true">
        <title>${title}</title>
        <adlcp:masteryscore>${passMark}</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${id}-sco" type="webcontent" adlcp:scormtype="sco" href="index.html">
${fileList}
    </resource>
  </resources>
</manifest>
`;
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1.0"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="${id}-org">
    <organization identifier="${id}-org">
      <title>${title}</title>
      <item identifier="${id}-item" identifierref="${id}-sco" isvisible="true">
        <title>${title}</title>
        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="${id}-passed" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${clampPassMark(passMark / 100)}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>
        </imsss:sequencing>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${id}-sco" type="webcontent" adlcp:scormType="sco" href="index.html">
${fileList}
    </resource>
  </resources>
</manifest>
`;
}

function indexHtml(bank: Bank, options: PackageOptions): string {
  const attributes = Object.entries(options.attributes).map(([name, value]) => ` ${name}="${escapeXml(value)}"`).join('');
  return `<!doctype html>
<html lang="${escapeXml(bank.language)}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escapeXml(bank.title)}</title>
  <script type="module" src="citequiz/citequiz.js"></script>
</head>
<body>
  <cite-quiz src="bank.json" report="scorm"${attributes}></cite-quiz>
</body>
</html>
`;
}

/** The package as zip bytes, and the bank it holds. The bank must be valid (checked here). */
export function buildScormPackage(bankText: string, options: PackageOptions, bundle: BundleFiles): { zip: Uint8Array; bank: Bank } {
  const loaded = loadBankText(bankText);
  if (!loaded.ok) throw new Error(`the bank is not valid:\n${formatIssues(loaded.issues)}`);
  const content: Record<string, Uint8Array> = {
    'index.html': strToU8(indexHtml(loaded.bank, options)),
    'bank.json': strToU8(bankText),
    ...Object.fromEntries(Object.entries(bundle).map(([path, bytes]) => [`citequiz/${path}`, bytes])),
  };
  const files: Zippable = { 'imsmanifest.xml': strToU8(manifest(loaded.bank, options, Object.keys(content))), ...content };
  return { zip: zipSync(files, { level: 9 }), bank: loaded.bank };
}

/**
 * The built bundle: dist/cdn beside this file once built (dist/cli/package.js), or the
 * checkout's dist/cdn when run from source (src/cli, through tsx).
 */
export async function readBundle(): Promise<BundleFiles> {
  for (const candidate of ['../cdn/', '../../dist/cdn/']) {
    const dir = fileURLToPath(new URL(candidate, import.meta.url));
    let names: string[];
    try {
      names = (await readdir(dir, { recursive: true })).map(String);
    } catch {
      continue;
    }
    if (!names.includes('citequiz.js')) continue;
    const scripts = names.filter((name) => name.endsWith('.js') && name !== 'player.js');
    return Object.fromEntries(await Promise.all(scripts.map(async (name) => [name, new Uint8Array(await readFile(`${dir}${name}`))])));
  }
  throw new Error('the built bundle (dist/cdn/citequiz.js) was not found: run npm run build first');
}

const OPTIONS = {
  scorm: { type: 'string' },
  out: { type: 'string' },
  force: { type: 'boolean' },
  ...Object.fromEntries(ATTRIBUTE_OPTIONS.map((name) => [name, { type: 'string' }])),
} as const satisfies Record<string, { type: 'string' | 'boolean' }>;

/** Runs `citequiz package ...` and returns its exit code: 0 written, 1 a bad bank or file, 2 a usage error. */
async function runPackage(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(args, OPTIONS, PACKAGE_USAGE, io);
  if (!parsed) return EXIT.usage;
  const values = parsed.values as Record<string, string | boolean | undefined>;
  const version = values['scorm'];
  const passMark = values['pass-mark'];
  const usageProblem = (parsed.positionals.length !== 1 ? 'Give one bank file' : undefined)
    ?? (version !== '1.2' && version !== '2004' ? '--scorm must be 1.2 or 2004' : undefined)
    // A pass mark the element would replace (not a percent, over 100) is refused here; one
    // below 1 is taken as written, as the element takes it (with a warning).
    ?? (typeof passMark === 'string' && readSettings({ 'pass-mark': passMark }).problems.some((p) => p.kind !== 'fraction') ? `--pass-mark must be a number from 0 to 100, not "${passMark}"` : undefined);
  if (usageProblem) {
    io.err(`${usageProblem}\n\n${PACKAGE_USAGE}`);
    return EXIT.usage;
  }
  const [file] = parsed.positionals as [string];
  const bankText = await readInput(io, file);
  if (bankText === undefined) return EXIT.failed;
  const attributes = Object.fromEntries(ATTRIBUTE_OPTIONS.flatMap((name) => (typeof values[name] === 'string' ? [[name, values[name] as string]] : [])));
  let built: ReturnType<typeof buildScormPackage>;
  try {
    built = buildScormPackage(bankText, { version: version as ScormVersion, attributes }, await readBundle());
  } catch (error) {
    io.err(`${file}: ${(error as Error).message}`);
    return EXIT.failed;
  }
  const out = typeof values['out'] === 'string' ? values['out'] : `${built.bank.id}-scorm-${version}.zip`;
  if (!(await writeOutput(io, out, built.zip, values['force'] === true))) return EXIT.failed;
  io.out(`${out}: SCORM ${version} package of ${file} (${(built.zip.length / 1024).toFixed(1)} KB)`);
  return EXIT.ok;
}

export const packageCommand: Command = { usage: PACKAGE_USAGE, run: runPackage };
