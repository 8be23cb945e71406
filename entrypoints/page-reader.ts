import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readThisPage } from '../src/content/read-this-page';

// Injected on demand (activeTab + scripting) into pages with no content script; its return value
// is what scripting.executeScript hands back to the background.
export default defineUnlistedScript(() => readThisPage());
