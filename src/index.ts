/**
 * The GitHub Action's entry point (action.yml `main`). The same bundle runs the scan workers.
 */
import { fileURLToPath } from 'node:url';
import { run } from './main.js';
import { isScanWorker, runScanWorker } from './workers.js';

if (isScanWorker()) void runScanWorker();
else void run(fileURLToPath(import.meta.url));
