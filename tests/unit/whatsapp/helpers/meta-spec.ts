import { readFileSync } from 'node:fs';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { FIXTURES_DIR } from './fixtures';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export const isObject = (v: Json | undefined): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

let cached: JsonObject | undefined;

/** Meta's OpenAPI 3.1 spec as JSON, parsed once per test file (about half a second). */
export function loadSpec(): JsonObject {
  cached ??= parse(readFileSync(FIXTURES_DIR + 'meta-business-messaging-api_v23.0.yaml', 'utf8')) as JsonObject;
  return cached;
}

/** `components.schemas` of the spec. Treat as read-only; see {@link fixAllOfAdditionalProperties} for a copy. */
export function loadSchemas(): JsonObject {
  const components = loadSpec().components;
  if (!isObject(components) || !isObject(components.schemas)) throw new Error('spec has no components.schemas');
  return components.schemas;
}

/**
 * Works around the spec defect documented in PROVENANCE.md: schemas such as
 * `TextMessage` are `allOf: [BaseMessageProperties, {additionalProperties: false, ...}]`.
 * In JSON Schema `additionalProperties` sees only its own sibling
 * `properties`, so `messaging_product`, `to`... count as "additional" and
 * every valid message is rejected. The intent ("nothing beyond the listed
 * properties") is exactly 2020-12 `unevaluatedProperties: false` on the
 * `allOf` owner, which sees through `allOf`/`$ref`. Rewrites a deep copy.
 *
 * @returns the rewritten schemas and the JSON pointers that were changed.
 */
export function fixAllOfAdditionalProperties(schemas: JsonObject): { schemas: JsonObject; fixed: string[] } {
  const copy = structuredClone(schemas);
  const fixed: string[] = [];
  const walk = (node: Json, pointer: string): void => {
    if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${pointer}/${i}`));
    if (!isObject(node)) return;
    const allOf = node.allOf;
    if (Array.isArray(allOf)) {
      let closed = false;
      for (const member of allOf) {
        if (isObject(member) && member.additionalProperties === false) {
          delete member.additionalProperties;
          closed = true;
        }
      }
      if (closed) {
        node.unevaluatedProperties = false;
        fixed.push(pointer);
      }
    }
    for (const [key, child] of Object.entries(node)) walk(child, `${pointer}/${key}`);
  };
  walk(copy, '#/components/schemas');
  return { schemas: copy, fixed };
}

/** Ajv (JSON Schema 2020-12, as OpenAPI 3.1 uses) validator for `#/components/schemas/{name}`. */
export function validatorFor(schemas: JsonObject, name: string): ValidateFunction {
  // strict: false because the spec uses OpenAPI keywords Ajv does not know (discriminator, example).
  const ajv = new Ajv2020({ strict: false, allErrors: true, logger: false });
  addFormats(ajv);
  ajv.addSchema({ components: { schemas } }, 'meta-spec');
  return ajv.compile({ $ref: `meta-spec#/components/schemas/${name}` });
}

/** The button index pattern the spec states: a character class, so the "0" of Meta's own examples fails it. */
export const BROKEN_INDEX_PATTERN = '^[2-6, 11-14]$';

/**
 * Works around the template button `index` defect (PROVENANCE.md): the
 * description says "Position index of the button (0-9)", and Meta's
 * examples send "0" and "1", so the pattern becomes `^[0-9]$`. Rewrites in place.
 *
 * @returns the JSON pointers that were changed.
 */
export function fixTemplateButtonIndex(schemas: JsonObject): string[] {
  const fixed: string[] = [];
  for (const pointer of ['TemplateComponent/properties/index', 'ButtonComponent/allOf/1/properties/index']) {
    const node = schemaAt(schemas, pointer);
    if (isObject(node) && node.pattern === BROKEN_INDEX_PATTERN) {
      node.pattern = '^[0-9]$';
      fixed.push(`#/components/schemas/${pointer}`);
    }
  }
  return fixed;
}

/** The send-message request validator, with the allOf and button index defects worked around. */
export function sendMessageValidator(): ValidateFunction {
  const { schemas } = fixAllOfAdditionalProperties(loadSchemas());
  fixTemplateButtonIndex(schemas);
  return validatorFor(schemas, 'Message');
}

/** Reads a value from the schemas by a JSON pointer such as `ActionObject/oneOf/1/...`. */
export function schemaAt(schemas: JsonObject, path: string): Json | undefined {
  return path.split('/').reduce<Json | undefined>((node, key) => {
    if (Array.isArray(node)) return node[Number(key)];
    return isObject(node) ? node[key] : undefined;
  }, schemas);
}
