package org.activemat.cli;

import org.activemat.engine.data.CompositionCounts;
import org.activemat.engine.data.Dataset;
import org.activemat.engine.data.DatasetFilters;
import org.activemat.engine.data.Entry;
import org.activemat.engine.data.PropertySummary;
import org.activemat.engine.data.Units;
import org.activemat.engine.data.formats.DatasetFormats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

@Command(name = "describe", mixinStandardHelpOptions = true,
        description = "Summarise a dataset: entries, compositions, sites, properties, target statistics and what the "
                + "paper's filters (2–50 sites, finite target, duplicate ids) would remove.")
final class DescribeCommand implements Callable<Integer> {
    private static final int TOP = 5;

    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "extxyz, pymatgen/MP/OPTIMADE JSON(.gz), CSV, POSCAR or CIF file")
    Path file;

    @Option(names = "--target", paramLabel = "NAME", description = "property to use as the learning target")
    String target;

    @Mixin FilterOptions filters;

    @Option(names = "--all", description = "list every property, not only the 30 most common")
    boolean all;

    @Override public Integer call() throws Exception {
        Dataset d = DatasetFormats.read(file);
        if (target != null && !d.propertyNames().contains(target)) throw unknownTarget(d);
        DatasetFilters.Settings settings = filters.settings(target);
        PrintWriter out = spec.commandLine().getOut();
        String sha = d.fingerprint();
        out.printf("%s: %d entries (format %s, sha256 %s)%n", file, d.size(), d.provenance().get("format"),
                sha.length() > 12 ? sha.substring(0, 12) + "…" : sha);
        long structures = d.entries().stream().filter(Entry::hasStructure).count();
        out.printf("structures: %d, composition only: %d%n", structures, d.size() - structures);
        printCounts(out, "compositions", CompositionCounts.byFormula(d));
        printCounts(out, "chemical systems", CompositionCounts.byChemicalSystem(d));
        var sites = d.entries().stream().mapToInt(Entry::sites).summaryStatistics();
        out.printf(Locale.ROOT, "sites: %d–%d (mean %.1f)%s%n", sites.getMin(), sites.getMax(), sites.getAverage(),
                structures < d.size() ? "; composition-only entries count the atoms of their formula" : "");
        printProperties(out, d);
        if (target != null) {
            PropertySummary t = PropertySummary.of(d, target);
            String u = Units.of(target).isEmpty() ? "" : " " + Units.of(target);
            out.printf(Locale.ROOT, "target %s: count %d (finite %d), min %s%s, max %s%s, mean %s%s, std %s%s%n", target,
                    t.present(), t.finite(), num(t.min()), u, num(t.max()), u, num(t.mean()), u, num(t.std()), u);
        }
        DatasetFilters.Result r = DatasetFilters.apply(d, settings);
        out.println("filters:");
        for (String line : r.report().lines()) out.println("  " + line);
        return 0;
    }

    private void printCounts(PrintWriter out, String what, Map<String, Integer> counts) {
        String top = counts.entrySet().stream().limit(TOP).map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        out.printf("%s: %d distinct; most common: %s%s%n", what, counts.size(), top, counts.size() > TOP ? ", …" : "");
    }

    private void printProperties(PrintWriter out, Dataset d) {
        List<String> names = d.propertyNames();
        out.printf("properties: %d%n", names.size());
        if (names.isEmpty()) return;
        int width = Math.max(8, names.stream().mapToInt(String::length).max().orElse(8));
        int shown = all ? names.size() : Math.min(30, names.size());
        int unitWidth = Math.max(4, names.subList(0, shown).stream().mapToInt(n -> Units.of(n).length()).max().orElse(4));
        String row = "  %-" + width + "s %-" + unitWidth + "s %7s %12s %12s %12s %12s%n";
        out.printf(Locale.ROOT, row, "name", "unit", "count", "min", "max", "mean", "std");
        for (String n : names.subList(0, shown)) {
            PropertySummary s = PropertySummary.of(d, n);
            String unit = Units.of(n);
            out.printf(Locale.ROOT, row, n, unit.isEmpty() ? "—" : unit, s.present(),
                    num(s.min()), num(s.max()), num(s.mean()), num(s.std()));
        }
        if (shown < names.size()) out.printf("  … %d more (use --all)%n", names.size() - shown);
    }

    private CliErrors.BadInputException unknownTarget(Dataset d) {
        String needle = target.toLowerCase(Locale.ROOT);
        List<String> close = d.propertyNames().stream()
                .filter(p -> p.toLowerCase(Locale.ROOT).contains(needle) || needle.contains(p.toLowerCase(Locale.ROOT)))
                .limit(5).toList();
        List<String> offer = close.isEmpty() ? d.propertyNames().stream().limit(10).toList() : close;
        return new CliErrors.BadInputException(file.getFileName() + ": no property '" + target + "'; "
                + (close.isEmpty() ? "available: " : "did you mean: ") + String.join(", ", offer)
                + (close.isEmpty() && d.propertyNames().size() > 10 ? ", …" : ""));
    }

    private static String num(double v) {
        if (Double.isNaN(v)) return "-";
        double a = Math.abs(v);
        return (a != 0 && (a < 1e-3 || a >= 1e6)) ? String.format(Locale.ROOT, "%.4e", v) : String.format(Locale.ROOT, "%.4f", v);
    }
}
