package org.activemat.cli;

import org.activemat.engine.io.CurvesCsv;
import org.activemat.engine.io.ResultsDocument;
import org.activemat.engine.io.ResultsFile;
import org.activemat.engine.loop.ExperimentResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Print a saved experiment's summary table (FILE.activemat or results JSON, gzip read too), "
                + "checking the whole file as the workbench does; a damaged file is one line and exit code 2.")
final class ShowCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "experiment file written by run, bench, explore or the workbench")
    Path file;

    @Option(names = "--csv", paramLabel = "FILE", description = "also write its learning curves: strategy,seed,round,labeled,mae,rmse,r2")
    Path csv;

    @Override public Integer call() throws Exception {
        new OutputPaths().input("FILE", file).output("--csv", csv).check();
        ResultsDocument doc = ResultsFile.read(file);
        ExperimentResult result = doc.toResult();
        PrintWriter out = spec.commandLine().getOut();
        String data = doc.dataset() == null ? "unrecorded data" : doc.dataset().name() + " (" + doc.dataset().rows() + " rows"
                + (doc.dataset().sha256() == null || doc.dataset().sha256().length() < 12 ? "" : ", sha256 " + doc.dataset().sha256().substring(0, 12) + "…") + ")";
        out.printf("%s: %d run(s)%s on %s, target %s, descriptors %s; written by %s at %s%n", file, result.runs().size(),
                result.complete() ? "" : " (incomplete)", data, orDash(doc.target()), orDash(doc.descriptorSet()),
                orDash(doc.software()), orDash(doc.created()));
        if (doc.exploration() != null)
            out.printf("live experiment: pool of %d %s structures, labelled by pw.x%n", doc.exploration().poolSize(), orDash(doc.exploration().system()));
        if (result.runs().isEmpty()) out.println("no finished runs to summarise");
        else SummaryTable.print(out, result, doc.target() == null ? "the target" : doc.target());
        if (csv != null) {
            CurvesCsv.write(csv, result);
            out.println("curves: " + csv);
        }
        out.flush();
        return ActiveMatCommand.OK;
    }

    private static String orDash(String s) { return s == null || s.isBlank() ? "—" : s; }
}
