export {};

/**
 * `npm run -s cli -- <command> [...]`: tools for people curating content and
 * for operators (matching, content checks, data requests, adviser tokens,
 * WhatsApp template requests).
 * Each command lives in scripts/cli/<name>.ts and exports `run(args)`.
 */
const COMMANDS: Record<string, () => Promise<{ run(args: string[]): Promise<number> }>> = {
  match: () => import('./cli/match'),
  content: () => import('./cli/content'),
  data: () => import('./cli/data'),
  adviser: () => import('./cli/adviser'),
  whatsapp: () => import('./cli/whatsapp'),
};

const [commandName, ...args] = process.argv.slice(2);
const load = commandName ? COMMANDS[commandName] : undefined;
if (!load) {
  console.error(`usage: npm run -s cli -- <${Object.keys(COMMANDS).join('|')}> [arguments]`);
  process.exit(2);
}
const command = await load();
process.exitCode = await command.run(args);
