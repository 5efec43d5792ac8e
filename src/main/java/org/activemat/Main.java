package org.activemat;

import org.activemat.cli.ActiveMatCommand;

/**
 * The one launcher. No arguments (or "gui") opens the workbench; anything else runs a headless
 * subcommand on the same engine and exits with its code. Not an Application subclass, so the
 * JavaFX runtime is only touched when the GUI is asked for.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        if (args.length == 0 || (args.length >= 1 && args[0].equals("gui"))) {
            String[] rest = args.length == 0 ? args : java.util.Arrays.copyOfRange(args, 1, args.length);
            org.activemat.ui.WorkbenchApp.launchApp(rest);
            return;
        }
        System.exit(ActiveMatCommand.execute(args));
    }
}
