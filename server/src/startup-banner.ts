/**
 * What a person starting Keyward looks for among the JSON log lines: where it answers and, while
 * no user exists, the one-time link that creates the first admin, framed so it stands out.
 */
export function startupBanner(url: string, setupLink: string | undefined): string {
  const lines = [`Keyward is running at ${url}`];
  if (setupLink !== undefined) lines.push('', 'No users yet. Create the first admin here (one-time link):', setupLink);
  const width = Math.max(...lines.map((line) => line.length));
  const row = (text: string) => `  │  ${text.padEnd(width)}  │`;
  const rule = '─'.repeat(width + 4);
  return ['', `  ╭${rule}╮`, row(''), ...lines.map(row), row(''), `  ╰${rule}╯`, '', ''].join('\n');
}
