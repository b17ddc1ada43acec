// Writes schema/congvan.schema.json from the zod schema in dist (run through `npm run schema`).
import { mkdirSync, writeFileSync } from 'node:fs';
import { formatJsonSchema } from '../dist/schema/json-schema.js';

const target = new URL('../schema/congvan.schema.json', import.meta.url);
mkdirSync(new URL('.', target), { recursive: true });
writeFileSync(target, formatJsonSchema());
console.error('wrote schema/congvan.schema.json');
