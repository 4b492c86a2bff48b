import { encodePng } from "./png";

export const CAPTCHA_WIDTH = 160;
export const CAPTCHA_HEIGHT = 56;

type Point = readonly [number, number];
type Glyph = readonly (readonly Point[])[];

/**
 * Strokes of the captcha characters on a 4 × 6 grid (x right, y down). Drawing them ourselves
 * needs no font on the server, and the set leaves out look-alikes (0/O/D, 1/I/L, 2/Z, 5/S, 8/B).
 */
const glyphs: Record<string, Glyph> = {
  A: [[[0, 6], [2, 0], [4, 6]], [[1, 4], [3, 4]]],
  C: [[[4, 1], [3, 0], [1, 0], [0, 1], [0, 5], [1, 6], [3, 6], [4, 5]]],
  E: [[[4, 0], [0, 0], [0, 6], [4, 6]], [[0, 3], [3, 3]]],
  F: [[[4, 0], [0, 0], [0, 6]], [[0, 3], [3, 3]]],
  H: [[[0, 0], [0, 6]], [[4, 0], [4, 6]], [[0, 3], [4, 3]]],
  J: [[[1, 0], [4, 0]], [[3, 0], [3, 5], [2, 6], [1, 6], [0, 5]]],
  K: [[[0, 0], [0, 6]], [[4, 0], [0, 4]], [[1.3, 3], [4, 6]]],
  M: [[[0, 6], [0, 0], [2, 3], [4, 0], [4, 6]]],
  N: [[[0, 6], [0, 0], [4, 6], [4, 0]]],
  P: [[[0, 6], [0, 0], [3, 0], [4, 1], [4, 2], [3, 3], [0, 3]]],
  R: [[[0, 6], [0, 0], [3, 0], [4, 1], [4, 2], [3, 3], [0, 3]], [[2, 3], [4, 6]]],
  T: [[[0, 0], [4, 0]], [[2, 0], [2, 6]]],
  W: [[[0, 0], [1, 6], [2, 2], [3, 6], [4, 0]]],
  X: [[[0, 0], [4, 6]], [[4, 0], [0, 6]]],
  Y: [[[0, 0], [2, 3], [4, 0]], [[2, 3], [2, 6]]],
  "3": [
    [[0, 1], [1, 0], [3, 0], [4, 1], [4, 2], [3, 3], [1.5, 3]],
    [[3, 3], [4, 4], [4, 5], [3, 6], [1, 6], [0, 5]],
  ],
  "4": [[[3, 6], [3, 0], [0, 4], [4, 4]]],
  "6": [[[4, 1], [3, 0], [1, 0], [0, 1], [0, 5], [1, 6], [3, 6], [4, 5], [4, 4], [3, 3], [0, 3]]],
  "7": [[[0, 0], [4, 0], [1.5, 6]]],
  "9": [[[4, 3], [1, 3], [0, 2], [0, 1], [1, 0], [3, 0], [4, 1], [4, 5], [3, 6], [1, 6], [0, 5]]],
}; // prettier-ignore

export const CAPTCHA_ALPHABET = Object.keys(glyphs).join("");

const random = (low: number, high: number) => low + Math.random() * (high - low);

/** Coverage (0–1) of the ink per pixel; strokes are stamped as soft-edged discs. */
class InkLayer {
  readonly coverage = new Float32Array(CAPTCHA_WIDTH * CAPTCHA_HEIGHT);

  stamp(x: number, y: number, radius: number) {
    const top = Math.max(0, Math.floor(y - radius - 1));
    const bottom = Math.min(CAPTCHA_HEIGHT - 1, Math.ceil(y + radius + 1));
    const left = Math.max(0, Math.floor(x - radius - 1));
    const right = Math.min(CAPTCHA_WIDTH - 1, Math.ceil(x + radius + 1));
    for (let row = top; row <= bottom; row++) {
      for (let column = left; column <= right; column++) {
        const distance = Math.sqrt((column - x) ** 2 + (row - y) ** 2);
        const value = Math.min(1, Math.max(0, radius + 0.5 - distance));
        const index = row * CAPTCHA_WIDTH + column;
        if (value > this.coverage[index]!) this.coverage[index] = value;
      }
    }
  }

  line(from: Point, to: Point, radius: number) {
    const steps = Math.max(1, Math.ceil(Math.hypot(to[0] - from[0], to[1] - from[1]) * 2));
    for (let step = 0; step <= steps; step++) {
      const t = step / steps;
      this.stamp(from[0] + (to[0] - from[0]) * t, from[1] + (to[1] - from[1]) * t, radius);
    }
  }

