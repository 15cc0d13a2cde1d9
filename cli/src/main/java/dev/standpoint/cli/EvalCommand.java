package dev.standpoint.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code standpoint eval …}: measurements against gold data. */
@Command(name = "eval", description = "Measure Standpoint against gold data.",
        subcommands = {EvalAssessmentsCommand.class, EvalAskCommand.class, EvalWikiWeaselCommand.class,
                EvalBioScopeCommand.class, EvalClaimStanceCommand.class, EvalMpqaCommand.class, EvalConllCommand.class,
                EvalRetrievalCommand.class, EvalCompareCommand.class})
final class EvalCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
