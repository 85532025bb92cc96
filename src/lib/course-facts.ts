/** The short facts of a course, as lists and the newsletter show them: "Klassikaal · 12 uur · Gratis". */
import { formatHours, formatMoney, t } from '../i18n/index.ts';
import type { Locale } from '../schemas/fields.ts';
import type { METHODS } from '../schemas/vocab.ts';

export interface CourseFactsData {
  method: (typeof METHODS)[number];
  durationHours: number;
  cost: { amount: number; currency: string };
}

export function courseFacts({ method, durationHours, cost }: CourseFactsData, lang: Locale): string {
  const price = cost.amount === 0 ? t(lang, 'course.free') : formatMoney(cost.amount, cost.currency, lang);
  return [t(lang, `method.${method}`), formatHours(durationHours, lang), price].join(' · ');
}
