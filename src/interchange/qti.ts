/**
 * The bank as a QTI 3.0 content package: one `qti-assessment-item` per question
 * (namespace http://www.imsglobal.org/xsd/imsqtiasi_v3p0) and an `imsmanifest.xml` listing them,
 * zipped. Each item scores into SCORE, in the question's points, by its own response processing,
 * and shows the explanation and evidence as modal feedback once answered. Node only.
 *
 * single, multiple, true-false → qti-choice-interaction (mapped: multiple gives citequiz's partial
 * credit, each right choice +points ÷ rights, each wrong one as much off, floored at 0);
 * match → qti-match-interaction (directedPair, points ÷ pairs per right pair); order →
 * qti-order-interaction (full points for the right order only: QTI's standard processing has no
 * "fewest moves"); cloze → one qti-text-entry-interaction per blank (accepted answers mapped,
 * case-insensitive, points ÷ blanks each).
 */
import { strToU8, zipSync } from 'fflate';
import { splitCloze, type Bank, type Question } from '../engine/index.js';
import { EVIDENCE_HEADING, escapeXml, type ExportResult, type InterchangeNote } from './feedback.js';

export const QTI_NAMESPACE = 'http://www.imsglobal.org/xsd/imsqtiasi_v3p0';
export const QTI_SCHEMA = 'https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0_v1p0.xsd';
export const QTI_MANIFEST_NAMESPACE = 'http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1';

/** QTI identifiers are XML names: ours may start with a digit, so those get a letter first. */
export const qtiIdentifier = (id: string) => (/^[A-Za-z_]/.test(id) ? id : `_${id}`);

const value = (baseType: string, v: string | number) => `<qti-base-value base-type="${baseType}">${escapeXml(String(v))}</qti-base-value>`;
const round = (n: number) => `${Math.round(n * 1e6) / 1e6}`;
const paragraphs = (text: string) => text.split(/\n{2,}/).map((p) => `<p>${escapeXml(p).replace(/\n/g, '<br/>')}</p>`).join('');

interface ItemParts {
  declarations: string[];
  body: string;
  /** Response processing that sets SCORE. */
  scoring: string;
}

/** SCORE = the mapped value of each response (0 when unanswered), summed. */
function mappedScore(responses: readonly string[]): string {
  const each = responses.map((r) => `<qti-response-condition><qti-response-if><qti-not><qti-is-null><qti-variable identifier="${r}"/></qti-is-null></qti-not><qti-set-outcome-value identifier="SCORE"><qti-sum><qti-variable identifier="SCORE"/><qti-map-response identifier="${r}"/></qti-sum></qti-set-outcome-value></qti-response-if></qti-response-condition>`);
  return each.join('\n    ');
}

function choices(question: Extract<Question, { type: 'single' | 'multiple' | 'true-false' }>, prompt: string): ItemParts {
  const list = question.type === 'true-false'
    ? [{ id: 'true', text: 'True' }, { id: 'false', text: 'False' }]
    : question.choices.map((c) => ({ id: qtiIdentifier(c.id), text: c.text }));
  const rights = question.type === 'true-false' ? [String(question.answer)] : (question.type === 'single' ? [question.answer] : question.answer).map(qtiIdentifier);
  const multiple = question.type === 'multiple';
  const share = question.points / rights.length;
  const entries = list.map((c) => `<qti-map-entry map-key="${c.id}" mapped-value="${round(rights.includes(c.id) ? share : multiple ? -share : 0)}"/>`).join('');
  return {
    declarations: [
      `<qti-response-declaration identifier="RESPONSE" cardinality="${multiple ? 'multiple' : 'single'}" base-type="identifier">` +
      `<qti-correct-response>${rights.map((r) => `<qti-value>${r}</qti-value>`).join('')}</qti-correct-response>` +
      `<qti-mapping default-value="0" lower-bound="0" upper-bound="${round(question.points)}">${entries}</qti-mapping></qti-response-declaration>`,
    ],
    body: `<qti-choice-interaction response-identifier="RESPONSE" shuffle="${question.type !== 'true-false'}" max-choices="${multiple ? 0 : 1}">` +
      `<qti-prompt>${prompt}</qti-prompt>${list.map((c) => `<qti-simple-choice identifier="${c.id}">${escapeXml(c.text)}</qti-simple-choice>`).join('')}</qti-choice-interaction>`,
    scoring: mappedScore(['RESPONSE']),
  };
}

