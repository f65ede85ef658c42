/** One six-month rotating Presidency of the Council of the EU. */
export interface Presidency {
  country: string;
  adjective: string;
  /** The country's code in Council documents ("SE", "ES"; Greece is "EL"). */
  code: string;
  /** First and last day, ISO. */
  start: string;
  end: string;
}

const ROTATION: [number, string, string, string][] = [
  [2008, 'Slovenia', 'Slovenian', 'SI'],
  [2008, 'France', 'French', 'FR'],
  [2009, 'Czech Republic', 'Czech', 'CZ'],
  [2009, 'Sweden', 'Swedish', 'SE'],
  [2010, 'Spain', 'Spanish', 'ES'],
  [2010, 'Belgium', 'Belgian', 'BE'],
  [2011, 'Hungary', 'Hungarian', 'HU'],
  [2011, 'Poland', 'Polish', 'PL'],
  [2012, 'Denmark', 'Danish', 'DK'],
  [2012, 'Cyprus', 'Cypriot', 'CY'],
  [2013, 'Ireland', 'Irish', 'IE'],
  [2013, 'Lithuania', 'Lithuanian', 'LT'],
  [2014, 'Greece', 'Greek', 'EL'],
  [2014, 'Italy', 'Italian', 'IT'],
  [2015, 'Latvia', 'Latvian', 'LV'],
  [2015, 'Luxembourg', 'Luxembourg', 'LU'],
  [2016, 'Netherlands', 'Dutch', 'NL'],
  [2016, 'Slovakia', 'Slovak', 'SK'],
  [2017, 'Malta', 'Maltese', 'MT'],
  [2017, 'Estonia', 'Estonian', 'EE'],
  [2018, 'Bulgaria', 'Bulgarian', 'BG'],
  [2018, 'Austria', 'Austrian', 'AT'],
  [2019, 'Romania', 'Romanian', 'RO'],
  [2019, 'Finland', 'Finnish', 'FI'],
  [2020, 'Croatia', 'Croatian', 'HR'],
  [2020, 'Germany', 'German', 'DE'],
  [2021, 'Portugal', 'Portuguese', 'PT'],
  [2021, 'Slovenia', 'Slovenian', 'SI'],
  [2022, 'France', 'French', 'FR'],
  [2022, 'Czech Republic', 'Czech', 'CZ'],
  [2023, 'Sweden', 'Swedish', 'SE'],
  [2023, 'Spain', 'Spanish', 'ES'],
  [2024, 'Belgium', 'Belgian', 'BE'],
  [2024, 'Hungary', 'Hungarian', 'HU'],
  [2025, 'Poland', 'Polish', 'PL'],
  [2025, 'Denmark', 'Danish', 'DK'],
  [2026, 'Cyprus', 'Cypriot', 'CY'],
  [2026, 'Ireland', 'Irish', 'IE'],
  [2027, 'Lithuania', 'Lithuanian', 'LT'],
  [2027, 'Greece', 'Greek', 'EL'],
];

/** The year of the first Presidency of the table (which starts in January). */
const FIRST_YEAR = 2008;
/** Where "YYYY-MM-DD" has its digits. */
const DIGIT_PLACES = [0, 1, 2, 3, 5, 6, 8, 9];

/** Council Presidencies from January 2008 to December 2027, in order. */
export const PRESIDENCIES: readonly Presidency[] = ROTATION.map(([year, country, adjective, code], i) => ({
  country,
  adjective,
  code,
  start: i % 2 === 0 ? `${year}-01-01` : `${year}-07-01`,
  end: i % 2 === 0 ? `${year}-06-30` : `${year}-12-31`,
}));

/** Other words a Presidency is named by: "the Hellenic Presidency", "the Netherlands Presidency". */
const OTHER_ADJECTIVES: Record<string, string> = { Hellenic: 'Greece', Netherlands: 'Netherlands' };

/** Every word a Presidency is named by ("Swedish", "Hellenic"), each once. */
export const PRESIDENCY_ADJECTIVES: readonly string[] = [
  ...new Set([...PRESIDENCIES.map((p) => p.adjective), ...Object.keys(OTHER_ADJECTIVES)]),
];

