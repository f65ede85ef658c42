/** Client-side checks before a file is sent (the API checks again). */

/** Largest upload the API accepts (API.md: 413 above 20 MB). */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** Returns why a file cannot be uploaded, or null when it can. */
export function checkUploadFile(file: { name: string; size: number }): string | null {
  if (!/\.(txt|pdf)$/i.test(file.name)) return `“${file.name}” is not a .txt or .pdf file.`;
  if (file.size === 0) return `“${file.name}” is empty.`;
  if (file.size > MAX_UPLOAD_BYTES) return `“${file.name}” is larger than 20 MB.`;
  return null;
}
