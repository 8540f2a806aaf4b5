/** Finding people of the site, for owner and reviewer pickers. */
import { DataStrings, formatString } from '../../loc/strings';
import { StoreError } from '../errors';
import { odataString, type SPFI } from '../sp/pnp';
import { toStoreError } from '../sp/toStoreError';
import type { SitePerson } from '../types';
import { TEXT_FIELD_LIMIT } from '../schema/names';

/** The most people one search returns. */
export const MAX_PEOPLE = 50;

/** SharePoint's PrincipalType for a person (groups, security groups and distribution lists are others). */
const PERSON = 1;

interface SiteUserRow {
  Id: number;
  Title?: string | null;
  Email?: string | null;
  LoginName?: string | null;
  IsHiddenInUI?: boolean;
}

/** Accounts that are people to SharePoint (PrincipalType 1) but nobody to name as an owner. */
function isServiceAccount(u: SiteUserRow): boolean {
  const login = (u.LoginName ?? '').toLowerCase();
  return u.IsHiddenInUI === true || login === 'sharepoint\\system' || login.endsWith('app@sharepoint');
}

/**
 * Users of this site (`web/siteusers`, people only) whose name or e-mail address contains the
 * query, those whose name or address starts with it first, at most `top` (1 to 50). The site's
 * users are everyone who has been given access to it or has visited it; someone in the
 * organisation who never has is not among them (the tenant's people picker would find them).
 * An empty query finds nobody. Rejects with a StoreError when SharePoint cannot be asked.
 */
export async function searchPeople(sp: SPFI, query: string, top = 10): Promise<SitePerson[]> {
  const q = query.trim().slice(0, TEXT_FIELD_LIMIT);
  if (q === '') return [];
  if (!Number.isFinite(top) || top < 1) throw new StoreError('invalid-data', DataStrings.Documents.AtLeastOnePerson);
  const n = Math.min(Math.floor(top), MAX_PEOPLE);
  const literal = odataString(q);
  try {
    // SharePoint filters siteusers on their own properties with substringof (the OData v3 form).
    const rows: SiteUserRow[] = await sp.web.siteUsers
      .filter(`PrincipalType eq ${PERSON} and (substringof(${literal},Title) or substringof(${literal},Email))`)
      .select('Id', 'Title', 'Email', 'LoginName', 'IsHiddenInUI')
      .top(n)();
    const lower = q.toLowerCase();
    const starts = (u: SitePerson): boolean => u.title.toLowerCase().startsWith(lower) || u.email.toLowerCase().startsWith(lower);
    return rows
      .filter((u) => !isServiceAccount(u))
      .map((u) => ({ id: u.Id, title: u.Title ?? '', email: u.Email ?? '', loginName: u.LoginName ?? '' }))
      .sort((a, b) => Number(starts(b)) - Number(starts(a)) || a.title.localeCompare(b.title, 'en-GB'));
  } catch (error) {
    throw toStoreError(error, { action: formatString(DataStrings.Actions.SearchPeople, q) });
  }
}
