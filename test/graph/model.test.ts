import { describe, expect, it } from 'vitest';
import { actionsOf, buildGraph, MAX_ARROWS_IN, type GraphNode } from '../../src/graph/model.js';
import { summaryOf } from '../../src/graph/summary.js';
import { toSvg } from '../../src/graph/svg.js';

const draft = actionsOf({
  Actions: [
    { Identifier: 'start', Type: 'MessageParticipant', Parameters: { Text: 'Hello' }, Transitions: { NextAction: 'ask', Errors: [{ ErrorType: 'NoMatchingError', NextAction: 'ask' }] } },
    {
      Identifier: 'ask',
      Type: 'GetParticipantInput',
      Parameters: { Text: 'Press 1 or 2' },
      Transitions: {
        NextAction: '$end',
        Conditions: [
          { NextAction: 'module', Condition: { Operator: 'Equals', Operands: ['1'] } },
          { NextAction: 'gone', Condition: { Operator: 'Equals', Operands: ['2'] } },
        ],
        Errors: [{ ErrorType: 'InputTimeLimitExceeded', NextAction: '' }],
      },
    },
    { Identifier: 'module', Type: 'InvokeFlowModule', Parameters: { FlowModuleId: 'arn:aws:connect:us-east-1:1:instance/i/flow-module/greeting' }, Transitions: { NextAction: 'bye' } },
    { Identifier: 'bye', Type: 'DisconnectParticipant', Parameters: {} },
    { Identifier: 'orphan', Type: 'TransferToFlow', Parameters: { ContactFlowId: '$.Attributes.next' }, Transitions: { NextAction: 'bye' } },
  ],
});

const byId = (nodes: readonly GraphNode[], id: string) => nodes.find((node) => node.id === id);

describe('the picture of a flow', () => {
  const graph = buildGraph('start', draft, { linkFor: (reference) => (reference.endsWith('/greeting') ? 'greeting.svg' : undefined) });

  it('labels each branch: Success, the error type, a condition as operator and value; branches that go the same way are one arrow', () => {
    const labels = graph.edges.map((edge) => `${byKey(edge.from)} -[${edge.label}]-> ${byKey(edge.to)}`);
    expect(labels).toEqual([
      'start -[Success, NoMatchingError]-> ask',
      'ask -[Success]-> $end',
      'ask -[Equals 1]-> module',
      'ask -[Equals 2]-> gone',
      'ask -[InputTimeLimitExceeded]-> ',
      'module -[Success]-> bye',
      'orphan -[Success]-> bye',
    ]);
  });

  it('marks what a reviewer must see: the start, unconnected branches, a missing block, unreachable blocks, links to other flows', () => {
    expect(byId(graph.nodes, 'start')?.start).toBe(true);
    expect(graph.nodes.filter((node) => node.kind === 'unconnected').map((node) => node.id)).toEqual(['$end', '']);
    expect(byId(graph.nodes, 'gone')?.kind).toBe('missing');
    expect(graph.nodes.filter((node) => node.unreachable).map((node) => node.id)).toEqual(['orphan']);
    expect(byId(graph.nodes, 'module')).toMatchObject({ kind: 'link', href: 'greeting.svg', summary: 'flow-module/greeting' });
    // A reference known only at run time links nowhere, but is still drawn as a link to another flow
    expect(byId(graph.nodes, 'orphan')).toMatchObject({ kind: 'link' });
    expect(byId(graph.nodes, 'orphan')?.href).toBeUndefined();
  });

  it('--focus draws the neighbourhood: blocks within --depth either way, the next ones named as outside', () => {
    const focused = buildGraph('start', draft, { focus: 'module', depth: 1 });
    expect(focused.nodes.filter((node) => node.kind === 'block' || node.kind === 'link').map((node) => node.id)).toEqual(['ask', 'module', 'bye']);
    // The blocks one step further, that lead in (start, orphan) or that a drawn branch leads to, are named
    expect(focused.nodes.filter((node) => node.kind === 'outside').map((node) => node.id)).toEqual(['start', 'orphan']);
    const zero = buildGraph('start', draft, { focus: 'bye', depth: 0 });
    expect(zero.nodes.map((node) => `${node.kind} ${node.id}`)).toEqual(['block bye', 'outside module', 'outside orphan']);
  });

  function byKey(key: string): string {
    return graph.nodes.find((node) => node.key === key)?.id ?? '?';
  }
});

