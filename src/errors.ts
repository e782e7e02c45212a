/**
 * A mistake of the user's (a bad flag, an unreadable inventory): reported as one clear line and
 * exit status 2, never with a stack trace. Anything else that is thrown is a bug.
 */
export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError';
}

/** The message of anything thrown, for logs and error lines. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
