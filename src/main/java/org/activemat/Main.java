package org.activemat;

import org.activemat.cli.ActiveMatCommand;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * The one launcher. No arguments, "gui", or a single existing file (what a desktop file association passes)
 * opens the workbench; anything else runs a headless subcommand on the same engine and exits with its code.
 * Not an Application subclass, so the JavaFX runtime is only touched when the GUI is asked for.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        boolean gui = args.length == 0 || args[0].equals("gui")
                || args.length == 1 && !args[0].startsWith("-") && Files.isRegularFile(Path.of(args[0]));
        String noDisplay = gui ? noDisplay(System.getenv(), System.getProperty("os.name", ""), System.getProperty("glass.platform")) : null;
        if (noDisplay != null) {   // JavaFX would fail with a stack trace ("Unable to open DISPLAY")
            System.err.println(noDisplay);
            System.exit(2);
        } else if (gui) {
            org.activemat.ui.WorkbenchApp.launchApp(args.length > 0 && args[0].equals("gui") ? Arrays.copyOfRange(args, 1, args.length) : args);
        } else {
            System.exit(ActiveMatCommand.execute(args));
        }
    }

    /** The one line to print when the workbench cannot open a window here, or null when it can. */
    static String noDisplay(Map<String, String> env, String os, String glassPlatform) {
        if (!os.toLowerCase(java.util.Locale.ROOT).contains("linux") || "Monocle".equalsIgnoreCase(glassPlatform)) return null;
        if (!blank(env.get("DISPLAY")) || !blank(env.get("WAYLAND_DISPLAY"))) return null;
        return "activemat: no display (DISPLAY is not set); the command line works without one: activemat --help";
    }

    private static boolean blank(String s) { return s == null || s.isBlank(); }
}
