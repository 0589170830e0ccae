/**
 * The only browser permission the app grants: putting plain text or a PNG on the clipboard,
 * for the "Salin caption" button officers use to paste a caption into Instagram or Facebook.
 * The sanitized variant cannot read the clipboard or write arbitrary formats, so a compromised
 * page learns nothing from it.
 *
 * Everything else is denied. A calendar and asset library needs no camera, microphone,
 * location, notifications, MIDI, USB/serial/HID devices, screen capture, fullscreen requests
 * from page script, or `openExternal` (links go out through the main process, which validates
 * them). Denying by default means a permission Chromium adds later is denied too.
 */
const grantedPermissions: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

export function isPermissionAllowed(permission: string): boolean {
  return grantedPermissions.has(permission);
}
