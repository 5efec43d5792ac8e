package org.activemat.engine.chem;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class CompositionTest {
    private static final Element H = Element.of("H"), O = Element.of("O"), TI = Element.of("Ti");

    @Test
    void parsesSimpleFormula() {
        Composition c = Composition.parse("Ti2O3");
        assertThat(c.amount(TI)).isEqualTo(2.0);
        assertThat(c.amount(O)).isEqualTo(3.0);
        assertThat(c.totalAmount()).isEqualTo(5.0);
        assertThat(c.fractions().get(O)).isCloseTo(0.6, within(1e-12));
        assertThat(c.elementCount()).isEqualTo(2);
    }

    @Test
    void expandsGroupsAndMergesRepeatedElements() {
        Composition c = Composition.parse("Ca(OH)2");
        assertThat(c.amounts()).containsExactlyInAnyOrderEntriesOf(Map.of(Element.of("Ca"), 1.0, O, 2.0, H, 2.0));
        Composition nested = Composition.parse("K4[Fe(CN)6]");
        assertThat(nested.amount(Element.of("C"))).isEqualTo(6.0);
        assertThat(nested.amount(Element.of("N"))).isEqualTo(6.0);
        assertThat(nested.amount(Element.of("Fe"))).isEqualTo(1.0);
        Composition deep = Composition.parse("Mg3(Si2(O2)3H)2O");
        assertThat(deep.amount(Element.of("Si"))).isEqualTo(4.0);
        assertThat(deep.amount(O)).isEqualTo(13.0);
        assertThat(deep.amount(H)).isEqualTo(2.0);
        assertThat(Composition.parse("OHO").amount(O)).isEqualTo(2.0);
    }

    @Test
    void acceptsFractionalAmountsAndSpaces() {
        Composition c = Composition.parse("Fe0.5Ni0.5");
        assertThat(c.amount(Element.of("Fe"))).isEqualTo(0.5);
        assertThat(c.totalAmount()).isEqualTo(1.0);
        assertThat(c.reducedFormula()).isEqualTo("Fe0.5Ni0.5");
        assertThat(Composition.parse("Ti O2")).isEqualTo(Composition.parse("TiO2"));
    }

    @Test
    void writesFormulas() {
        assertThat(Composition.parse("Ti4O8").reducedFormula()).isEqualTo("TiO2");
        assertThat(Composition.parse("C2Si2").reducedFormula()).isEqualTo("SiC");
        assertThat(Composition.parse("O2Ti").formula()).isEqualTo("O2Ti");
        assertThat(Composition.parse("OCH4").formula()).isEqualTo("CH4O");
        assertThat(Composition.parse("Li0.25CoO2").reducedFormula()).isEqualTo("Li0.25CoO2");
    }

    @Test
    void reportsWhereTheFormulaIsWrong() {
        assertThatThrownBy(() -> Composition.parse("Ti2Xx3")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("character 4").hasMessageContaining("unknown element 'Xx'");
        assertThatThrownBy(() -> Composition.parse("Ca(OH2")).hasMessageContaining("missing ')'");
        assertThatThrownBy(() -> Composition.parse("TiO2)")).hasMessageContaining("character 5").hasMessageContaining("unexpected ')'");
        assertThatThrownBy(() -> Composition.parse("ti")).hasMessageContaining("character 1");
        assertThatThrownBy(() -> Composition.parse("Fe1.2.3")).hasMessageContaining("bad amount '1.2.3'");
        assertThatThrownBy(() -> Composition.parse("Fe()2")).hasMessageContaining("empty group").hasMessageContaining("character 3");
        assertThatThrownBy(() -> Composition.parse("O0")).hasMessageContaining("zero");
        assertThatThrownBy(() -> Composition.parse(" ")).hasMessageContaining("empty formula");
        assertThatThrownBy(() -> Composition.parse("Fe-2")).hasMessageContaining("'-'");
    }

    @Test
    void rejectsNegativeOrInfiniteAmounts() {
        assertThatThrownBy(() -> new Composition(Map.of(O, -1.0))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Composition(Map.of(O, Double.NaN))).isInstanceOf(IllegalArgumentException.class);
    }
}
