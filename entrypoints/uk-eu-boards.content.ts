import { defineContentScript } from 'wxt/utils/define-content-script';
import { boardContentScript } from '../src/content/board-script';
import { reed } from '../src/extract/sites/reed';
import { stepstone } from '../src/extract/sites/stepstone';
import { welcometothejungle } from '../src/extract/sites/welcometothejungle';

export default defineContentScript(boardContentScript([reed, stepstone, welcometothejungle]));
