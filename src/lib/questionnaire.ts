/**
 * Questionnaires of the employee tools as the pages and the browser use them: a stable key per
 * question (answers are kept under it), and the filled-in questionnaire as plain text to copy
 * or send to the manager before the conversation.
 */
import { normalizeQuestion } from '../schemas/tool-format.ts';

/**
 * The key answers to a question are kept under: a short hash of its text, so that reordering
 * questions keeps every answer, and rewording one starts it afresh.
 */
export function questionKey(question: string): string {
  // FNV-1a, 32 bits: short and stable, and collisions within one questionnaire are checked.
  let hash = 0x811c9dc5;
  for (const char of normalizeQuestion(question)) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `q${hash.toString(36)}`;
}

/** One answer scale: value and the words for it. */
export interface ScalePoint {
  value: number;
  label: string;
}

/** A conversation questionnaire as its page hands it to the browser. */
export interface QuestionnaireDef {
  title: string;
  sections: {
    title: string;
    questions: { key: string; question: string; answer: 'tekst' | 'schaal' }[];
  }[];
  scale?: ScalePoint[] | undefined;
}

/** Words the text needs, in the page's language. */
export interface TextLabels {
  /** E.g. "Ingevuld op 3 maart 2027". */
  filledIn: string;
  /** For a question left open: "(niet ingevuld)". */
  notAnswered: string;
}

/** Every key of a questionnaire must be distinct; returns the questions that share one. */
export function keyCollisions(questions: readonly string[]): string[][] {
  const byKey = new Map<string, string[]>();
  for (const q of questions) {
    const key = questionKey(q);
    byKey.set(key, [...(byKey.get(key) ?? []), q]);
  }
  return [...byKey.values()].filter((qs) => new Set(qs.map(normalizeQuestion)).size > 1);
}

/** A scale answer in words: "4 — Goed". */
function scaleAnswer(value: unknown, scale: readonly ScalePoint[] | undefined): string | undefined {
  const point = scale?.find((p) => p.value === value);
  return point ? `${point.value} — ${point.label}` : undefined;
}

/**
 * The questionnaire with its answers as plain text: title, date, and per section each
 * question with its answer, indented so a mail program keeps it readable.
 */
export function questionnaireText(
  def: QuestionnaireDef,
  values: Readonly<Record<string, unknown>>,
  labels: TextLabels,
): string {
  const lines = [def.title, '='.repeat(Math.min(def.title.length, 72)), labels.filledIn, ''];
  for (const section of def.sections) {
    lines.push(section.title, '-'.repeat(Math.min(section.title.length, 72)), '');
    for (const q of section.questions) {
      const value = values[q.key];
      const answer =
        q.answer === 'schaal'
          ? scaleAnswer(value, def.scale)
          : typeof value === 'string' && value.trim()
            ? value.trim()
            : undefined;
      lines.push(q.question);
      for (const line of (answer ?? labels.notAnswered).split(/\r?\n/)) lines.push(line ? `  ${line}` : '');
      lines.push('');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