function itemParts(question: Question): ItemParts {
  const prompt = escapeXml(question.prompt);
  switch (question.type) {
    case 'single':
    case 'multiple':
    case 'true-false':
      return choices(question, prompt);
    case 'match': {
      const lefts = question.pairs.map((p) => ({ id: `L_${qtiIdentifier(p.id)}`, text: p.left }));
      const rights = [...question.pairs.map((p) => ({ id: `R_${qtiIdentifier(p.id)}`, text: p.right })), ...(question.distractors ?? []).map((d, i) => ({ id: `R_distractor_${i + 1}`, text: d }))];
      const pairs = question.pairs.map((p) => `L_${qtiIdentifier(p.id)} R_${qtiIdentifier(p.id)}`);
      const set = (items: typeof lefts) => `<qti-simple-match-set>${items.map((i) => `<qti-simple-associable-choice identifier="${i.id}" match-max="1">${escapeXml(i.text)}</qti-simple-associable-choice>`).join('')}</qti-simple-match-set>`;
      return {
        declarations: [
          `<qti-response-declaration identifier="RESPONSE" cardinality="multiple" base-type="directedPair">` +
          `<qti-correct-response>${pairs.map((p) => `<qti-value>${p}</qti-value>`).join('')}</qti-correct-response>` +
          `<qti-mapping default-value="0" lower-bound="0" upper-bound="${round(question.points)}">${pairs.map((p) => `<qti-map-entry map-key="${p}" mapped-value="${round(question.points / pairs.length)}"/>`).join('')}</qti-mapping></qti-response-declaration>`,
        ],
        body: `<qti-match-interaction response-identifier="RESPONSE" shuffle="true" max-associations="${lefts.length}"><qti-prompt>${prompt}</qti-prompt>${set(lefts)}${set(rights)}</qti-match-interaction>`,
        scoring: mappedScore(['RESPONSE']),
      };
    }
    case 'order':
      return {
        declarations: [
          `<qti-response-declaration identifier="RESPONSE" cardinality="ordered" base-type="identifier"><qti-correct-response>${question.items.map((i) => `<qti-value>${qtiIdentifier(i.id)}</qti-value>`).join('')}</qti-correct-response></qti-response-declaration>`,
        ],
        body: `<qti-order-interaction response-identifier="RESPONSE" shuffle="true"><qti-prompt>${prompt}</qti-prompt>${question.items.map((i) => `<qti-simple-choice identifier="${qtiIdentifier(i.id)}">${escapeXml(i.text)}</qti-simple-choice>`).join('')}</qti-order-interaction>`,
        scoring: `<qti-response-condition><qti-response-if><qti-match><qti-variable identifier="RESPONSE"/><qti-correct identifier="RESPONSE"/></qti-match><qti-set-outcome-value identifier="SCORE">${value('float', round(question.points))}</qti-set-outcome-value></qti-response-if></qti-response-condition>`,
      };
    case 'cloze': {
      const response = (blankId: string) => `RESPONSE_${qtiIdentifier(blankId)}`;
      const share = question.points / question.blanks.length;
      const sentence = splitCloze(question.text).map((part) => (typeof part === 'string'
        ? escapeXml(part)
        : `<qti-text-entry-interaction response-identifier="${response(part.blank)}"/>`)).join('');
      return {
        declarations: question.blanks.map((b) =>
          `<qti-response-declaration identifier="${response(b.id)}" cardinality="single" base-type="string">` +
          `<qti-correct-response><qti-value>${escapeXml(b.accept[0]!)}</qti-value></qti-correct-response>` +
          `<qti-mapping default-value="0">${b.accept.map((a) => `<qti-map-entry map-key="${escapeXml(a)}" mapped-value="${round(share)}" case-sensitive="false"/>`).join('')}</qti-mapping></qti-response-declaration>`),
        body: `<p>${prompt}</p><p>${sentence}</p>`,
        scoring: mappedScore(question.blanks.map((b) => response(b.id))),
      };
    }
  }
}

