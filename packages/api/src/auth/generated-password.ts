import { randomInt } from "node:crypto";

// Lowercase letters and digits without the look-alikes (i, l, o, 0, 1): the administrator may
// have to read it out or copy it by hand.
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
const GROUPS = 4;
const GROUP_LENGTH = 5;

/**
 * A random password for an account someone else will use: 20 characters from a 31-character
 * alphabet (about 99 bits, from the operating system's CSPRNG) in groups joined by hyphens,
 * e.g. "k7mqx-3vdrt-p2hwa-9cnez".
 */
export function generatePassword(): string {
  const groups: string[] = [];
  for (let g = 0; g < GROUPS; g += 1) {
    let group = "";
    for (let c = 0; c < GROUP_LENGTH; c += 1) group += ALPHABET[randomInt(ALPHABET.length)];
    groups.push(group);
  }
  return groups.join("-");
}
