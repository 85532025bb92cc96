/**
 * `npm run new` as an editor runs it, on a copy of the valid fixture: a file for every
 * collection in the registry that fails `npm run check` placeholder by placeholder and passes
 * once they are filled; never an overwrite or a taken id; Dutch names for the kinds; and the
 * interview driven through stdin (not a terminal), answers typed the way an editor types them.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEntries } from '../../src/lib/check-content.ts';
import { parseYaml, splitFrontMatter } from '../../src/lib/load-content.ts';
import { idFromTitle } from '../../src/lib/new-entry.ts';
import { COLLECTION_NAMES } from '../../src/schemas/index.ts';
import { projectRoot, runCheck } from '../helpers/build-site.ts';
import { fillPlaceholders, type KnownIds } from '../helpers/fill-placeholders.ts';

const work = resolve(projectRoot, 'tests/.tmp/new-command');
const content = join(work, 'content');
const TODAY = '2026-11-29';
const env = { ...process.env, LEERHUIS_CONTENT: content, LEERHUIS_NOW: `${TODAY}T12:00:00Z`, NO_COLOR: '1' };

interface Run {
  code: number | null;
  out: string;
}

/** Runs `npm run new -- …args` (scripts/new.ts) on the copy; stdin is closed at once. */
function runNew(...args: string[]): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['scripts/new.ts', ...args], { cwd: projectRoot, env });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code, out }));
    child.stdin.end();
  });
}

const fileOf = (collection: string, title: string) => join(content, collection, `${idFromTitle(title)}.md`);

beforeAll(() => {
  rmSync(work, { recursive: true, force: true });
  cpSync(resolve(projectRoot, 'tests/fixtures/valid/content'), content, { recursive: true });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run new with arguments', () => {
  const title = (c: string) => `Nieuw in ${c}: één & ander`;

  it('makes a file for every collection, which the check refuses until every placeholder is filled', async () => {
    for (const c of COLLECTION_NAMES) {
      const run = await runNew(c, title(c));
      expect(run.code, run.out).toBe(0);
      expect(run.out).toContain(
        `tests/.tmp/new-command/content/${c}/nieuw-in-${c}-een-en-ander.md is gemaakt.`,
      );
      expect(run.out).toMatch(/Vul nog \d+ keer VUL-IN in/);
    }
    const before = await runCheck(content);
    expect(before.code).toBe(1);
    for (const c of COLLECTION_NAMES)
      expect(before.output).toMatch(
        new RegExp(`${c}/nieuw-in-${c}-een-en-ander\\.md: description: vul dit in: `),
      );
    // Problem lines; an ℹ line says an entry will not appear (an expert without consent), which is no problem.
    const lines = before.output.split('\n').filter((l) => l.includes('nieuw-in-') && !l.startsWith('ℹ '));
    expect(lines.length).toBeGreaterThan(COLLECTION_NAMES.length * 2);
    expect(lines.every((l) => l.includes('vul dit in: '))).toBe(true);

    const ids: KnownIds = { tags: ['leren'] };
    for (const e of readEntries(content, { now: new Date(TODAY) }))
      if (e.published && !e.id.startsWith('nieuw-in-'))
        ((ids as Record<string, string[]>)[e.collection] ??= []).push(e.id);
    for (const c of COLLECTION_NAMES) {
      const file = fileOf(c, title(c));
      writeFileSync(file, fillPlaceholders(c, readFileSync(file, 'utf8'), ids, TODAY));
    }
    const after = await runCheck(content);
    // Only an information line (ℹ) may still name a new entry: an expert appears once they consent.
    const named = after.output.split('\n').filter((l) => l.includes('nieuw-in-'));
    expect(
      named.filter((l) => !l.startsWith('ℹ ')),
      after.output,
    ).toEqual([]);
    expect(after.code, after.output).toBe(0);
  });

  it('never overwrites a file and refuses an id another collection uses', async () => {
    const file = fileOf('blog', 'Nog een bericht');
    expect((await runNew('blog', 'Nog een bericht')).code).toBe(0);
    writeFileSync(file, 'mijn eigen werk');
    const again = await runNew('blogbericht', 'Nog een bericht');
    expect(again.code).toBe(1);
    expect(again.out).toContain(
      'Het id "nog-een-bericht" bestaat al: tests/.tmp/new-command/content/blog/nog-een-bericht.md.',
    );
    expect(readFileSync(file, 'utf8')).toBe('mijn eigen werk');

    const elsewhere = await runNew('leerverhalen', 'Excel basis');
    expect(elsewhere.code).toBe(1);
    expect(elsewhere.out).toContain(
      'Het id "excel-basis" bestaat al: tests/.tmp/new-command/content/opleidingen/excel-basis.md',
    );
    expect(existsSync(join(content, 'leerverhalen/excel-basis.md'))).toBe(false);

    const ownId = await runNew('leerverhalen', 'Excel basis', '--id', 'excel-basis-in-de-praktijk');
    expect(ownId.code, ownId.out).toBe(0);
    expect(existsSync(join(content, 'leerverhalen/excel-basis-in-de-praktijk.md'))).toBe(true);
  });

  it('takes Dutch and English names for the kinds, and lists the kinds for an unknown one', async () => {
    const story = await runNew('verhaal', 'Wat ik leerde van mentoring');
    expect(story.code, story.out).toBe(0);
    expect(existsSync(join(content, 'leerverhalen/wat-ik-leerde-van-mentoring.md'))).toBe(true);
    const course = await runNew('Course', 'Feedback geven');
    expect(course.code, course.out).toBe(0);
    expect(existsSync(join(content, 'opleidingen/feedback-geven.md'))).toBe(true);

    const wrong = await runNew('oplieding', 'Iets');
    expect(wrong.code).toBe(1);
    expect(wrong.out).toContain(
      '"oplieding" is geen soort inhoud. Kies uit: blog (blogbericht), leerverhalen (leerverhaal), opleidingen (opleiding)',
    );
    expect(wrong.out).toContain('Bedoel je "opleidingen"?');
  });

  it('says what went wrong with a title it cannot use or a stray word', async () => {
    expect((await runNew('blog', '???')).out).toContain(
      'Van "???" is geen bestandsnaam te maken. Geef er een op met --id',
    );
    expect((await runNew('blog', '   ')).out).toContain('Geef een titel op.');
    const loose = await runNew('blog', 'Mijn', 'bericht');
    expect(loose.code).toBe(1);
    expect(loose.out).toContain('Te veel woorden: zet de titel tussen aanhalingstekens');
    expect((await runNew('blog', 'Titel', '--force')).out).toContain('De optie "--force" bestaat niet.');
    expect((await runNew('paginas', 'Zoeken')).out).toContain(
      '"zoeken" is al een adres van de site zelf (/zoeken/).',
    );
  });

  it('explains consent for a new expert profile', async () => {
    const run = await runNew('experts', 'Søren Ødegård');
    expect(run.code, run.out).toBe(0);
    expect(run.out).toContain('toestemming heeft gegeven en je consent op true zet (AVG)');
    const text = readFileSync(join(content, 'experts/soren-odegard.md'), 'utf8');
    expect(parseYaml(splitFrontMatter(text)!.matter)).toMatchObject({
      name: 'Søren Ødegård',
      consent: false,
    });
  });
});