describe('block summaries', () => {
  it('show the prompt, the compared value, the queue, the lookup keys, the function', () => {
    expect(summaryOf({ Identifier: 'x', Type: 'MessageParticipant', Parameters: { Text: 'Hello\n  there' } })).toBe('Hello there');
    expect(summaryOf({ Identifier: 'x', Type: 'Compare', Parameters: { ComparisonValue: '$.Attributes.tier' } })).toBe('$.Attributes.tier');
    expect(summaryOf({ Identifier: 'x', Type: 'UpdateContactTargetQueue', Parameters: { QueueId: 'arn:aws:connect:r:1:instance/i/queue/gold' } })).toBe('queue/gold');
    expect(summaryOf({ Identifier: 'x', Type: 'GetCustomerProfile', Parameters: { ProfileRequestData: { IdentifierName: '_phone', IdentifierValue: '$.CustomerEndpoint.Address' } } })).toBe(
      '_phone = $.CustomerEndpoint.Address',
    );
    expect(summaryOf({ Identifier: 'x', Type: 'InvokeLambdaFunction', Parameters: { LambdaFunctionARN: 'arn:aws:lambda:r:1:function:lookup' } })).toBe('lookup');
    expect(summaryOf({ Identifier: 'x', Type: 'DisconnectParticipant', Parameters: {} })).toBe('');
  });

  it('stay one short line, whatever the flow holds', () => {
    const summary = summaryOf({ Identifier: 'x', Type: 'MessageParticipant', Parameters: { Text: `a\u0000b\u2028${'long '.repeat(100_000)}` } });
    expect(summary).toHaveLength(60);
    expect(summary).toMatch(/^a b long .*…$/);
  });
});

describe('a large flow', () => {
  // The shape of a real 250-block flow: prompts and menus in a line, each error branch to one handler.
  const actions = actionsOf({
    Actions: Array.from({ length: 250 }, (_, index) => ({
      Identifier: `b${index}`,
      Type: index % 3 ? 'MessageParticipant' : 'GetParticipantInput',
      Parameters: { Text: `Prompt number ${index}` },
      Transitions: {
        NextAction: `b${Math.min(index + 1 + (index % 3), 249)}`,
        ...(index % 3 ? {} : { Conditions: [{ NextAction: `b${Math.min(index + 2, 249)}`, Condition: { Operator: 'Equals', Operands: ['1'] } }] }),
        Errors: [{ ErrorType: 'NoMatchingError', NextAction: 'b249' }],
      },
    })),
  });

  it('draws a block many branches lead to once, and a goto mark of it where each other branch leaves', () => {
    const graph = buildGraph('b0', actions);
    expect(graph.nodes.filter((node) => node.kind === 'block' && node.id === 'b249')).toHaveLength(1);
    const arrowsIn = graph.edges.filter((edge) => edge.to === graph.nodes.find((node) => node.id === 'b249' && node.kind === 'block')?.key);
    expect(arrowsIn).toHaveLength(MAX_ARROWS_IN);
    expect(graph.nodes.filter((node) => node.kind === 'goto' && node.id === 'b249').length).toBeGreaterThan(200);
  });

  it('lays out 250 blocks as SVG, each once', () => {
    const svg = toSvg(buildGraph('b0', actions), 'large');
    expect(svg.match(/data-block="/g)).toHaveLength(250);
  }, 120_000);
});
