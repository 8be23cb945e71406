import { browser } from 'wxt/browser';
import { startPopup } from '../../src/ui/popup';

document.getElementById('open-options')?.addEventListener('click', () => {
  void browser.runtime.openOptionsPage().then(() => window.close());
});
const root = document.getElementById('app');
if (root) void startPopup(root, document.getElementById('status'));
