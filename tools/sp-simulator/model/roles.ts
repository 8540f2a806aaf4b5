/**
 * SharePoint's built-in role definitions (permission levels) and arithmetic on permission masks.
 *
 * Ids, names, RoleTypeKind, Order, Hidden, descriptions and masks are those SharePoint Online
 * returns from `_api/web/roledefinitions`, as captured in public test fixtures of the CLI for
 * Microsoft 365 (pnp/cli-microsoft365: spo roledefinition list/get and spo list get
 * --withPermissions specs) and, for Limited Access, a captured SPO role assignment response kept
 * in a public repository's comments (High 48, Low 134287360, Order 160, Hidden). The Full
 * Control, Contribute and Read masks are the ones model/users.ts has always used.
 * Not modelled: "View Only" (RoleTypeKind 0; not on a new team site's web in every tenant) and
 * custom permission levels (POST roledefinitions).
 */

/** SP.BasePermissions: two unsigned 32-bit words as strings, as OData v3 writes Edm.Int64 parts. */
// A type alias (not an interface) so it passes as the Record a complex-type body takes.
export type Mask = {
  High: string;
  Low: string;
};

export interface RoleDef {
  id: number;
  name: string;
  description: string;
  order: number;
  hidden: boolean;
  /** SP.RoleType: Guest 1, Reader 2, Contributor 3, WebDesigner 4, Administrator 5, Editor 6. */
  typeKind: number;
  mask: Mask;
}

export const ROLE_IDS = {
  limitedAccess: 1073741825,
  read: 1073741826,
  contribute: 1073741827,
  design: 1073741828,
  fullControl: 1073741829,
  edit: 1073741830,
} as const;

export const ROLE_DEFINITIONS: RoleDef[] = [
  { id: ROLE_IDS.fullControl, name: 'Full Control', description: 'Has full control.', order: 1, hidden: false, typeKind: 5, mask: { High: '2147483647', Low: '4294967295' } },
  { id: ROLE_IDS.design, name: 'Design', description: 'Can view, add, update, delete, approve, and customize.', order: 32, hidden: false, typeKind: 4, mask: { High: '432', Low: '1012866047' } },
  { id: ROLE_IDS.edit, name: 'Edit', description: 'Can add, edit and delete lists; can view, add, update and delete list items and documents.', order: 48, hidden: false, typeKind: 6, mask: { High: '432', Low: '1011030767' } },
  // Order 64 for Contribute is from memory of SPO output, not from a captured response (guess).
  { id: ROLE_IDS.contribute, name: 'Contribute', description: 'Can view, add, update, and delete list items and documents.', order: 64, hidden: false, typeKind: 3, mask: { High: '432', Low: '1011028719' } },
  { id: ROLE_IDS.read, name: 'Read', description: 'Can view pages and list items and download documents.', order: 128, hidden: false, typeKind: 2, mask: { High: '176', Low: '138612833' } },
  { id: ROLE_IDS.limitedAccess, name: 'Limited Access', description: 'Can view specific lists, document libraries, list items, folders, or documents when given permissions.', order: 160, hidden: true, typeKind: 1, mask: { High: '48', Low: '134287360' } },
];

export function roleById(id: number): RoleDef | undefined {
  return ROLE_DEFINITIONS.find((r) => r.id === id);
}

/**
 * SP.PermissionKind values (the numbering PnPjs's PermissionKind and SharePoint share): the bit
 * for kind k is bit k−1 of the 64-bit mask.
 */
export const PERMISSION = {
  viewListItems: 1,
  addListItems: 2,
  editListItems: 3,
  deleteListItems: 4,
  manageLists: 12,
  managePermissions: 26,
  enumeratePermissions: 63,
} as const;

export const EMPTY_MASK: Mask = { High: '0', Low: '0' };

/** A principal's rights are the union of every role definition bound to it (and its groups). */
export function unionMasks(masks: Mask[]): Mask {
  // Bitwise OR per 32-bit word; `>>> 0` keeps each word unsigned (no BigInt: the target is ES2019).
  let high = 0;
  let low = 0;
  for (const m of masks) {
    high = (high | Number(m.High)) >>> 0;
    low = (low | Number(m.Low)) >>> 0;
  }
  return { High: String(high), Low: String(low) };
}

export function hasPermission(mask: Mask, kind: number): boolean {
  const bit = kind - 1;
  const word = bit < 32 ? Number(mask.Low) : Number(mask.High);
  return ((word >>> (bit % 32)) & 1) === 1;
}
