/**
 * One call to GitHub, with refusals the user fixes turned into a ConfigurationError that names
 * the step and says what to grant; shared by the pull request and the review comment.
 */
import { ConfigurationError, errorMessage } from '../errors.js';

/** The HTTP status of an Octokit error, if it has one. */
export function httpStatus(error: unknown): number | undefined {
  const value = (error as { status?: unknown } | null)?.status;
  return typeof value === 'number' ? value : undefined;
}

/** What to tell the user for a refusal: for 401/403, and for 404. */
export interface RefusalHints {
  forbidden: string;
  notFound: string;
}

/**
 * Runs `call`. A 401, 403 or 404 becomes a ConfigurationError naming `what` with the hint;
 * a rate limit that outlasted the client's retries, and anything else, is rethrown as is.
 */
export async function gitHubStep<T>(what: string, hints: RefusalHints, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const code = httpStatus(error);
    const rateLimited = /rate limit/i.test(errorMessage(error));
    if (!rateLimited && (code === 401 || code === 403 || code === 404)) {
      const hint = code === 404 ? hints.notFound : hints.forbidden;
      throw new ConfigurationError(`GitHub refused to ${what} (${code}: ${errorMessage(error)}); ${hint}`);
    }
    throw error;
  }
}
