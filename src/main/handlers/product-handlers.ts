import { userText } from '@shared/i18n/user-text';
import type { HandlerTable } from '@shared/contract';
import type { ProductDraft } from '@shared/domain/product';
import type { Settings } from '@shared/domain/settings';
import { AppFailure, fail, ok } from '@shared/result';
import { DEFAULT_AMOUNT_LIMIT_MINOR, isAboveShopLimit } from '@shared/rules/amount-rules';
import { readProductsCsv } from '../export/products-csv-import';
import { productsCsv, productsCsvFileName } from '../export/products-csv';
import type { ProductsStore } from '../store/products-store';
import type { OpenFile, SaveFile } from '../desktop-host';

export interface ProductHandlerDeps {
  store: ProductsStore;
  settings: { get(): Settings };
  saveFile?: SaveFile;
  openFile?: OpenFile;
}

type ProductChannel = 'products:list' | 'products:save' | 'products:delete' | 'products:set-quick-amounts' | 'products:import-csv' | 'products:export-csv';

/** Bad rows listed back to the user: enough to fix a file, never an unbounded answer. */
const MAX_BAD_ROWS = 1000;

export function productHandlers({ store, settings, saveFile, openFile }: ProductHandlerDeps) {
  const limit = () => settings.get().amountLimitMinor ?? DEFAULT_AMOUNT_LIMIT_MINOR;
  return {
    'products:list': async () => ok(store.list()),
    'products:save': async ({ id, product }) => {
      refuseAboveLimit(product, limit());
      return ok(await store.save(product, id));
    },
    'products:delete': async ({ id }) => {
      await store.remove(id);
      return ok({ done: true as const });
    },
    'products:set-quick-amounts': async ({ amounts }) => {
      await store.setQuickAmounts(amounts);
      return ok({ done: true as const });
    },
    'products:import-csv': async () => {
      if (!openFile) return fail('unsupported', 'Opening files is not available here');
      const file = await openFile(['csv', 'txt']);
      if (!file.opened) return ok({ opened: false, imported: 0, bad: [] });
      const { drafts, bad } = readProductsCsv(file.content, limit());
      const imported = await store.addAll(drafts);
      return ok({ opened: true, imported, bad: bad.slice(0, MAX_BAD_ROWS) });
    },
    'products:export-csv': async () => {
      if (!saveFile) return fail('unsupported', 'Saving files is not available here');
      const language = settings.get().language;
      const result = await saveFile(productsCsvFileName(language), productsCsv(store.list().products, language));
      const fileName = result.fileName?.slice(-300);
      return ok({ saved: result.saved, ...(fileName ? { fileName } : {}) });
    },
  } satisfies Pick<HandlerTable, ProductChannel>;
}

/** The same upper amount the link form keeps: a product above it would only make links that need confirming. */
function refuseAboveLimit(product: ProductDraft, limitMinor: number): void {
  if (!isAboveShopLimit(product.price.minor, limitMinor)) return;
  throw AppFailure.of('invalid-input', 'The price is above the shop limit', {
    field: 'price',
    userText: userText('answer.products.aboveLimit'),
  });
}
