/**
 * The Action's inputs as the runner passes them (`INPUT_<NAME>` environment variables), set for
 * one test and cleared after it, for tests of src/inputs.ts read in-process.
 */
import { afterEach } from 'vitest';
import { inputVariable } from './action.js';

/** Sets inputs for the current test; call once per test file (it registers the cleanup). */
export function actionInputsPerTest(): ((inputs: Record<string, string>) => void) & { clear(): void } {
  const set: string[] = [];
  const clear = () => {
    for (const variable of set.splice(0)) delete process.env[variable];
  };
  afterEach(clear);
  const withInputs = (inputs: Record<string, string>) => {
    for (const [name, value] of Object.entries(inputs)) {
      const variable = inputVariable(name);
      process.env[variable] = value;
      set.push(variable);
    }
  };
  return Object.assign(withInputs, { clear });
}
