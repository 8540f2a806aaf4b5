define([], function () {
  return {
    PropertyPaneDescription: 'Settings for the NIMM assessment.',
    BasicGroupName: 'Display',
    TitleFieldLabel: 'Heading shown above the assessment'
  };
});
