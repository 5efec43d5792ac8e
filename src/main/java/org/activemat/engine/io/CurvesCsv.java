package org.activemat.engine.io;

import org.activemat.engine.data.AtomicText;
import org.activemat.engine.loop.ExperimentResult;
import org.activemat.engine.loop.RoundResult;
import org.activemat.engine.loop.RunResult;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Locale;

/** Learning curves as CSV, one row per run and round: strategy,seed,round,labeled,mae,rmse,r2. */
public final class CurvesCsv {
    public static final String HEADER = "strategy,seed,round,labeled,mae,rmse,r2";

    private CurvesCsv() {}

    public static void write(Path file, ExperimentResult result) throws IOException {
        AtomicText.write(file, w -> write(w, result));
    }

    public static void write(Writer w, ExperimentResult result) throws IOException {
        w.write(HEADER + "\n");
        for (RunResult run : result.runs())
            for (RoundResult r : run.rounds())
                w.write(String.format(Locale.ROOT, "%s,%d,%d,%d,%.6g,%.6g,%.6g\n", run.strategy(), run.seed(), r.round(),
                        r.labelled(), r.metrics().mae(), r.metrics().rmse(), r.metrics().r2()));
    }
}
