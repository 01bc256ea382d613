import type { Notice } from '@shared/domain/notice';

/** Things the user must be told (e.g. a damaged file was set aside), until they dismiss them. */
export class NoticeBoard {
  private notices: Notice[] = [];
  private listeners = new Set<(notices: Notice[]) => void>();

  list(): Notice[] {
    return [...this.notices];
  }

  add(notice: Notice): void {
    this.notices.push(notice);
    this.changed();
  }

  dismiss(id: string): boolean {
    const before = this.notices.length;
    this.notices = this.notices.filter((n) => n.id !== id);
    if (this.notices.length === before) return false;
    this.changed();
    return true;
  }

  onChange(listener: (notices: Notice[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    for (const listener of this.listeners) listener(this.list());
  }
}
