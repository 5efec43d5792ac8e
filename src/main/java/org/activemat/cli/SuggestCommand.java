package org.activemat.cli;

import org.activemat.engine.data.Dataset;
import org.activemat.engine.data.formats.DatasetFormats;
import org.activemat.engine.data.formats.StructureFiles;
import org.activemat.engine.descriptor.Descriptors;
import org.activemat.engine.descriptor.FeatureMatrix;
import org.activemat.engine.loop.ExperimentPlan;
import org.activemat.engine.loop.NextBatch;
import org.activemat.engine.oracle.labelling.EarlierRounds;
import org.activemat.engine.strategy.Strategies;
import org.activemat.engine.strategy.StrategySpec;
import org.activemat.engine.task.CancellationToken;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "suggest", mixinStandardHelpOptions = true, description =
        "Which structures should be computed next? Trains the ensemble on your labelled data and lets a "
                + "strategy choose a batch among your unlabelled candidates, with the model's prediction and the reason "
                + "for each. Compute them with any code, add them to the labelled file, and ask again: active learning, "
                + "one round at a time.")
final class SuggestCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--labelled", required = true, paramLabel = "FILE", description = "structures with the target computed (any readable format)")
    Path labelled;

    @Option(names = "--target", required = true, paramLabel = "NAME", description = "property to learn, e.g. energy_per_atom")
    String target;

    @Option(names = "--computed", paramLabel = "FILE", description = "frames computed in an earlier round (e.g. by label "
            + "--structures), learnt from as labelled data; candidates that failed there (FILE.failed.tsv) are not suggested "
            + "again. Repeat for several rounds.")
    List<Path> computed = List.of();

    @Option(names = "--candidates", required = true, paramLabel = "FILE", description = "structures without labels to choose from")
    Path candidates;

    @Option(names = "--strategy", defaultValue = Strategies.SUGGEST_DEFAULT, paramLabel = "NAME",
            completionCandidates = Candidates.StrategyNames.class,
            description = "${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE})")
    String strategy;

    @Option(names = "--batch", defaultValue = "10", paramLabel = "B", description = "structures to suggest (default ${DEFAULT-VALUE})")
    int batch;

    @Mixin DescriptorOption descriptors;

    @Option(names = "--seed", defaultValue = "0", paramLabel = "N", description = "seed of the ensemble and the strategy (default ${DEFAULT-VALUE})")
    int seed;

    @Mixin StrategyOptions strategyOptions;

    @Mixin ModelOptions model;

    @Option(names = "--out", paramLabel = "FILE", description = "extended XYZ of the suggested structures, with the prediction and reason")
    Path out;

    @Option(names = "--poscar-dir", paramLabel = "DIR", description = "also one POSCAR per suggestion, DIR/ID.vasp, for VASP")
    Path poscarDir;

    @Override public Integer call() throws Exception {
        new OutputPaths().input("--labelled", labelled).inputs("--computed", computed).input("--candidates", candidates)
                .output("--out", out).check();
        StrategySpec chosen = strategyOptions.one(strategy);
        Dataset given = DatasetFormats.read(labelled);
        if (!given.propertyNames().contains(target))
            throw new CliErrors.BadInputException(labelled.getFileName() + ": no property '" + target + "'; available: "
                    + String.join(", ", given.propertyNames().stream().limit(15).toList()));
        EarlierRounds earlier = EarlierRounds.add(given, target, computed);
        Dataset known = earlier.data();
        Dataset read = DatasetFormats.read(candidates);
        Dataset pool = read.withEntries(read.entries().stream().filter(e -> !earlier.failed().contains(e.id())).toList());
        for (String w : earlier.warnings()) spec.commandLine().getErr().println("warning: " + w);
        if (!computed.isEmpty())
            spec.commandLine().getErr().printf(Locale.ROOT, "%d frames added from %d earlier round(s); %d failed candidates left out%n",
                    earlier.added(), computed.size(), read.size() - pool.size());
        spec.commandLine().getErr().flush();   // before the training, not after the table
        FeatureMatrix fm = RunCommand.features(known, descriptors.name, target, List.of());
        for (String w : fm.warnings()) spec.commandLine().getErr().println("warning: " + w);
        NextBatch.Request request = new NextBatch.Request(chosen, batch, model.apply(ExperimentPlan.paper().model()), seed);
        List<NextBatch.Suggestion> picks;
        try {
            picks = NextBatch.suggest(fm, pool.entries(), Descriptors.byName(descriptors.name), request, new CancellationToken());
        } catch (IllegalArgumentException e) {
            throw new CliErrors.BadInputException(candidates.getFileName() + ": " + e.getMessage());
        }

        PrintWriter o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "%d of %d candidates suggested by %s, trained on %d labelled entries of %s%s (target %s)%n",
                picks.size(), pool.size(), strategy, fm.rows(), labelled.getFileName(),
                earlier.added() > 0 ? " and " + earlier.added() + " computed earlier" : "", target);
        o.printf(Locale.ROOT, "%4s  %-28s %-10s %5s  %22s  %s%n", "rank", "id", "formula", "sites", "predicted ± std", "why");
        for (NextBatch.Suggestion s : picks)
            o.printf(Locale.ROOT, "%4d  %-28s %-10s %5d  %11.4f ± %-8.4f  %s%n", s.rank(), s.candidate().id(),
                    s.candidate().formula(), s.candidate().sites(), s.predicted(), s.std(), s.pick().explanation());
        if (out != null) write(picks);
        if (poscarDir != null) {
            try {
                StructureFiles.writePoscars(poscarDir, picks.stream().map(NextBatch.Suggestion::candidate).toList());
            } catch (IllegalArgumentException e) {
                throw new CliErrors.BadInputException(candidates.getFileName() + ": " + e.getMessage());
            }
            spec.commandLine().getErr().println("wrote " + picks.size() + " POSCAR files to " + poscarDir);
        }
        return ActiveMatCommand.OK;
    }

    private void write(List<NextBatch.Suggestion> picks) throws java.io.IOException {
        try {
            NextBatch.write(out, picks, target, strategy);
        } catch (IllegalArgumentException e) {
            throw new CliErrors.BadInputException(candidates.getFileName() + ": " + e.getMessage() + "; leave out --out");
        }
        spec.commandLine().getErr().println("wrote " + picks.size() + " structures to " + out);
    }
}
