define([], function () {
  return {
    PropertyPaneDescription: 'Settings for the NIMM roadmap.',
    BasicGroupName: 'Display',
    TitleFieldLabel: 'Heading shown above the roadmap',
    SiteUrlFieldLabel: 'NIMM site address',
    SiteUrlFieldDescription: 'Leave empty to use this site. In a Teams tab, the address of the SharePoint site that holds the NIMM lists (a channel tab runs on the team\u2019s own site).'
  };
});
