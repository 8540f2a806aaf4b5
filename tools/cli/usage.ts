/** The usage text shown by `nimm help` and after a command-line mistake. */
export const USAGE = `Usage: nimm <command> [arguments]

Commands:
  validate <model.json>                       Check a model; list every problem, one per line
  score <model.json> <assessment.json>        Levels by capability and category, profile readiness
  roadmap <model.json> <assessment.json> --profile <key> [--capacity <C>] [--efforts <file>]
                                              Phased steps to meet a profile, at most C effort
                                              per phase when a capacity is given
  impact <model.json> <assessment.json> --capability <key> --level <n>
                                              What else moves if one capability changes level
  default-model                               Print the default NHS model as JSON
  help                                        Show this help

Options:
  --json        Print the report as JSON instead of a table (score, roadmap, impact)
  --capacity    The most effort one phase of a roadmap may hold (a number above 0; each step
                counts as effort 1 unless --efforts says otherwise)
  --efforts     A JSON file of each step's effort: {"<capability>:<level>": <effort>, ...};
                a step it does not name counts as 1
  -h, --help    Show this help

Exit codes: 0 done, 1 the model is not valid (validate), 2 bad arguments or input file, 3 a bug.
Examples: see docs/cli.md and docs/examples/.`;
