/**
 * Where the content script runs: the job boards PMO Lens reads by itself. Every other page is read
 * only when the user clicks the toolbar icon (activeTab + scripting). Listed in the README.
 */
export const BOARD_MATCHES = ['https://www.linkedin.com/jobs/*', 'https://*.indeed.com/*'] as const;
