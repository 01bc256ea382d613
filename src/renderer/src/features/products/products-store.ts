import { create } from 'zustand';
import type { ChannelOutput } from '@shared/contract';
import type { Product, ProductDraft } from '@shared/domain/product';
import type { Result } from '@shared/result';
import { invoke } from '../../lib/ipc';

type Catalogue = ChannelOutput<'products:list'>;

interface ProductsState {
  products: Product[];
  quickAmounts: number[];
  load(): Promise<void>;
  save(product: ProductDraft, id?: string): Promise<Result<Product>>;
  remove(id: string): Promise<Result<{ done: true }>>;
  setQuickAmounts(amounts: number[]): Promise<Result<{ done: true }>>;
  importCsv(): Promise<Result<ChannelOutput<'products:import-csv'>>>;
}

/** The shop's catalogue and quick amounts, as main keeps them; every change goes through main. */
export const useProductsStore = create<ProductsState>()((set, get) => {
  const apply = (catalogue: Catalogue) => set({ products: catalogue.products, quickAmounts: catalogue.quickAmounts });
  return {
    products: [],
    quickAmounts: [],
    async load() {
      const result = await invoke('products:list');
      if (result.ok) apply(result.value);
    },
    async save(product, id) {
      const result = await invoke('products:save', { product, ...(id ? { id } : {}) });
      if (result.ok) await get().load();
      return result;
    },
    async remove(id) {
      const result = await invoke('products:delete', { id });
      if (result.ok) await get().load();
      return result;
    },
    async setQuickAmounts(amounts) {
      const result = await invoke('products:set-quick-amounts', { amounts });
      if (result.ok) await get().load();
      return result;
    },
    async importCsv() {
      const result = await invoke('products:import-csv');
      if (result.ok) await get().load();
      return result;
    },
  };
});
