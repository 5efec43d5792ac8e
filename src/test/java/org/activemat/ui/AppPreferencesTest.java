package org.activemat.ui;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The remembered window on the screen it opens on: a laptop screen, a monitor that is gone. */
class AppPreferencesTest {
    private static AppPreferences.WindowBounds at(double x, double y, double w, double h) {
        return new AppPreferences.WindowBounds(x, y, w, h, false);
    }

    @Test void theFirstWindowFitsA1366x768LaptopAndIsCentred() {
        var b = at(Double.NaN, Double.NaN, 1360, 860).fittedTo(0, 0, 1366, 728);   // 40 px of taskbar
        assertThat(b).isEqualTo(at(3, 0, 1360, 728));
    }

    @Test void aWindowLeftPartlyOffScreenComesBackInside() {
        assertThat(at(1500, 600, 800, 600).fittedTo(0, 0, 1920, 1040)).isEqualTo(at(1120, 440, 800, 600));
        assertThat(at(-300, -50, 800, 600).fittedTo(0, 0, 1920, 1040)).isEqualTo(at(0, 0, 800, 600));
    }

    @Test void aWindowThatFitsStaysWhereItWas() {
        assertThat(at(100, 80, 1200, 800).fittedTo(0, 0, 1920, 1040)).isEqualTo(at(100, 80, 1200, 800));
        assertThat(at(2000, 100, 1200, 800).fittedTo(1920, 0, 2560, 1400)).as("on a second monitor").isEqualTo(at(2000, 100, 1200, 800));
    }
}
