import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Folder of Meta's example payloads and OpenAPI spec, copied into the repo (see PROVENANCE.md). */
export const FIXTURES_DIR = fileURLToPath(new URL('../../../fixtures/whatsapp/', import.meta.url));

/** Names of the fixture files starting with `prefix`, sorted. */
export function fixtureNames(prefix: string): string[] {
  return readdirSync(FIXTURES_DIR)
    .filter((f) => f.startsWith(prefix) && f.endsWith('.json'))
    .sort();
}

/** Raw bytes of a fixture, exactly as stored. */
export function fixtureText(name: string): string {
  return readFileSync(FIXTURES_DIR + name, 'utf8');
}

/** A fixture parsed as JSON. */
export function fixtureJson(name: string): unknown {
  return JSON.parse(fixtureText(name)) as unknown;
}
