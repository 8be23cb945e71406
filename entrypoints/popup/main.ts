import { startPopup } from '../../src/ui/popup';

const root = document.getElementById('app');
if (root) void startPopup(root);
