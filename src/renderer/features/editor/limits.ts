import platformLimitsJson from '../../../../resources/platform-limits.json';
import { loadPlatformLimits } from '../../../shared/domain/platform-limits';

/**
 * The platform limits the editor counts against: the same JSON file the API checks on submit,
 * bundled with the renderer so the counters work without a round trip per keystroke.
 */
export const platformLimits = loadPlatformLimits(platformLimitsJson);
