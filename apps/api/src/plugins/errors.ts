import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { Problem } from '../schemas/api-schemas.js';

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  409: 'Conflict',
  413: 'Content Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
  507: 'Insufficient Storage',
};

/** An expected failure a route reports to the client as problem+json with this status and detail. */
export class HttpProblem extends Error {
  readonly status: number;
  readonly detail: string;

  constructor(status: number, detail: string) {
    super(detail);
    this.name = 'HttpProblem';
    this.status = status;
    this.detail = detail;
  }
}

/** Sends an RFC 9457 problem+json body (sent as a string: no response schema applies to errors). */
export function sendProblem(
  reply: FastifyReply,
  status: number,
  detail: string,
  extra: Partial<Pick<Problem, 'errors'>> = {},
): FastifyReply {
  const problem: Problem = {
    type: 'about:blank',
    title: TITLES[status] ?? (status >= 500 ? 'Server Error' : 'Client Error'),
    status,
    detail,
    instance: reply.request.url.split('?')[0],
    ...extra,
  };
  return reply.code(status).type('application/problem+json').send(JSON.stringify(problem));
}

/**
 * Fastify's `frameworkErrors` hook: the router's own refusals (a path segment that is not valid
 * percent-encoded UTF-8 → 400, one longer than `maxParamLength` → 414) as problem+json. The detail and
 * `instance` never repeat the URL: it is the client's bad input, possibly huge or not printable.
 */
export function sendFrameworkProblem(
  error: FastifyError,
  _request: FastifyRequest,
  reply: FastifyReply,
): void {
  const status =
    error.statusCode && error.statusCode >= 400 && error.statusCode < 600 ? error.statusCode : 400;
  const detail =
    error.code === 'FST_ERR_BAD_URL'
      ? 'a path segment is not valid percent-encoded UTF-8'
      : error.code === 'FST_ERR_MAX_PARAM_LENGTH'
        ? 'a path segment is too long'
        : status >= 500
          ? 'the server could not complete the request'
          : 'the request path cannot be routed';
  const problem: Problem = {
    type: 'about:blank',
    title: TITLES[status] ?? (status >= 500 ? 'Server Error' : 'Client Error'),
    status,
    detail,
  };
  reply.code(status).type('application/problem+json').send(JSON.stringify(problem));
}

/**
 * The one error handler: schema validation → 400 with each failing field; Fastify's own client errors
 * (bad JSON 400, too large 413, unsupported type 415, ...) keep their status; `HttpProblem` says its own;
 * everything else is a 500 whose details go to the log only.
 */
export const errorsPlugin = fp(
  async (app: FastifyInstance) => {
    app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
      if (error instanceof HttpProblem) return sendProblem(reply, error.status, error.detail);
      if (hasZodFastifySchemaValidationErrors(error)) {
        const where = error.validationContext ?? 'request';
        const errors = error.validation.map((issue) => ({
          path: [
            where,
            ...String(issue.instancePath ?? '')
              .split('/')
              .filter(Boolean),
          ].join('.'),
          message: issue.message ?? 'invalid',
        }));
        return sendProblem(
          reply,
          400,
          `invalid ${where}: ${errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`,
          {
            errors,
          },
        );
      }
      const storage = describeStorageFailure(error);
      if (storage) {
        request.log.error({ err: error }, 'storage failure');
        return sendProblem(reply, storage.status, storage.detail);
      }
      const status = error.statusCode ?? 500;
      if (status >= 400 && status < 500) return sendProblem(reply, status, clientMessage(error, status));
      request.log.error({ err: error }, 'request failed');
      return sendProblem(
        reply,
        status >= 500 && status < 600 ? status : 500,
        'the server could not complete the request',
      );
    });
  },
  { name: 'som-errors' },
);

/** SQLite failures the operator can fix (full disk, a locked or read-only database): said plainly, not as a bare 500. */
function describeStorageFailure(error: FastifyError): { status: number; detail: string } | null {
  const code = String(error.code ?? '');
  if (code.startsWith('SQLITE_FULL'))
    return { status: 507, detail: 'the server disk is full: nothing was stored' };
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
    return { status: 503, detail: 'the database is busy: try again' };
  if (code.startsWith('SQLITE_READONLY'))
    return { status: 503, detail: 'the database is read-only: nothing was stored' };
  return null;
}

function clientMessage(error: FastifyError, status: number): string {
  if (status === 413) return 'the request body is larger than the 20 MB limit';
  if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE')
    return 'unsupported Content-Type: send application/json or multipart/form-data';
  return error.message;
}
