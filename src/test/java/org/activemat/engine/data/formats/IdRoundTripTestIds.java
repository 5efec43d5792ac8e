package org.activemat.engine.data.formats;

import java.util.List;

/** Ids with every kind of character a reader accepts, for the round trips of every writer. */
public final class IdRoundTripTestIds {
    private IdRoundTripTestIds() {}

    public static final List<String> ODD_IDS = List.of(
            "mp-149", "mp 149 (Si)", "say \"hi\"", "it's", "tab\there", "line\nbreak", "cr\rlf\r\n", "back\\slash",
            "ends with backslash\\", "\\\"", "Ti–O ünïcödé", "emoji 😀", "=equals=", "{braced}", "[listed]", "#hash",
            "  leading", "trailing  ", "a,b;c", "ctrl\u0001\u0007\u001f", "data_x", "loop_", ";semicolon", "'single'",
            "\"", "T", "nan", "1.5", "# id", "vt\u000bff\u000cnel\u0085ls\u2028ps\u2029", "x".repeat(300));
}
