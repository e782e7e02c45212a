/**
 * The GitHub Action's entry point (action.yml `main`).
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from './main.js';
import { WORKER_BUNDLE } from './workers.js';

// Scan worker threads run the small bundle built beside this one.
void run(join(dirname(fileURLToPath(import.meta.url)), WORKER_BUNDLE));
