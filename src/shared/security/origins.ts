/**
 * Where the app lives in Electron. `linimasa://app` serves the built renderer and
 * `linimasa://media` serves asset files and thumbnails; the two hosts keep the photo library
 * out of the renderer's own origin, so a crafted file in the library can never act as the app.
 */
export const appScheme = 'linimasa';
export const appOrigin = `${appScheme}://app`;
export const mediaOrigin = `${appScheme}://media`;
