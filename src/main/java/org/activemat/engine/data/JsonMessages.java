package org.activemat.engine.data;

/** Jackson's parse messages as a user reads them: without the parser's own "(start marker at [Source: …])" tail. */
public final class JsonMessages {
    private JsonMessages() {}

    public static String problem(String jacksonMessage) {
        if (jacksonMessage == null) return "unreadable JSON";
        int at = jacksonMessage.indexOf(" (start marker at");
        String m = at < 0 ? jacksonMessage : jacksonMessage.substring(0, at);
        return m.contains("end-of-input") ? "the file ends early (truncated?): " + m : m;
    }
}
