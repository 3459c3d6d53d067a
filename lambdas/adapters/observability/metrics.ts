import { emitLine } from './logger';

/**
 * Anonymous counters as CloudWatch Embedded Metric Format log lines: no
 * client, no extra request, and the numbers appear in the `Pathways`
 * namespace (the alarms watch `SendFailures` with no dimensions). Dimension
 * values are categories (topic, language, channel, source), never people.
 */
export function countMetric(name: string, dimensions: Record<string, string> = {}, value = 1): void {
  const keys = Object.keys(dimensions);
  emitLine(
    JSON.stringify({
      _aws: {
        Timestamp: Date.now(),
        CloudWatchMetrics: [{ Namespace: 'Pathways', Dimensions: [keys], Metrics: [{ Name: name, Unit: 'Count' }] }],
      },
      ...dimensions,
      [name]: value,
    }),
  );
}
