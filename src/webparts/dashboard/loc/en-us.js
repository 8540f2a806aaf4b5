define([], function () {
  return {
    PropertyPaneDescription: 'Settings for the NIMM dashboard.',
    BasicGroupName: 'Display',
    TitleFieldLabel: 'Heading shown above the dashboard',
    SiteUrlFieldLabel: 'NIMM site address',
    SiteUrlFieldDescription: 'Leave empty to use this site. In a Teams tab, the address of the SharePoint site that holds the NIMM lists (a channel tab runs on the team\u2019s own site).',
    OtherSitesFieldLabel: 'Other NIMM sites to compare (across sites)',
    OtherSitesFieldDescription: 'One site address per line, for example the other trusts of your integrated care system. Each is read with the viewer\u2019s own access; a site they cannot open says so.'
  };
});
