import { useEffect, useRef, type ReactNode } from 'react';
import { useNavigation } from '../app/navigation-store';

/**
 * A page's h1. After the user navigates, focus moves here so keyboard and screen-reader users
 * start at the top of the new page (not on the first load, which would steal the initial focus).
 */
export function PageHeading({ children, actions }: { children: ReactNode; actions?: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const visit = useNavigation((s) => s.visit);
  useEffect(() => {
    if (visit > 0) ref.current?.focus();
  }, [visit]);
  return (
    <header className="page-header">
      <h1 ref={ref} tabIndex={-1}>
        {children}
      </h1>
      {actions && <div className="page-actions">{actions}</div>}
    </header>
  );
}
