import { sayUserText } from '@shared/i18n/user-text';
import { useEffect, useState, type FormEvent } from 'react';
import type { ChannelOutput } from '@shared/contract';
import { currencies, formatMinor, formatMoney, type Currency } from '@shared/domain/money';
import { MAX_QUICK_AMOUNTS, type Product } from '@shared/domain/product';
import type { AppError } from '@shared/result';
import { readAmountText } from '@shared/rules/amount-rules';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorMessage } from '../../components/error-message';
import { Field } from '../../components/field';
import { invoke } from '../../lib/ipc';
import { useI18n } from '../../lib/use-i18n';
import { useProductsStore } from './products-store';
import './products.css';

interface Editing {
  id?: string;
  name: string;
  priceText: string;
  currency: Currency;
  vatIncluded: boolean;
}

const blank: Editing = { name: '', priceText: '', currency: 'TRY', vatIncluded: true };

/** Settings → Products and quick amounts: the catalogue the link form picks from, and its CSV. */
export function ProductsSection() {
  const { t, language } = useI18n();
  const products = useProductsStore((s) => s.products);
  const quickAmounts = useProductsStore((s) => s.quickAmounts);
  const { load, save, remove, setQuickAmounts, importCsv } = useProductsStore.getState();
  const [editing, setEditing] = useState<Editing>(blank);
  const [priceError, setPriceError] = useState<string>();
  const [error, setError] = useState<AppError>();
  const [notice, setNotice] = useState<string>();
  const [imported, setImported] = useState<ChannelOutput<'products:import-csv'>>();
  const [quickText, setQuickText] = useState('');
  const [deleting, setDeleting] = useState<{ id: string; name: string }>();

  useEffect(() => void load(), [load]);
  useEffect(() => setQuickText(quickAmounts.map(formatMinor).join('; ')), [quickAmounts]);

  async function onSave(event: FormEvent) {
    event.preventDefault();
    const price = readAmountText(editing.priceText);
    setPriceError(price.ok ? undefined : price.issue.message[language]);
    if (!price.ok) return;
    const draft = { name: editing.name, price: { minor: price.minor, currency: editing.currency }, vatIncluded: editing.vatIncluded };
    const existing = products.find((p) => p.id === editing.id);
    const result = await save(existing?.options ? { ...draft, options: existing.options } : draft, editing.id);
    setError(result.ok ? undefined : result.error);
    if (result.ok) setEditing(blank);
  }

  async function onSaveQuick(event: FormEvent) {
    event.preventDefault();
    const readings = quickText.split(';').filter((part) => part.trim() !== '').map((part) => readAmountText(part));
    const bad = readings.find((r) => !r.ok);
    if (bad && !bad.ok) return setNotice(bad.issue.message[language]);
    const result = await setQuickAmounts(readings.flatMap((r) => (r.ok ? [r.minor] : [])).slice(0, MAX_QUICK_AMOUNTS));
    setError(result.ok ? undefined : result.error);
  }

  const edit = (p: Product) => setEditing({ id: p.id, name: p.name, priceText: formatMinor(p.price.minor), currency: p.price.currency, vatIncluded: p.vatIncluded });

  return (
    <section className="card" aria-labelledby="products-title" data-testid="products-section">
      <h2 id="products-title">{t('products.title')}</h2>
      <p className="section-intro">{t('products.intro')}</p>
      <form className="product-edit" onSubmit={(e) => void onSave(e)} aria-label={t('products.add')}>
        <Field label={t('products.name')} required>
          {(control) => (
            <input {...control} className="input" name="productName" maxLength={60} value={editing.name} onChange={(e) => setEditing({ ...editing, name: e.target.value })} />
          )}
        </Field>
        <Field label={t('products.price')} error={priceError} required>
          {(control) => (
            <input {...control} className="input" name="productPrice" inputMode="decimal" maxLength={24} value={editing.priceText} onChange={(e) => setEditing({ ...editing, priceText: e.target.value })} />
          )}
        </Field>
        <Field label={t('products.currency')}>
          {(control) => (
            <select {...control} className="select" name="productCurrency" value={editing.currency} onChange={(e) => setEditing({ ...editing, currency: e.target.value as Currency })}>
              {currencies.map((c) => (
                <option key={c}>{c}</option>
              ))}
            </select>
          )}
        </Field>
        <label className="choice product-vat">
          <input type="checkbox" checked={editing.vatIncluded} onChange={(e) => setEditing({ ...editing, vatIncluded: e.target.checked })} />
          {t('products.vatIncluded')}
        </label>
        <div className="product-edit-actions">
          <button type="submit" className="button button-primary">
            {editing.id ? t('products.save') : t('products.add')}
          </button>
          {editing.id && (
            <button type="button" className="button button-quiet" onClick={() => setEditing(blank)}>
              {t('products.cancel')}
            </button>
          )}
        </div>
      </form>
      {error && <ErrorMessage error={error} />}
      {products.length === 0 ? (
        <p>{t('products.empty')}</p>
      ) : (
        <ul className="product-list">
          {products.map((p) => (
            <li key={p.id} className="product-row" data-testid="product-row">
              <strong>{p.name}</strong>
              <span>{formatMoney(p.price)}</span>
              <span>{p.vatIncluded ? t('products.vatIncluded') : ''}</span>
              <button type="button" className="button" aria-label={`${t('products.edit')}: ${p.name}`} onClick={() => edit(p)}>
                {t('products.edit')}
              </button>
              <button type="button" className="button button-quiet-danger" aria-label={`${t('products.delete')}: ${p.name}`} onClick={() => setDeleting({ id: p.id, name: p.name })}>
                {t('products.delete')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {deleting && (
        <ConfirmDialog
          title={t('products.deleteConfirm.title', { name: deleting.name })}
          confirmLabel={t('products.deleteConfirm.yes')}
          danger
          onClose={() => setDeleting(undefined)}
          onConfirm={() => remove(deleting.id)}
        >
          <p>{t('products.deleteConfirm.body')}</p>
        </ConfirmDialog>
      )}
      <div className="product-csv">
        <button
          type="button"
          className="button"
          onClick={async () => {
            const result = await importCsv();
            setError(result.ok ? undefined : result.error);
            setImported(result.ok && result.value.opened ? result.value : undefined);
          }}
        >
          {t('products.import')}
        </button>
        <button
          type="button"
          className="button"
          onClick={async () => {
            const result = await invoke('products:export-csv');
            setError(result.ok ? undefined : result.error);
            setNotice(result.ok && result.value.fileName ? t('products.exported', { fileName: result.value.fileName }) : undefined);
          }}
        >
          {t('products.export')}
        </button>
      </div>
      <p className="form-status" role="status">
        {imported ? t('products.imported', { count: imported.imported }) : ''} {notice ?? ''}
      </p>
      {imported && imported.bad.length > 0 && (
        <div className="product-bad-rows" data-testid="product-bad-rows">
          <p>{t('products.badRows')}</p>
          <ul>
            {imported.bad.map((b) => (
              <li key={b.line}>{t('products.badRow', { line: b.line, reason: 'key' in b.reason ? (sayUserText(b.reason, language) ?? '') : b.reason[language] })}</li>
            ))}
          </ul>
        </div>
      )}
      <form className="product-quick" onSubmit={(e) => void onSaveQuick(e)}>
        <Field label={t('products.quickAmounts')} help={t('products.quickAmountsHint')}>
          {(control) => <input {...control} className="input" name="quickAmounts" maxLength={200} value={quickText} onChange={(e) => setQuickText(e.target.value)} />}
        </Field>
        <button type="submit" className="button">
          {t('products.saveQuickAmounts')}
        </button>
      </form>
    </section>
  );
}
