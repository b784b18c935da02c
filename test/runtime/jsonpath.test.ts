import { describe, expect, it } from 'vitest';
import { isDynamic, MAX_REFERENCE_LENGTH, memberKeys, readPath, referencesIn, resolveText, toText, unreadableReferences } from '../../src/runtime/jsonpath.js';

const contact = {
  Channel: 'VOICE',
  CustomerEndpoint: { Address: '+14255550100', Type: 'TELEPHONE_NUMBER' },
  Attributes: { tier: 'gold', 'my key': 'spaced', count: '3' },
  Customer: { FirstName: 'Jane', 'Attributes.tier': 'platinum' },
  External: { nested: { list: [{ v: 'a' }, { v: 'b' }] }, flag: true },
  FlowAttributes: { 'acme-function': 'arn:aws:lambda:us-east-1:111122223333:function:f' },
};

describe('the $. gateway', () => {
  it('reads dotted paths without parsing, and "" for what is not there', () => {
    expect(resolveText('$.CustomerEndpoint.Address', contact)).toBe('+14255550100');
    expect(resolveText('$.Attributes.missing', contact)).toBe('');
    expect(resolveText('$.Nope.deeper.still', contact)).toBe('');
    expect(resolveText('$.FlowAttributes.acme-function', contact)).toBe('arn:aws:lambda:us-east-1:111122223333:function:f');
  });

  it('reads flat $.Customer keys through a dotted path: $.Customer.Attributes.tier', () => {
    expect(resolveText('$.Customer.Attributes.tier', contact)).toBe('platinum');
    expect(resolveText("$.Customer['Attributes.tier']", contact)).toBe('platinum');
  });

  it('reads bracketed members and indexes', () => {
    expect(resolveText("$.Attributes['my key']", contact)).toBe('spaced');
    expect(resolveText("$['Attributes'][\"my key\"]", contact)).toBe('spaced');
    expect(resolveText('$.External.nested.list[1].v', contact)).toBe('b');
  });

  it('reads "" for what is not a plain member path, never the whole contact or every value', () => {
    for (const path of ['$[', '$.', '$..*', '$.*', '$.Attributes.*', '$..tier', "$['Attributes'", '$.External.nested.list[?(@.v == "a")]', '$..constructor', '$.Attributes[0:2]']) {
      expect(resolveText(path, contact), path).toBe('');
      expect(unreadableReferences({ out: [path] }), path).toEqual([path]);
    }
    expect(unreadableReferences({ Text: 'Hi $.Customer.FirstName', Attributes: { a: "$['Attributes']['my key']" } })).toEqual([]);
  });

  it('does not read inherited properties', () => {
    expect(readPath(contact, '$.Attributes.constructor')).toBeUndefined();
    expect(readPath(contact, '$.Attributes.__proto__')).toBeUndefined();
  });

  it('replaces references inside text, stopping at punctuation', () => {
    expect(resolveText('Hello $.Customer.FirstName, your tier is $.Attributes.tier.', contact)).toBe('Hello Jane, your tier is gold.');
    expect(resolveText('mailto:$.Customer.FirstName', contact)).toBe('mailto:Jane');
    expect(resolveText('Hi $.Customer.LastName!', contact)).toBe('Hi !');
    expect(resolveText('costs $5.00', contact)).toBe('costs $5.00');
  });

  it('writes numbers, booleans and objects as text', () => {
    expect(resolveText('$.External.nested', contact)).toBe('{"list":[{"v":"a"},{"v":"b"}]}');
    expect(resolveText('$.External.flag', contact)).toBe('true');
    expect(toText({ a: 1 })).toBe('{"a":1}');
  });

  it('tells static values from dynamic ones and lists the references', () => {
    expect(isDynamic('plain text')).toBe(false);
    expect(isDynamic('$.Attributes.tier')).toBe(true);
    expect(referencesIn('Hi $.Customer.FirstName from $.Attributes.tier')).toEqual(['$.Customer.FirstName', '$.Attributes.tier']);
    expect(referencesIn(12)).toEqual([]);
  });

  it('parses with jsonpath-plus but holds its result to member paths: unions, slices, parents and scripts read ""', () => {
    for (const path of ["$['Attributes','tier']", '$.External.nested.list[-1]', '$.Attributes^', '$.Attributes~', '$.External.nested.list[(@.length-1)]', '$.Attributes.tier@string()']) {
      expect(resolveText(path, contact), path).toBe('');
      expect(unreadableReferences(path), path).toEqual([path]);
    }
    expect(memberKeys("$['Attributes']['a.b']")).toEqual(['Attributes', 'a.b']);
    expect(memberKeys('$.External.nested.list[0].v')).toEqual(['External', 'nested', 'list', '0', 'v']);
  });

  it('bounds hostile input before parsing: a very long reference reads "" at once', () => {
    const long = `$.${'a.'.repeat(500_000)}b`;
    const started = performance.now();
    expect(resolveText(long, contact)).toBe('');
    expect(memberKeys(`$.${'['.repeat(100_000)}`)).toBeUndefined();
    expect(memberKeys(`$${"['a'".repeat(100_000)}`)).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(memberKeys(`$.Attributes.${'x'.repeat(MAX_REFERENCE_LENGTH)}`)).toBeUndefined();
    expect(memberKeys('$.Attributes.__proto__')).toEqual(['Attributes', '__proto__']);
    expect(readPath(contact, '$.__proto__.polluted')).toBeUndefined();
  });
});
