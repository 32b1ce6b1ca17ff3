import { Ajv2019 } from 'ajv/dist/2019.js';
import addFormats from 'ajv-formats';
import offentlig from './schema/offentlig.bekymringsmelding.v2.json' with { type: 'json' };
import adresse from './schema/adresse.json' with { type: 'json' };

/**
 * The KS Fiks schema (draft 2019-09), kept unchanged in schema/. It refers to the address schema
 * as `../adresse.json`, which against its own $id (https://fiks.ks.no/bekymringsmelding.offentlig.v2.json)
 * resolves to https://fiks.ks.no/adresse.json: the address schema is registered under that key.
 * Every export is validated before it leaves the server, so a mapping bug is a 500 and never a
 * message that child welfare's system refuses.
 */
export const ADDRESS_SCHEMA_REF = 'https://fiks.ks.no/adresse.json';

export function fiksAjv(): Ajv2019 {
  const ajv = new Ajv2019({ allErrors: true, strict: false });
  addFormats.default(ajv);
  ajv.addSchema(adresse, ADDRESS_SCHEMA_REF);
  return ajv;
}

const validate = fiksAjv().compile(offentlig);

export interface SchemaProblem {
  path: string;
  message: string;
}

/** Problems by JSON pointer (no values: a message may hold a name). Empty when the message is valid. */
export function schemaProblems(message: unknown): SchemaProblem[] {
  if (validate(message)) return [];
  return (validate.errors ?? []).map((e) => ({ path: e.instancePath || '/', message: e.message ?? e.keyword }));
}
