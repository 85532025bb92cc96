/**
 * Employee tools defined in content (`content/instrumenten`): a self-scan (statements per
 * competency, answered on one scale) or the questionnaire that prepares the development
 * conversation (sections of open or scale questions). The page of each is
 * `/instrumenten/<id>/`; what a kind needs is checked here, so an organisation changes its
 * questions without touching code.
 */
import { z } from 'zod';
import { baseFields } from './base.ts';
import { msg, type Message } from '../i18n/message.ts';
import { zodText } from '../i18n/zod-messages.ts';
import { idRef, says, text, wholeNumber } from './fields.ts';
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
  label: text('what.answerLabel'),
});

const question = z.strictObject({
  /** The question as the reader sees it. */
  question: text('what.question'),
  /** A line under the question that helps to answer it. */
  hint: text('what.hint').optional(),
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
      .min(2, says('check.tool.scaleMin'))
      .max(10, says('check.tool.scaleMax'))
      .optional(),
    /** Self-scan: statements per competency; the result is a score per competency. */
    competencies: z
      .array(
        z.strictObject({
          competency: idRef(),
          statements: z.array(text('what.statement')).min(1, says('check.tool.statementsNone')),
        }),
      )
      .min(1, says('check.tool.competenciesNone'))
      .optional(),
    /** Self-scan: for how many of the lowest-scoring competencies the result suggests courses, experts and stories. */
    adviceFor: wholeNumber(1, 10).optional(),
    /** Conversation preparation: questions in sections ("Terugkijken", "Vooruitkijken", …). */
    sections: z
      .array(
        z.strictObject({
          title: text('what.sectionTitle'),
          intro: text('what.intro').optional(),
          questions: z.array(question).min(1, says('check.tool.questionsNone')),
        }),
      )
      .min(1, says('check.tool.sectionsNone'))
      .optional(),
    related: z.array(idRef()).default([]),
  })
  .superRefine((d, ctx) => {
    const issue = (path: (string | number)[], message: Message, input?: unknown) =>
      ctx.addIssue({ code: 'custom', path, message: zodText(message), input });
    for (const [key, kind] of Object.entries(ONLY_FOR)) {
      if (d.kind !== kind && d[key as keyof typeof d] !== undefined)
        issue([key], msg('check.tool.onlyFor', { kind, actual: d.kind }));
    }
    const needsScale =
      d.kind === 'zelfscan' || (d.sections ?? []).some((s) => s.questions.some((q) => q.answer === 'schaal'));
    if (needsScale && !d.scale)
      issue(
        ['scale'],
        msg(d.kind === 'zelfscan' ? 'check.tool.scaleMissingScan' : 'check.tool.scaleMissingQuestion'),
      );
    if (d.kind === 'zelfscan' && !d.competencies)
      issue(['competencies'], msg('check.tool.competenciesMissing'));
    if (d.kind === 'gesprek' && !d.sections) issue(['sections'], msg('check.tool.sectionsMissing'));

    const values = (d.scale ?? []).map((p) => p.value);
    if (values.some((v, i) => i > 0 && v <= values[i - 1]!))
      issue(['scale'], msg('check.tool.scaleOrder', { values: values.map(String) }));

    const seenCompetency = new Map<string, number>();
    const seenQuestion = new Map<string, string>();
    const once = (textValue: string, path: (string | number)[]) => {
      const key = normalizeQuestion(textValue);
      const first = seenQuestion.get(key);
      if (first) issue(path, msg('check.tool.sameText', { other: first }), textValue);
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
          msg('check.tool.competencyTwice', { other: `competencies[${first}]` }),
          c.competency,
        );
      else seenCompetency.set(c.competency, i);
      c.statements.forEach((s, j) => once(s, ['competencies', i, 'statements', j]));
    });
    (d.sections ?? []).forEach((s, i) =>
      s.questions.forEach((q, j) => once(q.question, ['sections', i, 'questions', j, 'question'])),
    );
    if (d.adviceFor !== undefined && d.competencies && d.adviceFor > d.competencies.length)
      issue(['adviceFor'], msg('check.tool.adviceFor', { count: d.competencies.length }), d.adviceFor);
  });

export type InstrumentData = z.output<typeof instrumentSchema>;
