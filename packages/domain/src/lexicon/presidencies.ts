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

/** Council Presidencies from January 2015 to December 2027, in order. */
export const PRESIDENCIES: readonly Presidency[] = ROTATION.map(([year, country, adjective, code], i) => ({
  country,
  adjective,
  code,
  start: i % 2 === 0 ? `${year}-01-01` : `${year}-07-01`,
  end: i % 2 === 0 ? `${year}-06-30` : `${year}-12-31`,
}));

/** The Presidency in office on an ISO date, or null outside 2015–2027. */
export function findPresidencyOn(isoDate: string): Presidency | null {
  const day = isoDate.slice(0, 10);
  return PRESIDENCIES.find((p) => p.start <= day && day <= p.end) ?? null;
}

/** The Presidency that follows `country`'s, or null. */
export function findNextPresidency(country: string): Presidency | null {
  const i = PRESIDENCIES.findIndex((p) => p.country === country);
  return i < 0 ? null : (PRESIDENCIES[i + 1] ?? null);
}

/** The country of a Presidency adjective ("Swedish" -> "Sweden"), or null. */
export function findPresidencyByAdjective(adjective: string): Presidency | null {
  const a = adjective.toLowerCase();
  return (
    PRESIDENCIES.find(
      (p) => p.adjective.toLowerCase() === a || (a === 'hellenic' && p.country === 'Greece'),
    ) ?? null
  );
}

/** The Presidency of a country code as Council documents write it ("RO" -> Romania), or null. */
export function findPresidencyByCode(code: string): Presidency | null {
  return PRESIDENCIES.find((p) => p.code === code) ?? null;
}
