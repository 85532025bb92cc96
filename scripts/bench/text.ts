/**
 * Dutch-ish Markdown for the benchmark: sentences from a Zipf-distributed vocabulary, bodies
 * with headings, lists, emphasis and links to pages that exist. Not grammar, but the shape,
 * length and word spread of what editors write.
 */
import type { Random } from './random.ts';
import {
  ADJECTIVES,
  COMPOUND_HEADS,
  COMPOUND_TAILS,
  CONNECTORS,
  NOUNS,
  PREPOSITIONS,
  SUBJECTS,
  VERBS,
} from './words.ts';

type Noun = readonly ['de' | 'het', string];

/** A link target in the generated site. */
export interface LinkTarget {
  href: string;
  title: string;
}

export interface TextSource {
  /** A noun phrase: "de heldere leeraanpak". */
  nounPhrase(withArticle?: boolean): string;
  sentence(): string;
  paragraph(sentences?: number): string;
  /** A heading or title fragment, capitalised. */
  topic(): string;
  /** A Markdown body of roughly `words` words (±10 %), linking to some of `links`. */
  body(words: number, links: readonly LinkTarget[]): string;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const countWords = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** Base nouns first (frequent), then compounds in a seeded order (the long tail). */
function vocabulary(random: Random): Noun[] {
  const compounds: Noun[] = [];
  for (const head of COMPOUND_HEADS) {
    for (const [article, tail] of NOUNS.slice(0, 60)) compounds.push([article, head + tail]);
    for (const tail of COMPOUND_TAILS) compounds.push(['de', head + tail]);
  }
  return [...random.sample(NOUNS, NOUNS.length), ...random.sample(compounds, compounds.length)];
}

export function createTextSource(random: Random): TextSource {
  const nouns = vocabulary(random.fork('vocabulary'));
  const noun = () => random.zipf(nouns);

  const nounPhrase = (withArticle = true) => {
    const [article, word] = noun();
    const adjective = random.chance(0.4) ? `${random.zipf(ADJECTIVES)} ` : '';
    if (!withArticle) return `${adjective}${word}`;
    const det = random.chance(0.25) ? 'een' : article;
    return `${det} ${adjective}${word}`;
  };

  const sentence = () => {
    const subject = random.pick(SUBJECTS);
    const verb = random.zipf(VERBS);
    // After a connector Dutch puts the verb before the subject: "Daarom plant het team …".
    const start = random.chance(0.25)
      ? `${random.pick(CONNECTORS)} ${verb} ${subject === 'Je' ? 'je' : subject.charAt(0).toLowerCase() + subject.slice(1)}`
      : `${subject} ${verb}`;
    const parts = [start, nounPhrase()];
    if (random.chance(0.6)) parts.push(random.pick(PREPOSITIONS), nounPhrase());
    if (random.chance(0.3)) parts.push('en', random.zipf(VERBS), nounPhrase());
    return `${parts.join(' ')}${random.chance(0.08) ? '?' : '.'}`;
  };

  const paragraph = (sentences = random.int(3, 6)) => Array.from({ length: sentences }, sentence).join(' ');

  const topic = () => capitalise(nounPhrase(false));

  const withLink = (text: string, link: LinkTarget) => {
    const words = text.split(' ');
    const at = random.int(1, Math.max(1, words.length - 2));
    words.splice(at, 0, `(zie [${link.title}](${link.href}))`);
    return words.join(' ');
  };

  const listItem = () => capitalise(`${nounPhrase(false)} ${random.pick(PREPOSITIONS)} ${nounPhrase()}`);

  const body = (words: number, links: readonly LinkTarget[]) => {
    const blocks: string[] = [paragraph(random.int(2, 4))];
    let count = countWords(blocks[0] as string);
    const pendingLinks = [...links];
    while (count < words * 0.9) {
      const kind = random.next();
      let block: string;
      if (kind < 0.18) block = `## ${topic()}`;
      else if (kind < 0.3) {
        const ordered = random.chance(0.3);
        const items = Array.from(
          { length: random.int(3, 6) },
          (_, i) => `${ordered ? `${i + 1}.` : '-'} ${listItem()}`,
        );
        block = items.join('\n');
      } else if (kind < 0.34) block = `> ${sentence()}`;
      else {
        block = paragraph();
        if (random.chance(0.3)) block = block.replace(/^(\S+ \S+ \S+)/, '**$1**');
      }
      if (!block.startsWith('#') && pendingLinks.length && random.chance(0.5)) {
        block = withLink(block, pendingLinks.shift() as LinkTarget);
      }
      blocks.push(block);
      count += countWords(block);
    }
    // Links that did not find a place go into a closing "read more" list.
    if (pendingLinks.length) {
      blocks.push(`## Meer lezen`, pendingLinks.map((l) => `- [${l.title}](${l.href})`).join('\n'));
    }
    return `${blocks.join('\n\n')}\n`;
  };

  return { nounPhrase, sentence, paragraph, topic, body };
}
