package org.activemat.engine.data;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipException;

/**
 * A data file's content as the readers see it: at most {@link InputLimits#MAX_BYTES} bytes (after decompression, so a
 * gzip bomb stops there), and gzip damage reported as {@link UnreadableInputException} instead of a bare
 * EOFException or ZipException from deep inside a parser.
 */
final class GuardedInput extends FilterInputStream {
    private final boolean gzip;
    private final long max;
    private long count;

    GuardedInput(InputStream in, boolean gzip, long max) {
        super(in);
        this.gzip = gzip;
        this.max = max;
    }

    @Override public int read() throws IOException {
        int b;
        try {
            b = super.read();
        } catch (EOFException | ZipException e) {
            throw damaged(gzip, e);
        }
        if (b >= 0) counted(1);
        return b;
    }

    @Override public int read(byte[] buf, int off, int len) throws IOException {
        int n;
        try {
            n = super.read(buf, off, len);
        } catch (EOFException | ZipException e) {
            throw damaged(gzip, e);
        }
        if (n > 0) counted(n);
        return n;
    }

    @Override public long skip(long n) throws IOException {
        if (n <= 0) return 0;
        int r = read(new byte[(int) Math.min(n, 8192)], 0, (int) Math.min(n, 8192));   // counted like any read
        return Math.max(r, 0);
    }

    @Override public boolean markSupported() { return false; }

    private void counted(int n) throws UnreadableInputException {
        count += n;
        if (count > max)
            throw new UnreadableInputException("more than " + InputLimits.describe(max) + " of content"
                    + (gzip ? " once decompressed" : "") + "; ActiveMat reads data files up to that size "
                    + "(-Dactivemat.maxInputBytes=BYTES raises it, with a larger heap)", null);
    }

    static UnreadableInputException damaged(boolean gzip, IOException e) {
        if (!gzip) return new UnreadableInputException("cannot read the file: " + e.getMessage(), e);
        if (e instanceof EOFException)
            return new UnreadableInputException("the gzip data ends early (a truncated or partly copied file?)", e);
        return new UnreadableInputException("corrupt gzip data (" + e.getMessage() + ")", e);
    }
}
