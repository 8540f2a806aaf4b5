/** Jest stand-in for the SPFx module 'ModelGuideWebPartStrings' (see jest.config.js). */
module.exports = require('../loc.js').loadLocStrings('src/webparts/modelGuide/loc/en-us.js');
