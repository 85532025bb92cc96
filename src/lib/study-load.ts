/**
 * Study-load bands of a course: the one definition behind the search page's study-load facet
 * and the course finder's filter. A working day counts as 8 hours. Label key: `studyLoad.<id>`.
 * The ids are also the values in the address (`?duration=een-dag`), so they stay stable.
 */
export const STUDY_LOAD_BANDS = [
  /** A few hours: an e-learning module, a webinar, a short workshop. */
  { id: 'enkele-uren', maxHours: 4 },
  /** Up to one working day. */
  { id: 'een-dag', maxHours: 8 },
  /** Several days, up to a working week. */
  { id: 'enkele-dagen', maxHours: 40 },
  /** A programme: more than a working week of study. */
  { id: 'leertraject', maxHours: Number.POSITIVE_INFINITY },
] as const;

export type StudyLoadBand = (typeof STUDY_LOAD_BANDS)[number]['id'];

export const STUDY_LOAD_IDS: readonly StudyLoadBand[] = STUDY_LOAD_BANDS.map((b) => b.id);

/** The band of a course with `hours` of study load: `studyLoadBand(3)` → `enkele-uren`. */
export function studyLoadBand(hours: number): StudyLoadBand {
  if (!Number.isFinite(hours) || hours <= 0) {
    throw new RangeError(`durationHours: ${hours} is not a positive number of hours`);
  }
  return STUDY_LOAD_BANDS.find((band) => hours <= band.maxHours)!.id;
}
