import { z } from 'zod';
import { counterNameSchema } from '@shared/domain/shop';
import type { Clock } from '../clock';
import type { NoticeBoard } from '../store/notice-board';
import { VersionedDocument, type DocumentSpec } from '../store/versioned-document';

/** This counter's place in a shop (main only; the password is in the keychain, never here). */
const shopConnectionSchema = z.object({
  host: z.string().min(1).max(253),
  port: z.number().int().min(1).max(65_535),
  database: z.string().min(1).max(63),
  user: z.string().min(1).max(64),
  tls: z.boolean(),
  counterName: counterNameSchema,
  /** This counter's own id in the shop: claims are taken and fenced under it (names may repeat). */
  counterId: z.string().regex(/^ctr_[a-f0-9]{12}$/),
});
export type ShopConnection = z.infer<typeof shopConnectionSchema>;

const shopFileSchema = z.object({ connection: shopConnectionSchema.optional() });
type ShopFile = z.infer<typeof shopFileSchema>;

const shopFileSpec: DocumentSpec<ShopFile> = {
  store: 'shop',
  fileName: 'shop.json',
  version: 1,
  schema: shopFileSchema,
  defaults: () => ({}),
  migrations: {},
};

export class ShopSettingsStore {
  private constructor(private readonly doc: VersionedDocument<ShopFile>) {}

  static async open(dataDir: string, notices: NoticeBoard, clock: Clock): Promise<ShopSettingsStore> {
    return new ShopSettingsStore(await VersionedDocument.open(dataDir, shopFileSpec, notices, clock));
  }

  get connection(): ShopConnection | undefined {
    return this.doc.value.connection;
  }

  async save(connection: ShopConnection | undefined): Promise<void> {
    await this.doc.update(() => (connection ? { connection } : {}));
  }
}
