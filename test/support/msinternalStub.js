'use strict';
/** SPFx's published CommonJS requires unpublished internal modules; tests never reach them. */
module.exports = {};
