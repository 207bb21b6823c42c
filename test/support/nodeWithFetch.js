'use strict';
/** Jest's node environment plus Node's own fetch API (PnPjs needs fetch, Headers, Response). */
const NodeEnvironment = require('jest-environment-node');
const TestEnvironment = NodeEnvironment.TestEnvironment || NodeEnvironment.default;

class NodeWithFetch extends TestEnvironment {
  async setup() {
    await super.setup();
    const g = this.global;
    g.fetch = fetch;
    g.Response = Response;
    g.Request = Request;
    g.Headers = Headers;
    g.FormData = FormData;
    g.AbortController = AbortController;
    g.AbortSignal = AbortSignal;
    g.DOMException = DOMException;
    g.structuredClone = structuredClone;
  }
}

module.exports = NodeWithFetch;
