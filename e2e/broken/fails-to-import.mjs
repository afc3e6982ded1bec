// Broken on purpose (see check_harness in ./dev): the file cannot load, so its test never runs.
import { test } from 'node:test';
import { missing } from './no-such-module.mjs';

test('would pass if the file loaded', () => missing());
