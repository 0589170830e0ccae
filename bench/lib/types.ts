export interface Metric {
  /** The name issues use, e.g. `calendar.month_range_p50_ms`. */
  name: string;
  value: number;
  unit: string;
  /** The same quantity for the baseline the issue names, measured in the same run. */
  baseline?: number;
  ratio?: number;
}

export interface Benchmark {
  /** Metric names this benchmark reports; the command-line filter matches against them. */
  metrics: string[];
  run(): Promise<Metric[]> | Metric[];
}
