import { paramSpec } from '../catalog/index';
import type { PipelineNode } from './document';

/**
 * Typed reads of a node's parameters. Files are filled with catalog defaults when loaded, but
 * documents built in code may omit parameters, so every read falls back to the catalog default.
 */
export function numberParam(node: PipelineNode, key: string): number {
  const value = node.params[key];
  if (typeof value === 'number') return value;
  const spec = paramSpec(node.service, key);
  return spec?.kind === 'number' ? spec.default : 0;
}

/** An optional number: undefined when the parameter is not set. */
export function optionalNumberParam(node: PipelineNode, key: string): number | undefined {
  const value = node.params[key];
  if (typeof value === 'number') return value;
  const spec = paramSpec(node.service, key);
  return spec?.kind === 'number' && !spec.optional ? spec.default : undefined;
}

export function booleanParam(node: PipelineNode, key: string): boolean {
  const value = node.params[key];
  if (typeof value === 'boolean') return value;
  const spec = paramSpec(node.service, key);
  return spec?.kind === 'boolean' ? spec.default : false;
}

export function enumParam(node: PipelineNode, key: string): string {
  const value = node.params[key];
  if (typeof value === 'string') return value;
  const spec = paramSpec(node.service, key);
  return spec?.kind === 'enum' ? spec.default : '';
}
