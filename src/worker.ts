/**
 * Entry of the worker bundle (dist/worker.js). It holds only the reader and the analysis, not the
 * AWS SDK or the Action toolkit, so that each worker thread starts small and fast. One bundle, two
 * jobs: local files (src/workers.ts) or the bytes of S3 objects (src/object-worker.ts).
 */
import { isObjectWorker, runObjectWorker } from './object-worker.js';
import { runScanWorker } from './workers.js';

void (isObjectWorker() ? runObjectWorker() : runScanWorker());