  at(column: number, row: number) {
    if (column < 0 || row < 0 || column >= CAPTCHA_WIDTH || row >= CAPTCHA_HEIGHT) return 0;

    return this.coverage[row * CAPTCHA_WIDTH + column]!;
  }

  /** Bilinear sample, 0 outside the image. */
  sample(x: number, y: number) {
    const left = Math.floor(x);
    const top = Math.floor(y);
    const dx = x - left;
    const dy = y - top;
    const upper = this.at(left, top) * (1 - dx) + this.at(left + 1, top) * dx;
    const lower = this.at(left, top + 1) * (1 - dx) + this.at(left + 1, top + 1) * dx;

    return upper * (1 - dy) + lower * dy;
  }
}

function drawText(ink: InkLayer, text: string) {
  const margin = 12;
  const cell = (CAPTCHA_WIDTH - 2 * margin) / text.length;
  [...text].forEach((character, position) => {
    const glyph = glyphs[character];
    if (!glyph) throw new Error("character outside the captcha alphabet");
    const centreX = margin + cell * (position + 0.5) + random(-2, 2);
    const centreY = CAPTCHA_HEIGHT / 2 + random(-4, 4);
    const scaleX = random(4, 5);
    const scaleY = random(5, 6.2);
    const angle = random(-0.35, 0.35);
    const shear = random(-0.25, 0.25);
    const place = ([x, y]: Point): Point => {
      const dx = (x - 2) * scaleX + shear * (y - 3) * scaleY;
      const dy = (y - 3) * scaleY;
      return [
        centreX + dx * Math.cos(angle) - dy * Math.sin(angle),
        centreY + dx * Math.sin(angle) + dy * Math.cos(angle),
      ];
    };
    const radius = random(1.5, 2.1);
    for (const stroke of glyph) {
      for (let index = 1; index < stroke.length; index++) {
        ink.line(place(stroke[index - 1]!), place(stroke[index]!), radius);
      }
    }
  });
}

/** Thin wavy lines across the text, so that the characters do not separate cleanly. */
function drawNoiseLines(ink: InkLayer) {
  for (let count = 0; count < 2; count++) {
    const baseline = random(12, CAPTCHA_HEIGHT - 12);
    const amplitude = random(4, 12);
    const frequency = random(0.02, 0.06);
    const phase = random(0, Math.PI * 2);
    let previous: Point = [0, baseline + amplitude * Math.sin(phase)];
    for (let x = 2; x <= CAPTCHA_WIDTH; x += 2) {
      const next: Point = [x, baseline + amplitude * Math.sin(x * frequency + phase)];
      ink.line(previous, next, random(0.4, 0.7));
      previous = next;
    }
  }
}

/**
 * Draws the answer as a distorted RGB raster and returns it as PNG bytes. Every call draws
 * different noise, so the same captcha never yields the same picture twice.
 */
export function drawCaptcha(text: string): Buffer {
  const ink = new InkLayer();
  drawText(ink, text);
  drawNoiseLines(ink);

  const waveX = { amplitude: random(1.5, 3), frequency: random(0.12, 0.2), phase: random(0, 7) };
  const waveY = { amplitude: random(2, 4), frequency: random(0.04, 0.08), phase: random(0, 7) };
  const inkColour = [random(10, 90), random(10, 90), random(40, 130)];
  const pixels = new Uint8Array(CAPTCHA_WIDTH * CAPTCHA_HEIGHT * 3);

  for (let y = 0; y < CAPTCHA_HEIGHT; y++) {
    for (let x = 0; x < CAPTCHA_WIDTH; x++) {
      const sourceX = x + waveX.amplitude * Math.sin(y * waveX.frequency + waveX.phase);
      const sourceY = y + waveY.amplitude * Math.sin(x * waveY.frequency + waveY.phase);
      const alpha = ink.sample(sourceX, sourceY);
      const shade = Math.random();
      const background = shade < 0.04 ? 120 + shade * 2000 : 226 + shade * 24;
      for (let channel = 0; channel < 3; channel++) {
        const value = (background - channel * 4) * (1 - alpha) + inkColour[channel]! * alpha;
        pixels[(y * CAPTCHA_WIDTH + x) * 3 + channel] = Math.round(value);
      }
    }
  }

  return encodePng(CAPTCHA_WIDTH, CAPTCHA_HEIGHT, pixels);
}
