import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { DocumentStore } from '../store/document-store.js';

declare module 'fastify' {
  interface FastifyInstance {
    store: DocumentStore;
  }
}

export interface StorePluginOptions {
  store: DocumentStore;
  /** Close the store when the app closes (true when `buildApp` opened it). */
  closeOnExit: boolean;
}

/** Makes the store available to routes as `app.store`, and closes it with the app when it owns it. */
export const storePlugin = fp(
  async (app: FastifyInstance, options: StorePluginOptions) => {
    app.decorate('store', options.store);
    if (options.closeOnExit) app.addHook('onClose', async () => options.store.close());
  },
  { name: 'som-store' },
);
