package org.activemat.engine.task;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts a child (pw.x, mpirun) so that it cannot outlive this JVM, even one killed with SIGKILL, which no shutdown
 * hook sees: a small shell runs the command in a session of its own and polls, once a second, whether its parent is
 * still this JVM; once it is not, it stops the command's session (TERM first, which mpirun passes on to its ranks,
 * then KILL) and removes the command's scratch folder. The shell, not this JVM, creates the output file: a JVM
 * killed before the shell started leaves no output in the folder, so any folder with output has a watchdog that will
 * remove it. Normal cancellation and shutdown stay with {@link ChildProcesses} and the caller: the shell and the command
 * are ordinary descendants of this JVM.
 */
public final class Watchdog {
    private Watchdog() {}

    private static final Path SH = Path.of("/bin/sh");

    /*
     * $1 = pid of this JVM, $2 = scratch folder, $3 = output file (the shell's and the command's stdout and stderr,
     * so "not found" lands there too), the rest = the command. Ctrl-C and SIGTERM are ignored by the shells
     * (not by the command): on those the JVM's shutdown hook finds and kills the whole tree, which it could not if the
     * shell died first and left the command to init. Fields of /proc/PID/stat are read after the ")" of the name.
     */
    private static final String SCRIPT = """
            p=$1 d=$2
            exec >"$3" 2>&1 </dev/null
            shift 3
            if command -v setsid >/dev/null 2>&1; then setsid "$@" & else "$@" & fi
            c=$!
            trap '' INT TERM HUP
            orphan() {
              if [ -r /proc/$$/stat ]; then
                read -r st < /proc/$$/stat
                set -- ${st##*")"}
                [ "$2" != "$p" ]
              else
                ! kill -0 "$p" 2>/dev/null
              fi
            }
            stop() {
              kill -TERM -- "-$c" 2>/dev/null
              sleep 1
              for f in /proc/[0-9]*/stat; do
                read -r st < "$f" 2>/dev/null || continue
                set -- ${st##*")"}
                if [ "$4" = "$c" ]; then q=${f#/proc/}; kill -KILL "${q%/stat}" 2>/dev/null; fi
              done
              kill -KILL -- "-$c" "$c" 2>/dev/null
              rm -rf -- "$d"
            }
            ( while ! orphan; do sleep 1; done; stop ) </dev/null >/dev/null 2>&1 &
            w=$!
            wait "$c"
            s=$?
            if orphan; then wait "$w"; else kill -KILL "$w" 2>/dev/null; fi
            exit $s
            """;

    /**
     * Runs command in folder scratch under the watchdog, its stdout and stderr in output (created by the child); where
     * there is no POSIX shell, the command itself with output redirected by Java.
     */
    public static ProcessBuilder processBuilder(List<String> command, Path scratch, Path output) {
        if (!Files.isExecutable(SH))
            return new ProcessBuilder(command).directory(scratch.toFile()).redirectErrorStream(true).redirectOutput(output.toFile());
        List<String> cmd = new ArrayList<>(List.of(SH.toString(), "-c", SCRIPT, "activemat-watchdog",
                String.valueOf(ProcessHandle.current().pid()), scratch.toAbsolutePath().toString(),
                output.toAbsolutePath().toString()));
        cmd.addAll(command);
        return new ProcessBuilder(cmd).directory(scratch.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    }
}
