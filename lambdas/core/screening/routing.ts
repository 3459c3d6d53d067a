import type { Organisation, PathwaysCatalogue, Route } from './catalogue';

/** Where the person lives and what they speak: all routing looks at. */
export interface Reach {
  /** ISO 3166-1 alpha-2, or undefined when not known ("other", skipped, urgent path). */
  country?: string;
  language: string;
}

const coversCountry = (countries: '*' | string[], country: string | undefined) =>
  countries === '*' || (country !== undefined && countries.includes(country));

/** Whether a route is offered where the person lives and in their language. */
export function routeCovers(route: Route, reach: Reach): boolean {
  return coversCountry(route.countries, reach.country) && route.languages.includes(reach.language);
}

/**
 * The one organisation a referral goes to: the first of the route's
 * organisations (urgent: of those taking urgent referrals) that covers the
 * person's country and language, else the catalogue's default organisation,
 * so no referral is ever left without someone to read it.
 */
export function chooseOrganisation(catalogue: PathwaysCatalogue, route: Route | 'urgent', reach: Reach): Organisation {
  const candidates =
    route === 'urgent'
      ? catalogue.organisations.filter((o) => o.urgent)
      : route.organisations.map((id) => catalogue.organisations.find((o) => o.id === id)).filter((o): o is Organisation => o !== undefined);
  const match = candidates.find((o) => coversCountry(o.countries, reach.country) && o.languages.includes(reach.language));
  const fallback = catalogue.organisations.find((o) => o.id === catalogue.defaultOrganisation);
  const chosen = match ?? fallback;
  if (!chosen) throw new Error(`default organisation ${catalogue.defaultOrganisation} is not in the catalogue`);
  return chosen;
}

/** The answer to the country question as an ISO code, or undefined for "other" and skips. */
export function countryOf(answer: unknown): string | undefined {
  return typeof answer === 'string' && /^[a-z]{2}$/.test(answer) ? answer.toUpperCase() : undefined;
}
