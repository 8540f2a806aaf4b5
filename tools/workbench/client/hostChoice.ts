/** The workbench's "Shown as" switch: which host and theme the web parts are drawn for. */
export type HostChoice = 'sharepoint' | 'teams-default' | 'teams-dark' | 'teams-contrast';

const CHOICES: HostChoice[] = ['sharepoint', 'teams-default', 'teams-dark', 'teams-contrast'];
const PARAM = 'nimmHost';

/** The choice in a page address's query (?nimmHost=teams-dark); SharePoint when absent or unknown. */
export function readHostChoice(search: string): HostChoice {
  const value = new URLSearchParams(search).get(PARAM);
  return CHOICES.find((c) => c === value) ?? 'sharepoint';
}

/** The address with the choice in it (and without it for SharePoint, the default). */
export function writeHostChoice(href: string, choice: HostChoice): string {
  const url = new URL(href);
  if (choice === 'sharepoint') url.searchParams.delete(PARAM);
  else url.searchParams.set(PARAM, choice);
  return url.toString();
}
