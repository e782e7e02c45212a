/**
 * The GitHub Action's entry point (action.yml `main`).
 */
import { run } from './main.js';

void run();
