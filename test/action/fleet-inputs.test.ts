/**
 * The Action's inputs of a run over many accounts and regions (`regions`, `accounts`,
 * `role-name`, `organization`, `max-parallel`), read by src/inputs.ts as the runner passes them:
 * `INPUT_<NAME>` environment variables, lists newline- or comma-separated.
 */
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/errors.js';
import { fleetFlagsOf } from '../../src/fleet/flags.js';
import { readInputs } from '../../src/inputs.js';
import { actionInputsPerTest } from '../helpers/action-inputs.js';

const withInputs = actionInputsPerTest();

describe('the fleet inputs', () => {
  it('are read into the run inputs the CLI flags give', () => {
    withInputs({
      source: 'auto',
      regions: 'eu-west-1\nus-east-1',
      accounts: '111111111111, 222222222222',
      'role-name': 'SgFlowAudit',
      'max-parallel': '8',
    });
    const inputs = readInputs();
    expect([
      inputs.regions,
      inputs.accounts,
      inputs.roleName,
      inputs.organization,
      inputs.maxParallel,
    ]).toEqual([['eu-west-1', 'us-east-1'], ['111111111111', '222222222222'], 'SgFlowAudit', undefined, 8]);
    expect(fleetFlagsOf(inputs)).toEqual({
      regions: ['eu-west-1', 'us-east-1'],
      accounts: ['111111111111', '222222222222'],
      organization: false,
      roleName: 'SgFlowAudit',
      maxParallel: 8,
    });
  });

  it('organization: true lists the accounts; left out, a run is of one account as before', () => {
    withInputs({ source: 'auto', organization: 'true', 'role-name': 'audit' });
    expect(fleetFlagsOf(readInputs())?.organization).toBe(true);
    withInputs.clear();
    withInputs({ source: 'auto', region: 'eu-west-1' });
    expect(fleetFlagsOf(readInputs())).toBeUndefined();
  });

  it.each([
    [{ 'max-parallel': 'many' }, "input max-parallel: expected a number from 1 to 64, got 'many'"],
    [{ organization: 'yes' }, "input organization: expected true or false, got 'yes'"],
    [
      { mode: 'check-change', regions: 'eu-west-1' },
      'mode check-change reads one account and region: leave out regions, accounts, role-name and organization',
    ],
  ])('refuses %j with one line', (inputs, message) => {
    withInputs(inputs);
    expect(() => readInputs()).toThrow(new ConfigurationError(message));
  });
});