/** Drives the interview: waits for each question in the output, then types the answer. */
function interview() {
  const child = spawn(process.execPath, ['scripts/new.ts'], { cwd: projectRoot, env });
  let out = '';
  let seen = 0;
  const waiting: { text: string; done: () => void }[] = [];
  const plain = () => out.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '');
  const settle = () => {
    for (const w of [...waiting]) {
      const at = plain().indexOf(w.text, seen);
      if (at >= 0) {
        seen = at + w.text.length;
        waiting.splice(waiting.indexOf(w), 1);
        w.done();
      }
    }
  };
  child.stdout.on('data', (d) => ((out += d), settle()));
  child.stderr.on('data', (d) => ((out += d), settle()));
  const closed = new Promise<number | null>((done) => child.on('close', done));
  return {
    /** Waits until `question` appears, then types `keys`. */
    async answer(question: string, keys: string) {
      await new Promise<void>((done, fail) => {
        // Generous (a busy machine starts Node slowly), but a missing question fails with the output.
        const timer = setTimeout(
          () => fail(new Error(`"${question}" was not asked; the output so far:\n${plain().slice(-2000)}`)),
          60_000,
        );
        waiting.push({ text: question, done: () => (clearTimeout(timer), done()) });
        settle();
      });
      child.stdin.write(keys);
    },
    closed,
    output: plain,
    stdin: child.stdin,
  };
}

const DOWN = '\x1b[B';
const ENTER = '\r';
const TAB = '\t';

