import { useEffect, useId, useRef, useState, type InputHTMLAttributes, type KeyboardEvent } from 'react';
import type { Contact } from '@shared/domain/contact';
import { formatPhone } from '@shared/domain/phone';
import type { ControlProps } from '../../components/field';
import { invoke } from '../../lib/ipc';
import { useI18n } from '../../lib/use-i18n';

interface SuggestInputProps {
  control: ControlProps;
  name: string;
  value: string;
  /** Characters typed before the book is searched. */
  minChars: number;
  inputProps?: InputHTMLAttributes<HTMLInputElement>;
  onChange(value: string): void;
  onBlur(): void;
  onPick(contact: Contact): void;
}

const SEARCH_DELAY_MS = 150;
const LIMIT = 8;

/** One suggestion as a line: name, phone, e-mail. */
export function contactLine(contact: Contact, unnamed: string): string {
  return [contact.name || unnamed, contact.phone ? formatPhone(contact.phone) : '', contact.email ?? ''].filter(Boolean).join(' · ');
}

/**
 * A text input that suggests saved customers (`contacts:list`) as the user types: an ARIA
 * combobox. Down/Up move, Enter picks, Esc closes the list (and only the list).
 */
export function SuggestInput({ control, name, value, minChars, inputProps, onChange, onBlur, onPick }: SuggestInputProps) {
  const { t } = useI18n();
  const listId = useId();
  const [items, setItems] = useState<Contact[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const typed = useRef(false);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const text = value.trim();
    // Only what the user types searches (not a pick or a prefill filling the field).
    if (!typed.current || text.length < minChars) {
      setItems([]);
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      void invoke('contacts:list', { text, limit: LIMIT }).then((result) => {
        if (!current) return;
        setItems(result.ok ? result.value : []);
        setActive(-1);
        // The user may have moved on while the book was searched.
        setOpen(document.activeElement === inputRef.current);
      });
    }, SEARCH_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [value, minChars]);

  const expanded = open && items.length > 0;
  const pick = (contact: Contact) => {
    typed.current = false;
    setOpen(false);
    setItems([]);
    onPick(contact);
  };

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (!expanded) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (i + step + items.length) % items.length);
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault(); // pick, do not submit the form
      const contact = items[active];
      if (contact) pick(contact);
    } else if (event.key === 'Escape') {
      event.preventDefault(); // close the list, do not clear the form
      setOpen(false);
    }
  }

  return (
    <div className="suggest">
      <input
        {...control}
        {...inputProps}
        ref={inputRef}
        className="input"
        name={name}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        autoComplete="off"
        value={value}
        onChange={(e) => {
          typed.current = true;
          onChange(e.target.value);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          setOpen(false);
          onBlur();
        }}
      />
      <ul id={listId} role="listbox" aria-label={t('newLink.suggestions')} className="suggest-list" hidden={!expanded}>
        {items.map((contact, index) => (
          <li
            key={contact.id}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            className="suggest-option"
            // mousedown, not click: the input must not lose focus (and close the list) first.
            onMouseDown={(e) => {
              e.preventDefault();
              pick(contact);
            }}
          >
            {contactLine(contact, t('contacts.unnamed'))}
          </li>
        ))}
      </ul>
    </div>
  );
}
