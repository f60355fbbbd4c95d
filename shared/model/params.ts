import { paramSpec } from '../catalog/index';
import type { BooleanParamKey, EnumOption, EnumParamKey, NumberParamKey } from '../catalog/paramKeys';
import type { ServiceId } from '../catalog/serviceIds';
import type { PipelineNode } from './document';

/** A node known to run service `S`; parameter reads on it accept only that service's keys. */
export type ServiceNode<S extends ServiceId> = PipelineNode & { service: S };

/** Narrows a node to one service, so its parameter reads are checked against that service's keys. */
export function isServiceNode<S extends ServiceId>(node: PipelineNode, service: S): node is ServiceNode<S> {
  return node.service === service;
}

/*
 * Typed reads of a node's parameters. Files are filled with catalog defaults when loaded, but
 * documents built in code may omit parameters, so every read falls back to the catalog default.
 * The key must be one the catalog defines with that kind: for any service when the node is a plain
 * `PipelineNode`, for its own service when it is a `ServiceNode<S>`.
 */

export function numberParam<S extends ServiceId>(node: ServiceNode<S>, key: NoInfer<NumberParamKey<S>>): number {
  const value = node.params[key];
  if (typeof value === 'number') return value;
  const spec = paramSpec(node.service, key);
  return spec?.kind === 'number' ? spec.default : 0;
}

/** An optional number: undefined when the parameter is not set. */
export function optionalNumberParam<S extends ServiceId>(node: ServiceNode<S>, key: NoInfer<NumberParamKey<S>>): number | undefined {
  const value = node.params[key];
  if (typeof value === 'number') return value;
  const spec = paramSpec(node.service, key);
  return spec?.kind === 'number' && !spec.optional ? spec.default : undefined;
}

export function booleanParam<S extends ServiceId>(node: ServiceNode<S>, key: NoInfer<BooleanParamKey<S>>): boolean {
  const value = node.params[key];
  if (typeof value === 'boolean') return value;
  const spec = paramSpec(node.service, key);
  return spec?.kind === 'boolean' ? spec.default : false;
}

/**
 * One of the parameter's options. Loaded files are checked against the options; a document built in
 * code that skips validation (or a plain node of a service without this key) can still hold another
 * string, or '' when the key is not the service's at all.
 */
export function enumParam<S extends ServiceId, K extends EnumParamKey<S>>(node: ServiceNode<S>, key: K): EnumOption<S, K> | '' {
  const value = node.params[key];
  if (typeof value === 'string') return value as EnumOption<S, K>;
  const spec = paramSpec(node.service, key);
  return spec?.kind === 'enum' ? (spec.default as EnumOption<S, K>) : '';
}
