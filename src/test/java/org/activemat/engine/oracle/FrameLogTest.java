package org.activemat.engine.oracle;

import org.activemat.engine.data.Dataset;
import org.activemat.engine.data.Entry;
import org.activemat.engine.data.formats.DatasetFormats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FrameLogTest {
    @TempDir Path tmp;

    private static Entry frame(String id, double e) {
        return new Entry(id, Fixtures.diamondSi(), null, Map.of("energy", e), Map.of("forces", new double[][]{{0, 0, 1}, {0, 0, -1}}),
                Map.of("prototype", "diamond"), "test");
    }

    @Test void framesSurviveReopeningAndReadBackAsExtendedXyz() throws Exception {
        Path f = tmp.resolve("Si.extxyz");
        FrameLog log = FrameLog.open(f);
        log.append(frame("a", -1));
        log.append(frame("b", -2));
        FrameLog again = FrameLog.open(f);
        assertThat(again.ids()).containsExactly("a", "b");
        assertThat(again.truncatedBytes()).isZero();
        Dataset d = DatasetFormats.read(f);
        assertThat(d.ids()).containsExactly("a", "b");
        assertThat(d.get(1).property("energy").getAsDouble()).isEqualTo(-2);
        assertThat(d.get(0).siteArrays().get("forces")[1]).containsExactly(0, 0, -1);
    }

    @Test void aTornLastFrameIsCutOffSoTheFileStaysReadable() throws Exception {
        Path f = tmp.resolve("Si.extxyz");
        FrameLog log = FrameLog.open(f);
        log.append(frame("a", -1));
        log.append(frame("b", -2));
        long full = Files.size(f);
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.WRITE)) { ch.truncate(full - 30); }   // killed mid-write
        FrameLog reopened = FrameLog.open(f);
        assertThat(reopened.ids()).containsExactly("a");
        assertThat(reopened.truncatedBytes()).isPositive();
        reopened.append(frame("b", -2));
        assertThat(Files.size(f)).isEqualTo(full);
        assertThat(DatasetFormats.read(f).ids()).containsExactly("a", "b");
    }
}
