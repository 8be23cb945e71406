/**
 * Where content scripts run: the job boards PMO Lens reads by itself (each board's patterns live in
 * its adapter). Every other page is read only when the user clicks the toolbar icon.
 */
import { SITES } from '../extract/sites/index';

export const BOARD_MATCHES: readonly string[] = SITES.flatMap((site) => [...site.matchPatterns]);
