define([], function () {
  return {
    PropertyPaneDescription: 'Settings for the NIMM model guide.',
    BasicGroupName: 'Display',
    TitleFieldLabel: 'Heading shown above the guide'
  };
});
