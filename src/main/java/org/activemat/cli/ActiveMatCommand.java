package org.activemat.cli;

import org.activemat.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/** Top-level "activemat" command: subcommands share the engine; stdout carries results, stderr progress and errors. */
@Command(name = "activemat", mixinStandardHelpOptions = true, versionProvider = ActiveMatCommand.VersionInfo.class,
        description = "Active learning for materials property models and interatomic potentials.",
        subcommands = {DescribeCommand.class, FeaturesCommand.class, RunCommand.class, BenchCommand.class,
                LabelCommand.class, ExploreCommand.class, SuggestCommand.class, StudyCommand.class, ShowCommand.class,
                CommandLine.HelpCommand.class})
public final class ActiveMatCommand implements Runnable {

    public static final int OK = 0, INTERNAL_ERROR = 1, BAD_INPUT = 2;

    @Override public void run() {
        new CommandLine(this).usage(System.out);
    }

    public static int execute(String... args) {
        return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs a command line with the given streams; returns the exit code (0 ok, 2 bad input or usage, 1 internal error). */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new ActiveMatCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExitCodeExceptionMapper(CliErrors::exitCode);
        cl.setExecutionExceptionHandler(CliErrors::handle);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("activemat: " + ex.getMessage());
            return BAD_INPUT;
        });
        return cl.execute(args);
    }

    static final class VersionInfo implements CommandLine.IVersionProvider {
        @Override public String[] getVersion() {
            return new String[]{"ActiveMat Workbench " + Version.get(),
                    "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
