package org.activemat.cli;

import org.activemat.engine.io.ResultsDocument;
import org.activemat.engine.io.ResultsFile;
import org.activemat.engine.registry.Parameter;
import org.activemat.engine.strategy.Pick;
import org.activemat.engine.strategy.QueryStrategy;
import org.activemat.engine.strategy.StrategyType;
import org.activemat.engine.strategy.Strategies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A strategy is one class and one registration: the command line, the plan and the results file find it from there. */
class RegisteredStrategyTest {
    private static final String NAME = "test-first-n";
    @TempDir Path dir;
    private final StringWriter out = new StringWriter(), err = new StringWriter();

    /** Takes the candidates in pool order, skipping the first `skip`: trivially checkable. */
    private record FirstN(int skip) implements QueryStrategy {
        @Override public String name() { return NAME; }

        @Override public List<Pick> select(org.activemat.engine.strategy.SelectionContext ctx, int batch, java.util.Random rng) {
            List<Pick> picks = new ArrayList<>();
            for (int c = skip; c < ctx.candidates().length && picks.size() < batch; c++)
                picks.add(new Pick("pool order after skipping " + skip, ctx.candidates()[c], 0, 0, 0, -1, Double.NaN));
            return picks;
        }
    }

    @BeforeEach void register() {
        Strategies.REGISTRY.register(StrategyType.of(NAME, "candidates in pool order (test only)",
                p -> new FirstN(p.get("skip").intValue()), Parameter.integer("skip", "candidates passed over", 0, 0, 100)));
    }

    @AfterEach void unregister() { Strategies.REGISTRY.unregister(NAME); }

    private int run(String... args) {
        return ActiveMatCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test void itIsInTheHelpRunsWithItsParameterAndReopensFromTheResultsFile() throws Exception {
        assertThat(run("run", "--help")).isZero();
        assertThat(out.toString()).contains(NAME).contains(NAME + ".skip=0");

        Path json = dir.resolve("r.activemat");
        int code = run("run", "--data", "sample-data/Si.extxyz", "--target", "energy_per_atom", "--strategies", "random," + NAME,
                "--param", NAME + ".skip=3", "--seeds", "1", "--members", "2", "--hidden", "8", "--epochs", "2",
                "--initial", "10", "--queries", "1", "--batch", "4", "--quiet", "--out", json.toString());
        assertThat(code).as(err.toString()).isZero();
        ResultsDocument doc = ResultsFile.read(json);
        assertThat(doc.settings().strategy(NAME).params()).containsEntry("skip", 3.0);
        assertThat(doc.runs()).anySatisfy(r -> {
            assertThat(r.strategy()).isEqualTo(NAME);
            assertThat(r.rounds().get(1).reasons()).allSatisfy(why -> assertThat(why).startsWith("pool order after skipping 3"));
        });

        assertThat(run("run", "--data", "sample-data/Si.extxyz", "--target", "energy_per_atom", "--strategies", NAME,
                "--param", NAME + ".skip=200", "--out", dir.resolve("x.json").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("skip must be in [0, 100]");
    }
}
