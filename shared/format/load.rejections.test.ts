import { describe, expect, it } from 'vitest';
import { FORMAT_LIMITS } from './limits';
import { parseDocument, validateDocument } from './load';
import { expectOneProblem, problemsOf, sampleFile, sampleText, type RawFile } from './testFiles.testutil';

describe('text that is not a Pipeboard file', () => {
  it('says where JSON is broken, by line and column', () => {
    const text = '{\n  "format": "pipeboard",\n  "version": 1,,\n  "nodes": []\n}\n';
    const result = parseDocument(text);
    expect(result.ok).toBe(false);
    if (result.ok) throw new Error('expected the file to be refused');
    expect(result.message).toBe('This file is not valid JSON.');
    expectOneProblem(
      result,
      '',
      'The file is not valid JSON at line 3, column 16: expected a field name in double quotes but found ","',
    );
  });

  it('names a missing closing bracket at the end of the file', () => {
    expectOneProblem(
      parseDocument('{"format": "pipeboard", "nodes": [\n'),
      '',
      'The file is not valid JSON at line 2, column 1: expected "," or "]" but found the end of the file',
    );
  });

  it('calls an empty or blank file empty', () => {
    for (const text of ['', '  \n\t ']) {
      const result = parseDocument(text);
      expect(result).toEqual({ ok: false, message: 'This file is empty.', problems: [{ path: '', message: 'The file is empty' }] });
    }
  });

  it('refuses JSON that is not an object', () => {
    for (const [text, got] of [
      ['[]', 'an empty list'],
      ['"pipeboard"', '"pipeboard"'],
      ['null', 'null'],
      ['42', '42'],
    ]) {
      const result = parseDocument(text!);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.message).toBe('This is not a Pipeboard file.');
      expectOneProblem(result, '', `The file must contain a JSON object with "format": "pipeboard", got ${got}`);
    }
  });

  it('refuses another format, and a missing one, without listing anything else', () => {
    const other = parseDocument(sampleText((file) => (file.format = 'excalidraw')));
    expect(other.ok || other.message).toBe('This is not a Pipeboard file.');
    expectOneProblem(other, 'format', 'format is "excalidraw"; a Pipeboard file has "format": "pipeboard"');
    expectOneProblem(
      parseDocument(sampleText((file) => delete file.format)),
      'format',
      'format is missing; a Pipeboard file has "format": "pipeboard"',
    );
  });

  it('refuses text over the size limit before parsing it', () => {
    const text = `{"format":"pipeboard","version":1,"notes":"${'x'.repeat(FORMAT_LIMITS.maxTextLength)}"}`;
    const result = parseDocument(text);
    expect(result.ok).toBe(false);
    if (result.ok) throw new Error('expected the file to be refused');
    expect(result.message).toBe('This file is too large to open (20.0 MB; the limit is 20 MB).');
    expect(result.problems).toEqual([
      { path: '', message: `The file has ${text.length} characters; Pipeboard opens files of up to ${FORMAT_LIMITS.maxTextLength}` },
    ]);
  });
});

describe('format versions', () => {
  it('explains that a newer Pipeboard wrote the file', () => {
    const result = parseDocument(sampleText((file) => (file.version = 4)));
    const sentence = 'This file was written by a newer Pipeboard (format version 4); this version reads version 3';
    expect(result).toEqual({ ok: false, message: `${sentence}.`, problems: [{ path: 'version', message: sentence }] });
  });

  it('refuses a missing version and one that is not a whole number from 1', () => {
    expectOneProblem(
      parseDocument(sampleText((file) => delete file.version)),
      'version',
      'version is missing; this version of Pipeboard reads version 3',
    );
    for (const [version, got] of [
      ['1', '"1"'],
      [0, '0'],
      [-3, '-3'],
      [1.5, '1.5'],
      [null, 'null'],
    ] as const) {
      expectOneProblem(parseDocument(sampleText((file) => (file.version = version))), 'version', `version must be a whole number from 1 to 3, got ${got}`);
    }
  });
});

