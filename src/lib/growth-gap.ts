/**
 * What separates a role from a role it can grow into: the competencies the next role asks for
 * that are new or asked at a higher level (what you would learn), and those you already bring
 * at the level asked or above. Pure: roles come in as competency ids with levels.
 */

/** A competency a role asks for, at a level of that competency (1–5). */
export interface RequiredLevel {
  competency: string;
  level: number;
}

/** A competency to learn for the next role: new (`from` absent), or asked at a higher level. */
export interface LearnStep {
  competency: string;
  /** The level the current role asks; absent when the current role does not ask for it. */
  from?: number;
  /** The level the next role asks. */
  to: number;
}

/** A competency the next role asks for that the current role already asks at that level or above. */
export interface Brought {
  competency: string;
  /** The level the current role asks. */
  level: number;
  /** The level the next role asks (equal or lower). */
  required: number;
}

export interface GrowthGap {
  learn: LearnStep[];
  brings: Brought[];
}

/** The highest level asked per competency (a role that names one twice asks the higher level). */
function levels(required: readonly RequiredLevel[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const { competency, level } of required)
    map.set(competency, Math.max(level, map.get(competency) ?? 0));
  return map;
}

/**
 * The gap from a role to a next role, in the order the next role lists its competencies.
 * Competencies only the current role asks for are left out: the next role does not need them.
 */
export function growthGap(current: readonly RequiredLevel[], next: readonly RequiredLevel[]): GrowthGap {
  const have = levels(current);
  const gap: GrowthGap = { learn: [], brings: [] };
  for (const [competency, to] of levels(next)) {
    const from = have.get(competency);
    if (from === undefined) gap.learn.push({ competency, to });
    else if (from < to) gap.learn.push({ competency, from, to });
    else gap.brings.push({ competency, level: from, required: to });
  }
  return gap;
}

/** A role as the growth paths need it. */
export interface RoleLevels {
  id: string;
  competencies: readonly RequiredLevel[];
  nextRoles: readonly string[];
}

/** The gap to each next role that `roleById` knows (unknown or unpublished ones and the role itself are skipped), in `nextRoles` order. */
export function growthGaps(
  role: RoleLevels,
  roleById: (id: string) => RoleLevels | undefined,
): ({ next: string } & GrowthGap)[] {
  return [...new Set(role.nextRoles)].flatMap((id) => {
    const next = id === role.id ? undefined : roleById(id);
    return next ? [{ next: id, ...growthGap(role.competencies, next.competencies) }] : [];
  });
}
