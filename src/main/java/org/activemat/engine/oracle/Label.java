package org.activemat.engine.oracle;

import java.util.Map;

/**
 * What an oracle returns for one structure.
 * energy in eV, forces n×3 in eV/Å, stress 3×3 in GPa with ASE's sign convention (positive = tensile,
 * i.e. the negative of the pressure-like tensor pw.x prints), totalMagnetization in μB per cell (NaN when the
 * calculation was not spin-polarised), wallSeconds the time the calculation cost, provenance (code, settings).
 */
public record Label(double energy, double[][] forces, double[][] stress, double totalMagnetization,
                    double wallSeconds, Map<String, String> provenance) {

    public Label {
        provenance = Map.copyOf(provenance);
    }

    public boolean spinPolarised() { return !Double.isNaN(totalMagnetization); }
}
