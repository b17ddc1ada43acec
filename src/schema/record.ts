/**
 * The output contract of congvan (see README "Output schema").
 * This zod schema is the single source of truth: the TypeScript types come from
 * `z.infer`, and `schema/congvan.schema.json` is generated from it.
 */
import * as z from 'zod';
import { SCHEMA_VERSION } from './version.js';

export { SCHEMA_VERSION };

/**
 * No code generation: zod compiles a fast path for each object schema with `new Function` unless its `jitless`
 * option is set when the schema is built. It is set while congvan's schemas are built, then put back as it was,
 * so that a host program's own zod schemas are not affected (zod keeps its options on globalThis).
 */
const jitless = z.config().jitless;
z.config({ jitless: true });

const nullableString = z.string().nullable();

export const pointSchema = z.object({
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  offset: z.number().int().min(0),
});

export const positionSchema = z.object({ start: pointSchema, end: pointSchema });

export const sourceSchema = z.object({
  file: nullableString.describe('Path of the input as given, or null for stdin / in-memory text'),
  format: z.enum(['markdown', 'text', 'docx', 'pdf', 'html']).describe('Which reader built the document tree'),
  encoding: z.string().describe('Character encoding the bytes were decoded from, e.g. "utf-8"'),
  sha256: z.string().regex(/^[0-9a-f]{64}$/).describe('SHA-256 of the input bytes'),
  id: z.string().optional().describe('The id of the request in pipe mode (`parse --stdin-ndjson`), carried over as given'),
});

export const docTypeSchema = z.object({
  name: nullableString.describe('Type name in sentence case, e.g. "Công văn", "Quyết định"'),
  code: nullableString.describe('Abbreviation from Phụ lục III (QĐ, TB, KH…); null for công văn'),
});

export const numberSchema = z.object({
  value: nullableString.describe('Number and code without spaces, e.g. "6764/SYT-VP"; null when the number is left blank'),
  raw: z.string().describe('The number as printed after "Số:"'),
  seq: nullableString,
  year: nullableString,
  typeCode: nullableString,
  issuerCode: nullableString,
  unitCode: nullableString,
});

export const dateSchema = z.object({
  value: nullableString.describe('ISO 8601 date YYYY-MM-DD; null when the date is not (fully) stated'),
  place: nullableString.describe('Place name as written, e.g. "Đồng Nai"'),
});

export const issuerSchema = z.object({
  name: z.string().describe('Issuing body in sentence case, e.g. "Sở Y tế"'),
  parent: nullableString.describe('Parent body in sentence case, e.g. "UBND tỉnh Đồng Nai"'),
  inferred: z.boolean().describe('True when no header named the issuer and it was inferred'),
});

export const referenceSchema = z.object({
  number: z.string(),
  date: nullableString,
  issuer: nullableString,
  type: nullableString.describe('Type of the cited document as written, e.g. "Văn bản", "Quyết định"'),
});

export const assigneeSchema = z.object({
  name: z.string(),
  role: z.enum(['lead', 'coordinate', 'assigned']),
});

export const deadlineSchema = z.object({
  date: nullableString.describe('ISO date when the deadline is a fixed day'),
  text: z.string().describe('The deadline phrase as written'),
  recurring: z.boolean().describe('True for "hằng tháng", "trước ngày 25 hằng tháng"…'),
});

export interface Task {
  label: string;
  text: string;
  assignees: Array<z.infer<typeof assigneeSchema>>;
  deadline: z.infer<typeof deadlineSchema> | null;
  subtasks: Task[];
}

export const taskSchema: z.ZodType<Task> = z.object({
  label: z.string().describe('The item label as printed, without its dot or parenthesis: "1", "II", "a"; "-" for dash items'),
  text: z.string(),
  assignees: z.array(assigneeSchema),
  deadline: deadlineSchema.nullable(),
  get subtasks() {
    return z.array(taskSchema);
  },
});

export const directiveSchema = z
  .object({
    text: z.string().describe('The sentence (or paragraph, or "-" item) that gives the instruction, as printed, whitespace folded'),
    assignees: z
      .array(assigneeSchema)
      .describe('Who must act: "Giao X" / "giao nhiệm vụ cho X" / "đề nghị X" / "yêu cầu X" / "X có trách nhiệm" → assigned, "X chủ trì" → lead, "phối hợp (với) Y" → coordinate'),
    deadline: deadlineSchema.nullable().describe('The deadline stated in the text, or null'),
  })
  .describe('An instruction given in running text rather than as an enumerated item');

export const signerSchema = z.object({
  authority: z.enum(['TM', 'KT', 'TL', 'TUQ', 'Q']).nullable(),
  onBehalfOf: nullableString.describe('The body or head signed for, e.g. "GIÁM ĐỐC"'),
  title: nullableString.describe('Signer position as printed, e.g. "PHÓ GIÁM ĐỐC"'),
  name: nullableString,
  authorityChain: z.array(z.string()).describe('Every prefix line as printed, outermost first'),
});

export const archiveSchema = z.object({
  holders: z.array(z.string()).describe('"Lưu: VT, VP" → ["VT", "VP"]'),
  copies: z.number().int().nullable(),
});

export const messageSchema = z.object({
  ruleId: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string(),
  line: z.number().int().min(1).nullable(),
  column: z.number().int().min(1).nullable(),
});

export const recordSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  source: sourceSchema,
  docType: docTypeSchema.nullable(),
  number: numberSchema.nullable(),
  date: dateSchema.nullable(),
  issuer: issuerSchema.nullable(),
  subject: nullableString.describe('Trích yếu without "V/v" / "Về việc"'),
  recipients: z.array(z.string()).describe('Kính gửi, one entry per recipient'),
  references: z.array(referenceSchema),
  tasks: z.array(taskSchema),
  directives: z
    .array(directiveSchema)
    .describe('Instructions given in prose (sentences, paragraphs, unnumbered "-" items) outside the enumerated tasks, in order'),
  signer: signerSchema.nullable(),
  distribution: z.array(z.string()).describe('Nơi nhận, without the Lưu line'),
  archive: archiveSchema.nullable(),
  urgency: z.enum(['khẩn', 'thượng khẩn', 'hỏa tốc']).nullable(),
  confidentiality: z.enum(['mật', 'tối mật', 'tuyệt mật']).nullable(),
  positions: z.record(z.string(), positionSchema).describe('JSON Pointer → source span'),
  messages: z.array(messageSchema),
});

export const errorRecordSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  source: z.object({
    file: nullableString,
    format: nullableString,
    encoding: nullableString,
    sha256: nullableString,
    id: z.string().optional().describe('The id of the request in pipe mode (`parse --stdin-ndjson`), carried over as given'),
  }),
  error: z.object({ code: z.string(), message: z.string() }),
});

/** Any record congvan writes: a parsed document, or the error record of an input that could not be read or parsed. */
export const anyRecordSchema = z.union([recordSchema, errorRecordSchema]);

z.config({ jitless });

export type DispatchRecord = z.infer<typeof recordSchema>;
export type ErrorRecord = z.infer<typeof errorRecordSchema>;
export type Message = z.infer<typeof messageSchema>;
export type Position = z.infer<typeof positionSchema>;
export type Point = z.infer<typeof pointSchema>;
export type Reference = z.infer<typeof referenceSchema>;
export type Signer = z.infer<typeof signerSchema>;
export type Assignee = z.infer<typeof assigneeSchema>;
export type Deadline = z.infer<typeof deadlineSchema>;
export type Directive = z.infer<typeof directiveSchema>;
