/**
 * `s3://bucket/prefix` locations. Kept apart from the S3 reader so that parsing flags does not
 * load the AWS SDK.
 */
import { ConfigurationError } from '../errors.js';

/** A bucket and a key prefix (no leading slash; '' for the whole bucket). */
export interface S3Location {
  bucket: string;
  prefix: string;
}

/** Parses `s3://bucket/optional/prefix`. */
export function parseS3Url(url: string): S3Location {
  const m = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(?:\/(.*))?$/.exec(url);
  if (!m?.[1])
    throw new ConfigurationError(`--source: '${url}' is not an S3 location; expected s3://bucket/prefix`);
  return { bucket: m[1], prefix: m[2] ?? '' };
}
