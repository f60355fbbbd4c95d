import type { ServiceDefinition } from '../../shared/catalog/index';

/** The exam facts of a service, as the palette tooltip and the inspector show them. */
export function ServiceFacts({ service }: { service: ServiceDefinition }) {
  const { facts } = service;
  return (
    <div className="service-facts">
      <p className="service-facts__name">{service.name}</p>
      <dl>
        <dt>Scaling</dt>
        <dd>{facts.scaling}</dd>
        <dt>Management</dt>
        <dd>{facts.management}</dd>
        <dt>Latency</dt>
        <dd>{facts.latency}</dd>
        <dt>Cost</dt>
        <dd>{facts.costModel}</dd>
        <dt>Exam tip</dt>
        <dd>{facts.examTip}</dd>
      </dl>
    </div>
  );
}
