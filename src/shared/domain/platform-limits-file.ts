import platformLimitsJson from '../../../resources/platform-limits.json';
import { loadPlatformLimits } from './platform-limits';

/**
 * The limits file that ships with the app, validated once. The editor counts against it as the
 * user types, and the API checks submissions and fits formats against the very same file.
 */
export const shippedPlatformLimits = loadPlatformLimits(platformLimitsJson);
