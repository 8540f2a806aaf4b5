/** The usage text shown by `nimm help` and after a command-line mistake. */
export const USAGE = `Usage: nimm <command> [arguments]

Commands:
  validate <model.json>                       Check a model; list every problem, one per line
  score <model.json> <assessment.json>        Levels by capability and category, profile readiness
  roadmap <model.json> <assessment.json> --profile <key>
                                              Phased steps to meet a profile
  impact <model.json> <assessment.json> --capability <key> --level <n>
                                              What else moves if one capability changes level
  default-model                               Print the default NHS model as JSON
  help                                        Show this help

Options:
  --json        Print the report as JSON instead of a table (score, roadmap, impact)
  -h, --help    Show this help

Exit codes: 0 done, 1 the model is not valid (validate), 2 bad arguments or input file, 3 a bug.
Examples: see docs/cli.md and docs/examples/.`;