/** The Council codes of the Member States ("SE", "EL"), each once: every one holds a Presidency of the table. */
export const COUNTRY_CODES: readonly string[] = [...new Set(PRESIDENCIES.map((p) => p.code))];

/**
 * The Member States by name ("Germany", "the Netherlands", also "Czechia"), each once: every one
 * holds a Presidency of the table.
 */
export const MEMBER_STATE_NAMES: readonly string[] = [
  ...new Set(PRESIDENCIES.map((p) => (p.country === 'Netherlands' ? 'the Netherlands' : p.country))),
  'Czechia',
];

/** Each Presidency under its lower-cased adjective or other name; made once. */
const BY_ADJECTIVE: ReadonlyMap<string, Presidency> = indexBy(
  (p) => [p.adjective.toLowerCase()],
  Object.fromEntries(
    Object.entries(OTHER_ADJECTIVES).map(([name, country]) => [name.toLowerCase(), country]),
  ),
);
/** Each Presidency under its country code ("RO"). */
const BY_CODE: ReadonlyMap<string, Presidency> = indexBy((p) => [p.code], {});
/** The place of each country in `PRESIDENCIES`. */
const POSITION: ReadonlyMap<string, number> = new Map(PRESIDENCIES.map((p, i) => [p.country, i]));

/**
 * A lookup table of `PRESIDENCIES` under the keys `keysOf` gives, plus extra keys naming a
 * country; the first Presidency under a key wins, as a search in order would find it.
 */
function indexBy(
  keysOf: (p: Presidency) => string[],
  extra: Record<string, string>,
): Map<string, Presidency> {
  const table = new Map<string, Presidency>();
  for (const p of PRESIDENCIES) {
    for (const key of keysOf(p)) if (!table.has(key)) table.set(key, p);
    for (const [key, country] of Object.entries(extra))
      if (country === p.country && !table.has(key)) table.set(key, p);
  }
  return table;
}

/** The Presidency in office on an ISO date, or null outside 2008–2027. */
export function findPresidencyOn(isoDate: string): Presidency | null {
  const day = isoDate.slice(0, 10);
  const half = halfYearOf(day);
  if (half === undefined) return PRESIDENCIES.find((p) => p.start <= day && day <= p.end) ?? null;
  // the only Presidency whose first and last day share the year (and half) of `day`: the one
  // the search in order would find, if any
  const p = PRESIDENCIES[half];
  return p !== undefined && p.start <= day && day <= p.end ? p : null;
}

/**
 * The place in `PRESIDENCIES` of the half year of a "YYYY-MM-DD" day written in digits (it may be
 * before or after the table), or undefined for any other text.
 */
function halfYearOf(day: string): number | undefined {
  if (day.length !== 10 || day.charCodeAt(4) !== 45 || day.charCodeAt(7) !== 45) return undefined;
  for (const i of DIGIT_PLACES) {
    const c = day.charCodeAt(i);
    if (c < 48 || c > 57) return undefined;
  }
  const year = Number(day.slice(0, 4));
  return (year - FIRST_YEAR) * 2 + (day.slice(5, 7) <= '06' ? 0 : 1);
}

/**
 * The Presidency that follows `country`'s, or null. A country holds the Presidency every
 * thirteen years or so: with `onDate` (ISO), the term that started last on or before it counts,
 * else the latest in the table.
 */
export function findNextPresidency(country: string, onDate?: string | null): Presidency | null {
  let i = POSITION.get(country);
  if (i === undefined) return null;
  if (onDate) {
    const day = onDate.slice(0, 10);
    let found = -1;
    PRESIDENCIES.forEach((p, k) => {
      if (p.country === country && (found < 0 || p.start <= day)) found = k;
    });
    i = found;
  }
  return PRESIDENCIES[i + 1] ?? null;
}

/** The country of a Presidency adjective ("Swedish" -> "Sweden"), or null. */
export function findPresidencyByAdjective(adjective: string): Presidency | null {
  return BY_ADJECTIVE.get(adjective.toLowerCase()) ?? null;
}

/** The Presidency of a country code as Council documents write it ("RO" -> Romania), or null. */
export function findPresidencyByCode(code: string): Presidency | null {
  return BY_CODE.get(code) ?? null;
}
