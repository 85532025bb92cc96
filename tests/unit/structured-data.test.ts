import { describe, expect, it } from 'vitest';
import { articleJsonLd, courseJsonLd } from '../../src/lib/structured-data.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('Article / BlogPosting', () => {
  const base = {
    type: 'BlogPosting' as const,
    headline: 'Intervisie van start',
    description: 'Zes groepen beginnen in januari.',
    inLanguage: 'nl',
    datePublished: day('2026-10-01'),
    publisher: 'Gemeente Lindewaard',
  };

  it('carries headline, authors with their profile, dates and language', () => {
    expect(
      articleJsonLd({
        ...base,
        dateModified: day('2026-10-12'),
        authors: [
          { name: 'Ingrid Hoekstra', url: '/leren/experts/ingrid-hoekstra/', jobTitle: 'Senior consulent' },
          { name: 'Kees de Vries' },
        ],
        url: 'https://intranet.example.nl/leren/blog/intervisie-van-start/',
        keywords: ['Intervisie', 'Samenwerken'],
      }),
    ).toEqual({
      '@type': 'BlogPosting',
      headline: 'Intervisie van start',
      description: 'Zes groepen beginnen in januari.',
      inLanguage: 'nl',
      datePublished: '2026-10-01',
      dateModified: '2026-10-12',
      author: [
        {
          '@type': 'Person',
          name: 'Ingrid Hoekstra',
          url: '/leren/experts/ingrid-hoekstra/',
          jobTitle: 'Senior consulent',
        },
        { '@type': 'Person', name: 'Kees de Vries' },
      ],
      publisher: { '@type': 'Organization', name: 'Gemeente Lindewaard' },
      url: 'https://intranet.example.nl/leren/blog/intervisie-van-start/',
      mainEntityOfPage: 'https://intranet.example.nl/leren/blog/intervisie-van-start/',
      keywords: 'Intervisie, Samenwerken',
    });
  });

  it('without an update, modified is the publication date; without a named author, the organisation', () => {
    const data = articleJsonLd({ ...base, type: 'Article', authors: [] });
    expect(data).toMatchObject({
      '@type': 'Article',
      datePublished: '2026-10-01',
      dateModified: '2026-10-01',
      author: [{ '@type': 'Organization', name: 'Gemeente Lindewaard' }],
    });
    expect(data).not.toHaveProperty('url');
    expect(data).not.toHaveProperty('keywords');
  });
});

describe('Course', () => {
  it('lists upcoming runs as CourseInstance with times of day and their offset', () => {
    const data = courseJsonLd({
      name: 'Feedback geven en vragen',
      description: 'Een trainingsdag.',
      inLanguage: 'nl',
      provider: 'Leerhuis Lindewaard',
      method: 'klassikaal',
      durationHours: 7,
      cost: { amount: 0, currency: 'EUR' },
      runs: [
        { start: day('2026-12-17'), startTime: '09:00', endTime: '16:30', location: 'Stadskantoor' },
        { start: day('2027-06-15'), startTime: '13:00', endTime: '17:00', location: 'Online' },
        { start: day('2027-02-02'), end: day('2027-06-15'), location: 'Utrecht' },
      ],
    });
    expect(data.hasCourseInstance).toEqual([
      {
        '@type': 'CourseInstance',
        courseMode: 'onsite',
        startDate: '2026-12-17T09:00+01:00',
        endDate: '2026-12-17T16:30+01:00',
        location: 'Stadskantoor',
      },
      {
        '@type': 'CourseInstance',
        courseMode: 'onsite',
        startDate: '2027-06-15T13:00+02:00',
        endDate: '2027-06-15T17:00+02:00',
        location: 'Online',
      },
      {
        '@type': 'CourseInstance',
        courseMode: 'onsite',
        startDate: '2027-02-02',
        endDate: '2027-06-15',
        location: 'Utrecht',
      },
    ]);
    expect(data).toMatchObject({
      '@type': 'Course',
      timeRequired: 'PT7H',
      offers: { price: 0, category: 'Free' },
    });
  });
  it('maps learning methods to schema.org course modes where one fits', () => {
    const mode = (method: string) =>
      (
        courseJsonLd({
          name: 'x',
          description: 'x',
          inLanguage: 'nl',
          provider: 'x',
          method,
          durationHours: 1,
          cost: { amount: 10, currency: 'EUR' },
          runs: [{ start: day('2027-01-01'), location: 'x' }],
        }).hasCourseInstance as { courseMode: string }[]
      )[0]!.courseMode;
    expect([mode('e-learning'), mode('webinar'), mode('blended'), mode('coaching')]).toEqual([
      'online',
      'online',
      'blended',
      'coaching',
    ]);
  });
});
