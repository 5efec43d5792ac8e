package org.activemat.engine.oracle.generator;

import org.activemat.engine.oracle.Candidate;
import org.activemat.engine.chem.Element;
import org.activemat.engine.data.DataFormatException;
import org.activemat.engine.data.Dataset;
import org.activemat.engine.data.Entry;
import org.activemat.engine.data.formats.DatasetFormats;
import org.activemat.engine.oracle.qe.ChemicalSystem;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The user's own structures as candidates for the oracle (MD snapshots, relaxation steps, hand-built cells): any file
 * the workbench reads, as long as every entry has a periodic structure made of the system's elements, since pw.x runs
 * with that system's pseudopotentials and references.
 */
public final class UserCandidates {
    private UserCandidates() {}

    public static List<Candidate> read(Path file, ChemicalSystem system) throws IOException, DataFormatException {
        return of(DatasetFormats.read(file), file, system);
    }

    /**
     * The pool's ids that the test set also holds: a structure that can be picked for training must not also score it.
     * Empty when they are apart.
     */
    public static List<String> sharedWith(List<Candidate> pool, java.util.Collection<String> testIds) {
        Set<String> test = Set.copyOf(testIds);
        return pool.stream().map(Candidate::id).filter(test::contains).toList();
    }

    /** The same for a file already read into data. */
    public static List<Candidate> of(Dataset data, Path file, ChemicalSystem system) throws DataFormatException {
        Set<Element> allowed = Set.copyOf(system.elements());
        Set<String> ids = new HashSet<>();
        List<Candidate> out = new ArrayList<>();
        for (Entry e : data.entries()) {
            String where = "entry '" + e.id() + "'";
            if (!e.hasStructure())
                throw new DataFormatException(file, where, "has a composition but no structure; pw.x needs a cell and positions");
            for (Element el : e.structure().species())
                if (!allowed.contains(el))
                    throw new DataFormatException(file, where, "contains " + el.symbol() + ", but the " + system.label()
                            + " settings have pseudopotentials and references only for " + system.elements());
            if (!ids.add(e.id())) throw new DataFormatException(file, where, "the id appears twice; labels are kept by id");
            Map<String, String> info = new LinkedHashMap<>();
            info.put("cell", e.structure().size() + " atoms");
            info.put("transformation", "from " + file.getFileName());
            out.add(new Candidate(e.id(), out.size(), e.structure(), "user", info));
        }
        if (out.isEmpty()) throw new DataFormatException(file, "", "holds no structures");
        return out;
    }
}
