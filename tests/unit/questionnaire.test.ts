/** Questionnaires: stable answer keys, and the filled-in questionnaire as text for the manager. */
import { describe, expect, it } from 'vitest';
import {
  keyCollisions,
  questionKey,
  questionnaireText,
  type QuestionnaireDef,
} from '../../src/lib/questionnaire.ts';

describe('questionKey', () => {
  it('is the same for the same question, whatever the spacing', () => {
    expect(questionKey('Waar ben je trots op?')).toBe(questionKey('  Waar ben je\n trots  op? '));
    expect(questionKey('Waar ben je trots op?')).toMatch(/^q[0-9a-z]+$/);
  });

  it('differs when the wording changes', () => {
    expect(questionKey('Waar ben je trots op?')).not.toBe(questionKey('Waar ben je blij mee?'));
    expect(questionKey('Waar ben je trots op?')).not.toBe(questionKey('waar ben je trots op?'));
  });

  it('finds no collisions among many different questions, and reports one when it occurs', () => {
    const questions = Array.from({ length: 2000 }, (_, i) => `Vraag nummer ${i}: wat heb je geleerd?`);
    expect(keyCollisions(questions)).toEqual([]);
    // The same text twice is a duplicate (the schema reports it), not a hash collision.
    expect(keyCollisions(['Een vraag?', 'Een  vraag?'])).toEqual([]);
  });
});

describe('questionnaireText', () => {
  const def: QuestionnaireDef = {
    title: 'Je ontwikkelgesprek voorbereiden',
    scale: [
      { value: 1, label: 'Weinig' },
      { value: 2, label: 'Veel' },
    ],
    sections: [
      {
        title: 'Terugkijken',
        questions: [
          { key: 'a', question: 'Waar ben je trots op?', answer: 'tekst' },
          { key: 'b', question: 'Hoeveel plezier heb je?', answer: 'schaal' },
        ],
      },
      { title: 'Leren', questions: [{ key: 'c', question: 'Wat wil je leren?', answer: 'tekst' }] },
    ],
  };
  const labels = { filledIn: 'Ingevuld op 3 maart 2027', notAnswered: '(niet ingevuld)' };

  it('lists every question with its answer, indented, and marks open ones', () => {
    const text = questionnaireText(def, { a: 'Het nieuwe loket.\n\nEn de training.', b: 2 }, labels);
    expect(text).toBe(
      [
        'Je ontwikkelgesprek voorbereiden',
        '================================',
        'Ingevuld op 3 maart 2027',
        '',
        'Terugkijken',
        '-----------',
        '',
        'Waar ben je trots op?',
        '  Het nieuwe loket.',
        '',
        '  En de training.',
        '',
        'Hoeveel plezier heb je?',
        '  2 — Veel',
        '',
        'Leren',
        '-----',
        '',
        'Wat wil je leren?',
        '  (niet ingevuld)',
        '',
      ].join('\n'),
    );
  });

  it('treats blank text and a value off the scale as not answered', () => {
    const text = questionnaireText(def, { a: '   ', b: 7 }, labels);
    expect(text.match(/\(niet ingevuld\)/g)).toHaveLength(3);
  });
});
