import { userText } from '@shared/i18n/user-text';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { MAX_PRODUCTS, productSchema, quickAmountsSchema, type Product, type ProductDraft } from '@shared/domain/product';
import { AppFailure } from '@shared/result';
import type { Clock } from '../clock';
import type { NoticeBoard } from './notice-board';
import { VersionedDocument, type DocumentSpec } from './versioned-document';

/** Kept in the order the shop sees them in Settings; new products at the end. */
const productsFileSchema = z.object({
  products: z.array(productSchema).max(MAX_PRODUCTS),
  quickAmounts: quickAmountsSchema,
});
export type ProductsFile = z.infer<typeof productsFileSchema>;

export const productsFileSpec: DocumentSpec<ProductsFile> = {
  store: 'products',
  fileName: 'products.json',
  version: 1,
  schema: productsFileSchema,
  defaults: () => ({ products: [], quickAmounts: [] }),
  migrations: {},
  entries: { key: 'products', schema: productSchema, nameFields: ['name', 'id'] },
};

const newProductId = () => `pr_${randomBytes(8).toString('hex')}`;

/**
 * The shop's small local catalogue (name, price, VAT flag, per-provider presets) and its
 * quick-amount buttons. Every change is one validated write: a failed write changes nothing.
 */
export class ProductsStore {
  private constructor(private readonly doc: VersionedDocument<ProductsFile>) {}

  static async open(dataDir: string, notices: NoticeBoard, clock: Clock): Promise<ProductsStore> {
    return new ProductsStore(await VersionedDocument.open(dataDir, productsFileSpec, notices, clock));
  }

  get size(): number {
    return this.doc.value.products.length;
  }

  list(): ProductsFile {
    return this.doc.value;
  }

  /** Adds a product (no id) or replaces the one with this id. */
  async save(draft: ProductDraft, id?: string): Promise<Product> {
    const product: Product = { ...draft, id: id ?? newProductId() };
    await this.doc.update((file) => {
      if (id === undefined) return { ...file, products: [...file.products, product] };
      if (!file.products.some((p) => p.id === id)) throw notFound();
      return { ...file, products: file.products.map((p) => (p.id === id ? product : p)) };
    });
    return product;
  }

  /** Adds many products in one write (a CSV import): all of them or, if the write fails, none. */
  async addAll(drafts: readonly ProductDraft[]): Promise<number> {
    if (drafts.length === 0) return 0;
    await this.doc.update((file) => {
      if (file.products.length + drafts.length > MAX_PRODUCTS) throw tooMany();
      return { ...file, products: [...file.products, ...drafts.map((d) => ({ ...d, id: newProductId() }))] };
    });
    return drafts.length;
  }

  async remove(id: string): Promise<void> {
    await this.doc.update((file) => {
      if (!file.products.some((p) => p.id === id)) throw notFound();
      return { ...file, products: file.products.filter((p) => p.id !== id) };
    });
  }

  async setQuickAmounts(amounts: readonly number[]): Promise<void> {
    await this.doc.update((file) => ({ ...file, quickAmounts: [...amounts] }));
  }
}

function notFound(): AppFailure {
  return AppFailure.of('not-found', 'No such product', {
    userText: userText('answer.products.gone'),
  });
}

function tooMany(): AppFailure {
  return AppFailure.of('invalid-input', `The catalogue holds at most ${MAX_PRODUCTS} products`, {
    userText: userText('answer.products.tooMany', { max: MAX_PRODUCTS }),
  });
}
