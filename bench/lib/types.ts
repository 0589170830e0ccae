export interface Metric {
  /** The name issues use, e.g. `calendar.month_range_p50_ms`. */
  name: string;
  value: number;
  unit: string;
  /** The same quantity for the baseline the issue names, measured in the same run. */
  baseline?: number;
  ratio?: number;
}

/** Command-line options a benchmark may read (`--duration N`, `--soak N`, in seconds). */
export interface BenchOptions {
  duration?: number;
  soak?: number;
}

export interface Benchmark {
  /** Metric names this benchmark reports; the command-line filter matches against them. */
  metrics: string[];
  run(options?: BenchOptions): Promise<Metric[]> | Metric[];
}
