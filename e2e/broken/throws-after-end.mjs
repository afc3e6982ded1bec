// Broken on purpose (see check_harness in ./dev): the test passes, then its leftover work throws.
import { test } from 'node:test';

test('passes, then throws from a timer after it ended', () => {
  setTimeout(() => {
    throw new Error('thrown after the test ended');
  }, 10);
});
