// @ts-check
// A photo as a phone takes it is megabytes and thousands of pixels a side;
// the backend keeps photos far smaller, so the plan and a routine file stay
// small. The backend walks a chosen file whole, and when it refuses a sound
// photo for its size alone (`too_large`), the window draws a smaller copy
// and offers that instead, which the backend checks like any photo. The
// window decides nothing: it only redraws what the backend says is a sound
// photo. A copy also leaves behind what the camera wrote beside the picture
// (where and when it was taken).

/** @import { Photo } from './ipc/Photo' */
import { api } from './api.js';

/// The longest side of each copy tried, largest first, and its JPEG quality.
const LONGEST_SIDES = [1280, 960, 640];
const QUALITY = 0.8;

/// Whether the backend refused a chosen photo for its size alone.
/** @param {unknown} err */
export const onlyTooLarge = (err) => /** @type {{ code?: string }} */ (err)?.code === 'too_large';

/**
 * Draws smaller copies of a photo, largest first, until the backend keeps
 * one; if none is kept, the last refusal is thrown.
 * @param {string} base64 the file's bytes
 * @param {string} type the file's media type, as the file chooser says it
 * @param {unknown} refusal the backend's refusal of the file itself
 * @returns {Promise<{ photo: Photo, width: number, height: number }>}
 */
export async function smallerCopy(base64, type, refusal) {
  const image = new Image();
  image.src = `data:${type === 'image/png' ? 'image/png' : 'image/jpeg'};base64,${base64}`;
  try {
    await image.decode();
  } catch {
    // The webview cannot draw it: the backend's word stands.
    throw refusal;
  }
  const longest = Math.max(image.naturalWidth, image.naturalHeight);
  let last = refusal;
  for (const side of LONGEST_SIDES) {
    const scale = Math.min(1, side / longest);
    const width = Math.max(1, Math.round(image.naturalWidth * scale));
    const height = Math.max(1, Math.round(image.naturalHeight * scale));
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) throw refusal;
    // A JPEG has no transparency: a transparent PNG is laid on white, as a page.
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, width, height);
    context.drawImage(image, 0, 0, width, height);
    const url = canvas.toDataURL('image/jpeg', QUALITY);
    try {
      const photo = await api.readPhoto(url.slice(url.indexOf(',') + 1));
      return { photo, width, height };
    } catch (err) {
      if (!onlyTooLarge(err)) throw err;
      last = err;
    }
  }
  throw last;
}
