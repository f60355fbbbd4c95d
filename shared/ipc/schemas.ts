import { z } from 'zod';
import type { BridgeMethod } from './channels';
import {
  EXPORT_CHOICES_MAX_KEYS,
  FILE_NAME_MAX_CHARS,
  PATH_MAX_CHARS,
  PRACTICE_MAX_SCENARIOS,
  SCENARIO_ID_MAX_CHARS,
  SETTING_TEXT_MAX_CHARS,
} from './limits';
import type { ExamFilter } from '../exam/coverage';
import { FORMAT_LIMITS } from '../format/limits';
import { payloadExcess } from './payloadBounds';

/**
 * Argument schemas for every bridge method, applied where untrusted calls arrive (IPC handlers, the
 * local host). Documents are checked for shape only here; the format's own validator runs on the
 * service side and reports problems in the user's words.
 */

const noNul = (value: string): boolean => !value.includes('\0');

export const pathSchema = z
  .string()
  .min(1, 'The path is empty.')
  .max(PATH_MAX_CHARS, `The path is longer than ${PATH_MAX_CHARS} characters.`)
  .refine(noNul, 'The path contains a NUL character.');

const fileNameSchema = z
  .string()
  .min(1)
  .max(FILE_NAME_MAX_CHARS)
  .refine(noNul, 'The name contains a NUL character.');

/** More parameters than any service has; the format's validator names unknown ones. */
const PARAMS_MAX_KEYS = 100;
const SERVICE_MAX_CHARS = 64;

const idText = z.string().max(FORMAT_LIMITS.maxIdLength);
const paramValueSchema = z.union([z.number(), z.boolean(), z.string().max(FORMAT_LIMITS.maxLabelLength)]);

const nodeShapeSchema = z.looseObject({
  id: idText,
  service: z.string().max(SERVICE_MAX_CHARS),
  label: z.string().max(FORMAT_LIMITS.maxLabelLength),
  position: z.looseObject({ x: z.number(), y: z.number() }),
  params: z
    .record(z.string().max(SERVICE_MAX_CHARS), paramValueSchema)
    .refine((params) => Object.keys(params).length <= PARAMS_MAX_KEYS, `A node has more than ${PARAMS_MAX_KEYS} parameters.`),
});

const edgeShapeSchema = z.looseObject({
  id: idText,
  source: idText,
  target: idText,
});

/**
 * A list of at most `max` items, checked one item at a time and only up to the first bad one: the
 * issues of thousands of bad items would otherwise be gathered (and spread into one array) by zod.
 */
function boundedList<T extends z.ZodType>(item: T, max: number, noun: string) {
  return z
    .array(z.unknown())
    .max(max, `A design has at most ${max} ${noun}.`)
    .transform((items, context) => {
      const checked: z.output<T>[] = [];
      for (let index = 0; index < items.length; index += 1) {
        const result = item.safeParse(items[index]);
        if (!result.success) {
          for (const issue of result.error.issues.slice(0, 3)) {
            context.addIssue({ code: 'custom', message: issue.message, path: [index, ...issue.path] });
          }
          return z.NEVER;
        }
        checked.push(result.data);
      }
      return checked;
    });
}

/** The outline of a PipelineDocument; unknown keys pass so the format validator can name them. */
const documentShapeSchema = z.looseObject({
  format: z.literal('pipeboard'),
  version: z.number().int(),
  title: z.string().max(FORMAT_LIMITS.maxTitleLength),
  notes: z.string().max(FORMAT_LIMITS.maxNotesLength),
  needs: z.looseObject({}),
  settings: z.looseObject({}),
  nodes: boundedList(nodeShapeSchema, FORMAT_LIMITS.maxNodes, 'nodes'),
  edges: boundedList(edgeShapeSchema, FORMAT_LIMITS.maxEdges, 'edges'),
});

export const saveRequestSchema = z.strictObject({
  path: pathSchema,
  document: documentShapeSchema,
  expectedMtimeMs: z.number().nonnegative().optional(),
  force: z.boolean().optional(),
});

/** What File → Export… (and `pipeboard export`) can write. */
export const EXPORT_FORMAT_VALUES = ['svg', 'png', 'pdf', 'md', 'csv', 'json'] as const;

export const exportDesignRequestSchema = z.strictObject({
  path: pathSchema,
  format: z.enum(EXPORT_FORMAT_VALUES),
  document: documentShapeSchema,
  theme: z.enum(['light', 'dark']),
  scale: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
  paper: z.enum(['a4', 'letter']).optional(),
  include: z.strictObject({ cost: z.boolean(), issues: z.boolean(), notes: z.boolean() }),
});

const settingTextSchema = z.string().max(SETTING_TEXT_MAX_CHARS);

const exportChoicesSchema = z
  .record(z.string().max(100), z.union([settingTextSchema, z.number(), z.boolean()]))
  .refine((choices) => Object.keys(choices).length <= EXPORT_CHOICES_MAX_KEYS, 'Too many export choices.');

/** Scenario ids are lower-case words joined by hyphens ("seed-q1"), which also keeps `__proto__` out. */
export const scenarioIdSchema = z
  .string()
  .max(SCENARIO_ID_MAX_CHARS)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'A scenario id is lower-case words joined by hyphens.');