export function questionToQtiItem(question: Question, language: string): string {
  const { declarations, body, scoring } = itemParts(question);
  const quotes = question.evidence.map((q) => `<blockquote>${paragraphs(q)}</blockquote>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<qti-assessment-item xmlns="${QTI_NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${QTI_NAMESPACE} ${QTI_SCHEMA}" identifier="${qtiIdentifier(question.id)}" title="${escapeXml(question.id)}" adaptive="false" time-dependent="false" xml:lang="${escapeXml(language)}">
  ${declarations.join('\n  ')}
  <qti-outcome-declaration identifier="SCORE" cardinality="single" base-type="float"><qti-default-value><qti-value>0</qti-value></qti-default-value></qti-outcome-declaration>
  <qti-outcome-declaration identifier="MAXSCORE" cardinality="single" base-type="float"><qti-default-value><qti-value>${round(question.points)}</qti-value></qti-default-value></qti-outcome-declaration>
  <qti-outcome-declaration identifier="FEEDBACK" cardinality="single" base-type="identifier"/>
  <qti-item-body>
    ${body}
  </qti-item-body>
  <qti-response-processing>
    <qti-set-outcome-value identifier="SCORE">${value('float', 0)}</qti-set-outcome-value>
    ${scoring}
    <qti-set-outcome-value identifier="FEEDBACK">${value('identifier', 'EXPLANATION')}</qti-set-outcome-value>
  </qti-response-processing>
  <qti-modal-feedback outcome-identifier="FEEDBACK" identifier="EXPLANATION" show-hide="show" title="Explanation">
    <qti-content-body>${paragraphs(question.explanation)}<p>${EVIDENCE_HEADING}</p>${quotes}</qti-content-body>
  </qti-modal-feedback>
</qti-assessment-item>
`;
}

export function qtiManifest(bank: Bank, hrefs: ReadonlyMap<string, string>): string {
  const resources = [...hrefs].map(([id, href]) => `    <resource identifier="${escapeXml(id)}" type="imsqti_item_xmlv3p0" href="${escapeXml(href)}"><file href="${escapeXml(href)}"/></resource>`);
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest xmlns="${QTI_MANIFEST_NAMESPACE}" identifier="${escapeXml(qtiIdentifier(bank.id))}">
  <metadata><schema>QTI Package</schema><schemaversion>3.0.0</schemaversion></metadata>
  <organizations/>
  <resources>
${resources.join('\n')}
  </resources>
</manifest>
`;
}

/** The package's files by path: `imsmanifest.xml` and `items/<id>.xml`. */
export function bankToQtiFiles(bank: Bank): ExportResult<Record<string, string>> {
  const notes: InterchangeNote[] = [];
  const files: Record<string, string> = {};
  const hrefs = new Map<string, string>();
  for (const question of bank.questions) {
    const id = qtiIdentifier(question.id);
    const href = `items/${id}.xml`;
    files[href] = questionToQtiItem(question, bank.language);
    hrefs.set(id, href);
    if (question.type === 'order') notes.push({ questionId: question.id, message: 'order scores all or nothing in QTI (its standard response processing has no partial credit for order)' });
  }
  files['imsmanifest.xml'] = qtiManifest(bank, hrefs);
  return { output: files, exported: hrefs.size, notes };
}

/** The package as a zip, ready for a QTI 3 system's import. */
export function bankToQtiPackage(bank: Bank): ExportResult<Uint8Array> {
  const { output, exported, notes } = bankToQtiFiles(bank);
  return { output: zipSync(Object.fromEntries(Object.entries(output).map(([path, text]) => [path, strToU8(text)]))), exported, notes };
}