describe('field rules', () => {
  it('names an unknown service and lists the known ones', () => {
    const problem = expectOneProblem(
      parseDocument(sampleText((file) => (file.nodes[1].service = 'kinesis'))),
      'nodes[1].service',
      /^nodes\[1\]\.service is unknown service "kinesis" \(known services: source, firehose, kinesis-data-streams, .*, client\)$/,
    );
    expect(problem.message).toContain('sagemaker-endpoint');
  });

  it('refuses a duplicate node id, pointing at the first use', () => {
    expectOneProblem(
      parseDocument(
        sampleText((file) => {
          file.nodes[1].id = 'n1';
          file.edges = [];
        }),
      ),
      'nodes[1].id',
      'nodes[1].id "n1" is already used by nodes[0]',
    );
  });

  it('refuses a duplicate edge id', () => {
    expectOneProblem(
      parseDocument(sampleText((file) => file.edges.push({ id: 'e1', source: 'n2', target: 'n1' }))),
      'edges[1].id',
      'edges[1].id "e1" is already used by edges[0]',
    );
  });

  it('refuses edges whose source or target is not a node', () => {
    const problems = problemsOf(
      parseDocument(
        sampleText((file) => {
          file.edges[0].source = 'ghost';
          file.edges.push({ id: 'e2', source: 'n1', target: 'n9' });
        }),
      ),
    );
    expect(problems).toEqual([
      { path: 'edges[0].source', message: 'edges[0].source "ghost" is not the id of any node' },
      { path: 'edges[1].target', message: 'edges[1].target "n9" is not the id of any node' },
    ]);
  });

  it('refuses numbers that are not finite (1e999 parses as Infinity)', () => {
    const text = sampleText().replace('"x":0', '"x":1e999').replace('"budgetPerMonth":300', '"budgetPerMonth":-1e999');
    expect(problemsOf(parseDocument(text))).toEqual([
      { path: 'needs.budgetPerMonth', message: 'needs.budgetPerMonth must be a finite number, got -Infinity' },
      { path: 'nodes[0].position.x', message: 'nodes[0].position.x must be a finite number, got Infinity' },
    ]);
  });

  it('refuses NaN and Infinity passed in memory', () => {
    const file = sampleFile();
    file.nodes[0].position.y = Number.NaN;
    file.settings.hoursPerMonth = Number.POSITIVE_INFINITY;
    expect(problemsOf(validateDocument(file))).toEqual([
      { path: 'settings.hoursPerMonth', message: 'settings.hoursPerMonth must be a finite number, got Infinity' },
      { path: 'nodes[0].position.y', message: 'nodes[0].position.y must be a finite number, got NaN' },
    ]);
  });

  it('refuses positions that are missing or not numbers', () => {
    expect(
      problemsOf(
        parseDocument(
          sampleText((file) => {
            delete file.nodes[0].position;
            file.nodes[1].position = { x: '3', y: 4 };
          }),
        ),
      ),
    ).toEqual([
      { path: 'nodes[0].position', message: 'nodes[0].position is missing' },
      { path: 'nodes[1].position.x', message: 'nodes[1].position.x must be a number, got "3"' },
    ]);
  });

  it.each([
    ['nodes[0].id', (file: RawFile) => (file.nodes[0].id = 'i'.repeat(65)), 64],
    ['edges[0].id', (file: RawFile) => (file.edges[0].id = 'i'.repeat(65)), 64],
    ['nodes[1].label', (file: RawFile) => (file.nodes[1].label = 'l'.repeat(201)), 200],
    ['title', (file: RawFile) => (file.title = 't'.repeat(201)), 200],
    ['settings.region', (file: RawFile) => (file.settings.region = 'r'.repeat(33)), 32],
    ['notes', (file: RawFile) => (file.notes = 'n'.repeat(20_001)), 20_000],
  ])('refuses %s over its length limit', (path, change, limit) => {
    const problems = problemsOf(parseDocument(sampleText(change)));
    const own = problems.filter((problem) => problem.path === path);
    expect(own).toEqual([{ path, message: `${path} must be at most ${limit} characters long, got ${limit + 1}` }]);
  });

  it('accepts strings exactly at their limits', () => {
    const result = parseDocument(
      sampleText((file) => {
        file.nodes[0].id = 'i'.repeat(64);
        file.edges[0].source = 'i'.repeat(64);
        file.nodes[1].label = 'l'.repeat(200);
        file.title = 't'.repeat(200);
        file.settings.region = 'r'.repeat(32);
        file.notes = 'n'.repeat(20_000);
      }),
    );
    expect(result.ok).toBe(true);
  });

  it('refuses empty ids and an empty region', () => {
    expect(
      problemsOf(
        parseDocument(
          sampleText((file) => {
            file.edges[0].id = '';
            file.settings.region = '';
          }),
        ),
      ),
    ).toEqual([
      { path: 'settings.region', message: 'settings.region must not be empty' },
      { path: 'edges[0].id', message: 'edges[0].id must not be empty' },
    ]);
  });

  it('refuses more than the maximum number of nodes, without checking each', () => {
    const nodes = Array.from({ length: FORMAT_LIMITS.maxNodes + 1 }, () => ({}));
    expectOneProblem(
      validateDocument({ format: 'pipeboard', version: 1, nodes }),
      'nodes',
      'nodes has 20001 items; a design may have at most 20000 nodes',
    );
  });

  it('refuses more than the maximum number of edges', () => {
    const edges = Array.from({ length: FORMAT_LIMITS.maxEdges + 1 }, () => 0);
    expectOneProblem(
      parseDocument(JSON.stringify({ format: 'pipeboard', version: 1, nodes: [], edges })),
      'edges',
      'edges has 50001 items; a design may have at most 50000 edges',
    );
  });

  it('names unknown top-level fields', () => {
    const problems = problemsOf(
      parseDocument(
        sampleText((file) => {
          file.colour = 'blue';
          file.zoom = 2;
        }),
      ),
    );
    const known = '(a Pipeboard file has format, version, title, notes, needs, settings, nodes, edges, groups, annotations)';
    expect(problems).toEqual([
      { path: 'colour', message: `The file has an unknown field "colour" ${known}` },
      { path: 'zoom', message: `The file has an unknown field "zoom" ${known}` },
    ]);
  });

  it('names unknown fields inside nodes, edges, positions, needs and settings', () => {
    const problems = problemsOf(
      parseDocument(
        sampleText((file) => {
          file.nodes[0].selected = true;
          file.nodes[0].position.z = 1;
          file.edges[0].animated = true;
          file.needs.latency = 1;
          file.settings.currency = 'EUR';
        }),
      ),
    );
    expect(problems.map((problem) => problem.message)).toEqual([
      'needs has an unknown field "latency" (needs has kafkaEcosystem, exactlyOnce, replayHours, requestTimeFeatures, leastOperationalOverhead, budgetPerMonth)',
      'settings has an unknown field "currency" (settings has region, hoursPerMonth, spotDiscount, prices, edgeStyle)',
      'nodes[0].position has an unknown field "z" (a position has x, y)',
      'nodes[0] has an unknown field "selected" (a node has id, service, label, position, params)',
      'edges[0] has an unknown field "animated" (an edge has id, source, target)',
    ]);
    expect(problems.map((problem) => problem.path)).toEqual([
      'needs.latency',
      'settings.currency',
      'nodes[0].position.z',
      'nodes[0].selected',
      'edges[0].animated',
    ]);
  });

  it('checks needs and settings values', () => {
    const problems = problemsOf(
      parseDocument(
        sampleText((file) => {
          file.needs.replayHours = 'yes';
          file.needs.budgetPerMonth = -5;
          file.settings.hoursPerMonth = 0;
          file.settings.spotDiscount = 1;
        }),
      ),
    );
    expect(problems).toEqual([
      { path: 'needs.budgetPerMonth', message: 'needs.budgetPerMonth must be ≥ 0, got -5' },
      { path: 'needs.replayHours', message: 'needs.replayHours must be a number, got "yes"' },
      { path: 'settings.hoursPerMonth', message: 'settings.hoursPerMonth must be > 0, got 0' },
      { path: 'settings.spotDiscount', message: 'settings.spotDiscount must be < 1, got 1' },
    ]);
  });

  it('bounds hoursPerMonth to (0, 744] and spotDiscount to [0, 1)', () => {
    const at = (hoursPerMonth: number, spotDiscount: number) =>
      parseDocument(sampleText((file) => Object.assign(file.settings, { hoursPerMonth, spotDiscount })));
    expect(at(744, 0).ok).toBe(true);
    expect(at(0.001, 0.999).ok).toBe(true);
    expectOneProblem(at(744.01, 0), 'settings.hoursPerMonth', 'settings.hoursPerMonth must be ≤ 744, got 744.01');
    expectOneProblem(at(1, -0.1), 'settings.spotDiscount', 'settings.spotDiscount must be ≥ 0, got -0.1');
  });

  it('refuses unknown price keys and negative prices', () => {
    expect(
      problemsOf(
        parseDocument(
          sampleText((file) => {
            file.settings.prices = { 'kds.shardHour': -0.5, 'kds.shard': 1, 's3.gbMonth': 'cheap' };
          }),
        ),
      ),
    ).toEqual([
      {
        path: 'settings.prices["kds.shard"]',
        message: 'settings.prices["kds.shard"] is not a known price key (price keys look like "kds.shardHour")',
      },
      { path: 'settings.prices["kds.shardHour"]', message: 'settings.prices["kds.shardHour"] must be ≥ 0, got -0.5' },
      { path: 'settings.prices["s3.gbMonth"]', message: 'settings.prices["s3.gbMonth"] must be a number, got "cheap"' },
    ]);
  });

  it('refuses wrongly typed containers', () => {
    expect(
      problemsOf(
        parseDocument(
          sampleText((file) => {
            file.nodes[0].params = [1];
            file.needs = null;
            file.edges = {};
          }),
        ),
      ),
    ).toEqual([
      { path: 'needs', message: 'needs must be an object, got null' },
      { path: 'nodes[0].params', message: 'nodes[0].params must be an object, got a list' },
      { path: 'edges', message: 'edges must be a list, got an object' },
    ]);
  });
});

