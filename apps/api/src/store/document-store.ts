import type { OutcomeDocument } from '@som/domain';
import type {
  AuditEntry,
  DocumentSummary,
  Role,
  SearchHit,
  TokenInfo,
  TopicCount,
} from '../schemas/api-schemas.js';

/** What the store needs to keep one ingested record: the parse and the original file it came from. */
export interface IngestInput {
  document: OutcomeDocument;
  /** The bytes exactly as uploaded (a .txt or .pdf file, or the UTF-8 of a JSON `text`). */
  original: Uint8Array;
  fileName: string | null;
}

/** `unchanged` when a record with the same original bytes is already stored: nothing is written. */
export interface IngestResult {
  status: 'ingested' | 'unchanged';
  document: OutcomeDocument;
}

/** What identifies the current parse of a stored document, cheaply (used for cache keys and markings). */
export interface DocumentVersion {
  id: string;
  /** sha256 of the original bytes. */
  contentSha256: string;
  /** `source.sha256` of the parse (the normalised text). */
  textSha256: string;
  /** sha256 of the stored parse JSON: changes when `reparse` changes anything. */
  parseSha256: string;
  classification: string | null;
}

export interface ListDocumentsQuery {
  kind?: string;
  year?: number;
  classification?: string;
  q?: string;
  sort: 'date' | '-date';
  page: number;
  pageSize: number;
}

export interface SearchQuery {
  q?: string;
  actor?: string;
  stance?: string;
  topic?: string;
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

/** The original file of a stored document, for `reparse`. */
export interface StoredOriginal {
  id: string;
  bytes: Uint8Array;
  fileName: string | null;
  format: string;
}

/** A token as the store keeps it: the secret itself is never stored, only its sha256. */
export interface TokenRecord extends TokenInfo {
  revoked: boolean;
}

/**
 * Where documents, tokens and the audit log live. Routes only see this interface, so another engine
 * can be added beside SQLite without touching them. Every method may be async.
 */
export interface DocumentStore {
  /** Stores a parse and its original in one transaction; same original bytes again → `unchanged`. */
  ingest(input: IngestInput): Promise<IngestResult>;
  /** Stores many records in one transaction (all or none): for bulk loads such as benchmarks and imports. */
  ingestMany(inputs: readonly IngestInput[]): Promise<IngestResult[]>;
  /** Replaces the parse of a stored document (same id, same original), e.g. after a parser upgrade. */
  replaceParse(id: string, document: OutcomeDocument): Promise<void>;
  countDocuments(): Promise<number>;
  listDocuments(query: ListDocumentsQuery): Promise<{ items: DocumentSummary[]; total: number }>;
  getVersion(id: string): Promise<DocumentVersion | null>;
  getDocument(id: string): Promise<OutcomeDocument | null>;
  /** The stored parse as JSON text, ready to send without re-serialising. */
  getDocumentJson(id: string): Promise<string | null>;
  /** Documents whose meeting date (start, else issue date) is within [from, to], oldest first. */
  loadDocuments(range: { from?: string; to?: string }): Promise<OutcomeDocument[]>;
  listOriginalIds(): Promise<string[]>;
  getOriginal(id: string): Promise<StoredOriginal | null>;
  /** True when something was deleted. */
  deleteDocument(id: string): Promise<boolean>;
  listTopics(): Promise<TopicCount[]>;
  search(query: SearchQuery): Promise<{ items: SearchHit[]; total: number }>;
  createToken(input: { role: Role; label: string | null }): Promise<{ token: string; info: TokenInfo }>;
  /** The active (not revoked) token whose sha256 is `tokenHash`, else null. */
  findToken(tokenHash: string): Promise<TokenRecord | null>;
  listTokens(): Promise<TokenRecord[]>;
  /** Revokes a token; true when it existed and was active. */
  revokeToken(id: string): Promise<boolean>;
  appendAudit(entry: Omit<AuditEntry, 'at'>): Promise<void>;
  listAudit(page: { limit: number; offset: number }): Promise<{ items: AuditEntry[]; total: number }>;
  getSetting(key: string): Promise<string | null>;
  setSetting(key: string, value: string): Promise<void>;
  close(): void;
}
