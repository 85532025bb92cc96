/**
 * Employee tools defined in content (`content/instrumenten`): a self-scan (statements per
 * competency, answered on one scale) or the questionnaire that prepares the development
 * conversation (sections of open or scale questions). The page of each is
 * `/instrumenten/<id>/`; what a kind needs is checked here, so an organisation changes its
 * questions without touching code.
 */
import { z } from 'zod';
import { baseFields } from './base.ts';
import { idRef, text, wholeNumber } from './fields.ts';
import { normalizeQuestion } from './tool-format.ts';
import { oneOf } from './vocab.ts';

/** What a tool does: `zelfscan` scores competencies, `gesprek` prepares a conversation. */
export const INSTRUMENT_KINDS = ['zelfscan', 'gesprek'] as const;
export type InstrumentKind = (typeof INSTRUMENT_KINDS)[number];

/** How a conversation question is answered: in words, or on the instrument's scale. */
export const ANSWER_TYPES = ['tekst', 'schaal'] as const;

const scalePoint = z.strictObject({
  /** The number this answer counts as (0–10); the result averages these. */
  value: wholeNumber(0, 10),
  /** The words the reader chooses, e.g. "Dat lukt me meestal". */
  label: text('the words of this answer'),
});

const question = z.strictObject({
  /** The question as the reader sees it. */
  question: text('the question'),
  /** A line under the question that helps to answer it. */
  hint: text('a hint').optional(),
  /** `tekst` (an open answer, the default) or `schaal` (one of the scale's answers). */
  answer: oneOf(ANSWER_TYPES).default('tekst'),
});

/** Fields that belong to one kind only. */
const ONLY_FOR: Record<string, InstrumentKind> = {
  competencies: 'zelfscan',
  adviceFor: 'zelfscan',
  sections: 'gesprek',
};

export const instrumentSchema = z
  .strictObject({
    ...baseFields,
    kind: oneOf(INSTRUMENT_KINDS),
    /** The answers to choose from, lowest value first (a self-scan's statements all use it). */
    scale: z
      .array(scalePoint)
      .min(2, { error: 'needs at least two answers to choose from' })
      .max(10, { error: 'has more than ten answers — keep the scale short' })
      .optional(),
    /** Self-scan: statements per competency; the result is a score per competency. */
    competencies: z
      .array(
        z.strictObject({
          competency: idRef(),
          statements: z.array(text('a statement')).min(1, { error: 'needs at least one statement' }),
        }),
      )
      .min(1, { error: 'needs at least one competency' })
      .optional(),
    /** Self-scan: for how many of the lowest-scoring competencies the result suggests courses, experts and stories. */
    adviceFor: wholeNumber(1, 10).optional(),
    /** Conversation preparation: questions in sections ("Terugkijken", "Vooruitkijken", …). */
    sections: z
      .array(
        z.strictObject({
          title: text('the section title'),
          intro: text('an introduction').optional(),
          questions: z.array(question).min(1, { error: 'needs at least one question' }),
        }),
      )
      .min(1, { error: 'needs at least one section' })
      .optional(),
    related: z.array(idRef()).default([]),
  })
  .superRefine((d, ctx) => {
    const issue = (path: (string | number)[], message: string, input?: unknown) =>
      ctx.addIssue({ code: 'custom', path, message, input });
    for (const [key, kind] of Object.entries(ONLY_FOR)) {
      if (d.kind !== kind && d[key as keyof typeof d] !== undefined)
        issue([key], `belongs to kind: ${kind}, not to kind: ${d.kind} — remove it, or set kind: ${kind}`);
    }
    const needsScale =
      d.kind === 'zelfscan' || (d.sections ?? []).some((s) => s.questions.some((q) => q.answer === 'schaal'));
    if (needsScale && !d.scale)
      issue(
        ['scale'],
        `is missing — ${d.kind === 'zelfscan' ? 'a self-scan' : 'a question with answer: schaal'} needs a scale: add "scale:" with the answers from low to high, like "- { value: 1, label: Nog niet }"`,
      );
    if (d.kind === 'zelfscan' && !d.competencies)
      issue(
        ['competencies'],
        'is missing — a self-scan lists its statements per competency: add "competencies:" with "- competency: <id>" and "statements:" below it',
      );
    if (d.kind === 'gesprek' && !d.sections)
      issue(['sections'], 'is missing — add "sections:", each with a title and its questions');

    const values = (d.scale ?? []).map((p) => p.value);
    if (values.some((v, i) => i > 0 && v <= values[i - 1]!))
      issue(
        ['scale'],
        `values ${values.join(', ')} must go up from low to high, each once — reorder or renumber them`,
      );

    const seenCompetency = new Map<string, number>();
    const seenQuestion = new Map<string, string>();
    const once = (textValue: string, path: (string | number)[]) => {
      const key = normalizeQuestion(textValue);
      const first = seenQuestion.get(key);
      if (first)
        issue(
          path,
          `is the same text as ${first} — answers are kept per text, so each question appears once`,
          textValue,
        );
      else
        seenQuestion.set(
          key,
          path
            .map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`))
            .join('')
            .slice(1),
        );
    };
    (d.competencies ?? []).forEach((c, i) => {
      const first = seenCompetency.get(c.competency);
      if (first !== undefined)
        issue(
          ['competencies', i, 'competency'],
          `is listed twice (also competencies[${first}]) — put all its statements under one entry`,
          c.competency,
        );
      else seenCompetency.set(c.competency, i);
      c.statements.forEach((s, j) => once(s, ['competencies', i, 'statements', j]));
    });
    (d.sections ?? []).forEach((s, i) =>
      s.questions.forEach((q, j) => once(q.question, ['sections', i, 'questions', j, 'question'])),
    );
    if (d.adviceFor !== undefined && d.competencies && d.adviceFor > d.competencies.length)
      issue(
        ['adviceFor'],
        `is more than the ${d.competencies.length} competencies this self-scan measures — use ${d.competencies.length} or less`,
        d.adviceFor,
      );
  });

export type InstrumentData = z.output<typeof instrumentSchema>;
