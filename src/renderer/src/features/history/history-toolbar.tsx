import { useEffect, useState } from 'react';
import { linkStatuses, type LinkStatus } from '@shared/domain/link';
import { providerIds, providerNames, type ProviderId } from '@shared/domain/provider-id';
import { Field } from '../../components/field';
import { useI18n } from '../../lib/use-i18n';
import { useAccountsStore } from '../accounts';
import { emptyFilterState, isFiltered, rangeKinds, type RangeKind } from './history-filter-model';
import { useHistoryStore } from './history-store';
import { useDebouncedEffect } from './use-debounced';

export const SEARCH_DEBOUNCE_MS = 250;

/** Search box and filters; the text is applied once typing pauses, the selects at once. */
export function HistoryToolbar() {
  const { t } = useI18n();
  const controls = useHistoryStore((s) => s.controls);
  const problem = useHistoryStore((s) => s.filterProblem);
  const setControls = useHistoryStore((s) => s.setControls);
  const accounts = useAccountsStore((s) => s.views);
  const [text, setText] = useState(controls.text);

  // Controls reset from outside (the Today view, Clear filters) show in the box.
  useEffect(() => setText(controls.text), [controls.text]);
  useDebouncedEffect(text, SEARCH_DEBOUNCE_MS, (value) => {
    if (value !== useHistoryStore.getState().controls.text) setControls({ text: value });
  });

  return (
    <div className="history-toolbar" role="search">
      <Field label={t('history.search.label')} help={t('history.search.help')}>
        {(control) => (
          <input
            {...control}
            className="input"
            type="search"
            autoComplete="off"
            spellCheck={false}
            value={text}
            maxLength={200}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => {
              // Enter applies at once instead of waiting for the pause.
              if (e.key === 'Enter') setControls({ text });
            }}
          />
        )}
      </Field>
      <fieldset className="history-filters">
        <legend className="visually-hidden">{t('history.filters.label')}</legend>
        <Select label={t('history.filter.account')} value={controls.accountId} onChange={(accountId) => setControls({ accountId })}>
          <option value="">{t('history.filter.allAccounts')}</option>
          {accounts.map(({ account }) => (
            <option key={account.id} value={account.id}>
              {account.label}
            </option>
          ))}
        </Select>
        <Select label={t('history.filter.provider')} value={controls.provider} onChange={(v) => setControls({ provider: v as ProviderId | '' })}>
          <option value="">{t('history.filter.allProviders')}</option>
          {providerIds.map((id) => (
            <option key={id} value={id}>
              {providerNames[id]}
            </option>
          ))}
        </Select>
        <Select label={t('history.filter.status')} value={controls.status} onChange={(v) => setControls({ status: v as LinkStatus | '' })}>
          <option value="">{t('history.filter.allStatuses')}</option>
          {linkStatuses.map((status) => (
            <option key={status} value={status}>
              {t(`history.status.${status}`)}
            </option>
          ))}
        </Select>
        <Select label={t('history.filter.range')} value={controls.range} onChange={(v) => setControls({ range: v as RangeKind })}>
          {rangeKinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(`history.range.${kind}`)}
            </option>
          ))}
        </Select>
        {controls.range === 'custom' && (
          <>
            <DateInput label={t('history.filter.from')} value={controls.fromDate} onChange={(fromDate) => setControls({ fromDate })} />
            <DateInput label={t('history.filter.to')} value={controls.toDate} onChange={(toDate) => setControls({ toDate })} />
          </>
        )}
      </fieldset>
      {problem && (
        <p className="field-error" role="alert">
          {t(problem === 'bad-date' ? 'history.filter.badDate' : 'history.filter.fromAfterTo')}
        </p>
      )}
      {isFiltered(controls) && (
        <button type="button" className="button button-quiet" onClick={() => setControls(emptyFilterState)}>
          {t('history.filter.clear')}
        </button>
      )}
    </div>
  );
}

function Select({ label, value, onChange, children }: { label: string; value: string; onChange(v: string): void; children: React.ReactNode }) {
  return (
    <Field label={label}>
      {(control) => (
        <select {...control} className="select" value={value} onChange={(e) => onChange(e.target.value)}>
          {children}
        </select>
      )}
    </Field>
  );
}

function DateInput({ label, value, onChange }: { label: string; value: string; onChange(v: string): void }) {
  return (
    <Field label={label}>
      {(control) => <input {...control} className="input" type="date" value={value} onChange={(e) => onChange(e.target.value)} />}
    </Field>
  );
}
