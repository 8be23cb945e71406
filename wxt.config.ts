import { defineConfig } from 'wxt';
import { manifestPermissionNames } from './src/permissions';

export default defineConfig({
  // Explicit imports only: every module says where its names come from.
  imports: false,
  manifest: {
    name: 'PMO Lens',
    description:
      'Is this job ad PMO work or project management? See the verdict, the reasons and an expected pay range. Runs locally; sends nothing.',
    permissions: [...manifestPermissionNames],
    action: { default_title: 'PMO Lens' },
  },
});
