/** The encodings `--encoding` and `ParseOptions.encoding` accept; `auto` detects. Kept apart so the CLI can list them without loading the decoders. */
export const ENCODINGS = ['auto', 'utf-8', 'utf-16le', 'utf-16be', 'windows-1258', 'tcvn3', 'vni'] as const;
export type EncodingChoice = (typeof ENCODINGS)[number];
