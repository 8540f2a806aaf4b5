/**
 * Who can sign in and what each role may do. Permission masks use SharePoint's real
 * SPBasePermissions bit layout (Low = bits 0–31, High = bits 32–63), as the built-in permission
 * levels grant them:
 * - owner → Full Control: High 2147483647, Low 4294967295
 * - member → Contribute: High 432, Low 1011028719 (no ManageLists, bit 11). Modern team sites give
 *   members "Edit", which does include ManageLists; the suite asks members to be Contribute so
 *   set-up stays with owners.
 * - visitor → Read: High 176, Low 138612833
 */
import { SimUser } from '../types';

export const DEFAULT_USERS: SimUser[] = [
  { id: 7, login: 'i:0#.f|membership|olivia.owen@example.nhs.uk', title: 'Olivia Owen', email: 'olivia.owen@example.nhs.uk', role: 'owner' },
  { id: 8, login: 'i:0#.f|membership|marcus.reid@example.nhs.uk', title: 'Marcus Reid', email: 'marcus.reid@example.nhs.uk', role: 'member' },
  { id: 9, login: 'i:0#.f|membership|vera.lane@example.nhs.uk', title: 'Vera Lane', email: 'vera.lane@example.nhs.uk', role: 'visitor' },
];

/** Int64 masks are strings in SharePoint's JSON, as OData v3 writes Edm.Int64. */
export const MASKS: Record<SimUser['role'], { High: string; Low: string }> = {
  owner: { High: '2147483647', Low: '4294967295' },
  member: { High: '432', Low: '1011028719' },
  visitor: { High: '176', Low: '138612833' },
};

/** Site groups in the shape of a modern team site's associated groups. */
export const GROUPS: { id: number; role: SimUser['role']; suffix: string }[] = [
  { id: 3, role: 'owner', suffix: 'Owners' },
  { id: 4, role: 'visitor', suffix: 'Visitors' },
  { id: 5, role: 'member', suffix: 'Members' },
];

/**
 * Finds a user by what a cookie or header names: the claims login, the e-mail, or the part after
 * the last `|`, ignoring case.
 */
export function findUser(users: SimUser[], name: string | undefined): SimUser | undefined {
  if (!name) return undefined;
  const n = name.trim().toLowerCase();
  return users.find((u) => {
    const login = u.login.toLowerCase();
    return login === n || u.email.toLowerCase() === n || login.split('|').pop() === n;
  });
}

/** Everyone but visitors may add, edit and delete items and files. */
export function canEditItems(u: SimUser): boolean {
  return u.role !== 'visitor';
}

/** Creating or changing lists and fields needs Manage Lists: owners only here. */
export function canManageLists(u: SimUser): boolean {
  return u.role === 'owner';
}
