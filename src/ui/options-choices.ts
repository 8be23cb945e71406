/**
 * What the settings can offer: the regions the pay table holds figures or area adjustments for,
 * and the currencies the pay stage can convert a range into. Both are read from the pay data, so
 * a region or rate added there shows up here without a second list to keep in step.
 */
import { AREA_MULTIPLIERS, CELLS } from '../pay/bands';
import { canConvertCurrency } from '../pay/convert';
import { currencyOf, regionFromCode } from '../pay/region';

export interface RegionChoice {
  code: string;
  name: string;
}

export interface RegionGroup {
  /** The country's name ("United Kingdom"). */
  label: string;
  /** The country itself first, then its areas by name. */
  regions: RegionChoice[];
}

function byName(a: { name: string }, b: { name: string }): number {
  return a.name.localeCompare(b.name, 'en');
}

export function regionGroups(): RegionGroup[] {
  const codes = new Set([...CELLS.map((cell) => cell.region), ...AREA_MULTIPLIERS.map((area) => area.area)]);
  const groups = new Map<string, { country: RegionChoice | null; areas: RegionChoice[] }>();
  for (const code of codes) {
    const region = regionFromCode(code);
    // A code the region reader cannot name would be applied as nothing: do not offer it.
    if (!region) continue;
    const group = groups.get(region.country) ?? { country: null, areas: [] };
    if (region.code === region.country) group.country = { code, name: region.name };
    else group.areas.push({ code, name: region.name });
    groups.set(region.country, group);
  }
  return [...groups.entries()]
    .map(([country, group]) => {
      const whole = group.country ?? wholeCountry(country);
      return { label: whole.name, regions: [whole, ...group.areas.sort(byName)] };
    })
    .sort((a, b) => a.label.localeCompare(b.label, 'en'));
}

function wholeCountry(country: string): RegionChoice {
  return { code: country, name: regionFromCode(country)?.name ?? country };
}

/** ISO codes of the table's countries that the pay stage can convert into, alphabetical. */
export function currencyChoices(): string[] {
  const countries = new Set(
    regionGroups().flatMap((group) => group.regions.map((r) => r.code.split('-')[0] ?? '')),
  );
  const currencies = new Set<string>();
  for (const country of countries) {
    const currency = currencyOf(country);
    if (currency && canConvertCurrency('EUR', currency)) currencies.add(currency);
  }
  return [...currencies].sort();
}
