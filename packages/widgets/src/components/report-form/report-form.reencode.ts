/**
 * Re-encodes an image in the browser so that nothing but its pixels leaves the resident's device: the
 * decoder reads the picture (turned upright as its EXIF orientation says), a canvas draws it, and the
 * encoder writes a new file with no metadata at all: no GPS position, camera, serial number, date or
 * editing software. Loaded only when a resident adds a file.
 */

/**
 * Longest side, in pixels, of a re-encoded image. 2560 keeps a phone screenshot (1290 × 2796) and a
 * photo of a letter legible, while a 12-megapixel photo shrinks to 5 megapixels: less to encode on a
 * slow phone, and a smaller file to send.
 */
export const MAX_IMAGE_SIDE = 2560;
/** JPEG quality of re-encoded photos: no visible loss, about a third of a phone camera's file. */
export const JPEG_QUALITY = 0.9;

export interface Reencoded {
  blob: Blob;
  type: 'image/jpeg' | 'image/png';
  width: number;
  height: number;
}

/** Images the browser can decode and the form accepts: photos, screenshots and web images. */
export const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/bmp'];

/**
 * The image as a new JPEG (photos) or PNG (PNG screenshots keep their sharp text). Throws when the
 * browser cannot decode it.
 */
export async function reencodeImage(file: Blob): Promise<Reencoded> {
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  try {
    const scale = Math.min(1, MAX_IMAGE_SIDE / Math.max(bitmap.width, bitmap.height));
    const width = Math.max(1, Math.round(bitmap.width * scale));
    const height = Math.max(1, Math.round(bitmap.height * scale));
    const type = file.type === 'image/png' ? 'image/png' : 'image/jpeg';
    const blob = await draw(bitmap, width, height, type);
    return { blob, type, width, height };
  } finally {
    bitmap.close();
  }
}

async function draw(bitmap: ImageBitmap, width: number, height: number, type: string): Promise<Blob> {
  const opaque = type === 'image/jpeg';
  if (typeof OffscreenCanvas === 'function') {
    const canvas = new OffscreenCanvas(width, height);
    const ctx = canvas.getContext('2d', { alpha: !opaque });
    if (!ctx) throw new Error('no 2d canvas');
    paint(ctx, bitmap, width, height, opaque);
    return canvas.convertToBlob({ type, quality: JPEG_QUALITY });
  }
  // Safari before 16.4 has no OffscreenCanvas.
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d', { alpha: !opaque });
  if (!ctx) throw new Error('no 2d canvas');
  paint(ctx, bitmap, width, height, opaque);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('cannot encode'))), type, JPEG_QUALITY),
  );
}

function paint(
  ctx: OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D,
  bitmap: ImageBitmap,
  width: number,
  height: number,
  opaque: boolean,
): void {
  // JPEG has no transparency: transparent parts become white rather than black.
  if (opaque) {
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, width, height);
  }
  ctx.drawImage(bitmap, 0, 0, width, height);
}
