import { describe, expect, it } from 'vitest';
import { describeStances, nameActor } from './actor-names.js';

describe('nameActor', () => {
  it('names known actors as a sentence would', () => {
    expect(nameActor('us')).toBe('The US');
    expect(nameActor('both')).toBe('Both sides');
    expect(nameActor('europol')).toBe('Europol');
  });
  it('makes a readable name of an unknown id', () => {
    expect(nameActor('us-cbp')).toBe('US CBP');
    expect(nameActor('interpol')).toBe('Interpol');
  });
});

describe('describeStances', () => {
  it('joins stances in plain words', () => {
    expect(describeStances(['support'])).toBe('support');
    expect(describeStances(['concern', 'request', 'information'])).toBe('concern, requests and information');
  });
  it('says when there is no stance', () => {
    expect(describeStances([])).toBe('no stated stance');
  });
});
