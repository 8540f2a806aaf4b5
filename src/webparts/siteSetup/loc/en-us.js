define([], function () {
  return {
    PropertyPaneDescription: 'Settings for NIMM site set-up.',
    BasicGroupName: 'Display',
    TitleFieldLabel: 'Heading shown above set-up'
  };
});