describe('forbidden keys', () => {
  const NOT_ALLOWED = 'This file contains field names that are not allowed (__proto__, constructor or prototype).';

  it('finds __proto__ however JSON spells it, at any depth', () => {
    for (const [text, path, owner] of [
      ['{"__proto__": {"polluted": true}, "format": "pipeboard", "version": 1}', '__proto__', 'The file'],
      [sampleText().replace('"params":{', '"params":{"__proto__":1,'), 'nodes[0].params.__proto__', 'nodes[0].params'],
      [sampleText().replace('"params":{', '"params":{"\\u005f_proto__":1,'), 'nodes[0].params.__proto__', 'nodes[0].params'],
      [sampleText().replace('"needs":{', '"needs":{"constructor":{"prototype":1},'), 'needs.constructor', 'needs'],
    ] as const) {
      const result = parseDocument(text);
      expect(result.ok || result.message).toBe(NOT_ALLOWED);
      const problem = problemsOf(result)[0]!;
      expect(problem).toEqual({ path, message: `${owner} has a field named "${path.split('.').pop()}", which is not allowed` });
    }
  });

  it('finds them inside unknown fields and lists, before any other check', () => {
    const text = JSON.stringify({ format: 'other', extra: [{ deep: [[{ prototype: 1 }]] }] });
    expect(problemsOf(parseDocument(text))).toEqual([
      { path: 'extra[0].deep[0][0].prototype', message: 'extra[0].deep[0][0] has a field named "prototype", which is not allowed' },
    ]);
  });

  it('finds an own __proto__ property in a value checked in memory', () => {
    const file = JSON.parse(sampleText().replace('"position":{', '"position":{"__proto__":{},')) as unknown;
    expect(problemsOf(validateDocument(file))).toEqual([
      { path: 'nodes[0].position.__proto__', message: 'nodes[0].position has a field named "__proto__", which is not allowed' },
    ]);
    const defined = sampleFile();
    Object.defineProperty(defined.settings, '__proto__', { value: 1, enumerable: true });
    expect(problemsOf(validateDocument(defined)).map((problem) => problem.path)).toEqual(['settings.__proto__']);
  });

  it('survives nesting far deeper than the call stack, with or without the fast pre-check', () => {
    const depth = 100_000;
    for (const title of ['plain', '\\u0041']) {
      const text = `{"format":"pipeboard","version":1,"title":"${title}","x":${'{"a":['.repeat(depth)}1${']}'.repeat(depth)}}`;
      expectOneProblem(parseDocument(text), 'x', /^The file has an unknown field "x"/);
    }
  });

  it('allows the words as values', () => {
    const result = parseDocument(
      sampleText((file) => {
        file.title = '__proto__';
        file.nodes[0].label = 'constructor';
        file.notes = 'prototype';
      }),
    );
    expect(result.ok).toBe(true);
  });
});

