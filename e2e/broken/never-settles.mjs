// Broken on purpose (see check_harness in ./dev): still pending when the event loop empties, so
// Node's runner counts it as cancelled rather than failed.
import { test } from 'node:test';

test('waits for a promise that never settles', () => new Promise(() => {}));
