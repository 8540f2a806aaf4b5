/**
 * Who can sign in, and the site group each role puts them in. What a group may do comes from its
 * role assignments (model/permissions.ts, permission levels in model/roles.ts): by default the
 * Owners group has Full Control, Members Contribute (no Manage Lists; modern team sites give
 * members "Edit", which includes it, and the suite asks for Contribute so set-up stays with
 * owners) and Visitors Read.
 */
import { SimUser } from '../types';

export const DEFAULT_USERS: SimUser[] = [
  { id: 7, login: 'i:0#.f|membership|olivia.owen@example.nhs.uk', title: 'Olivia Owen', email: 'olivia.owen@example.nhs.uk', role: 'owner' },
  { id: 8, login: 'i:0#.f|membership|marcus.reid@example.nhs.uk', title: 'Marcus Reid', email: 'marcus.reid@example.nhs.uk', role: 'member' },
  { id: 9, login: 'i:0#.f|membership|vera.lane@example.nhs.uk', title: 'Vera Lane', email: 'vera.lane@example.nhs.uk', role: 'visitor' },
];

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
