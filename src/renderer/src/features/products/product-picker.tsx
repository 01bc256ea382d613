import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { formatMinor, formatMoney } from '@shared/domain/money';
import type { Product } from '@shared/domain/product';
import { useI18n } from '../../lib/use-i18n';
import type { FormBinding, NewLinkDraft } from '../new-link';
import { useProductsStore } from './products-store';
import './products.css';
import { matchTurkishNames } from '@shared/domain/turkish-text';

const MAX_SHOWN = 8;

/** Ctrl+K (⌘K): jump to the product picker. Ctrl+N, H, G, O and P are taken by the menu and printing. */
export function isProductShortcut(event: Pick<globalThis.KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): boolean {
  return (event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'k';
}

/** What picking a product changes on the draft: amount, description, and the presets the provider takes. */
export function productPatch(product: Product, binding: Pick<FormBinding, 'provider' | 'caps'>): Partial<NewLinkDraft> {
  const preset = product.options?.[binding.provider];
  return {
    amountText: formatMinor(product.price.minor),
    description: product.name,
    ...(binding.caps.currencies.includes(product.price.currency) ? { currency: product.price.currency } : {}),
    ...(preset?.linkType && binding.caps.linkTypes.includes(preset.linkType) ? { linkType: preset.linkType } : {}),
    ...(preset?.maxInstallments && binding.caps.installments ? { maxInstallments: preset.maxInstallments } : {}),
  };
}

/**
 * The link form's product picker and quick-amount buttons. Typing filters the catalogue, arrows
 * move, Enter picks; with the list closed Enter is the form's own (create the link).
 */
export function ProductPicker({ binding }: { binding: FormBinding }) {
  const { t } = useI18n();
  const products = useProductsStore((s) => s.products);
  const quickAmounts = useProductsStore((s) => s.quickAmounts);
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();

  useEffect(() => void useProductsStore.getState().load(), []);
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (!isProductShortcut(event)) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  if (products.length === 0 && quickAmounts.length === 0) return null;
  // `cay` finds `Çay` (typed without Turkish letters), after the names spelt exactly.
  const shown = matchTurkishNames(products, text, (p) => p.name).slice(0, MAX_SHOWN);

  const pick = (product: Product) => {
    binding.change(productPatch(product, binding));
    setText(product.name);
    setOpen(false);
  };

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (!open || shown.length === 0) {
      if (event.key === 'ArrowDown' && shown.length > 0) {
        event.preventDefault();
        setOpen(true);
      }
      return; // Enter with the list closed submits the form
    }
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => (i + (event.key === 'ArrowDown' ? 1 : shown.length - 1)) % shown.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      pick(shown[Math.min(active, shown.length - 1)]!);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setOpen(false);
    }
  }

  return (
    <div className="product-picker" data-testid="product-picker">
      {products.length > 0 && (
        <>
          <input
            ref={input}
            className="input"
            type="text"
            role="combobox"
            name="product"
            aria-label={t('products.picker')}
            aria-keyshortcuts="Control+K"
            aria-expanded={open && shown.length > 0}
            aria-controls={listId}
            aria-autocomplete="list"
            placeholder={t('products.pickerPlaceholder')}
            autoComplete="off"
            maxLength={60}
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              setActive(0);
              setOpen(true);
            }}
            onFocus={() => setOpen(true)}
            onBlur={() => setOpen(false)}
            onKeyDown={onKeyDown}
          />
          {open && shown.length > 0 && (
            <ul id={listId} className="product-options" role="listbox" aria-label={t('products.picker')}>
              {shown.map((p, i) => (
                <li
                  key={p.id}
                  role="option"
                  aria-selected={i === active}
                  onMouseDown={(e) => {
                    e.preventDefault();
                    pick(p);
                  }}
                >
                  {p.name} · {formatMoney(p.price)}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {quickAmounts.map((minor) => (
        <button key={minor} type="button" className="button" data-testid="quick-amount" onClick={() => binding.change({ amountText: formatMinor(minor) })}>
          {formatMinor(minor)}
        </button>
      ))}
    </div>
  );
}
