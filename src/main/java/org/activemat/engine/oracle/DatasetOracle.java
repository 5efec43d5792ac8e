package org.activemat.engine.oracle;

import org.activemat.engine.chem.Structure;
import org.activemat.engine.data.Dataset;
import org.activemat.engine.data.Entry;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Replays labels already in a dataset (the paper's retrospective mode): the "calculation" is a lookup by id.
 * Reads energy, forces (site array), stress_xx…stress_xy (GPa), magnetization and wall_seconds where present.
 */
public final class DatasetOracle implements Oracle {
    private final Dataset dataset;
    private final Map<String, Entry> byId = new HashMap<>();
    private final String energyProperty;

    public DatasetOracle(Dataset dataset) { this(dataset, "energy"); }

    public DatasetOracle(Dataset dataset, String energyProperty) {
        this.dataset = dataset;
        this.energyProperty = energyProperty;
        for (Entry e : dataset.entries()) byId.putIfAbsent(e.id(), e);
    }

    @Override public Label label(String id, Structure structure) throws OracleException {
        Entry e = byId.get(id);
        if (e == null) throw new OracleException(OracleException.Reason.NOT_AVAILABLE,
                "no entry '" + id + "' in dataset " + dataset.name(), "");
        if (e.property(energyProperty).isEmpty()) throw new OracleException(OracleException.Reason.NOT_AVAILABLE,
                "entry '" + id + "' in dataset " + dataset.name() + " has no '" + energyProperty + "'", "");
        double[][] stress = null;
        if (e.properties().containsKey("stress_xx")) {
            String[] c = {"x", "y", "z"};
            stress = new double[3][3];
            for (int i = 0; i < 3; i++)
                for (int j = 0; j < 3; j++) {
                    String a = c[Math.min(i, j)], b = c[Math.max(i, j)];
                    stress[i][j] = e.properties().getOrDefault("stress_" + a + b, Double.NaN);
                }
        }
        Map<String, String> prov = new LinkedHashMap<>();
        prov.put("oracle", "replay");
        prov.put("dataset", dataset.name());
        prov.put("dataset_sha256", dataset.fingerprint());
        return new Label(e.property(energyProperty).getAsDouble(), e.siteArrays().get("forces"), stress,
                e.properties().getOrDefault("magnetization", Double.NaN),
                e.properties().getOrDefault("wall_seconds", 0.0), prov);
    }

    @Override public String describe() { return "replay of " + dataset.name(); }
}
