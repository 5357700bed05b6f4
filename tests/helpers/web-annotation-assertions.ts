/**
 * The W3C Web Annotation Working Group's own test assertions (../shared/schemas/web-annotation-tests),
 * run by a JSON Schema (draft-04) validator, as the group's test harness runs them: each assertion is a
 * schema with an expected result; an unexpected result fails only when the assertion says
 * `failAndContinue` (the MUSTs), not `passAndContinue` (optional features not used).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv, { type ValidateFunction } from 'ajv-draft-04';
import addFormats from 'ajv-formats';

export const assertionsRoot = fileURLToPath(new URL('../../../shared/schemas/web-annotation-tests/', import.meta.url));

interface Assertion {
  id: string;
  expectedResult?: 'valid' | 'invalid';
  onUnexpectedResult?: 'failAndContinue' | 'passAndContinue';
  errorMessage?: string;
}

function schemaFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return schemaFiles(full);
    return entry.name.endsWith('.json') ? [full] : [];
  });
}

function readSchema(file: string): Assertion {
  return JSON.parse(readFileSync(file, 'utf8')) as Assertion;
}

/**
 * The shared definitions are registered under their ids (the assertions refer to them that way);
 * each assertion is compiled from its own file, as the group's harness loads it: some assertion
 * files carry another file's id (upstream slips), so their ids are not used.
 */
function createValidator(): { ajv: Ajv; assertion: (reference: string) => ValidateFunction } {
  const ajv = new Ajv({ allErrors: false, strict: false, validateSchema: false });
  addFormats(ajv);
  for (const file of schemaFiles(path.join(assertionsRoot, 'definitions'))) ajv.addSchema(readSchema(file));
  const compiled = new Map<string, ValidateFunction>();
  const assertion = (reference: string): ValidateFunction => {
    let validate = compiled.get(reference);
    if (!validate) {
      const schema: Partial<Assertion> = readSchema(path.join(assertionsRoot, reference));
      delete schema.id;
      validate = ajv.compile(schema);
      compiled.set(reference, validate);
    }
    return validate;
  };
  return { ajv, assertion };
}

let validator: ReturnType<typeof createValidator> | undefined;

export interface AssertionFailure {
  assertion: string;
  message: string;
}

/**
 * Runs every assertion a `.test` file lists (e.g. `annotations/annotationMusts.test`) against one
 * JSON value and returns the failures; an empty list means the value passes that test.
 */
export function runAssertions(testFile: string, value: unknown): AssertionFailure[] {
  validator ??= createValidator();
  const test = JSON.parse(readFileSync(path.join(assertionsRoot, testFile), 'utf8')) as { assertions: string[] };
  const failures: AssertionFailure[] = [];
  for (const reference of test.assertions) {
    const validate = validator.assertion(reference);
    const schema = validate.schema as Assertion;
    const valid = validate(value) === true;
    const expected = (schema.expectedResult ?? 'valid') === 'valid';
    if (valid !== expected && schema.onUnexpectedResult !== 'passAndContinue') {
      failures.push({ assertion: reference, message: schema.errorMessage ?? JSON.stringify(validate.errors) });
    }
  }
  return failures;
}
