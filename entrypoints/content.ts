import { defineContentScript } from 'wxt/utils/define-content-script';
import { BOARD_MATCHES } from '../src/content/matches';
import { watchPage } from '../src/content/watch-page';

export default defineContentScript({
  matches: [...BOARD_MATCHES],
  runAt: 'document_idle',
  main: (ctx) => watchPage(ctx),
});
