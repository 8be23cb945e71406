import { defineContentScript } from 'wxt/utils/define-content-script';
import { boardContentScript } from '../src/content/board-script';
import { linkedin } from '../src/extract/sites/linkedin';

export default defineContentScript(boardContentScript([linkedin]));
