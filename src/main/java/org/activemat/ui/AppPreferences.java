package org.activemat.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;

/** What the workbench remembers between launches: window bounds, last folder, recent files (java.util.prefs). */
public final class AppPreferences {
    public static final int MAX_RECENT = 8;
    private final Preferences node;

    public AppPreferences(Preferences node) { this.node = node; }

    /** The user's preferences; tests pass their own node instead. */
    public static AppPreferences user() {
        return new AppPreferences(Preferences.userRoot().node("org/activemat/workbench"));
    }

    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
        /**
         * The same window made to fit a screen's usable area (sx, sy, sw, sh): no larger than it, and moved inside it. A
         * 1366 × 768 laptop must not get a window taller than its screen, with its status bar out of reach.
         */
        public WindowBounds fittedTo(double sx, double sy, double sw, double sh) {
            double w = Math.min(width, sw), h = Math.min(height, sh);
            if (!Double.isFinite(x) || !Double.isFinite(y)) return new WindowBounds(sx + (sw - w) / 2, sy + (sh - h) / 2, w, h, maximized);
            return new WindowBounds(Math.max(sx, Math.min(x, sx + sw - w)), Math.max(sy, Math.min(y, sy + sh - h)), w, h, maximized);
        }
    }

    public Optional<WindowBounds> windowBounds() {
        double w = node.getDouble("window.width", -1), h = node.getDouble("window.height", -1);
        if (w < 400 || h < 300) return Optional.empty();
        return Optional.of(new WindowBounds(node.getDouble("window.x", Double.NaN), node.getDouble("window.y", Double.NaN),
                w, h, node.getBoolean("window.maximized", false)));
    }

    public void saveWindowBounds(WindowBounds b) {
        node.putDouble("window.x", b.x());
        node.putDouble("window.y", b.y());
        node.putDouble("window.width", b.width());
        node.putDouble("window.height", b.height());
        node.putBoolean("window.maximized", b.maximized());
    }

    /** The folder the last file was opened from or saved to, if it still exists. */
    public Optional<Path> lastFolder() {
        String s = node.get("lastFolder", null);
        if (s == null) return Optional.empty();
        Path p = Path.of(s);
        return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
    }

    public void rememberFolderOf(Path file) {
        Path dir = Files.isDirectory(file) ? file : file.toAbsolutePath().getParent();
        if (dir != null) node.put("lastFolder", dir.toString());
    }

    /** Most recent first, without duplicates, at most MAX_RECENT. */
    public List<Path> recentFiles() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String s = node.get("recent." + i, null);
            if (s != null && !s.isEmpty()) out.add(Path.of(s));
        }
        return out;
    }

    public void addRecentFile(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        List<Path> list = recentFiles();
        list.remove(abs);
        list.add(0, abs);
        for (int i = 0; i < MAX_RECENT; i++) {
            if (i < list.size()) node.put("recent." + i, list.get(i).toString());
            else node.remove("recent." + i);
        }
        rememberFolderOf(abs);
    }
}
