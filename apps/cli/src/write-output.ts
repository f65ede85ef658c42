/**
 * Writes a command's result to stdout, ending with exactly one newline. Nothing else in the CLI
 * writes to stdout, so `pnpm --silent som ... --format json | jq` sees pure JSON.
 */
export function writeOutput(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

/** Serialises a result as stable, indented JSON. */
export function formatJson(value: unknown): string {
  return JSON.stringify(value, null, 2);
}
