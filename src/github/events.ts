/**
 * The events a mode that writes (to the repository or to AWS) refuses: on a pull request, its
 * author would choose what is written.
 */
import { ConfigurationError } from '../errors.js';

/** Throws when the workflow runs on `pull_request` or `pull_request_target`; `runOn` says where to run instead. */
export function refuseOnPullRequests(
  mode: string,
  runOn: string,
  env: NodeJS.ProcessEnv = process.env,
): void {
  const event = env['GITHUB_EVENT_NAME'] ?? '';
  if (event === 'pull_request' || event === 'pull_request_target')
    throw new ConfigurationError(`mode ${mode} does not run on ${event}: run it on ${runOn}`);
}
