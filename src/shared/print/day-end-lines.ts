import { bucketSums, dayEndGroups, type DayEndBucket, type DayEndGroup } from '../domain/day-end-report';
import { formatMoney } from '../domain/money';

/** One table row: a status (or "made"), its count and its money per currency (`1.250,50 ₺ · 12,00 €`). */
export interface BucketLine {
  key: 'made' | DayEndGroup;
  count: number;
  sums: string[];
}

export function bucketLine(key: BucketLine['key'], bucket: DayEndBucket): BucketLine {
  return { key, count: bucket.count, sums: bucketSums(bucket).map((s) => formatMoney({ minor: s.sumMinor, currency: s.currency })) };
}

/** "Made" first, then each status that has links (an empty status is not worth a line at closing time). */
export function reportLines(made: DayEndBucket, groups: Record<DayEndGroup, DayEndBucket>): BucketLine[] {
  return [bucketLine('made', made), ...dayEndGroups.filter((g) => groups[g].count > 0).map((g) => bucketLine(g, groups[g]))];
}
