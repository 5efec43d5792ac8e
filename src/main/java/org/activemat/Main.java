package org.activemat;

import org.activemat.cli.ActiveMatCommand;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The one launcher. No arguments, "gui", or a single existing file (what a desktop file association passes)
 * opens the workbench; anything else runs a headless subcommand on the same engine and exits with its code.
 * Not an Application subclass, so the JavaFX runtime is only touched when the GUI is asked for.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        if (args.length == 0 || args[0].equals("gui")) {
            org.activemat.ui.WorkbenchApp.launchApp(args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length));
        } else if (args.length == 1 && !args[0].startsWith("-") && Files.isRegularFile(Path.of(args[0]))) {
            org.activemat.ui.WorkbenchApp.launchApp(args);
        } else {
            System.exit(ActiveMatCommand.execute(args));
        }
    }
}