describe('npm run new without arguments', () => {
  it('asks in Dutch and writes what was chosen from the lists', async () => {
    const run = interview();
    const downs = DOWN.repeat(COLLECTION_NAMES.indexOf('leerverhalen'));
    await run.answer('Wat wil je maken?', downs + ENTER);
    await run.answer('(title)', `Wat mentoring mij bracht${ENTER}`);
    await run.answer('Bestandsnaam (id)', ENTER);
    await run.answer('(description)', `Een jaar lang een nieuwe collega begeleiden.${ENTER}`);
    await run.answer('(author)', `anna${ENTER}`);
    await run.answer('(learned)', `Vragen stellen in plaats van antwoorden geven.${ENTER}`);
    await run.answer('(applied)', ENTER);
    await run.answer('(tags)', `ler${TAB}${ENTER}`);
    await run.answer('(owner)', ENTER);
    await run.answer('(courses)', ENTER);
    await run.answer('(competencies)', `samen${TAB}${ENTER}`);
    expect(await run.closed, run.output()).toBe(0);
    expect(run.output()).toContain('leerverhalen/wat-mentoring-mij-bracht.md is gemaakt.');
    expect(run.output()).toContain('Vul nog 4 keer VUL-IN in.');
    expect(run.output()).not.toMatch(/Search|to select|confirm|No matches/);

    const text = readFileSync(join(content, 'leerverhalen/wat-mentoring-mij-bracht.md'), 'utf8');
    expect(parseYaml(splitFrontMatter(text)!.matter)).toMatchObject({
      title: 'Wat mentoring mij bracht',
      description: 'Een jaar lang een nieuwe collega begeleiden.',
      author: 'anna-jansen',
      learned: 'Vragen stellen in plaats van antwoorden geven.',
      applied: 'VUL-IN',
      tags: ['leren'],
      owner: 'anna-jansen',
      competencies: ['samenwerken'],
      publishedAt: new Date(`${TODAY}T00:00:00Z`),
    });
    expect(text).toContain("## Tip voor collega's");
  });

  it('takes a colleague without a profile, checks numbers and refuses a taken id', async () => {
    const run = interview();
    await run.answer('Wat wil je maken?', DOWN.repeat(COLLECTION_NAMES.indexOf('opleidingen')) + ENTER);
    await run.answer('(title)', `Excel basis${ENTER}`);
    await run.answer('Bestandsnaam (id)', ENTER);
    await run.answer('bestaat al', `${'\x7f'.repeat(20)}excel-opfrissen${ENTER}`);
    await run.answer('(description)', ENTER);
    await run.answer('(provider)', `Leerhuis${ENTER}`);
    await run.answer('(method)', `${DOWN}${ENTER}`);
    await run.answer('(durationHours)', `nul${ENTER}`);
    await run.answer('Dat kan hier niet', `${'\x7f'.repeat(5)}2,5${ENTER}`);
    await run.answer('(cost.amount)', `0${ENTER}`);
    await run.answer('(cost.paidBy)', ENTER);
    for (const field of ['(tags)', '(owner)', '(competencies)', '(contact)']) await run.answer(field, ENTER);
    expect(await run.closed, run.output()).toBe(0);
    const text = readFileSync(join(content, 'opleidingen/excel-opfrissen.md'), 'utf8');
    expect(parseYaml(splitFrontMatter(text)!.matter)).toMatchObject({
      title: 'Excel basis',
      description: 'VUL-IN',
      provider: 'Leerhuis',
      method: 'e-learning',
      durationHours: 2.5,
      cost: { amount: 0, paidBy: 'werkgever' },
    });

    const story = interview();
    await story.answer('Wat wil je maken?', DOWN.repeat(COLLECTION_NAMES.indexOf('leerverhalen')) + ENTER);
    await story.answer('(title)', `Mijn eerste intervisie${ENTER}`);
    await story.answer('Bestandsnaam (id)', ENTER);
    await story.answer('(description)', ENTER);
    await story.answer('(author)', `zonder${ENTER}`);
    await story.answer('(author.name)', `Esra Demir${ENTER}`);
    await story.answer('(author.role)', `Consulent${ENTER}`);
    await story.answer('(author.department)', ENTER);
    for (const field of ['(learned)', '(applied)', '(tags)', '(owner)', '(courses)', '(competencies)'])
      await story.answer(field, ENTER);
    expect(await story.closed, story.output()).toBe(0);
    const storyText = readFileSync(join(content, 'leerverhalen/mijn-eerste-intervisie.md'), 'utf8');
    expect(parseYaml(splitFrontMatter(storyText)!.matter)).toMatchObject({
      author: { name: 'Esra Demir', role: 'Consulent' },
    });
  });

  it('stops without a file on Ctrl+C or at the end of the input', async () => {
    const stop = interview();
    await stop.answer('Wat wil je maken?', ENTER);
    await stop.answer('(title)', `Afgebroken bericht${ENTER}`);
    await stop.answer('Bestandsnaam (id)', '\x03');
    expect(await stop.closed).toBe(1);
    expect(stop.output()).toContain('Gestopt: er is niets gemaakt.');
    expect(existsSync(join(content, 'blog/afgebroken-bericht.md'))).toBe(false);

    const eof = interview();
    await eof.answer('Wat wil je maken?', '');
    eof.stdin.end();
    expect(await eof.closed).toBe(1);
    expect(eof.output()).toContain('Gestopt: er is niets gemaakt.');
  });
});
