/**
 * Whole numbers (0 to 2^32 - 1) saved compactly: each as a variable-length integer (seven bits a byte, the
 * high bit set on every byte but the last, as in LEB128), the bytes as one base64 string. Small numbers, the
 * common case in word counts and sorted-list gaps, take one byte instead of several characters of JSON, and
 * one string parses far quicker than an array of millions of numbers.
 */
import { Buffer } from 'node:buffer';

/** Collects numbers into the packed form. */
export class PackedIntsWriter {
  private bytes = new Uint8Array(1024);
  private length = 0;

  push(value: number): void {
    if (!Number.isInteger(value) || value < 0 || value > 0xffffffff) throw new RangeError(`Cannot pack ${value}`);
    if (this.length + 5 > this.bytes.length) {
      const grown = new Uint8Array(2 * this.bytes.length);
      grown.set(this.bytes);
      this.bytes = grown;
    }
    let rest = value;
    while (rest >= 0x80) {
      this.bytes[this.length++] = (rest & 0x7f) | 0x80;
      rest = Math.floor(rest / 0x80);
    }
    this.bytes[this.length++] = rest;
  }

  toString(): string {
    return Buffer.from(this.bytes.buffer, 0, this.length).toString('base64');
  }
}

/** Reads numbers back from the packed form, in order; throws on a truncated or malformed string. */
export class PackedIntsReader {
  private readonly values: Uint32Array;
  private at = 0;

  constructor(packed: string) {
    const bytes = Buffer.from(packed, 'base64');
    // Base64 decoding skips characters outside the alphabet: a string holding any decodes short.
    const padding = packed.endsWith('==') ? 2 : packed.endsWith('=') ? 1 : 0;
    if (packed.length % 4 !== 0 || bytes.length !== (packed.length / 4) * 3 - padding)
      throw new Error('the packed numbers are not base64');
    this.values = unpack(bytes);
  }

  get done(): boolean {
    return this.at >= this.values.length;
  }

  /** How many numbers are left. */
  get remaining(): number {
    return this.values.length - this.at;
  }

  next(): number {
    if (this.at >= this.values.length) throw new Error('the packed numbers end early');
    return this.values[this.at++];
  }

  /** The numbers not read yet, for a loop that reads them in place; `skip` then moves past those it read. */
  rest(): Uint32Array {
    return this.values.subarray(this.at);
  }

  skip(count: number): void {
    if (count > this.remaining) throw new Error('the packed numbers end early');
    this.at += count;
  }
}

/** Every number of the packed bytes, in one pass. */
function unpack(bytes: Uint8Array): Uint32Array {
  let count = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] < 0x80) count++;
  if (bytes.length > 0 && bytes[bytes.length - 1] >= 0x80) throw new Error('the packed numbers end early');
  const values = new Uint32Array(count);
  let n = 0;
  let value = 0;
  let scale = 1;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    if (byte < 0x80 && scale === 1) {
      values[n++] = byte;
      continue;
    }
    value += (byte & 0x7f) * scale;
    if (byte < 0x80) {
      if (value > 0xffffffff || scale > 0x80 ** 4) throw new Error('the packed numbers hold a number out of range');
      values[n++] = value;
      value = 0;
      scale = 1;
    } else {
      scale *= 0x80;
      if (scale > 0x80 ** 4) throw new Error('the packed numbers hold a number out of range');
    }
  }
  return values;
}
