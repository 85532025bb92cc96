/**
 * The short facts of a course, as lists, the course finder and the newsletter show them:
 * "Klassikaal · 12 uur · Geen kosten voor jou", or "Blended · 84 uur · € 2.450 (kosten gedeeld
 * met de werkgever) · NLQF-niveau 5". The cost is what the employee pays (`employeeCost`).
 */
import { formatHours, formatMoney, t } from '../i18n/index.ts';
import type { Locale } from '../schemas/fields.ts';
import type { METHODS, PAID_BY } from '../schemas/vocab.ts';
import { employeeCost } from './course-offer.ts';

export interface CourseFactsData {
  method: (typeof METHODS)[number];
  durationHours: number;
  cost: { amount: number; currency: string; paidBy: (typeof PAID_BY)[number] };
  level?: number | undefined;
}

export function courseFacts({ method, durationHours, cost, level }: CourseFactsData, lang: Locale): string {
  const price =
    employeeCost(cost) === 'gratis'
      ? t(lang, 'finder.cost.gratis')
      : `${formatMoney(cost.amount, cost.currency, lang)} (${t(lang, `paidBy.${cost.paidBy}`)})`;
  const facts = [t(lang, `method.${method}`), formatHours(durationHours, lang), price];
  if (level) facts.push(t(lang, 'course.levelValue', { level }));
  return facts.join(' · ');
}
