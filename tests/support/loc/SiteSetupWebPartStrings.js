/** Jest stand-in for the SPFx module 'SiteSetupWebPartStrings' (see jest.config.js). */
module.exports = require('../loc.js').loadLocStrings('src/webparts/siteSetup/loc/en-us.js');
