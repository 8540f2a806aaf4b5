/** @jest-environment jsdom */
import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { readSiteAddress, SiteAddressPrompt, storedSiteAddress, storeSiteAddress, SITE_SETTING_KEY } from '../../src/components/shell';

const TENANT = 'https://trust.sharepoint.com';

describe('the NIMM site address', () => {
  it('reduces a page, list or library address to its site', () => {
    expect(readSiteAddress('https://trust.sharepoint.com/sites/nimm/SitePages/Home.aspx', TENANT)).toEqual({ ok: true, url: 'https://trust.sharepoint.com/sites/nimm' });
    expect(readSiteAddress('  https://trust.sharepoint.com/sites/nimm/Lists/NIMM%20Assessments/AllItems.aspx ', TENANT)).toEqual({ ok: true, url: 'https://trust.sharepoint.com/sites/nimm' });
    expect(readSiteAddress('https://TRUST.sharepoint.com/teams/it/', TENANT)).toEqual({ ok: true, url: 'https://trust.sharepoint.com/teams/it' });
  });

  it('refuses what is not an address, not https, or on another tenant, saying so', () => {
    expect(readSiteAddress('', TENANT)).toEqual({ ok: false, problem: expect.stringMatching(/Enter the address/) });
    expect(readSiteAddress('nimm site', TENANT)).toEqual({ ok: false, problem: expect.stringMatching(/"nimm site" is not a web address/) });
    expect(readSiteAddress('http://trust.sharepoint.com/sites/nimm', TENANT)).toEqual({ ok: false, problem: 'The address must start with https://.' });
    expect(readSiteAddress('javascript:alert(1)', TENANT)).toEqual({ ok: false, problem: 'The address must start with https://.' });
    expect(readSiteAddress('https://other.sharepoint.com/sites/nimm', TENANT)).toEqual({ ok: false, problem: expect.stringMatching(/trust\.sharepoint\.com/) });
  });

  it('is kept in the browser, and a browser that keeps nothing is not an error', () => {
    const kept = new Map<string, string>();
    const storage = { getItem: (k: string) => kept.get(k) ?? null, setItem: (k: string, v: string) => void kept.set(k, v) };
    expect(storedSiteAddress(storage)).toBeNull();
    expect(storeSiteAddress(storage, 'https://trust.sharepoint.com/sites/nimm')).toBe(true);
    expect(kept.get(SITE_SETTING_KEY)).toBe('https://trust.sharepoint.com/sites/nimm');
    expect(storedSiteAddress(storage)).toBe('https://trust.sharepoint.com/sites/nimm');
    const refusing = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('denied'); } };
    expect(storedSiteAddress(refusing)).toBeNull();
    expect(storeSiteAddress(refusing, 'x')).toBe(false);
  });

  it('asks for the site on first run, keeps what was typed when it is refused, and hands back the site', async () => {
    const chosen: string[] = [];
    render(<SiteAddressPrompt tenantOrigin={TENANT} onChoose={(u) => chosen.push(u)} />);
    const field = screen.getByRole('textbox', { name: /NIMM site address/ });
    fireEvent.change(field, { target: { value: 'https://elsewhere.example.com/sites/nimm' } });
    fireEvent.click(screen.getByRole('button', { name: 'Use this site' }));
    expect(await screen.findByText(/organisation\u2019s SharePoint \(trust\.sharepoint\.com\)/)).toBeTruthy();
    expect((field as HTMLInputElement).value).toBe('https://elsewhere.example.com/sites/nimm');
    fireEvent.change(field, { target: { value: 'https://trust.sharepoint.com/sites/nimm/SitePages/Dashboard.aspx' } });
    fireEvent.click(screen.getByRole('button', { name: 'Use this site' }));
    expect(chosen).toEqual(['https://trust.sharepoint.com/sites/nimm']);
  });
});
