// @ts-check
// A photo as a phone takes it is megabytes and thousands of pixels a side;
// the backend keeps photos far smaller, so the plan and a routine file stay
// small. The backend walks a chosen file, and when it refuses a sound photo
// for its size alone (`photo_too_large`), the window draws a smaller copy
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
export const onlyTooLarge = (err) => /** @type {{ code?: string }} */ (err)?.code === 'photo_too_large';

/// Why no copy was kept, said of the person's photo (the backend's refusal
/// of it), not of a copy.
/** @param {unknown} refusal */
const couldNot = (refusal) =>
  new Error(
    `Spinewise could not make a smaller copy of this photo (${/** @type {{ message?: string }} */ (refusal)?.message ?? refusal}). Save a smaller copy of it yourself and choose that`,
  );

/// The picture, turned the way its camera data says. An older WebKit knows
/// no `imageOrientation` and refuses the option; it is asked again without.
/** @param {Blob} file */
async function decoded(file) {
  try {
    return await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch (err) {
    if (!(err instanceof TypeError)) throw err;
    return createImageBitmap(file);
  }
}

/**
 * Draws smaller copies of a photo, largest first, until the backend keeps
 * one. The picture is drawn the way up the camera said (its camera data
 * turns a portrait stored sideways), so the copy needs no such note.
 * @param {Blob} file the bytes the backend walked and refused for their
 *   size alone
 * @param {unknown} refusal that refusal
 * @returns {Promise<{ photo: Photo, width: number, height: number }>}
 */
export async function smallerCopy(file, refusal) {
  /** @type {ImageBitmap} */
  let picture;
  try {
    picture = await decoded(file);
  } catch {
    // The webview cannot draw it: the backend's word stands.
    throw couldNot(refusal);
  }
  try {
    const longest = Math.max(picture.width, picture.height);
    for (const side of LONGEST_SIDES) {
      const scale = Math.min(1, side / longest);
      const width = Math.max(1, Math.round(picture.width * scale));
      const height = Math.max(1, Math.round(picture.height * scale));
      const canvas = document.createElement('canvas');
      canvas.width = width;
      canvas.height = height;
      const context = canvas.getContext('2d');
      if (!context) throw couldNot(refusal);
      context.imageSmoothingQuality = 'high';
      // A JPEG has no transparency: a transparent PNG is laid on white, as a page.
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, width, height);
      context.drawImage(picture, 0, 0, width, height);
      const url = canvas.toDataURL('image/jpeg', QUALITY);
      try {
        const photo = await api.readPhoto(url.slice(url.indexOf(',') + 1));
        return { photo, width, height };
      } catch (err) {
        // Only a copy still too large is worth trying smaller.
        if (!onlyTooLarge(err)) break;
      }
    }
    throw couldNot(refusal);
  } finally {
    picture.close();
  }
}
