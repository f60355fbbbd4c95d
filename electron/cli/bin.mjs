#!/usr/bin/env node
// The `pipeboard` command: runs the TypeScript CLI through tsx, so `npx pipeboard` works right after `npm ci`.
import { register } from 'tsx/esm/api';

register();
await import('./main.ts');
