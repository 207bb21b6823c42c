'use strict';
/** Turns SPFx's AMD loc files (define([], function () { return {...}; })) into CommonJS. */
module.exports = {
  process(source) {
    return {
      code: `var define = function (deps, factory) { module.exports = factory(); };\n${source}`
    };
  }
};
