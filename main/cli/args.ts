/** A small argv reader: positional arguments and --flag / --key value options. */
export type ParsedArgs = { positional: string[]; flags: Set<string>; options: Map<string, string> };

export function parseArgs(argv: string[], valued: readonly string[] = []): ParsedArgs {
  const positional: string[] = [];
  const flags = new Set<string>();
  const options = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg.startsWith('--')) {
      const [key, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
      if (valued.includes(key)) {
        const value = inline ?? argv[++i];
        if (value !== undefined) options.set(key, value);
      } else flags.add(key);
    } else positional.push(arg);
  }
  return { positional, flags, options };
}
