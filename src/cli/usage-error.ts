/**
 * Usage errors, said as every other error of the command line is: one
 * `faultline:` line (exit 2), with a suggestion or where the help is.
 */
import type { Command, CommanderError } from 'commander';

const ownUsageError = 'faultline.usage';

/** A usage error found by an action: said like commander's, exit 2. */
export function usageError(command: Command, message: string): never {
  return command.error(message, { exitCode: 2, code: ownUsageError });
}

/**
 * Commander's error as one line in faultline's voice: `faultline: ` and what is
 * wrong, then a suggestion, or where the options are listed. Help requested
 * without a command (`faultline --verbose`) becomes the same kind of line.
 */
export function usageLine(error: CommanderError, command: string | undefined, argv: readonly string[]): string {
  const help = command === undefined ? '`faultline --help` lists the commands' : `\`faultline ${command} --help\` lists its options`;
  if (error.code === 'commander.help') {
    // `faultline help bogus` asks for the help of a command there is not.
    const asked = argv[0] === 'help' ? argv[1] : undefined;
    return asked === undefined ? `faultline: say which command to run; ${help}\n` : `faultline: unknown command '${asked}'; ${help}\n`;
  }
  let text = error.message
    .replace(/^error: /, '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join(' ');
  if (error.code === ownUsageError) return `faultline: ${text}\n`;
  // "option '-f, --format <format>' argument 'xml' is invalid. Allowed choices are text, json." -> "--format xml: use one of text, json"
  const invalid = /^option '(?:-\w, )?(--[\w-]+)[^']*' argument '(.*)' is invalid\. (.*)$/.exec(text);
  if (invalid) {
    const [, flag, value, reason] = invalid as unknown as [string, string, string, string];
    const choices = /^Allowed choices are (.*)\.$/.exec(reason);
    return `faultline: ${flag} ${value}: ${choices ? `use one of ${choices[1]}` : reason}\n`;
  }
  const suggestion = /^(.*) \(Did you mean (.*)\?\)$/.exec(text);
  if (suggestion) return `faultline: ${suggestion[1]} — did you mean ${suggestion[2]}?\n`;
  text = text.replace(/\. Expected /, ': expected ').replace(/\.$/, '');
  return `faultline: ${text}; ${help}\n`;
}
