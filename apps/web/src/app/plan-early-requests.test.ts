import { describe, expect, it } from 'vitest';
import { planEarlyRequests } from './plan-early-requests';

const at = (url: string) => {
  const { pathname, search } = new URL(url, 'http://localhost');
  return planEarlyRequests({ pathname, search });
};

describe('planEarlyRequests', () => {
  it('asks for the comparison and the meeting list of a compare permalink', () => {
    expect(at('/compare?base=a&target=b&topic=drugs&actor=us')).toEqual([
      '/api/compare?base=a&target=b',
      '/api/documents?sort=-date&pageSize=200',
    ]);
  });

  it('asks only for the meeting list when the pair is missing or is one meeting twice', () => {
    expect(at('/compare')).toEqual(['/api/documents?sort=-date&pageSize=200']);
    expect(at('/compare?base=a&target=a')).toEqual(['/api/documents?sort=-date&pageSize=200']);
  });

  it('drops malformed ids as the compare page does', () => {
    expect(at('/compare?base=a&target=%3Cscript%3E')).toEqual(['/api/documents?sort=-date&pageSize=200']);
  });

  it('asks for the record of a meeting page, with its id encoded again', () => {
    expect(at('/meetings/som-2023-03-16-stockholm?statement=s1')).toEqual([
      '/api/documents/som-2023-03-16-stockholm',
    ]);
    expect(at('/meetings/a%2Fb')).toEqual(['/api/documents/a%2Fb']);
  });

  it('asks for nothing on other pages or on an undecodable id', () => {
    expect(at('/')).toEqual([]);
    expect(at('/search?q=europol')).toEqual([]);
    expect(at('/meetings/%E0%A4%A')).toEqual([]);
    expect(at('/meetings/a/source')).toEqual([]);
  });
});
