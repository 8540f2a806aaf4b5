/** `nimm default-model`: the bundled NHS model as interchange JSON, to save, edit and validate. */
import { getDefaultModel } from '../../../src/nimm/defaultModel';
import { expectArgs, ParsedArgs } from '../args';
import { CliIo, EXIT } from '../io';

export function defaultModelCommand(args: ParsedArgs, io: CliIo): number {
  expectArgs(args, [], []);
  io.out(JSON.stringify(getDefaultModel(), null, 2));
  return EXIT.ok;
}
