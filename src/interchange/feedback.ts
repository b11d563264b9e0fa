/**
 * What every export puts in a question's general feedback: the explanation, then the evidence
 * quotes, in a plain-text block that an import of our own export reads back, so a bank that goes
 * to Moodle and comes back keeps its evidence.
 */
import type { Question } from '../engine/index.js';

/** What an export could not carry across: a question left out, or something of it lost. */
export interface InterchangeNote {
  questionId?: string;
  message: string;
}

export interface ExportResult<T> {
  output: T;
  /** How many questions the output holds. */
  exported: number;
  notes: InterchangeNote[];
}

export const EVIDENCE_HEADING = 'Evidence from the source:';

export function generalFeedback(question: Question): string {
  return `${question.explanation}\n\n${EVIDENCE_HEADING}\n${question.evidence.map((quote) => `“${quote}”`).join('\n')}`;
}

/** The explanation and evidence of a general feedback written by `generalFeedback`; otherwise all of it is the explanation. */
export function readGeneralFeedback(text: string): { explanation: string; evidence: string[] } {
  const at = text.lastIndexOf(`\n\n${EVIDENCE_HEADING}\n`);
  if (at < 0) return { explanation: text.trim(), evidence: [] };
  const quotes = text.slice(at + EVIDENCE_HEADING.length + 3).split('\n').map((line) => line.trim());
  if (!quotes.every((q) => /^“[\s\S]+”$/.test(q))) return { explanation: text.trim(), evidence: [] };
  return { explanation: text.slice(0, at).trim(), evidence: quotes.map((q) => q.slice(1, -1)) };
}

/** Text for XML content or a double-quoted attribute. Characters XML 1.0 forbids are dropped. */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
