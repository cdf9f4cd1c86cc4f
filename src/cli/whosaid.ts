// Entry point of the bundled CLI (dist/cli/whosaid.mjs, started by bin/whosaid.js).
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2), process.stdout, process.stderr);
