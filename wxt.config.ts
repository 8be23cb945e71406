import { defineConfig } from 'wxt';
import { manifestPermissionNames } from './src/permissions';

export default defineConfig({
  // Explicit imports only: every module says where its names come from.
  imports: false,
  // The end-to-end tests build into a folder of their own, so a build running beside them
  // (`npm run build`, the bench) never swaps files under a browser that is using them.
  outDir: process.env.PMO_LENS_OUT_DIR || '.output',
  // Chrome and Firefox preload modules natively; Vite's polyfill is the build's only `fetch(` call.
  vite: () => ({ build: { modulePreload: { polyfill: false } } }),
  manifest: ({ browser }) => ({
    name: 'PMO Lens',
    description:
      'Is this job ad PMO work or project management? See the verdict, the reasons and an expected pay range. Runs locally; sends nothing.',
    permissions: [...manifestPermissionNames],
    action: { default_title: 'PMO Lens' },
    // Firefox wants a stable add-on id, and asks add-ons to declare what data they collect: none.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'pmo-lens@pmo-lens.invalid', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
});
