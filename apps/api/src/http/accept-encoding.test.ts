import { describe, expect, it } from 'vitest';
import { acceptedCodings } from './accept-encoding.js';

describe('acceptedCodings', () => {
  it('accepts the listed codings and those covered by *', () => {
    expect(acceptedCodings('gzip, deflate, br, zstd')).toEqual({ br: true, gzip: true });
    expect(acceptedCodings('gzip, deflate')).toEqual({ br: false, gzip: true });
    expect(acceptedCodings(['gzip', 'br'])).toEqual({ br: true, gzip: true });
    expect(acceptedCodings('br;q=1.0, *;q=0.5')).toEqual({ br: true, gzip: true });
    expect(acceptedCodings('GZIP;Q=0.8')).toEqual({ br: false, gzip: true });
  });

  it('honours q=0 refusals, including over *', () => {
    expect(acceptedCodings('br;q=0, gzip')).toEqual({ br: false, gzip: true });
    expect(acceptedCodings('gzip;q=0')).toEqual({ br: false, gzip: false });
    expect(acceptedCodings('*;q=0.5, br;q=0.0')).toEqual({ br: false, gzip: true });
  });

  it('accepts nothing for identity, unknown codings or no header', () => {
    expect(acceptedCodings('identity')).toEqual({ br: false, gzip: false });
    expect(acceptedCodings('deflate, zstd')).toEqual({ br: false, gzip: false });
    expect(acceptedCodings('')).toEqual({ br: false, gzip: false });
    expect(acceptedCodings(undefined)).toEqual({ br: false, gzip: false });
  });
});
