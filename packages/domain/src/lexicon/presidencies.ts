/** One six-month rotating Presidency of the Council of the EU. */
export interface Presidency {
  country: string;
  adjective: string;
  /** First and last day, ISO. */
  start: string;
  end: string;
}

const ROTATION: [number, string, string][] = [
  [2015, 'Latvia', 'Latvian'],
  [2015, 'Luxembourg', 'Luxembourg'],
  [2016, 'Netherlands', 'Dutch'],
  [2016, 'Slovakia', 'Slovak'],
  [2017, 'Malta', 'Maltese'],
  [2017, 'Estonia', 'Estonian'],
  [2018, 'Bulgaria', 'Bulgarian'],
  [2018, 'Austria', 'Austrian'],
  [2019, 'Romania', 'Romanian'],
  [2019, 'Finland', 'Finnish'],
  [2020, 'Croatia', 'Croatian'],
  [2020, 'Germany', 'German'],
  [2021, 'Portugal', 'Portuguese'],
  [2021, 'Slovenia', 'Slovenian'],
  [2022, 'France', 'French'],
  [2022, 'Czech Republic', 'Czech'],
  [2023, 'Sweden', 'Swedish'],
  [2023, 'Spain', 'Spanish'],
  [2024, 'Belgium', 'Belgian'],
  [2024, 'Hungary', 'Hungarian'],
  [2025, 'Poland', 'Polish'],
  [2025, 'Denmark', 'Danish'],
  [2026, 'Cyprus', 'Cypriot'],
  [2026, 'Ireland', 'Irish'],
  [2027, 'Lithuania', 'Lithuanian'],
  [2027, 'Greece', 'Greek'],
];

/** Council Presidencies from January 2015 to December 2027, in order. */
export const PRESIDENCIES: readonly Presidency[] = ROTATION.map(([year, country, adjective], i) => ({
  country,
  adjective,
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
