/** The entries of the benchmark's synthetic site before their fields: collection, id, title. */
import type { CollectionName } from '../../src/schemas/index.ts';
import { RESERVED_ROUTES } from '../../src/lib/routes.ts';
import type { Random } from './random.ts';
import type { TextSource } from './text.ts';
import { uniqueSlug } from './vocabulary.ts';
import { DEPARTMENTS, FIRST_NAMES, ROLE_LEVELS, ROLES, SURNAMES } from './words.ts';

export interface Stub {
  collection: CollectionName;
  id: string;
  title: string;
  /** False for drafts and experts without consent: nothing published may point at them. */
  linkable: boolean;
  levels?: number;
}

/** Every entry's id and title, unique across folders and clear of the site's own routes. */
export function makeStubs(counts: Record<CollectionName, number>, random: Random, text: TextSource): Stub[] {
  const used = new Set<string>(RESERVED_ROUTES);
  const stubs: Stub[] = [];
  const add = (collection: CollectionName, title: string, linkable = true, extra: Partial<Stub> = {}) =>
    stubs.push({ collection, id: uniqueSlug(title, used), title, linkable, ...extra });

  for (let i = 0; i < counts.competenties; i++) {
    const verb = random.pick([
      'werken',
      'adviseren',
      'organiseren',
      'analyseren',
      'communiceren',
      'plannen',
      'handelen',
    ]);
    add('competenties', `${text.topic()} ${verb}`, true, { levels: random.int(3, 5) });
  }
  for (let i = 0; i < counts.experts; i++) {
    // A few people have not (yet) given consent: they exist but nothing published names them.
    const consent = i % 50 !== 7;
    add('experts', `${random.pick(FIRST_NAMES)} ${random.pick(SURNAMES)}`, consent);
  }
  for (let i = 0; i < counts.functies; i++) {
    const level = random.pick(ROLE_LEVELS);
    add(
      'functies',
      `${level[0]?.toUpperCase()}${level.slice(1)} ${random.pick(ROLES).toLowerCase()} ${random.pick(DEPARTMENTS)}`,
    );
  }
  const coursePrefix = [
    'Training',
    'Basiscursus',
    'Leergang',
    'Workshop',
    'Masterclass',
    'E-learning',
    'Intervisiegroep',
  ];
  for (let i = 0; i < counts.opleidingen; i++)
    add('opleidingen', `${random.pick(coursePrefix)} ${text.nounPhrase(false)}`);
  const storyTitle = [
    (t: string) => `Hoe ik ${t} leerde waarderen`,
    (t: string) => `Mijn ervaring met ${t}`,
    (t: string) => `Wat ${t} mij opleverde`,
    (t: string) => `Van twijfel naar ${t}`,
  ];
  for (let i = 0; i < counts.leerverhalen; i++) {
    add('leerverhalen', random.pick(storyTitle)(text.nounPhrase()), i % 100 !== 42);
  }
  const blogTitle = [
    (t: string) => `Vijf tips voor ${t}`,
    (t: string) => `${t}: zo pak je het aan`,
    (t: string) => `Nieuw in het Leerhuis: ${t}`,
    (t: string) => `Waarom ${t} ertoe doet`,
    (t: string) => `Terugblik op ${t}`,
  ];
  for (let i = 0; i < counts.blog; i++) {
    const t = text.nounPhrase();
    add('blog', random.pick(blogTitle)(t.charAt(0).toUpperCase() + t.slice(1)), i % 100 !== 13);
  }
  for (let i = 0; i < counts.instrumenten; i++)
    add(
      'instrumenten',
      i % 2 ? `Gesprek voorbereiden ${text.nounPhrase(false)}` : `Zelfscan ${text.topic()}`,
    );
  const fixedPages = ['Leermogelijkheden', 'Toegankelijkheid', 'Intervisiemethoden'];
  for (let i = 0; i < counts.paginas; i++) {
    add(
      'paginas',
      fixedPages[i] ??
        `${random.pick(['Over', 'Regeling', 'Handreiking', 'Werken met'])} ${text.nounPhrase(false)}`,
    );
  }
  return stubs;
}
