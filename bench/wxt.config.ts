/**
 * The project's WXT config with a private output folder, so the bench's production build neither
 * races nor replaces the `.output` that e2e tests and other builds use at the same time.
 */
import { defineConfig } from 'wxt';
import projectConfig from '../wxt.config';

export const BENCH_OUT_DIR = 'node_modules/.cache/pmo-lens-bench/output';

export default defineConfig({ ...projectConfig, outDir: BENCH_OUT_DIR });
