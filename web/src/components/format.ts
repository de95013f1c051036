/** `1 user`, `2 users`: a count with its noun, plural by adding an s. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
