import { useEffect } from 'react';
import { ErrorMessage } from '../../components/error-message';
import { useI18n } from '../../lib/use-i18n';
import { useShopStore } from '../shop-counters';
import { LinkRowLines } from './history-row';
import { useHistoryStore } from './history-store';
import { searchesOlderLinks, useOlderShopLinks } from './older-shop-links-store';
import { useDebouncedEffect } from './use-debounced';

/**
 * Under the History list of a counter in a shop: what the search finds among the links this
 * computer no longer keeps (closed, older than 12 months), on the shop's server.
 */
export function OlderShopLinks() {
  const { t } = useI18n();
  const shopState = useShopStore((s) => s.status.state);
  const text = useHistoryStore((s) => s.controls.text).trim();
  const { status, rows, error, search, clear, text: answered } = useOlderShopLinks();
  const wanted = searchesOlderLinks(shopState, text);

  useDebouncedEffect(wanted ? text : '', 400, (value) => (value ? void search(value) : clear()));
  // Opening History with a search already typed (or coming back to it).
  useEffect(() => {
    if (wanted && answered !== text) void search(text);
    // Only when the screen opens: typing is followed by the debounced effect above.
  }, []);

  if (!wanted) return null;
  return (
    <section className="older-shop-links" aria-labelledby="older-shop-links-title" data-testid="older-shop-links">
      <h2 id="older-shop-links-title" className="older-shop-links-title">
        {t('history.older.title')}
      </h2>
      <p className="older-shop-links-hint">{t('history.older.hint')}</p>
      {status === 'searching' && <p role="status">{t('history.older.searching')}</p>}
      {status === 'error' && error && (
        <div>
          <ErrorMessage error={error} lead={t('history.older.failed')} />
          <button type="button" className="button" onClick={() => void search(text)}>
            {t('common.retry')}
          </button>
        </div>
      )}
      {status === 'ready' && rows.length === 0 && <p data-testid="older-shop-links-none">{t('history.older.none')}</p>}
      {status === 'ready' && rows.length > 0 && (
        <ul className="older-shop-links-list" aria-label={t('history.older.list', { count: rows.length })}>
          {rows.map((row) => (
            <li key={row.reference} className="older-shop-link" data-reference={row.reference}>
              {/* A payment years old is not news here: the "Yeni ödeme" mark belongs to History's own list. */}
              <LinkRowLines summary={{ ...row, paidUnseen: undefined }} lastFact={row.reference} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
