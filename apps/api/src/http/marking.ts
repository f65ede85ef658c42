import type { FastifyReply } from 'fastify';

/**
 * Sets `X-Som-Marking` to the distinct markings ("LIMITE") of the documents a response carries,
 * so restricted content is labelled even where the body is not read (logs, proxies, downloads).
 */
export function setMarkingHeader(reply: FastifyReply, markings: readonly (string | null)[]): void {
  const distinct = [
    ...new Set(markings.filter((m): m is string => typeof m === 'string' && m !== '')),
  ].sort();
  if (distinct.length > 0) reply.header('X-Som-Marking', distinct.join(', ').replace(/[^\x20-\x7e]/g, '?'));
}
