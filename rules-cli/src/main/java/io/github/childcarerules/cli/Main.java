package io.github.childcarerules.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.childcarerules.json.internal.UnusableInputException;
import java.io.BufferedOutputStream;
import java.io.File;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Entry point of the command line {@code childcare-rules} (FORMAT.md, "Command line"). Every
 * failure ends as one line on standard error and exit status 2, never a stack trace.
 */
public final class Main {
  private static final String NAME = "childcare-rules";
  private static final String FAILED_WRITE =
      "cannot write the results to standard output (closed, or no space left)";

  private Main() {}

  public static void main(String[] args) {
    PrintStream out =
        new PrintStream(
            new BufferedOutputStream(new FailedWrite(new FileOutputStream(FileDescriptor.out))),
            false,
            UTF_8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, UTF_8);
    int status = run(args, standardInput(), out, err);
    System.exit(status);
  }

  /**
   * Standard input, or, when descriptor 0 was closed before the JVM started (so that it now points
   * to a file the JVM opened for itself: its modules image or the jar), a stream whose every read
   * fails: a closed standard input must never read a file nobody named. Linux only ({@code
   * /proc/self/fd}); elsewhere standard input is taken as given.
   */
  static InputStream standardInput() {
    try {
      Path target = Files.readSymbolicLink(Path.of("/proc/self/fd/0"));
      Path javaHome = Path.of(System.getProperty("java.home", "/nonexistent"));
      boolean ownFile =
          target.startsWith(javaHome)
              || Arrays.stream(System.getProperty("java.class.path", "").split(File.pathSeparator))
                  .filter(entry -> !entry.isEmpty())
                  .anyMatch(entry -> Path.of(entry).toAbsolutePath().equals(target));
      if (ownFile) {
        return new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("standard input is closed");
          }
        };
      }
    } catch (IOException | RuntimeException e) {
      // no /proc: take standard input as given
    }
    return System.in;
  }

  /**
   * Runs the command line on {@code args}, reading {@code -} from {@code in}, printing results on
   * {@code out} and errors on {@code err}; returns the exit status.
   */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    try {
      StandardStreams streams = new StandardStreams(in, ControlCharacters.neutralise(out));
      CommandLine commandLine =
          new CommandLine(new RootCommand())
              .addSubcommand(new ValidateCommand(streams))
              .addSubcommand(new OccupationCommand(streams))
              .addSubcommand(new AttestationCommand(streams))
              .addSubcommand(new UnoccupiedPlacesCommand(streams))
              .addSubcommand(new CareUnitCommand(streams))
              .addSubcommand(new AgeBracketsCommand(streams))
              .addSubcommand(new AllocateCommand(streams))
              .addSubcommand(new AuditCommand(streams))
              .addSubcommand(new CoverageAuditCommand(streams))
              .addSubcommand(new ReportCommand(streams))
              .addSubcommand(new RulesCommand(streams))
              .addSubcommand(new DemoCommand(streams))
              .setExpandAtFiles(false)
              .setOut(new PrintWriter(out, true, UTF_8))
              .setErr(new PrintWriter(err, true, UTF_8));
      commandLine.setExecutionStrategy(Main::executeMatched);
      commandLine.setParameterExceptionHandler((e, arguments) -> fail(err, usage(e)));
      commandLine.setExecutionExceptionHandler(
          (e, command, parseResult) ->
              fail(
                  err,
                  e instanceof UnusableInputException unusable
                      ? unusable.getMessage()
                      : e instanceof FailedWrite.Failure ? FAILED_WRITE : internal(e)));
      int status = commandLine.execute(args);
      if (status == ExitStatus.UNUSABLE) {
        return status; // said on standard error; nothing more to print
      }
      streams.out().flush();
      out.flush();
      if (out.checkError()) {
        return fail(err, FAILED_WRITE);
      }
      return status;
    } catch (FailedWrite.Failure e) {
      return fail(err, FAILED_WRITE);
    } catch (StackOverflowError e) {
      return fail(err, "the input is nested too deeply");
    } catch (OutOfMemoryError e) {
      return fail(err, "not enough memory for this input");
    } catch (Throwable e) {
      return fail(err, internal(e));
    } finally {
      try {
        out.flush();
      } catch (FailedWrite.Failure e) {
        // already said, or said by the status above
      }
    }
  }

  /**
   * Runs the command asked, or prints the help asked, once every argument was matched: an unknown
   * command or an argument too many is a usage error even beside {@code --help} (picocli would
   * print the help and exit 0 for {@code childcare-rules bogus --help}).
   */
  private static int executeMatched(ParseResult parseResult) {
    for (ParseResult level = parseResult; level != null; level = level.subcommand()) {
      if (!level.unmatched().isEmpty()) {
        throw new UnmatchedArgumentException(level.commandSpec().commandLine(), level.unmatched());
      }
    }
    return new CommandLine.RunLast().execute(parseResult);
  }

  /**
   * A usage error, prefixed by the command it concerns; an unknown command is called so rather than
   * an unmatched argument.
   */
  private static String usage(ParameterException e) {
    CommandLine command = e.getCommandLine();
    if (command.getParent() != null) {
      return command.getCommandName() + ": " + e.getMessage();
    }
    if (e instanceof UnmatchedArgumentException unmatched
        && !unmatched.getUnmatched().isEmpty()
        && !unmatched.getUnmatched().get(0).startsWith("-")) {
      return "unknown command '"
          + unmatched.getUnmatched().get(0)
          + "' (commands: "
          + String.join(", ", command.getSubcommands().keySet())
          + ")";
    }
    return String.valueOf(e.getMessage());
  }

  /** A failure that is a defect of the command line itself, still on one line. */
  private static String internal(Throwable e) {
    return "internal error: " + Objects.requireNonNullElse(e.getMessage(), "no detail");
  }

  private static int fail(PrintStream err, String message) {
    err.println(NAME + ": " + UnusableInputException.oneLine(message));
    err.flush();
    return ExitStatus.UNUSABLE;
  }
}
