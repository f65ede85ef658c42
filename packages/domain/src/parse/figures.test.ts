import { describe, expect, it } from 'vitest';
import { findDates } from './dates.js';
import { findFigures } from './figures.js';

function figuresOf(text: string) {
  const dates = findDates(text, 0, text.length, 2023).map((d) => d.span);
  return findFigures(text, 0, text.length, dates).map((f) => ({
    text: f.text,
    value: f.value,
    unit: f.unit,
    qualifier: f.qualifier,
    per: f.per,
  }));
}

describe('findFigures', () => {
  it('reads value, unit and qualifier', () => {
    expect(figuresOf('The US has admitted over 283,000 Ukrainians.')).toEqual([
      { text: 'over 283,000 Ukrainians', value: 283000, unit: 'Ukrainians', qualifier: 'over', per: null },
    ]);
  });

  it('reads both ends of a range "between X and Y", the first counting what the second does', () => {
    expect(figuresOf('Between 2,000 and 3,000 people arrived.')).toEqual([
      { text: 'Between 2,000', value: 2000, unit: 'people', qualifier: 'between', per: null },
      { text: '3,000 people', value: 3000, unit: 'people', qualifier: 'between', per: null },
    ]);
    expect(figuresOf('between 10 and 20 % of cases').map((f) => [f.value, f.unit, f.qualifier])).toEqual([
      [10, 'percent', 'between'],
      [20, 'percent', 'between'],
    ]);
    // years, a scale written once, a change "from X to Y": no range read
    expect(figuresOf('between 2019 and 2021 cases rose')).toEqual([]);
    expect(figuresOf('between 2 and 3 million people').map((f) => f.value)).toEqual([3000000]);
    expect(figuresOf('rose from 2,000 to 3,000 people').map((f) => [f.value, f.qualifier])).toEqual([
      [3000, null],
    ]);
  });

  it('reads one or two singular modifiers before a plural head as the unit', () => {
    expect(
      figuresOf(
        '4.2 million temporary protection beneficiaries, 30 law enforcement officers, 1,500 battlefield items and 12 cases closed',
      ).map((f) => f.unit),
    ).toEqual([
      'temporary protection beneficiaries',
      'law enforcement officers',
      'battlefield items',
      'cases',
    ]);
  });

  it('reads a rate ("every week")', () => {
    expect(figuresOf('with 3,000 new applications to become hosts screened every week.')[0]).toMatchObject({
      value: 3000,
      unit: 'new applications',
      per: 'week',
    });
  });

  it('reads percentages with a decimal', () => {
    expect(figuresOf('a refusal rate of 2.61 % in the last fiscal year')[0]).toMatchObject({
      value: 2.61,
      unit: 'percent',
    });
    expect(figuresOf('needed in about 85 per cent of investigations')[0]).toMatchObject({
      value: 85,
      unit: 'percent',
      qualifier: 'about',
    });
  });

  it('reads a decimal comma before one or two digits, a thousands separator before three', () => {
    expect(
      figuresOf('fell below 3,5 % in 2018, then to 2,61 %').map((f) => [f.value, f.unit, f.qualifier]),
    ).toEqual([
      [3.5, 'percent', 'below'],
      [2.61, 'percent', null],
    ]);
    expect(figuresOf('the 1,500 battlefield items and 12,345 requests')).toMatchObject([
      { value: 1500 },
      { value: 12345, unit: 'requests' },
    ]);
  });

  it('reads thousands grouped by spaces, the EU style, but never joins a year to the next number', () => {
    const text =
      'over 283 000 Ukrainians, EUR 1 500 million and 1 234 cases. In 2023 500 officers were trained; 12 100-page reports.';
    expect(figuresOf(text).map((f) => [f.text, f.value])).toEqual([
      ['over 283 000 Ukrainians', 283000],
      ['EUR 1 500 million', 1500000000],
      ['1 234 cases', 1234],
      ['500 officers', 500],
    ]);
  });

  it('reads a modifier noun with its plural head as the unit, and stops at a verb or an adverb', () => {
    expect(
      figuresOf('the 1,500 battlefield items already shared, 20 police officers and 30 officers trained').map(
        (f) => f.unit,
      ),
    ).toEqual(['battlefield items', 'police officers', 'officers']);
    expect(figuresOf('5 million people arrived')[0]).toMatchObject({ unit: 'people' });
  });

  it('reads counts', () => {
    expect(
      figuresOf('42 recommendations were endorsed by 163 countries').map((f) => [f.value, f.unit]),
    ).toEqual([
      [42, 'recommendations'],
      [163, 'countries'],
    ]);
  });

  it('reads money with scale', () => {
    expect(figuresOf('EUR 1.5 billion, €1.5 billion and $10 million').map((f) => [f.value, f.unit])).toEqual([
      [1.5e9, 'EUR'],
      [1.5e9, 'EUR'],
      [1e7, 'USD'],
    ]);
  });

  it('does not take 2023 or a date as a figure', () => {
    expect(figuresOf('In 2023, on 21 June 2023 and 15-16 March, the 2021 G7 Statement applied.')).toEqual([]);
  });

  it('does not take document numbers, "1-year", "G7", ordinals or article numbers', () => {
    expect(
      figuresOf('Document 7725/23 extends the 1-year paroles; the G7 met for the 40th time under Article 5.'),
    ).toEqual([]);
  });

  it('does not take a number after an acronym ("UNGA 79", "JAI 345")', () => {
    expect(figuresOf('a side event at UNGA 79 and JAI 345')).toEqual([]);
  });

  it('gives spans that slice to the figure text', () => {
    const text = 'It admitted over 283,000 Ukrainians.';
    const [f] = findFigures(text, 0, text.length);
    expect(text.slice(f!.span.start, f!.span.end)).toBe(f!.text);
  });

  it('does not take list labels, footnote marks or bare numbers', () => {
    expect(figuresOf('the Ad Hoc Committee (AHC)1. 5) Drugs. The total was 12.')).toEqual([]);
  });
});

