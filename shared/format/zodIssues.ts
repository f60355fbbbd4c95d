import type { z } from 'zod';
import { SERVICE_IDS } from '../catalog/serviceIds';
import { describeValue, quoteList } from './describeValue';
import { formatPath, pathShape, type PathProblem, type PathSegment } from './paths';
import type { ProblemList } from './problemList';
import { OBJECT_KINDS } from './schema';

type Issue = z.core.$ZodIssue;

const TYPE_NOUNS: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  record: 'an object',
};

/**
 * Adds one zod issue to `list` as sentences a user understands, located by path. Zod's own messages
 * are never shown: every issue code the schema can raise has its own wording, and any other falls
 * back to "… is not valid".
 */
export function addIssue(issue: Issue, list: ProblemList): void {
  if (issue.code === 'unrecognized_keys') {
    const objectPath = issue.path.filter((segment): segment is PathSegment => typeof segment !== 'symbol');
    for (let index = 0; index < issue.keys.length; index++) {
      if (!list.hasRoom) {
        list.skip(issue.keys.length - index);
        return;
      }
      const key = issue.keys[index]!;
      list.add(() => unknownKey(objectPath, key));
    }
    return;
  }
  list.add(() => describeIssue(issue));
}

function describeIssue(issue: Issue): PathProblem {
  const path = issue.path.filter((segment): segment is PathSegment => typeof segment !== 'symbol');
  const where = formatPath(path);
  const subject = where === '' ? 'The file' : where;
  const input = issue.input;
  const got = describeValue(input);
  const one = (message: string): PathProblem => ({ path, message });

  switch (issue.code) {
    case 'invalid_type': {
      if (input === undefined) return one(`${subject} is missing`);
      const finite = typeof input === 'number' && issue.expected === 'number' ? 'a finite number' : undefined;
      const noun = finite ?? TYPE_NOUNS[issue.expected] ?? `a ${issue.expected}`;
      return one(`${subject} must be ${noun}, got ${got}`);
    }
    case 'too_small': {
      if (issue.origin === 'string' && typeof input === 'string') {
        if (Number(issue.minimum) <= 1) return one(`${subject} must not be empty`);
        return one(`${subject} must be at least ${issue.minimum} characters long, got ${input.length}`);
      }
      if (issue.origin === 'number') {
        return one(`${subject} must be ${issue.inclusive ? '≥' : '>'} ${issue.minimum}, got ${got}`);
      }
      return one(`${subject} must have at least ${issue.minimum} items`);
    }
    case 'too_big': {
      if (issue.origin === 'string' && typeof input === 'string') {
        return one(`${subject} must be at most ${issue.maximum} characters long, got ${input.length}`);
      }
      if (issue.origin === 'number') {
        return one(`${subject} must be ${issue.inclusive ? '≤' : '<'} ${issue.maximum}, got ${got}`);
      }
      return one(`${subject} must have at most ${issue.maximum} items`);
    }
    case 'invalid_value': {
      if (input === undefined) return one(`${subject} is missing`);
      if (pathShape(path) === 'nodes[].service') {
        if (typeof input !== 'string') return one(`${subject} must be the id of a service, got ${got}`);
        return one(`${subject} is unknown service ${got} (known services: ${SERVICE_IDS.join(', ')})`);
      }
      const expected = issue.values.length === 1 ? quoteList(issue.values) : `one of ${quoteList(issue.values)}`;
      return one(`${subject} must be ${expected}, got ${got}`);
    }
    case 'custom': {
      const expected: unknown = issue.params?.expected;
      if (typeof expected === 'string') return one(`${subject} must be ${expected}, got ${got}`);
      return one(`${subject} is not valid`);
    }
    default:
      return one(`${subject} is not valid`);
  }
}

/** Fields an older format had and the current one replaced, by path shape: what to write instead. */
const RETIRED_FIELDS: Readonly<Record<string, string>> = {
  'needs.replay':
    'needs.replay (true or false) was replaced in format version 2 by needs.replayHours: the hours of past records consumers must be able to re-read, 0 for none',
};

function unknownKey(objectPath: readonly PathSegment[], key: string): PathProblem {
  const path = [...objectPath, key];
  const shape = pathShape(objectPath);
  const retired = RETIRED_FIELDS[pathShape(path)];
  if (retired !== undefined) return { path, message: retired };
  if (shape === 'settings.prices') {
    return {
      path,
      message: `${formatPath(path)} is not a known price key (price keys look like "kds.shardHour")`,
    };
  }
  const kind = OBJECT_KINDS[shape];
  const owner = objectPath.length === 0 ? 'The file' : formatPath(objectPath);
  const known = kind === undefined ? '' : ` (${kind.noun} has ${kind.fields.join(', ')})`;
  return { path, message: `${owner} has an unknown field ${JSON.stringify(key)}${known}` };
}
