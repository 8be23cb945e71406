/**
 * Every permission the extension asks for, with the reason shown in the README.
 * A test reads the built manifest and fails on anything not listed here.
 */
export const manifestPermissions = {
  permissions: {
    storage:
      'Keep the latest analysis per tab (session storage) and your settings (local storage). Nothing is synced.',
    activeTab:
      'Read the job ad on the page you are on when you click the toolbar icon, on sites with no built-in support.',
    scripting: 'Run the page reader on that page, only after your click (with activeTab).',
    contextMenus: 'The right-click "Analyse selection with PMO Lens" entry.',
  },
} as const;

export const manifestPermissionNames = Object.keys(manifestPermissions.permissions) as Array<
  keyof typeof manifestPermissions.permissions
>;