const practiceRecordShape = {
  answered: z.boolean(),
  correct: z.boolean(),
  lastAttemptAt: z.iso.datetime({ offset: true }),
  lastMode: z.enum(['answer', 'build']),
  attempts: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  lastChoice: z.enum(['A', 'B', 'C', 'D']).optional(),
  lastVerdict: z.enum(['pass', 'pass-with-warnings', 'fail']).optional(),
};

export const practiceRecordSchema = z.strictObject(practiceRecordShape);

/** The same record read leniently from disk: keys a newer Pipeboard added are dropped. */
export const storedPracticeRecordSchema = z.object(practiceRecordShape);

const practiceProgressSchema = z
  .record(scenarioIdSchema, practiceRecordSchema)
  .refine((records) => Object.keys(records).length <= PRACTICE_MAX_SCENARIOS, 'Too many practice records.');

/** The workspace's panels as last left: sizes in CSS pixels and which are collapsed (all optional). */
const panelPx = z.number().int().min(0).max(4000);
export const panelLayoutSchema = z
  .strictObject({ paletteWidth: panelPx, inspectorWidth: panelPx, bottomHeight: panelPx, paletteCollapsed: z.boolean(), inspectorCollapsed: z.boolean(), bottomCollapsed: z.boolean() })
  .partial();

/** Which exam's questions Practice lists (`all`, or one exam code). */
export const practiceExamSchema = z.enum(['all', 'MLS-C01', 'MLA-C01'] as const satisfies readonly ExamFilter[]);

export const appSettingsSchema = z.strictObject({
  reopenLastDocument: z.boolean(),
  theme: z.enum(['system', 'light', 'dark']),
  exportChoices: exportChoicesSchema.optional(),
  practice: practiceProgressSchema.optional(),
  panels: panelLayoutSchema.optional(),
  practiceExam: practiceExamSchema.optional(),
});

export const settingsPatchSchema = appSettingsSchema.partial();

/** A document session's id (random, made by the page) and a recovery slot id (`<session>.<12 hex>`). */
export const sessionIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'Not a session id.');
export const recoveryKeySchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}(\.[0-9a-f]{12})?$/, 'Not a recovery copy id.');
const autosaveSessionSchema = z.strictObject({ id: sessionIdSchema, mtimeMs: z.number().nonnegative().optional() });
const recoveryQuerySchema = z.strictObject({ session: sessionIdSchema, reloadedFrom: sessionIdSchema.optional() });

/** JSON turns a trailing `undefined` in an argument list into `null`; both mean "absent". */
const optionalArg = <T extends z.ZodType>(schema: T) =>
  schema.nullish().transform((value) => value ?? undefined);

const noArgs = z.tuple([]);

const argSchemas = {
  info: noArgs,
  pickOpenPath: noArgs,
  pickSavePath: z.tuple([fileNameSchema]),
  listDirectory: z.tuple([pathSchema]),
  openDocument: z.tuple([pathSchema]),
  saveDocument: z.tuple([saveRequestSchema]),
  fileModifiedAt: z.tuple([pathSchema]),
  recentFiles: noArgs,
  removeRecent: z.tuple([pathSchema]),
  exportDesign: z.tuple([exportDesignRequestSchema]),
  getSettings: noArgs,
  setSettings: z.tuple([settingsPatchSchema]),
  autosave: z.tuple([documentShapeSchema, optionalArg(pathSchema), optionalArg(autosaveSessionSchema)]),
  pendingRecovery: z.tuple([optionalArg(recoveryQuerySchema)]),
  discardRecovery: z.tuple([optionalArg(recoveryKeySchema)]),
} satisfies Record<BridgeMethod, z.ZodType<readonly unknown[]>>;

type BridgeArgsByMethod = { [M in BridgeMethod]: z.output<(typeof argSchemas)[M]> };
export type BridgeArgs<M extends BridgeMethod> = BridgeArgsByMethod[M];

// Mapped so that indexing with a generic method keeps the schema and its output paired.
export const BRIDGE_ARG_SCHEMAS: { [M in BridgeMethod]: z.ZodType<BridgeArgsByMethod[M]> } = argSchemas;

/** The arguments as checked, or one sentence naming the first few things wrong with them. */
export function parseBridgeArgs<M extends BridgeMethod>(
  method: M,
  args: unknown,
): { ok: true; args: BridgeArgs<M> } | { ok: false; message: string } {
  const excess = payloadExcess(args);
  if (excess !== undefined) return { ok: false, message: `Invalid arguments for ${method}: ${excess}` };
  const schema: z.ZodType<BridgeArgs<M>> = BRIDGE_ARG_SCHEMAS[method];
  const result = schema.safeParse(args);
  if (result.success) return { ok: true, args: result.data };
  return { ok: false, message: describeIssues(method, result.error.issues) };
}

function describeIssues(method: string, issues: readonly z.core.$ZodIssue[]): string {
  const shown = issues.slice(0, 3).map((issue) => {
    const where = issue.path.length > 0 ? issue.path.map(String).join('.') : 'arguments';
    return `${where}: ${issue.message}`;
  });
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : '';
  return `Invalid arguments for ${method}: ${shown.join('; ')}${more}`;
}
