import { useId, type ReactNode } from 'react';
import './field.css';

/** Props every control receives so its label, help and error are announced with it. */
export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
  'aria-required'?: true;
}

interface FieldProps {
  label: string;
  help?: string | undefined;
  error?: string | undefined;
  /** Shown after the label, e.g. "(optional)". */
  note?: string | undefined;
  /** Extra marker after the label, e.g. a "stored" badge. */
  badge?: ReactNode;
  required?: boolean;
  children(control: ControlProps): ReactNode;
}

/** A labelled form row: label, control, help text and inline error, all wired for assistive tech. */
export function Field({ label, help, error, note, badge, required, children }: FieldProps) {
  const id = useId();
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const describedBy = [error ? errorId : undefined, help ? helpId : undefined].filter(Boolean).join(' ');
  const control: ControlProps = { id };
  if (describedBy) control['aria-describedby'] = describedBy;
  if (error) control['aria-invalid'] = true;
  if (required) control['aria-required'] = true;
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label className="field-label" htmlFor={id}>
        {label}
        {note && <span className="field-note"> ({note})</span>}
        {badge}
      </label>
      {children(control)}
      {help && (
        <p id={helpId} className="field-help">
          {help}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
