import { FORMAT_NAME, FORMAT_VERSION } from '../model/document';
import { describeValue } from './describeValue';
import { FORMAT_LIMITS } from './limits';
import { invalid, refusal, type LoadResult } from './loadResult';
import { OLDEST_FORMAT_VERSION } from './migrations';
import type { PathProblem } from './paths';

/**
 * The checks that decide whether the rest of a file is worth reading: it says it is a Pipeboard
 * file, in a version this build reads, and its lists are within the limits. Returns the refusal, or
 * the version to migrate from.
 */
export function checkHeader(file: Readonly<Record<string, unknown>>): { refused: LoadResult } | { version: number } {
  if (file.format !== FORMAT_NAME) {
    const found = file.format === undefined ? 'is missing' : `is ${describeValue(file.format)}`;
    return {
      refused: refusal('This is not a Pipeboard file.', [
        { path: ['format'], message: `format ${found}; a Pipeboard file has "format": "${FORMAT_NAME}"` },
      ]),
    };
  }
  const { version } = file;
  if (typeof version === 'number' && Number.isInteger(version) && version > FORMAT_VERSION) {
    const sentence = `This file was written by a newer Pipeboard (format version ${version}); this version reads version ${FORMAT_VERSION}`;
    return { refused: refusal(`${sentence}.`, [{ path: ['version'], message: sentence }]) };
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < OLDEST_FORMAT_VERSION) {
    return { refused: invalid([{ path: ['version'], message: versionProblem(version) }]) };
  }
  const tooMany = [
    ...countProblem(file.nodes, 'nodes', FORMAT_LIMITS.maxNodes),
    ...countProblem(file.edges, 'edges', FORMAT_LIMITS.maxEdges),
    ...countProblem(file.groups, 'groups', FORMAT_LIMITS.maxGroups),
    ...countProblem(file.annotations, 'annotations', FORMAT_LIMITS.maxAnnotations),
  ];
  if (tooMany.length > 0) return { refused: invalid(tooMany) };
  return { version };
}

function versionProblem(version: unknown): string {
  if (version === undefined) return `version is missing; this version of Pipeboard reads version ${FORMAT_VERSION}`;
  const allowed =
    OLDEST_FORMAT_VERSION === FORMAT_VERSION
      ? `${FORMAT_VERSION}`
      : `a whole number from ${OLDEST_FORMAT_VERSION} to ${FORMAT_VERSION}`;
  return `version must be ${allowed}, got ${describeValue(version)}`;
}

/** Too many items in a list: refused before checking each one. */
function countProblem(items: unknown, list: 'nodes' | 'edges' | 'groups' | 'annotations', max: number): PathProblem[] {
  if (!Array.isArray(items) || items.length <= max) return [];
  return [{ path: [list], message: `${list} has ${items.length} items; a design may have at most ${max} ${list}` }];
}
