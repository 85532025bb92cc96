/**
 * `npm run docs:messages` — writes the list of every message of the checker into the editor
 * guide (docs/redacteuren.md, between the `meldingen` markers), from src/i18n/nl.json. A unit
 * test keeps the guide in step with the messages, so the list is always complete.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import nl from '../src/i18n/nl.json' with { type: 'json' };

/** Sections of the list, in order; a key goes to the first section one of whose prefixes it has. */
const SECTIONS: [string, string[]][] = [
  ['Informatie (geen probleem: de controle slaagt)', ['check.notice.']],
  [
    'De gegevens bovenaan en de bestanden',
    [
      'check.yaml.',
      'check.frontMatter.',
      'check.file.',
      'check.settings.',
      'check.contentFolder.',
      'check.mdx.',
      'check.body.',
      'check.image.missing',
      'check.logo.',
    ],
  ],
  [
    'Ids en verwijzingen naar andere items',
    ['check.id.', 'check.reference.', 'check.role.', 'check.site.', 'publication.'],
  ],
  ['Links in de tekst', ['check.link.']],
  ['Veiligheid: HTML, adressen en tekeningen', ['check.html.', 'check.url.', 'check.svg.']],
  ['Na het bouwen (de gebouwde site)', ['output.']],
  ['Toevoegingen achter een melding', ['check.hint.']],
  ['Velden en waarden', ['check.']],
];

/** Parts of other lines (the summary, where a field goes), not messages of their own. */
const LEFT_OUT = /^(check\.(cli|build|dev|value|where)\.|output\.(failed|link)\b)/;

const MARKERS = ['<!-- meldingen:begin (npm run docs:messages) -->', '<!-- meldingen:eind -->'] as const;

/** The generated list, as Markdown. */
export function messageList(): string {
  const keys = Object.keys(nl).filter((k) => /^(check|publication|output)\./.test(k) && !LEFT_OUT.test(k));
  const taken = new Set<string>();
  const parts: string[] = [];
  for (const [title, prefixes] of SECTIONS) {
    const mine = keys.filter((k) => !taken.has(k) && prefixes.some((p) => k.startsWith(p) || k === p));
    if (!mine.length) continue;
    mine.forEach((k) => taken.add(k));
    const lines = mine.map(
      (k) => `- \`${(nl as Record<string, string>)[k]!.trim().replace(/\{\w+\}/g, '…')}\``,
    );
    parts.push(`### ${title}\n\n${lines.join('\n')}`);
  }
  return parts.join('\n\n');
}

/** The guide with the list between its markers replaced by `list`. */
export function withMessageList(guide: string, list = messageList()): string {
  const [begin, end] = MARKERS;
  const from = guide.indexOf(begin);
  const to = guide.indexOf(end);
  if (from < 0 || to < from)
    throw new Error(`docs/redacteuren.md: the markers ${begin} … ${end} are missing`);
  return `${guide.slice(0, from + begin.length)}\n\n${list}\n\n${guide.slice(to)}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = new URL('../docs/redacteuren.md', import.meta.url);
  const guide = readFileSync(file, 'utf8');
  const updated = withMessageList(guide);
  if (updated !== guide) writeFileSync(file, updated);
  console.log(
    updated === guide ? 'docs/redacteuren.md: up to date' : 'docs/redacteuren.md: list of messages written',
  );
}
