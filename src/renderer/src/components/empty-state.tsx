import type { ReactNode } from 'react';
import './empty-state.css';

interface EmptyStateProps {
  icon: ReactNode;
  title: string;
  body: string;
  action?: { label: string; onClick(): void };
  /** Heading level: pages use h2 under their h1. */
  headingLevel?: 2 | 3;
  testId?: string;
}

/** Says what is missing and what to do next, with one clear button. */
export function EmptyState({ icon, title, body, action, headingLevel = 2, testId }: EmptyStateProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="empty-state" data-testid={testId}>
      <div className="empty-state-icon" aria-hidden="true">
        {icon}
      </div>
      <Heading className="empty-state-title">{title}</Heading>
      <p className="empty-state-body">{body}</p>
      {action && (
        <button type="button" className="button button-primary button-large" onClick={action.onClick}>
          {action.label}
        </button>
      )}
    </section>
  );
}
