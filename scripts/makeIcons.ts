/**
 * Draws the Teams app icons into appPackage/: `color.png` (192×192, a white speech bubble on NHS
 * blue) and `outline.png` (32×32, the same bubble as a white outline on transparency, as Teams
 * requires). Run `npx tsx scripts/makeIcons.ts` after changing the drawing; the PNGs are committed.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { crc32, deflateSync } from 'node:zlib';

type Rgba = readonly [number, number, number, number];
/** Signed distance from a point to a shape's edge: negative inside. */
type Shape = (x: number, y: number) => number;

const NHS_BLUE: Rgba = [0, 94, 184, 255];
const WHITE: Rgba = [255, 255, 255, 255];

function roundedRect(cx: number, cy: number, halfW: number, halfH: number, radius: number): Shape {
  return (x, y) => {
    const qx = Math.abs(x - cx) - halfW + radius;
    const qy = Math.abs(y - cy) - halfH + radius;
    return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
  };
}

function circle(cx: number, cy: number, r: number): Shape {
  return (x, y) => Math.hypot(x - cx, y - cy) - r;
}

/** A triangle from three corners (signed distance, exact). */
function triangle(a: [number, number], b: [number, number], c: [number, number]): Shape {
  const corners = [a, b, c];
  return (x, y) => {
    let distance = Infinity;
    let inside = true;
    for (let i = 0; i < 3; i++) {
      const [x1, y1] = corners[i] as [number, number];
      const [x2, y2] = corners[(i + 1) % 3] as [number, number];
      const ex = x2 - x1;
      const ey = y2 - y1;
      const t = Math.max(0, Math.min(1, ((x - x1) * ex + (y - y1) * ey) / (ex * ex + ey * ey)));
      distance = Math.min(distance, Math.hypot(x - x1 - t * ex, y - y1 - t * ey));
      if (ex * (y - y1) - ey * (x - x1) < 0) inside = false;
    }
    return inside ? -distance : distance;
  };
}

const union = (...shapes: Shape[]): Shape => (x, y) => Math.min(...shapes.map((s) => s(x, y)));
const subtract = (shape: Shape, hole: Shape): Shape => (x, y) => Math.max(shape(x, y), -hole(x, y));
const outline = (shape: Shape, width: number): Shape => (x, y) => Math.abs(shape(x, y)) - width / 2;

/** The speech bubble on a 0–1 square: a rounded body with a tail at the lower left. */
function bubble(size: number, scale: number): Shape {
  const u = (v: number) => v * size;
  const body = roundedRect(u(0.5), u(0.44), u(0.36 * scale), u(0.26 * scale), u(0.12 * scale));
  const tail = triangle([u(0.5 - 0.22 * scale), u(0.44 + 0.18 * scale)], [u(0.5 - 0.02 * scale), u(0.44 + 0.22 * scale)], [u(0.5 - 0.26 * scale), u(0.44 + 0.42 * scale)]);
  return union(body, tail);
}

function dots(size: number, scale: number, r: number): Shape {
  const u = (v: number) => v * size;
  return union(...[-0.17, 0, 0.17].map((dx) => circle(u(0.5 + dx * scale), u(0.44), u(r * scale))));
}

/** Paints layers back to front, 4×4 supersampled so edges are smooth. */
function render(size: number, layers: readonly { shape: Shape; colour: Rgba }[], background?: Rgba): Buffer {
  const pixels = Buffer.alloc(size * size * 4);
  const samples = 4;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const px = x + (sx + 0.5) / samples;
          const py = y + (sy + 0.5) / samples;
          let colour: Rgba | undefined = background;
          for (const layer of layers) if (layer.shape(px, py) <= 0) colour = layer.colour;
          if (colour === undefined) continue;
          const alpha = colour[3] / 255;
          r += colour[0] * alpha;
          g += colour[1] * alpha;
          b += colour[2] * alpha;
          a += alpha;
        }
      }
      const i = (y * size + x) * 4;
      const n = samples * samples;
      pixels[i] = a === 0 ? 0 : Math.round(r / a);
      pixels[i + 1] = a === 0 ? 0 : Math.round(g / a);
      pixels[i + 2] = a === 0 ? 0 : Math.round(b / a);
      pixels[i + 3] = Math.round((a / n) * 255);
    }
  }
  return encodePng(size, size, pixels);
}

/** A truecolour-with-alpha PNG: signature, IHDR, one IDAT (rows with filter 0), IEND. */
export function encodePng(width: number, height: number, rgba: Buffer): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(typed));
    return Buffer.concat([length, typed, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits, RGBA, deflate, adaptive filtering, no interlace
  const rows = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) rgba.copy(rows, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function main(): void {
  const out = path.resolve(__dirname, '..', 'appPackage');
  // Colour: full-bleed blue, the bubble within the central area Teams keeps clear of its mask.
  const color = render(192, [{ shape: subtract(bubble(192, 0.78), dots(192, 0.78, 0.045)), colour: WHITE }], NHS_BLUE);
  // Outline: white strokes only, on transparency; 2 px lines stay crisp at 32 px.
  const outlineIcon = render(32, [{ shape: union(outline(bubble(32, 1), 2), dots(32, 1, 0.05)), colour: WHITE }]);
  writeFileSync(path.join(out, 'color.png'), color);
  writeFileSync(path.join(out, 'outline.png'), outlineIcon);
  console.log(`${path.join(out, 'color.png')} (${color.length} bytes)\n${path.join(out, 'outline.png')} (${outlineIcon.length} bytes)`);
}

if (require.main === module) main();
