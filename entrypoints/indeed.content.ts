import { defineContentScript } from 'wxt/utils/define-content-script';
import { boardContentScript } from '../src/content/board-script';
import { indeed } from '../src/extract/sites/indeed';

export default defineContentScript(boardContentScript([indeed]));
