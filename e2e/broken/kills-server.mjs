// Broken on purpose (see check_harness in ./dev): the test itself passes, but the test server dies
// mid-run, as it would after a crash.
import { test } from 'node:test';

test('passes while the server it was given dies', () => {
  process.kill(Number(process.env.ECHOES_SERVER_PID), 'SIGKILL');
});
