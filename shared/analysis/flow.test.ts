import { describe, expect, it } from 'vitest';
import { SERVICE_IDS, type ServiceId } from '../catalog/serviceIds';
import { design } from '../model/builder';
import { wordsFor } from '../util/bitRows';
import { buildGraph } from './graph';
import { serviceIndex } from '../catalog/index';
import { computeFlow, hasUpstream } from './flow';

function flowOf(services: ServiceId[], flows: string[]) {
  const document = design({ title: 'flow', nodes: services.map((service, i) => ({ id: `n${i}`, service })), flows });
  return computeFlow(document, buildGraph(document));
}

describe('computeFlow upstream sets', () => {
  it('gives every node a row wide enough for the whole catalog', () => {
    const flow = flowOf(['source', 's3'], ['n0>n1']);
    expect(flow.upstream.words).toBe(wordsFor(SERVICE_IDS.length));
    expect(flow.upstream.bits.length).toBe(2 * wordsFor(SERVICE_IDS.length));
  });

  it('sees services upstream along every edge, including the last service of the catalog', () => {
    const last = SERVICE_IDS.at(-1)!;
    expect(serviceIndex(last)).toBe(SERVICE_IDS.length - 1);
    // Edge validity does not matter for upstream sets: an invalid edge still names its producer.
    const flow = flowOf(['source', 'kinesis-data-streams', 'lambda', 's3', 'sagemaker-training', 'sagemaker-endpoint', last], ['n0>n1>n2>n3>n4>n5', 'n6>n5']);
    const endpoint = 5;
    for (const service of ['source', 'kinesis-data-streams', 'lambda', 's3', 'sagemaker-training', last] as const) {
      expect(hasUpstream(flow, endpoint, service), service).toBe(true);
    }
    expect(hasUpstream(flow, endpoint, 'sagemaker-endpoint')).toBe(false);
    expect(hasUpstream(flow, endpoint, 'glue-databrew')).toBe(false);
    expect(hasUpstream(flow, 0, 'source')).toBe(false);
    expect(hasUpstream(flow, 3, 'lambda')).toBe(true);
    expect(hasUpstream(flow, 3, 'sagemaker-training')).toBe(false);
  });
});
