package io.github.childcarerules.cli;

import io.github.childcarerules.json.UnusableInput;
import io.github.childcarerules.json.internal.UnusableInputException;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;

/**
 * The FILE arguments: a path relative to the current directory, or {@code -} for standard input.
 */
final class Inputs {
  static final String STANDARD_INPUT = "-";

  private Inputs() {}

  /**
   * Opens {@code file}; one that cannot be opened is unusable input (the caller names the file).
   */
  static InputStream open(String file, InputStream standardInput) {
    if (STANDARD_INPUT.equals(file)) {
      return standardInput;
    }
    try {
      Path path = Path.of(file);
      if (Files.isDirectory(path)) {
        throw new UnusableInputException("", "is a directory, expected a file");
      }
      return Files.newInputStream(path);
    } catch (NoSuchFileException e) {
      throw new UnusableInputException("", "no such file");
    } catch (AccessDeniedException e) {
      throw new UnusableInputException("", "permission denied");
    } catch (InvalidPathException e) {
      throw new UnusableInputException("", "not a valid file name");
    } catch (IOException e) {
      throw unreadable(e);
    }
  }

  /**
   * Reads the one document of {@code file} with {@code reader}; unusable input, whether the file
   * cannot be opened or read or its content is not usable, names the file.
   */
  static <T> T read(String file, InputStream standardInput, Function<InputStream, T> reader) {
    try (InputStream in = open(file, standardInput)) {
      return reader.apply(in);
    } catch (IOException e) {
      throw unreadable(e).in(name(file));
    } catch (UnusableInputException e) {
      throw e.in(name(file));
    }
  }

  /**
   * Reads the one document of {@code file} with one of rules-json's readers; its unusable input is
   * the same one line, naming the file.
   */
  static <T> T document(
      String file,
      InputStream standardInput,
      Function<InputStream, Validation<UnusableInput, T>> reader) {
    return read(
        file,
        standardInput,
        in -> {
          Validation<UnusableInput, T> document = reader.apply(in);
          if (document.isInvalid()) {
            throw new UnusableInputException("", document.getError().message());
          }
          return document.get();
        });
  }

  /** A read that failed. */
  static UnusableInputException unreadable(IOException e) {
    return new UnusableInputException(
        "", "cannot read: " + Objects.requireNonNullElse(e.getMessage(), "input/output error"));
  }

  /** How error lines name {@code file}. */
  static String name(String file) {
    return STANDARD_INPUT.equals(file) ? "standard input" : file;
  }
}
