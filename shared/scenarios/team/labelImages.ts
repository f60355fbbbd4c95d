import { design, type NodeSpec } from '../../model/builder';
import type { Scenario } from '../types';
import { lake, trainingJob } from './parts';

const needs = { leastOperationalOverhead: true };
const photos = lake('photos', [0, 1], 'Product photos');
const model = trainingJob('train', { instanceType: 'ml.g4dn.xlarge', durationHours: 3, runsPerMonth: 1, deadlineHours: 48 }, [3, 1], 'Image classifier');

/** Photos → `labeller` → labelled set in S3 → training. */
const option = (title: string, labeller: NodeSpec) =>
  design({ title, needs, nodes: [photos, { ...labeller, at: [1, 1] }, lake('labelled', [2, 1], 'Labelled set'), model], flows: [`photos>${labeller.id}>labelled>train`] });

export const labelImages: Scenario = {
  id: 'team-label-images',
  title: '100,000 photos to label',
  topic: 'Labelling data',
  origin: 'team',
  prompt:
    'A retailer has 100,000 photos of products that are not released yet, in S3, and needs each one classified into one of 20 categories to train an image model. The company’s own merchandising team will do the labelling, and the photos must not be shown to anyone outside the company. The labelling should need as little to build and run as possible. Which design fits?',
  requirements: ['100,000 images in S3', 'Labelled by the company’s own staff only', 'Labels feed a training job', 'Least operational overhead'],
  answer: 'A',
  decidingRules: [],
  exam: ['MLS-C01 2.1', 'MLA-C01 1.3'],
  checks: [
    { kind: 'includes', anyOf: ['ground-truth'], text: 'A labelling workflow' },
    { kind: 'flows', from: ['ground-truth'], to: ['sagemaker-training'], text: 'The labels reach the training job' },
  ],
  explanation:
    'SageMaker Ground Truth gives the staff a ready-made labelling UI, a private workforce and an output manifest in S3 that training reads directly: nothing to build or run (operations level 0). It charges per object labelled: 50,000 × ≈$0.08 + 50,000 × ≈$0.04 ≈ $6,000. Sending the same job to Amazon Mechanical Turk would show unreleased products to the public crowd and add 3 workers × $0.012 per object (≈$3,600). Labelling with a script in a Processing job or on an EMR cluster means building and running a labelling tool yourself (levels 1 and 2) — and a script cannot supply the judgement the labels need.',
  options: [
    { key: 'A', summary: 'S3 → Ground Truth with a private workforce → S3 → training', document: option('Ground Truth, private team', { id: 'gt', service: 'ground-truth', label: 'Category labels', params: { objectsPerMonth: 100_000, workforce: 'private' } }) },
    { key: 'B', summary: 'S3 → Ground Truth with Amazon Mechanical Turk (3 workers per image) → S3 → training', document: option('Ground Truth, public crowd', { id: 'gt', service: 'ground-truth', label: 'Category labels', params: { objectsPerMonth: 100_000, workforce: 'mechanical-turk', workersPerObject: 3 } }) },
    { key: 'C', summary: 'S3 → a labelling script in a SageMaker Processing job → S3 → training', document: option('Processing job', { id: 'job', service: 'sagemaker-processing', label: 'Labelling script', params: { instanceCount: 1, hoursPerRun: 10, runsPerMonth: 1 } }) },
    { key: 'D', summary: 'S3 → a self-built labelling tool on an EMR cluster → S3 → training', document: option('EMR cluster', { id: 'emr', service: 'emr', label: 'Labelling tool', params: { instanceCount: 3, hoursPerRun: 160, runsPerMonth: 1 } }) },
  ],
};