describe('problem lists', () => {
  it('collects every problem and counts them in one sentence', () => {
    const result = parseDocument(
      sampleText((file) => {
        file.nodes[1].params.shards = -2;
        file.edges[0].target = 'nowhere';
        file.extra = 1;
      }),
    );
    expect(result.ok || result.message).toBe('This file is not a valid Pipeboard design: 3 problems.');
    expect(problemsOf(result).map((problem) => problem.path)).toEqual(['nodes[1].params.shards', 'edges[0].target', 'extra']);
  });

  it('uses the singular for one problem', () => {
    const result = parseDocument(sampleText((file) => (file.title = 5)));
    expect(result.ok || result.message).toBe('This file is not a valid Pipeboard design: 1 problem.');
    expectOneProblem(result, 'title', 'title must be text, got 5');
  });

  it('lists the first 50 problems in file order and counts them all', () => {
    const result = parseDocument(
      sampleText((file) => {
        for (let index = 0; index < 60; index++) {
          file.edges.push({ id: `x${index}`, source: 'n1', target: `missing${index}` });
        }
      }),
    );
    expect(result.ok || result.message).toBe('This file is not a valid Pipeboard design: 60 problems (the first 50 are listed).');
    const problems = problemsOf(result);
    expect(problems).toHaveLength(50);
    expect(problems[0]!.path).toBe('edges[1].target');
    expect(problems[49]!.path).toBe('edges[50].target');
  });

  it('counts every problem of a hostile file with huge objects, listing the first 50', () => {
    const count = 100_000;
    const keys = Array.from({ length: count }, (_, index) => `"k${index}":1`).join(',');
    const inParams = parseDocument(sampleText().replace('"params":{', `"params":{${keys},`));
    expect(inParams.ok || inParams.message).toBe(`This file is not a valid Pipeboard design: ${count} problems (the first 50 are listed).`);
    expect(problemsOf(inParams)[0]!.path).toBe('nodes[0].params.k0');
    const atRoot = parseDocument(sampleText().replace('{', `{${keys},`));
    expect(atRoot.ok || atRoot.message).toBe(`This file is not a valid Pipeboard design: ${count} problems (the first 50 are listed).`);
    expect(problemsOf(atRoot)).toHaveLength(50);
  });

  it('never shows zod wording', () => {
    const file = sampleFile();
    Object.assign(file, { title: [], notes: {}, needs: { replay: 1 }, settings: { prices: 'x' } });
    file.nodes[0] = { id: 5, service: 5, label: false, position: [], params: 'p' };
    file.edges[0] = 'edge';
    const problems = problemsOf(validateDocument(file));
    expect(problems.length).toBeGreaterThanOrEqual(9);
    for (const problem of problems) {
      expect(problem.message).not.toMatch(/Invalid input|expected .*, received|Too (big|small)|Unrecognized key/);
      expect(problem.message.startsWith(problem.path === '' ? 'The file' : problem.path)).toBe(true);
    }
  });
});
