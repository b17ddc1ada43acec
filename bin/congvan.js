#!/usr/bin/env node
// The command line bundled into one file (npm run build: dist/bundle/), so that Node does not resolve and
// compile the few hundred modules of dist/ and node_modules one by one at every start (issue #4).
import { main } from '../dist/bundle/cli.js';

await main();
