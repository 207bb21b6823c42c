'use strict';
/** jsdom plus Node's fetch API, which PnPjs needs and jsdom lacks. */
const { TestEnvironment } = require('jest-environment-jsdom');
const { TextEncoder, TextDecoder } = require('util');

class JsdomWithFetch extends TestEnvironment {
  async setup() {
    await super.setup();
    const g = this.global;
    g.fetch = fetch;
    g.Response = Response;
    g.Request = Request;
    g.Headers = Headers;
    g.AbortController = AbortController;
    g.TextEncoder = TextEncoder;
    g.TextDecoder = TextDecoder;
    g.structuredClone = structuredClone;
  }
}

module.exports = JsdomWithFetch;
