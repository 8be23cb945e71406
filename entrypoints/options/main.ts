import { startOptions } from '../../src/ui/options';

const root = document.getElementById('app');
if (root) void startOptions(root);
