#!/usr/bin/env node
// The package's command line, built from src/node/cli.ts.
import '../dist/node/cli.js';
