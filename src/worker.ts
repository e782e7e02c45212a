/**
 * Entry of the scan worker bundle (dist/worker.js). It holds only the reader and the analysis,
 * not the AWS SDK or the Action toolkit, so that each worker thread starts small and fast.
 */
import { runScanWorker } from './workers.js';

void runScanWorker();
