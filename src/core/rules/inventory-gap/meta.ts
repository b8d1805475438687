import type { RuleMeta } from '../types.js';

export const meta: RuleMeta = {
  id: 'inventory-gap',
  severity: 'info',
  title: 'Scanned inventory may be missing resources',
  why: 'The Resource Groups Tagging API lists only resources that are or were tagged, and a partial scan misses whole regions or accounts; a dependency that is not in the inventory cannot be found to be a SPOF.',
  fix: 'Tag every resource you depend on (a tag policy helps), rescan what failed, or name untagged dependencies in the manifest.',
};
