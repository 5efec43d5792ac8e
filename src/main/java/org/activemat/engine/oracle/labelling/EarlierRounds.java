package org.activemat.engine.oracle.labelling;

import org.activemat.engine.data.DataFormatException;
import org.activemat.engine.data.Dataset;
import org.activemat.engine.data.Entry;
import org.activemat.engine.data.formats.DatasetFormats;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Active learning by hand over days: the labelled data plus the frames computed in earlier rounds (by
 * {@code label --structures}, the suggestions window or another code), and the candidates that pw.x could not converge,
 * read from the {@code .failed.tsv} beside each frames file, so that they are not suggested again.
 *
 * @param data    the labelled data with the earlier frames that carry the target appended, each id once
 * @param added   frames appended
 * @param failed  ids of candidates that failed in an earlier round
 * @param warnings files that gave nothing to learn from, most likely the wrong file or the wrong target
 */
public record EarlierRounds(Dataset data, int added, Set<String> failed, List<String> warnings) {

    /** Appends the frames of each file in order; a frame whose id is already labelled, or without a finite target, is skipped. */
    public static EarlierRounds add(Dataset labelled, String target, List<Path> frameFiles) throws IOException, DataFormatException {
        List<Entry> all = new ArrayList<>(labelled.entries());
        Set<String> ids = new java.util.HashSet<>(labelled.ids());
        Set<String> failed = new LinkedHashSet<>();
        List<String> warnings = new ArrayList<>();
        for (Path f : frameFiles) {
            List<Entry> frames = DatasetFormats.read(f).entries();
            if (frames.stream().noneMatch(e -> hasFinite(e, target)))
                warnings.add(f.getFileName() + ": none of its " + frames.size() + " frames has a finite '" + target + "' to learn from");
            for (Entry e : frames)
                if (hasFinite(e, target) && ids.add(e.id())) all.add(e);
            Path log = FailureLog.besides(f);
            if (Files.exists(log)) failed.addAll(FailureLog.open(log).reasons().keySet());
        }
        failed.removeAll(ids);   // a candidate that failed once but was computed since is labelled, not failed
        int added = all.size() - labelled.size();
        String name = added == 0 ? labelled.name() : labelled.name() + " + " + added + " computed earlier";
        return new EarlierRounds(new Dataset(name, all, labelled.provenance()), added, Set.copyOf(failed), List.copyOf(warnings));
    }

    private static boolean hasFinite(Entry e, String target) {
        var v = e.property(target);
        return v.isPresent() && Double.isFinite(v.getAsDouble());
    }
}
