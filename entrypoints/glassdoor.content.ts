import { defineContentScript } from 'wxt/utils/define-content-script';
import { boardContentScript } from '../src/content/board-script';
import { glassdoor } from '../src/extract/sites/glassdoor';

export default defineContentScript(boardContentScript([glassdoor]));
