import { defineContentScript } from 'wxt/utils/define-content-script';
import { boardContentScript } from '../src/content/board-script';
import { ashby } from '../src/extract/sites/ashby';
import { greenhouse } from '../src/extract/sites/greenhouse';
import { lever } from '../src/extract/sites/lever';
import { smartrecruiters } from '../src/extract/sites/smartrecruiters';
import { workable } from '../src/extract/sites/workable';
import { workday } from '../src/extract/sites/workday';

// Applicant-tracking systems behind company career sites: small readers, one script.
export default defineContentScript(
  boardContentScript([greenhouse, lever, workday, ashby, smartrecruiters, workable]),
);
