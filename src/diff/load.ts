/** An operand of `congvan diff`: a document in any format parse reads, or a JSON record that parse wrote. */
import { CongvanError } from '../errors.js';
import { recordSchema, type DispatchRecord } from '../schema/record.js';
import { loadDocument, type LoadOptions } from '../check/load.js';

export async function loadRecord(bytes: Uint8Array, options: LoadOptions): Promise<DispatchRecord> {
  const head = Buffer.from(bytes.subarray(0, 64)).toString('utf8').replace(/^\ufeff/u, '').trimStart();
  if (head.startsWith('{') && /"schemaVersion"\s*:/u.test(Buffer.from(bytes).toString('utf8'))) {
    let json: unknown;
    try {
      json = JSON.parse(Buffer.from(bytes).toString('utf8').replace(/^\ufeff/u, ''));
    } catch (error) {
      throw new CongvanError('invalid-record', `not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (typeof json === 'object' && json !== null && 'error' in json) throw new CongvanError('invalid-record', 'is an error record (the document could not be parsed)');
    const checked = recordSchema.safeParse(json);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      throw new CongvanError('invalid-record', `not a congvan record: /${issue?.path.join('/') ?? ''}: ${issue?.message ?? ''}`);
    }
    return checked.data;
  }
  return (await loadDocument(bytes, options)).record;
}
