package org.activemat.cli;

import org.activemat.engine.strategy.StrategySpec;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Strategy parameters: every registered parameter is accepted, in the same way by every command that picks. */
final class StrategyOptions {
    @Option(names = "--param", paramLabel = "STRATEGY.NAME=VALUE", completionCandidates = Candidates.StrategyParameters.class,
            description = "a strategy parameter, repeatable; the parameters and their defaults: ${COMPLETION-CANDIDATES}")
    Map<String, Double> params;

    @Option(names = "--k", paramLabel = "K", description = "shorthand for --param STRATEGY.k=K, for every chosen strategy that has a k")
    Integer k;

    @Option(names = "--alpha", paramLabel = "A", description = "shorthand for --param STRATEGY.alpha=A, for every chosen strategy that has an alpha")
    Double alpha;

    /** The specs with the given parameters; an unknown strategy or parameter, or a value out of range, is bad input. */
    List<StrategySpec> apply(List<StrategySpec> chosen) {
        List<StrategySpec> specs = new ArrayList<>(chosen);
        for (int i = 0; i < specs.size(); i++) {
            StrategySpec s = specs.get(i);
            var known = s.resolved();
            if (k != null && known.containsKey("k")) s = s.with("k", k);
            if (alpha != null && known.containsKey("alpha")) s = s.with("alpha", alpha);
            specs.set(i, s);
        }
        if (params != null)
            for (var e : params.entrySet()) {
                String key = e.getKey().trim();
                int dot = key.indexOf('.');
                if (dot <= 0 || dot == key.length() - 1)
                    throw new CliErrors.BadInputException("--param " + key + ": expected STRATEGY.NAME=VALUE, e.g. hybrid.alpha=0.5");
                String strategy = key.substring(0, dot).toLowerCase(Locale.ROOT), name = key.substring(dot + 1);
                int at = -1;
                for (int i = 0; i < specs.size(); i++) if (specs.get(i).name().equals(strategy)) at = i;
                if (at < 0) throw new CliErrors.BadInputException("--param " + key + ": " + strategy + " is not among the chosen strategies ("
                        + String.join(", ", specs.stream().map(StrategySpec::name).toList()) + ")");
                specs.set(at, specs.get(at).with(name, e.getValue()));
            }
        for (StrategySpec s : specs)
            if (!s.problems().isEmpty()) throw new CliErrors.BadInputException(String.join("; ", s.problems()));
        return specs;
    }

    /** One strategy (suggest's --strategy) with the parameters given for it. */
    StrategySpec one(String name) {
        return apply(List.of(StrategySpec.of(name.trim().toLowerCase(Locale.ROOT)))).get(0);
    }
}