describe('findFigures: capitalised compound units', () => {
  it('reads "12 Member States" as the unit "Member States", and a name after a number as no plural head', () => {
    expect(figuresOf('The US noted that 12 Member States had joined.').map((f) => f.unit)).toEqual([
      'Member States',
    ]);
    expect(figuresOf('It met 3 Commissioners and Europol.').map((f) => f.unit)).toEqual(['Commissioners']);
  });
});

describe('findFigures: numbers in words', () => {
  it('reads a number in words before a percent, with its qualifier', () => {
    expect(figuresOf('The EU side noted that the threshold of less than three percent was met.')).toEqual([
      { text: 'less than three percent', value: 3, unit: 'percent', qualifier: 'less than', per: null },
    ]);
    expect(figuresOf('about twenty-five per cent of requests')[0]).toMatchObject({
      value: 25,
      unit: 'percent',
      qualifier: 'about',
    });
  });

  it('reads a number in words before a scale, with the noun counted', () => {
    expect(
      figuresOf('over two million Ukrainians and five hundred thousand euros').map((f) => [f.value, f.unit]),
    ).toEqual([
      [2e6, 'Ukrainians'],
      [5e5, 'euros'],
    ]);
  });

  it('keeps figures in text order when words and digits mix', () => {
    expect(figuresOf('42 recommendations, three percent and 163 countries').map((f) => f.value)).toEqual([
      42, 3, 163,
    ]);
  });

  it('does not read a number in words without a percent or a scale, nor inside a word', () => {
    expect(
      figuresOf('The two sides agreed; one of them noted that three Member States and someone percent'),
    ).toEqual([]);
  });
});

describe('findFigures: verbs and titles after a number', () => {
  it('does not take a verb as the unit ("115,000 arrived", "12 remain")', () => {
    expect(figuresOf('about 115,000 arrived under Uniting for Ukraine')).toEqual([
      { text: 'about 115,000', value: 115000, unit: null, qualifier: 'about', per: null },
    ]);
    expect(figuresOf('12 remain in custody and 40 arrested in raids')).toEqual([]);
  });

  it('takes a past participle before a plural noun as part of the unit', () => {
    expect(figuresOf('300 seized weapons and 5,000 displaced persons').map((f) => f.unit)).toEqual([
      'seized weapons',
      'displaced persons',
    ]);
  });

  it('reads a capitalised title with its complement as the unit', () => {
    expect(
      figuresOf('adopted by the 28 Heads of State and Government at the European Council')[0],
    ).toMatchObject({
      text: '28 Heads of State and Government',
      unit: 'Heads of State and Government',
    });
    expect(figuresOf('30 Ministers of Justice met')[0]?.unit).toBe('Ministers of Justice');
    expect(figuresOf('12 Member States of the Union')[0]?.unit).toBe('Member States');
  });
});

describe('findFigures: numbers inside excluded spans', () => {
  it('passes over the numbers of a date and reads the figures right after it', () => {
    expect(
      figuresOf('On 21 June 2023, 1,200 officers and 15 June 40 experts met.').map((f) => [f.value, f.text]),
    ).toEqual([
      [1200, '1,200 officers'],
      [40, '40 experts'],
    ]);
  });

  it('reads the numbers of a date when no span excludes them', () => {
    const text = 'On 15 June 40 experts met.';
    expect(findFigures(text, 0, text.length).map((f) => f.text)).toEqual(['15 June', '40 experts']);
  });
});

describe('findFigures: numbers in words among digit figures', () => {
  it('reads numbers in words among digit figures that have their own scale or percent', () => {
    const text =
      'EUR 2 million went to three percent of the 5 bn fund. The 12 percent rise and two thousand officers.';
    expect(findFigures(text, 0, text.length).map((f) => [f.value, f.text])).toEqual([
      [2000000, 'EUR 2 million'],
      [3, 'three percent'],
      [5000000000, '5 bn fund'],
      [12, '12 percent'],
      [2000, 'two thousand officers'],
    ]);
  });
});
