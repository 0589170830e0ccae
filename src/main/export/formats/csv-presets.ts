import csvPresetsJson from '../../../../resources/csv-presets.json';
import { loadCsvPresets, type CsvPresetDefinition } from '../../../shared/domain/csv-presets';
import type { CsvPresetId } from '../../../shared/domain/exports';

// Validated once at load: a broken presets file stops the app at start, not an office's export.
const presets = loadCsvPresets(csvPresetsJson);

export function csvPresetDefinition(id: CsvPresetId): CsvPresetDefinition {
  // loadCsvPresets has checked that every id is present exactly once.
  return presets.get(id)!;
}

/** What the export view shows for each layout, in the file's order. */
export function csvPresets(): Pick<
  CsvPresetDefinition,
  'id' | 'label' | 'description' | 'source' | 'limits'
>[] {
  return [...presets.values()].map(({ id, label, description, source, limits }) => ({
    id,
    label,
    description,
    source,
    ...(limits ? { limits } : {}),
  }));
}
