import { describe, expect, it } from 'vitest';
import { checkUploadFile, MAX_UPLOAD_BYTES } from './check-upload-file';

describe('checkUploadFile', () => {
  it('accepts .txt and .pdf files of any case', () => {
    expect(checkUploadFile({ name: 'record.txt', size: 10 })).toBeNull();
    expect(checkUploadFile({ name: 'RECORD.PDF', size: 10 })).toBeNull();
  });

  it('refuses other types, empty files and files over 20 MB', () => {
    expect(checkUploadFile({ name: 'record.docx', size: 10 })).toMatch(/not a \.txt or \.pdf/);
    expect(checkUploadFile({ name: 'record.txt', size: 0 })).toMatch(/empty/);
    expect(checkUploadFile({ name: 'record.pdf', size: MAX_UPLOAD_BYTES + 1 })).toMatch(/20 MB/);
  });
});
