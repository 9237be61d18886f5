import { cac } from 'cac';
import { normalizedArgv, valuedFlags } from './cli-flags.ts';
import { registerBuild } from './commands/build.ts';
import { registerDev } from './commands/dev.ts';
import { registerExport, type EarlyStart } from './commands/export.ts';
import { registerInit } from './commands/init.ts';
import { registerServe } from './commands/serve.ts';
import { UsageError } from './deck-file.ts';
import { userMessage } from './errors/user-message.ts';

/**
 * `deck dev | build | serve | export | init`: parses argv once into typed flags and runs the command (commands/, one file
 * each). Every failure leaves here as one UsageError whose message is meant for people.
 */
export async function main(argv: string[], early: EarlyStart = {}): Promise<void> {
  const cli = cac('deck');
  registerDev(cli);
  registerBuild(cli);
  registerServe(cli);
  registerExport(cli, early);
  registerInit(cli);
  cli.help();
  const command = argv[2] && !argv[2].startsWith('-') ? `deck ${argv[2]}` : 'deck';
  try {
    cli.parse(normalizedArgv(argv, valuedFlags(cli), command), { run: false });
    if (!cli.matchedCommand && cli.args.length) throw new UsageError(`deck: unknown command ${cli.args[0]} (try deck --help)`);
    if (!cli.matchedCommand && !cli.options.help) {
      cli.outputHelp();
      return;
    }
    await cli.runMatchedCommand();
  } catch (error) {
    throw new UsageError(userMessage(command, error), { cause: error });
  }
}
